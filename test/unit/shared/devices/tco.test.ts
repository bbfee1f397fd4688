// Total cost of ownership: properties of the calculation (never negative, scales with the quantity, a longer lifetime never costs more, components add up, the one rounding rule) and the example comparison worked out by hand.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exampleTcos } from '../../../../shared/example/devices.ts';
import {
  compareOptions,
  defaultOption,
  TcoComparisonSchema,
  tcoComponents,
  tcoKinds,
  TcoOptionSchema,
  totalCostOfOwnership,
  type TcoOption,
} from '../../../../shared/devices/tco.ts';

const MAX_CENTS = 10_000_000;

/** Integer division rounded half away from zero, in BigInt: independent of roundDiv. */
function halfAwayFromZero(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number(n / d + ((n % d) * 2n >= d ? 1n : 0n));
}

const cents = fc.integer({ min: 0, max: MAX_CENTS });

/** Any option the schema accepts: the residual value never above the purchase price. */
const anyOption: fc.Arbitrary<TcoOption> = fc
  .record({
    kind: fc.constantFrom(...tcoKinds),
    purchaseCents: cents,
    residualShare: fc.integer({ min: 0, max: 1000 }),
    leaseCentsPerMonth: fc.integer({ min: 0, max: 100_000 }),
    lifetimeYears: fc.integer({ min: 1, max: 15 }),
    repairsPerThousand: fc.integer({ min: 0, max: 1000 }),
    repairCostCents: cents,
    insuranceCentsPerYear: cents,
    managementCentsPerYear: cents,
    energyCentsPerYear: cents,
    recyclingCents: cents,
  })
  .map(({ residualShare, ...rest }) => ({
    id: 'option',
    label: '',
    ...rest,
    residualCents: Math.floor((rest.purchaseCents * residualShare) / 1000),
  }));

const anyNeed = fc.record({ quantity: fc.integer({ min: 1, max: 100_000 }), years: fc.integer({ min: 1, max: 10 }) });

