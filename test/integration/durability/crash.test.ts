// Crash durability: the bridge is SIGKILLed in the middle of a burst of profile edits; after a
// restart every acknowledged edit is there, SQLite is intact and the undo journal still adds up.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/paths.ts';
import type { PlanState } from '../../../shared/contract.ts';
import type { Profile } from '../../../shared/profile/schema.ts';
import { spawnBridge, type BridgeChild } from '../../fixtures/bridge-child.ts';
import { integrityCheck } from '../../fixtures/database.ts';
import { apiCall } from '../../fixtures/http.ts';

const EDITS = 500;
const KILL_AFTER_ACKS = 250;

/**
 * Four lanes edit four different profile fields, one call in flight per lane. Within a lane
 * edit N writes the number N and N only grows, so "edit N is present" means the stored
 * number is at least the highest N the server acknowledged.
 */
const lanes = {
  staff: {
    patch: (n: number) => ({ staff: { teaching: 86, other: n } }),
    read: (profile: Profile) => profile.staff.other,
  },
  schoolName: {
    patch: (n: number) => ({ schoolName: `Voorbeeldschool ${n}` }),
    read: (profile: Profile) => Number(/\d+$/.exec(profile.schoolName)?.[0]),
  },
  address: {
    patch: (n: number) => ({ address: { street: `Schoolstraat ${n}`, postalCode: '9000', municipality: 'Gent' } }),
    read: (profile: Profile) => Number(/\d+$/.exec(profile.address.street)?.[0]),
  },
  contact: {
    patch: (n: number) => ({ contact: { name: `Contact ${n}`, role: 'ICT', email: '', phone: '' } }),
    read: (profile: Profile) => Number(/\d+$/.exec(profile.contact.name)?.[0]),
  },
} as const;
type Lane = keyof typeof lanes;
const laneNames = Object.keys(lanes) as Lane[];

interface LaneLog {
  sent: number;
  acked: number;
  failed: number;
}

interface Change {
  table: string;
  key: Record<string, unknown>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

let dataDir: string;
const children: BridgeChild[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'digiplan-crash-'));
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
    await child.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function call<T>(bridge: BridgeChild, channel: string, input: unknown): Promise<{ ok: boolean; value: T }> {
  const response = await apiCall(bridge.port, bridge.token, channel, input);
  return JSON.parse(response.text) as { ok: boolean; value: T };
}

describe('a kill in the middle of a burst of edits', () => {
  it('keeps every acknowledged edit, an intact database and a consistent undo journal', async () => {
    const first = await spawnBridge(dataDir, ['--port', '0']);
    children.push(first);
    const plans = await call<{ id: string; isExample: boolean }[]>(first, 'plans.list', {});
    const planId = plans.value.find((plan) => plan.isExample)!.id;

    const log = Object.fromEntries(laneNames.map((lane) => [lane, { sent: 0, acked: 0, failed: 0 }])) as Record<
      Lane,
      LaneLog
    >;
    const refusals: unknown[] = [];
    let acks = 0;

    const runLane = async (lane: Lane) => {
      for (let n = 1; n <= EDITS / laneNames.length; n++) {
        log[lane].sent = n;
        let reply: { ok: boolean };
        try {
          reply = await call(first, 'profile.update', { planId, patch: lanes[lane].patch(n) });
        } catch {
          log[lane].failed++;
          return; // the server is gone
        }
        if (!reply.ok) {
          refusals.push(reply);
          continue;
        }
        log[lane].acked = n;
        acks++;
        if (acks === KILL_AFTER_ACKS) first.child.kill('SIGKILL');
      }
    };
    await Promise.all(laneNames.map(runLane));
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(refusals).toEqual([]);
    // The kill came mid-burst: some edits acknowledged, some cut off in flight, many never sent.
    // (Replies already on their way when the kill landed still count as acknowledged.)
    expect(acks).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acks).toBeLessThan(EDITS);
    expect(laneNames.reduce((sum, lane) => sum + log[lane].failed, 0)).toBeGreaterThan(0);

    const second = await spawnBridge(dataDir, ['--port', '0']);
    children.push(second);
    const state = await call<PlanState>(second, 'plans.get', { planId });
    expect(state.ok).toBe(true);
    for (const lane of laneNames) {
      const stored = lanes[lane].read(state.value.plan.profile);
      expect(stored, lane).toBeGreaterThanOrEqual(log[lane].acked);
      expect(stored, lane).toBeLessThanOrEqual(log[lane].sent);
    }

    const reader = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      expect(integrityCheck(reader)).toBe('ok');
      expect(reader.pragma('foreign_key_check')).toEqual([]);

      // The journal of the plan: a chain in which each step starts where the one before ended,
      // and the last step ends at what is stored now.
      const entries = reader
        .prepare<[string], { changes: string; state: string; label_key: string }>(
          'SELECT changes, state, label_key FROM undo_entries WHERE scope = ? ORDER BY id',
        )
        .all(planId);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(200);
      const images = entries.map((entry) => {
        expect(entry.state).toBe('done');
        expect(entry.label_key).toBe('undo.editProfile');
        const changes = JSON.parse(entry.changes) as Change[];
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({ table: 'plan_parts', key: { plan_id: planId, part: 'profile' } });
        return { before: changes[0]!.before!.data as string, after: changes[0]!.after!.data as string };
      });
      for (let i = 1; i < images.length; i++) expect(images[i]!.before, `entry ${i}`).toBe(images[i - 1]!.after);
      const stored = reader
        .prepare<[string], { data: string }>(`SELECT data FROM plan_parts WHERE plan_id = ? AND part = 'profile'`)
        .get(planId)!.data;
      const last = images.at(-1)!;
      expect(last.after).toBe(stored);
      expect(JSON.parse(stored)).toEqual(state.value.plan.profile);

      // And undo still works on it: one step back lands exactly on the last step's before image.
      const undone = await call<unknown>(second, 'undo.undo', { scope: planId });
      expect(undone.ok).toBe(true);
      const afterUndo = await call<PlanState>(second, 'plans.get', { planId });
      expect(afterUndo.value.plan.profile).toEqual(JSON.parse(last.before));
    } finally {
      reader.close();
    }

    expect(await second.stop()).toEqual({ code: 0, signal: null });
    const db = new Database(join(dataDir, DATABASE_FILE), { fileMustExist: true });
    try {
      expect(integrityCheck(db)).toBe('ok');
    } finally {
      db.close();
    }
  });
});
