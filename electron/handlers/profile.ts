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
      const merged = ProfileSchema.safeParse({ ...store.getProfile(planId), ...patch });
      if (!merged.success) {
        throw new AppError('INVALID_INPUT', 'errors.invalidInput', { issues: issuesFromZod(merged.error) });
      }
      const fields = Object.keys(patch).sort().join(',');
      store.mutate({ scope: planId, labelKey: 'undo.editProfile', coalesceKey: `profile:${fields}` }, (w) => {
        w.update('plan_parts', { plan_id: planId, part: 'profile' }, { data: JSON.stringify(merged.data) });
      });
      store.touch(planId);
      return planState(store, planId);
    },
  };
}
