// Placeholder while this step is being built; replaced in the same change.
import type { PlanState } from '../../../shared/contract.ts';

export function PricesPage(_props: { state: PlanState }) {
  return null;
}
