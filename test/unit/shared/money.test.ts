// Money: Belgian formatting and parsing of euro cents, and the one rounding rule.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatWholeEuros, isCents, parseMoney, roundDiv } from '../../../shared/money.ts';

const NBSP = '\u00a0';

/** Integer division rounded half away from zero, exactly, in BigInt. */
function referenceRoundDiv(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const quotient = a / b + ((a % b) * 2n >= b ? 1n : 0n);
  return Number(negative ? -quotient : quotient);
}

describe('formatMoney', () => {
  it('writes euro cents the Belgian way, with a non-breaking space after the euro sign', () => {
    expect(formatMoney(123450)).toBe(`€${NBSP}1.234,50`);
    expect(formatMoney(5)).toBe(`€${NBSP}0,05`);
    expect(formatMoney(-320)).toBe(`€${NBSP}-3,20`);
  });

  it('never prints a negative zero', () => {
    expect(formatMoney(-0)).toBe(`€${NBSP}0,00`);
  });

  it('keeps the last cent of the largest safe amounts', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe(`€${NBSP}90.071.992.547.409,91`);
    expect(formatMoney(-Number.MAX_SAFE_INTEGER)).toBe(`€${NBSP}-90.071.992.547.409,91`);
  });

  it('rounds to whole euros half away from zero for summaries', () => {
    expect(formatWholeEuros(123450)).toBe(`€${NBSP}1.235`);
    expect(formatWholeEuros(-150)).toBe(`€${NBSP}-2`);
    expect(formatWholeEuros(149)).toBe(`€${NBSP}1`);
  });
});

describe('parseMoney', () => {
  it.each([
    ['1.234,50', 123450],
    ['1234,5', 123450],
    ['€ 12', 1200],
    [`€${NBSP}12`, 1200],
    ['-3,20', -320],
    ['€ -3,20', -320],
    ['12.50', 1250],
    ['12.5', 1250],
    ['1.234', 123400],
    ['1.234.567,89', 123456789],
    ['0', 0],
    ['-0,00', 0],
    ['  7,05 ', 705],
    ['12 EUR', 1200],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['1,2,3', 'abc', '1.23.4', '', '€', '-', '1,234', '12.345,6,7', '1.2345', '12,', ',5', '1e3', '€ 12 €  x'])(
    'refuses %j',
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );

  it('refuses amounts beyond the safe integer range instead of rounding them', () => {
    expect(parseMoney('90071992547409,92')).toBeNull();
    expect(parseMoney('90071992547409,91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.prop([fc.maxSafeInteger()], { numRuns: 500 })('reads back every formatted amount', (cents) => {
    const back = parseMoney(formatMoney(cents));
    expect(back).toBe(cents === 0 ? 0 : cents);
    expect(isCents(back)).toBe(true);
  });

  test.prop([fc.integer({ min: -10_000_000, max: 10_000_000 })], { numRuns: 300 })(
    'reads back small everyday amounts',
    (cents) => {
      expect(parseMoney(formatMoney(cents))).toBe(cents);
    },
  );
});

describe('roundDiv', () => {
  it('rounds halves away from zero', () => {
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(5, -2)).toBe(-3);
    expect(roundDiv(-5, -2)).toBe(3);
    expect(roundDiv(150, 100)).toBe(2);
    expect(roundDiv(149, 100)).toBe(1);
    expect(roundDiv(-149, 100)).toBe(-1);
  });

  it('returns a plain zero, never -0', () => {
    expect(Object.is(roundDiv(-1, 3), 0)).toBe(true);
    expect(Object.is(roundDiv(0, -7), 0)).toBe(true);
  });

  it('refuses a zero denominator and non-integers', () => {
    expect(() => roundDiv(1, 0)).toThrow(RangeError);
    expect(() => roundDiv(1.5, 2)).toThrow(RangeError);
    expect(() => roundDiv(Number.MAX_SAFE_INTEGER + 1, 2)).toThrow(RangeError);
  });

  const denominator = fc.oneof(
    fc.integer({ min: 1, max: 1000 }),
    fc.maxSafeInteger().filter((d) => d !== 0),
  ).chain((d) => fc.constantFrom(d, -d));

  test.prop([fc.maxSafeInteger(), denominator], { numRuns: 1000 })(
    'matches an exact BigInt reference',
    (numerator, d) => {
      expect(roundDiv(numerator, d)).toBe(referenceRoundDiv(numerator, d));
    },
  );

  test.prop(
    [
      fc
        .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -2, max: 2 }))
        .chain(([d, offset]) =>
          fc
            .integer({ min: 0, max: Math.floor((Number.MAX_SAFE_INTEGER - 2) / d) })
            .map((q) => [Math.max(0, q * d + offset), d] as const),
        ),
    ],
    { numRuns: 1000 },
  )('matches the reference next to exact multiples, where float division is least exact', ([numerator, d]) => {
    expect(roundDiv(numerator, d)).toBe(referenceRoundDiv(numerator, d));
    expect(roundDiv(-numerator, d)).toBe(referenceRoundDiv(-numerator, d));
  });
});
