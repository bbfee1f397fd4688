// `digiplan import-inventory` in-process: dry runs, imports, refused files and rows with their exit codes and messages in Dutch and English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, runCli } from '../../../../electron/cli/run.ts';
import { openBackend } from '../../../../electron/backend.ts';
import { tempDataDir, type TempDir } from '../../../builders/backend.ts';
import * as corpus from '../../../fixtures/import/corpus.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('digiplan import-inventory', () => {
  let dir: TempDir;
  let planId: string;
  const run = async (...argv: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['--data-dir', dir.path, ...argv], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: {},
    });
    return { code, stdout, stderr };
  };
  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir.path, name);
    writeFileSync(path, bytes);
    return path;
  };
  const lineCount = () => {
    const backend = openBackend({ dataDir: dir.path, appVersion: 'test' });
    try {
      return (backend.store.db.prepare('SELECT COUNT(*) AS n FROM inventory WHERE plan_id = ?').get(planId) as { n: number }).n;
    } finally {
      backend.close();
    }
  };

  beforeEach(async () => {
    dir = tempDataDir('digiplan-import-cli-');
    const created = await run('new', '--school', 'Sint-Jozefscollege');
    planId = created.stdout.trim();
  });
  afterEach(() => {
    dir.remove();
  });

  it('imports a file and says how many lines, in Dutch', async () => {
    const result = await run('import-inventory', '--plan', planId, file('inventaris.csv', corpus.belgianCsv()));
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Bestand: CSV, tekenset utf-8, scheidingsteken puntkomma (;)');
    expect(result.stdout).toContain('Rijen: 5 · in orde: 5 · met een probleem: 0 · overgeslagen: 0');
    expect(result.stdout).toContain('  Merk en model: Merk en model (geraden)');
    expect(result.stdout).toContain('5 lijnen geïmporteerd in de inventaris.');
    expect(lineCount()).toBe(5);
  });

  it('only shows the preview on a dry run and writes nothing', async () => {
    const result = await run('import-inventory', '--plan', planId, '--dry-run', file('assets.csv', corpus.snipeItCsv()));
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('  Merk en model: Manufacturer + Model (geraden)');
    expect(result.stdout).toContain('Proefimport: er is niets bewaard.');
    expect(lineCount()).toBe(0);
  });

  it('lists the problems with row and column and imports nothing, exit 1', async () => {
    const result = await run('import-inventory', '--plan', planId, file('fout.csv', corpus.negativePrice()));
    expect(result.code).toBe(EXIT_FINDINGS);
    expect(result.stderr).toContain('1 probleem:\n  - Rij 1, kolom Prijs: Het getal mag niet negatief zijn.');
    expect(result.stderr).toContain('Er is niets geïmporteerd.');
    expect(lineCount()).toBe(0);
  });

  it('speaks English with --lang en', async () => {
    const result = await run('--lang', 'en', 'import-inventory', '--plan', planId, file('fout.csv', corpus.impossibleDate()));
    expect(result.code).toBe(EXIT_FINDINGS);
    expect(result.stdout).toContain('Rows: 2 · fine: 1 · with a problem: 1 · skipped: 0');
    expect(result.stderr).toContain('  - Row 1, column Startdatum: “31/02/2024” is not a date that exists.');
    expect(result.stderr).toContain('Nothing was imported.');
  });

  it('refuses a file that is not a table, exit 1', async () => {
    const result = await run('import-inventory', '--plan', planId, file('foto.csv', corpus.binaryGarbage()));
    expect(result.code).toBe(EXIT_FINDINGS);
    expect(result.stderr).toBe(
      'Dit is geen tabel maar een binair bestand. Kies een CSV-bestand of een Excel-werkblad (.xlsx).\nEr is niets geïmporteerd.\n',
    );
  });

  it('says how many more problems there are beyond the first twenty', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Laptop;Dell;S${i};01/09/2024;gratis;`);
    const result = await run('import-inventory', '--plan', planId, file('fout.csv', corpus.small(...rows)));
    expect(result.stderr.match(/^ {2}- /gm)).toHaveLength(20);
    expect(result.stderr).toContain('  … en nog 5.');
  });

  it('shows a missing type column at the header, and --mapping fixes it', async () => {
    const path = file('geen-type.csv', corpus.noTypeColumn());
    const missing = await run('import-inventory', '--plan', planId, path);
    expect(missing.code).toBe(EXIT_FINDINGS);
    expect(missing.stderr).toContain('  - Kolomkop: Geen enkele kolom zegt welk soort toestel het is');
    const mapping = file('koppeling.json', JSON.stringify({ type: 'Merk en model' }));
    const fixed = await run('import-inventory', '--plan', planId, '--mapping', mapping, path);
    expect(fixed.code).toBe(EXIT_OK);
    expect(fixed.stdout).toContain('  Type: Merk en model\n');
    expect(lineCount()).toBe(1);
  });

  it('replaces the inventory with --replace', async () => {
    await run('import-inventory', '--plan', planId, file('a.csv', corpus.belgianCsv()));
    const result = await run('import-inventory', '--plan', planId, '--replace', file('b.csv', corpus.lansweeperCsv()));
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('De vorige inventaris is vervangen.');
    expect(lineCount()).toBe(5);
  });

  it('refuses a mapping file that is not JSON or names an unknown field, exit 1', async () => {
    const csvPath = file('a.csv', corpus.belgianCsv());
    const notJson = await run('import-inventory', '--plan', planId, '--mapping', file('m.json', '{type:'), csvPath);
    expect(notJson.code).toBe(EXIT_FINDINGS);
    expect(notJson.stderr).toContain('Het koppelingsbestand');
    const unknown = await run('import-inventory', '--plan', planId, '--mapping', file('m2.json', '{"kleur": "Kleur"}'), csvPath);
    expect(unknown.code).toBe(EXIT_FINDINGS);
    expect(unknown.stderr).toContain('kleur');
    expect(lineCount()).toBe(0);
  });

  it('cannot read a file that is not there, exit 2', async () => {
    const missing = join(dir.path, 'bestaat-niet.csv');
    const result = await run('import-inventory', '--plan', planId, missing);
    expect(result.code).toBe(EXIT_CANNOT_RUN);
    expect(result.stderr).toBe(`Het bestand ${missing} kan niet gelezen worden: ENOENT\n`);
    const mapping = await run('import-inventory', '--plan', planId, '--mapping', missing, file('a.csv', corpus.belgianCsv()));
    expect(mapping.code).toBe(EXIT_CANNOT_RUN);
  });

  it('needs a plan and a file, and takes only its own options', async () => {
    expect((await run('import-inventory', file('a.csv', corpus.belgianCsv()))).stderr).toContain('De optie --plan ontbreekt.');
    expect((await run('import-inventory', '--plan', planId)).stderr).toContain('Geef het bestand op dat geïmporteerd moet worden.');
    const stray = await run('import-inventory', '--plan', planId, '--json', file('a.csv', corpus.belgianCsv()));
    expect(stray).toMatchObject({ code: EXIT_FINDINGS });
    expect(stray.stderr).toContain('--json');
    expect((await run('check', '--plan', planId, '--dry-run')).stderr).toContain('--dry-run');
  });

  it('answers an unknown plan with exit 1', async () => {
    const result = await run('import-inventory', '--plan', '00000000-0000-4000-8000-0000000000ff', file('a.csv', corpus.belgianCsv()));
    expect(result.code).toBe(EXIT_FINDINGS);
  });
});
