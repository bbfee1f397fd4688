// What a benchmark scenario is: one metric with a unit and a target, and a run() that
// returns the raw samples. run.ts does the statistics, the table and results.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Unit = 'ms' | 'kB';

/** The statistic a target is judged on, and the bound it must stay under. */
export interface Target {
  statistic: 'median' | 'p99';
  lessThan: number;
}

export interface Measurement {
  /** Raw samples in the scenario's unit, warm-up runs already left out. */
  samples: number[];
  /** Lines for the reader: what exactly was timed, what dominates, side numbers. */
  notes?: string[];
  /** Extra numbers or facts that belong in results.json next to the metric. */
  details?: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  unit: Unit;
  target: Target;
  /** Report a p99: only where the sample count makes one meaningful. */
  p99: boolean;
  run(): Promise<Measurement>;
}

/** Times one synchronous or asynchronous action in milliseconds. */
export async function timeMs(action: () => unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

export interface BenchDir {
  path: string;
  remove(): void;
}

/** A fresh data folder, removed by remove() or, if the run is cut short, at exit. */
export function benchDir(): BenchDir {
  const path = mkdtempSync(join(tmpdir(), 'digiplan-bench-'));
  const removeNow = () => rmSync(path, { recursive: true, force: true });
  process.on('exit', removeNow);
  return {
    path,
    remove: () => {
      process.off('exit', removeNow);
      removeNow();
    },
  };
}
