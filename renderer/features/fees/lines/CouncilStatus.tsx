// Where the fees stand with the school council for the current school year: decided and
// unchanged since, changed since the decision (and what changed), or not decided yet. It
// sits above the fee lines, so a change that needs a new decision is seen where it is made.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feePolicyDifferences } from '../../../../shared/fees/decisions.ts';
import type { Decision, Fees, LoanService } from '../../../../shared/fees/schema.ts';
import { formatDate } from '../../../../shared/format.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import { subPaths } from '../../../app/routes.ts';

interface CouncilStatusProps {
  planId: string;
  year: SchoolYear;
  decisions: readonly Decision[];
  fees: Fees;
  loan: LoanService;
}

/** The decision the fee rules look at: the latest meeting of the year. */
export function latestDecision(decisions: readonly Decision[], year: SchoolYear): Decision | undefined {
  return decisions
    .filter((decision) => decision.schoolYear === year)
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.recordedAt.localeCompare(a.recordedAt))[0];
}

export function CouncilStatus({ planId, year, decisions, fees, loan }: CouncilStatusProps) {
  const { t } = useTranslation();
  const latest = latestDecision(decisions, year);
  const toCouncil = (
    <Link to={subPaths.fees(planId, 'council')} className="council-status__link">
      {t('fees.lines.council.toCouncil')} <span aria-hidden="true">→</span>
    </Link>
  );

  if (!latest) {
    return (
      <div className="council-status council-status--none" role="status">
        <p>
          <span aria-hidden="true">○ </span>
          {t('fees.lines.council.none', { year })} {toCouncil}
        </p>
      </div>
    );
  }
  const date = formatDate(latest.meetingDate);
  if (latest.outcome === 'rejected') {
    return (
      <div className="council-status council-status--changed" role="status">
        <p>
          <span aria-hidden="true">✕ </span>
          {t('fees.lines.council.rejected', { year, date })} {toCouncil}
        </p>
      </div>
    );
  }
  const differences = feePolicyDifferences(latest.snapshot, { fees, loanUsers: loan.users });
  if (differences.length === 0) {
    return (
      <div className="council-status council-status--ok" role="status">
        <p>
          <span aria-hidden="true">✓ </span>
          {t('fees.lines.council.matches', { year, date, outcome: t(`fees.lines.council.outcomes.${latest.outcome}`) })}
        </p>
      </div>
    );
  }
  const changed = changedParts(differences.map((difference) => difference.path), latest.snapshot.fees, fees, (part) => t(`fees.lines.council.parts.${part}`));
  return (
    <div className="council-status council-status--changed" role="status" data-council-status="changed">
      <p className="council-status__title">
        <span aria-hidden="true">⚠ </span>
        {t('fees.lines.council.changed', { year, date })}
      </p>
      <p>
        {t('fees.lines.council.changedParts', { parts: changed.join(', ') })} {toCouncil}
      </p>
    </div>
  );
}

type Part = 'damageCharges' | 'corrections' | 'payment' | 'monthsPerSchoolYear' | 'loanUsers';
const partNames: readonly string[] = ['damageCharges', 'corrections', 'payment', 'monthsPerSchoolYear', 'loanUsers'] satisfies Part[];

/** What changed, in words: the fee lines by their label, the other parts by their name. */
function changedParts(paths: string[], before: Fees, after: Fees, nameOf: (part: Part) => string): string[] {
  const labelOf = (id: string) => after.lines.find((line) => line.id === id)?.label ?? before.lines.find((line) => line.id === id)?.label ?? id;
  const parts: string[] = [];
  for (const path of paths) {
    const [top = '', id = ''] = path.split('.');
    const part = top === 'lines' ? `„${labelOf(id)}”` : partNames.includes(top) ? nameOf(top as Part) : top;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts;
}
