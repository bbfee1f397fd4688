// What the lifecycle screen shows beside the domain's calendar: the fleet's ages split by
// device type, the backlog inside the first year, and what each lifetime-extension measure
// postpones (the calendar with and without it, so the screen never re-implements the rule).
import { ageBuckets, isActive, replacementCalendar } from '../../../../shared/devices/lifecycle.ts';
import { deviceTypes, lifetimeOf, type DeviceType, type DevicesSettings, type FleetCohort } from '../../../../shared/devices/schema.ts';

export const CALENDAR_YEARS = 8;
export const AGE_BUCKETS = 8;

const startOf = (schoolYear: string) => Number(schoolYear.slice(0, 4));

export interface AgesByType {
  /** Types with at least one active device of known age, in the catalog's order. */
  types: DeviceType[];
  /** Per age (0..AGE_BUCKETS, the last one "and older"), the devices per type in `types` order. */
  rows: { age: number; values: number[] }[];
  /** Active devices without a start date: their age is unknown. */
  unknownAge: number;
}

export function agesByType(fleet: readonly FleetCohort[], today: string): AgesByType {
  const perType = deviceTypes.map((type) => ({
    type,
    buckets: ageBuckets(
      fleet.filter((cohort) => cohort.type === type),
      today,
      AGE_BUCKETS,
    ),
  }));
  const present = perType.filter(({ buckets }) => buckets.some((bucket) => bucket.quantity > 0));
  return {
    types: present.map(({ type }) => type),
    rows: Array.from({ length: AGE_BUCKETS + 1 }, (_, age) => ({
      age,
      values: present.map(({ buckets }) => buckets[age]!.quantity),
    })),
    unknownAge: fleet.filter((cohort) => isActive(cohort) && cohort.startYear === '').reduce((sum, cohort) => sum + cohort.quantity, 0),
  };
}

/** Active devices whose lifetime ended before `from`: the calendar's first year holds them too. */
export function backlogOf(fleet: readonly FleetCohort[], settings: DevicesSettings, from: string): number {
  const first = startOf(from);
  return fleet
    .filter((cohort) => isActive(cohort) && cohort.startYear !== '' && startOf(cohort.startYear) + lifetimeOf(cohort, settings) < first)
    .reduce((sum, cohort) => sum + cohort.quantity, 0);
}

export type MeasureEffect =
  | { kind: 'postpones'; devices: number; from: string; to: string }
  | { kind: 'past-calendar'; devices: number; from: string; last: string }
  | { kind: 'nothing-due'; year: string }
  | { kind: 'before-calendar'; year: string }
  | { kind: 'no-years' };

/**
 * What each measure moves, in the order the calendar applies them: the calendar with the
 * measures up to this one, against the calendar with those before it.
 */
export function measureEffects(fleet: readonly FleetCohort[], settings: DevicesSettings, from: string, years = CALENDAR_YEARS): MeasureEffect[] {
  const first = startOf(from);
  const calendars = Array.from({ length: settings.measures.length + 1 }, (_, count) =>
    replacementCalendar(fleet, { ...settings, measures: settings.measures.slice(0, count) }, from, years),
  );
  return settings.measures.map((measure, index): MeasureEffect => {
    if (measure.yearsAdded === 0) return { kind: 'no-years' };
    const at = startOf(measure.year) - first;
    if (at < 0) return { kind: 'before-calendar', year: measure.year };
    const before = calendars[index]![at];
    const after = calendars[index + 1]![at];
    const moved = (after?.postponed ?? 0) - (before?.postponed ?? 0);
    if (!after || moved === 0) return { kind: 'nothing-due', year: measure.year };
    const target = calendars[index + 1]![at + measure.yearsAdded];
    return target
      ? { kind: 'postpones', devices: moved, from: measure.year, to: target.schoolYear }
      : { kind: 'past-calendar', devices: moved, from: measure.year, last: calendars[0]![years - 1]!.schoolYear };
  });
}
