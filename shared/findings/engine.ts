// The findings engine: pure rules over a plan. The UI runs it live, the handlers run it
// after every save, the CLI's `check` runs it, and the submission will carry its output.
import type { Plan } from '../plan/schema.ts';
import { availableSteps, stepIds, type StepId } from '../plan/steps.ts';
import { deviceFindings } from '../devices/rules.ts';
import { feeFindings } from '../fees/rules.ts';
import { fundingFindings } from '../funding/rules.ts';
import { policyFindings } from '../policy/rules.ts';
import type { ReferenceList } from '../prices/schema.ts';
import { isEmptyRichText } from '../richtext/schema.ts';
import { profileFindings } from '../profile/rules.ts';
import { trainingFindings } from '../training/rules.ts';
import { bySeverity, type Finding } from './finding.ts';

export interface CheckContext {
  /** Today as an ISO date or timestamp: some rules depend on which school years are over. */
  today: string;
  /** Every reference price list the app holds (they are shared by all plans). */
  referenceLists: readonly ReferenceList[];
}

export function checkPreconditions(plan: Plan, context: CheckContext): Finding[] {
  return [
    ...profileFindings(plan.profile),
    ...policyFindings(plan, context.today),
    ...trainingFindings(plan, context.today),
    ...deviceFindings(plan, context.today, context.referenceLists),
    ...feeFindings(plan, context.today, context.referenceLists),
    ...fundingFindings(plan),
  ].sort(bySeverity);
}

export type StepState = 'blocked' | 'attention' | 'done' | 'todo' | 'later';

export interface StepStatus {
  step: StepId;
  state: StepState;
  blocking: number;
  warnings: number;
  tips: number;
}

export function stepStatuses(plan: Plan, findings: readonly Finding[]): StepStatus[] {
  return stepIds.map((step) => {
    const own = findings.filter((f) => f.step === step);
    const blocking = own.filter((f) => f.severity === 'blocking').length;
    const warnings = own.filter((f) => f.severity === 'warning').length;
    const tips = own.length - blocking - warnings;
    return { step, state: stateOf(step, plan, findings, blocking, warnings), blocking, warnings, tips };
  });
}

function stateOf(step: StepId, plan: Plan, all: readonly Finding[], blocking: number, warnings: number): StepState {
  if (!availableSteps.has(step)) return 'later';
  if (step === 'check') {
    return all.some((f) => f.severity === 'blocking') ? 'blocked' : 'done';
  }
  // Exporting works at any time; the documents are for submission once nothing blocks.
  if (step === 'export') return all.some((f) => f.severity === 'blocking') ? 'todo' : 'done';
  if (blocking > 0) return untouched(step, plan) ? 'todo' : 'blocked';
  return warnings > 0 ? 'attention' : 'done';
}

/** A step nobody has started yet is "to do", not "blocked": the same findings, a kinder word. */
function untouched(step: StepId, plan: Plan): boolean {
  switch (step) {
    case 'profile':
      return plan.profile.schoolName === '';
    case 'policy':
      return plan.goals.length === 0 && Object.values(plan.sections).every((s) => isEmptyRichText(s.text));
    case 'training':
      return plan.activities.length === 0 && Object.keys(plan.training.digcomp).length === 0;
    case 'devices':
      return plan.fleet.length === 0 && plan.tcos.length === 0 && plan.procurements.length === 0;
    case 'fees':
      return !plan.loan.offered && plan.fees.lines.length === 0 && plan.decisions.length === 0;
    case 'funding':
      return plan.funding.spending.length === 0;
    default:
      return false;
  }
}

export function isReady(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'blocking');
}

/** Whether every step can be checked in this version; until then "ready" is only "no blockers so far". */
export function isComplete(): boolean {
  return stepIds.every((step) => availableSteps.has(step));
}
