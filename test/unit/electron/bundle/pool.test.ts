// validateFiles: many bundles checked on worker threads give the same reports, in the same order, as
// checking them one by one here; a file that cannot be read is reported as unreadable, not thrown.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateFiles } from '../../../../electron/bundle/pool.ts';

const fixture = readFileSync(new URL('../../../fixtures/bundles/voorbeeldschool-v1.zip', import.meta.url));

describe('validateFiles', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'digiplan-pool-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks files on two workers with the same verdicts, in order, as one by one', async () => {
    const paths = Array.from({ length: 10 }, (_, index) => {
      const path = join(folder, `school-${index}.zip`);
      const bytes = Buffer.from(fixture);
      if (index % 3 === 1) bytes[bytes.length - 30]! ^= 0xff;
      writeFileSync(path, index === 5 ? 'geen zip' : bytes);
      return path;
    });
    paths.push(join(folder, 'bestaat-niet.zip'));
    const progress: number[] = [];
    const pooled = await validateFiles(paths, { concurrency: 2, onProgress: (done) => progress.push(done) });
    const inline = await validateFiles(paths, { concurrency: 1 });
    expect(pooled).toEqual(inline);
    expect(pooled.map((report) => report.path)).toEqual(paths);
    expect(pooled.map((report) => report.status)).toEqual(['valid', 'unreadable', 'valid', 'valid', 'unreadable', 'unreadable', 'valid', 'unreadable', 'valid', 'valid', 'unreadable']);
    expect(pooled.at(-1)!.problems).toEqual([{ kind: 'container', file: null, messageKey: 'bundle.cannotRead', params: { reason: 'ENOENT' } }]);
    expect(pooled[0]!.summary?.schoolName).toBe('Voorbeeldschool Campus Zuid');
    expect(progress).toEqual(paths.map((_, index) => index + 1));
  });
});
