// Fuzzes every channel of the contract through the handler table and over the HTTP bridge:
// every reply is a well-formed envelope, the server stays up, and a refused call changes nothing.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/backend.ts';
import { DATABASE_FILE } from '../../../electron/paths.ts';
import type { Db } from '../../../electron/store/database.ts';
import { channels, type Channel } from '../../../shared/contract.ts';
import { spawnBridge, type BridgeChild } from '../../fixtures/bridge-child.ts';
import { integrityCheck, snapshot } from '../../fixtures/database.ts';
import { expectEnvelope } from '../../fixtures/envelope.ts';
import { apiCall, rawRequest } from '../../fixtures/http.ts';
import { inputsFor, rawBodiesFor, validInputs } from '../../fixtures/near-miss.ts';

/** 16 channels × 25 cases: about 400 calls per door, a few seconds each. */
const RUNS_PER_CHANNEL = 25;

interface Tally {
  accepted: number;
  refused: number;
}

/**
 * Edits in both undo scopes and one undone step, so undo and redo have something to do and a
 * refused undo or redo would have something to damage.
 */
async function giveUndoHistory(
  call: (channel: Channel, input: unknown) => Promise<{ ok: boolean }>,
  planId: string,
): Promise<void> {
  const steps: [Channel, unknown][] = [
    ['plans.rename', { planId, name: 'Voorbeeld, hernoemd' }],
    ['profile.update', { planId, patch: { staff: { teaching: 40, other: 5 } } }],
    ['profile.update', { planId, patch: { schoolName: 'Andere naam' } }],
    ['undo.undo', { scope: planId }],
  ];
  for (const [channel, input] of steps) expect((await call(channel, input)).ok, channel).toBe(true);
}

it('has a valid input for every channel of the contract, and nothing else', () => {
  expect(Object.keys(validInputs).sort()).toEqual([...channels].sort());
});

describe('through the handler table', () => {
  let dataDir: string;
  let backend: Backend;
  let logged: unknown[];
  let exampleId: string;
  const tally: Record<string, Tally> = {};

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'digiplan-fuzz-'));
    logged = [];
    backend = openBackend({
      dataDir,
      appVersion: '0.0.0-test',
      dispatch: { logError: (error) => logged.push(error) },
    });
    exampleId = backend.store.listPlans()[0]!.id;
    await giveUndoHistory((channel, input) => backend.dispatch(channel, input), exampleId);
  });

  afterEach(() => {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterAll(() => {
    // Both outcomes must have happened, or one half of the property was never tested.
    const total = Object.values(tally).reduce((sum, t) => ({ accepted: sum.accepted + t.accepted, refused: sum.refused + t.refused }), {
      accepted: 0,
      refused: 0,
    });
    expect(total.accepted).toBeGreaterThan(0);
    expect(total.refused).toBeGreaterThan(0);
  });

  it.each(channels)('%s answers fuzzed input with an envelope and refuses without writing', async (channel) => {
    const counts: Tally = (tally[channel] = { accepted: 0, refused: 0 });
    await fc.assert(
      fc.asyncProperty(inputsFor(channel, exampleId, true), async (input) => {
        const before = snapshot(backend.store.db);
        const reply = expectEnvelope(await backend.dispatch(channel, input), channel);
        if (reply.ok) {
          counts.accepted++;
          return;
        }
        counts.refused++;
        expect(reply.error.code, JSON.stringify(reply.error)).not.toBe('INTERNAL');
        expect(snapshot(backend.store.db)).toEqual(before);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(counts.refused).toBeGreaterThan(0);
    expect(logged).toEqual([]);
    expect(integrityCheck(backend.store.db)).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers any channel name outside the contract with UNKNOWN_CHANNEL and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.constantFrom('__proto__', 'constructor', 'toString', 'plans.list ', 'PLANS.LIST')),
        fc.jsonValue(),
        async (name, input) => {
          fc.pre(!channels.includes(name as Channel));
          const before = snapshot(backend.store.db);
          const reply = await backend.dispatch(name, input);
          expect(reply).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', messageKey: 'errors.unknownChannel' } });
          expect(snapshot(backend.store.db)).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('over the HTTP bridge (npm run web as a child process)', () => {
  let dataDir: string;
  let bridge: BridgeChild;
  let reader: Db;
  let exampleId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'digiplan-fuzz-http-'));
    bridge = await spawnBridge(dataDir, ['--port', '0']);
    const list = JSON.parse((await apiCall(bridge.port, bridge.token, 'plans.list', {})).text) as {
      value: { id: string }[];
    };
    exampleId = list.value[0]!.id;
    await giveUndoHistory(async (channel, input) => {
      const response = await apiCall(bridge.port, bridge.token, channel, input);
      return JSON.parse(response.text) as { ok: boolean };
    }, exampleId);
    // A second connection of our own: WAL lets it read what the child committed.
    reader = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  });

  afterAll(async () => {
    reader.close();
    await bridge.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(channels)('%s answers fuzzed bodies with an envelope and refuses without writing', async (channel) => {
    const counts: Tally = { accepted: 0, refused: 0 };
    const bodies = fc.oneof(
      { arbitrary: inputsFor(channel, exampleId, false).map((input) => JSON.stringify(input) ?? ''), weight: 4 },
      { arbitrary: rawBodiesFor(channel, exampleId), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const before = snapshot(reader);
        const response = await rawRequest(bridge.port, {
          path: `/api/${channel}`,
          headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
          body,
        });
        expect([200, 400]).toContain(response.status);
        const reply = expectEnvelope(JSON.parse(response.text), channel);
        if (response.status === 400) expect(reply.ok ? null : reply.error.code).toBe('INVALID_INPUT');
        if (reply.ok) {
          counts.accepted++;
          return;
        }
        counts.refused++;
        expect(reply.error.code, JSON.stringify(reply.error)).not.toBe('INTERNAL');
        expect(snapshot(reader)).toEqual(before);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(counts.refused).toBeGreaterThan(0);
    // Still up, still answering, and nothing unexpected in its log.
    expect(bridge.child.exitCode).toBeNull();
    expect(bridge.child.signalCode).toBeNull();
    expect((await apiCall(bridge.port, bridge.token, 'app.info', {})).status).toBe(200);
    expect(bridge.output()).not.toMatch(/^\[[\w.]+\] /m);
    expect(integrityCheck(reader)).toBe('ok');
  });
});
