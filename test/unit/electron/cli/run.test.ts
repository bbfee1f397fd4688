// The `digiplan` CLI in-process: commands with and without --json, exit codes, languages, data folder.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, runCli } from '../../../../electron/cli/run.ts';
import { APP_FOLDER, DATABASE_FILE, resolveDataDir } from '../../../../electron/paths.ts';
import { latestSchemaVersion } from '../../../../electron/store/migrations.ts';
import { examplePlanName } from '../../../../shared/example/voorbeeldschool.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { nl } from '../../../../shared/i18n/nl.ts';
import { PlanSchema, PlanSummarySchema } from '../../../../shared/plan/schema.ts';
import { tempDataDir, type TempDir } from '../../../builders/backend.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

const firstLine = (text: string) => text.split('\n')[0]!;

describe('digiplan CLI', () => {
  let dir: TempDir;
  let run: (...argv: string[]) => Promise<Run>;

  beforeEach(() => {
    dir = tempDataDir('digiplan-cli-');
    run = (...argv) => cli(['--data-dir', dir.path, ...argv]);
  });
  afterEach(() => {
    dir.remove();
  });

  async function newPlan(school = 'Atheneum Noord', ...extra: string[]): Promise<string> {
    const created = await run('new', '--school', school, ...extra);
    expect(created.code).toBe(EXIT_OK);
    return created.stdout.trim();
  }

  describe('plans', () => {
    it('lists the example plan on a fresh data folder, in Dutch', async () => {
      const result = await run('plans');
      expect(result.code).toBe(EXIT_OK);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`${examplePlanName} [${nl.plans.exampleBadge}]`);
      expect(result.stdout).toContain(nl.levels.secundair);
    });

    it('prints the plans as JSON with --json', async () => {
      const result = await run('plans', '--json');
      expect(result.code).toBe(EXIT_OK);
      const plans = PlanSummarySchema.array().parse(JSON.parse(result.stdout));
      expect(plans.map((p) => [p.name, p.isExample])).toEqual([[examplePlanName, true]]);
    });

    it('says so when there are no plans', async () => {
      const [example] = PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout));
      const db = new Database(join(dir.path, DATABASE_FILE));
      db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), example!.id);
      db.close();
      expect(await run('plans')).toEqual({ code: EXIT_OK, stdout: `${nl.cli.noPlans}\n`, stderr: '' });
      expect((await run('plans', '--lang', 'en')).stdout).toBe(`${en.cli.noPlans}\n`);
    });
  });

  describe('new', () => {
    it('creates a plan, prints its id on stdout and a Dutch confirmation on stderr', async () => {
      const result = await run('new', '--school', 'Atheneum Noord');
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
      expect(result.stderr).toBe('Plan “Atheneum Noord” gemaakt.\n');
      const listed = PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout));
      expect(listed.find((p) => p.id === result.stdout.trim())).toMatchObject({ levels: ['secundair'] });
    });

    it('prints the new plan as JSON with --json, with the levels given', async () => {
      const result = await run('new', '--school', 'Klimop', '--level', 'buitengewoon', '--level', 'basis', '--json');
      expect(result.code).toBe(EXIT_OK);
      expect(result.stderr).toBe('');
      expect(PlanSummarySchema.parse(JSON.parse(result.stdout))).toMatchObject({
        name: 'Klimop',
        schoolName: 'Klimop',
        levels: ['basis', 'buitengewoon'],
        isExample: false,
      });
    });

    it('confirms in English with --lang en', async () => {
      expect((await run('--lang', 'en', 'new', '--school', 'Klimop')).stderr).toBe('Plan “Klimop” created.\n');
      expect((await run('--lang=en', 'new', '--school', 'Klimop')).stderr).toBe('Plan “Klimop” created.\n');
    });

    it('exits 1 without --school', async () => {
      expect(await run('new')).toEqual({ code: EXIT_FINDINGS, stdout: '', stderr: 'De optie --school ontbreekt.\n' });
    });

    it('exits 1 on an unknown education level', async () => {
      const result = await run('new', '--school', 'X', '--level', 'hoger');
      expect(result.code).toBe(EXIT_FINDINGS);
      expect(result.stderr).toBe('Onbekend onderwijsniveau "hoger"; kies uit basis, secundair, buitengewoon.\n');
      expect(PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout))).toHaveLength(1);
    });

    it('exits 1 with the field and its message on an empty school name, and saves nothing', async () => {
      const result = await run('new', '--school', '  ');
      expect(result.code).toBe(EXIT_FINDINGS);
      expect(result.stderr).toBe(`digiplan: ${nl.errors.invalidInput}\n  - schoolName: ${nl.validation.required}\n`);
      const english = await run('--lang', 'en', 'new', '--school', '');
      expect(english.stderr).toBe(`digiplan: ${en.errors.invalidInput}\n  - schoolName: ${en.validation.required}\n`);
      expect(PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout))).toHaveLength(1);
    });
  });

  describe('show', () => {
    it('shows a plan in words, in Dutch or in English', async () => {
      const id = await newPlan();
      const dutch = await run('show', '--plan', id);
      expect(dutch.code).toBe(EXIT_OK);
      expect(dutch.stdout).toContain('Atheneum Noord\n');
      expect(dutch.stdout).toContain(`${nl.profile.institutionNumber}: —`);
      expect(dutch.stdout).toContain(`${nl.cli.readiness}: ${nl.check.notReady}`);
      const english = await run('show', '--plan', id, '--lang', 'en');
      expect(english.stdout).toContain(`${en.profile.institutionNumber}: —`);
      expect(english.stdout).toContain(`${en.cli.readiness}: ${en.check.notReady}`);
    });

    it('prints the whole plan as JSON with --json', async () => {
      const id = await newPlan();
      const result = await run('show', '--plan', id, '--json');
      expect(result.code).toBe(EXIT_OK);
      expect(PlanSchema.parse(JSON.parse(result.stdout))).toMatchObject({ id, name: 'Atheneum Noord' });
    });

    it('shows the fees, the settlement and the council decisions of the example plan', async () => {
      const [example] = PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout));
      const words = await run('show', '--plan', example!.id);
      expect(words.stdout).toMatch(/Bijdragen: 4 bijdragelijnen, 6 sociale correcties; over de planperiode €\s[\d.]+,\d\d opbrengst/);
      expect(words.stdout).toContain('Schoolraad: 2 beslissingen, de laatste op 16/06/2026: goedgekeurd');
      expect(words.stdout).toMatch(/Toestellen: \d+ in 162 inventarislijnen/);

      const shown = JSON.parse((await run('show', '--plan', example!.id, '--json')).stdout) as {
        fees: { lines: unknown[] };
        decisions: unknown[];
        settlement: { years: { revenue: number }[]; term: { revenue: number; correctionsCost: number } };
        familyBills: { label: string; bill: { total: number } }[];
      };
      expect(PlanSchema.parse(shown).fees.corrections).toHaveLength(6);
      expect(shown.decisions).toHaveLength(2);
      expect(shown.settlement.years).toHaveLength(3);
      expect(shown.settlement.term.revenue).toBe(shown.settlement.years.reduce((sum, year) => sum + year.revenue, 0));
      expect(shown.settlement.term.correctionsCost).toBeGreaterThan(0);
      // One child in the 3rd year pays the first-year rent, the insurance and the deposit.
      expect(shown.familyBills.find((family) => family.label.startsWith('Eén kind'))?.bill.total).toBe(7_500 + 1_500 + 6_000);
    });

    it('shows the funding over the term in one line and the totals per theme in --json', async () => {
      const [example] = PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout));
      const words = await run('show', '--plan', example!.id);
      expect(words.stdout).toMatch(/Financiering: over de planperiode €\s[\d.]+,\d\d toegewezen, €\s[\d.]+,\d\d gepland, €\s[\d.]+,\d\d besteed/);
      const shown = JSON.parse((await run('show', '--plan', example!.id, '--json')).stdout) as {
        fundingTotals: { allocationCents: number; plannedCents: number; themes: Record<string, { units: number; allocation: { termCents: number }; planned: { termCents: number } }> };
      };
      expect(shown.fundingTotals.themes['1']).toMatchObject({ units: 86, allocation: { termCents: 86 * 62_800 } });
      const themes = Object.values(shown.fundingTotals.themes);
      expect(shown.fundingTotals.allocationCents).toBe(themes.reduce((sum, theme) => sum + theme.allocation.termCents, 0));
      expect(shown.fundingTotals.plannedCents).toBe(themes.reduce((sum, theme) => sum + theme.planned.termCents, 0));
    });

    it('exits 1 without --plan, with a malformed id and with an unknown id', async () => {
      expect(await run('show')).toEqual({ code: EXIT_FINDINGS, stdout: '', stderr: 'De optie --plan ontbreekt.\n' });
      const malformed = await run('show', '--plan', 'abc');
      expect(malformed.code).toBe(EXIT_FINDINGS);
      expect(malformed.stderr).toBe(`digiplan: ${nl.errors.invalidInput}\n  - planId: ${nl.validation.planId}\n`);
      const unknown = await run('show', '--plan', '00000000-0000-4000-8000-000000000999');
      expect(unknown.code).toBe(EXIT_FINDINGS);
      expect(unknown.stderr).toBe(
        'digiplan: Dit plan bestaat niet (meer): 00000000-0000-4000-8000-000000000999.\n',
      );
    });
  });

  describe('check', () => {
    it('exits 1 and lists the findings, blocking first, with their source', async () => {
      const id = await newPlan();
      const result = await run('check', '--plan', id);
      expect(result.code).toBe(EXIT_FINDINGS);
      expect(firstLine(result.stdout)).toMatch(/^BLOKKEREND +\S+$/);
      expect(result.stdout).toMatch(/^BLOKKEREND +profile\.institution-number-missing$/m);
      expect(result.stdout).toMatch(/^BLOKKEREND +training\.no-didactics-activity$/m);
      expect(result.stdout.indexOf('BLOKKEREND')).toBeLessThan(result.stdout.indexOf('WAARSCHUWING'));
      expect(result.stdout).toContain(nl.findings.profile['institution-number-missing']);
      expect(result.stdout).toContain('Bron: Vlaamse onderwijsadministratie: instellingsnummer');
      expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(nl.check.notReady);
    });

    it('exits 0 for a plan with nothing blocking', async () => {
      const [example] = PlanSummarySchema.array().parse(JSON.parse((await run('plans', '--json')).stdout));
      const result = await run('check', '--plan', example!.id);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).not.toContain('BLOKKEREND');
      expect(result.stderr).toBe('');
    });

    it('prints findings with their message as JSON, in English with --lang en', async () => {
      const id = await newPlan();
      const result = await run('--lang', 'en', 'check', '--plan', id, '--json');
      expect(result.code).toBe(EXIT_FINDINGS);
      const report = JSON.parse(result.stdout) as {
        ready: boolean;
        findings: { ruleId: string; severity: string; message: string; source: { ref: string } }[];
      };
      expect(report.ready).toBe(false);
      expect(report.findings.find((f) => f.ruleId === 'profile.institution-number-missing')).toMatchObject({
        ruleId: 'profile.institution-number-missing',
        severity: 'blocking',
        message: en.findings.profile['institution-number-missing'],
      });
      expect(report.findings.every((f) => f.source.ref !== '')).toBe(true);
    });

    it('exits 1 without --plan', async () => {
      expect((await run('check')).code).toBe(EXIT_FINDINGS);
    });
  });

  describe('usage errors', () => {
    it('exits 1 with the usage on an unknown command, in Dutch or English', async () => {
      const dutch = await run('publish');
      expect(dutch.code).toBe(EXIT_FINDINGS);
      expect(dutch.stderr).toBe(`Onbekende opdracht: publish\n${nl.cli.usage}\n`);
      const english = await run('--lang', 'en', 'publish');
      expect(english.stderr).toBe(`Unknown command: publish\n${en.cli.usage}\n`);
    });

    it('exits 1 on a second positional argument', async () => {
      expect((await run('plans', 'extra')).code).toBe(EXIT_FINDINGS);
    });

    it('exits 1 on an unknown option', async () => {
      const result = await run('plans', '--verbose');
      expect(result.code).toBe(EXIT_FINDINGS);
      expect(result.stderr).toMatch(/^Ongeldige argumenten: .*--verbose/);
    });

    it('exits 1 on an option that belongs to another command', async () => {
      expect(await run('plans', '--school', 'X')).toEqual({
        code: EXIT_FINDINGS,
        stdout: '',
        stderr: 'De optie --school hoort niet bij de opdracht plans.\n',
      });
    });

    it('exits 1 on a language it does not speak, in either spelling', async () => {
      expect(await run('--lang', 'fr', 'plans')).toEqual({
        code: EXIT_FINDINGS,
        stdout: '',
        stderr: 'Onbekende taal "fr"; kies nl of en.\n',
      });
      expect((await run('--lang=fr', 'plans')).code).toBe(EXIT_FINDINGS);
    });

    it('prints the usage on stderr and exits 1 without a command, and on stdout with exit 0 for --help', async () => {
      expect(await run()).toEqual({ code: EXIT_FINDINGS, stdout: '', stderr: `${nl.cli.usage}\n` });
      expect(await run('--help', '--lang', 'en')).toEqual({ code: EXIT_OK, stdout: `${en.cli.usage}\n`, stderr: '' });
    });
  });

  describe('cannot run', () => {
    it('exits 2 on a database made by a newer version, and leaves it alone', async () => {
      const db = new Database(join(dir.path, DATABASE_FILE));
      db.pragma(`user_version = ${latestSchemaVersion + 1}`);
      db.close();
      const before = readFileSync(join(dir.path, DATABASE_FILE));
      const result = await run('plans');
      expect(result.code).toBe(EXIT_CANNOT_RUN);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`schema ${latestSchemaVersion + 1}`);
      expect(result.stderr).toContain('nieuwere versie van Digiplanner');
      const english = await run('--lang', 'en', 'plans');
      expect(english.code).toBe(EXIT_CANNOT_RUN);
      expect(english.stderr).toContain('newer version of Digiplanner');
      expect(readFileSync(join(dir.path, DATABASE_FILE)).equals(before)).toBe(true);
    });

    it('exits 2 on a data file that is not a database', async () => {
      writeFileSync(join(dir.path, DATABASE_FILE), 'geen database '.repeat(500));
      const result = await run('plans', '--json');
      expect(result.code).toBe(EXIT_CANNOT_RUN);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`digiplan: ${nl.errors.dbCorrupt.replace('{{file}}', DATABASE_FILE)}\n`);
    });
  });

  describe('data folder', () => {
    it('uses DIGIPLAN_DATA_DIR like --data-dir', async () => {
      const id = await newPlan('Via de vlag');
      const viaEnv = await cli(['plans', '--json'], { DIGIPLAN_DATA_DIR: dir.path });
      expect(viaEnv.code).toBe(EXIT_OK);
      expect(PlanSummarySchema.array().parse(JSON.parse(viaEnv.stdout)).map((p) => p.id)).toContain(id);
    });

    it('treats an empty DIGIPLAN_DATA_DIR as unset, not as the current folder', () => {
      const env = { DIGIPLAN_DATA_DIR: '', XDG_CONFIG_HOME: dir.path, APPDATA: dir.path };
      const resolved = resolveDataDir(undefined, env);
      expect(resolved).not.toBe('');
      expect(resolved.endsWith(APP_FOLDER)).toBe(true);
      expect(resolveDataDir('/tmp/elsewhere', env)).toBe('/tmp/elsewhere');
    });

    it('lets --data-dir win over DIGIPLAN_DATA_DIR', async () => {
      const id = await newPlan('Alleen hier');
      const other = tempDataDir('digiplan-cli-other-');
      try {
        const result = await cli(['--data-dir', other.path, 'plans', '--json'], { DIGIPLAN_DATA_DIR: dir.path });
        const ids = PlanSummarySchema.array().parse(JSON.parse(result.stdout)).map((p) => p.id);
        expect(ids).not.toContain(id);
        expect(ids).toHaveLength(1);
      } finally {
        other.remove();
      }
    });
  });
});
