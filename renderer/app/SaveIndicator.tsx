import { useTranslation } from 'react-i18next';
import { formatTime } from '../../shared/format.ts';
import { useSaveStatus } from '../api/save-status.ts';

export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useSaveStatus();
  let text = '';
  let tone = 'idle';
  if (status.pending > 0) {
    text = t('app.saving');
    tone = 'saving';
  } else if (status.lastError) {
    text = `${t('app.saveFailed')}: ${t(status.lastError.messageKey)}`;
    tone = 'error';
  } else if (status.lastSavedAt) {
    text = t('app.savedAt', { time: formatTime(status.lastSavedAt) });
    tone = 'saved';
  }
  return (
    <p className={`save-indicator save-indicator--${tone}`} role="status" aria-live="polite" data-save-state={tone}>
      {text}
    </p>
  );
}
