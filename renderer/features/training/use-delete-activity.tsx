// Deleting an activity: after a confirmation, with "Ongedaan maken" in the toast. Undo goes
// through the plan's undo journal when the delete is still the last change (same id, same
// place); after other edits it adds the activity back instead, so the toast never undoes
// something else.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import type { Activity } from '../../../shared/training/schema.ts';
import { queryKeys, useWrite } from '../../api/hooks.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useToasts } from '../../components/Toasts.tsx';

export function useDeleteActivity(planId: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const [pending, setPending] = useState<Activity | null>(null);

  const restore = useCallback(
    async (activity: Activity, deletedAt: string) => {
      const current = client.getQueryData<PlanState>(queryKeys.plan(planId));
      if (current && current.plan.updatedAt === deletedAt && current.undo.undoLabelKey === 'undo.deleteActivity') {
        await write('undo.undo', { scope: planId });
        await client.invalidateQueries({ queryKey: queryKeys.plan(planId) });
      } else {
        const { id: _id, ...fields } = activity;
        await write('activities.create', { planId, activity: fields });
      }
      notify(t('training.activityRestored', { title: activity.title }));
    },
    [client, notify, planId, t, write],
  );

  const confirm = useCallback(async () => {
    const activity = pending;
    setPending(null);
    if (!activity) return;
    const state = await write('activities.delete', { planId, activityId: activity.id });
    afterDelete?.();
    notify(t('training.activityDeleted', { title: activity.title }), {
      label: t('app.undo'),
      run: () => void restore(activity, state.plan.updatedAt),
    });
  }, [afterDelete, notify, pending, planId, restore, t, write]);

  const dialog = (
    <Dialog
      open={pending !== null}
      title={t('training.deleteTitle')}
      onClose={() => setPending(null)}
      onSubmit={() => void confirm()}
      actions={
        <>
          <Button onClick={() => setPending(null)}>{t('app.cancel')}</Button>
          <Button type="submit" variant="danger">
            {t('training.deleteConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('training.deleteBody', { title: pending?.title ?? '' })}</p>
    </Dialog>
  );

  return { ask: setPending, dialog };
}
