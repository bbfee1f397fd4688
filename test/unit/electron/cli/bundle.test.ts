// `digiplan export --format bundle`, `validate`, `summary` and `import-bundle`: the example plan's bundle
// is written, validates (exit 0), a changed byte makes it invalid naming the file (exit 1), a file that is
// no zip is unreadable (exit 2), the roll-up holds a row per school and the totals, and the bundle imports
// as a new plan.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK } from '../../../../electron/cli/run.ts';
import { cliRunner } from '../../../builders/cli.ts';
import { readZip, writeZip } from '../../../../electron/bundle/zip.ts';

describe('digiplan bundles', () => {
  let dataDir: string;
  let out: string;
  const cli = cliRunner(() => dataDir);
  const run = cli.run;
  const plans = cli.plans;
  const exportBundle = async () => {
    const planId = (await plans())[0]!.id;
    expect(await run('export', '--plan', planId, '--out', out, '--format', 'bundle')).toBe(EXIT_OK);
    const [file] = readdirSync(out);
    return join(out, file!);
  };

  /** The bundle with one byte of its first PDF changed, written beside it. */
  const tamperedCopy = (bundle: string) => {
    const files = readZip(readFileSync(bundle));
    const pdf = [...files.keys()].find((name) => name.endsWith('.pdf'))!;
    const changed = Buffer.from(files.get(pdf)!);
    changed[1000]! ^= 0x20;
    const tampered = join(out, 'gewijzigd.zip');
    writeFileSync(tampered, writeZip([...files].map(([path, bytes]) => ({ path, bytes: path === pdf ? changed : bytes })), new Date()));
    return { tampered, pdf };
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'digiplan-cli-bundle-'));
    out = join(dataDir, 'uitvoer');
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the bundle and validates it: exit 0, the school and its verdict', async () => {
    const bundle = await exportBundle();
    expect(bundle).toMatch(/Indiening_Voorbeeldschool-Campus-Zuid_\d{4}-\d{4}\.zip$/);
    expect(cli.stderr).toBe(`1 document geschreven in ${out}.\n`);
    expect(await run('validate', bundle)).toBe(EXIT_OK);
    expect(cli.stdout).toContain(`GELDIG       ${bundle} — Voorbeeldschool Campus Zuid`);
    expect(cli.stdout).toContain('Alle bestanden kloppen met het manifest');
  });

  it('finds one changed byte (exit 1, the file named), and a file that is no zip (exit 2)', async () => {
    const bundle = await exportBundle();
    const { tampered, pdf } = tamperedCopy(bundle);
    expect(await run('validate', tampered)).toBe(EXIT_FINDINGS);
    expect(cli.stdout).toContain(`ONGELDIG     ${tampered}`);
    expect(cli.stdout).toContain(`  - ${pdf}: Dit bestand is veranderd sinds de bundel gemaakt is (de SHA-256 klopt niet).`);

    const text = join(out, 'geen-zip.zip');
    writeFileSync(text, 'dit is tekst');
    expect(await run('validate', bundle, tampered, text)).toBe(EXIT_CANNOT_RUN);
    expect(cli.stdout).toContain(`ONLEESBAAR   ${text}\n  - Dit is geen leesbaar zipbestand.`);
    expect(cli.stderr).toBe('3 bundels: 1 geldig, 1 ongeldig, 1 onleesbaar.\n');

    expect(await run('--lang', 'en', 'validate', '--json', tampered)).toBe(EXIT_FINDINGS);
    const [report] = JSON.parse(cli.stdout) as { status: string; problems: { file: string; message: string }[] }[];
    expect(report!.status).toBe('invalid');
    expect(report!.problems).toContainEqual(expect.objectContaining({ file: pdf, message: 'This file has changed since the bundle was made (the SHA-256 does not match).' }));
  });

  it('rolls bundles up into a CSV with a row per school and the totals', async () => {
    const bundle = await exportBundle();
    const csv = join(out, 'overzicht.csv');
    expect(await run('summary', bundle, bundle, '--out', csv)).toBe(EXIT_OK);
    expect(cli.stdout).toContain('Overzicht van 2 bundels (2 klaar om in te dienen)');
    const lines = readFileSync(csv, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('School;');
    expect(lines[1]).toContain('Voorbeeldschool Campus Zuid');
    expect(lines[3]).toContain('Totaal (2 bundels)');
    expect(await run('summary', bundle, '--out', join(out, 'overzicht.pdf'))).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toContain('.xlsx of .csv');
  });

  it('counts an altered bundle as not ready, whatever its own facts claim', async () => {
    const bundle = await exportBundle();
    const { tampered } = tamperedCopy(bundle);
    const csv = join(out, 'overzicht.csv');
    expect(await run('summary', bundle, tampered, '--out', csv)).toBe(EXIT_OK);
    expect(cli.stdout).toContain('Overzicht van 2 bundels (1 klaar om in te dienen)');
    const rows = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
    expect(rows[2]).toContain('gewijzigd.zip');
    expect(rows[2]).toMatch(/;Ongeldig;.*;nee;/i);
  });

  it('imports a bundle as a new plan and refuses a changed one, changing nothing', async () => {
    const bundle = await exportBundle();
    const before = await plans();
    expect(await run('import-bundle', bundle)).toBe(EXIT_OK);
    const id = cli.stdout.trim();
    const after = await plans();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((plan) => plan.id === id)?.schoolName).toBe('Voorbeeldschool Campus Zuid');

    const files = readZip(readFileSync(bundle));
    files.delete('plan.json');
    const broken = join(out, 'zonder-plan.zip');
    writeFileSync(broken, writeZip([...files].map(([path, bytes]) => ({ path, bytes })), new Date()));
    expect(await run('import-bundle', broken)).toBe(EXIT_FINDINGS);
    expect(cli.stderr).toContain('Deze bundel kan niet geïmporteerd worden; er is niets veranderd.');
    expect(cli.stderr).toContain('plan.json: Dit bestand ontbreekt in de bundel.');
    expect(await plans()).toHaveLength(before.length + 1);
  });
});
