// Devices and contracts: the inventory (paged queries, groups, edits one by one or in bulk),
// the step's settings, contract comparisons, procurement files with their documents, and
// the reference price lists every plan compares with.
import { newProcurement, ProcurementSchema, type Procurement } from '../../shared/devices/procurement.ts';
import {
  DevicesSettingsSchema,
  InventoryLineSchema,
  newLine,
  type InventoryFilter,
} from '../../shared/devices/schema.ts';
import { TcoComparisonSchema } from '../../shared/devices/tco.ts';
import { AppError } from '../../shared/result.ts';
import { decodeBase64 } from '../store/attachments.ts';
import { nextPosition, putItem, putPart, readItem, readPart } from '../store/content.ts';
import {
  groupInventory,
  idsMatching,
  lineToRow,
  nextInventoryPosition,
  patchToColumns,
  queryInventory,
  readLine,
} from '../store/inventory.ts';
import { readReferenceLists } from '../store/prices.ts';
import type { Store } from '../store/store.ts';
import { editPlan, notFound, parseOrThrow } from './edit.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type DeviceChannels =
  | 'inventory.query'
  | 'inventory.groups'
  | 'inventory.create'
  | 'inventory.update'
  | 'inventory.bulkUpdate'
  | 'inventory.delete'
  | 'devices.update'
  | 'tcos.create'
  | 'tcos.update'
  | 'tcos.delete'
  | 'procurements.create'
  | 'procurements.update'
  | 'procurements.delete'
  | 'procurements.attach'
  | 'procurements.detach'
  | 'attachments.read'
  | 'prices.list'
  | 'prices.delete';

function targetIds(store: Store, planId: string, target: { ids: string[] } | { filter: InventoryFilter }): string[] {
  return 'ids' in target ? target.ids : idsMatching(store.db, planId, target.filter);
}

function findProcurement(store: Store, planId: string, procurementId: string): Procurement {
  const procurement = readItem(store.db, planId, 'procurement', procurementId);
  if (!procurement) throw notFound('errors.procurementNotFound', { procurementId });
  return procurement;
}

