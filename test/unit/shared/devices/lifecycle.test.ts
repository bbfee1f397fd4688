// The fleet over time: ages of the active devices, the replacement calendar (backlog, cost, unpriced devices, money available, measures postponing), devices past their lifetime, and the sustainability figures.
import { describe, expect, it } from 'vitest';
import { ageBuckets, pastLifetime, replacementCalendar, sustainabilityFigures } from '../../../../shared/devices/lifecycle.ts';
import { defaultDevicesSettings, type DevicesSettings, type FleetCohort, type Measure } from '../../../../shared/devices/schema.ts';

const TODAY = '2026-11-23'; // school year 2026-2027

function cohort(overrides: Partial<FleetCohort>): FleetCohort {
  return {
    type: 'laptop',
    startYear: '2022-2023',
    lifetimeYears: 5,
    status: 'in-use',
    contract: 'bought',
    use: 'loan-service',
    funding: 'own',
    quantity: 10,
    lines: 1,
    valueCents: 10 * 500_00,
    ...overrides,
  };
}

function settings(overrides: Partial<DevicesSettings> = {}): DevicesSettings {
  return { ...defaultDevicesSettings(), ...overrides };
}

function measure(overrides: Partial<Measure>): Measure {
  return { id: 'm1', kind: 'battery', description: '', devices: 10, costCents: 0, yearsAdded: 1, year: '2026-2027', ...overrides };
}

describe('ageBuckets', () => {
  it('counts active devices by their age in whole school years', () => {
    const buckets = ageBuckets(
      [
        cohort({ startYear: '2026-2027', quantity: 3 }),
        cohort({ startYear: '2024-2025', quantity: 4 }),
        cohort({ startYear: '2024-2025', quantity: 5, status: 'repair' }),
      ],
      TODAY,
    );
    expect(buckets).toHaveLength(9);
    expect(buckets[0]).toEqual({ age: 0, quantity: 3 });
    expect(buckets[2]).toEqual({ age: 2, quantity: 9 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.quantity, 0)).toBe(12);
  });

  it('leaves out devices that are gone and devices without a start date', () => {
    const gone = (['lost', 'retired', 'recycled', 'refurbished-out'] as const).map((status) => cohort({ status }));
    const buckets = ageBuckets([...gone, cohort({ startYear: '' })], TODAY);
    expect(buckets.every((bucket) => bucket.quantity === 0)).toBe(true);
  });

  it('puts the oldest devices in the last bucket and devices starting later in the first', () => {
    const buckets = ageBuckets([cohort({ startYear: '2010-2011', quantity: 2 }), cohort({ startYear: '2027-2028', quantity: 7 })], TODAY, 4);
    expect(buckets.map((bucket) => bucket.quantity)).toEqual([7, 0, 0, 0, 2]);
  });

  it('takes the school year from the day: September starts a new one', () => {
    const fleet = [cohort({ startYear: '2025-2026' })];
    expect(ageBuckets(fleet, '2026-08-31')[0]!.quantity).toBe(10);
    expect(ageBuckets(fleet, '2026-09-01')[1]!.quantity).toBe(10);
  });
});

