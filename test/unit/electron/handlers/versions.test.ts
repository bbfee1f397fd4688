// Version handlers: freeze, list, get, compare with the draft or another version, restore as a new plan, delete, and undo of freezing and deleting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleVersions } from '../../../../shared/example/voorbeeldschool.ts';
import { contentOf } from '../../../../shared/plan/schema.ts';
import { MAX_SHORT_TEXT } from '../../../../shared/validation.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

describe('version handlers', () => {
  let backend: TestBackend;
  let planId: string;
  beforeEach(async () => {
    backend = openTestBackend();
    planId = (await backend.call('plans.create', { schoolName: 'Sint-Jozefscollege' })).id;
    await backend.call('sections.update', { planId, sectionId: 'vision', patch: { checklist: { learningGain: true } } });
  });
  afterEach(() => {
    backend.dispose();
  });

  const list = () => backend.call('versions.list', { planId });

  it('freezes the content with a label and the time, newest first in the list', async () => {
    backend.clock.set('2026-05-01T10:00:00.000Z');
    const first = await backend.call('versions.create', { planId, label: 'Eerste ontwerp' });
    backend.clock.set('2026-06-20T18:15:00.000Z');
    const second = await backend.call('versions.create', { planId, label: '  Voor de schoolraad  ' });
    expect(await list()).toEqual([
      { id: second.createdId, label: 'Voor de schoolraad', createdAt: '2026-06-20T18:15:00.000Z' },
      { id: first.createdId, label: 'Eerste ontwerp', createdAt: '2026-05-01T10:00:00.000Z' },
    ]);
    expect(second.undo.undoLabelKey).toBe('undo.freezeVersion');
  });

  it('keeps a version as it was when frozen, whatever happens to the draft', async () => {
    const frozen = contentOf(backend.store.getPlan(planId));
    const { createdId } = await backend.call('versions.create', { planId, label: 'V1' });
    await backend.call('goals.create', { planId, goal: { sectionId: 'vision', title: 'Visie gedragen' } });
    await backend.call('profile.update', { planId, patch: { staff: { teaching: 40, other: 3 } } });
    const version = await backend.call('versions.get', { planId, versionId: createdId });
    expect(version).toMatchObject({ id: createdId, label: 'V1' });
    expect(version.content).toEqual(frozen);
  });

  it('compares a version with the draft: exactly the edits since, in both directions', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'V1' });
    const goal = await backend.call('goals.create', { planId, goal: { sectionId: 'vision', title: 'Visie gedragen' } });
    await backend.call('sections.update', { planId, sectionId: 'vision', patch: { checklist: { learningGain: false } } });

    const forward = await backend.call('versions.diff', { planId, from: createdId, to: 'current' });
    const goalPaths = forward.filter((e) => e.path.startsWith(`goals.${goal.createdId}.`));
    expect(goalPaths.map((e) => e.kind)).toEqual(goalPaths.map(() => 'added'));
    expect(goalPaths.find((e) => e.path.endsWith('.title'))).toMatchObject({ before: null, after: 'Visie gedragen' });
    expect(forward.filter((e) => !e.path.startsWith('goals.'))).toEqual([
      { path: 'sections.vision.checklist.learningGain', area: 'sections', kind: 'changed', before: true, after: false },
    ]);

    const backward = await backend.call('versions.diff', { planId, from: 'current', to: createdId });
    expect(backward.map((e) => e.path).sort()).toEqual(forward.map((e) => e.path).sort());
    expect(backward.filter((e) => e.path.startsWith('goals.')).every((e) => e.kind === 'removed')).toBe(true);

    expect(await backend.call('versions.diff', { planId, from: 'current', to: 'current' })).toEqual([]);
    expect(await backend.call('versions.diff', { planId, from: createdId, to: createdId })).toEqual([]);
  });

  it('compares the two example versions of the example plan', async () => {
    const [older, newer] = exampleVersions();
    const entries = await backend.call('versions.diff', { planId: EXAMPLE_ID, from: older!.id, to: newer!.id });
    expect(entries).toContainEqual({
      path: 'sections.dataProtection.checklist.rightToDisconnect',
      area: 'sections',
      kind: 'changed',
      before: false,
      after: true,
    });
    expect(entries.some((e) => e.path.startsWith('goals.goal-disconnect.') && e.kind === 'added')).toBe(true);
  });

  it('restores a version as a new plan named after the plan and the version, leaving the original alone', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'Juni' });
    const frozen = (await backend.call('versions.get', { planId, versionId: createdId })).content;
    await backend.call('profile.update', { planId, patch: { schoolName: 'Nieuwe naam' } });
    const draft = contentOf(backend.store.getPlan(planId));

    const restored = await backend.call('versions.restore', { planId, versionId: createdId });
    expect(restored).toMatchObject({ name: 'Sint-Jozefscollege (Juni)', schoolName: 'Sint-Jozefscollege', isExample: false });
    expect(restored.id).not.toBe(planId);
    expect(contentOf(backend.store.getPlan(restored.id))).toEqual(frozen);
    expect(contentOf(backend.store.getPlan(planId))).toEqual(draft);
    expect((await backend.call('plans.list', {})).map((p) => p.id)).toContain(restored.id);
    expect(await backend.call('versions.list', { planId: restored.id })).toEqual([]);

    const named = await backend.call('versions.restore', { planId, versionId: createdId, name: 'Terug naar juni' });
    expect(named.name).toBe('Terug naar juni');
  });

  it('restores the example plan as an ordinary plan with the example content of that version', async () => {
    const [older] = exampleVersions();
    const restored = await backend.call('versions.restore', { planId: EXAMPLE_ID, versionId: older!.id });
    expect(restored.isExample).toBe(false);
    expect(restored.name).toBe('Voorbeeldschool (voorbeeld) (Eerste versie, voorgelegd aan de schoolraad)');
    const content = contentOf(backend.store.getPlan(restored.id));
    expect(content.goals).toEqual(older!.content.goals);
    expect(content.sections).toEqual(older!.content.sections);
  });

  it('uses the plan name alone when the name with the label would be too long', async () => {
    await backend.call('plans.rename', { planId, name: 'P'.repeat(MAX_SHORT_TEXT - 5) });
    const { createdId } = await backend.call('versions.create', { planId, label: 'Versie van juni' });
    const restored = await backend.call('versions.restore', { planId, versionId: createdId });
    expect(restored.name).toBe('P'.repeat(MAX_SHORT_TEXT - 5));
  });

  it('undoes freezing a version and redoes it', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'V1' });
    const undone = await backend.call('undo.undo', { scope: planId });
    expect(undone.labelKey).toBe('undo.freezeVersion');
    expect(await list()).toEqual([]);
    expect((await backend.fail('versions.get', { planId, versionId: createdId })).code).toBe('NOT_FOUND');
    await backend.call('undo.redo', { scope: planId });
    expect((await list()).map((v) => v.id)).toEqual([createdId]);
  });

  it('deletes a version, and undo brings it back with its content', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'V1' });
    const content = (await backend.call('versions.get', { planId, versionId: createdId })).content;
    const state = await backend.call('versions.delete', { planId, versionId: createdId });
    expect(state.undo.undoLabelKey).toBe('undo.deleteVersion');
    expect(await list()).toEqual([]);
    await backend.call('undo.undo', { scope: planId });
    expect((await backend.call('versions.get', { planId, versionId: createdId })).content).toEqual(content);
  });

  it('answers NOT_FOUND for a version that does not exist or belongs to another plan', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'V1' });
    for (const [channel, input] of [
      ['versions.get', { planId: EXAMPLE_ID, versionId: createdId }],
      ['versions.diff', { planId: EXAMPLE_ID, from: createdId, to: 'current' }],
      ['versions.restore', { planId: EXAMPLE_ID, versionId: createdId }],
      ['versions.delete', { planId: EXAMPLE_ID, versionId: createdId }],
      ['versions.get', { planId, versionId: 'nope' }],
    ] as const) {
      const error = await backend.fail(channel, input);
      expect(error, channel).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.versionNotFound' });
    }
    expect((await list()).map((v) => v.id)).toEqual([createdId]);
  });

  it('refuses an empty or too long label and freezes nothing', async () => {
    for (const label of ['', '   ', 'x'.repeat(121)]) {
      expect((await backend.fail('versions.create', { planId, label })).code).toBe('INVALID_INPUT');
    }
    expect(await list()).toEqual([]);
  });

  it('reports a damaged snapshot as DB_CORRUPT naming the version, without breaking the list', async () => {
    const { createdId } = await backend.call('versions.create', { planId, label: 'Beschadigd' });
    backend.store.db.prepare('UPDATE plan_versions SET snapshot = ? WHERE id = ?').run('{"profile":42}', createdId);
    const error = await backend.fail('versions.diff', { planId, from: createdId, to: 'current' });
    expect(error).toMatchObject({ code: 'DB_CORRUPT', messageKey: 'errors.versionCorrupt', details: { params: { label: 'Beschadigd' } } });
    expect((await list()).map((v) => v.label)).toEqual(['Beschadigd']);
  });
});
