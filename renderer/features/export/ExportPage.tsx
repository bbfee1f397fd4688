// The export step: every document the school hands to its council, its board, AGODI and
// the knowledge centre, each one download away, all of them with progress, and a print
// preview of the PDFs. Exporting never waits for a ready plan: the check says what is missing.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language, PlanState } from '../../../shared/contract.ts';
import { documentsFor, exportDocumentFormat, exportFormats, type ExportDocumentId } from '../../../shared/export/documents.ts';
import { feesClosed } from '../../../shared/fees/rules.ts';
import { useApi } from '../../api/hooks.tsx';
import { paths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { base64ToBytes, downloadBase64 } from '../../components/files.ts';

const PdfPreview = lazy(() => import('./PdfPreview.tsx').then((module) => ({ default: module.PdfPreview })));

type Progress = { done: number; total: number; current: string } | null;

export function ExportPage({ state }: { state: PlanState }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { plan, ready, findings } = state;
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'nl');
  const [progress, setProgress] = useState<Progress>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [preview, setPreview] = useState<{ title: string; fileName: string; base64: string; bytes: Uint8Array } | null>(null);
  const documents = documentsFor(exportFormats, feesClosed(plan));
  const blocking = findings.filter((finding) => finding.severity === 'blocking').length;
  const [bundleBusy, setBundleBusy] = useState(false);
  const [bundleMessage, setBundleMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const busy = progress !== null || bundleBusy;

  const build = (document: ExportDocumentId) => api.run('exports.document', { planId: plan.id, document, language });

  const run = async (chosen: readonly ExportDocumentId[], then: 'download' | 'preview') => {
    setMessage(null);
    let done = 0;
    try {
      for (const document of chosen) {
        setProgress({ done, total: chosen.length, current: t(`exportStep.documents.${document}.title`) });
        const built = await build(document);
        if (then === 'preview') setPreview({ title: t(`exportStep.documents.${document}.title`), fileName: built.fileName, base64: built.contentBase64, bytes: base64ToBytes(built.contentBase64) });
        else downloadBase64(built.contentBase64, built.fileName);
        done++;
      }
      if (then === 'download') setMessage({ kind: 'ok', text: t('exportStep.downloaded', { count: done }) });
    } catch {
      setMessage({ kind: 'error', text: t('exportStep.failed', { count: done }) });
    } finally {
      setProgress(null);
    }
  };

  // The submission bundle: built by the main process from the saved plan; nothing is changed.
  const downloadBundle = async () => {
    setBundleMessage(null);
    setBundleBusy(true);
    try {
      const built = await api.run('exports.bundle', { planId: plan.id, language });
      downloadBase64(built.contentBase64, built.fileName);
      setBundleMessage({ kind: 'ok', text: t('exportStep.bundle.downloaded', { name: built.fileName }) });
    } catch {
      setBundleMessage({ kind: 'error', text: t('exportStep.bundle.failed') });
    } finally {
      setBundleBusy(false);
    }
  };

  return (
    <section className="page page--wide" data-screen="export">
      <PageHeading>{t('exportStep.heading')}</PageHeading>
      <p className="lead">{t('exportStep.intro')}</p>
      <p className={`readiness__verdict ${ready ? 'text-ok' : 'text-blocked'}`}>
        {ready ? t('exportStep.ready') : t('exportStep.notReady', { count: blocking })}{' '}
        {!ready && <Link to={paths.step(plan.id, 'check')}>{t('exportStep.toCheck')}</Link>}
      </p>

      <div className="export-toolbar">
        <label className="field field--short">
          <span className="field__label">{t('exportStep.language')}</span>
          <select className="field__input" value={language} onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'nl')} disabled={busy}>
            <option value="nl">{t('exportStep.languages.nl')}</option>
            <option value="en">{t('exportStep.languages.en')}</option>
          </select>
        </label>
        <Button variant="primary" disabled={busy} onClick={() => void run(documents, 'download')}>
          {t('exportStep.downloadAll', { count: documents.length })}
        </Button>
      </div>

      <div className="export-progress" aria-live="polite">
        {progress && (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t('exportStep.progressLabel')} />
            <span>{t('exportStep.progress', { done: progress.done + 1, total: progress.total, current: progress.current })}</span>
          </>
        )}
        {message && (
          <p className={message.kind === 'ok' ? 'text-ok' : 'text-blocked'} role={message.kind === 'error' ? 'alert' : undefined}>
            {message.text}
          </p>
        )}
      </div>

      <ul className="export-list">
        {documents.map((document) => {
          const format = exportDocumentFormat[document];
          const title = t(`exportStep.documents.${document}.title`);
          return (
            <li key={document} className="export-card" data-document={document}>
              <span className={`export-card__format export-card__format--${format}`}>{format.toUpperCase()}</span>
              <div className="export-card__text">
                <h2 className="export-card__title">{title}</h2>
                <p>{t(`exportStep.documents.${document}.description`)}</p>
              </div>
              <div className="export-card__actions">
                {format === 'pdf' && (
                  <Button disabled={busy} onClick={() => void run([document], 'preview')} aria-label={t('exportStep.previewNamed', { title })}>
                    {t('exportStep.preview')}
                  </Button>
                )}
                <Button disabled={busy} onClick={() => void run([document], 'download')} aria-label={t('exportStep.downloadNamed', { title })}>
                  {t('exportStep.download')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {feesClosed(plan) && <p className="notice">{t('exportStep.feesClosed')}</p>}

      <section className="export-bundle" aria-labelledby="export-bundle-heading" aria-busy={bundleBusy}>
        <span className="export-card__format export-card__format--zip">ZIP</span>
        <div className="export-card__text">
          <h2 id="export-bundle-heading" className="export-card__title">
            {t('exportStep.bundle.title')}
          </h2>
          <p>{t('exportStep.bundle.description')}</p>
          <p>{t('exportStep.bundle.validate')}</p>
          <div aria-live="polite" className="export-bundle__status">
            {bundleBusy && <p className="muted">{t('exportStep.bundle.busy')}</p>}
            {bundleMessage && (
              <p className={bundleMessage.kind === 'ok' ? 'text-ok' : 'text-blocked'} role={bundleMessage.kind === 'error' ? 'alert' : undefined}>
                {bundleMessage.text}
              </p>
            )}
          </div>
        </div>
        <div className="export-card__actions">
          <Button variant="primary" disabled={busy} onClick={() => void downloadBundle()}>
            {t('exportStep.bundle.download')}
          </Button>
        </div>
      </section>

      <Dialog
        open={preview !== null}
        title={preview ? t('exportStep.previewTitle', { title: preview.title }) : ''}
        onClose={() => setPreview(null)}
        actions={
          <>
            <Button onClick={() => setPreview(null)}>{t('exportStep.close')}</Button>
            <Button variant="primary" onClick={() => preview && downloadBase64(preview.base64, preview.fileName)}>
              {t('exportStep.download')}
            </Button>
          </>
        }
      >
        {preview && (
          <Suspense fallback={<p role="status">{t('exportStep.previewLoading')}</p>}>
            <PdfPreview bytes={preview.bytes} title={preview.title} />
          </Suspense>
        )}
      </Dialog>
    </section>
  );
}
