// Professional-development handlers: the DigCompEdu profile and reach (merge, null clears), and training activities CRUD with the date check and undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

describe('training handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  const plan = () => backend.store.getPlan(EXAMPLE_ID);

  describe('training.update', () => {
    it('merges the areas given into the year profile, keeping the other areas and years', async () => {
      const before = plan().training;
      const state = await backend.call('training.update', {
        planId: EXAMPLE_ID,
        patch: { digcomp: { '2026-2027': { assessment: [10, 20, 30, 20, 5, 1] }, '2027-2028': { 'digital-resources': [0, 0, 1, 0, 0, 0] } } },
      });
      expect(state.plan.training.digcomp).toEqual({
        ...before.digcomp,
        '2026-2027': { ...before.digcomp['2026-2027'], assessment: [10, 20, 30, 20, 5, 1] },
        '2027-2028': { 'digital-resources': [0, 0, 1, 0, 0, 0] },
      });
      expect(state.plan.training.teachersReached).toEqual(before.teachersReached);
      expect(state.undo.undoLabelKey).toBe('undo.editTraining');
    });

    it('sets and clears the teachers reached, and follows the threshold with its tip', async () => {
      const low = await backend.call('training.update', {
        planId: EXAMPLE_ID,
        patch: { teachersReached: { '2025-2026': 20 }, participationThresholdPercent: 70 },
      });
      expect(low.plan.training).toMatchObject({ teachersReached: { '2025-2026': 20 }, participationThresholdPercent: 70 });
      expect(low.findings).toContainEqual(
        expect.objectContaining({ ruleId: 'training.participation-below-threshold', field: 'teachersReached.2025-2026' }),
      );
      const cleared = await backend.call('training.update', { planId: EXAMPLE_ID, patch: { teachersReached: { '2025-2026': null } } });
      expect(cleared.plan.training.teachersReached).toEqual({});
      expect(cleared.findings.map((f) => f.ruleId)).not.toContain('training.participation-below-threshold');
    });

    it('refuses a threshold above 100 and counts that are not six whole numbers, storing nothing', async () => {
      const before = plan().training;
      for (const patch of [
        { participationThresholdPercent: 101 },
        { digcomp: { '2025-2026': { assessment: [1, 2, 3, 4, 5] } } },
        { digcomp: { '2025-2026': { coding: [1, 2, 3, 4, 5, 6] } } },
        { teachersReached: { '2025-2026': -1 } },
      ]) {
        expect((await backend.fail('training.update', { planId: EXAMPLE_ID, patch })).code).toBe('INVALID_INPUT');
      }
      expect(plan().training).toEqual(before);
    });

    it('undoes a profile edit', async () => {
      const before = plan().training;
      await backend.call('training.update', { planId: EXAMPLE_ID, patch: { digcomp: { '2025-2026': { assessment: [0, 0, 0, 0, 0, 1] } } } });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().training).toEqual(before);
    });
  });

  describe('activities', () => {
    it('creates an activity with defaults, starting and ending today by the injected clock', async () => {
      backend.clock.set('2026-10-05T07:00:00.000Z');
      const state = await backend.call('activities.create', { planId: EXAMPLE_ID, activity: { title: 'Starters-sessie Smartschool' } });
      const created = state.plan.activities.find((a) => a.id === state.createdId);
      expect(created).toEqual({
        id: state.createdId,
        title: 'Starters-sessie Smartschool',
        provider: '',
        keurmerk: false,
        theme: 'didactics',
        areas: [],
        minutes: 0,
        participants: 0,
        startDate: '2026-10-05',
        endDate: '2026-10-05',
        costCents: 0,
        status: 'planned',
      });
      expect(state.undo.undoLabelKey).toBe('undo.createActivity');
    });

    it('refuses an end before the start when creating and when updating, storing nothing', async () => {
      const before = plan().activities;
      const created = await backend.fail('activities.create', {
        planId: EXAMPLE_ID,
        activity: { title: 'Omgekeerd', startDate: '2026-05-10', endDate: '2026-05-09' },
      });
      expect(created.details?.issues).toEqual([{ path: ['endDate'], messageKey: 'validation.endBeforeStart' }]);
      // Only the end is patched: the check runs on the merged activity.
      const updated = await backend.fail('activities.update', { planId: EXAMPLE_ID, activityId: 'act-studiedag', patch: { endDate: '2026-02-03' } });
      expect(updated.details?.issues).toEqual([{ path: ['endDate'], messageKey: 'validation.endBeforeStart' }]);
      expect(plan().activities).toEqual(before);
    });

    it('updates the fields given and keeps activities in date order', async () => {
      const state = await backend.call('activities.update', {
        planId: EXAMPLE_ID,
        activityId: 'act-ai',
        patch: { startDate: '2025-09-01', endDate: '2025-09-02', participants: 12, areas: ['assessment'], costCents: 99_99 },
      });
      expect(state.plan.activities[0]).toMatchObject({ id: 'act-ai', startDate: '2025-09-01', participants: 12, areas: ['assessment'], costCents: 99_99 });
      const dates = state.plan.activities.map((a) => a.startDate);
      expect(dates).toEqual([...dates].sort());
      expect((await backend.fail('activities.update', { planId: EXAMPLE_ID, activityId: 'nope', patch: { title: 'X' } })).code).toBe('NOT_FOUND');
    });

    it('deletes an activity, undo brings it back, and the blocking finding follows the last didactics activity', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Atheneum' });
      const { createdId } = await backend.call('activities.create', { planId: id, activity: { title: 'Studiedag', theme: 'didactics' } });
      expect((await backend.call('plans.get', { planId: id })).findings.map((f) => f.ruleId)).not.toContain('training.no-didactics-activity');
      const deleted = await backend.call('activities.delete', { planId: id, activityId: createdId });
      expect(deleted.plan.activities).toEqual([]);
      expect(deleted.findings.map((f) => f.ruleId)).toContain('training.no-didactics-activity');
      await backend.call('undo.undo', { scope: id });
      expect(backend.store.getPlan(id).activities.map((a) => a.id)).toEqual([createdId]);
      expect((await backend.fail('activities.delete', { planId: id, activityId: createdId + 'x' })).code).toBe('NOT_FOUND');
    });
  });
});
