// Deleting a contract comparison: the shared confirmation and undo toast, with this screen's words.
import { useTranslation } from 'react-i18next';
import type { TcoComparison } from '../../../../shared/devices/tco.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { useConfirmedDelete } from '../../../components/useConfirmedDelete.tsx';

export function useDeleteComparison(planId: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const write = useWrite();
  return useConfirmedDelete<TcoComparison>({
    scope: planId,
    undoLabelKey: 'undo.deleteComparison',
    texts: (tco) => ({
      title: t('tco.deleteTitle'),
      body: t('tco.deleteBody', { title: tco.title }),
      confirm: t('tco.deleteConfirm'),
      deleted: t('tco.deleted', { title: tco.title }),
      restored: t('tco.restored', { title: tco.title }),
    }),
    remove: async (tco) => {
      await write('tcos.delete', { planId, tcoId: tco.id });
    },
    ...(afterDelete ? { afterDelete } : {}),
  });
}
