// The `digiplan` command line: the same handler table as the app, called in-process, for
// school groups and the knowledge centre to script. Exit codes: 0 ok, 1 findings or
// invalid input, 2 cannot run. Messages in Dutch, or English with --lang en.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { createApi, type Api } from '../../shared/client.ts';
import { languages, type Language } from '../../shared/contract.ts';
import { ImportOptionsSchema, importTargets, type ImportIssue, type ImportOptions } from '../../shared/devices/import.ts';
import type { Finding } from '../../shared/findings/finding.ts';
import { formatDate, formatDecimalInput, formatTimestamp } from '../../shared/format.ts';
import { feesClosed } from '../../shared/fees/rules.ts';
import { familyBill, settle } from '../../shared/fees/settlement.ts';
import { fundingTotals } from '../../shared/funding/totals.ts';
import { formatMoney } from '../../shared/money.ts';
import { isMeasurable } from '../../shared/policy/goals.ts';
import { sectionIds } from '../../shared/policy/sections.ts';
import { isEmptyRichText } from '../../shared/richtext/schema.ts';
import { trainingTotals } from '../../shared/training/schema.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { educationLevels } from '../../shared/profile/schema.ts';
import { documentsFor, exportFormats, type ExportFormat } from '../../shared/export/documents.ts';
import { AppError, type AppErrorShape } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { openBackend, type Backend } from '../backend.ts';
import { validateFiles, type FileReport } from '../bundle/pool.ts';
import { rollupFile, rollupRow } from '../bundle/summary.ts';
import { isReadyBundle } from '../../shared/bundle/schema.ts';
import { writeFileAtomically } from '../export/write.ts';
import { resolveDataDir } from '../paths.ts';
import { packageVersion } from '../version.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

const commands = ['plans', 'new', 'show', 'check', 'import-inventory', 'import-funding', 'export', 'validate', 'summary', 'import-bundle'] as const;
type Command = (typeof commands)[number];

const allowedOptions: Record<Command, readonly string[]> = {
  plans: ['json'],
  new: ['school', 'level', 'json'],
  show: ['plan', 'json'],
  check: ['plan', 'json'],
  'import-inventory': ['plan', 'dry-run', 'mapping', 'replace'],
  'import-funding': ['plan'],
  export: ['plan', 'out', 'format'],
  validate: ['json'],
  summary: ['out'],
  'import-bundle': ['json'],
};

/** Commands that take a file after their options. */
const fileArguments: Partial<Record<Command, number>> = {
  'import-inventory': 1,
  'import-funding': 1,
  'import-bundle': 1,
  validate: Number.POSITIVE_INFINITY,
  summary: Number.POSITIVE_INFINITY,
};

/** Commands that read bundle files only: they need no data folder and open no database. */
const withoutData = ['validate', 'summary'] as const satisfies readonly Command[];
type FileCommand = (typeof withoutData)[number];
const isFileCommand = (command: Command): command is FileCommand => (withoutData as readonly Command[]).includes(command);

