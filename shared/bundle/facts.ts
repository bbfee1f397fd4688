// What a bundle states about its plan besides the plan itself: the findings and readiness,
// the fee settlement, the funding sums, the council's decision and the key figures. Worked
// out here once: the bundle writer records it, the validator works it out again from the
// plan and the reference prices in the bundle and compares.
import { referenceFee } from '../fees/cost-basis.ts';
import { feesClosed } from '../fees/rules.ts';
import { annualCents, isRecurring, settle } from '../fees/settlement.ts';
import { checkPreconditions, isReady } from '../findings/engine.ts';
import { preconditionViews } from '../findings/preconditions.ts';
import { themes } from '../funding/schema.ts';
import { fundingTotals } from '../funding/totals.ts';
import type { Plan } from '../plan/schema.ts';
import { schoolYears, type SchoolYear } from '../plan/term.ts';
import { deviationBasisPoints, type ReferenceList } from '../prices/schema.ts';
import { gradesByLevel, pupilTotal, uniqueLevels } from '../profile/schema.ts';
import type { BundleFacts, BundleSummary } from './schema.ts';

export function bundleFacts(plan: Plan, referenceLists: readonly ReferenceList[], checkedOn: string, schoolYear: SchoolYear): BundleFacts {
  const findings = checkPreconditions(plan, { today: checkedOn, referenceLists });
  const ready = isReady(findings);
  const closed = feesClosed(plan);
  const settlement = settle(plan.fees, plan.loan, plan.profile.pupils, closed ? [] : schoolYears);
  const funding = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
  const decision =
    plan.decisions.filter((candidate) => candidate.schoolYear === schoolYear).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.recordedAt.localeCompare(a.recordedAt))[0] ?? null;
  const figures = (y: { recurringGross: number; correctionsCost: number; revenue: number; depositsHeld: number }) => ({
    recurringGross: y.recurringGross,
    correctionsCost: y.correctionsCost,
    revenue: y.revenue,
    depositsHeld: y.depositsHeld,
  });
  const yearSettlement = settlement.years.find((year) => year.year === schoolYear);

  const grades = uniqueLevels(plan.profile.levels).flatMap((level) => gradesByLevel[level]);
  const yearLines = closed ? [] : plan.fees.lines.filter((line) => line.years.includes(schoolYear));
  const perGrade = (recurring: boolean) =>
    Math.max(
      0,
      ...grades.map((grade) =>
        yearLines.filter((line) => line.grades.includes(grade) && isRecurring(line) === recurring).reduce((sum, line) => sum + annualCents(line, plan.fees), 0),
      ),
    );
  const deviations = yearLines.flatMap((line) => {
    const reference = referenceFee(referenceLists, line, schoolYear);
    const deviation = reference === null ? null : deviationBasisPoints(annualCents(line, plan.fees), reference);
    return deviation === null ? [] : [deviation];
  });

  const summary: BundleSummary = {
    schoolName: plan.profile.schoolName,
    institutionNumber: plan.profile.institutionNumber,
    groupName: plan.profile.group.name,
    schoolYear,
    pupils: pupilTotal(plan.profile),
    teachingStaff: plan.profile.staff.teaching,
    fundingCents: funding.allocationCents,
    feePerYearCents: perGrade(true),
    depositCents: perGrade(false),
    corrections: closed ? 0 : plan.fees.corrections.length,
    correctionsCostCents: yearSettlement?.correctionsCost ?? 0,
    ready,
    blockingFindings: findings.filter((finding) => finding.severity === 'blocking').length,
    aboveReference: deviations.filter((deviation) => deviation > 0).length,
    maxDeviationBasisPoints: deviations.length === 0 ? null : Math.max(...deviations),
    decision: decision?.outcome ?? 'none',
  };

  return {
    findings,
    ready,
    preconditions: preconditionViews(plan, findings, checkedOn, referenceLists).map((view) => ({ id: view.id, ready: view.ready })),
    settlement: { years: settlement.years.map((year) => ({ year: year.year, ...figures(year) })), term: figures(settlement.term) },
    funding: {
      allocationCents: funding.allocationCents,
      plannedCents: funding.plannedCents,
      spentCents: funding.spentCents,
      themes: Object.fromEntries(
        themes.map((theme) => {
          const row = funding.themes[theme];
          return [theme, { allocationCents: row.allocation.termCents, plannedCents: row.planned.termCents, spentCents: row.spent.termCents }];
        }),
      ) as BundleFacts['funding']['themes'],
    },
    decision,
    summary,
  };
}
