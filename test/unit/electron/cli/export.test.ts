// `digiplan export`: the example plan's documents written to a folder in the chosen formats, whole files only, with exit codes 0, 1 and 2 and messages in Dutch or English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK } from '../../../../electron/cli/run.ts';
import { cliRunner } from '../../../builders/cli.ts';

describe('digiplan export', () => {
  let dataDir: string;
  let out: string;
  const cli = cliRunner(() => dataDir);
  const run = cli.run;
  const examplePlan = async () => (await cli.plans())[0]!.id;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'digiplan-cli-export-'));
    out = join(dataDir, 'uitvoer');
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the PDFs and the CSVs of the example plan, whole, and lists them', async () => {
    const planId = await examplePlan();
    expect(await run('export', '--plan', planId, '--out', out, '--format', 'pdf,csv')).toBe(EXIT_OK);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'Afrekening-bijdragen_Voorbeeldschool-Campus-Zuid.csv',
      'Bestedingsplan_Voorbeeldschool-Campus-Zuid.csv',
      'Contractvergelijking_Voorbeeldschool-Campus-Zuid.csv',
      'Dossier-bijdragen-schoolraad-2026-2027_Voorbeeldschool-Campus-Zuid.pdf',
      'Financiering-per-thema_Voorbeeldschool-Campus-Zuid.csv',
      'ICT-beleidsplan_Voorbeeldschool-Campus-Zuid.pdf',
      'Inventaris_Voorbeeldschool-Campus-Zuid.csv',
      'Voorbeeldgezinnen_Voorbeeldschool-Campus-Zuid.csv',
    ]);
    for (const file of files) expect(cli.stdout).toMatch(new RegExp(`^${file.replace(/[.()]/g, '\\$&')} \\(\\d+ kB\\)$`, 'm'));
    expect(cli.stderr).toBe(`8 documenten geschreven in ${out}.\n`);
    const text = execFileSync('pdftotext', [join(out, 'ICT-beleidsplan_Voorbeeldschool-Campus-Zuid.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Voorbeeldschool Campus Zuid');
  });

  it('writes every format by default, in English with --lang en', async () => {
    const planId = await examplePlan();
    expect(await run('--lang', 'en', 'export', '--plan', planId, '--out', out)).toBe(EXIT_OK);
    const files = readdirSync(out);
    expect(files.map((file) => file.split('.').pop()).sort()).toEqual(['csv', 'csv', 'csv', 'csv', 'csv', 'csv', 'docx', 'docx', 'pdf', 'pdf', 'xlsx']);
    expect(files).toContain('ICT-policy-plan_Voorbeeldschool-Campus-Zuid.pdf');
    expect(cli.stderr).toBe(`11 documents written to ${out}.\n`);
  });

  it('leaves a primary school’s fee documents out', async () => {
    await run('new', '--school', 'Basisschool De Linde', '--level', 'basis');
    const planId = cli.stdout.trim();
    expect(await run('export', '--plan', planId, '--out', out, '--format', 'pdf,docx')).toBe(EXIT_OK);
    expect(readdirSync(out)).toEqual(['ICT-beleidsplan_Basisschool-De-Linde.pdf']);
  });

  it('exits 1 on a missing option, an unknown format or an unknown plan, and writes nothing', async () => {
    const planId = await examplePlan();
    expect(await run('export', '--plan', planId)).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toBe('De optie --out ontbreekt.\n');
    expect(await run('export', '--plan', planId, '--out', out, '--format', 'pdf,odt')).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toBe('Onbekend formaat "odt"; kies uit pdf,docx,xlsx,csv,bundle.\n');
    expect(await run('export', '--plan', '00000000-0000-4000-8000-000000000999', '--out', out)).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toContain('Dit plan bestaat niet (meer)');
    expect(readdirSync(dataDir)).not.toContain('uitvoer');
  });

  it('exits 2 when the folder cannot be made', async () => {
    const planId = await examplePlan();
    const file = join(dataDir, 'een-bestand');
    writeFileSync(file, 'geen map');
    expect(await run('export', '--plan', planId, '--out', join(file, 'sub'), '--format', 'csv')).toBe(EXIT_CANNOT_RUN);
    expect(cli.stderr).toMatch(/^In de map .* kan niet geschreven worden: (ENOTDIR|EEXIST)\n$/);
  });
});
