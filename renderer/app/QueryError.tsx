import { useTranslation } from 'react-i18next';
import { AppError } from '../../shared/result.ts';
import { Button } from '../components/Button.tsx';

export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const key = error instanceof AppError ? error.messageKey : 'errors.internal';
  const params = error instanceof AppError ? (error.details?.params ?? {}) : {};
  return (
    <div className="page" role="alert">
      <h1 className="page-heading">{t('app.errorTitle')}</h1>
      <p>{t(key, params)}</p>
      <Button onClick={onRetry}>{t('app.retry')}</Button>
    </div>
  );
}
