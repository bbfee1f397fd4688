// The import's quick line check: every line it accepts, the inventory line schema accepts unchanged, and ordinary lines pass it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineCheck } from '../../../../shared/devices/import-mapping.ts';
import {
  contractForms,
  deviceStatuses,
  deviceTypes,
  deviceUses,
  fundingSources,
  InventoryLineSchema,
  MAX_LIFETIME_YEARS,
  MAX_UNIT_PRICE_CENTS,
  newLine,
  priceUnits,
} from '../../../../shared/devices/schema.ts';
import { exampleFleet } from '../../../../shared/example/devices.ts';

/** Mostly values the schema takes (up to its bounds), now and then one just past them. */
const mix = <T, U>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>) => fc.oneof({ weight: 14, arbitrary: valid }, { weight: 1, arbitrary: edge });
const text = (max: number) =>
  mix(
    fc.oneof(fc.string({ maxLength: 8 }).map((t) => t.trim()), fc.constant('x'.repeat(max)), fc.constant('')),
    fc.constantFrom('x'.repeat(max + 1), ' padded', 'padded ', '\u00a0nbsp', '\ufeffbom', '\t'),
  );
const word = <T extends string>(values: readonly T[]) => mix(fc.constantFrom(...values), fc.constantFrom('', 'Laptop', 'other ', 'x'));
const whole = (min: number, max: number) =>
  mix(fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max })), fc.constantFrom(min - 1, max + 1, 1.5, Number.NaN, Infinity));
const date = mix(
  fc.oneof(
    fc.constantFrom('', '2024-02-29'),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
  fc.constantFrom('2023-02-29', '2024-13-01', '0050-01-01', '2024-9-1', ' 2024-09-01', '31/12/2024'),
);

const line = fc.record({
  id: mix(fc.constantFrom('line', 'x'.repeat(64)), fc.constantFrom('', 'x'.repeat(65))),
  type: word(deviceTypes),
  brandModel: text(200),
  quantity: whole(1, 100_000),
  serial: text(100),
  startDate: date,
  unitPriceCents: fc.oneof(fc.constant(null), whole(0, MAX_UNIT_PRICE_CENTS)),
  priceUnit: word(priceUnits),
  vatIncluded: mix(fc.boolean(), fc.constantFrom(0, 'true')),
  contract: word(contractForms),
  supplier: text(200),
  framework: text(200),
  use: word(deviceUses),
  status: word(deviceStatuses),
  warrantyEnd: date,
  lifetimeYears: fc.oneof(fc.constant(null), whole(1, MAX_LIFETIME_YEARS)),
  funding: word(fundingSources),
  note: text(1000),
});
const withExtraField = line.map((l) => ({ ...l, extra: 1 }));
const withoutField = line.map(({ note: _note, ...rest }) => rest);

describe('createLineCheck', () => {
  it('says yes only to lines the schema accepts exactly as they are', () => {
    const check = createLineCheck();
    let yes = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: line }, { weight: 1, arbitrary: withExtraField }, { weight: 1, arbitrary: withoutField }), (candidate) => {
        if (!check(candidate)) return;
        yes++;
        const parsed = InventoryLineSchema.safeParse(candidate);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }),
      { numRuns: 3000 },
    );
    // The property means something only if plenty of lines get a yes.
    expect(yes).toBeGreaterThan(300);
  });

  it('says yes to every line of the example fleet and to a new line', () => {
    const check = createLineCheck();
    for (const example of exampleFleet()) expect(check(example)).toBe(true);
    expect(check(newLine('line', { type: 'laptop' }))).toBe(true);
  });

  it('says no where the schema would trim or refuse', () => {
    const check = createLineCheck();
    const ok = newLine('line', { type: 'laptop' });
    expect(check({ ...ok, brandModel: ' Dell' })).toBe(false);
    expect(check({ ...ok, serial: 'x'.repeat(101) })).toBe(false);
    expect(check({ ...ok, startDate: '2023-02-29' })).toBe(false);
    expect(check({ ...ok, unitPriceCents: -1 })).toBe(false);
    expect(check({ ...ok, lifetimeYears: 16 })).toBe(false);
    expect(check({ ...ok, extra: true })).toBe(false);
  });
});
