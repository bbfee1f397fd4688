// Policy-plan handlers: sections (checklist merge, refusals), self-assessment, goals CRUD, move and undo, the yearly evaluation, and copies carrying the whole plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleContent } from '../../../../shared/example/voorbeeldschool.ts';
import { contentOf, type PlanContent } from '../../../../shared/plan/schema.ts';
import { richTextFrom } from '../../../../shared/richtext/schema.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

/** Content as the store returns it: activities in date order. */
function normalised(content: PlanContent): PlanContent {
  const copy = structuredClone(content);
  copy.activities.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'nl-BE'));
  return copy;
}

describe('policy handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  const plan = () => backend.store.getPlan(EXAMPLE_ID);
  const canUndo = async () => (await backend.call('undo.state', { scope: EXAMPLE_ID })).canUndo;

  describe('sections.update', () => {
    it('merges checklist items into the stored checklist and keeps the text', async () => {
      const before = plan().sections.cybersecurity;
      const state = await backend.call('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'cybersecurity',
        patch: { checklist: { mfa: false, incidentContact: 'Directie, 09 123 45 67' } },
      });
      expect(state.plan.sections.cybersecurity).toEqual({
        text: before.text,
        checklist: { ...before.checklist, mfa: false, incidentContact: 'Directie, 09 123 45 67' },
      });
      expect(plan().sections.cybersecurity).toEqual(state.plan.sections.cybersecurity);
      expect(state.undo).toMatchObject({ canUndo: true, undoLabelKey: 'undo.editSection' });
    });

    it('replaces the text, leaves the checklist, and reports a section emptied as a finding on its text', async () => {
      const checklist = plan().sections.workload.checklist;
      const written = await backend.call('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'workload',
        patch: { text: richTextFrom('Minder platformen.') },
      });
      expect(written.plan.sections.workload).toEqual({ text: richTextFrom('Minder platformen.'), checklist });
      const emptied = await backend.call('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'workload',
        patch: { text: { type: 'doc', content: [] } },
      });
      expect(emptied.findings.filter((f) => f.step === 'policy').map((f) => [f.ruleId, f.field])).toEqual([
        ['policy.section-empty', 'sections.workload.text'],
      ]);
    });

    it('refuses a checklist key the section does not have, and a value of the wrong kind, storing nothing', async () => {
      const before = plan();
      const unknown = await backend.fail('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'vision',
        patch: { checklist: { learningGain: false, bogus: true } },
      });
      expect(unknown.code).toBe('INVALID_INPUT');
      expect(unknown.details?.issues).toEqual([
        { path: ['patch', 'checklist', 'bogus'], messageKey: 'validation.unknownField', params: { keys: 'bogus' } },
      ]);
      const wrongKind = await backend.fail('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'didactics',
        patch: { checklist: { platforms: true } },
      });
      expect(wrongKind.details?.issues?.map((i) => i.path)).toEqual([['patch', 'checklist', 'platforms']]);
      expect(plan()).toEqual(before);
      expect(await canUndo()).toBe(false);
    });

    it('refuses a text with an unsafe link and stores nothing of the patch', async () => {
      const before = plan();
      const error = await backend.fail('sections.update', {
        planId: EXAMPLE_ID,
        sectionId: 'vision',
        patch: {
          checklist: { learningGain: false },
          text: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
          },
        },
      });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details?.issues?.map((i) => i.messageKey)).toEqual(['validation.unsafeLink']);
      expect(plan()).toEqual(before);
      expect(await canUndo()).toBe(false);
    });

    it('undoes a section edit and answers NOT_FOUND for an unknown plan', async () => {
      const before = plan().sections.vision;
      await backend.call('sections.update', { planId: EXAMPLE_ID, sectionId: 'vision', patch: { checklist: { penAndPaper: false } } });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().sections.vision).toEqual(before);
      const missing = await backend.fail('sections.update', {
        planId: '00000000-0000-4000-8000-00000000abcd',
        sectionId: 'vision',
        patch: {},
      });
      expect(missing.code).toBe('NOT_FOUND');
    });
  });

  describe('assessment.update', () => {
    it('sets the counts of the statements given and keeps the others', async () => {
      const before = plan().assessment;
      const state = await backend.call('assessment.update', {
        planId: EXAMPLE_ID,
        patch: { mode: 'team', years: { '2026-2027': { 'vision.1': [0, 2, 5, 3, 1] }, '2027-2028': { 'access.2': [0, 0, 0, 1, 0] } } },
      });
      expect(state.plan.assessment).toEqual({
        mode: 'team',
        years: {
          ...before.years,
          '2026-2027': { ...before.years['2026-2027'], 'vision.1': [0, 2, 5, 3, 1] },
          '2027-2028': { 'access.2': [0, 0, 0, 1, 0] },
        },
      });
    });

    it('clears a statement given as null, and the tip comes back once nothing is answered', async () => {
      const state = await backend.call('assessment.update', {
        planId: EXAMPLE_ID,
        patch: { years: { '2024-2025': { 'vision.1': null } } },
      });
      expect(state.plan.assessment.years['2024-2025']).not.toHaveProperty('vision.1');
      expect(Object.keys(state.plan.assessment.years['2024-2025'] ?? {})).toHaveLength(31);

      const { id: freshId } = await backend.call('plans.create', { schoolName: 'Atheneum' });
      await backend.call('assessment.update', { planId: freshId, patch: { years: { '2025-2026': { 'vision.1': [1, 0, 0, 0, 0] } } } });
      const cleared = await backend.call('assessment.update', { planId: freshId, patch: { years: { '2025-2026': { 'vision.1': null } } } });
      expect(cleared.plan.assessment.years).toEqual({ '2025-2026': {} });
      expect(cleared.findings.map((f) => f.ruleId)).toContain('policy.no-self-assessment');
    });

    it('refuses an unknown statement and counts that are not five whole numbers', async () => {
      const before = plan().assessment;
      for (const years of [{ '2025-2026': { 'vision.7': [1, 0, 0, 0, 0] } }, { '2025-2026': { 'vision.1': [1, 0, 0, 0] } }, { '2025-2026': { 'vision.1': [1, 0, 0, 0, -1] } }]) {
        expect((await backend.fail('assessment.update', { planId: EXAMPLE_ID, patch: { years } })).code).toBe('INVALID_INPUT');
      }
      expect(plan().assessment).toEqual(before);
    });
  });

  describe('goals', () => {
    it('creates a goal with defaults at the end of the list and says it is not measurable yet', async () => {
      const state = await backend.call('goals.create', { planId: EXAMPLE_ID, goal: { sectionId: 'workload', title: 'Minder klikken' } });
      const created = state.plan.goals.at(-1)!;
      expect(created).toEqual({
        id: state.createdId,
        sectionId: 'workload',
        title: 'Minder klikken',
        indicator: '',
        unit: 'percent',
        baseline: null,
        targets: {},
        owner: 'ict-coordinator',
        actions: [],
        evaluations: {},
      });
      expect(state.findings).toContainEqual(
        expect.objectContaining({ ruleId: 'policy.goal-not-measurable', field: `goals.${state.createdId}.indicator` }),
      );
      expect(state.undo.undoLabelKey).toBe('undo.createGoal');
    });

    it('refuses a goal without a title or in an unknown section', async () => {
      const count = plan().goals.length;
      expect((await backend.fail('goals.create', { planId: EXAMPLE_ID, goal: { sectionId: 'workload', title: '  ' } })).code).toBe('INVALID_INPUT');
      expect((await backend.fail('goals.create', { planId: EXAMPLE_ID, goal: { sectionId: 'marketing', title: 'X' } })).code).toBe('INVALID_INPUT');
      expect(plan().goals).toHaveLength(count);
    });

    it('updates the fields given, keeps the rest, and refuses an invalid merge storing nothing', async () => {
      const before = plan().goals[0]!;
      const actions = [...before.actions, { id: 'a9', description: 'Sleutels uitdelen', year: '2026-2027' as const, period: 'jan-mar' as const, costCents: 12_50 }];
      const state = await backend.call('goals.update', {
        planId: EXAMPLE_ID,
        goalId: before.id,
        patch: { title: 'MFA voor iedereen', targets: { '2026-2027': 100 }, actions },
      });
      expect(state.plan.goals[0]).toEqual({ ...before, title: 'MFA voor iedereen', targets: { '2026-2027': 100 }, actions });
      const refused = await backend.fail('goals.update', { planId: EXAMPLE_ID, goalId: before.id, patch: { baseline: 1.234 } });
      expect(refused.details?.issues).toEqual([{ path: ['patch', 'baseline'], messageKey: 'validation.twoDecimals' }]);
      expect(plan().goals[0]!.title).toBe('MFA voor iedereen');
      expect((await backend.fail('goals.update', { planId: EXAMPLE_ID, goalId: 'nope', patch: { title: 'X' } })).code).toBe('NOT_FOUND');
    });

    it('deletes a goal, and undo puts it back in its place', async () => {
      const before = plan().goals;
      const state = await backend.call('goals.delete', { planId: EXAMPLE_ID, goalId: before[2]!.id });
      expect(state.plan.goals.map((g) => g.id)).toEqual(before.filter((_, i) => i !== 2).map((g) => g.id));
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().goals).toEqual(before);
      expect((await backend.fail('goals.delete', { planId: EXAMPLE_ID, goalId: 'nope' })).code).toBe('NOT_FOUND');
    });

    it('moves a goal up and down, does nothing at the edges, and undo restores the order', async () => {
      const ids = plan().goals.map((g) => g.id);
      const up = await backend.call('goals.move', { planId: EXAMPLE_ID, goalId: ids[2]!, direction: 'up' });
      expect(up.plan.goals.map((g) => g.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
      const top = await backend.call('goals.move', { planId: EXAMPLE_ID, goalId: ids[0]!, direction: 'up' });
      expect(top.plan.goals.map((g) => g.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
      const bottom = await backend.call('goals.move', { planId: EXAMPLE_ID, goalId: ids.at(-1)!, direction: 'down' });
      expect(bottom.plan.goals.map((g) => g.id)).toEqual(top.plan.goals.map((g) => g.id));
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().goals.map((g) => g.id)).toEqual(ids);
      await backend.call('undo.redo', { scope: EXAMPLE_ID });
      expect(plan().goals.map((g) => g.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
    });

    it('keeps a created goal at the end after moves, deletes and undo', async () => {
      const ids = plan().goals.map((g) => g.id);
      await backend.call('goals.move', { planId: EXAMPLE_ID, goalId: ids.at(-1)!, direction: 'up' });
      await backend.call('goals.delete', { planId: EXAMPLE_ID, goalId: ids[0]! });
      const { createdId } = await backend.call('goals.create', { planId: EXAMPLE_ID, goal: { sectionId: 'access', title: 'Uitleendienst' } });
      expect(plan().goals.at(-1)!.id).toBe(createdId);
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().goals.map((g) => g.id)).toEqual([...ids.slice(0, -2), ids.at(-1), ids.at(-2)]);
    });

    it('undoes and redoes a goal edit, merging quick edits of the same field into one step', async () => {
      const goalId = plan().goals[1]!.id;
      const original = plan().goals[1]!.title;
      for (const title of ['B', 'Ba', 'Back']) {
        await backend.call('goals.update', { planId: EXAMPLE_ID, goalId, patch: { title } });
        backend.clock.advance(500);
      }
      await backend.call('goals.update', { planId: EXAMPLE_ID, goalId, patch: { owner: 'directie' } });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().goals[1]).toMatchObject({ title: 'Back', owner: 'ict-coordinator' });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().goals[1]!.title).toBe(original);
      await backend.call('undo.redo', { scope: EXAMPLE_ID });
      expect(plan().goals[1]!.title).toBe('Back');
    });
  });

  describe('evaluations.record', () => {
    it('records the reflection with the time from the injected clock, and recording again replaces it', async () => {
      backend.clock.set('2027-06-20T15:30:00.000Z');
      const state = await backend.call('evaluations.record', { planId: EXAMPLE_ID, year: '2026-2027', reflection: 'Goed jaar.' });
      expect(state.plan.evaluations['2026-2027']).toEqual({ recordedAt: '2027-06-20T15:30:00.000Z', reflection: 'Goed jaar.' });
      expect(state.plan.evaluations['2025-2026']).toEqual(exampleContent().evaluations['2025-2026']);
      backend.clock.advance(60_000);
      await backend.call('evaluations.record', { planId: EXAMPLE_ID, year: '2026-2027', reflection: 'Goed jaar, met één kanttekening.' });
      expect(plan().evaluations['2026-2027']).toEqual({ recordedAt: '2027-06-20T15:31:00.000Z', reflection: 'Goed jaar, met één kanttekening.' });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().evaluations['2026-2027']?.recordedAt).toBe('2027-06-20T15:30:00.000Z');
    });

    it('clears the missing-evaluation warning of a finished year', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Atheneum' });
      backend.clock.set('2026-10-01T08:00:00.000Z');
      const before = (await backend.call('plans.get', { planId: id })).findings.map((f) => f.ruleId);
      expect(before).toContain('policy.evaluation-missing');
      const after = await backend.call('evaluations.record', { planId: id, year: '2025-2026', reflection: '' });
      expect(after.findings.map((f) => f.ruleId)).not.toContain('policy.evaluation-missing');
    });

    it('refuses a year outside the term', async () => {
      expect((await backend.fail('evaluations.record', { planId: EXAMPLE_ID, year: '2024-2025', reflection: 'x' })).code).toBe('INVALID_INPUT');
    });
  });

  describe('copies of a plan', () => {
    it('duplicate copies every part of the content, independently of the original', async () => {
      const copy = await backend.call('plans.duplicate', { planId: EXAMPLE_ID });
      const copied = backend.store.getPlan(copy.id);
      expect(contentOf(copied)).toEqual(contentOf(plan()));
      expect(copied.isExample).toBe(false);
      await backend.call('goals.update', { planId: copy.id, goalId: copied.goals[0]!.id, patch: { title: 'Alleen in de kopie' } });
      await backend.call('sections.update', { planId: copy.id, sectionId: 'vision', patch: { checklist: { learningGain: false } } });
      expect(contentOf(plan())).toEqual(normalised(exampleContent()));
    });

    it('resetExample brings back every part of the example content and its versions', async () => {
      const goals = plan().goals;
      await backend.call('sections.update', { planId: EXAMPLE_ID, sectionId: 'vision', patch: { text: richTextFrom('Weg') } });
      await backend.call('goals.delete', { planId: EXAMPLE_ID, goalId: goals[0]!.id });
      await backend.call('goals.create', { planId: EXAMPLE_ID, goal: { sectionId: 'access', title: 'Extra' } });
      await backend.call('goals.move', { planId: EXAMPLE_ID, goalId: goals[3]!.id, direction: 'up' });
      await backend.call('assessment.update', { planId: EXAMPLE_ID, patch: { years: { '2024-2025': { 'vision.1': null } } } });
      await backend.call('evaluations.record', { planId: EXAMPLE_ID, year: '2026-2027', reflection: 'x' });
      await backend.call('training.update', { planId: EXAMPLE_ID, patch: { participationThresholdPercent: 10 } });
      await backend.call('activities.delete', { planId: EXAMPLE_ID, activityId: 'act-ai' });
      const versions = await backend.call('versions.list', { planId: EXAMPLE_ID });
      await backend.call('versions.delete', { planId: EXAMPLE_ID, versionId: versions[0]!.id });

      await backend.call('plans.resetExample', {});
      expect(contentOf(plan())).toEqual(normalised(exampleContent()));
      expect((await backend.call('versions.list', { planId: EXAMPLE_ID })).map((v) => v.id)).toEqual(versions.map((v) => v.id));
    });
  });
});
