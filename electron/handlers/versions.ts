// Versions: "versie vastleggen" freezes the plan's content with a label and a date; two
// versions (or a version and the draft) can be compared; a version can come back as a
// new plan. Freezing and deleting a version are undoable steps of the plan.
import type { ChannelOutput } from '../../shared/contract.ts';
import { diffPlans } from '../../shared/plan/diff.ts';
import { contentOf, PlanContentSchema, PlanNameSchema, type PlanContent } from '../../shared/plan/schema.ts';
import { AppError } from '../../shared/result.ts';
import type { Store } from '../store/store.ts';
import { editPlan, notFound } from './edit.ts';
import { createPlan } from './plans.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type VersionChannels =
  | 'versions.list'
  | 'versions.create'
  | 'versions.get'
  | 'versions.diff'
  | 'versions.restore'
  | 'versions.delete';

interface VersionRow {
  id: string;
  label: string;
  created_at: string;
  snapshot: string;
}

function versionRow(store: Store, planId: string, versionId: string): VersionRow {
  const row = store.db
    .prepare<[string, string], VersionRow>('SELECT * FROM plan_versions WHERE plan_id = ? AND id = ?')
    .get(planId, versionId);
  if (!row) throw notFound('errors.versionNotFound', { versionId });
  return row;
}

function snapshotOf(row: VersionRow): PlanContent {
  const parsed = PlanContentSchema.safeParse(JSON.parse(row.snapshot));
  if (!parsed.success) throw new AppError('DB_CORRUPT', 'errors.versionCorrupt', { params: { label: row.label } });
  return parsed.data;
}

export function versionHandlers({ store, newId }: HandlerDeps): PartialHandlers<VersionChannels> {
  const list = (planId: string): ChannelOutput<'versions.list'> =>
    store.db
      .prepare<[string], Omit<VersionRow, 'snapshot'>>(
        'SELECT id, label, created_at FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, id',
      )
      .all(planId)
      .map((row) => ({ id: row.id, label: row.label, createdAt: row.created_at }));

  const contentAt = (planId: string, ref: string): PlanContent =>
    ref === 'current' ? contentOf(store.getPlan(planId)) : snapshotOf(versionRow(store, planId, ref));

  return {
    'versions.list': ({ planId }) => {
      store.planRow(planId);
      return list(planId);
    },

    'versions.create': ({ planId, label }) => {
      const snapshot = JSON.stringify(contentOf(store.getPlan(planId)));
      const id = newId();
      const state = editPlan(store, planId, { labelKey: 'undo.freezeVersion' }, (w) =>
        w.insert('plan_versions', { plan_id: planId, id, label, created_at: store.nowIso(), snapshot }),
      );
      return { ...state, createdId: id };
    },

    'versions.get': ({ planId, versionId }) => {
      store.planRow(planId);
      const row = versionRow(store, planId, versionId);
      return { id: row.id, label: row.label, createdAt: row.created_at, content: snapshotOf(row) };
    },

    'versions.diff': ({ planId, from, to }) => {
      store.planRow(planId);
      return diffPlans(contentAt(planId, from), contentAt(planId, to));
    },

    'versions.restore': ({ planId, versionId, name }) => {
      const plan = store.getPlan(planId);
      const row = versionRow(store, planId, versionId);
      const labelled = `${plan.name} (${row.label})`;
      const id = createPlan(store, newId(), {
        // A name too long with the label gets the plan's own name rather than a cut one.
        name: name ?? (PlanNameSchema.safeParse(labelled).success ? labelled : plan.name),
        content: snapshotOf(row),
        isExample: false,
      });
      return store.getSummary(id);
    },

    'versions.delete': ({ planId, versionId }) => {
      store.planRow(planId);
      versionRow(store, planId, versionId);
      return editPlan(store, planId, { labelKey: 'undo.deleteVersion' }, (w) =>
        w.remove('plan_versions', { plan_id: planId, id: versionId }),
      );
    },
  };
}
