// App info, settings, findings and the undo channels.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../../electron/paths.ts';
import { latestSchemaVersion } from '../../../../electron/store/migrations.ts';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/plan/schema.ts';
import { DAY_MS, openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

describe('misc handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  it('tells the app and data versions and where the data lives', async () => {
    expect(await backend.call('app.info', {})).toEqual({
      version: '0.0.0-test',
      databaseVersion: latestSchemaVersion,
      planSchemaVersion: PLAN_SCHEMA_VERSION,
      dataFile: join(backend.dataDir, DATABASE_FILE),
    });
  });

  it('starts in Dutch and keeps the chosen language across a restart', async () => {
    expect(await backend.call('settings.get', {})).toEqual({ language: 'nl' });
    expect(await backend.call('settings.update', { language: 'en' })).toEqual({ language: 'en' });
    backend = backend.reopen();
    expect(await backend.call('settings.get', {})).toEqual({ language: 'en' });
  });

  it('refuses a language it does not have and an unknown setting', async () => {
    expect((await backend.fail('settings.update', { language: 'fr' })).details?.issues).toEqual([
      { path: ['language'], messageKey: 'validation.invalidOption' },
    ]);
    expect((await backend.fail('settings.update', { theme: 'dark' })).code).toBe('INVALID_INPUT');
    expect(await backend.call('settings.get', {})).toEqual({ language: 'nl' });
  });

  it('falls back to the defaults when the stored settings are unreadable', async () => {
    backend.store.setSetting('app.settings', JSON.stringify({ language: 'klingon' }));
    expect(await backend.call('settings.get', {})).toEqual({ language: 'nl' });
  });

  it('checks a plan: ready with no blocking finding, not ready otherwise', async () => {
    const example = await backend.call('findings.check', { planId: EXAMPLE_ID });
    expect(example.ready).toBe(true);
    expect(example.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
    const { id } = await backend.call('plans.create', { schoolName: 'Nieuw' });
    const check = await backend.call('findings.check', { planId: id });
    expect(check.ready).toBe(false);
    expect(check.findings[0]).toMatchObject({ severity: 'blocking' });
    expect(check.findings.map((f) => f.ruleId)).toContain('profile.institution-number-missing');
  });

  it('answers NOTHING_TO_UNDO and NOTHING_TO_REDO when there is nothing', async () => {
    expect(await backend.fail('undo.undo', { scope: 'library' })).toEqual({
      code: 'NOTHING_TO_UNDO',
      messageKey: 'errors.nothingToUndo',
    });
    expect(await backend.fail('undo.redo', { scope: EXAMPLE_ID })).toEqual({
      code: 'NOTHING_TO_REDO',
      messageKey: 'errors.nothingToRedo',
    });
  });

  it('refuses an undo scope that is neither the library nor a plan id', async () => {
    expect((await backend.fail('undo.state', { scope: 'everything' })).details?.issues).toEqual([
      { path: ['scope'], messageKey: 'validation.undoScope' },
    ]);
    expect((await backend.fail('undo.undo', { scope: 42 })).details?.issues).toEqual([
      { path: ['scope'], messageKey: 'validation.undoScope' },
    ]);
  });

  it('marks the plans an undo touched as changed now', async () => {
    backend.clock.advance(60_000);
    await backend.call('plans.rename', { planId: EXAMPLE_ID, name: 'Proef' });
    backend.clock.advance(60_000);
    await backend.call('undo.undo', { scope: 'library' });
    expect((await backend.call('plans.list', {}))[0]?.updatedAt).toBe('2026-03-02T09:02:00.000Z');
  });

  it('gives a plan that an undo puts in the trash the full 30 days from then', async () => {
    const { id } = await backend.call('plans.create', { schoolName: 'Lang geleden' });
    backend.clock.advance(40 * DAY_MS);
    await backend.call('undo.undo', { scope: 'library' });
    backend = backend.reopen();
    expect(await backend.call('plans.restore', { planId: id })).toMatchObject({ name: 'Lang geleden' });
  });
});
