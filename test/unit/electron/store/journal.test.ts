// The undo journal: row images, redo branch, coalescing, column-level images, cap, and a model-based run.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fc } from '@fast-check/vitest';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, createHandlers } from '../../../../electron/handlers/index.ts';
import { openDatabase, type Db } from '../../../../electron/store/database.ts';
import { Journal, type Row } from '../../../../electron/store/journal.ts';
import { Attachments } from '../../../../electron/store/attachments.ts';
import { Store } from '../../../../electron/store/store.ts';
import type { PlanState } from '../../../../shared/contract.ts';
import type { Profile } from '../../../../shared/profile/schema.ts';
import { fakeClock, sequentialIds, type FakeClock } from '../../../builders/backend.ts';

const planRow = (id: string, name = 'Plan'): Row => ({
  id,
  name,
  is_example: 0,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  deleted_at: null,
});

describe('Journal', () => {
  let db: Db;
  let clock: FakeClock;
  let journal: Journal;

  beforeEach(() => {
    db = openDatabase(':memory:');
    clock = fakeClock();
    journal = new Journal(db, () => clock.now());
  });
  afterEach(() => {
    db.close();
  });

  const plans = () => db.prepare('SELECT * FROM plans ORDER BY id').all();
  const parts = () => db.prepare('SELECT * FROM plan_parts ORDER BY plan_id, part').all();
  const entries = (scope: string) =>
    (db.prepare('SELECT COUNT(*) AS n FROM undo_entries WHERE scope = ?').get(scope) as { n: number }).n;

  /** A plan with a profile part, written outside the journal. */
  function seedPlan(id = 'p1'): void {
    journal.mutate({ scope: 'setup', labelKey: 'undo.createPlan' }, (w) => {
      w.insert('plans', planRow(id));
      w.insert('plan_parts', { plan_id: id, part: 'profile', data: '{"v":0}' });
    });
    journal.forget('setup');
  }

  function rename(name: string, scope = 'library'): void {
    journal.mutate({ scope, labelKey: 'undo.renamePlan' }, (w) => w.update('plans', { id: 'p1' }, { name }));
  }

  function editProfile(v: number, coalesceKey?: string): void {
    journal.mutate({ scope: 'p1', labelKey: 'undo.editProfile', coalesceKey }, (w) =>
      w.update('plan_parts', { plan_id: 'p1', part: 'profile' }, { data: JSON.stringify({ v }) }),
    );
  }

  const profileValue = () =>
    (JSON.parse((db.prepare(`SELECT data FROM plan_parts WHERE plan_id = 'p1'`).get() as { data: string }).data) as {
      v: number;
    }).v;

  it('undoes and redoes an insert, an update and a removal to the exact row images', () => {
    const empty = { plans: plans(), parts: parts() };
    journal.mutate({ scope: 'library', labelKey: 'undo.createPlan' }, (w) => {
      w.insert('plans', planRow('p1'));
      w.insert('plan_parts', { plan_id: 'p1', part: 'profile', data: '{"v":1}' });
    });
    const created = { plans: plans(), parts: parts() };
    rename('Nieuwe naam');
    const renamed = { plans: plans(), parts: parts() };
    journal.mutate({ scope: 'library', labelKey: 'undo.deletePlan' }, (w) => {
      w.remove('plan_parts', { plan_id: 'p1', part: 'profile' });
      w.remove('plans', { id: 'p1' });
    });
    expect(plans()).toEqual([]);

    expect(journal.undo('library')).toEqual({ labelKey: 'undo.deletePlan', planIds: ['p1'] });
    expect({ plans: plans(), parts: parts() }).toEqual(renamed);
    expect(journal.undo('library')?.labelKey).toBe('undo.renamePlan');
    expect({ plans: plans(), parts: parts() }).toEqual(created);
    expect(journal.undo('library')?.labelKey).toBe('undo.createPlan');
    expect({ plans: plans(), parts: parts() }).toEqual(empty);
    expect(journal.undo('library')).toBeNull();

    expect(journal.redo('library')?.labelKey).toBe('undo.createPlan');
    expect({ plans: plans(), parts: parts() }).toEqual(created);
    expect(journal.redo('library')?.labelKey).toBe('undo.renamePlan');
    expect({ plans: plans(), parts: parts() }).toEqual(renamed);
    expect(journal.redo('library')?.labelKey).toBe('undo.deletePlan');
    expect(plans()).toEqual([]);
    expect(journal.redo('library')).toBeNull();
  });

  it('reports what can be undone and redone, with labels', () => {
    seedPlan();
    expect(journal.state('library')).toEqual({ canUndo: false, canRedo: false, undoLabelKey: null, redoLabelKey: null });
    rename('A');
    expect(journal.state('library')).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabelKey: 'undo.renamePlan',
      redoLabelKey: null,
    });
    journal.undo('library');
    expect(journal.state('library')).toEqual({
      canUndo: false,
      canRedo: true,
      undoLabelKey: null,
      redoLabelKey: 'undo.renamePlan',
    });
  });

  it('clears the redo branch when a new action is recorded', () => {
    seedPlan();
    rename('A');
    rename('B');
    journal.undo('library');
    journal.undo('library');
    expect(journal.state('library').canRedo).toBe(true);
    rename('C');
    expect(journal.state('library').canRedo).toBe(false);
    expect(journal.redo('library')).toBeNull();
    journal.undo('library');
    expect(db.prepare(`SELECT name FROM plans`).get()).toEqual({ name: 'Plan' });
    expect(journal.undo('library')).toBeNull();
  });

  it('keeps the redo branch of one scope when another scope records an action', () => {
    seedPlan();
    rename('A');
    journal.undo('library');
    editProfile(1);
    expect(journal.state('library').canRedo).toBe(true);
  });

  it('merges edits with the same coalesce key inside the window into one undo step', () => {
    seedPlan();
    editProfile(1, 'profile:schoolName');
    clock.advance(3000);
    editProfile(2, 'profile:schoolName');
    clock.advance(3000);
    editProfile(3, 'profile:schoolName');
    expect(entries('p1')).toBe(1);
    journal.undo('p1');
    expect(profileValue()).toBe(0);
    journal.redo('p1');
    expect(profileValue()).toBe(3);
  });

  it('starts a new undo step once the window has passed', () => {
    seedPlan();
    editProfile(1, 'profile:schoolName');
    clock.advance(4000);
    editProfile(2, 'profile:schoolName');
    expect(entries('p1')).toBe(2);
    journal.undo('p1');
    expect(profileValue()).toBe(1);
  });

  it('does not merge edits with another coalesce key or without one', () => {
    seedPlan();
    editProfile(1, 'profile:schoolName');
    clock.advance(100);
    editProfile(2, 'profile:levels');
    clock.advance(100);
    editProfile(3);
    clock.advance(100);
    editProfile(4);
    expect(entries('p1')).toBe(4);
    journal.undo('p1');
    expect(profileValue()).toBe(3);
  });

  it('keeps column-level images: undoing a rename leaves another column edited in another scope', () => {
    seedPlan();
    rename('Library name');
    journal.mutate({ scope: 'p1', labelKey: 'undo.editProfile' }, (w) =>
      w.update('plans', { id: 'p1' }, { updated_at: '2026-02-02T00:00:00.000Z' }),
    );
    journal.undo('library');
    expect(db.prepare('SELECT name, updated_at FROM plans').get()).toEqual({
      name: 'Plan',
      updated_at: '2026-02-02T00:00:00.000Z',
    });
    journal.redo('library');
    journal.undo('p1');
    expect(db.prepare('SELECT name, updated_at FROM plans').get()).toEqual({
      name: 'Library name',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps only the newest 200 steps per scope, and leaves other scopes alone', () => {
    seedPlan();
    for (let v = 1; v <= 205; v++) editProfile(v);
    rename('A');
    rename('B');
    expect(entries('p1')).toBe(200);
    expect(entries('library')).toBe(2);
    let undone = 0;
    while (journal.undo('p1')) undone++;
    expect(undone).toBe(200);
    expect(profileValue()).toBe(5);
  });

  it('records nothing for an action that writes nothing, and nothing for one that fails', () => {
    seedPlan();
    journal.mutate({ scope: 'library', labelKey: 'undo.renamePlan' }, () => undefined);
    expect(() =>
      journal.mutate({ scope: 'library', labelKey: 'undo.renamePlan' }, (w) => {
        w.update('plans', { id: 'p1' }, { name: 'Half' });
        throw new Error('validation failed later');
      }),
    ).toThrow('validation failed later');
    expect(entries('library')).toBe(0);
    expect(db.prepare('SELECT name FROM plans').get()).toEqual({ name: 'Plan' });
  });

  it('refuses to update a row that does not exist', () => {
    expect(() =>
      journal.mutate({ scope: 'library', labelKey: 'undo.renamePlan' }, (w) =>
        w.update('plans', { id: 'nobody' }, { name: 'X' }),
      ),
    ).toThrow(/missing plans row/);
  });

  it('refuses a column name that could smuggle SQL', () => {
    seedPlan();
    expect(() =>
      journal.mutate({ scope: 'library', labelKey: 'undo.renamePlan' }, (w) =>
        w.update('plans', { id: 'p1' }, { 'name = 1; --': 'X' }),
      ),
    ).toThrow(/unexpected column name/);
  });

  it('forgets the history of one scope only', () => {
    seedPlan();
    rename('A');
    editProfile(1);
    journal.forget('library');
    expect(journal.state('library').canUndo).toBe(false);
    expect(journal.state('p1').canUndo).toBe(true);
  });
});