describe('totalCostOfOwnership properties', () => {
  test.prop([anyOption], { numRuns: 100 })('generates only options the schema accepts', (option) => {
    expect(TcoOptionSchema.safeParse(option).success).toBe(true);
  });

  test.prop([anyOption, anyNeed], { numRuns: 300 })('never gives a negative cost', (option, need) => {
    const result = totalCostOfOwnership(option, need);
    for (const component of tcoComponents) expect(result.perDevice[component]).toBeGreaterThanOrEqual(0);
    expect(result.perDeviceTotal).toBeGreaterThanOrEqual(0);
    expect(result.perDevicePerYear).toBeGreaterThanOrEqual(0);
    expect(result.fleetTotal).toBeGreaterThanOrEqual(0);
    expect(result.fleetPerYear).toBeGreaterThanOrEqual(0);
  });

  test.prop([anyOption, anyNeed], { numRuns: 300 })('returns whole cents only', (option, need) => {
    const result = totalCostOfOwnership(option, need);
    const figures = [...Object.values(result.perDevice), result.perDeviceTotal, result.perDevicePerYear, result.fleetTotal, result.fleetPerYear];
    for (const figure of figures) expect(Number.isSafeInteger(figure)).toBe(true);
  });

  test.prop([anyOption, anyNeed], { numRuns: 300 })(
    'doubles the fleet total exactly when the quantity doubles, and leaves the per-device figures alone',
    (option, need) => {
      const single = totalCostOfOwnership(option, need);
      const double = totalCostOfOwnership(option, { ...need, quantity: need.quantity * 2 });
      expect(double.fleetTotal).toBe(single.fleetTotal * 2);
      expect(double.perDevice).toEqual(single.perDevice);
      expect(double.perDeviceTotal).toBe(single.perDeviceTotal);
      expect(double.perDevicePerYear).toBe(single.perDevicePerYear);
      // The per-year figure is rounded once, from the doubled total: at most a cent from twice the single one.
      expect(Math.abs(double.fleetPerYear - single.fleetPerYear * 2)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([anyOption, anyNeed, fc.integer({ min: 1, max: 14 })], { numRuns: 300 })(
    'never raises the per-device cost of a bought device when its lifetime is longer',
    (option, need, extra) => {
      const bought = { ...option, kind: 'buy' as const, leaseCentsPerMonth: 0 };
      const shorter = { ...bought, lifetimeYears: Math.min(bought.lifetimeYears, 15 - extra) };
      const longer = { ...shorter, lifetimeYears: shorter.lifetimeYears + extra };
      const short = totalCostOfOwnership(shorter, need);
      const long = totalCostOfOwnership(longer, need);
      expect(long.perDevicePerYear).toBeLessThanOrEqual(short.perDevicePerYear);
      expect(long.perDeviceTotal).toBeLessThanOrEqual(short.perDeviceTotal);
      expect(long.perDevice.acquisition).toBeLessThanOrEqual(short.perDevice.acquisition);
    },
  );

  test.prop([anyOption, anyNeed], { numRuns: 300 })('adds the components up to the total, and the total times the quantity to the fleet', (option, need) => {
    const result = totalCostOfOwnership(option, need);
    const sum = tcoComponents.reduce((total, component) => total + result.perDevice[component], 0);
    expect(result.perDeviceTotal).toBe(sum);
    expect(result.fleetTotal).toBe(sum * need.quantity);
  });

  test.prop([anyOption, anyNeed], { numRuns: 300 })(
    'gives the per-year figures as the totals divided by the years, rounded half away from zero',
    (option, need) => {
      const result = totalCostOfOwnership(option, need);
      expect(result.perDevicePerYear).toBe(halfAwayFromZero(result.perDeviceTotal, need.years));
      expect(result.fleetPerYear).toBe(halfAwayFromZero(result.fleetTotal, need.years));
      // Within half a year's share of the exact figure.
      expect(Math.abs(result.perDevicePerYear * need.years - result.perDeviceTotal) * 2).toBeLessThanOrEqual(need.years);
    },
  );
});

describe('totalCostOfOwnership worked by hand', () => {
  const [example] = exampleTcos();
  const byId = (id: string) => example!.options.find((option) => option.id === id)!;
  const need = { quantity: 150, years: 4 };

  it('costs a bought laptop its price less the residual value, spread over its four years', () => {
    // (575 − 40) × 4 / 4 = 535; repairs 12 % × 90 × 4 = 43,20; insurance 20 × 4; management 25 × 4;
    // energy 6 × 4; recycling 5 × 4 / 4.
    expect(totalCostOfOwnership(byId('opt-buy'), need)).toEqual({
      perDevice: { acquisition: 53_500, lease: 0, repairs: 4_320, insurance: 8_000, management: 10_000, energy: 2_400, recycling: 500 },
      perDeviceTotal: 78_720,
      perDevicePerYear: 19_680,
      fleetTotal: 11_808_000,
      fleetPerYear: 2_952_000,
    });
  });

  it('costs a leased laptop 48 monthly payments plus management and energy', () => {
    // 14,50 × 12 × 4 = 696; management 100; energy 24.
    const result = totalCostOfOwnership(byId('opt-lease'), need);
    expect(result.perDevice).toEqual({ acquisition: 0, lease: 69_600, repairs: 0, insurance: 0, management: 10_000, energy: 2_400, recycling: 0 });
    expect(result.perDeviceTotal).toBe(82_000);
    expect(result.perDevicePerYear).toBe(20_500);
  });

  it('charges a refurbished device for the part of a second device the horizon needs, rounded once per component', () => {
    // 310 × 4 / 3 = 413,333… → 413,33; recycling 5 × 4 / 3 = 6,666… → 6,67; repairs 18 % × 90 × 4 = 64,80.
    const result = totalCostOfOwnership(byId('opt-refurb'), need);
    expect(result.perDevice).toEqual({ acquisition: 41_333, lease: 0, repairs: 6_480, insurance: 6_000, management: 10_000, energy: 2_800, recycling: 667 });
    expect(result.perDeviceTotal).toBe(67_280);
    expect(result.perDevicePerYear).toBe(16_820);
  });

  it('rounds a per-year figure that falls on half a cent away from zero', () => {
    // (635 − 30) × 4 / 6 = 403,333… → 403,33; recycling 5 × 4 / 6 → 3,33; total 632,26 over 4 years = 158,065 → 158,07.
    const result = totalCostOfOwnership(byId('opt-minlife'), need);
    expect(result.perDevice).toEqual({ acquisition: 40_333, lease: 0, repairs: 2_160, insurance: 8_000, management: 10_000, energy: 2_400, recycling: 333 });
    expect(result.perDeviceTotal).toBe(63_226);
    expect(result.perDevicePerYear).toBe(15_807);
    expect(result.fleetTotal).toBe(9_483_900);
    expect(result.fleetPerYear).toBe(2_370_975);
  });

  it('rounds half a cent of a component up', () => {
    const option = { ...defaultOption('x', 'buy'), purchaseCents: 1, residualCents: 0, lifetimeYears: 2, recyclingCents: 1 };
    const result = totalCostOfOwnership(option, { quantity: 1, years: 1 });
    expect(result.perDevice.acquisition).toBe(1);
    expect(result.perDevice.recycling).toBe(1);
  });

  it('finds the minimum-lifetime contract the cheapest of the example’s five options, as its motivation says', () => {
    const compared = compareOptions(example!);
    expect(compared.map(({ option }) => option.id)).toEqual(example!.options.map((option) => option.id));
    expect(compared.map(({ result }) => result.perDevicePerYear)).toEqual([19_680, 20_500, 16_820, 15_807, 18_100]);
    const cheapest = compared.reduce((best, entry) => (entry.result.fleetTotal < best.result.fleetTotal ? entry : best));
    expect(cheapest.option.id).toBe(example!.chosenOptionId);
  });
});

describe('defaultOption', () => {
  it('gives every contract form figures the schema accepts, with the kind and id asked for', () => {
    for (const kind of tcoKinds) {
      const option = defaultOption(`id-${kind}`, kind);
      expect(TcoOptionSchema.parse(option)).toEqual(option);
      expect(option).toMatchObject({ id: `id-${kind}`, kind });
    }
  });

  it('has a lease paid per month and bought forms paid once', () => {
    expect(defaultOption('a', 'lease')).toMatchObject({ purchaseCents: 0, leaseCentsPerMonth: 1_450 });
    for (const kind of ['buy', 'refurbished', 'minimum-lifetime', 'maintenance'] as const) {
      expect(defaultOption('a', kind).leaseCentsPerMonth).toBe(0);
      expect(defaultOption('a', kind).purchaseCents).toBeGreaterThan(0);
    }
  });
});

describe('TcoComparisonSchema', () => {
  it('refuses a chosen option that is not among the options', () => {
    const [example] = exampleTcos();
    expect(TcoComparisonSchema.safeParse({ ...example, chosenOptionId: 'gone' }).success).toBe(false);
    expect(TcoComparisonSchema.safeParse({ ...example, chosenOptionId: null }).success).toBe(true);
  });

  it('refuses a residual value above the purchase price', () => {
    const option = { ...defaultOption('a', 'buy'), residualCents: 600_00 };
    const parsed = TcoOptionSchema.safeParse(option);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['residualCents'], message: 'validation.residualAbovePrice' });
  });
});
