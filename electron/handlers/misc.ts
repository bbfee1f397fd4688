// App information, settings, findings and undo/redo: the channels every screen shares.
import { SettingsSchema, type Settings } from '../../shared/contract.ts';
import { checkPreconditions, isComplete, isReady } from '../../shared/findings/engine.ts';
import { PLAN_SCHEMA_VERSION } from '../../shared/plan/schema.ts';
import { AppError } from '../../shared/result.ts';
import { latestSchemaVersion } from '../store/migrations.ts';
import { readReferenceLists } from '../store/prices.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

const defaultSettings: Settings = { language: 'nl' };

type MiscChannels =
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'findings.check'
  | 'undo.state'
  | 'undo.undo'
  | 'undo.redo';

export function miscHandlers({ store, appVersion, dataFile }: HandlerDeps): PartialHandlers<MiscChannels> {
  const readSettings = (): Settings => {
    const raw = store.getSetting('app.settings');
    const parsed = raw === null ? null : SettingsSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : defaultSettings;
  };
  const touchAll = (planIds: string[]) => {
    for (const id of planIds) {
      store.touch(id);
      store.restartTrashTerm(id);
    }
  };

  return {
    'app.info': () => ({
      version: appVersion,
      databaseVersion: latestSchemaVersion,
      planSchemaVersion: PLAN_SCHEMA_VERSION,
      dataFile,
    }),

    'settings.get': readSettings,

    'settings.update': (patch) => {
      const next = { ...readSettings(), ...patch };
      store.setSetting('app.settings', JSON.stringify(next));
      return next;
    },

    'findings.check': ({ planId }) => {
      const findings = checkPreconditions(store.getPlan(planId), { today: store.nowIso(), referenceLists: readReferenceLists(store.db) });
      return { ready: isReady(findings), complete: isComplete(), findings };
    },

    'undo.state': ({ scope }) => store.journal.state(scope),

    'undo.undo': ({ scope }) => {
      const outcome = store.journal.undo(scope);
      if (!outcome) throw new AppError('NOTHING_TO_UNDO', 'errors.nothingToUndo');
      touchAll(outcome.planIds);
      return { ...outcome, undo: store.journal.state(scope) };
    },

    'undo.redo': ({ scope }) => {
      const outcome = store.journal.redo(scope);
      if (!outcome) throw new AppError('NOTHING_TO_REDO', 'errors.nothingToRedo');
      touchAll(outcome.planIds);
      return { ...outcome, undo: store.journal.state(scope) };
    },
  };
}