export function deviceHandlers({ store, newId, attachments }: HandlerDeps): PartialHandlers<DeviceChannels> {
  const writeProcurement = (planId: string, next: Procurement, labelKey: string, coalesceKey?: string) =>
    editPlan(store, planId, coalesceKey ? { labelKey, coalesceKey } : { labelKey }, (w) =>
      w.update('plan_items', { plan_id: planId, kind: 'procurement', id: next.id }, { data: JSON.stringify(next) }),
    );

  return {
    'inventory.query': ({ planId, filter, sort, offset, limit }) => {
      store.planRow(planId);
      return queryInventory(store.db, planId, { filter, sort, offset, limit });
    },

    'inventory.groups': ({ planId, filter, by }) => {
      store.planRow(planId);
      return groupInventory(store.db, planId, filter, by);
    },

    'inventory.create': ({ planId, line }) => {
      store.planRow(planId);
      const id = newId();
      const created = parseOrThrow(InventoryLineSchema, newLine(id, line));
      const state = editPlan(store, planId, { labelKey: 'undo.createLine' }, (w) =>
        w.insert('inventory', lineToRow(planId, created, nextInventoryPosition(store.db, planId))),
      );
      return { ...state, createdId: id };
    },

    'inventory.update': ({ planId, lineId, patch }) => {
      store.planRow(planId);
      const current = readLine(store.db, planId, lineId);
      if (!current) throw notFound('errors.lineNotFound', { lineId });
      parseOrThrow(InventoryLineSchema, { ...current, ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editLine', coalesceKey: `line:${lineId}:${fields}` }, (w) =>
        w.update('inventory', { plan_id: planId, id: lineId }, patchToColumns(patch)),
      );
    },

    'inventory.bulkUpdate': ({ planId, target, patch }) => {
      store.planRow(planId);
      const ids = targetIds(store, planId, target);
      const state = editPlan(store, planId, { labelKey: 'undo.bulkEditLines' }, (w) =>
        w.updateMany(
          'inventory',
          ids.map((id) => ({ plan_id: planId, id })),
          patchToColumns(patch),
        ),
      );
      return { ...state, affected: ids.length };
    },

    'inventory.delete': ({ planId, target }) => {
      store.planRow(planId);
      const ids = targetIds(store, planId, target);
      const state = editPlan(store, planId, { labelKey: 'undo.deleteLines' }, (w) =>
        w.removeMany(
          'inventory',
          ids.map((id) => ({ plan_id: planId, id })),
        ),
      );
      return { ...state, affected: ids.length };
    },

    'devices.update': ({ planId, patch }) => {
      store.planRow(planId);
      const next = parseOrThrow(DevicesSettingsSchema, { ...readPart(store.db, planId, 'devices'), ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editDevices', coalesceKey: `devices:${fields}` }, (w) =>
        putPart(w, planId, 'devices', next),
      );
    },

    'tcos.create': ({ planId, tco }) => {
      store.planRow(planId);
      const id = newId();
      const created = parseOrThrow(TcoComparisonSchema, { options: [], chosenOptionId: null, motivation: '', quantity: 1, years: 4, ...tco, id });
      const state = editPlan(store, planId, { labelKey: 'undo.createComparison' }, (w) =>
        putItem(w, planId, 'tco', id, nextPosition(store.db, planId, 'tco'), created),
      );
      return { ...state, createdId: id };
    },

    'tcos.update': ({ planId, tcoId, patch }) => {
      store.planRow(planId);
      const current = readItem(store.db, planId, 'tco', tcoId);
      if (!current) throw notFound('errors.comparisonNotFound', { tcoId });
      const next = parseOrThrow(TcoComparisonSchema, { ...current, ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editComparison', coalesceKey: `tco:${tcoId}:${fields}` }, (w) =>
        w.update('plan_items', { plan_id: planId, kind: 'tco', id: tcoId }, { data: JSON.stringify(next) }),
      );
    },

    'tcos.delete': ({ planId, tcoId }) => {
      store.planRow(planId);
      if (!readItem(store.db, planId, 'tco', tcoId)) throw notFound('errors.comparisonNotFound', { tcoId });
      return editPlan(store, planId, { labelKey: 'undo.deleteComparison' }, (w) =>
        w.remove('plan_items', { plan_id: planId, kind: 'tco', id: tcoId }),
      );
    },

    'procurements.create': ({ planId, procurement }) => {
      store.planRow(planId);
      const id = newId();
      const created = parseOrThrow(ProcurementSchema, newProcurement(id, procurement));
      const state = editPlan(store, planId, { labelKey: 'undo.createProcurement' }, (w) =>
        putItem(w, planId, 'procurement', id, nextPosition(store.db, planId, 'procurement'), created),
      );
      return { ...state, createdId: id };
    },

    'procurements.update': ({ planId, procurementId, patch }) => {
      store.planRow(planId);
      const next = parseOrThrow(ProcurementSchema, { ...findProcurement(store, planId, procurementId), ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return writeProcurement(planId, next, 'undo.editProcurement', `procurement:${procurementId}:${fields}`);
    },

    'procurements.delete': ({ planId, procurementId }) => {
      store.planRow(planId);
      findProcurement(store, planId, procurementId);
      return editPlan(store, planId, { labelKey: 'undo.deleteProcurement' }, (w) =>
        w.remove('plan_items', { plan_id: planId, kind: 'procurement', id: procurementId }),
      );
    },

    'procurements.attach': ({ planId, procurementId, fileName, contentBase64 }) => {
      store.planRow(planId);
      const current = findProcurement(store, planId, procurementId);
      const bytes = decodeBase64(contentBase64);
      // The file is on disk before the record points at it; an undo only unlinks it.
      const sha256 = attachments.put(bytes);
      const next = parseOrThrow(ProcurementSchema, {
        ...current,
        documents: [...current.documents, { id: newId(), fileName, sha256, size: bytes.length, addedAt: store.nowIso() }],
      });
      return writeProcurement(planId, next, 'undo.attachDocument');
    },

    'procurements.detach': ({ planId, procurementId, attachmentId }) => {
      store.planRow(planId);
      const current = findProcurement(store, planId, procurementId);
      if (!current.documents.some((document) => document.id === attachmentId)) {
        throw notFound('errors.attachmentMissing', {});
      }
      const next = { ...current, documents: current.documents.filter((document) => document.id !== attachmentId) };
      return writeProcurement(planId, next, 'undo.detachDocument');
    },

    'attachments.read': ({ planId, sha256 }) => {
      store.planRow(planId);
      const referenced = store.getPlan(planId).procurements.some((p) => p.documents.some((d) => d.sha256 === sha256));
      if (!referenced) throw new AppError('NOT_FOUND', 'errors.attachmentMissing');
      return { contentBase64: attachments.read(sha256).toString('base64') };
    },

    'prices.list': () => readReferenceLists(store.db),

    'prices.delete': ({ listId }) => {
      const list = readReferenceLists(store.db).find((candidate) => candidate.id === listId);
      if (!list) throw notFound('errors.priceListNotFound', { listId });
      store.mutate({ scope: 'library', labelKey: 'undo.deletePriceList' }, (w) => w.remove('reference_price_lists', { id: listId }));
      return { listId };
    },
  };
}
