// The dispatch: channel check, input parsing, output checks against the contract, errors as values.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../electron/handlers/index.ts';
import type { HandlerTable } from '../../../../electron/handlers/types.ts';
import { channels, contract } from '../../../../shared/contract.ts';
import { validInputs } from '../../../fixtures/near-miss.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';


describe('dispatch', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  it('answers every channel of the contract with an output that parses against it', async () => {
    expect(Object.keys(validInputs).sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      const result = await backend.dispatch(channel, validInputs[channel](EXAMPLE_ID));
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
