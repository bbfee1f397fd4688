// Issue 8's two bulk costs, on a corpus of 3,000 distinct valid bundles (submissions-corpus.ts):
// validating every file through validateFiles (the worker pool `digiplan validate` uses), with
// `unzip -t` over the same files in the same run as a yardstick, and the XLSX roll-up of all of
// them (what `digiplan summary` does). The corpus is built once per run, outside the timing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { validateFiles, type FileReport } from '../../../electron/bundle/pool.ts';
import { rollupFile, rollupRow, rollupSheet } from '../../../electron/bundle/summary.ts';
import { readZip } from '../../../electron/bundle/zip.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { timeMs, type Scenario } from '../scenario.ts';
import { median } from '../stats.ts';
import { CORPUS_SIZE, corpus, removeCorpus, type Corpus } from './submissions-corpus.ts';

const RUNS = 3;
const UNZIP = '/usr/bin/unzip';
const count = CORPUS_SIZE.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const round2 = (value: number) => Math.round(value * 100) / 100;

function corpusNotes(c: Corpus): string[] {
  return [
    `corpus: ${c.paths.length} bundles, ${Math.round(c.bytes / 1024 / 1024)} MB, built in ${seconds(c.buildMs)} (outside the timing; ${c.checked} read back valid before timing); files are in the page cache`,
  ];
}

/** Every file came back, in order, and valid: anything else means the timing measured the wrong work. */
function checkReports(c: Corpus, reports: readonly FileReport[]): void {
  if (reports.length !== c.paths.length) throw new Error(`validateFiles returned ${reports.length} reports for ${c.paths.length} files`);
  reports.forEach((report, index) => {
    if (report.path !== c.paths[index]) throw new Error(`report ${index} is for ${report.path}, not ${c.paths[index]}`);
    if (report.status !== 'valid') throw new Error(`${report.fileName} validated ${report.status}: ${JSON.stringify(report.problems.slice(0, 3))}`);
  });
}

interface Yardstick {
  label: string;
  command: string;
  script: string;
}

const cores = availableParallelism();

/** `unzip -t -qq` over the corpus folder, as a user would type it; each exits non-zero on a bad file. */
const yardsticks: Yardstick[] = [
  {
    label: 'unzip loop',
    command: `sh -c 'cd DIR && for f in *.zip; do ${UNZIP} -t -qq "$f" || exit 1; done' (one unzip process per file, one after another)`,
    script: `for f in *.zip; do ${UNZIP} -t -qq "$f" || exit 1; done`,
  },
  {
    label: `unzip xargs -P ${cores}`,
    command: `sh -c 'cd DIR && printf "%s\\0" *.zip | xargs -0 -n 1 -P ${cores} ${UNZIP} -t -qq' (one process per file, as many at once as cores)`,
    script: `printf '%s\\0' *.zip | xargs -0 -n 1 -P ${cores} ${UNZIP} -t -qq`,
  },
];

