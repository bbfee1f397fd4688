// Funding totals: units per theme from the profile (only the school's levels), the term allocation and its exact split over three school years, planned and spent per theme and year; property tests for sums and signs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleFunding } from '../../../../shared/example/funding.ts';
import { exampleProfile } from '../../../../shared/example/voorbeeldschool.ts';
import { defaultFundingParameters, purposes, themes, type SpendingLine } from '../../../../shared/funding/schema.ts';
import { deviceFundingPerYear, fundingTotals, splitOverYears, unitsOf } from '../../../../shared/funding/totals.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import { buildProfile } from '../../../builders/profile.ts';

const parameters = defaultFundingParameters();
const sumYears = (years: Record<string, number>) => Object.values(years).reduce((a, b) => a + b, 0);

describe('unitsOf', () => {
  it('counts teaching staff, secondary pupils and programme pupils for a secondary school', () => {
    expect(unitsOf(exampleProfile)).toEqual({ '1': 86, '2': 0, '3': 748, '3b': 61 });
  });

  it('counts primary pupils (kindergarten and primary) for theme 2 and ignores counts of levels the school does not have', () => {
    const profile = buildProfile({ levels: ['basis'], pupils: { k1: 20, l1: 25, l6: 30, s1: 100 }, digitallyIntensiveProgrammes: [{ name: 'x', pupils: 10 }] });
    expect(unitsOf(profile)).toEqual({ '1': 64, '2': 75, '3': 0, '3b': 0 });
  });

  it('counts special primary for theme 2 and special secondary for theme 3 in a special-education school', () => {
    const profile = buildProfile({ levels: ['buitengewoon'], pupils: { bubao: 12, 'buso-ov3': 30, s1: 99 }, digitallyIntensiveProgrammes: [] });
    expect(unitsOf(profile)).toMatchObject({ '2': 12, '3': 30 });
  });
});

describe('splitOverYears', () => {
  it('gives each school year a third and the left-over cents to the earliest years', () => {
    expect(splitOverYears(300)).toEqual({ '2025-2026': 100, '2026-2027': 100, '2027-2028': 100 });
    expect(splitOverYears(301)).toEqual({ '2025-2026': 101, '2026-2027': 100, '2027-2028': 100 });
    expect(splitOverYears(302)).toEqual({ '2025-2026': 101, '2026-2027': 101, '2027-2028': 100 });
    expect(splitOverYears(0)).toEqual({ '2025-2026': 0, '2026-2027': 0, '2027-2028': 0 });
  });

  it('always adds up to the term exactly and never goes negative (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (term) => {
        const years = splitOverYears(term);
        expect(sumYears(years)).toBe(term);
        const values = Object.values(years);
        expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fundingTotals', () => {
  it('works out the example school: 628 euro per teacher, estimates for 3 and 3b, the spending per theme and year', () => {
    const totals = fundingTotals(parameters, exampleProfile, exampleFunding().spending);
    expect(totals.themes['1'].allocation.termCents).toBe(86 * 62_800);
    expect(totals.themes['2'].allocation.termCents).toBe(0);
    expect(totals.themes['3'].allocation.termCents).toBe(748 * 19_565);
    expect(totals.themes['3b'].allocation.termCents).toBe(61 * 25_000);
    expect(totals.themes['1'].planned).toEqual({ termCents: 3_712_000, years: { '2025-2026': 1_160_000, '2026-2027': 1_160_000, '2027-2028': 1_392_000 } });
    expect(totals.themes['1'].spent.termCents).toBe(1_160_000);
    expect(totals.themes['3'].spent.years['2025-2026']).toBe(4_500_000 + 870_000);
    for (const theme of themes) {
      expect(totals.themes[theme].planned.termCents).toBeLessThanOrEqual(totals.themes[theme].allocation.termCents);
    }
  });

  const line = fc.record({
    id: fc.uuid(),
    theme: fc.constantFrom(...themes),
    schoolYear: fc.constantFrom(...schoolYears),
    description: fc.constant('lijn'),
    purpose: fc.constantFrom(...purposes),
    deviceClass: fc.constant(null),
    plannedCents: fc.integer({ min: 0, max: 100_000_000 }),
    spentCents: fc.integer({ min: 0, max: 100_000_000 }),
    link: fc.constant(null),
  }) satisfies fc.Arbitrary<SpendingLine>;

  it('sums planned and spent to the sum of their lines, per theme, per year and overall; nothing negative (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 5_000 }), (lines, teaching, pupils) => {
        const profile = buildProfile({ levels: ['basis', 'secundair'], staff: { teaching }, pupils: { l1: pupils, s1: pupils } });
        const totals = fundingTotals(parameters, profile, lines);
        expect(totals.plannedCents).toBe(lines.reduce((sum, l) => sum + l.plannedCents, 0));
        expect(totals.spentCents).toBe(lines.reduce((sum, l) => sum + l.spentCents, 0));
        for (const theme of themes) {
          const own = lines.filter((l) => l.theme === theme);
          const t = totals.themes[theme];
          expect(t.planned.termCents).toBe(own.reduce((sum, l) => sum + l.plannedCents, 0));
          expect(sumYears(t.planned.years)).toBe(t.planned.termCents);
          expect(sumYears(t.spent.years)).toBe(t.spent.termCents);
          expect(sumYears(t.allocation.years)).toBe(t.allocation.termCents);
          for (const year of schoolYears) {
            expect(t.planned.years[year]).toBe(own.filter((l) => l.schoolYear === year).reduce((sum, l) => sum + l.plannedCents, 0));
            expect(t.allocation.years[year]).toBeGreaterThanOrEqual(0);
          }
        }
        expect(totals.allocationCents).toBe(themes.reduce((sum, theme) => sum + totals.themes[theme].allocation.termCents, 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('deviceFundingPerYear', () => {
  it('adds the yearly allocation of themes 2, 3 and 3b, leaving out theme 1', () => {
    const funded = deviceFundingPerYear(parameters, exampleProfile);
    const term = 748 * 19_565 + 61 * 25_000;
    expect(sumYears(funded as Record<string, number>)).toBe(term);
    expect(funded['2025-2026']).toBe(splitOverYears(748 * 19_565)['2025-2026'] + splitOverYears(61 * 25_000)['2025-2026']);
  });

  it('leaves out years with nothing allocated, so the calendar shows no figure rather than zero', () => {
    expect(deviceFundingPerYear(parameters, buildProfile({ levels: [], pupils: {} }))).toEqual({});
  });
});