describe('replacementCalendar', () => {
  it('lists the school years from the first one asked for, with the money available where the school gave it', () => {
    const calendar = replacementCalendar([], settings({ availableFundingCents: { '2027-2028': 5_000_00 } }), '2026-2027', 8);
    expect(calendar.map((year) => year.schoolYear)).toEqual([
      '2026-2027',
      '2027-2028',
      '2028-2029',
      '2029-2030',
      '2030-2031',
      '2031-2032',
      '2032-2033',
      '2033-2034',
    ]);
    expect(calendar.map((year) => year.availableCents)).toEqual([null, 5_000_00, null, null, null, null, null, null]);
  });

  it('puts devices in the year their lifetime ends, at what they cost', () => {
    const calendar = replacementCalendar([cohort({ startYear: '2023-2024', lifetimeYears: 5, quantity: 10, valueCents: 6_000_00 })], settings(), '2026-2027');
    expect(calendar[2]).toMatchObject({ schoolYear: '2028-2029', quantity: 10, costCents: 6_000_00, postponed: 0, unpriced: 0 });
    expect(calendar.filter((year) => year.quantity > 0)).toHaveLength(1);
  });

  it('uses the default lifetime of the device type when a cohort has none', () => {
    const fleet = [cohort({ type: 'board', startYear: '2022-2023', lifetimeYears: null })];
    const calendar = replacementCalendar(fleet, settings(), '2026-2027');
    // Boards last 8 years by default: 2022 + 8 = 2030-2031.
    expect(calendar.find((year) => year.quantity > 0)?.schoolYear).toBe('2030-2031');
    const shorter = replacementCalendar(fleet, settings({ defaultLifetimes: { ...defaultDevicesSettings().defaultLifetimes, board: 5 } }), '2026-2027');
    expect(shorter.find((year) => year.quantity > 0)?.schoolYear).toBe('2027-2028');
  });

  it('puts the backlog of devices already past their lifetime in the first year', () => {
    const calendar = replacementCalendar(
      [
        cohort({ startYear: '2015-2016', lifetimeYears: 6, quantity: 4, valueCents: 2_000_00 }),
        cohort({ startYear: '2020-2021', lifetimeYears: 5, quantity: 6, valueCents: 3_000_00 }),
        cohort({ startYear: '2021-2022', lifetimeYears: 5, quantity: 5, valueCents: 1_000_00 }),
      ],
      settings(),
      '2026-2027',
    );
    expect(calendar[0]).toMatchObject({ quantity: 15, costCents: 6_000_00 });
    expect(calendar.slice(1).every((year) => year.quantity === 0)).toBe(true);
  });

  it('leaves out devices due after the last year, devices that are gone and devices without a start', () => {
    const calendar = replacementCalendar(
      [cohort({ startYear: '2026-2027', lifetimeYears: 10 }), cohort({ status: 'retired' }), cohort({ startYear: '' })],
      settings(),
      '2026-2027',
      8,
    );
    expect(calendar.reduce((sum, year) => sum + year.quantity, 0)).toBe(0);
  });

  it('counts devices without a price as unpriced, so their cost is known to be missing', () => {
    const calendar = replacementCalendar(
      [cohort({ startYear: '2022-2023', quantity: 7, valueCents: 0 }), cohort({ startYear: '2022-2023', quantity: 3, valueCents: 900_00 })],
      settings(),
      '2026-2027',
    );
    expect(calendar[1]).toMatchObject({ schoolYear: '2027-2028', quantity: 10, costCents: 900_00, unpriced: 7 });
  });

  describe('lifetime-extension measures', () => {
    const fleet = [cohort({ startYear: '2021-2022', lifetimeYears: 5, quantity: 40, valueCents: 40 * 500_00 })];

    it('move devices and their share of the cost to a later year, and count them as postponed', () => {
      const calendar = replacementCalendar(fleet, settings({ measures: [measure({ devices: 10, yearsAdded: 2 })] }), '2026-2027');
      expect(calendar[0]).toMatchObject({ quantity: 30, costCents: 30 * 500_00, postponed: 10 });
      expect(calendar[2]).toMatchObject({ schoolYear: '2028-2029', quantity: 10, costCents: 10 * 500_00, postponed: 0 });
    });

    it('never move more devices than are due that year', () => {
      const calendar = replacementCalendar(fleet, settings({ measures: [measure({ devices: 500, yearsAdded: 1 })] }), '2026-2027');
      expect(calendar[0]).toMatchObject({ quantity: 0, costCents: 0, postponed: 40 });
      expect(calendar[1]).toMatchObject({ quantity: 40, costCents: 40 * 500_00 });
    });

    it('add up when two measures apply to the same year', () => {
      const calendar = replacementCalendar(
        fleet,
        settings({ measures: [measure({ id: 'a', devices: 10, yearsAdded: 1 }), measure({ id: 'b', devices: 5, yearsAdded: 3 })] }),
        '2026-2027',
      );
      expect(calendar[0]).toMatchObject({ quantity: 25, postponed: 15 });
      expect(calendar[1]!.quantity).toBe(10);
      expect(calendar[3]!.quantity).toBe(5);
    });

    it('split the cost in proportion, rounding half away from zero', () => {
      const odd = [cohort({ startYear: '2021-2022', lifetimeYears: 5, quantity: 3, valueCents: 100 })];
      const calendar = replacementCalendar(odd, settings({ measures: [measure({ devices: 1, yearsAdded: 1 })] }), '2026-2027');
      // One device of three carries 33,33… cents → 33; the two that stay keep the rest.
      expect(calendar[0]).toMatchObject({ quantity: 2, costCents: 67 });
      expect(calendar[1]).toMatchObject({ quantity: 1, costCents: 33 });
    });

    it('drop devices postponed past the last year from the calendar', () => {
      const calendar = replacementCalendar(fleet, settings({ measures: [measure({ devices: 10, yearsAdded: 3 })] }), '2026-2027', 2);
      expect(calendar[0]).toMatchObject({ quantity: 30, postponed: 10 });
      expect(calendar[1]!.quantity).toBe(0);
    });

    it('do nothing in a year with nothing due, before the calendar starts, or when they add no years', () => {
      const calendar = replacementCalendar(
        fleet,
        settings({
          measures: [
            measure({ id: 'a', year: '2027-2028' }),
            measure({ id: 'b', year: '2025-2026' }),
            measure({ id: 'c', yearsAdded: 0 }),
          ],
        }),
        '2026-2027',
      );
      expect(calendar[0]).toMatchObject({ quantity: 40, postponed: 0 });
      expect(calendar.reduce((sum, year) => sum + year.postponed, 0)).toBe(0);
    });
  });
});

