// The store and the handler table in-process: opening a data folder (fresh, then
// existing) and one profile edit through the same dispatch the desktop app uses.
import { openBackend, type Backend } from '../../../electron/backend.ts';
import type { Result } from '../../../shared/result.ts';
import { median } from '../stats.ts';
import { benchDir, type Measurement, type Scenario } from '../scenario.ts';

const APP_VERSION = '0.0.0-bench';

/** Production options: outputs are not re-parsed (that is a test-only check). */
export function openBench(dataDir: string): Backend {
  return openBackend({ dataDir, appVersion: APP_VERSION });
}

export function unwrap<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** The example plan's id: a fresh data folder holds exactly that one plan. */
export async function examplePlanId(backend: Backend): Promise<string> {
  const plans = unwrap<{ id: string; isExample: boolean }[]>(await backend.dispatch('plans.list', {}), 'plans.list');
  const example = plans.find((plan) => plan.isExample);
  if (!example) throw new Error('no example plan in the data folder');
  return example.id;
}

/** What the app does at start: open (create, migrate, seed), list the plans, load one. */
async function openAndLoad(dataDir: string): Promise<{ backend: Backend; openMs: number; totalMs: number }> {
  const start = performance.now();
  const backend = openBench(dataDir);
  const opened = performance.now();
  const planId = await examplePlanId(backend);
  unwrap(await backend.dispatch('plans.get', { planId }), 'plans.get');
  const end = performance.now();
  return { backend, openMs: opened - start, totalMs: end - start };
}

async function openSamples(count: number, warmup: number, dirFor: () => { path: string; done(): void }): Promise<Measurement> {
  const samples: number[] = [];
  const openOnly: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const dir = dirFor();
    try {
      const { backend, openMs, totalMs } = await openAndLoad(dir.path);
      backend.close();
      if (i >= warmup) {
        samples.push(totalMs);
        openOnly.push(openMs);
      }
    } finally {
      dir.done();
    }
  }
  const openMedian = median(openOnly);
  return {
    samples,
    notes: [
      `timed: openBackend + plans.list + plans.get (close and folder handling not timed); ${warmup} warm-up runs left out`,
      `openBackend alone: median ${openMedian.toFixed(2)} ms; plans.list + plans.get: ${(median(samples) - openMedian).toFixed(2)} ms`,
    ],
    details: { openBackendMedianMs: round(openMedian), listAndGetMedianMs: round(median(samples) - openMedian), warmup },
  };
}

export const openFresh: Scenario = {
  name: 'open + migrate + seed + load (fresh data dir)',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 50 },
  p99: false,
  run: () =>
    openSamples(20, 2, () => {
      const dir = benchDir();
      return { path: dir.path, done: dir.remove };
    }),
};

export const openExisting: Scenario = {
  name: 'open + load (existing db)',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 50 },
  p99: false,
  async run() {
    const dir = benchDir();
    try {
      openBench(dir.path).close(); // creates, migrates and seeds once
      return await openSamples(20, 2, () => ({ path: dir.path, done: () => undefined }));
    } finally {
      dir.remove();
    }
  },
};

/** `profile.update` with a value that changes every call, so every call really writes. */
export async function profileEdits(
  count: number,
  warmup: number,
  call: (planId: string, other: number) => Promise<Result<unknown>>,
  planId: string,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const start = performance.now();
    const result = await call(planId, i + 1);
    const elapsed = performance.now() - start;
    unwrap(result, 'profile.update');
    if (i >= warmup) samples.push(elapsed);
  }
  return samples;
}

export function editPatch(planId: string, other: number): unknown {
  return { planId, patch: { staff: { teaching: 86, other } } };
}

export const editDispatch: Scenario = {
  name: 'one edit via dispatch (profile.update)',
  unit: 'ms',
  target: { statistic: 'p99', lessThan: 10 },
  p99: true,
  async run() {
    const dir = benchDir();
    const backend = openBench(dir.path);
    try {
      const planId = await examplePlanId(backend);
      const samples = await profileEdits(1000, 100, (id, other) => backend.dispatch('profile.update', editPatch(id, other)), planId);
      return {
        samples,
        notes: [
          'timed: dispatch(profile.update) → parse, transaction + undo journal, touch, plan state with findings; 100 warm-up calls left out',
        ],
        details: { warmup: 100 },
      };
    } finally {
      backend.close();
      dir.remove();
    }
  },
};

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
