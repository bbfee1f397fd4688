// The warning that the fees changed after the council decided: the changes as a readable
// list and one button to prepare a new decision. Shown only when there is a difference.
import { useTranslation } from 'react-i18next';
import type { FeePolicy, PolicyDifference } from '../../../../shared/fees/decisions.ts';
import type { Decision } from '../../../../shared/fees/schema.ts';
import { formatDate } from '../../../../shared/format.ts';
import { Button } from '../../../components/Button.tsx';
import { describeDifferences } from './differences.ts';

interface MismatchProps {
  decision: Decision;
  current: FeePolicy;
  differences: readonly PolicyDifference[];
  onPrepare: () => void;
}

export function Mismatch({ decision, current, differences, onPrepare }: MismatchProps) {
  const { t } = useTranslation();
  const sentences = describeDifferences(t, decision.snapshot, current, differences);
  return (
    <section className="notice notice--warn mismatch" aria-labelledby="mismatch-heading" data-mismatch>
      <h2 id="mismatch-heading" className="mismatch__heading">
        <span aria-hidden="true">⚠ </span>
        {t('fees.council.mismatchHeading', { date: formatDate(decision.meetingDate), year: decision.schoolYear })}
      </h2>
      <p>{t('fees.council.mismatchIntro', { count: sentences.length })}</p>
      <ul className="mismatch__list">
        {sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ul>
      <Button variant="primary" onClick={onPrepare}>
        {t('fees.council.prepare')}
      </Button>
    </section>
  );
}