class UsageError extends Error {
  readonly key: string;
  readonly params: Record<string, string>;
  constructor(key: string, params: Record<string, string> = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const requested = requestedLanguage(argv);
  const language: Language = languages.find((l) => l === requested) ?? 'nl';
  const t = createI18n(language).t;

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        school: { type: 'string' },
        level: { type: 'string', multiple: true },
        plan: { type: 'string' },
        'dry-run': { type: 'boolean' },
        mapping: { type: 'string' },
        replace: { type: 'boolean' },
        out: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${t('cli.badArguments', { reason: (error as Error).message })}\n${t('cli.usage')}\n`);
    return EXIT_FINDINGS;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(`${t('cli.usage')}\n`);
    return values.help ? EXIT_OK : EXIT_FINDINGS;
  }
  if (requested !== undefined && !languages.some((l) => l === requested)) {
    io.stderr(`${t('cli.badLanguage', { lang: requested })}\n`);
    return EXIT_FINDINGS;
  }

  const command = positionals[0] as Command;
  if (!commands.includes(command) || positionals.length > 1 + (fileArguments[command] ?? 0)) {
    io.stderr(`${t('cli.unknownCommand', { command: positionals.join(' ') })}\n${t('cli.usage')}\n`);
    return EXIT_FINDINGS;
  }
  const given = Object.keys(values).filter(
    (name) => !['data-dir', 'lang', 'help'].includes(name) && values[name as keyof typeof values] !== undefined,
  );
  const stray = given.filter((name) => !allowedOptions[command].includes(name) && !(name === 'json' && values.json === false));
  if (stray.length > 0) {
    io.stderr(`${t('cli.optionNotForCommand', { option: `--${stray[0]}`, command })}\n`);
    return EXIT_FINDINGS;
  }

  if (isFileCommand(command)) {
    try {
      return await fileCommands[command]({ t, io, values, files: positionals.slice(1), language });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`${t(error.key, error.params)}\n`);
      return EXIT_FINDINGS;
    }
  }

  let backend: Backend;
  try {
    backend = openBackend({ dataDir: resolveDataDir(values['data-dir'], io.env), appVersion: packageVersion() });
  } catch (error) {
    io.stderr(`${describeError(t, toShape(error))}\n`);
    return EXIT_CANNOT_RUN;
  }
  const api = createApi(backend.dispatch);
  try {
    return await commandHandlers[command]({ api, t, io, values: values, files: positionals.slice(1), language });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${t(error.key, error.params)}\n`);
      return EXIT_FINDINGS;
    }
    const shape = toShape(error);
    io.stderr(`${describeError(t, shape)}\n`);
    return exitCodeFor(shape);
  } finally {
    backend.close();
  }
}

/** `--lang en` or `--lang=en`, read before parsing so even a parse error is in that language. */
type FileCommandContext = Omit<CommandContext, 'api'>;

