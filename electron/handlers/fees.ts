// The loan service, the fee policy and the school council's decisions. A decision freezes
// the fee policy as the council saw it; later changes show up as a mismatch, never as a
// silent change of what was decided.
import { DecisionSchema, FeesSchema, LoanServiceSchema } from '../../shared/fees/schema.ts';
import { nextPosition, putItem, putPart, readItem, readPart } from '../store/content.ts';
import { editPlan, notFound, parseOrThrow } from './edit.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type FeeChannels = 'loan.update' | 'fees.update' | 'decisions.record' | 'decisions.update' | 'decisions.delete';

export function feeHandlers({ store, newId }: HandlerDeps): PartialHandlers<FeeChannels> {
  return {
    'loan.update': ({ planId, patch }) => {
      store.planRow(planId);
      const next = parseOrThrow(LoanServiceSchema, { ...readPart(store.db, planId, 'loan'), ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editLoanService', coalesceKey: `loan:${fields}` }, (w) => putPart(w, planId, 'loan', next));
    },

    'fees.update': ({ planId, patch }) => {
      store.planRow(planId);
      const next = parseOrThrow(FeesSchema, { ...readPart(store.db, planId, 'fees'), ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editFees', coalesceKey: `fees:${fields}` }, (w) => putPart(w, planId, 'fees', next));
    },

    'decisions.record': ({ planId, decision }) => {
      store.planRow(planId);
      const id = newId();
      const recorded = parseOrThrow(DecisionSchema, {
        ...decision,
        id,
        snapshot: { fees: readPart(store.db, planId, 'fees'), loanUsers: readPart(store.db, planId, 'loan').users },
        recordedAt: store.nowIso(),
      });
      const state = editPlan(store, planId, { labelKey: 'undo.recordDecision' }, (w) =>
        putItem(w, planId, 'decision', id, nextPosition(store.db, planId, 'decision'), recorded),
      );
      return { ...state, createdId: id };
    },

    'decisions.update': ({ planId, decisionId, patch }) => {
      store.planRow(planId);
      const current = readItem(store.db, planId, 'decision', decisionId);
      if (!current) throw notFound('errors.decisionNotFound', { decisionId });
      // What the council saw stays as it was: only the record of the meeting can be corrected.
      const next = parseOrThrow(DecisionSchema, { ...current, ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editDecision', coalesceKey: `decision:${decisionId}:${fields}` }, (w) =>
        w.update('plan_items', { plan_id: planId, kind: 'decision', id: decisionId }, { data: JSON.stringify(next) }),
      );
    },

    'decisions.delete': ({ planId, decisionId }) => {
      store.planRow(planId);
      if (!readItem(store.db, planId, 'decision', decisionId)) throw notFound('errors.decisionNotFound', { decisionId });
      return editPlan(store, planId, { labelKey: 'undo.deleteDecision' }, (w) =>
        w.remove('plan_items', { plan_id: planId, kind: 'decision', id: decisionId }),
      );
    },
  };
}
