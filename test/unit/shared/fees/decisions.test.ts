// What changed in the fee policy since a school council decision: nothing for the same policy, exactly the changed paths otherwise, and no difference for a reordering or for what parents do not pay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleFees, exampleLoanService } from '../../../../shared/example/fees.ts';
import { feePolicyDifferences, type FeePolicy } from '../../../../shared/fees/decisions.ts';

function policy(): FeePolicy {
  return { fees: exampleFees(), loanUsers: exampleLoanService().users };
}

const paths = (before: FeePolicy, after: FeePolicy) => feePolicyDifferences(before, after).map((difference) => difference.path);

describe('differences between a decided fee policy and the current one', () => {
  it('finds none for an identical policy, also when it is a copy', () => {
    const decided = policy();
    expect(feePolicyDifferences(decided, decided)).toEqual([]);
    expect(feePolicyDifferences(decided, JSON.parse(JSON.stringify(decided)) as FeePolicy)).toEqual([]);
  });

  it('names a changed amount with its line, before and after', () => {
    const current = policy();
    current.fees.lines[0] = { ...current.fees.lines[0]!, amountCents: 8_000 };
    expect(feePolicyDifferences(policy(), current)).toEqual([{ path: 'lines.fee-rent-first.amountCents', before: 7_500, after: 8_000 }]);
  });

  it('finds exactly the changed fields, across lines, corrections, payment and users', () => {
    const current = policy();
    current.fees.lines[1] = { ...current.fees.lines[1]!, label: 'Huur, volgende jaren', period: 'month' };
    current.fees.corrections[0] = { ...current.fees.corrections[0]!, reductionBasisPoints: 8_000, waivesDeposit: false };
    current.fees.payment = { ...current.fees.payment, contact: 'de boekhouding', moments: current.fees.payment.moments.map((m, i) => ({ ...m, shareBasisPoints: i === 0 ? 6_000 : 4_000 })) };
    current.fees.monthsPerSchoolYear = 9;
    current.loanUsers = { ...current.loanUsers, s3: 120 };
    expect(paths(policy(), current).sort()).toEqual(
      [
        'lines.fee-rent-later.label',
        'lines.fee-rent-later.period',
        'corrections.corr-toeslag.reductionBasisPoints',
        'corrections.corr-toeslag.waivesDeposit',
        'payment.contact',
        'payment.moments.moment-oct.shareBasisPoints',
        'payment.moments.moment-feb.shareBasisPoints',
        'monthsPerSchoolYear',
        'loanUsers.s3',
      ].sort(),
    );
  });

  it('lists every field of an added line as new and of a removed correction as gone', () => {
    const current = policy();
    current.fees.lines.push({ ...current.fees.lines[0]!, id: 'fee-tablet', label: 'Huur tablet', amountCents: 4_000 });
    current.fees.corrections = current.fees.corrections.filter((rule) => rule.id !== 'corr-plan');
    const differences = feePolicyDifferences(policy(), current);
    const added = differences.filter((d) => d.path.startsWith('lines.fee-tablet.'));
    const removed = differences.filter((d) => d.path.startsWith('corrections.corr-plan.'));
    expect(added.length + removed.length).toBe(differences.length);
    expect(added.every((d) => d.before === null)).toBe(true);
    expect(added).toContainEqual({ path: 'lines.fee-tablet.amountCents', before: null, after: 4_000 });
    expect(removed.every((d) => d.after === null)).toBe(true);
    expect(removed).toContainEqual({ path: 'corrections.corr-plan.kind', before: 'payment-plan', after: null });
  });

  it('finds no difference when lines, corrections, damage charges or payment moments are reordered', () => {
    const current = policy();
    current.fees.lines.reverse();
    current.fees.corrections.reverse();
    current.fees.damageCharges.reverse();
    current.fees.payment.moments.reverse();
    expect(feePolicyDifferences(policy(), current)).toEqual([]);
  });

  it('finds no difference in what parents do not pay: example families and the maximum invoices', () => {
    const current = policy();
    current.fees.exampleFamilies = [];
    current.fees.maximumInvoices = [];
    expect(feePolicyDifferences(policy(), current)).toEqual([]);
  });

  it('finds exactly one difference for one changed amount on any line', () => {
    const lines = exampleFees().lines.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines - 1 }), fc.integer({ min: 0, max: 1_000_000 }), (index, amount) => {
        const current = policy();
        const before = current.fees.lines[index]!.amountCents;
        current.fees.lines[index] = { ...current.fees.lines[index]!, amountCents: amount };
        const differences = feePolicyDifferences(policy(), current);
        if (amount === before) expect(differences).toEqual([]);
        else expect(differences).toEqual([{ path: `lines.${current.fees.lines[index].id}.amountCents`, before, after: amount }]);
      }),
      { numRuns: 200 },
    );
  });
});
