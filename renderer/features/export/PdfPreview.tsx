// The print preview: the exported PDF itself, drawn page by page with pdf.js, so what the
// school sees here is exactly what it will print or send. Loaded only when opened.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type PreviewState = { kind: 'loading' } | { kind: 'ready'; pages: number } | { kind: 'failed' };

export function PdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    const target = holder.current;
    void (async () => {
      try {
        const pdfjs = await import('pdfjs-dist');
        const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        // pdf.js takes the buffer over: hand it a copy, the caller keeps its bytes.
        const task = pdfjs.getDocument({ data: bytes.slice() });
        destroy = () => task.destroy();
        const document = await task.promise;
        if (cancelled || !target) return;
        target.replaceChildren();
        for (let number = 1; number <= document.numPages; number++) {
          const page = await document.getPage(number);
          const viewport = page.getViewport({ scale: 1.25 });
          const canvas = window.document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.className = 'pdf-preview__page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('exportStep.previewPage', { page: number, pages: document.numPages, title }));
          target.append(canvas);
          await page.render({ canvas, viewport }).promise;
          if (cancelled) return;
        }
        setState({ kind: 'ready', pages: document.numPages });
      } catch {
        if (!cancelled) setState({ kind: 'failed' });
      }
    })();
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [bytes, t, title]);

  return (
    // Focusable, so the pages scroll with the keyboard too.
    <div className="pdf-preview" tabIndex={0} role="region" aria-label={t('exportStep.previewRegion', { title })}>
      <p className="pdf-preview__status" role="status">
        {state.kind === 'loading' ? t('exportStep.previewLoading') : state.kind === 'ready' ? t('exportStep.previewPages', { count: state.pages }) : t('exportStep.previewFailed')}
      </p>
      <div ref={holder} className="pdf-preview__pages" data-pages={state.kind === 'ready' ? state.pages : undefined} />
    </div>
  );
}
