// The real `digiplan` bin spawned from source on the project Node, without a build step.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanSummarySchema } from '../../../../shared/plan/schema.ts';
import { tempDataDir, type TempDir } from '../../../builders/backend.ts';

const root = join(import.meta.dirname, '../../../..');

describe('digiplan bin', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = tempDataDir('digiplan-bin-');
  });
  afterEach(() => {
    dir.remove();
  });

  it('runs from source and prints the plans as JSON', () => {
    const stdout = execFileSync(
      join(root, 'node_modules/.bin/node'),
      ['electron/cli/digiplan.ts', '--data-dir', dir.path, 'plans', '--json'],
      { cwd: root, encoding: 'utf8', timeout: 30_000 },
    );
    const plans = PlanSummarySchema.array().parse(JSON.parse(stdout));
    expect(plans.map((p) => p.isExample)).toEqual([true]);
  });
});
