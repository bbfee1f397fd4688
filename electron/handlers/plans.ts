// Plans: list, create, open, rename, duplicate, delete (to a restorable trash) and the
// example plan. A new plan is first written in the trash and then brought out of it as
// the journaled step, so undoing a creation puts the plan back in the trash instead of
// destroying whatever was typed into it since.
import { exampleContent, examplePlanName, exampleVersions } from '../../shared/example/voorbeeldschool.ts';
import { contentOf, emptyContent, PlanNameSchema, type PlanContent } from '../../shared/plan/schema.ts';
import { uniqueLevels } from '../../shared/profile/schema.ts';
import { AppError } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { createHash } from 'node:crypto';
import { exampleDocuments, exampleFleet, exampleReferenceList } from '../../shared/example/devices.ts';
import type { Attachments } from '../store/attachments.ts';
import type { ReferenceList } from '../../shared/prices/schema.ts';
import { writeContent } from '../store/content.ts';
import { copyInventory, idsMatching, lineToRow } from '../store/inventory.ts';
import type { InventoryLine } from '../../shared/devices/schema.ts';
import { listToRow } from '../store/prices.ts';
import type { Writer } from '../store/journal.ts';
import type { Store } from '../store/store.ts';
import { planState } from './plan-state.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type PlanChannels =
  | 'plans.list'
  | 'plans.create'
  | 'plans.get'
  | 'plans.rename'
  | 'plans.duplicate'
  | 'plans.delete'
  | 'plans.restore'
  | 'plans.resetExample';

const EXAMPLE_SEEDED = 'example.seeded';

export function planHandlers({ store, newId, attachments }: HandlerDeps): PartialHandlers<PlanChannels> {
  return {
    'plans.list': () => store.listPlans(),

    'plans.create': (input) => {
      const content = emptyContent();
      content.profile = {
        ...content.profile,
        schoolName: input.schoolName,
        institutionNumber: input.institutionNumber ?? '',
        levels: uniqueLevels(input.levels ?? []),
        group: { kind: input.groupKind ?? 'none', name: input.groupName ?? '' },
      };
      const id = createPlan(store, newId(), { name: input.name ?? input.schoolName, content, isExample: false });
      return store.getSummary(id);
    },

    'plans.get': ({ planId }) => planState(store, planId),

    'plans.rename': ({ planId, name }) => {
      store.planRow(planId);
      store.mutate({ scope: 'library', labelKey: 'undo.renamePlan' }, (w) => {
        w.update('plans', { id: planId }, { name });
      });
      store.touch(planId);
      return store.getSummary(planId);
    },

    'plans.duplicate': ({ planId, name }) => {
      const source = store.getPlan(planId);
      const copyName = PlanNameSchema.safeParse(name ?? `${source.name} (kopie)`);
      if (!copyName.success) {
        throw new AppError('INVALID_INPUT', 'errors.invalidInput', { issues: issuesFromZod(copyName.error) });
      }
      const id = createPlan(store, newId(), {
        name: copyName.data,
        content: contentOf(source),
        isExample: false,
        inventoryFrom: planId,
      });
      return store.getSummary(id);
    },

    'plans.delete': ({ planId }) => {
      store.planRow(planId);
      store.mutate({ scope: 'library', labelKey: 'undo.deletePlan' }, (w) => {
        w.update('plans', { id: planId }, { deleted_at: store.nowIso() });
      });
      return { planId };
    },

    'plans.restore': ({ planId }) => {
      store.planRow(planId, { includeDeleted: true });
      store.mutate({ scope: 'library', labelKey: 'undo.restorePlan' }, (w) => {
        w.update('plans', { id: planId }, { deleted_at: null });
      });
      return store.getSummary(planId);
    },

    'plans.resetExample': () => {
      const existing = store.db
        .prepare<[], { id: string }>('SELECT id FROM plans WHERE is_example = 1 AND deleted_at IS NULL LIMIT 1')
        .get();
      if (!existing) return store.getSummary(seedExample(store, attachments, newId()));
      storeExampleDocuments(attachments);
      store.mutate({ scope: 'library', labelKey: 'undo.resetExample' }, (w) => {
        w.update('plans', { id: existing.id }, { name: examplePlanName });
        writeContent(store.db, w, existing.id, exampleContent());
        w.removeMany('inventory', idsMatching(store.db, existing.id, {}).map((id) => ({ plan_id: existing.id, id })));
        w.insertMany('inventory', exampleFleet().map((line, index) => lineToRow(existing.id, line, index + 1)));
        writeExampleVersions(w, existing.id);
      });
      store.touch(existing.id);
      return store.getSummary(existing.id);
    },
  };
}