/** Runs a yardstick; the shell's `times` gives the CPU its children used (user + system, ms). */
function runYardstick(yardstick: Yardstick, dir: string): number {
  const output = execFileSync('sh', ['-c', `cd "$1" && { ${yardstick.script}; } && times`, 'sh', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const children = output.trim().split('\n').at(-1) ?? '';
  const parts = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  if (parts.length !== 2) throw new Error(`cannot read the CPU time from \`times\`: ${output}`);
  return parts[0]! + parts[1]!;
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export const validateBundles: Scenario = {
  name: `submissions: validate ${count} bundles (validateFiles, all cores)`,
  unit: 'ms',
  target: { statistic: 'median', lessThan: 30_000 },
  p99: false,
  async run() {
    const c = corpus();
    const haveUnzip = existsSync(UNZIP);
    const samples: number[] = [];
    const cpu: number[] = [];
    const unzipWall = new Map<string, number[]>(yardsticks.map((y) => [y.label, []]));
    const unzipCpu = new Map<string, number[]>(yardsticks.map((y) => [y.label, []]));
    for (let i = 0; i < RUNS; i++) {
      let reports: FileReport[] = [];
      // process.cpuUsage counts every thread of the process, the pool's workers too.
      const cpuBefore = process.cpuUsage();
      samples.push(
        await timeMs(async () => {
          reports = await validateFiles(c.paths);
        }),
      );
      cpu.push(cpuMs(process.cpuUsage(cpuBefore)));
      checkReports(c, reports);
      process.stderr.write(`  validate run ${i + 1}/${RUNS}: ${seconds(samples[i]!)} (CPU ${seconds(cpu[i]!)})`);
      // The yardsticks in the same round, so they see the same load on the shared cores.
      if (haveUnzip) {
        for (const yardstick of yardsticks) {
          let used = 0;
          const elapsed = await timeMs(() => {
            used = runYardstick(yardstick, c.dir.path);
          });
          unzipWall.get(yardstick.label)!.push(elapsed);
          unzipCpu.get(yardstick.label)!.push(used);
          process.stderr.write(`; ${yardstick.label} ${seconds(elapsed)} (CPU ${seconds(used)})`);
        }
      }
      process.stderr.write('\n');
    }

    const ours = median(samples);
    const oursCpu = median(cpu);
    const notes = [
      `timed: validateFiles(paths) from electron/bundle/pool.ts (worker pool over ${cores} cores: read file, readZip, SHA-256 of every file, zod schema, bundleFacts again, preconditions); every report checked valid and in order after each run; median of ${RUNS} runs, no warm-up left out (each run starts its own workers, as the CLI does)`,
      `CPU (all threads): median ${seconds(oursCpu)}, ${(oursCpu / c.paths.length).toFixed(1)} ms per bundle; on ${cores} idle cores that is ${seconds(oursCpu / cores)} of wall time — the wall time above is longer when other work shares the cores`,
      ...corpusNotes(c),
    ];
    const details: Record<string, unknown> = {
      bundles: c.paths.length,
      corpusMegabytes: Math.round(c.bytes / 1024 / 1024),
      corpusBuildMs: Math.round(c.buildMs),
      cpuMedianMs: Math.round(oursCpu),
    };
    if (haveUnzip) {
      const yardstickDetails: Record<string, unknown> = {};
      for (const yardstick of yardsticks) {
        const wall = median(unzipWall.get(yardstick.label)!);
        const used = median(unzipCpu.get(yardstick.label)!);
        yardstickDetails[yardstick.label] = { wallMedianMs: Math.round(wall), cpuMedianMs: Math.round(used), ratioWall: round2(ours / wall), ratioCpu: round2(oursCpu / used) };
        notes.push(`yardstick ${yardstick.label}: median ${seconds(wall)} wall, ${seconds(used)} CPU; ours/unzip = ${(ours / wall).toFixed(2)} wall, ${(oursCpu / used).toFixed(2)} CPU; ran ${yardstick.command}`);
      }
      notes.push('unzip -t only inflates each entry and checks its CRC-32; ours also hashes every file, parses and checks plan.json and works the facts out again');
      details.unzip = yardstickDetails;
    } else {
      notes.push(`no ratio: ${UNZIP} is not installed on this machine`);
      details.unzip = null;
    }
    return { samples, notes, details };
  },
};

export const rollupBundles: Scenario = {
  name: `submissions: roll-up of ${count} bundles to XLSX (validateFiles + rollupFile)`,
  unit: 'ms',
  target: { statistic: 'median', lessThan: 30_000 },
  p99: false,
  async run() {
    try {
      const c = corpus();
      const t = createI18n('nl').t;
      const samples: number[] = [];
      const sheetMs: number[] = [];
      const cpu: number[] = [];
      let xlsx: Buffer = Buffer.alloc(0);
      let rows: ReturnType<typeof rollupRow>[] = [];
      for (let i = 0; i < RUNS; i++) {
        let sheetStarted = 0;
        const cpuBefore = process.cpuUsage();
        samples.push(
          await timeMs(async () => {
            const reports = await validateFiles(c.paths);
            sheetStarted = performance.now();
            rows = reports.map((report) => rollupRow(report));
            xlsx = await rollupFile(rows, 'xlsx', t);
          }),
        );
        sheetMs.push(performance.now() - sheetStarted);
        cpu.push(cpuMs(process.cpuUsage(cpuBefore)));
        process.stderr.write(`  roll-up run ${i + 1}/${RUNS}: ${seconds(samples[i]!)} (sheet ${seconds(sheetMs[i]!)}, CPU ${seconds(cpu[i]!)})\n`);
      }

      // The sheet: one row per school and the totals; the XLSX holds those and the header row.
      const sheet = rollupSheet(rows, t);
      if (sheet.rows.length !== c.paths.length + 1) throw new Error(`roll-up sheet has ${sheet.rows.length} rows, expected ${c.paths.length + 1}`);
      const worksheet = [...readZip(xlsx).entries()].find(([name]) => /^xl\/worksheets\/sheet\d*\.xml$/.test(name));
      if (!worksheet) throw new Error('roll-up XLSX has no worksheet');
      const xmlRows = worksheet[1].toString('utf8').match(/<row[\s>]/g)?.length ?? 0;
      if (xmlRows !== c.paths.length + 2) throw new Error(`roll-up XLSX has ${xmlRows} rows, expected ${c.paths.length + 2} (header, schools, totals)`);
      const valid = rows.filter((row) => row.status === 'valid').length;
      if (valid !== c.paths.length) throw new Error(`roll-up counted ${valid} valid schools of ${c.paths.length}`);

      return {
        samples,
        notes: [
          `timed: validateFiles(paths) (worker pool, ${cores} cores), rollupRow per report, rollupFile(rows, 'xlsx', t) with createI18n('nl').t; median of ${RUNS} runs`,
          `CPU (all threads): median ${seconds(median(cpu))}; on ${cores} idle cores about ${seconds((median(cpu) - median(sheetMs)) / cores + median(sheetMs))} of wall time (the sheet runs on one core)`,
          `of which the sheet (rollupRow + rollupFile): median ${seconds(median(sheetMs))}; XLSX ${Math.round(xlsx.length / 1024)} kB, ${sheet.rows.length} rows (${c.paths.length} schools + totals) plus the header, all schools valid`,
          ...corpusNotes(c),
        ],
        details: { bundles: c.paths.length, sheetRows: sheet.rows.length, xlsxKilobytes: Math.round(xlsx.length / 1024), sheetMedianMs: Math.round(median(sheetMs)), cpuMedianMs: Math.round(median(cpu)) },
      };
    } finally {
      // The last scenario that needs the corpus: ~700 MB of temp files go now, not at exit.
      removeCorpus();
    }
  },
};
