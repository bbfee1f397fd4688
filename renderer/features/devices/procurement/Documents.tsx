// The documents of a procurement file: attach (pick or drop files), open a stored copy, and
// detach with undo. Each document shows its SHA-256 fingerprint: the proof that the file
// opened later is the one that was attached. Detaching keeps the stored file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Procurement } from '../../../../shared/devices/procurement.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { AppError } from '../../../../shared/result.ts';
import { useApi, useWrite } from '../../../api/hooks.tsx';
import { Button } from '../../../components/Button.tsx';
import { FileDropZone } from '../../../components/FileDropZone.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { useToasts } from '../../../components/Toasts.tsx';
import { useConfirmedDelete } from '../../../components/useConfirmedDelete.tsx';
import { formatBytes, shortHash } from './view.ts';
import { downloadBase64, readAsBase64 } from '../../../components/files.ts';

/** The main process refuses more (electron/store/attachments.ts); say so before reading. */
const MAX_BYTES = 25 * 1024 * 1024;

export function Documents({ planId, procurement }: { planId: string; procurement: Procurement }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const { notify } = useToasts();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const inputId = fieldDomId(`procurements.${procurement.id}.documents`);

  const detach = useConfirmedDelete<Attachment>({
    scope: planId,
    undoLabelKey: 'undo.detachDocument',
    texts: (document) => ({
      title: t('procurement.detachTitle'),
      body: t('procurement.detachBody', { name: document.fileName }),
      confirm: t('procurement.detachConfirm'),
      deleted: t('procurement.detached', { name: document.fileName }),
      restored: t('procurement.reattached', { name: document.fileName }),
    }),
    remove: async (document) => {
      await write('procurements.detach', { planId, procurementId: procurement.id, attachmentId: document.id });
    },
  });

  const attach = async (files: readonly File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    const found: string[] = [];
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        found.push(t('procurement.tooLarge', { name: file.name, max: MAX_BYTES / 1024 / 1024 }));
        continue;
      }
      try {
        const contentBase64 = await readAsBase64(file);
        await write('procurements.attach', { planId, procurementId: procurement.id, fileName: file.name, contentBase64 });
        notify(t('procurement.attached', { name: file.name }));
      } catch (error) {
        const message = error instanceof AppError ? t(error.messageKey, error.details?.params ?? {}) : t('errors.internal');
        found.push(t('procurement.attachFailed', { name: file.name, message }));
      }
    }
    setProblems(found);
    setBusy(false);
  };

  const open = async (document: Attachment) => {
    try {
      const { contentBase64 } = await api.run('attachments.read', { planId, sha256: document.sha256 });
      downloadBase64(contentBase64, document.fileName);
      setProblems([]);
    } catch (error) {
      const message = error instanceof AppError ? t(error.messageKey, error.details?.params ?? {}) : t('errors.internal');
      setProblems([t('procurement.openFailed', { name: document.fileName, message })]);
    }
  };

  return (
    <section className="card documents" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className="card__title">
        {t('procurement.documents')}
      </h3>
      <p className="field__hint">{t('procurement.documentsIntro')}</p>
      {procurement.documents.length === 0 ? (
        <p className="muted">{t('procurement.noDocuments')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table documents-table">
            <caption className="visually-hidden">{t('procurement.documents')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.documentName')}</th>
                <th scope="col" className="numeric">
                  {t('procurement.documentSize')}
                </th>
                <th scope="col">{t('procurement.documentAdded')}</th>
                <th scope="col">{t('procurement.fingerprint')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('procurement.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {procurement.documents.map((document) => (
                <tr key={document.id}>
                  <th scope="row" className="documents-table__name">
                    {document.fileName}
                  </th>
                  <td className="numeric nowrap">{formatBytes(document.size)}</td>
                  <td className="nowrap">{formatTimestamp(document.addedAt)}</td>
                  <td>
                    <details className="fingerprint">
                      <summary>
                        <code>{shortHash(document.sha256)}</code>
                        <span className="visually-hidden"> {t('procurement.fingerprintMore')}</span>
                      </summary>
                      <p className="fingerprint__full">
                        <span className="muted">SHA-256: </span>
                        <code>{document.sha256}</code>
                      </p>
                      <p className="field__hint">{t('procurement.fingerprintHint')}</p>
                    </details>
                  </td>
                  <td>
                    <div className="row-actions">
                      <Button variant="ghost" aria-label={t('procurement.openNamed', { name: document.fileName })} onClick={() => void open(document)}>
                        {t('procurement.open')}
                      </Button>
                      <Button
                        variant="ghost"
                        className="danger-text"
                        aria-label={t('procurement.detachNamed', { name: document.fileName })}
                        onClick={() => detach.ask(document)}
                      >
                        {t('procurement.detach')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <FileDropZone
        id={inputId}
        label={t('procurement.attach')}
        hint={t('procurement.attachHint', { max: MAX_BYTES / 1024 / 1024 })}
        disabled={busy}
        onFiles={(files) => void attach(files)}
      >
        {busy && (
          <p className="muted" role="status">
            {t('procurement.attaching')}
          </p>
        )}
      </FileDropZone>
      {problems.length > 0 && (
        <ul className="field__error-list" role="alert">
          {problems.map((problem) => (
            <li key={problem} className="field__error">
              {problem}
            </li>
          ))}
        </ul>
      )}
      {detach.dialog}
    </section>
  );
}
