// The formatted-text editor behind a dynamic import: TipTap and ProseMirror load the first
// time an editor is shown, not with the app. Until then (or if loading fails) the stored
// text is shown read-only, so nothing the user wrote is ever hidden.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button.tsx';
import type { RichTextEditorProps } from './RichTextEditor.tsx';
import { RichTextView } from './RichTextView.tsx';

const RichTextEditor = lazy(() => import('./RichTextEditor.tsx'));

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function ReadOnly({ value, notice, action }: { value: RichTextEditorProps['value']; notice: string; action?: ReactNode }) {
  return (
    <div className="richtext-editor richtext-editor--readonly">
      <p className="muted richtext-editor__notice" role="status">
        {notice} {action}
      </p>
      <RichTextView doc={value} className="richtext__content" />
    </div>
  );
}

export function LazyRichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation();
  return (
    <LoadBoundary
      fallback={
        <ReadOnly
          value={props.value}
          notice={t('policy.editorFailed')}
          action={
            // React.lazy remembers a failed import; a reload fetches it again (everything is saved).
            <Button variant="ghost" onClick={() => window.location.reload()}>
              {t('app.retry')}
            </Button>
          }
        />
      }
    >
      <Suspense fallback={<ReadOnly value={props.value} notice={t('policy.editorLoading')} />}>
        <RichTextEditor {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