/*
 * Model-based: random edits, undos and redos through the real handlers, against a model
 * that is a plain list of done and undone steps with the coalescing rule.
 */
type Field = 'schoolName' | 'staff' | 'levels' | 'contact';
type Op =
  | { kind: 'edit'; field: Field; value: Profile[Field]; wait: number }
  | { kind: 'undo'; wait: number }
  | { kind: 'redo'; wait: number };

const wait = fc.constantFrom(0, 1000, 3999, 4000, 10_000);
const editValue: Record<Field, fc.Arbitrary<Profile[Field]>> = {
  schoolName: fc.constantFrom('Atheneum', 'Sint-Jan', 'De Klimop', ''),
  staff: fc.record(
    { teaching: fc.integer({ min: 0, max: 5 }), other: fc.integer({ min: 0, max: 2 }) },
    { noNullPrototype: true },
  ),
  levels: fc.subarray(['basis', 'secundair', 'buitengewoon'] as const).map((levels) => [...levels]),
  contact: fc.record(
    {
      name: fc.constantFrom('', 'An'),
      role: fc.constant(''),
      email: fc.constantFrom('', 'an@school.be'),
      phone: fc.constant(''),
    },
    { noNullPrototype: true },
  ),
};
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Field>('schoolName', 'staff', 'levels', 'contact').chain((field) =>
    fc.record({ kind: fc.constant('edit' as const), field: fc.constant(field), value: editValue[field], wait }),
  ) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), wait }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redo' as const), wait }) },
);

