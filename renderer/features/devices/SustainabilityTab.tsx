// Placeholder while this sub-page is being built; replaced in the same change.
import type { PlanState } from '../../../shared/contract.ts';

export function SustainabilityTab(_props: { state: PlanState }) {
  return null;
}
