// Placeholder while this step is being built; replaced in the same change.
import type { PlanState } from '../../../shared/contract.ts';

export function TrainingPage(_props: { state: PlanState; rest: string }) {
  return null;
}