interface ModelStep {
  key: string;
  at: number;
  before: Profile;
  after: Profile;
}

describe('Journal against a model of a plan profile', () => {
  it('never lets the database differ from the model after any sequence of edits, undos and redos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        const clock = fakeClock();
        const store = Store.open(':memory:', clock);
        try {
          const dispatch = createDispatch(
            createHandlers({
              store,
              clock,
              newId: sequentialIds(),
              appVersion: 'test',
              dataFile: ':memory:',
              attachments: new Attachments(join(tmpdir(), 'digiplan-journal-test-attachments')),
            }),
            { checkOutput: true },
          );
          const created = await dispatch('plans.create', { schoolName: 'Start' });
          if (!created.ok) throw new Error(JSON.stringify(created.error));
          const planId = (created.value as { id: string }).id;

          let current = store.getProfile(planId);
          const done: ModelStep[] = [];
          const undone: ModelStep[] = [];

          for (const step of ops) {
            clock.advance(step.wait);
            const now = clock.now().getTime();
            if (step.kind === 'edit') {
              const result = await dispatch('profile.update', { planId, patch: { [step.field]: step.value } });
              expect(result.ok).toBe(true);
              const next = { ...current, [step.field]: step.value };
              const key = `profile:${step.field}`;
              // Saving what is already there records no step and keeps the redo branch.
              if (!isDeepStrictEqual(next, current)) {
                undone.length = 0;
                const last = done.at(-1);
                if (last && last.key === key && now - last.at < 4000) {
                  last.after = next;
                  last.at = now;
                } else {
                  done.push({ key, at: now, before: current, after: next });
                }
                current = next;
              }
            } else if (step.kind === 'undo') {
              const result = await dispatch('undo.undo', { scope: planId });
              const entry = done.pop();
              expect(result.ok).toBe(entry !== undefined);
              if (entry) {
                current = entry.before;
                undone.push(entry);
              }
            } else {
              const result = await dispatch('undo.redo', { scope: planId });
              const entry = undone.pop();
              expect(result.ok).toBe(entry !== undefined);
              if (entry) {
                current = entry.after;
                done.push(entry);
              }
            }
            const state = await dispatch('plans.get', { planId });
            if (!state.ok) throw new Error(JSON.stringify(state.error));
            const { plan, undo } = state.value as PlanState;
            expect(plan.profile).toEqual(current);
            expect(undo).toMatchObject({ canUndo: done.length > 0, canRedo: undone.length > 0 });
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
