// The school profile step.
import { ProfileSchema } from '../../shared/profile/schema.ts';
import { AppError } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { planState } from './plan-state.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

export function profileHandlers({ store }: HandlerDeps): PartialHandlers<'profile.update'> {
  return {
    'profile.update': ({ planId, patch }) => {
      store.planRow(planId);
      const current = store.getProfile(planId);
      const merged = ProfileSchema.safeParse({ ...current, ...patch });
      if (!merged.success) {
        throw new AppError('INVALID_INPUT', 'errors.invalidInput', { issues: issuesFromZod(merged.error) });
      }
      // Both went through the schema, so equal profiles serialise alike even when the stored
      // text has its keys in another order: saving what is already there is no change.
      if (JSON.stringify(merged.data) === JSON.stringify(current)) return planState(store, planId);
      const fields = Object.keys(patch).sort().join(',');
      store.mutate({ scope: planId, labelKey: 'undo.editProfile', coalesceKey: `profile:${fields}` }, (w) => {
        w.update('plan_parts', { plan_id: planId, part: 'profile' }, { data: JSON.stringify(merged.data) });
      });
      store.touch(planId);
      return planState(store, planId);
    },
  };
}
