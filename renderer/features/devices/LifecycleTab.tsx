// Placeholder while this sub-page is being built; replaced in the same change.
import type { PlanState } from '../../../shared/contract.ts';

export function LifecycleTab(_props: { state: PlanState }) {
  return null;
}
