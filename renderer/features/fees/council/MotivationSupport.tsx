// The figures a motivation can refer to, for the school year of the decision: per fee line
// the yearly amount beside the cost per device (for a rent), the reference price and, for a
// deposit, the residual value. The council explains its amounts against these.
import { useTranslation } from 'react-i18next';
import { maximumRentCents, referenceFee } from '../../../../shared/fees/cost-basis.ts';
import type { Fees } from '../../../../shared/fees/schema.ts';
import { annualCents } from '../../../../shared/fees/settlement.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';

export function MotivationSupport({ fees, year, lists }: { fees: Fees; year: SchoolYear; lists: readonly ReferenceList[] }) {
  const { t } = useTranslation();
  const lines = fees.lines.filter((line) => line.years.includes(year));
  if (lines.length === 0) return null;
  return (
    <div className="decision-support">
      <p className="decision-support__title">{t('fees.council.support', { year })}</p>
      <ul>
        {lines.map((line) => {
          const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass);
          const reference = referenceFee(lists, line, year);
          const parts = [
            line.kind === 'deposit' ? formatMoney(line.amountCents) : t('fees.council.perYear', { amount: formatMoney(annualCents(line, fees)) }),
            line.kind === 'rent' && basis ? t('fees.council.costBasis', { amount: formatMoney(maximumRentCents(basis)) }) : null,
            line.kind === 'deposit' && basis ? t('fees.council.residual', { amount: formatMoney(basis.residualCents) }) : null,
            reference !== null ? t('fees.council.reference', { amount: formatMoney(reference) }) : null,
          ].filter((part): part is string => part !== null);
          return (
            <li key={line.id}>
              <strong>{line.label}</strong>: {parts.join('; ')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
