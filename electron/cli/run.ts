// The `digiplan` command line: the same handler table as the app, called in-process, for
// school groups and the knowledge centre to script. Exit codes: 0 ok, 1 findings or
// invalid input, 2 cannot run. Messages in Dutch, or English with --lang en.
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { createApi, type Api } from '../../shared/client.ts';
import { languages, type Language } from '../../shared/contract.ts';
import type { Finding } from '../../shared/findings/finding.ts';
import { formatDecimalInput, formatTimestamp } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import { isMeasurable } from '../../shared/policy/goals.ts';
import { sectionIds } from '../../shared/policy/sections.ts';
import { isEmptyRichText } from '../../shared/richtext/schema.ts';
import { trainingTotals } from '../../shared/training/schema.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { educationLevels } from '../../shared/profile/schema.ts';
import { AppError, type AppErrorShape } from '../../shared/result.ts';
import { openBackend, type Backend } from '../backend.ts';
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

const commands = ['plans', 'new', 'show', 'check'] as const;
type Command = (typeof commands)[number];

const allowedOptions: Record<Command, readonly string[]> = {
  plans: ['json'],
  new: ['school', 'level', 'json'],
  show: ['plan', 'json'],
  check: ['plan', 'json'],
};

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
  if (!commands.includes(command) || positionals.length > 1) {
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

  let backend: Backend;
  try {
    backend = openBackend({ dataDir: resolveDataDir(values['data-dir'], io.env), appVersion: packageVersion() });
  } catch (error) {
    io.stderr(`${describeError(t, toShape(error))}\n`);
    return EXIT_CANNOT_RUN;
  }
  const api = createApi(backend.dispatch);
  try {
    return await commandHandlers[command]({ api, t, io, values: values });
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
}

interface CommandContext {
  api: Api;
  t: TFunction;
  io: CliIo;
  values: CommandValues;
}

const commandHandlers: Record<Command, (context: CommandContext) => Promise<number>> = {
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
    if (values.json) {
      io.stdout(`${JSON.stringify(state.plan, null, 2)}\n`);
      return EXIT_OK;
    }
    const { plan } = state;
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
};

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