const fileCommands: Record<FileCommand, (context: FileCommandContext) => Promise<number>> = {
  async validate({ t, io, values, files }) {
    if (files.length === 0) throw new UsageError('cli.missingBundle');
    const reports = await validateFiles(files, { onProgress: progressOn(io, t, files.length) });
    if (values.json) {
      const withMessages = reports.map((report) => ({ ...report, problems: report.problems.map((problem) => ({ ...problem, message: t(problem.messageKey, problem.params ?? {}) })) }));
      io.stdout(`${JSON.stringify(withMessages, null, 2)}\n`);
    } else {
      for (const report of reports) io.stdout(`${describeReport(t, report)}\n`);
    }
    const counts = { valid: 0, invalid: 0, unreadable: 0 };
    for (const report of reports) counts[report.status]++;
    if (files.length > 1) io.stderr(`${t('cli.validateCounts', { total: files.length, ...counts })}\n`);
    return counts.unreadable > 0 ? EXIT_CANNOT_RUN : counts.invalid > 0 ? EXIT_FINDINGS : EXIT_OK;
  },

  async summary({ t, io, values, files }) {
    if (values.out === undefined) throw new UsageError('cli.missingOption', { option: '--out' });
    const format = /\.(xlsx|csv)$/i.exec(values.out)?.[1]?.toLowerCase() as 'xlsx' | 'csv' | undefined;
    if (format === undefined) throw new UsageError('cli.summaryFormat', { file: values.out });
    if (files.length === 0) throw new UsageError('cli.missingBundle');
    const reports = await validateFiles(files, { onProgress: progressOn(io, t, files.length) });
    const bytes = await rollupFile(reports.map(rollupRow), format, t);
    const out = resolve(values.out);
    try {
      writeFileAtomically(dirname(out), basename(out), bytes);
    } catch (error) {
      io.stderr(`${t('cli.cannotWriteFolder', { folder: dirname(out), reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
      return EXIT_CANNOT_RUN;
    }
    const ready = reports.filter(isReadyBundle).length;
    io.stdout(`${t('cli.summaryWritten', { file: values.out, count: reports.length, ready, size: formatSize(bytes.length) })}\n`);
    return EXIT_OK;
  },
};

/** Progress on stderr for long runs, a line every 10 %, so a pipe of stdout stays clean. */
function progressOn(io: CliIo, t: TFunction, total: number): ((done: number) => void) | undefined {
  if (total < 50) return undefined;
  const step = Math.ceil(total / 10);
  return (done) => {
    if (done % step === 0 || done === total) io.stderr(`${t('cli.validateProgress', { done, total })}\n`);
  };
}

function describeReport(t: TFunction, report: FileReport): string {
  const school = report.summary ? ` — ${report.summary.schoolName || '—'} (${report.summary.schoolYear})` : '';
  const lines = [`${t(`cli.bundleStatus.${report.status}`)}  ${report.path}${school}`];
  for (const problem of report.problems) {
    const where = problem.file ? `${problem.file}: ` : '';
    lines.push(`  - ${where}${t(problem.messageKey, problem.params ?? {})}`);
    for (const issue of (problem.issues ?? []).slice(0, 10)) {
      lines.push(`      ${issue.path.join('.')}: ${t(issue.messageKey, issue.params ?? {})}`);
    }
  }
  if (report.status === 'valid' && report.summary) lines.push(`  ${t('cli.bundleReady')}`);
  return lines.join('\n');
}

function requestedLanguage(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

interface CommandValues {
  json: boolean;
  school?: string;
  level?: string[];
  plan?: string;
  'dry-run'?: boolean;
  mapping?: string;
  replace?: boolean;
  out?: string;
  format?: string;
}

interface CommandContext {
  api: Api;
  t: TFunction;
  io: CliIo;
  values: CommandValues;
  /** The file arguments after the command. */
  files: string[];
  /** --lang: the messages' language, and the exported documents'. */
  language: Language;
}

const commandHandlers: Record<Exclude<Command, FileCommand>, (context: CommandContext) => Promise<number>> = {
  async plans({ api, t, io, values }) {
    const plans = await api.run('plans.list', {});
    if (values.json) {
      io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
      return EXIT_OK;
    }
    if (plans.length === 0) {
      io.stdout(`${t('cli.noPlans')}\n`);
      return EXIT_OK;
    }
    for (const plan of plans) {
      const example = plan.isExample ? ` [${t('plans.exampleBadge')}]` : '';
      const levels = plan.levels.map((level) => t(`levels.${level}`)).join(', ');
      io.stdout(
        `${plan.id}  ${plan.name}${example}\n    ${plan.schoolName || '—'} · ${plan.institutionNumber || '—'} · ${levels || '—'} · ${formatTimestamp(plan.updatedAt)}\n`,
      );
    }
    return EXIT_OK;
  },

  async new({ api, t, io, values }) {
    if (values.school === undefined) throw new UsageError('cli.missingOption', { option: '--school' });
    const levels = values.level ?? ['secundair'];
    const unknown = levels.find((level) => !educationLevels.some((known) => known === level));
    if (unknown !== undefined) throw new UsageError('cli.badLevel', { level: unknown, levels: educationLevels.join(', ') });
    const summary = await api.run('plans.create', {
      schoolName: values.school,
      levels: levels as (typeof educationLevels)[number][],
    });
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.id}\n`);
    if (!values.json) io.stderr(`${t('cli.created', { name: summary.name })}\n`);
    return EXIT_OK;
  },

  async show({ api, t, io, values }) {
    if (values.plan === undefined) throw new UsageError('cli.missingOption', { option: '--plan' });
    const state = await api.run('plans.get', { planId: values.plan });
    const { plan } = state;
    const settlement = feesClosed(plan) ? null : settle(plan.fees, plan.loan, plan.profile.pupils, plan.term);
    const funding = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
    if (values.json) {
      // The plan as the contract defines it, with the fee settlement the council sees and the funding totals per theme beside it.
      const familyBills = settlement === null ? [] : plan.fees.exampleFamilies.map((family) => ({ familyId: family.id, label: family.label, bill: familyBill(plan.fees, family, plan.term[0]) }));
      io.stdout(`${JSON.stringify({ ...plan, settlement, familyBills, fundingTotals: funding }, null, 2)}\n`);
      return EXIT_OK;
    }
    const lastDecision = plan.decisions.at(-1);
    const written = sectionIds.filter((id) => !isEmptyRichText(plan.sections[id].text)).length;
    const totals = trainingTotals(plan.activities);
    io.stdout(
      [
        `${plan.name}${plan.isExample ? ` [${t('plans.exampleBadge')}]` : ''}`,
        `  ${t('profile.schoolName')}: ${plan.profile.schoolName || '—'}`,
        `  ${t('profile.institutionNumber')}: ${plan.profile.institutionNumber || '—'}`,
        `  ${t('cli.sectionsWritten', { written, total: sectionIds.length })}`,
        `  ${t('cli.goalsCount', { count: plan.goals.length, measurable: plan.goals.filter(isMeasurable).length })}`,
        `  ${t('cli.activitiesCount', { count: totals.activities, hours: formatDecimalInput(Math.round(totals.participantHours)), cost: formatMoney(totals.costCents) })}`,
        `  ${t('cli.devicesCount', { count: plan.fleet.reduce((sum, cohort) => sum + cohort.quantity, 0), lines: plan.fleet.reduce((sum, cohort) => sum + cohort.lines, 0) })}`,
        settlement === null
          ? `  ${t('cli.feesClosed')}`
          : `  ${t('cli.feesSettlement', { count: plan.fees.lines.length, corrections: plan.fees.corrections.length, revenue: formatMoney(settlement.term.revenue), cost: formatMoney(settlement.term.correctionsCost) })}`,
        `  ${t('cli.fundingSummary', { allocation: formatMoney(funding.allocationCents), planned: formatMoney(funding.plannedCents), spent: formatMoney(funding.spentCents) })}`,
        lastDecision === undefined
          ? `  ${t('cli.noDecision')}`
          : `  ${t('cli.lastDecision', { count: plan.decisions.length, date: formatDate(lastDecision.meetingDate), outcome: t(`feeTexts.council.outcomes.${lastDecision.outcome}`) })}`,
        `  ${t('cli.readiness')}: ${t(verdictKey(state.ready, state.complete))}`,
        `  ${t('cli.findingsCount', { count: state.findings.length })}`,
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  },

  async check({ api, t, io, values }) {
    if (values.plan === undefined) throw new UsageError('cli.missingOption', { option: '--plan' });
    const { ready, complete, findings } = await api.run('findings.check', { planId: values.plan });
    if (values.json) {
      const withMessages = findings.map((f) => ({ ...f, message: t(f.messageKey, f.params ?? {}) }));
      io.stdout(`${JSON.stringify({ ready, complete, findings: withMessages }, null, 2)}\n`);
    } else {
      for (const f of findings) io.stdout(`${describeFinding(t, f)}\n`);
      io.stdout(`${t(verdictKey(ready, complete))}\n`);
    }
    return ready ? EXIT_OK : EXIT_FINDINGS;
  },

  async export({ api, t, io, values, language }) {
    if (values.plan === undefined) throw new UsageError('cli.missingOption', { option: '--plan' });
    if (values.out === undefined) throw new UsageError('cli.missingOption', { option: '--out' });
    const asked = parseFormats(values.format);
    const formats = asked.filter((format): format is ExportFormat => format !== 'bundle');
    const folder = values.out;
    const { plan } = await api.run('plans.get', { planId: values.plan });
    try {
      mkdirSync(folder, { recursive: true });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      io.stderr(`${t('cli.cannotWriteFolder', { folder, reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
      return EXIT_CANNOT_RUN;
    }
    const documents = documentsFor(formats, feesClosed(plan));
    const builds = [
      ...(asked.includes('bundle') ? [() => api.run('exports.bundle', { planId: plan.id, language })] : []),
      ...documents.map((document) => () => api.run('exports.document', { planId: plan.id, document, language })),
    ];
    for (const build of builds) {
      const built = await build();
      try {
        writeFileAtomically(folder, built.fileName, Buffer.from(built.contentBase64, 'base64'));
      } catch (error) {
        io.stderr(`${t('cli.cannotWriteFolder', { folder, reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
        return EXIT_CANNOT_RUN;
      }
      io.stdout(`${t('cli.exportWritten', { file: built.fileName, size: formatSize(built.bytes) })}\n`);
    }
    io.stderr(`${t('cli.exportDone', { count: builds.length, folder })}\n`);
    return EXIT_OK;
  },

  async 'import-bundle'({ api, t, io, values, files }) {
    const path = files[0];
    if (path === undefined) throw new UsageError('cli.missingFile');
    const file = readUpload(io, t, path);
    if (typeof file === 'number') return file;
    const summary = await api.run('plans.importBundle', { file });
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.id}\n`);
    if (!values.json) io.stderr(`${t('cli.bundleImported', { name: summary.name })}\n`);
    return EXIT_OK;
  },

  async 'import-funding'({ api, t, io, values, files }) {
    if (values.plan === undefined) throw new UsageError('cli.missingOption', { option: '--plan' });
    const path = files[0];
    if (path === undefined) throw new UsageError('cli.missingFile');
    const file = readUpload(io, t, path);
    if (typeof file === 'number') return file;
    const state = await api.run('funding.importParameters', { planId: values.plan, file });
    const lines = state.importedThemes.map((theme) => {
      const parameter = state.plan.funding.parameters[theme];
      return `  ${t(`funding.themes.${theme}.short`)}: ${formatMoney(parameter.centsPerUnit)} · ${parameter.source} (${formatDate(parameter.date)})`;
    });
    io.stdout(`${t('cli.fundingImported', { count: state.importedThemes.length })}\n${lines.join('\n')}\n`);
    return EXIT_OK;
  },

  async 'import-inventory'({ api, t, io, values, files }) {
    if (values.plan === undefined) throw new UsageError('cli.missingOption', { option: '--plan' });
    const path = files[0];
    if (path === undefined) throw new UsageError('cli.missingFile');
    const options: ImportOptions = { mode: values.replace ? 'replace' : 'append' };
    if (values.mapping !== undefined) {
      let text: string;
      try {
        text = readFileSync(values.mapping, 'utf8');
      } catch (error) {
        return cannotRead(io, t, values.mapping, error);
      }
      options.mapping = parseMapping(t, values.mapping, text);
    }
    const file = readUpload(io, t, path);
    if (typeof file === 'number') return file;
    const planId = values.plan;
    const preview = await api.run('inventory.importPreview', { planId, file, options });

    if (preview.fileIssue) {
      io.stderr(`${describeImportIssue(t, preview.fileIssue)}\n${t('cli.importRefused')}\n`);
      return EXIT_FINDINGS;
    }
    const lines = [
      preview.format === 'xlsx'
        ? t('cli.importFileXlsx')
        : t('cli.importFile', { encoding: preview.encoding, delimiter: delimiterName(t, preview.delimiter) }),
      t('cli.importCounts', {
        rows: preview.rows,
        valid: preview.valid,
        problems: preview.rows - preview.valid - preview.skipped,
        skipped: preview.skipped,
      }),
      t('cli.importMapping'),
      ...importTargets
        .filter((target) => preview.mapping[target] !== undefined)
        .map(
          (target) =>
            `  ${t(`inventoryImport.targets.${target}`)}: ${preview.mapping[target]}${preview.guessed.includes(target) ? ` ${t('cli.importGuessed')}` : ''}`,
        ),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    if (preview.warningCount > 0) {
      io.stdout(`${listIssues(t, 'cli.importWarnings', preview.warnings, preview.warningCount)}\n`);
    }
    if (preview.issueCount > 0) {
      io.stderr(`${listIssues(t, 'cli.importProblems', preview.issues, preview.issueCount)}\n${t('cli.importRefused')}\n`);
      return EXIT_FINDINGS;
    }
    if (values['dry-run']) {
      io.stdout(`${t('cli.importDryRun')}\n`);
      return EXIT_OK;
    }
    const { affected } = await api.run('inventory.importCommit', { planId, file, options });
    io.stdout(`${t('cli.imported', { count: affected })}\n`);
    if (values.replace) io.stdout(`${t('cli.importReplaced')}\n`);
    return EXIT_OK;
  },
};

/** Problems listed in the CLI before it says how many more there are. */
const LISTED_IMPORT_PROBLEMS = 20;

/** `pdf,xlsx` → the formats, each checked; no option means every format. */
/** What `--format` may name: the document formats, and the submission bundle. */
const cliFormats = [...exportFormats, 'bundle'] as const;
type CliFormat = (typeof cliFormats)[number];

function parseFormats(text: string | undefined): CliFormat[] {
  if (text === undefined) return [...exportFormats];
  const asked = text.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  const unknown = asked.find((format) => !cliFormats.some((known) => known === format));
  if (unknown !== undefined || asked.length === 0) throw new UsageError('cli.badFormat', { format: unknown ?? text, formats: cliFormats.join(',') });
  return asked as CliFormat[];
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatDecimalInput(Math.max(1, Math.round(bytes / 1024)))} kB` : `${formatDecimalInput(Math.round(bytes / 104_857.6) / 10)} MB`;
}

/** A file to hand to a handler as the app's file picker would, or the exit code when it cannot be read. */
function readUpload(io: CliIo, t: TFunction, path: string): { fileName: string; contentBase64: string } | number {
  try {
    return { fileName: basename(path), contentBase64: readFileSync(path).toString('base64') };
  } catch (error) {
    return cannotRead(io, t, path, error);
  }
}

function cannotRead(io: CliIo, t: TFunction, file: string, error: unknown): number {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  io.stderr(`${t('cli.cannotReadFile', { file, reason })}\n`);
  return EXIT_CANNOT_RUN;
}

/** A `--mapping` file: JSON `{ "field": "column header" }`, checked with the contract's schema. */
function parseMapping(t: TFunction, file: string, text: string): NonNullable<ImportOptions['mapping']> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError('cli.badMapping', { file, reason: (error as Error).message });
  }
  const parsed = ImportOptionsSchema.shape.mapping.safeParse(json);
  if (parsed.success && parsed.data !== undefined) return parsed.data;
  const reasons = parsed.success
    ? []
    : issuesFromZod(parsed.error).map((issue) => `${issue.path.join('.') || '—'}: ${t(issue.messageKey, issue.params ?? {})}`);
  throw new UsageError('cli.badMapping', { file, reason: `${reasons.join('; ')} (${importTargets.join(', ')})` });
}

function delimiterName(t: TFunction, delimiter: string | null): string {
  if (delimiter === ';') return t('inventoryImport.read.delimiters.semicolon');
  if (delimiter === ',') return t('inventoryImport.read.delimiters.comma');
  if (delimiter === '\t') return t('inventoryImport.read.delimiters.tab');
  return delimiter ?? '—';
}

/** `Rij 3, kolom Prijs: „abc” is geen bedrag.`: where, then what. */
function describeImportIssue(t: TFunction, issue: ImportIssue): string {
  const message = t(issue.messageKey, issue.params ?? {});
  const { row, column } = issue;
  let where: string | null;
  if (row > 0) where = column === null ? t('cli.importAtRow', { row }) : t('cli.importAtCell', { row, column });
  else if (issue.target !== null || column !== null) where = column === null ? t('cli.importAtHeader') : t('cli.importAtHeaderColumn', { column });
  else where = null;
  return where === null ? message : `${where}: ${message}`;
}

function listIssues(t: TFunction, headingKey: string, issues: ImportIssue[], total: number): string {
  const shown = issues.slice(0, LISTED_IMPORT_PROBLEMS);
  const lines = [t(headingKey, { count: total }), ...shown.map((issue) => `  - ${describeImportIssue(t, issue)}`)];
  if (total > shown.length) lines.push(`  ${t('cli.importMore', { count: total - shown.length })}`);
  return lines.join('\n');
}


function verdictKey(ready: boolean, complete: boolean): string {
  if (!ready) return 'check.notReady';
  return complete ? 'check.ready' : 'check.readySoFar';
}

function describeFinding(t: TFunction, f: Finding): string {
  const severity = t(`severity.${f.severity}`).toUpperCase();
  return `${severity.padEnd(12)} ${f.ruleId}\n             ${t(f.messageKey, f.params ?? {})}\n             ${t('findings.sourceLabel')}: ${f.source.ref}`;
}

function toShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  return { code: 'INTERNAL', messageKey: 'errors.internal', details: { params: { reason: String(error) } } };
}

function describeError(t: TFunction, error: AppErrorShape): string {
  const lines = [`digiplan: ${t(error.messageKey, error.details?.params ?? {})}`];
  for (const issue of error.details?.issues ?? []) {
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    lines.push(`  - ${field}${t(issue.messageKey, issue.params ?? {})}`);
  }
  return lines.join('\n');
}

function exitCodeFor(error: AppErrorShape): number {
  return ['INVALID_INPUT', 'NOT_FOUND', 'UNKNOWN_CHANNEL', 'CONFLICT', 'NOTHING_TO_UNDO', 'NOTHING_TO_REDO'].includes(
    error.code,
  )
    ? EXIT_FINDINGS
    : EXIT_CANNOT_RUN;
}