describe('pastLifetime', () => {
  it('counts active devices whose lifetime ended by this school year', () => {
    const fleet = [
      cohort({ startYear: '2021-2022', lifetimeYears: 5, quantity: 3 }), // ends 2026-2027: due now
      cohort({ startYear: '2018-2019', lifetimeYears: 6, quantity: 4, status: 'repair' }),
      cohort({ startYear: '2022-2023', lifetimeYears: 5, quantity: 100 }), // ends 2027-2028
      cohort({ startYear: '2015-2016', lifetimeYears: 5, quantity: 50, status: 'recycled' }),
      cohort({ startYear: '', quantity: 60 }),
    ];
    expect(pastLifetime(fleet, settings(), TODAY)).toBe(7);
  });

  it('is zero for a fleet within its lifetime', () => {
    expect(pastLifetime([cohort({ startYear: '2025-2026' })], settings(), TODAY)).toBe(0);
  });

  it('uses the default lifetime for cohorts without one', () => {
    const fleet = [cohort({ type: 'tablet', startYear: '2022-2023', lifetimeYears: null })];
    expect(pastLifetime(fleet, settings(), TODAY)).toBe(10); // tablets: 4 years by default
  });
});

describe('sustainabilityFigures', () => {
  it('counts active, refurbished in use, given a second life, recycled and retired devices', () => {
    const figures = sustainabilityFigures([
      cohort({ quantity: 100 }),
      cohort({ quantity: 20, contract: 'refurbished' }),
      cohort({ quantity: 3, contract: 'refurbished', status: 'repair' }),
      cohort({ quantity: 9, contract: 'refurbished', status: 'retired' }),
      cohort({ quantity: 6, status: 'refurbished-out' }),
      cohort({ quantity: 8, status: 'recycled' }),
      cohort({ quantity: 5, status: 'retired' }),
      cohort({ quantity: 2, status: 'lost' }),
    ]);
    expect(figures).toEqual({ active: 123, refurbished: 23, secondLife: 6, recycled: 8, retired: 14 });
  });

  it('is all zero for an empty fleet', () => {
    expect(sustainabilityFigures([])).toEqual({ active: 0, refurbished: 0, secondLife: 0, recycled: 0, retired: 0 });
  });
});