interface NewPlan {
  name: string;
  content: PlanContent;
  isExample: boolean;
  /** A plan whose inventory the new plan starts with (a duplicate). */
  inventoryFrom?: string;
  /** The inventory lines the new plan starts with (an imported bundle). */
  inventory?: readonly InventoryLine[];
}

export function createPlan(store: Store, id: string, plan: NewPlan): string {
  const now = store.nowIso();
  store.db.transaction(() => {
    store.db
      .prepare(
        'INSERT INTO plans (id, name, is_example, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, plan.name, plan.isExample ? 1 : 0, now, now, now);
    const fresh = store.journal.unrecorded();
    writeContent(store.db, fresh, id, plan.content);
    if (plan.inventoryFrom) copyInventory(store.db, plan.inventoryFrom, id);
    if (plan.inventory) fresh.insertMany('inventory', plan.inventory.map((line, index) => lineToRow(id, line, index + 1)));
    if (plan.isExample) {
      writeExampleVersions(fresh, id);
      fresh.insertMany('inventory', exampleFleet().map((line, index) => lineToRow(id, line, index + 1)));
    }
    store.mutate({ scope: 'library', labelKey: plan.isExample ? 'undo.resetExample' : 'undo.createPlan' }, (w) => {
      w.update('plans', { id }, { deleted_at: null });
    });
  })();
  return id;
}

export const EXAMPLE_REFERENCE_LIST_ID = 'example-reference-list-2025';

/** The example price list, marked as an example: there from the first start, like the example plan. */
function seedExampleReferenceList(store: Store, id: string): void {
  const list: ReferenceList = {
    ...exampleReferenceList,
    id,
    isExample: true,
    importedAt: store.nowIso(),
    sha256: sha256Hex(JSON.stringify(exampleReferenceList)),
  };
  store.journal.unrecorded().insert('reference_price_lists', listToRow(list));
}

function writeExampleVersions(w: Writer, planId: string): void {
  for (const version of exampleVersions()) {
    w.put(
      'plan_versions',
      { plan_id: planId, id: version.id },
      { label: version.label, created_at: version.createdAt, snapshot: JSON.stringify(version.content) },
    );
  }
}

export function seedExample(store: Store, attachments: Attachments, id: string): string {
  storeExampleDocuments(attachments);
  return createPlan(store, id, { name: examplePlanName, content: exampleContent(), isExample: true });
}

/** The example procurement files point at documents: put them where attachments live. */
function storeExampleDocuments(attachments: Attachments): void {
  for (const document of exampleDocuments) attachments.put(Buffer.from(document.content, 'utf8'));
}

/** On the very first start the app holds the example plan; deleting it later is respected. */
export function seedExampleOnce(store: Store, attachments: Attachments, newId: () => string): void {
  if (store.getSetting(EXAMPLE_SEEDED) !== null) return;
  store.db.transaction(() => {
    seedExample(store, attachments, newId());
    seedExampleReferenceList(store, EXAMPLE_REFERENCE_LIST_ID);
    store.setSetting(EXAMPLE_SEEDED, store.nowIso());
    store.journal.forget('library');
  })();
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
