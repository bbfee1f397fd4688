// The fee settlement in cents: hand-computed families and schools, and the invariants
// (never negative, corrections never raise what a family pays, lines add up) over random
// fee policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFees, type Correction, type Family, type FeeLine, type Fees } from '../../../../shared/fees/schema.ts';
import { apportion, familyBill, instalmentsOf, settle } from '../../../../shared/fees/settlement.ts';
import { gradesByLevel } from '../../../../shared/profile/schema.ts';

const YEAR = '2026-2027' as const;

function line(overrides: Partial<FeeLine> & Pick<FeeLine, 'id' | 'kind' | 'amountCents' | 'grades'>): FeeLine {
  return {
    label: overrides.id,
    deviceClass: 'laptop',
    period: 'school-year',
    appliesTo: 'loan-service',
    years: [YEAR],
    motivation: '',
    ...overrides,
  };
}

function rule(overrides: Partial<Correction> & Pick<Correction, 'id' | 'kind'>): Correction {
  return { label: overrides.id, reductionBasisPoints: 0, thirdChildBasisPoints: 0, capCents: 0, waivesDeposit: false, expected: 0, averageChildren: 2, ...overrides };
}

/** 75 euro rent in s3, 50 after, 15 insurance for all, 60 deposit in s3. */
function policy(corrections: Correction[] = []): Fees {
  return {
    ...emptyFees(),
    lines: [
      line({ id: 'rent3', kind: 'rent', amountCents: 7_500, grades: ['s3'] }),
      line({ id: 'rent4', kind: 'rent', amountCents: 5_000, grades: ['s4', 's5', 's6'] }),
      line({ id: 'insurance', kind: 'insurance', amountCents: 1_500, grades: ['s3', 's4', 's5', 's6'] }),
      line({ id: 'deposit', kind: 'deposit', amountCents: 6_000, grades: ['s3'] }),
    ],
    corrections,
  };
}

const child = (grade: Family['children'][number]['grade'], groups: Family['children'][number]['groups'] = []) => ({ grade, groups });

const toeslag = rule({ id: 'toeslag', kind: 'schooltoeslag', reductionBasisPoints: 10_000, waivesDeposit: true });
const kansenpas = rule({ id: 'kansenpas', kind: 'kansenpas', reductionBasisPoints: 5_000 });
const sibling = rule({ id: 'sibling', kind: 'sibling', reductionBasisPoints: 5_000, thirdChildBasisPoints: 10_000 });
const cap = rule({ id: 'cap', kind: 'family-cap', capCents: 12_500 });
const depositWaiver = rule({ id: 'waiver', kind: 'deposit-waiver', waivesDeposit: true });

describe('what a family pays (hand-computed, in cents)', () => {
  const cases: { name: string; corrections: Correction[]; children: Family['children']; recurring: number; deposits: number }[] = [
    { name: 'one child in s3, no corrections', corrections: [], children: [child('s3')], recurring: 9_000, deposits: 6_000 },
    { name: 'one child in s2 (no loan-service fee there)', corrections: [], children: [child('s2')], recurring: 0, deposits: 0 },
    { name: 'one child in s5', corrections: [], children: [child('s5')], recurring: 6_500, deposits: 0 },
    { name: 'schooltoeslag: rent and insurance waived, deposit too', corrections: [toeslag], children: [child('s3', ['schooltoeslag'])], recurring: 0, deposits: 0 },
    { name: 'kansenpas: half of 90 euro', corrections: [kansenpas], children: [child('s3', ['kansenpas'])], recurring: 4_500, deposits: 6_000 },
    { name: 'kansenpas on 65 euro rounds 32,50 off', corrections: [kansenpas], children: [child('s4', ['kansenpas'])], recurring: 3_250, deposits: 0 },
    { name: 'two siblings: the dearer pays full, the other half', corrections: [sibling], children: [child('s4'), child('s3')], recurring: 9_000 + 3_250, deposits: 6_000 },
    { name: 'three siblings: third child free', corrections: [sibling], children: [child('s3'), child('s4'), child('s6')], recurring: 9_000 + 3_250, deposits: 6_000 },
    { name: 'family cap above three full fees', corrections: [cap], children: [child('s3'), child('s4'), child('s6')], recurring: 12_500, deposits: 6_000 },
    { name: 'cap after sibling reduction has nothing left to do', corrections: [sibling, cap], children: [child('s3'), child('s4'), child('s6')], recurring: 12_250, deposits: 6_000 },
    { name: 'reductions do not stack: kansenpas (50 %) beats nothing, sibling (50 %) equal', corrections: [kansenpas, sibling], children: [child('s3'), child('s4', ['kansenpas'])], recurring: 9_000 + 3_250, deposits: 6_000 },
    { name: 'deposit waiver for a child in a group', corrections: [kansenpas, depositWaiver], children: [child('s3', ['kansenpas'])], recurring: 4_500, deposits: 0 },
    { name: 'deposit waiver does not reach a child without a group', corrections: [depositWaiver], children: [child('s3')], recurring: 9_000, deposits: 6_000 },
    {
      name: 'a deposit-waiver rule waives even with its flag off, as the school settlement counts it',
      corrections: [kansenpas, { ...depositWaiver, waivesDeposit: false }],
      children: [child('s3', ['kansenpas'])],
      recurring: 4_500,
      deposits: 0,
    },
  ];
  it.each(cases)('$name', ({ corrections, children, recurring, deposits }) => {
    const bill = familyBill(policy(corrections), { children }, YEAR);
    expect(bill.recurringNet).toBe(recurring);
    expect(bill.deposits).toBe(deposits);
    expect(bill.total).toBe(recurring + deposits);
  });

  it('counts a monthly fee ten times a school year by default', () => {
    const fees: Fees = { ...emptyFees(), lines: [line({ id: 'm', kind: 'rent', amountCents: 750, period: 'month', grades: ['s3'] })] };
    expect(familyBill(fees, { children: [child('s3')] }, YEAR).recurringNet).toBe(7_500);
  });

  it('splits the total over the payment moments with the remainder in the last one', () => {
    const fees: Fees = {
      ...emptyFees(),
      payment: {
        ...emptyFees().payment,
        moments: [
          { id: 'a', label: 'A', shareBasisPoints: 3_333 },
          { id: 'b', label: 'B', shareBasisPoints: 3_333 },
          { id: 'c', label: 'C', shareBasisPoints: 3_334 },
        ],
      },
    };
    expect(instalmentsOf(fees, 10_001).map((i) => i.cents)).toEqual([3_333, 3_333, 3_335]);
  });
});

