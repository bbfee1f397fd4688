// Small helpers for the goals and evaluation screens: values with their unit, the school
// year of today, and which year the evaluation tab opens on.
import type { TFunction } from 'i18next';
import { formatDate, formatDecimalInput } from '../../../../shared/format.ts';
import { isFinished, type Evaluations, type Goal } from '../../../../shared/policy/goals.ts';
import { schoolYearOf, schoolYears, type SchoolYear } from '../../../../shared/plan/term.ts';
import { sectionIds } from '../../../../shared/policy/sections.ts';

/** `72,5 %`, `3`, `12 u`, `ja`; an em dash when there is no value. */
export function formatMeasure(value: number | null | undefined, unit: Goal['unit'], t: TFunction): string {
  if (value === null || value === undefined) return '—';
  const text = formatDecimalInput(value);
  switch (unit) {
    case 'percent':
      return t('goals.values.percent', { value: text });
    case 'hours':
      return t('goals.values.hours', { value: text });
    case 'yesno':
      return value === 1 ? t('goals.values.yes') : value === 0 ? t('goals.values.no') : text;
    default:
      return text;
  }
}

/** The school year that holds today, kept inside the Digiplan term. */
export function currentSchoolYear(todayIso: string): SchoolYear {
  const year = schoolYearOf(todayIso);
  const known = schoolYears.find((candidate) => candidate === year);
  if (known) return known;
  return year < schoolYears[0] ? schoolYears[0] : schoolYears[schoolYears.length - 1]!;
}

/** The latest finished school year still waiting for its evaluation, else the current one. */
export function defaultEvaluationYear(evaluations: Evaluations, todayIso: string): SchoolYear {
  const waiting = [...schoolYears].reverse().find((year) => isFinished(year, todayIso) && evaluations[year] === undefined);
  return waiting ?? currentSchoolYear(todayIso);
}

export function isSchoolYear(value: string | undefined): value is SchoolYear {
  return schoolYears.some((year) => year === value);
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A stored timestamp as the calendar day in Brussels, `24/06/2026`. */
export function formatDayOf(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : formatDate(brusselsDay.format(date));
}

export function totalCostCents(goal: Pick<Goal, 'actions'>): number {
  return goal.actions.reduce((sum, action) => sum + action.costCents, 0);
}

/** Goals in the order the goals tab shows them: by section, then in the plan's order. */
export function goalsInSectionOrder<G extends Pick<Goal, 'sectionId'>>(goals: readonly G[]): G[] {
  return sectionIds.flatMap((sectionId) => goals.filter((goal) => goal.sectionId === sectionId));
}
