// Loan-service and fee rules: each passes on the example plan (or a plan that meets it) and fires, with its severity, field, params, source and message, when only its condition breaks; motivated lines do not block, a primary-only school is closed, and a change after the council's decision shows as a mismatch.
import { describe, expect, it } from 'vitest';
import { feesClosed, feeFindings } from '../../../../shared/fees/rules.ts';
import type { Decision, FeeLine, Fees, LoanService } from '../../../../shared/fees/schema.ts';
import type { Finding } from '../../../../shared/findings/finding.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import type { ReferenceItem, ReferenceList } from '../../../../shared/prices/schema.ts';
import { expectWellFormedFinding, messageOf } from '../../../builders/findings.ts';
import { buildPlan as buildExamplePlan, TODAY } from '../../../builders/plan.ts';
import { buildProfile } from '../../../builders/profile.ts';

/** TODAY (2026-11-23) falls in this school year: the rules look at its lines and decision. */
const YEAR = '2026-2027';

/**
 * The example plan with only this year's decision: the rules judge the current year, so
 * each test changes the one decision that counts (the example's 2025-2026 decision aside).
 */
function buildPlan(overrides: Parameters<typeof buildExamplePlan>[0] = {}): Plan {
  const plan = buildExamplePlan(overrides);
  return { ...plan, decisions: plan.decisions.filter((decision) => decision.schoolYear === YEAR) };
}

const referenceItems: ReferenceItem[] = [
  { code: 'FEE-LAPTOP', label: 'Gebruiksvergoeding leerlingenlaptop', category: 'device-fee', unit: 'school-year', priceCents: 10_000, vatIncluded: true },
  { code: 'DEPOSIT-LAPTOP', label: 'Waarborg leerlingenlaptop', category: 'deposit', unit: 'device', priceCents: 10_000, vatIncluded: true },
  { code: 'INSURANCE', label: 'Verzekering accidentele schade', category: 'insurance', unit: 'school-year', priceCents: 2_000, vatIncluded: true },
];

function referenceList(overrides: Partial<ReferenceList> = {}): ReferenceList {
  return {
    id: 'list-2026',
    name: 'Referentieprijzen 2026',
    source: 'Kenniscentrum Digisprong',
    publishedOn: '2026-06-15',
    validFrom: '2026-07-01',
    validTo: '',
    items: referenceItems,
    isExample: false,
    importedAt: '2026-07-02T10:00:00.000Z',
    sha256: 'b'.repeat(64),
    ...overrides,
  };
}

/** A list valid on 1 September 2026: the example fees stay under all of its prices. */
const lists = [referenceList()];

const ruleIds = (plan: Plan, today = TODAY, references: readonly ReferenceList[] = lists) => feeFindings(plan, today, references).map((f) => f.ruleId);

/** The findings of a plan, all of the one rule expected; each well formed. */
function only(plan: Plan, ruleId: string, references: readonly ReferenceList[] = lists): Finding[] {
  const found = feeFindings(plan, TODAY, references);
  expect(found.map((f) => f.ruleId)).toEqual(found.map(() => ruleId));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expectWellFormedFinding(f);
  return found;
}

function withLoan(change: Partial<LoanService>): Plan {
  const plan = buildPlan();
  return { ...plan, loan: { ...plan.loan, ...change } };
}

/** The example plan with its fees changed; the decision's snapshot follows, so only the change is tested. */
function withFees(change: (fees: Fees) => Fees, { decided = true } = {}): Plan {
  const plan = buildPlan();
  const fees = change(plan.fees);
  return {
    ...plan,
    fees,
    decisions: decided ? plan.decisions.map((decision) => ({ ...decision, snapshot: { ...decision.snapshot, fees } })) : plan.decisions,
  };
}

function withLine(id: string, change: Partial<FeeLine>, options?: { decided?: boolean }): Plan {
  return withFees((fees) => ({ ...fees, lines: fees.lines.map((line) => (line.id === id ? { ...line, ...change } : line)) }), options);
}

function withDecision(change: Partial<Decision>): Plan {
  const plan = buildPlan();
  return { ...plan, decisions: plan.decisions.map((decision) => ({ ...decision, ...change })) };
}

