// The dispatch: channel check, input parsing, output checks against the contract, errors as values.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../electron/handlers/index.ts';
import type { HandlerTable } from '../../../../electron/handlers/types.ts';
import { channels, contract, type Channel, type ChannelInput } from '../../../../shared/contract.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

/** One valid input per channel, run in this order on a fresh backend; a new channel without one is a type error. */
const sampleInputs: { [C in Channel]: (planId: string) => ChannelInput<C> } = {
  'app.info': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ language: 'en' }),
  'plans.list': () => ({}),
  'plans.create': () => ({ schoolName: 'Atheneum', institutionNumber: '1234', levels: ['basis'] }),
  'plans.get': (planId) => ({ planId }),
  'plans.rename': (planId) => ({ planId, name: 'Hernoemd' }),
  'plans.duplicate': (planId) => ({ planId }),
  'plans.delete': (planId) => ({ planId }),
  'plans.restore': (planId) => ({ planId }),
  'plans.resetExample': () => ({}),
  'profile.update': (planId) => ({ planId, patch: { schoolName: 'Nieuwe naam' } }),
  'sections.update': (planId) => ({
    planId,
    sectionId: 'cybersecurity',
    patch: {
      text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Back-ups elke nacht.' }] }] },
      checklist: { backups: true, incidentContact: 'ICT-coördinator' },
    },
  }),
  'assessment.update': (planId) => ({ planId, patch: { mode: 'team', years: { '2026-2027': { 'vision.1': [0, 1, 4, 6, 2] } } } }),
  'goals.create': (planId) => ({ planId, goal: { sectionId: 'wellbeing', title: 'Minder cyberpesten', indicator: 'Meldingen', targets: { '2026-2027': 5 } } }),
  'goals.update': (planId) => ({ planId, goalId: 'goal-mfa', patch: { baseline: 40 } }),
  'goals.delete': (planId) => ({ planId, goalId: 'goal-backup' }),
  'goals.move': (planId) => ({ planId, goalId: 'goal-mfa', direction: 'down' }),
  'evaluations.record': (planId) => ({ planId, year: '2026-2027', reflection: 'Goed op weg.' }),
  'training.update': (planId) => ({ planId, patch: { teachersReached: { '2026-2027': 40 }, participationThresholdPercent: 70 } }),
  'activities.create': (planId) => ({ planId, activity: { title: 'Studiedag', theme: 'didactics', startDate: '2027-02-03', endDate: '2027-02-03' } }),
  'activities.update': (planId) => ({ planId, activityId: 'act-phishing', patch: { participants: 90 } }),
  'activities.delete': (planId) => ({ planId, activityId: 'act-ai' }),
  'versions.list': (planId) => ({ planId }),
  'versions.create': (planId) => ({ planId, label: 'Versie voor de schoolraad' }),
  'versions.get': (planId) => ({ planId, versionId: 'version-2025-06' }),
  'versions.diff': (planId) => ({ planId, from: 'version-2025-06', to: 'current' }),
  'versions.restore': (planId) => ({ planId, versionId: 'version-2025-06' }),
  'versions.delete': (planId) => ({ planId, versionId: 'version-2026-06' }),
  'findings.check': (planId) => ({ planId }),
  'undo.state': () => ({ scope: 'library' }),
  'undo.undo': () => ({ scope: 'library' }),
  'undo.redo': () => ({ scope: 'library' }),
};

describe('dispatch', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  it('answers every channel of the contract with an output that parses against it', async () => {
    expect(Object.keys(sampleInputs).sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      const result = await backend.dispatch(channel, sampleInputs[channel](EXAMPLE_ID));
      expect(result, channel).toMatchObject({ ok: true });
      if (result.ok) expect(() => contract[channel].output.parse(result.value), channel).not.toThrow();
    }
    expect(backend.logged).toEqual([]);
  });

  it('refuses an unknown channel with UNKNOWN_CHANNEL', async () => {
    for (const channel of ['plans.explode', '', 'toString', '__proto__', 42, null]) {
      expect(await backend.dispatch(channel, {})).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', messageKey: 'errors.unknownChannel' },
      });
    }
  });

  it('refuses invalid input with INVALID_INPUT and field-level issues', async () => {
    expect(await backend.dispatch('plans.get', { planId: 'nope' })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        messageKey: 'errors.invalidInput',
        details: { issues: [{ path: ['planId'], messageKey: 'validation.planId' }] },
      },
    });
    const missing = await backend.fail('plans.list', undefined);
    expect(missing.code).toBe('INVALID_INPUT');
    const extra = await backend.fail('plans.list', { all: true });
    expect(extra.details?.issues).toEqual([
      { path: [], messageKey: 'validation.unknownField', params: { keys: 'all' } },
    ]);
  });

  it('turns an unexpected error into INTERNAL without detail, and logs it', async () => {
    const logged: unknown[] = [];
    const failing: HandlerTable = {
      ...backend.handlers,
      'plans.list': () => {
        throw new Error('disk on fire at /home/user/secret');
      },
    };
    const dispatch = createDispatch(failing, { logError: (error, channel) => logged.push([channel, error]) });
    expect(await dispatch('plans.list', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.internal' },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toEqual(['plans.list', expect.any(Error)]);
  });

  it('turns a busy database into DB_BUSY', async () => {
    const busy: HandlerTable = {
      ...backend.handlers,
      'plans.list': () => {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    };
    expect(await createDispatch(busy)('plans.list', {})).toEqual({
      ok: false,
      error: { code: 'DB_BUSY', messageKey: 'errors.dbBusy' },
    });
  });

  it('checks outputs against the contract only when asked to', async () => {
    const wrong: HandlerTable = {
      ...backend.handlers,
      'settings.get': () => ({ language: 'fr' }) as never,
    };
    expect(await createDispatch(wrong, { checkOutput: true })('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await createDispatch(wrong)('settings.get', {})).toEqual({ ok: true, value: { language: 'fr' } });
  });
});