describe('the school settlement (hand-computed)', () => {
  it('multiplies each line by its users and keeps deposits apart from revenue', () => {
    const result = settle(policy(), { users: { s3: 100, s4: 80, s5: 0, s6: 20 } }, {}, [YEAR]);
    const year = result.years[0]!;
    expect(year.lines.map((l) => [l.lineId, l.users, l.gross])).toEqual([
      ['rent3', 100, 750_000],
      ['rent4', 100, 500_000],
      ['insurance', 200, 300_000],
      ['deposit', 100, 600_000],
    ]);
    expect(year.revenue).toBe(1_550_000);
    expect(year.depositsHeld).toBe(600_000);
    expect(year.correctionsCost).toBe(0);
  });

  it('spreads a group over the grades by their users and waives its deposits', () => {
    const result = settle(policy([{ ...toeslag, expected: 20 }]), { users: { s3: 100, s4: 100 } }, {}, [YEAR]);
    const year = result.years[0]!;
    const byId = Object.fromEntries(year.lines.map((l) => [l.lineId, l.corrections]));
    // 20 pupils: 10 in s3, 10 in s4. Rent s3 10 × 75, rent s4 10 × 50, insurance 20 × 15, deposit 10 × 60.
    expect(byId).toEqual({ rent3: 75_000, rent4: 50_000, insurance: 30_000, deposit: 60_000 });
    expect(year.correctionsCost).toBe(155_000);
    expect(year.depositsWaived).toBe(60_000);
  });

  it('apportions whole pupils that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0])).toEqual([0, 0]);
    expect(apportion(5, [2, 0, 3])).toEqual([2, 0, 3]);
  });

  it('adds up per year and over the term', () => {
    const fees = policy([{ ...kansenpas, expected: 7 }, { ...sibling, expected: 11 }, { ...cap, expected: 2, averageChildren: 3 }]);
    const result = settle(fees, { users: { s3: 40, s4: 31, s5: 29, s6: 22 } }, {}, ['2025-2026', '2026-2027', '2027-2028'].filter((y) => y === YEAR));
    for (const year of result.years) {
      expect(year.recurringGross).toBe(year.lines.filter((l) => l.kind !== 'deposit').reduce((s, l) => s + l.gross, 0));
      expect(year.revenue).toBe(year.recurringGross - year.recurringCorrections - year.familyCap);
      for (const l of year.lines) expect(l.net).toBe(l.gross - l.corrections);
    }
    expect(result.term.revenue).toBe(result.years.reduce((s, y) => s + y.revenue, 0));
  });
});

