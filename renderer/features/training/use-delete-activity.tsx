// Deleting a training activity: the shared confirmation and undo toast, with this step's words.
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/training/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';

export function useDeleteActivity(planId: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const write = useWrite();
  return useConfirmedDelete<Activity>({
    scope: planId,
    undoLabelKey: 'undo.deleteActivity',
    texts: (activity) => ({
      title: t('training.deleteTitle'),
      body: t('training.deleteBody', { title: activity.title }),
      confirm: t('training.deleteConfirm'),
      deleted: t('training.activityDeleted', { title: activity.title }),
      restored: t('training.activityRestored', { title: activity.title }),
    }),
    remove: async (activity) => {
      await write('activities.delete', { planId, activityId: activity.id });
    },
    ...(afterDelete ? { afterDelete } : {}),
  });
}
