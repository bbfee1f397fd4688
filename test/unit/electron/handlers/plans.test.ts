// Plans handlers: create/list/get/rename/duplicate/delete/restore, undo, the example plan and the trash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examplePlanName, exampleProfile } from '../../../../shared/example/voorbeeldschool.ts';
import { MAX_SHORT_TEXT } from '../../../../shared/validation.ts';
import { DAY_MS, openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
const START = '2026-03-02T09:00:00.000Z';

describe('plans handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  const names = async () => (await backend.call('plans.list', {})).map((p) => p.name);

  describe('the example plan', () => {
    it('is there on first open, once, with no undo history', async () => {
      const list = await backend.call('plans.list', {});
      expect(list).toEqual([
        {
          id: EXAMPLE_ID,
          name: examplePlanName,
          schoolName: exampleProfile.schoolName,
          institutionNumber: exampleProfile.institutionNumber,
          levels: exampleProfile.levels,
          groupKind: exampleProfile.group.kind,
          groupName: exampleProfile.group.name,
          isExample: true,
          createdAt: START,
          updatedAt: START,
        },
      ]);
      expect(await backend.call('undo.state', { scope: 'library' })).toMatchObject({ canUndo: false, canRedo: false });
      expect((await backend.call('plans.get', { planId: EXAMPLE_ID })).plan.profile).toEqual(exampleProfile);
    });

    it('is not seeded again when the app opens again', async () => {
      backend = backend.reopen();
      backend = backend.reopen();
      expect(await names()).toEqual([examplePlanName]);
    });

    it('stays away after the user deletes it, also after the trash is emptied', async () => {
      await backend.call('plans.delete', { planId: EXAMPLE_ID });
      backend = backend.reopen();
      expect(await names()).toEqual([]);
      backend.clock.advance(31 * DAY_MS);
      backend = backend.reopen();
      expect(await names()).toEqual([]);
    });

    it('comes back in its original state on resetExample, and that is undoable', async () => {
      await backend.call('plans.rename', { planId: EXAMPLE_ID, name: 'Mijn proefplan' });
      await backend.call('profile.update', { planId: EXAMPLE_ID, patch: { schoolName: 'Anders' } });
      const reset = await backend.call('plans.resetExample', {});
      expect(reset).toMatchObject({ id: EXAMPLE_ID, name: examplePlanName, schoolName: exampleProfile.schoolName });
      expect((await backend.call('plans.get', { planId: EXAMPLE_ID })).plan.profile).toEqual(exampleProfile);

      expect(await backend.call('undo.undo', { scope: 'library' })).toMatchObject({ labelKey: 'undo.resetExample' });
      const undone = await backend.call('plans.get', { planId: EXAMPLE_ID });
      expect(undone.plan.name).toBe('Mijn proefplan');
      expect(undone.plan.profile.schoolName).toBe('Anders');
    });

    it('is made anew by resetExample when the user had deleted it', async () => {
      await backend.call('plans.delete', { planId: EXAMPLE_ID });
      const fresh = await backend.call('plans.resetExample', {});
      expect(fresh.id).not.toBe(EXAMPLE_ID);
      expect(fresh).toMatchObject({ name: examplePlanName, isExample: true });
      expect(await names()).toEqual([examplePlanName]);
    });
  });

  describe('create', () => {
    it('makes a plan with the given school, padded institution number and ordered levels', async () => {
      backend.clock.advance(60_000);
      const created = await backend.call('plans.create', {
        schoolName: '  Atheneum Zuid ',
        institutionNumber: '1234',
        levels: ['secundair', 'basis', 'secundair'],
        groupKind: 'scholengroep',
        groupName: 'Scholengroep Rivierenland',
      });
      expect(created).toEqual({
        id: '00000000-0000-4000-8000-000000000002',
        name: 'Atheneum Zuid',
        schoolName: 'Atheneum Zuid',
        institutionNumber: '001234',
        levels: ['basis', 'secundair'],
        groupKind: 'scholengroep',
        groupName: 'Scholengroep Rivierenland',
        isExample: false,
        createdAt: '2026-03-02T09:01:00.000Z',
        updatedAt: '2026-03-02T09:01:00.000Z',
      });
      expect(await names()).toEqual([examplePlanName, 'Atheneum Zuid']);
    });

    it('uses its own name when one is given, and lists plans by name after the example', async () => {
      await backend.call('plans.create', { schoolName: 'Zonnebloem', name: 'b-plan' });
      await backend.call('plans.create', { schoolName: 'Klimop', name: 'A-plan' });
      expect(await names()).toEqual([examplePlanName, 'A-plan', 'b-plan']);
    });

    it('refuses a plan without a school name and saves nothing', async () => {
      const error = await backend.fail('plans.create', { schoolName: '   ' });
      expect(error).toEqual({
        code: 'INVALID_INPUT',
        messageKey: 'errors.invalidInput',
        details: { issues: [{ path: ['schoolName'], messageKey: 'validation.required', params: { min: 1 } }] },
      });
      expect(await names()).toEqual([examplePlanName]);
    });

    it('refuses an institution number of seven digits', async () => {
      const error = await backend.fail('plans.create', { schoolName: 'X', institutionNumber: '1234567' });
      expect(error.details?.issues).toEqual([{ path: ['institutionNumber'], messageKey: 'validation.institutionNumber' }]);
    });

    it('moves the plan to the trash when the creation is undone, where it can be restored with its edits', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Atheneum' });
      await backend.call('profile.update', { planId: id, patch: { institutionNumber: '99' } });
      expect(await backend.call('undo.undo', { scope: 'library' })).toMatchObject({
        labelKey: 'undo.createPlan',
        planIds: [id],
      });
      expect(await names()).toEqual([examplePlanName]);
      expect((await backend.fail('plans.get', { planId: id })).code).toBe('NOT_FOUND');

      await backend.call('undo.redo', { scope: 'library' });
      expect((await backend.call('plans.get', { planId: id })).plan.profile.institutionNumber).toBe('000099');

      await backend.call('undo.undo', { scope: 'library' });
      const restored = await backend.call('plans.restore', { planId: id });
      expect(restored).toMatchObject({ id, institutionNumber: '000099' });
    });
  });

  describe('get', () => {
    it('returns the plan with its findings, step states and undo state', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Atheneum', levels: ['basis'] });
      const state = await backend.call('plans.get', { planId: id });
      expect(state.plan).toMatchObject({ id, name: 'Atheneum', isExample: false, schemaVersion: 1 });
      expect(state.plan.term).toEqual(['2025-2026', '2026-2027', '2027-2028']);
      expect(state.ready).toBe(false);
      expect(state.findings.map((f) => f.ruleId)).toContain('profile.institution-number-missing');
      expect(state.steps.find((s) => s.step === 'profile')?.state).toBe('blocked');
      expect(state.undo).toEqual({ canUndo: false, canRedo: false, undoLabelKey: null, redoLabelKey: null });
    });

    it('finds nothing to fix in the example plan’s profile, policy plan and training, and nothing blocking at all', async () => {
      const state = await backend.call('plans.get', { planId: EXAMPLE_ID });
      expect(state.findings.filter((f) => ['profile', 'policy', 'training'].includes(f.step))).toEqual([]);
      expect(state.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
      expect(state.ready).toBe(true);
    });

    it('answers NOT_FOUND with the plan id for a plan that does not exist', async () => {
      const planId = '00000000-0000-4000-8000-0000000000ff';
      expect(await backend.fail('plans.get', { planId })).toEqual({
        code: 'NOT_FOUND',
        messageKey: 'errors.planNotFound',
        details: { params: { planId } },
      });
    });
  });

  describe('rename', () => {
    it('renames, marks the plan changed, and undo brings the old name back', async () => {
      backend.clock.advance(5000);
      const renamed = await backend.call('plans.rename', { planId: EXAMPLE_ID, name: ' Proef ' });
      expect(renamed).toMatchObject({ name: 'Proef', updatedAt: '2026-03-02T09:00:05.000Z' });
      expect(await backend.call('undo.state', { scope: 'library' })).toMatchObject({ undoLabelKey: 'undo.renamePlan' });
      await backend.call('undo.undo', { scope: 'library' });
      expect(await names()).toEqual([examplePlanName]);
      await backend.call('undo.redo', { scope: 'library' });
      expect(await names()).toEqual(['Proef']);
    });

    it('refuses an empty name and a name longer than a school name may be', async () => {
      expect((await backend.fail('plans.rename', { planId: EXAMPLE_ID, name: '' })).details?.issues).toEqual([
        { path: ['name'], messageKey: 'validation.required', params: { min: 1 } },
      ]);
      const tooLong = await backend.fail('plans.rename', { planId: EXAMPLE_ID, name: 'x'.repeat(MAX_SHORT_TEXT + 1) });
      expect(tooLong.details?.issues).toEqual([
        { path: ['name'], messageKey: 'validation.tooLong', params: { max: MAX_SHORT_TEXT } },
      ]);
      expect(await names()).toEqual([examplePlanName]);
    });

    it('does not rename a deleted plan', async () => {
      await backend.call('plans.delete', { planId: EXAMPLE_ID });
      expect((await backend.fail('plans.rename', { planId: EXAMPLE_ID, name: 'X' })).code).toBe('NOT_FOUND');
    });
  });

  describe('duplicate', () => {
    it('copies the profile into a new, independent plan that is not an example', async () => {
      const copy = await backend.call('plans.duplicate', { planId: EXAMPLE_ID });
      expect(copy).toMatchObject({ name: `${examplePlanName} (kopie)`, isExample: false });
      expect(copy.id).not.toBe(EXAMPLE_ID);
      expect((await backend.call('plans.get', { planId: copy.id })).plan.profile).toEqual(exampleProfile);

      await backend.call('profile.update', { planId: copy.id, patch: { schoolName: 'Kopie' } });
      expect((await backend.call('plans.get', { planId: EXAMPLE_ID })).plan.profile.schoolName).toBe(
        exampleProfile.schoolName,
      );
    });

    it('uses the given name, and undo moves the copy to the trash', async () => {
      const copy = await backend.call('plans.duplicate', { planId: EXAMPLE_ID, name: 'Tweede campus' });
      expect(await names()).toEqual([examplePlanName, 'Tweede campus']);
      await backend.call('undo.undo', { scope: 'library' });
      expect(await names()).toEqual([examplePlanName]);
      expect(await backend.call('plans.restore', { planId: copy.id })).toMatchObject({ name: 'Tweede campus' });
    });
  });

  describe('delete and restore', () => {
    it('takes the plan out of the list, and undo brings it back', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Atheneum' });
      expect(await backend.call('plans.delete', { planId: id })).toEqual({ planId: id });
      expect(await names()).toEqual([examplePlanName]);
      expect((await backend.fail('plans.get', { planId: id })).code).toBe('NOT_FOUND');
      expect((await backend.fail('plans.delete', { planId: id })).code).toBe('NOT_FOUND');

      expect(await backend.call('undo.undo', { scope: 'library' })).toMatchObject({
        labelKey: 'undo.deletePlan',
        planIds: [id],
      });
      expect(await names()).toEqual([examplePlanName, 'Atheneum']);
      await backend.call('undo.redo', { scope: 'library' });
      expect(await names()).toEqual([examplePlanName]);
    });

    it('restores a deleted plan with its profile, undoably', async () => {
      await backend.call('profile.update', { planId: EXAMPLE_ID, patch: { schoolName: 'Bewaard' } });
      await backend.call('plans.delete', { planId: EXAMPLE_ID });
      const restored = await backend.call('plans.restore', { planId: EXAMPLE_ID });
      expect(restored).toMatchObject({ id: EXAMPLE_ID, schoolName: 'Bewaard' });
      await backend.call('undo.undo', { scope: 'library' });
      expect(await names()).toEqual([]);
    });

    it('answers NOT_FOUND when restoring a plan that never existed', async () => {
      const error = await backend.fail('plans.restore', { planId: '00000000-0000-4000-8000-0000000000aa' });
      expect(error.code).toBe('NOT_FOUND');
    });

    it('empties the trash of plans deleted more than 30 days ago on the next open', async () => {
      const old = await backend.call('plans.create', { schoolName: 'Oud' });
      const recent = await backend.call('plans.create', { schoolName: 'Recent' });
      await backend.call('plans.delete', { planId: old.id });
      backend.clock.advance(2 * DAY_MS);
      await backend.call('plans.delete', { planId: recent.id });
      backend.clock.advance(29 * DAY_MS);

      backend = backend.reopen();
      const rows = backend.store.db.prepare('SELECT id FROM plans ORDER BY id').all();
      expect(rows).toEqual([{ id: EXAMPLE_ID }, { id: recent.id }]);
      expect(backend.store.db.prepare('SELECT COUNT(*) AS n FROM plan_parts WHERE plan_id = ?').get(old.id)).toEqual({
        n: 0,
      });
      expect((await backend.fail('plans.restore', { planId: old.id })).code).toBe('NOT_FOUND');
      expect(await backend.call('plans.restore', { planId: recent.id })).toMatchObject({ name: 'Recent' });
    });

    it('removes the undo history of a purged plan', async () => {
      const { id } = await backend.call('plans.create', { schoolName: 'Weg' });
      await backend.call('profile.update', { planId: id, patch: { schoolName: 'Weg ermee' } });
      await backend.call('plans.delete', { planId: id });
      backend.clock.advance(31 * DAY_MS);
      backend = backend.reopen();
      const count = backend.store.db.prepare('SELECT COUNT(*) AS n FROM undo_entries WHERE scope IN (?, ?)').get(id, 'library');
      expect(count).toEqual({ n: 0 });
    });
  });
});
