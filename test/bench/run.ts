// `npm run bench`: runs every scenario, prints a table and writes bench/results.json.
// Add a scenario by writing a module under scenarios/ and listing it below.
// `node test/bench/run.ts edit` runs only the scenarios whose name contains "edit"
// (and then leaves results.json alone); `--strict` exits 1 when a target is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { describeMachine, machineLine } from './machine.ts';
import type { Measurement, Scenario } from './scenario.ts';
import { editDispatch, openExisting, openFresh, round } from './scenarios/backend.ts';
import { initialJs } from './scenarios/bundle.ts';
import { editFromPage, editHttp } from './scenarios/http.ts';
import { importBareInsert, importCommit } from './scenarios/import.ts';
import { inventoryScreen, inventoryScroll } from './scenarios/inventory-screen.ts';
import { overviewInteractive } from './scenarios/overview.ts';
import { policyChecks, policyDiff, policyGoalEdit, policyScreen } from './scenarios/policy.ts';
import { controleRecompute, exportAll } from './scenarios/export.ts';
import { fundingRecompute } from './scenarios/funding.ts';
import { settlementGroup } from './scenarios/settlement.ts';
import { rollupBundles, validateBundles } from './scenarios/submissions.ts';
import { tcoCompare } from './scenarios/tco.ts';
import { median, percentile } from './stats.ts';

export const scenarios: Scenario[] = [
  openFresh,
  openExisting,
  editDispatch,
  editHttp,
  editFromPage,
  initialJs,
  overviewInteractive,
  policyChecks,
  policyDiff,
  policyGoalEdit,
  policyScreen,
  tcoCompare,
  importCommit,
  importBareInsert,
  inventoryScreen,
  inventoryScroll,
  settlementGroup,
  fundingRecompute,
  controleRecompute,
  exportAll,
  // Slow (minutes, ~700 MB of temp files): kept last.
  validateBundles,
  rollupBundles,
];

const resultsFile = new URL('../../bench/results.json', import.meta.url);

interface MetricResult {
  name: string;
  unit: string;
  median: number | null;
  p99: number | null;
  min: number | null;
  max: number | null;
  samples: number;
  target: string;
  targetStatistic: string;
  /** null: no target, the metric is reported only. */
  targetLessThan: number | null;
  met: boolean;
  notes: string[];
  details?: Record<string, unknown>;
  error?: string;
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function summarise(scenario: Scenario, measurement: Measurement): MetricResult {
  const { samples } = measurement;
  const med = median(samples);
  const p99 = scenario.p99 ? percentile(samples, 99) : null;
  const judged = scenario.target.statistic === 'p99' ? percentile(samples, 99) : med;
  return {
    name: scenario.name,
    unit: scenario.unit,
    median: round(med),
    p99: p99 === null ? null : round(p99),
    min: samples.length === 0 ? null : round(Math.min(...samples)),
    max: samples.length === 0 ? null : round(Math.max(...samples)),
    samples: samples.length,
    target: targetText(scenario),
    targetStatistic: scenario.target.statistic,
    targetLessThan: Number.isFinite(scenario.target.lessThan) ? scenario.target.lessThan : null,
    // A metric without a target (an infinite bound) is reported, never failed.
    met: samples.length > 0 && judged < scenario.target.lessThan,
    notes: measurement.notes ?? [],
    ...(measurement.details ? { details: measurement.details } : {}),
  };
}

function targetText(scenario: Scenario): string {
  if (!Number.isFinite(scenario.target.lessThan)) return 'none (reported)';
  return `${scenario.target.statistic} < ${scenario.target.lessThan} ${scenario.unit}`;
}

function failed(scenario: Scenario, error: unknown): MetricResult {
  return {
    name: scenario.name,
    unit: scenario.unit,
    median: null,
    p99: null,
    min: null,
    max: null,
    samples: 0,
    target: targetText(scenario),
    targetStatistic: scenario.target.statistic,
    targetLessThan: Number.isFinite(scenario.target.lessThan) ? scenario.target.lessThan : null,
    met: false,
    notes: [],
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

function table(results: MetricResult[]): string[] {
  const fmt = (value: number | null) => (value === null ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));
  const rows = [
    ['metric', 'unit', 'median', 'p99', 'n', 'target', 'met'],
    ...results.map((r) => [r.name, r.unit, fmt(r.median), fmt(r.p99), String(r.samples), r.target, r.error ? 'ERROR' : r.met ? 'yes' : 'NO']),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const numeric = new Set([2, 3, 4]);
  const line = (row: string[]) =>
    row.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { strict: { type: 'boolean', default: false } }, allowPositionals: true });
  const chosen = positionals.length === 0 ? scenarios : scenarios.filter((s) => positionals.some((p) => s.name.includes(p)));
  if (chosen.length === 0) {
    process.stderr.write(`no scenario matches ${positionals.join(', ')}; names: ${scenarios.map((s) => s.name).join('; ')}\n`);
    return 2;
  }

  const machine = describeMachine();
  out(`machine: ${machineLine(machine)}`);
  const results: MetricResult[] = [];
  for (const scenario of chosen) {
    process.stdout.write(`running: ${scenario.name} … `);
    const started = performance.now();
    try {
      results.push(summarise(scenario, await scenario.run()));
      out(`${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      results.push(failed(scenario, error));
      out('failed');
    }
  }

  const loadAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
  out();
  for (const row of table(results)) out(row);
  out();
  for (const result of results) {
    if (result.notes.length === 0 && !result.error) continue;
    out(`${result.name}:`);
    for (const note of result.notes) out(`  - ${note}`);
    if (result.error) out(`  ! ${result.error}`);
  }
  out(`load average (1/5/15 min) at start ${machine.loadAverage.join(' ')}, at end ${loadAtEnd.join(' ')} on ${machine.cores} cores`);

  if (chosen.length === scenarios.length) {
    mkdirSync(new URL('.', resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), machine, loadAverageAtEnd: loadAtEnd, metrics: results }, null, 2)}\n`);
    out(`\nwrote bench/results.json`);
  } else {
    out('\nonly some scenarios ran: bench/results.json left as it was');
  }

  if (results.some((r) => r.error)) return 1;
  if (values.strict && results.some((r) => !r.met)) return 1;
  return 0;
}

// Ctrl+C or a kill still runs the exit hooks that stop the serve.ts child.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

process.exitCode = await main();
