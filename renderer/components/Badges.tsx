import { useTranslation } from 'react-i18next';
import type { StepState } from '../../shared/findings/engine.ts';
import type { Severity } from '../../shared/findings/finding.ts';

const stepIcons: Record<StepState, string> = { blocked: '✕', attention: '!', done: '✓', todo: '○', later: '…' };

export function StepStateBadge({ state }: { state: StepState }) {
  const { t } = useTranslation();
  return (
    <span className={`state state--${state}`}>
      <span aria-hidden="true" className="state__icon">
        {stepIcons[state]}
      </span>
      {t(`stepState.${state}`)}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <span className={`severity severity--${severity}`}>{t(`severity.${severity}`)}</span>;
}
