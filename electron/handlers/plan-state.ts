// Reading a plan together with what the rules say about it: what every edit returns.
import type { PlanState } from '../../shared/contract.ts';
import { checkPreconditions, isComplete, isReady, stepStatuses } from '../../shared/findings/engine.ts';
import { readReferenceLists } from '../store/prices.ts';
import type { Store } from '../store/store.ts';

export function planState(store: Store, planId: string): PlanState {
  const plan = store.getPlan(planId);
  const findings = checkPreconditions(plan, { today: store.nowIso(), referenceLists: readReferenceLists(store.db) });
  return {
    plan,
    findings,
    steps: stepStatuses(plan, findings),
    ready: isReady(findings),
    complete: isComplete(),
    undo: store.journal.state(planId),
  };
}
