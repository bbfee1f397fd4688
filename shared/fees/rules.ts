// Rules on the loan service and fees (Digiplan §B.3): a loan service when use after school
// hours is required, no forced purchase, fees only for loan-service users and never in
// primary education, amounts within the cost basis and the reference price unless
// motivated, social corrections, spread payment, and a motivated school council decision
// that still matches what the school charges.
import { finding, type Finding } from '../findings/finding.ts';
import { formatMoney } from '../money.ts';
import type { Plan } from '../plan/schema.ts';
import { termYearOf } from '../plan/term.ts';
import type { ReferenceList } from '../prices/schema.ts';
import { gradesByLevel, type GradeKey } from '../profile/schema.ts';
import { maximumRentCents, referenceFee } from './cost-basis.ts';
import { annualCents, isRecurring } from './settlement.ts';
import { feePolicyDifferences } from './decisions.ts';

const primaryGrades: readonly GradeKey[] = [...gradesByLevel.basis, 'bubao'];

/** A school without secondary education charges no device fees: the fee part is closed. */
export function feesClosed(plan: Pick<Plan, 'profile'>): boolean {
  return !plan.profile.levels.includes('secundair') && !plan.profile.levels.includes('buitengewoon');
}

export function feeFindings(plan: Plan, today: string, referenceLists: readonly ReferenceList[]): Finding[] {
  const found: Finding[] = [];
  const { loan, fees, decisions } = plan;

  if (loan.requiresAfterHoursUse && !loan.offered) {
    found.push(finding('fees.loan-service-required', 'blocking', 'fees', 'digiplan.B3.loan', { field: 'loan.offered' }));
  }
  if (loan.purchaseThroughSchoolRequired) {
    found.push(finding('fees.forced-purchase', 'blocking', 'fees', 'practice.czb', { field: 'loan.purchaseThroughSchoolRequired' }));
  }
  if (loan.ownDeviceAllowed && loan.minimumSpecs.trim() === '') {
    found.push(finding('fees.own-device-without-specs', 'warning', 'fees', 'practice.czb', { field: 'loan.minimumSpecs' }));
  }
  if (loan.offered) {
    const missing = (['onDamage', 'onLoss', 'onLeaving', 'endOfLoan'] as const).find((rule) => loan[rule].trim() === '');
    if (missing) found.push(finding('fees.loan-rules-incomplete', 'warning', 'fees', 'digiplan.B3.loan', { field: `loan.${missing}` }));
  }

  const charged = fees.lines.filter((line) => line.amountCents > 0);
  for (const line of charged) {
    const field = (name: string) => `fees.lines.${line.id}.${name}`;
    if (line.grades.some((grade) => primaryGrades.includes(grade))) {
      found.push(finding('fees.primary-school-fee', 'blocking', 'fees', 'practice.maximumfactuur', { field: field('grades'), params: { label: line.label } }));
    }
    if (line.appliesTo === 'all-pupils') {
      found.push(finding('fees.fee-for-non-users', 'blocking', 'fees', 'digiplan.B3.fees', { field: field('appliesTo'), params: { label: line.label } }));
    }
  }
  if (feesClosed(plan)) return found;

  const year = termYearOf(today);
  for (const line of charged.filter((candidate) => candidate.years.includes(year))) {
    const field = (name: string) => `fees.lines.${line.id}.${name}`;
    const annual = annualCents(line, fees);
    const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass);
    const motivated = line.motivation.trim() !== '';
    if (line.kind === 'rent') {
      if (!basis) {
        found.push(finding('fees.no-cost-basis', 'warning', 'fees', 'digiplan.B3.fees', { field: 'fees.costBasis', params: { label: line.label } }));
      } else if (annual > maximumRentCents(basis) && !motivated) {
        found.push(
          finding('fees.above-cost-basis', 'blocking', 'fees', 'digiplan.B3.fees', {
            field: field('amountCents'),
            params: { label: line.label, amount: formatMoney(annual), basis: formatMoney(maximumRentCents(basis)) },
          }),
        );
      }
    }
    if (isRecurring(line)) {
      const reference = referenceFee(referenceLists, line, year);
      if (reference !== null && annual > reference && !motivated) {
        found.push(
          finding('fees.above-reference', 'blocking', 'fees', 'digiplan.B3.prices', {
            field: field('amountCents'),
            params: { label: line.label, amount: formatMoney(annual), reference: formatMoney(reference) },
          }),
        );
      }
    }
    if (line.kind === 'deposit' && basis && annual > basis.residualCents) {
      found.push(
        finding('fees.deposit-above-residual', 'warning', 'fees', 'digiplan.B3.fees', {
          field: field('amountCents'),
          params: { label: line.label, amount: formatMoney(annual), residual: formatMoney(basis.residualCents) },
        }),
      );
    }
  }

  if (charged.length === 0) return found;
  if (fees.corrections.length === 0) {
    found.push(finding('fees.no-corrections', 'warning', 'fees', 'digiplan.B3.fees', { field: 'fees.corrections' }));
  }
  if (!fees.payment.spreadPaymentOffered || fees.payment.contact.trim() === '') {
    found.push(finding('fees.no-spread-payment', 'warning', 'fees', 'practice.bijdrageregeling', { field: 'fees.payment.contact' }));
  }

  const forYear = decisions.filter((decision) => decision.schoolYear === year).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.recordedAt.localeCompare(a.recordedAt));
  const latest = forYear[0];
  if (!latest) {
    found.push(finding('fees.no-decision', 'blocking', 'fees', 'digiplan.B3.council', { field: 'decisions', params: { year } }));
    return found;
  }
  if (latest.outcome === 'rejected') {
    found.push(finding('fees.decision-rejected', 'blocking', 'fees', 'digiplan.B3.council', { field: `decisions.${latest.id}`, params: { year } }));
  }
  if (latest.motivation.trim() === '') {
    found.push(finding('fees.decision-without-motivation', 'blocking', 'fees', 'digiplan.B3.council', { field: `decisions.${latest.id}.motivation`, params: { year } }));
  }
  if (latest.outcome !== 'rejected' && feePolicyDifferences(latest.snapshot, { fees, loanUsers: loan.users }).length > 0) {
    found.push(finding('fees.decision-mismatch', 'warning', 'fees', 'digiplan.B3.council', { field: `decisions.${latest.id}`, params: { year } }));
  }
  return found;
}
