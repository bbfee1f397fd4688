// Deleting a procurement file: the shared confirmation and undo toast, with this screen's
// words. The documents stay stored; an undo brings the file back with them.
import { useTranslation } from 'react-i18next';
import type { Procurement } from '../../../../shared/devices/procurement.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { useConfirmedDelete } from '../../../components/useConfirmedDelete.tsx';

export function useDeleteProcurement(planId: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const write = useWrite();
  return useConfirmedDelete<Procurement>({
    scope: planId,
    undoLabelKey: 'undo.deleteProcurement',
    texts: (procurement) => ({
      title: t('procurement.deleteTitle'),
      body: t('procurement.deleteBody', { title: procurement.title }),
      confirm: t('procurement.deleteConfirm'),
      deleted: t('procurement.deleted', { title: procurement.title }),
      restored: t('procurement.restored', { title: procurement.title }),
    }),
    remove: async (procurement) => {
      await write('procurements.delete', { planId, procurementId: procurement.id });
    },
    ...(afterDelete ? { afterDelete } : {}),
  });
}
