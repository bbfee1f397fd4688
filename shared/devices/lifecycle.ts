// The fleet over time: how old it is, when devices are due for replacement, what that
// costs per school year beside the money available, and what lifetime-extension measures
// postpone. Pure functions over fleet cohorts.
import { schoolYearOf } from '../plan/term.ts';
import { roundDiv } from '../money.ts';
import { activeStatuses, lifetimeOf, type DevicesSettings, type FleetCohort } from './schema.ts';

const startOf = (schoolYear: string) => Number(schoolYear.slice(0, 4));
const yearLabel = (start: number) => `${start}-${start + 1}`;

export function isActive(cohort: FleetCohort): boolean {
  return activeStatuses.includes(cohort.status);
}

/** Active devices by age in whole school years (the last bucket holds `max` and older). */
export function ageBuckets(cohorts: readonly FleetCohort[], today: string, max = 8): { age: number; quantity: number }[] {
  const current = startOf(schoolYearOf(today));
  const buckets = Array.from({ length: max + 1 }, (_, age) => ({ age, quantity: 0 }));
  for (const cohort of cohorts) {
    if (!isActive(cohort) || cohort.startYear === '') continue;
    const age = Math.min(max, Math.max(0, current - startOf(cohort.startYear)));
    buckets[age]!.quantity += cohort.quantity;
  }
  return buckets;
}

export interface CalendarYear {
  schoolYear: string;
  quantity: number;
  costCents: number;
  /** Devices whose replacement a measure moved to a later year. */
  postponed: number;
  /** Devices due whose price is unknown, so their cost is missing from `costCents`. */
  unpriced: number;
  availableCents: number | null;
}

/**
 * Replacements per school year from `from` on, for `years` years. Devices already past
 * their lifetime count in the first year (the backlog). Replacement costs what the devices
 * cost when bought: the school's own figure, not a guess. The money available is the
 * school's own figure for a year when it filled one in, else what the funding step
 * allocates that year to the themes that may pay pupils' devices (`funded`).
 */
export function replacementCalendar(
  cohorts: readonly FleetCohort[],
  settings: DevicesSettings,
  from: string,
  years = 8,
  funded: Readonly<Partial<Record<string, number>>> = {},
): CalendarYear[] {
  const first = startOf(from);
  const calendar = Array.from({ length: years }, (_, i) => ({
    schoolYear: yearLabel(first + i),
    quantity: 0,
    costCents: 0,
    postponed: 0,
    unpriced: 0,
    availableCents: (settings.availableFundingCents as Record<string, number | undefined>)[yearLabel(first + i)] ?? funded[yearLabel(first + i)] ?? null,
  }));
  const due = (start: number, quantity: number, costCents: number, unpriced: number) => {
    const index = Math.max(0, start - first);
    const year = calendar[index];
    if (!year) return;
    year.quantity += quantity;
    year.costCents += costCents;
    year.unpriced += unpriced;
  };
  for (const cohort of cohorts) {
    if (!isActive(cohort) || cohort.startYear === '') continue;
    const priced = cohort.valueCents > 0;
    due(startOf(cohort.startYear) + lifetimeOf(cohort, settings), cohort.quantity, cohort.valueCents, priced ? 0 : cohort.quantity);
  }
  for (const measure of settings.measures) {
    if (measure.yearsAdded === 0) continue;
    const index = startOf(measure.year) - first;
    const year = calendar[index];
    if (!year || year.quantity === 0) continue;
    const moved = Math.min(measure.devices, year.quantity);
    const movedCost = roundDiv(year.costCents * moved, year.quantity);
    year.quantity -= moved;
    year.costCents -= movedCost;
    year.postponed += moved;
    const later = calendar[index + measure.yearsAdded];
    if (later) {
      later.quantity += moved;
      later.costCents += movedCost;
    }
  }
  return calendar;
}

/** Active devices already past their expected lifetime today. */
export function pastLifetime(cohorts: readonly FleetCohort[], settings: DevicesSettings, today: string): number {
  const current = startOf(schoolYearOf(today));
  return cohorts
    .filter((cohort) => isActive(cohort) && cohort.startYear !== '')
    .filter((cohort) => startOf(cohort.startYear) + lifetimeOf(cohort, settings) <= current)
    .reduce((sum, cohort) => sum + cohort.quantity, 0);
}

export interface SustainabilityFigures {
  active: number;
  refurbished: number;
  secondLife: number;
  recycled: number;
  retired: number;
}

export function sustainabilityFigures(cohorts: readonly FleetCohort[]): SustainabilityFigures {
  const sum = (pick: (cohort: FleetCohort) => boolean) => cohorts.filter(pick).reduce((total, cohort) => total + cohort.quantity, 0);
  return {
    active: sum(isActive),
    refurbished: sum((cohort) => isActive(cohort) && cohort.contract === 'refurbished'),
    secondLife: sum((cohort) => cohort.status === 'refurbished-out'),
    recycled: sum((cohort) => cohort.status === 'recycled'),
    retired: sum((cohort) => cohort.status === 'retired'),
  };
}