const grades = [...gradesByLevel.secundair];
const gradeArb = fc.constantFrom(...grades);
const lineArb = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('rent', 'deposit', 'insurance', 'repair-contribution' as const),
  amountCents: fc.integer({ min: 0, max: 50_000 }),
  grades: fc.uniqueArray(gradeArb, { minLength: 1, maxLength: 4 }),
  period: fc.constantFrom('school-year', 'month' as const),
});
const ruleArb = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('schooltoeslag', 'kansenpas', 'solidarity-fund', 'case-by-case', 'sibling', 'family-cap', 'deposit-waiver', 'payment-plan' as const),
  reductionBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  thirdChildBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  capCents: fc.integer({ min: 0, max: 100_000 }),
  waivesDeposit: fc.boolean(),
  expected: fc.integer({ min: 0, max: 500 }),
  averageChildren: fc.integer({ min: 2, max: 5 }),
});
const feesArb = fc.record({ lines: fc.array(lineArb, { maxLength: 8 }), corrections: fc.array(ruleArb, { maxLength: 6 }) }).map(
  ({ lines, corrections }): Fees => ({
    ...emptyFees(),
    lines: lines.map((l) => line({ ...l })),
    corrections: corrections.map((r) => rule({ ...r })),
  }),
);
const familyArb = fc.array(
  fc.record({ grade: gradeArb, groups: fc.uniqueArray(fc.constantFrom('schooltoeslag', 'kansenpas', 'solidarity-fund', 'case-by-case' as const), { maxLength: 2 }) }),
  { minLength: 1, maxLength: 5 },
);
const usersArb = fc.dictionary(gradeArb, fc.integer({ min: 0, max: 400 }));

describe('settlement invariants over random policies', () => {
  it('never asks a family a negative amount, on any line', () => {
    fc.assert(
      fc.property(feesArb, familyArb, (fees, children) => {
        const bill = familyBill(fees, { children }, YEAR);
        for (const c of bill.children) for (const l of c.lines) expect(l.net).toBeGreaterThanOrEqual(0);
        expect(bill.total).toBeGreaterThanOrEqual(0);
        expect(bill.instalments.reduce((s, i) => s + i.cents, 0)).toBe(bill.total);
      }),
      { numRuns: 300 },
    );
  });

  it('never makes a family pay more because of a correction', () => {
    fc.assert(
      fc.property(feesArb, ruleArb, familyArb, (fees, extra, children) => {
        const without = familyBill(fees, { children }, YEAR).total;
        const withRule = familyBill({ ...fees, corrections: [...fees.corrections, rule({ ...extra })] }, { children }, YEAR).total;
        expect(withRule).toBeLessThanOrEqual(without);
        // Belonging to a group never costs more either.
        const inGroup = familyBill(fees, { children: children.map((c) => ({ ...c, groups: [...new Set([...c.groups, 'schooltoeslag' as const])] })) }, YEAR).total;
        expect(inGroup).toBeLessThanOrEqual(familyBill(fees, { children }, YEAR).total);
      }),
      { numRuns: 300 },
    );
  });

  it('adds lines up exactly to the totals, never negative, with corrections no larger than the gross', () => {
    fc.assert(
      fc.property(feesArb, usersArb, (fees, users) => {
        const { years, term } = settle(fees, { users }, {}, [YEAR]);
        for (const year of years) {
          const recurring = year.lines.filter((l) => l.kind !== 'deposit');
          expect(year.recurringGross).toBe(recurring.reduce((s, l) => s + l.gross, 0));
          expect(year.recurringCorrections).toBe(recurring.reduce((s, l) => s + l.corrections, 0));
          expect(year.revenue).toBeGreaterThanOrEqual(0);
          expect(year.depositsHeld).toBeGreaterThanOrEqual(0);
          for (const l of year.lines) {
            expect(l.corrections).toBeLessThanOrEqual(l.gross);
            expect(l.net).toBe(l.gross - l.corrections);
          }
        }
        expect(term.revenue).toBe(years.reduce((s, y) => s + y.revenue, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('adds up, without corrections, to what the pupils’ own bills add up to', () => {
    fc.assert(
      fc.property(feesArb, usersArb, (fees, users) => {
        const plain = { ...fees, corrections: [] };
        const [year] = settle(plain, { users }, {}, [YEAR]).years;
        // Every user as a family of one: the school's gross is the sum of their bills.
        let recurring = 0;
        let deposits = 0;
        for (const [grade, count] of Object.entries(users)) {
          const bill = familyBill(plain, { children: [child(grade as (typeof grades)[number])] }, YEAR);
          recurring += bill.recurringNet * count;
          deposits += bill.deposits * count;
        }
        expect(year!.revenue).toBe(recurring);
        expect(year!.depositsHeld).toBe(deposits);
      }),
      { numRuns: 200 },
    );
  });

  it('apportions exactly the expected count over any weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 10 }), (n, weights) => {
        const parts = apportion(n, weights);
        const total = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : n);
        parts.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          if (weights[i] === 0) expect(p).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
