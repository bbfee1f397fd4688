// Placeholder while this sub-page is being built; replaced in the same change.
import type { PlanState } from '../../../shared/contract.ts';

export function InventoryTab(_props: { state: PlanState; rest: string[] }) {
  return null;
}
