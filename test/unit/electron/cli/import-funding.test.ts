// `digiplan import-funding`: a funding-parameters file updates the themes it names (exit 0),
// a wrong file changes nothing and names what is wrong (exit 1), a missing file cannot run (exit 2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK } from '../../../../electron/cli/run.ts';
import { cliRunner } from '../../../builders/cli.ts';
import { fundingParametersFile } from '../../../../shared/funding/schema.ts';
import { PlanSchema } from '../../../../shared/plan/schema.ts';

describe('digiplan import-funding', () => {
  let dataDir: string;
  const cli = cliRunner(() => dataDir);
  const run = cli.run;
  const examplePlan = async () => (await cli.plans())[0]!.id;
  const parameters = async (planId: string) => {
    await run('show', '--plan', planId, '--json');
    return PlanSchema.parse(JSON.parse(cli.stdout)).funding.parameters;
  };
  const theme3 = { centsPerUnit: 20_480, estimate: false, source: 'Kenniscentrum Digisprong, parameters 2026-2027', date: '2026-09-15' };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'digiplan-cli-funding-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports the themes the file names and prints them', async () => {
    const planId = await examplePlan();
    const before = await parameters(planId);
    const path = join(dataDir, 'parameters.json');
    writeFileSync(path, JSON.stringify(fundingParametersFile({ '3': theme3 })));
    expect(await run('import-funding', '--plan', planId, path)).toBe(EXIT_OK);
    expect(cli.stdout).toBe('Parameters van 1 thema geïmporteerd:\n  Thema 3: €\u00a0204,80 · Kenniscentrum Digisprong, parameters 2026-2027 (15/09/2026)\n');
    expect(await parameters(planId)).toEqual({ ...before, '3': theme3 });
  });

  it('refuses a wrong file with exit 1, names the field and changes nothing', async () => {
    const planId = await examplePlan();
    const before = await parameters(planId);
    const path = join(dataDir, 'parameters.json');
    writeFileSync(path, JSON.stringify(fundingParametersFile({ '3': { ...theme3, centsPerUnit: -1 } })));
    expect(await run('import-funding', '--plan', planId, path)).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toContain('Het parameterbestand bevat fouten; er is niets geïmporteerd.');
    expect(cli.stderr).toContain('parameters.3.centsPerUnit');
    expect(await parameters(planId)).toEqual(before);
  });

  it('cannot run without a readable file (exit 2) and needs --plan and a file (exit 1)', async () => {
    const planId = await examplePlan();
    expect(await run('import-funding', '--plan', planId, join(dataDir, 'bestaat-niet.json'))).toBe(EXIT_CANNOT_RUN);
    expect(cli.stderr).toContain('bestaat-niet.json');
    expect(await run('import-funding', '--plan', planId)).toBe(EXIT_FINDINGS);
    expect(await run('import-funding', join(dataDir, 'x.json'))).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toContain('--plan');
  });
});
