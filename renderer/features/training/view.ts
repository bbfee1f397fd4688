// What the professional-development screens show but the domain does not store: hours
// instead of minutes, a mean level as "B1 (2,9)", the year a screen opens on, and which
// sub-page holds a finding's field.
import { assessmentYears, type AssessmentYear } from '../../../shared/policy/assessment.ts';
import { schoolYearOf } from '../../../shared/plan/term.ts';
import {
  activityYear,
  digCompAreas,
  digCompLevels,
  type Activity,
  type DigCompArea,
  type LevelCounts,
  type TrainingSettings,
} from '../../../shared/training/schema.ts';
import type { TrainingTab } from '../../app/routes.ts';

/** Which sub-page of the step holds a finding's field. */
export function trainingTabOfField(field: string): TrainingTab {
  const head = field.split('.')[0];
  if (head === 'activities' || head === 'teachersReached' || head === 'participationThresholdPercent') return 'activities';
  return 'profile';
}

/**
 * Hours as typed (`1,5`, at most two decimals) to whole minutes. Two decimals times 60 is
 * a multiple of 0,6, so the rounding never lands on a half: 1,5 → 90, 0,33 → 20.
 */
export function hoursToMinutes(hours: number | null): number {
  return hours === null ? 0 : Math.round(hours * 60);
}

export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

const hoursFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });
const meanFormat = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `1,5` for 90 minutes; Belgian format in both languages, like every number on screen. */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}

export function formatHoursValue(hours: number): string {
  return hoursFormat.format(hours);
}

/** The mean on the 1..6 scale with one decimal: `2,9`. */
export function formatMean(mean: number): string {
  return meanFormat.format(mean);
}

/** The level a mean rounds to: 2,9 → B1. */
export function levelOfMean(mean: number): (typeof digCompLevels)[number] {
  const index = Math.min(digCompLevels.length, Math.max(1, Math.round(mean))) - 1;
  return digCompLevels[index]!;
}

export const noCounts: LevelCounts = [0, 0, 0, 0, 0, 0];

export function staffInArea(counts: LevelCounts | undefined): number {
  return (counts ?? noCounts).reduce((sum, n) => sum + n, 0);
}

export function isProfiled(training: TrainingSettings, year: AssessmentYear): boolean {
  return Object.keys(training.digcomp[year] ?? {}).length > 0;
}

/** The most recent year with a profile, as the rules read it; undefined before any. */
export function latestProfiledYear(training: TrainingSettings): AssessmentYear | undefined {
  return [...assessmentYears].reverse().find((year) => isProfiled(training, year));
}

export function previousAssessmentYear(year: AssessmentYear): AssessmentYear | undefined {
  const index = assessmentYears.indexOf(year);
  return index > 0 ? assessmentYears[index - 1] : undefined;
}

/** Every year and area with a full row of counts, so the grid can edit a row that is not stored yet. */
export function filledDigcomp(training: TrainingSettings): TrainingSettings['digcomp'] {
  return Object.fromEntries(
    assessmentYears.map((year) => [
      year,
      Object.fromEntries(digCompAreas.map((area) => [area, training.digcomp[year]?.[area] ?? noCounts])),
    ]),
  );
}

/**
 * The rows that differ from what is stored: a row that was never filled in and is still all
 * zeros stays unstored, so an untouched year does not count as a profile.
 */
export function changedDigcomp(
  stored: TrainingSettings['digcomp'],
  edited: TrainingSettings['digcomp'],
): TrainingSettings['digcomp'] {
  const out: TrainingSettings['digcomp'] = {};
  for (const year of assessmentYears) {
    const rows: Partial<Record<DigCompArea, LevelCounts>> = {};
    for (const area of digCompAreas) {
      const next = edited[year]?.[area];
      const before = stored[year]?.[area];
      if (next === undefined) continue;
      if (before === undefined ? staffInArea(next) > 0 : next.some((n, i) => n !== before[i])) rows[area] = next;
    }
    if (Object.keys(rows).length > 0) out[year] = rows;
  }
  return out;
}

/** Today as `2026-11-23` in the computer's own time zone: the day the user lives in. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function currentSchoolYear(): string {
  return schoolYearOf(todayIso());
}

/** Activities sorted by start date, then title: the order a coordinator reads a calendar in. */
export function byStartDate(a: Activity, b: Activity): number {
  return a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'nl');
}

/** Activities that work on an area from this school year on. */
export function activitiesForArea(activities: readonly Activity[], area: DigCompArea, fromYear: string): Activity[] {
  return activities.filter((a) => a.areas.includes(area) && activityYear(a) >= fromYear).sort(byStartDate);
}
