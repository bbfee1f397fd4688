// profile.update: merge, whole-profile validation, findings, nothing saved on error, undo in the plan scope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/result.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { nl } from '../../../../shared/i18n/nl.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';
import { completeProfile } from '../../../builders/profile.ts';

function lookup(catalog: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

describe('profile.update', () => {
  let backend: TestBackend;
  let planId: string;
  beforeEach(async () => {
    backend = openTestBackend();
    planId = (await backend.call('plans.create', { schoolName: 'Atheneum', levels: ['secundair'] })).id;
  });
  afterEach(() => {
    backend.dispose();
  });

  const stored = () => backend.store.getProfile(planId);

  it('merges the patch into the stored profile and returns the plan with fresh findings', async () => {
    backend.clock.advance(10_000);
    const state = await backend.call('profile.update', {
      planId,
      patch: { institutionNumber: '1234', staff: { teaching: 40, other: 5 } },
    });
    expect(state.plan.profile).toMatchObject({
      schoolName: 'Atheneum',
      institutionNumber: '001234',
      levels: ['secundair'],
      staff: { teaching: 40, other: 5 },
    });
    expect(state.plan.updatedAt).toBe('2026-03-02T09:00:10.000Z');
    const rules = state.findings.map((f) => f.ruleId);
    expect(rules).not.toContain('profile.institution-number-missing');
    expect(rules).not.toContain('profile.teaching-staff-missing');
    expect(rules).toContain('profile.pupils-missing');
    expect(state.findings.filter((f) => f.step === 'profile' && f.severity === 'blocking')).toEqual([]);
    expect(state.steps.find((s) => s.step === 'profile')?.state).toBe('attention');
    expect(state.undo).toMatchObject({ canUndo: true, undoLabelKey: 'undo.editProfile' });
    expect(stored()).toEqual(state.plan.profile);
  });

  it('makes a complete profile leave no profile findings at all', async () => {
    const { schoolName: _name, ...rest } = completeProfile();
    const state = await backend.call('profile.update', { planId, patch: rest });
    expect(state.findings.filter((f) => f.step === 'profile')).toEqual([]);
    expect(state.steps.find((s) => s.step === 'profile')?.state).toBe('done');
  });

  it('returns field-level issues with catalog keys and saves nothing when the patch is invalid', async () => {
    const before = { profile: stored(), row: backend.store.planRow(planId) };
    backend.clock.advance(10_000);
    const error = await backend.fail('profile.update', {
      planId,
      patch: {
        institutionNumber: '1234567',
        staff: { teaching: -1, other: 0 },
        contact: { name: '', role: '', email: 'geen-adres', phone: '' },
        schoolName: 'x'.repeat(201),
      },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.messageKey).toBe('errors.invalidInput');
    const issues = error.details?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.messageKey])).toEqual([
      ['patch.schoolName', 'validation.tooLong'],
      ['patch.staff.teaching', 'validation.notNegative'],
      ['patch.contact.email', 'validation.email'],
      ['patch.institutionNumber', 'validation.institutionNumber'],
    ]);
    for (const issue of issues) {
      expect(typeof lookup(nl, issue.messageKey), issue.messageKey).toBe('string');
      expect(typeof lookup(en, issue.messageKey), issue.messageKey).toBe('string');
    }
    expect({ profile: stored(), row: backend.store.planRow(planId) }).toEqual(before);
    expect(await backend.call('undo.state', { scope: planId })).toMatchObject({ canUndo: false });
  });

  it('records no step and no change time when the edit saves what is already there', async () => {
    const before = backend.store.planRow(planId);
    backend.clock.advance(10_000);
    const state = await backend.call('profile.update', { planId, patch: { schoolName: 'Atheneum', levels: ['secundair'] } });
    expect(state.undo.canUndo).toBe(false);
    expect(backend.store.planRow(planId)).toEqual(before);
  });

  it('refuses an unknown profile field', async () => {
    const error = await backend.fail('profile.update', { planId, patch: { motto: 'Samen sterk' } });
    expect(error.details?.issues).toEqual([
      { path: ['patch'], messageKey: 'validation.unknownField', params: { keys: 'motto' } },
    ]);
  });

  it('validates the merged profile as a whole, also when called past the dispatch', () => {
    const before = stored();
    let caught: unknown;
    try {
      void backend.handlers['profile.update']({ planId, patch: { staff: { teaching: -3, other: 0 } } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).toShape()).toEqual({
      code: 'INVALID_INPUT',
      messageKey: 'errors.invalidInput',
      details: { issues: [{ path: ['staff', 'teaching'], messageKey: 'validation.notNegative', params: { min: 0 } }] },
    });
    expect(stored()).toEqual(before);
  });

  it('answers NOT_FOUND for a deleted plan', async () => {
    await backend.call('plans.delete', { planId });
    expect((await backend.fail('profile.update', { planId, patch: { schoolName: 'X' } })).code).toBe('NOT_FOUND');
  });

  it('undoes and redoes in the plan scope, leaving the library history alone', async () => {
    await backend.call('profile.update', { planId, patch: { schoolName: 'Eerste' } });
    backend.clock.advance(10_000);
    await backend.call('profile.update', { planId, patch: { schoolName: 'Tweede' } });
    const undone = await backend.call('undo.undo', { scope: planId });
    expect(undone).toEqual({
      labelKey: 'undo.editProfile',
      planIds: [planId],
      undo: { canUndo: true, canRedo: true, undoLabelKey: 'undo.editProfile', redoLabelKey: 'undo.editProfile' },
    });
    expect(stored().schoolName).toBe('Eerste');
    await backend.call('undo.redo', { scope: planId });
    expect(stored().schoolName).toBe('Tweede');
    expect(await backend.call('undo.state', { scope: 'library' })).toMatchObject({ undoLabelKey: 'undo.createPlan' });
  });

  it('merges quick edits of the same field into one undo step, but not edits of different fields', async () => {
    for (const name of ['A', 'At', 'Ath']) {
      await backend.call('profile.update', { planId, patch: { schoolName: name } });
      backend.clock.advance(500);
    }
    await backend.call('profile.update', { planId, patch: { institutionNumber: '12' } });
    await backend.call('undo.undo', { scope: planId });
    expect(stored()).toMatchObject({ schoolName: 'Ath', institutionNumber: '' });
    await backend.call('undo.undo', { scope: planId });
    expect(stored().schoolName).toBe('Atheneum');
    expect((await backend.fail('undo.undo', { scope: planId })).code).toBe('NOTHING_TO_UNDO');
  });
});
