// Undo and redo for the current scope (the plan you are in, or the list of plans), from
// the buttons, Ctrl+Z / Ctrl+Y (Cmd+Z / Cmd+Shift+Z) and the desktop menu. In a field
// with unsaved typing, the keys belong to the field.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { useUndoState, useWrite } from '../api/hooks.tsx';
import { desktopBridge } from '../api/transport.ts';
import { Button } from '../components/Button.tsx';
import { useToasts } from '../components/Toasts.tsx';
import { paths } from './routes.ts';

function hasUnsavedTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.dataset.dirty === 'true';
}

export function UndoControls() {
  const { t } = useTranslation();
  const match = useMatch('/plan/:planId/*');
  const scope = match?.params.planId ?? 'library';
  const undoState = useUndoState(scope).data;
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const navigate = useNavigate();

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.matches('input, textarea, select')) active.blur();
      const outcome = await write(direction === 'undo' ? 'undo.undo' : 'undo.redo', { scope }).catch(() => null);
      if (!outcome) return;
      await client.invalidateQueries();
      const action = t(outcome.labelKey);
      notify(t(direction === 'undo' ? 'app.undone' : 'app.redone', { action }));
    },
    [client, notify, scope, t, write],
  );

  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const wantsUndo = key === 'z' && !event.shiftKey;
      const wantsRedo = key === 'y' || (key === 'z' && event.shiftKey);
      if (!wantsUndo && !wantsRedo) return;
      if (hasUnsavedTyping(event.target)) return;
      event.preventDefault();
      void stepRef.current(wantsUndo ? 'undo' : 'redo');
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = desktopBridge()?.onMenuCommand((command) => {
      if (command === 'undo' || command === 'redo') {
        if (hasUnsavedTyping(document.activeElement)) document.execCommand(command);
        else void stepRef.current(command);
      }
      if (command === 'newPlan') void navigate(paths.newPlan);
      if (command === 'showPlans') void navigate(paths.plans);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [navigate]);

  const undoLabel = undoState?.undoLabelKey ? t('app.undoWhat', { action: t(undoState.undoLabelKey) }) : t('app.undo');
  const redoLabel = undoState?.redoLabelKey ? t('app.redoWhat', { action: t(undoState.redoLabelKey) }) : t('app.redo');
  return (
    <div className="undo-controls">
      <Button
        variant="ghost"
        disabled={!undoState?.canUndo}
        aria-keyshortcuts="Control+Z"
        title={`${undoLabel} (Ctrl+Z)`}
        aria-label={undoLabel}
        onClick={() => void step('undo')}
      >
        <span aria-hidden="true">↶</span> {t('app.undo')}
      </Button>
      <Button
        variant="ghost"
        disabled={!undoState?.canRedo}
        aria-keyshortcuts="Control+Y"
        title={`${redoLabel} (Ctrl+Y)`}
        aria-label={redoLabel}
        onClick={() => void step('redo')}
      >
        <span aria-hidden="true">↷</span> {t('app.redo')}
      </Button>
    </div>
  );
}
