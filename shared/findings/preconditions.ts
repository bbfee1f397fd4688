// The controle screen's view of a plan: the three Digiplan preconditions (B.1 the ICT policy
// plan, B.2 professional development, B.3 affordability) plus the funding, each with the
// steps that make it up, the evidence the plan holds for it and one verdict: ready when none
// of its findings blocks.
import { feesClosed } from '../fees/rules.ts';
import { formatDate, formatInteger } from '../format.ts';
import { fundingTotals } from '../funding/totals.ts';
import { formatMoney } from '../money.ts';
import type { Plan } from '../plan/schema.ts';
import type { StepId } from '../plan/steps.ts';
import { schoolYearOf } from '../plan/term.ts';
import { isMeasurable } from '../policy/goals.ts';
import { sectionIds } from '../policy/sections.ts';
import type { ReferenceList } from '../prices/schema.ts';
import { isEmptyRichText } from '../richtext/schema.ts';
import { trainingTotals } from '../training/schema.ts';
import type { Finding } from './finding.ts';

export const preconditionIds = ['B1', 'B2', 'B3', 'funding'] as const;
export type PreconditionId = (typeof preconditionIds)[number];

export const preconditionSteps: Record<PreconditionId, readonly StepId[]> = {
  B1: ['profile', 'policy'],
  B2: ['training'],
  B3: ['devices', 'prices', 'fees'],
  funding: ['funding'],
};

/** One line of evidence: a catalog key under `controle.evidence` and its figures. */
export interface Evidence {
  key: string;
  params: Record<string, string | number>;
  /** False when the plan does not hold this evidence yet. */
  present: boolean;
}

export interface PreconditionView {
  id: PreconditionId;
  steps: readonly StepId[];
  findings: Finding[];
  blocking: number;
  ready: boolean;
  evidence: Evidence[];
}

const item = (key: string, present: boolean, params: Record<string, string | number> = {}): Evidence => ({ key, params, present });

function evidenceOf(id: PreconditionId, plan: Plan, today: string, lists: readonly ReferenceList[]): Evidence[] {
  switch (id) {
    case 'B1': {
      const written = sectionIds.filter((section) => !isEmptyRichText(plan.sections[section].text)).length;
      const measurable = plan.goals.filter(isMeasurable).length;
      const evaluated = Object.keys(plan.evaluations).length;
      return [
        item('sections', written === sectionIds.length, { written, total: sectionIds.length }),
        item('goals', measurable > 0, { count: plan.goals.length, measurable }),
        item('evaluations', evaluated > 0, { count: evaluated }),
      ];
    }
    case 'B2': {
      const all = trainingTotals(plan.activities);
      const didactic = plan.activities.filter((activity) => activity.theme === 'didactics').length;
      return [
        item('activities', didactic > 0, { count: all.activities, didactic }),
        item('digcomp', Object.keys(plan.training.digcomp).length > 0),
      ];
    }
    case 'B3': {
      const devices = plan.fleet.reduce((sum, cohort) => sum + cohort.quantity, 0);
      const lines = plan.fleet.reduce((sum, cohort) => sum + cohort.lines, 0);
      const chosen = plan.tcos.filter((tco) => tco.chosenOptionId !== null && tco.motivation.trim() !== '').length;
      const documents = plan.procurements.reduce((sum, procurement) => sum + procurement.documents.length, 0);
      const official = lists.filter((list) => !list.isExample).length;
      const year = schoolYearOf(today);
      const decision = plan.decisions.filter((candidate) => candidate.schoolYear === year).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))[0];
      return [
        item('fleet', devices > 0, { count: devices, shown: formatInteger(devices), lines }),
        item('tco', chosen > 0, { count: plan.tcos.length, chosen }),
        item('procurement', plan.procurements.length > 0, { count: plan.procurements.length, documents }),
        item(official > 0 ? 'referenceOfficial' : 'referenceExample', official > 0, { count: official }),
        ...(feesClosed(plan)
          ? [item('feesClosed', true)]
          : [
              item('fees', plan.fees.lines.length > 0 || !plan.loan.offered, { count: plan.fees.lines.length, corrections: plan.fees.corrections.length }),
              decision
                ? item('decision', decision.outcome !== 'rejected', { year, date: formatDate(decision.meetingDate), outcome: decision.outcome })
                : item('noDecision', plan.fees.lines.length === 0, { year }),
            ]),
      ];
    }
    case 'funding': {
      const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
      return [item('funding', plan.funding.spending.length > 0, { allocation: formatMoney(totals.allocationCents), planned: formatMoney(totals.plannedCents), spent: formatMoney(totals.spentCents) })];
    }
  }
}

export function preconditionViews(plan: Plan, findings: readonly Finding[], today: string, lists: readonly ReferenceList[]): PreconditionView[] {
  return preconditionIds.map((id) => {
    const steps = preconditionSteps[id];
    const own = findings.filter((finding) => steps.includes(finding.step));
    const blocking = own.filter((finding) => finding.severity === 'blocking').length;
    return { id, steps, findings: own, blocking, ready: blocking === 0, evidence: evidenceOf(id, plan, today, lists) };
  });
}
