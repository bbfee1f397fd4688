// Professional development: the DigCompEdu profile, reach, and training activities.
import { ActivitySchema, newActivity, TrainingSchema, type Activity } from '../../shared/training/schema.ts';
import { nextPosition, putItem, putPart, readItem, readPart } from '../store/content.ts';
import type { Store } from '../store/store.ts';
import { editPlan, notFound, parseOrThrow } from './edit.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type TrainingChannels = 'training.update' | 'activities.create' | 'activities.update' | 'activities.delete';

function findActivity(store: Store, planId: string, activityId: string): Activity {
  const activity = readItem(store.db, planId, 'activity', activityId);
  if (!activity) throw notFound('errors.activityNotFound', { activityId });
  return activity;
}

export function trainingHandlers({ store, newId }: HandlerDeps): PartialHandlers<TrainingChannels> {
  return {
    'training.update': ({ planId, patch }) => {
      store.planRow(planId);
      const current = readPart(store.db, planId, 'training');
      const digcomp = { ...current.digcomp };
      for (const [year, areas] of Object.entries(patch.digcomp ?? {})) {
        const key = year as keyof typeof digcomp;
        digcomp[key] = { ...(digcomp[key] ?? {}), ...areas };
      }
      const teachersReached = { ...current.teachersReached };
      for (const [year, reached] of Object.entries(patch.teachersReached ?? {})) {
        const key = year as keyof typeof teachersReached;
        if (reached === null) delete teachersReached[key];
        else teachersReached[key] = reached;
      }
      const next = parseOrThrow(TrainingSchema, {
        digcomp,
        teachersReached,
        participationThresholdPercent: patch.participationThresholdPercent ?? current.participationThresholdPercent,
      });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editTraining', coalesceKey: `training:${fields}` }, (w) =>
        putPart(w, planId, 'training', next),
      );
    },

    'activities.create': ({ planId, activity }) => {
      store.planRow(planId);
      const id = newId();
      const created = parseOrThrow(ActivitySchema, newActivity(id, activity, store.nowIso().slice(0, 10)));
      const state = editPlan(store, planId, { labelKey: 'undo.createActivity' }, (w) =>
        putItem(w, planId, 'activity', id, nextPosition(store.db, planId, 'activity'), created),
      );
      return { ...state, createdId: id };
    },

    'activities.update': ({ planId, activityId, patch }) => {
      store.planRow(planId);
      const next = parseOrThrow(ActivitySchema, { ...findActivity(store, planId, activityId), ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(
        store,
        planId,
        { labelKey: 'undo.editActivity', coalesceKey: `activity:${activityId}:${fields}` },
        (w) => w.update('plan_items', { plan_id: planId, kind: 'activity', id: activityId }, { data: JSON.stringify(next) }),
      );
    },

    'activities.delete': ({ planId, activityId }) => {
      store.planRow(planId);
      findActivity(store, planId, activityId);
      return editPlan(store, planId, { labelKey: 'undo.deleteActivity' }, (w) =>
        w.remove('plan_items', { plan_id: planId, kind: 'activity', id: activityId }),
      );
    },
  };
}
