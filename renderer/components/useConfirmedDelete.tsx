// Deleting something: a confirmation first, then a toast with "Ongedaan maken". The toast
// undoes through the undo journal only while the delete is still the last step in its
// scope, so it can never undo something else; after other edits it says to use the undo
// button, which walks back step by step.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useWrite } from '../api/hooks.tsx';
import { Button } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { useToasts } from './Toasts.tsx';

export interface DeleteTexts {
  title: string;
  body: string;
  confirm: string;
  /** The toast after the delete. */
  deleted: string;
  /** The toast after the undo. */
  restored: string;
}

interface Options<T> {
  /** The undo scope the delete is recorded in: a plan id or `library`. */
  scope: string;
  /** The journal label of this kind of delete, e.g. `undo.deleteGoal`. */
  undoLabelKey: string;
  texts: (item: T) => DeleteTexts;
  remove: (item: T) => Promise<void>;
  /** A way back of its own (a plan comes back from the trash), used instead of the journal. */
  restore?: (item: T) => Promise<void>;
  afterDelete?: (item: T) => void;
  /** Called just before an undo is applied, e.g. to focus the item when it is back. */
  beforeUndo?: (item: T) => void;
}

export function useConfirmedDelete<T>({ scope, undoLabelKey, texts, remove, restore, afterDelete, beforeUndo }: Options<T>): {
  ask: (item: T) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const [pending, setPending] = useState<T | null>(null);

  const undo = useCallback(
    async (item: T) => {
      if (restore) {
        beforeUndo?.(item);
        await restore(item);
      } else {
        const state = await api.run('undo.state', { scope });
        if (state.undoLabelKey !== undoLabelKey) {
          notify(t('app.undoMovedOn'));
          return;
        }
        beforeUndo?.(item);
        await write('undo.undo', { scope });
        await client.invalidateQueries();
      }
      notify(texts(item).restored);
    },
    [api, beforeUndo, client, notify, restore, scope, t, texts, undoLabelKey, write],
  );

  const confirm = useCallback(async () => {
    const item = pending;
    setPending(null);
    if (item === null) return;
    await remove(item);
    afterDelete?.(item);
    notify(texts(item).deleted, { label: t('app.undo'), run: () => void undo(item) });
  }, [afterDelete, notify, pending, remove, t, texts, undo]);

  const shown = pending === null ? null : texts(pending);
  const dialog = (
    <Dialog
      open={pending !== null}
      title={shown?.title ?? ''}
      onClose={() => setPending(null)}
      onSubmit={() => void confirm()}
      actions={
        <>
          <Button onClick={() => setPending(null)}>{t('app.cancel')}</Button>
          <Button type="submit" variant="danger">
            {shown?.confirm ?? ''}
          </Button>
        </>
      }
    >
      <p>{shown?.body ?? ''}</p>
    </Dialog>
  );

  return { ask: setPending, dialog };
}
