// Builds what a backend test needs to be repeatable: a fresh data folder, a clock that
// only moves when the test says so, ids that count up, and a backend that checks every
// output against the contract.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend.ts';
import type { Clock } from '../../electron/store/store.ts';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/contract.ts';
import type { AppErrorShape } from '../../shared/result.ts';

export interface FakeClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export const DAY_MS = 86_400_000;

export function fakeClock(startIso = '2026-03-02T09:00:00.000Z'): FakeClock {
  let current = Date.parse(startIso);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = Date.parse(iso);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** `00000000-0000-4000-8000-000000000001`, `…002`, …: valid v4-shaped UUIDs in order. */
export function sequentialIds(start = 1): () => string {
  let next = start;
  return () => `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
}

export interface TempDir {
  path: string;
  remove(): void;
}

export function tempDataDir(prefix = 'digiplan-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestBackend extends Backend {
  clock: FakeClock;
  dataDir: string;
  /** Calls a channel, expects success and parses the value against the contract. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Calls a channel and expects an error value. */
  fail(channel: string, input: unknown): Promise<AppErrorShape>;
  /** Closes and opens the same data folder again, as a restart of the app would. */
  reopen(): TestBackend;
  /** Closes the store and removes the data folder if this builder made it. */
  dispose(): void;
  /** Unexpected errors the dispatch logged (they reach callers only as INTERNAL). */
  logged: unknown[];
}

export interface TestBackendOptions extends Partial<Omit<BackendOptions, 'clock'>> {
  clock?: FakeClock;
}

export function openTestBackend(options: TestBackendOptions = {}): TestBackend {
  const ownDir = options.dataDir === undefined ? tempDataDir() : null;
  return openIn({ ...options, dataDir: options.dataDir ?? ownDir!.path }, ownDir);
}

function openIn(options: TestBackendOptions & { dataDir: string }, ownDir: TempDir | null): TestBackend {
  const clock = options.clock ?? fakeClock();
  const newId = options.newId ?? sequentialIds();
  const logged: unknown[] = [];
  const backend = openBackend({
    appVersion: '0.0.0-test',
    ...options,
    clock,
    newId,
    dispatch: { checkOutput: true, logError: (error) => logged.push(error), ...options.dispatch },
  });
  return {
    ...backend,
    clock,
    dataDir: options.dataDir,
    logged,
    async call(channel, input) {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) {
        throw new Error(`${channel} failed: ${JSON.stringify(result.error)} ${logged.map(String).join('; ')}`);
      }
      return contract[channel].output.parse(result.value) as never;
    },
    async fail(channel, input) {
      const result = await backend.dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} succeeded but a failure was expected`);
      return result.error;
    },
    reopen() {
      backend.close();
      return openIn({ ...options, clock, newId }, ownDir);
    },
    dispose() {
      backend.close();
      ownDir?.remove();
    },
  };
}