describe('fee rules', () => {
  it('find nothing in the example plan with an official price list', () => {
    expect(feeFindings(buildPlan(), TODAY, lists)).toEqual([]);
  });

  it('find nothing either without any price list', () => {
    expect(feeFindings(buildPlan(), TODAY, [])).toEqual([]);
  });

  describe('fees.loan-service-required', () => {
    it('passes when use after school hours comes with a loan service, or is not required', () => {
      expect(ruleIds(withLoan({ requiresAfterHoursUse: true, offered: true }))).not.toContain('fees.loan-service-required');
      expect(ruleIds(withLoan({ requiresAfterHoursUse: false, offered: false }))).not.toContain('fees.loan-service-required');
    });

    it('blocks when the school requires use after school hours without a loan service', () => {
      const [found] = only(withLoan({ requiresAfterHoursUse: true, offered: false }), 'fees.loan-service-required');
      expect(found).toMatchObject({ severity: 'blocking', step: 'fees', field: 'loan.offered', source: { id: 'digiplan.B3.loan' } });
      expect(messageOf(found!)).toBe('De school vraagt gebruik van toestellen na de schooluren, maar biedt geen uitleendienst aan.');
    });
  });

  describe('fees.forced-purchase', () => {
    it('passes when parents are not obliged to buy through the school', () => {
      expect(ruleIds(withLoan({ purchaseThroughSchoolRequired: false }))).not.toContain('fees.forced-purchase');
    });

    it('blocks an obligation to buy a device through the school', () => {
      const [found] = only(withLoan({ purchaseThroughSchoolRequired: true }), 'fees.forced-purchase');
      expect(found).toMatchObject({ severity: 'blocking', field: 'loan.purchaseThroughSchoolRequired', source: { id: 'practice.czb' } });
    });
  });

  describe('fees.own-device-without-specs', () => {
    it('passes with minimum specifications, and when no own device is allowed', () => {
      expect(ruleIds(withLoan({ ownDeviceAllowed: true, minimumSpecs: '8 GB werkgeheugen' }))).not.toContain('fees.own-device-without-specs');
      expect(ruleIds(withLoan({ ownDeviceAllowed: false, minimumSpecs: '' }))).not.toContain('fees.own-device-without-specs');
    });

    it('warns when an own device is allowed without saying what it must do', () => {
      const [found] = only(withLoan({ ownDeviceAllowed: true, minimumSpecs: '  ' }), 'fees.own-device-without-specs');
      expect(found).toMatchObject({ severity: 'warning', field: 'loan.minimumSpecs' });
    });
  });

  describe('fees.loan-rules-incomplete', () => {
    it('passes with all four rules, and asks for none without a loan service', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.loan-rules-incomplete');
      const none = withLoan({ requiresAfterHoursUse: false, offered: false, onDamage: '', onLoss: '', onLeaving: '', endOfLoan: '' });
      expect(ruleIds(none)).not.toContain('fees.loan-rules-incomplete');
    });

    it('warns at the first missing rule of a loan service', () => {
      expect(only(withLoan({ onLeaving: '', endOfLoan: '' }), 'fees.loan-rules-incomplete')[0]).toMatchObject({ severity: 'warning', field: 'loan.onLeaving' });
      expect(only(withLoan({ onDamage: ' ' }), 'fees.loan-rules-incomplete')[0]!.field).toBe('loan.onDamage');
      expect(only(withLoan({ endOfLoan: '' }), 'fees.loan-rules-incomplete')[0]!.field).toBe('loan.endOfLoan');
    });
  });

  describe('fees.primary-school-fee', () => {
    it('passes for fees in secondary grades only, and for a primary line that charges nothing', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.primary-school-fee');
      expect(ruleIds(withLine('fee-rent-first', { grades: ['l5', 'l6'], amountCents: 0 }))).not.toContain('fees.primary-school-fee');
    });

    it('blocks a fee charged in primary education, naming the line', () => {
      const [found] = only(withLine('fee-insurance', { grades: ['l6', 's1'] }), 'fees.primary-school-fee');
      expect(found).toMatchObject({
        severity: 'blocking',
        field: 'fees.lines.fee-insurance.grades',
        params: { label: 'Verzekering tegen accidentele schade (vrijwillig)' },
        source: { id: 'practice.maximumfactuur' },
      });
      expect(messageOf(found!)).toContain('„Verzekering tegen accidentele schade (vrijwillig)” rekent een bijdrage aan in het basisonderwijs');
      expect(only(withLine('fee-insurance', { grades: ['bubao'] }), 'fees.primary-school-fee')).toHaveLength(1);
    });
  });

  describe('fees.fee-for-non-users', () => {
    it('passes when the fee applies to loan-service users only', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.fee-for-non-users');
    });

    it('blocks a fee asked of all pupils', () => {
      const [found] = only(withLine('fee-deposit', { appliesTo: 'all-pupils' }), 'fees.fee-for-non-users');
      expect(found).toMatchObject({ severity: 'blocking', field: 'fees.lines.fee-deposit.appliesTo', params: { label: 'Waarborg leerlingenlaptop' }, source: { id: 'digiplan.B3.fees' } });
    });
  });

  describe('feesClosed: a school without secondary education', () => {
    it('closes the fee part for basic education only, and keeps it open with secondary or special education', () => {
      expect(feesClosed({ profile: buildProfile({ levels: ['basis'] }) })).toBe(true);
      expect(feesClosed({ profile: buildProfile({ levels: [] }) })).toBe(true);
      expect(feesClosed({ profile: buildProfile({ levels: ['basis', 'secundair'] }) })).toBe(false);
      expect(feesClosed({ profile: buildProfile({ levels: ['buitengewoon'] }) })).toBe(false);
    });

    it('asks a primary-only school for nothing about amounts, payment or the council', () => {
      const plan = buildPlan({ profile: buildProfile({ levels: ['basis'], pupils: { l1: 40, l2: 38 } }) });
      const empty = { ...plan, fees: { ...plan.fees, corrections: [], payment: { ...plan.fees.payment, contact: '' } }, decisions: [] };
      // The example's lines are in secondary grades: nothing a primary school's rules look at.
      expect(ruleIds(empty)).toEqual([]);
      expect(ruleIds({ ...empty, fees: { ...empty.fees, lines: [] } })).toEqual([]);
    });

    it('still blocks a fee a primary-only school charges, and still checks the loan service', () => {
      const plan = buildPlan({ profile: buildProfile({ levels: ['basis'], pupils: { l5: 40, l6: 38 } }) });
      const charging = {
        ...plan,
        loan: { ...plan.loan, purchaseThroughSchoolRequired: true },
        fees: { ...plan.fees, lines: plan.fees.lines.slice(0, 1).map((line) => ({ ...line, grades: ['l5' as const, 'l6' as const], amountCents: 50_000 })) },
        decisions: [],
      };
      expect(ruleIds(charging).sort()).toEqual(['fees.forced-purchase', 'fees.primary-school-fee']);
    });
  });

  describe('fees.no-cost-basis', () => {
    it('passes when every rented device class has a cost basis', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.no-cost-basis');
    });

    it('warns for a rent line of the current year without a cost basis for its device class', () => {
      const found = only(withLine('fee-rent-later', { deviceClass: 'tablet' }), 'fees.no-cost-basis');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', field: 'fees.costBasis', params: { label: 'Huur leerlingenlaptop, volgende jaren' } });
    });

    it('leaves a line alone that does not run in the current school year', () => {
      expect(ruleIds(withLine('fee-rent-later', { deviceClass: 'tablet', years: ['2027-2028'] }))).toEqual([]);
    });
  });

  describe('fees.above-cost-basis', () => {
    // The example's laptop: (635 − 60 residual − 300 subsidy) ÷ 6 = 45,83 + 10,80 repairs + 25 management = 81,63 a year.
    it('passes at the cost basis exactly', () => {
      expect(ruleIds(withLine('fee-rent-first', { amountCents: 8_163 }))).toEqual([]);
    });

    it('blocks a rent one cent above the cost basis, with the amounts in the message', () => {
      const [found] = only(withLine('fee-rent-first', { amountCents: 8_164 }), 'fees.above-cost-basis');
      expect(found).toMatchObject({
        severity: 'blocking',
        field: 'fees.lines.fee-rent-first.amountCents',
        params: { label: 'Huur leerlingenlaptop, eerste laptopjaar', amount: '€\u00a081,64', basis: '€\u00a081,63' },
        source: { id: 'digiplan.B3.fees' },
      });
      expect(messageOf(found!)).toBe('„Huur leerlingenlaptop, eerste laptopjaar” (€\u00a081,64 per jaar) ligt boven de kostprijs per toestel (€\u00a081,63); verlaag het bedrag of motiveer het.');
    });

    it('counts a monthly rent over the months of a school year', () => {
      // 8,50 × 10 months = 85 a year: above the cost basis, under the reference price.
      const [found] = only(withLine('fee-rent-later', { amountCents: 850, period: 'month' }), 'fees.above-cost-basis');
      expect(found!.params).toMatchObject({ amount: '€\u00a085,00' });
      expect(ruleIds(withLine('fee-rent-later', { amountCents: 800, period: 'month' }))).toEqual([]);
    });

    it('does not block a motivated line', () => {
      expect(ruleIds(withLine('fee-rent-first', { amountCents: 9_000, motivation: 'Inclusief een tweede lader en een beschermhoes.' }))).toEqual([]);
    });
  });

  describe('fees.above-reference', () => {
    it('passes at the reference price, and without a list valid on 1 September', () => {
      const plan = withFees((fees) => ({ ...fees, costBasis: fees.costBasis.map((basis) => ({ ...basis, fundingCentsPerDevice: 0 })) }));
      // Without the subsidy the cost basis is 131,63, so only the reference price can object.
      expect(ruleIds(withLineIn(plan, 'fee-rent-first', { amountCents: 10_000 }))).toEqual([]);
      const later = [referenceList({ validFrom: '2026-09-02' })];
      expect(ruleIds(withLineIn(plan, 'fee-rent-first', { amountCents: 12_000 }), TODAY, later)).toEqual([]);
    });

    it('blocks a rent above the reference price, with the amounts in the message', () => {
      const plan = withFees((fees) => ({ ...fees, costBasis: fees.costBasis.map((basis) => ({ ...basis, fundingCentsPerDevice: 0 })) }));
      const [found] = only(withLineIn(plan, 'fee-rent-first', { amountCents: 10_001 }), 'fees.above-reference');
      expect(found).toMatchObject({
        severity: 'blocking',
        field: 'fees.lines.fee-rent-first.amountCents',
        params: { label: 'Huur leerlingenlaptop, eerste laptopjaar', amount: '€\u00a0100,01', reference: '€\u00a0100,00' },
        source: { id: 'digiplan.B3.prices' },
      });
    });

    it('blocks an insurance above its own reference price, but not a deposit above the device-fee price', () => {
      expect(only(withLine('fee-insurance', { amountCents: 2_500 }), 'fees.above-reference')[0]!.field).toBe('fees.lines.fee-insurance.amountCents');
      // A deposit is not a yearly fee: it is held against the residual value, not the reference.
      expect(ruleIds(withLine('fee-deposit', { amountCents: 6_000 }))).not.toContain('fees.above-reference');
    });

    it('raises both findings for a rent above cost basis and reference, and neither once motivated', () => {
      expect(ruleIds(withLine('fee-rent-first', { amountCents: 12_000 })).sort()).toEqual(['fees.above-cost-basis', 'fees.above-reference']);
      expect(ruleIds(withLine('fee-rent-first', { amountCents: 12_000, motivation: 'Toestel met pen voor de richting Grafische media.' }))).toEqual([]);
    });
  });

  describe('fees.deposit-above-residual', () => {
    it('passes at the residual value', () => {
      expect(ruleIds(withLine('fee-deposit', { amountCents: 6_000 }))).toEqual([]);
    });

    it('warns for a deposit above the residual value of the device', () => {
      const [found] = only(withLine('fee-deposit', { amountCents: 8_000 }), 'fees.deposit-above-residual');
      expect(found).toMatchObject({
        severity: 'warning',
        field: 'fees.lines.fee-deposit.amountCents',
        params: { label: 'Waarborg leerlingenlaptop', amount: '€\u00a080,00', residual: '€\u00a060,00' },
      });
    });
  });

  describe('fees.no-corrections', () => {
    it('passes with corrections, and without any charged fee', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.no-corrections');
      const free = withFees((fees) => ({ ...fees, corrections: [], lines: fees.lines.map((line) => ({ ...line, amountCents: 0 })) }));
      expect(ruleIds(free)).not.toContain('fees.no-corrections');
    });

    it('warns when fees are charged without social corrections', () => {
      expect(only(withFees((fees) => ({ ...fees, corrections: [] })), 'fees.no-corrections')[0]).toMatchObject({ severity: 'warning', field: 'fees.corrections' });
    });
  });

  describe('fees.no-spread-payment', () => {
    it('passes with spread payment and a contact', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.no-spread-payment');
    });

    it('warns without spread payment, and without a contact for it', () => {
      const noSpread = withFees((fees) => ({ ...fees, payment: { ...fees.payment, spreadPaymentOffered: false } }));
      expect(only(noSpread, 'fees.no-spread-payment')[0]).toMatchObject({ severity: 'warning', field: 'fees.payment.contact', source: { id: 'practice.bijdrageregeling' } });
      const noContact = withFees((fees) => ({ ...fees, payment: { ...fees.payment, contact: ' ' } }));
      expect(only(noContact, 'fees.no-spread-payment')).toHaveLength(1);
    });
  });

  describe('fees.no-decision', () => {
    it('passes with a decision for the current school year, and without any charged fee', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.no-decision');
      const free = withFees((fees) => ({ ...fees, lines: [] }), { decided: false });
      expect(ruleIds({ ...free, decisions: [] })).toEqual([]);
    });

    it('blocks fees without a council decision for the current school year', () => {
      const [found] = only({ ...buildPlan(), decisions: [] }, 'fees.no-decision');
      expect(found).toMatchObject({ severity: 'blocking', field: 'decisions', params: { year: YEAR }, source: { id: 'digiplan.B3.council' } });
      // A decision for another school year does not count.
      expect(only(withDecision({ schoolYear: '2027-2028' }), 'fees.no-decision')).toHaveLength(1);
    });

    it('takes the first school year of the term when today lies before it', () => {
      const found = feeFindings(buildPlan(), '2024-10-01', lists);
      expect(found.map((f) => f.ruleId)).toEqual(['fees.no-decision']);
      expect(found[0]!.params).toEqual({ year: '2025-2026' });
      // The example school's council did decide on 2025-2026.
      expect(feeFindings(buildExamplePlan(), '2024-10-01', lists)).toEqual([]);
    });
  });

  describe('fees.decision-rejected', () => {
    it('passes with an approved or amended decision', () => {
      expect(ruleIds(withDecision({ outcome: 'amended' }))).toEqual([]);
    });

    it('blocks fees the council rejected, at the decision', () => {
      const [found] = only(withDecision({ outcome: 'rejected' }), 'fees.decision-rejected');
      expect(found).toMatchObject({ severity: 'blocking', field: 'decisions.decision-2026-06', params: { year: YEAR } });
    });

    it('looks at the latest meeting of the year only', () => {
      const plan = buildPlan();
      const [approved] = plan.decisions;
      const rejectedLater: Decision = { ...approved!, id: 'decision-2026-09', meetingDate: '2026-09-20', outcome: 'rejected' };
      expect(ruleIds({ ...plan, decisions: [approved!, rejectedLater] })).toEqual(['fees.decision-rejected']);
      const approvedLater: Decision = { ...approved!, id: 'decision-2026-10', meetingDate: '2026-10-12', outcome: 'approved' };
      expect(ruleIds({ ...plan, decisions: [rejectedLater, approvedLater, approved!] })).toEqual([]);
    });
  });

  describe('fees.decision-without-motivation', () => {
    it('passes with a motivated decision', () => {
      expect(ruleIds(buildPlan())).not.toContain('fees.decision-without-motivation');
    });

    it('blocks a decision without a motivation, at its motivation field', () => {
      const [found] = only(withDecision({ motivation: '   ' }), 'fees.decision-without-motivation');
      expect(found).toMatchObject({ severity: 'blocking', field: 'decisions.decision-2026-06.motivation', params: { year: YEAR } });
    });
  });

  describe('fees.decision-mismatch', () => {
    it('passes while the fees are what the council decided, also in another order', () => {
      const plan = buildPlan();
      expect(ruleIds({ ...plan, fees: { ...plan.fees, lines: [...plan.fees.lines].reverse() } })).toEqual([]);
    });

    it('warns after a fee changes since the decision', () => {
      const [found] = only(withLine('fee-rent-later', { amountCents: 5_500 }, { decided: false }), 'fees.decision-mismatch');
      expect(found).toMatchObject({ severity: 'warning', field: 'decisions.decision-2026-06', params: { year: YEAR }, source: { id: 'digiplan.B3.council' } });
      expect(messageOf(found!)).toBe('De bijdragen zijn gewijzigd sinds de beslissing van de schoolraad voor 2026-2027; leg het nieuwe voorstel opnieuw voor.');
    });

    it('warns after the expected loan-service users or the payment change', () => {
      const users = buildPlan();
      expect(ruleIds({ ...users, loan: { ...users.loan, users: { ...users.loan.users, s3: 120 } } })).toEqual(['fees.decision-mismatch']);
      expect(ruleIds(withFees((fees) => ({ ...fees, payment: { ...fees.payment, method: 'contant' } }), { decided: false }))).toEqual(['fees.decision-mismatch']);
    });

    it('says nothing of a mismatch with a rejected decision', () => {
      const plan = withDecision({ outcome: 'rejected' });
      expect(ruleIds({ ...plan, fees: { ...plan.fees, monthsPerSchoolYear: 9 } })).toEqual(['fees.decision-rejected']);
    });
  });
});

function withLineIn(plan: Plan, id: string, change: Partial<FeeLine>): Plan {
  const fees = { ...plan.fees, lines: plan.fees.lines.map((line) => (line.id === id ? { ...line, ...change } : line)) };
  return { ...plan, fees, decisions: plan.decisions.map((decision) => ({ ...decision, snapshot: { ...decision.snapshot, fees } })) };
}
