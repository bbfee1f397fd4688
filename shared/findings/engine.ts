// The findings engine: pure rules over a plan. The UI runs it live, the handlers run it
// after every save, the CLI's `check` runs it, and the submission will carry its output.
import type { Plan } from '../plan/schema.ts';
import { availableSteps, stepIds, type StepId } from '../plan/steps.ts';
import { profileFindings } from '../profile/rules.ts';
import { bySeverity, type Finding } from './finding.ts';

export function checkPreconditions(plan: Plan): Finding[] {
  return [...profileFindings(plan.profile)].sort(bySeverity);
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
  if (blocking > 0) return step === 'profile' && plan.profile.schoolName === '' ? 'todo' : 'blocked';
  return warnings > 0 ? 'attention' : 'done';
}

export function isReady(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'blocking');
}

/** Whether every step can be checked in this version; until then "ready" is only "no blockers so far". */
export function isComplete(): boolean {
  return stepIds.every((step) => availableSteps.has(step));
}
