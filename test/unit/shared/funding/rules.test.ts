// Funding rules: the example passes with only the estimate tip; each rule fires with its severity, field, params and source when only its condition breaks — beyond the allocation (planned: warning, spent: blocking), outside the theme's purpose or level, one purchase from two themes, devices paid by the funds and again by the parents.
import { describe, expect, it } from 'vitest';
import { exampleFunding } from '../../../../shared/example/funding.ts';
import type { Finding } from '../../../../shared/findings/finding.ts';
import { fundingFindings } from '../../../../shared/funding/rules.ts';
import { defaultFundingParameters, type SpendingLine } from '../../../../shared/funding/schema.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { expectWellFormedFinding, messageOf } from '../../../builders/findings.ts';
import { buildPlan } from '../../../builders/plan.ts';
import { buildProfile, completeProfile } from '../../../builders/profile.ts';

/** The test school with a primary department next to its secondary one. */
const withPrimary = buildProfile({ levels: ['basis', 'secundair'], pupils: { ...completeProfile().pupils, l1: 50 } });

const spendingLine = (overrides: Partial<SpendingLine> = {}): SpendingLine => ({
  id: 'spend-test',
  theme: '3',
  schoolYear: '2026-2027',
  description: 'Testbesteding',
  purpose: 'network',
  deviceClass: null,
  plannedCents: 100_000,
  spentCents: 0,
  link: null,
  ...overrides,
});

function withSpending(lines: SpendingLine[], plan: Plan = buildPlan()): Plan {
  return { ...plan, funding: { ...plan.funding, spending: [...plan.funding.spending, ...lines] } };
}

const ruleIds = (plan: Plan) => fundingFindings(plan).map((f) => f.ruleId);

function only(plan: Plan, ruleId: string): Finding[] {
  const found = fundingFindings(plan).filter((f) => f.ruleId === ruleId);
  for (const finding of found) expectWellFormedFinding(finding);
  return found;
}

describe('fundingFindings', () => {
  it('finds nothing but the estimate tip in the example spending plan', () => {
    expect(buildPlan().funding).toEqual(exampleFunding());
    expect(fundingFindings(buildPlan()).map((f) => [f.ruleId, f.severity])).toEqual([['funding.estimated-parameters', 'tip']]);
  });

  describe('funding.estimated-parameters', () => {
    it('points at the first estimated key the school uses', () => {
      const [tip] = only(buildPlan(), 'funding.estimated-parameters');
      expect(tip).toMatchObject({ severity: 'tip', step: 'funding', field: 'funding.parameters.3.centsPerUnit', params: { theme: '3' } });
      expect(messageOf(tip!)).toContain('Thema 3');
    });

    it('passes once the user marks the keys as known', () => {
      const plan = buildPlan();
      const parameters = defaultFundingParameters();
      for (const theme of ['2', '3', '3b'] as const) parameters[theme].estimate = false;
      expect(ruleIds({ ...plan, funding: { ...plan.funding, parameters } })).not.toContain('funding.estimated-parameters');
    });
  });

  describe('beyond the allocation', () => {
    it('warns when a theme plans more than its allocation for the term', () => {
      const plan = withSpending([spendingLine({ theme: '3b', plannedCents: 5_000_000 })]);
      const [found] = only(plan, 'funding.planned-beyond-allocation');
      expect(found).toMatchObject({ severity: 'warning', field: 'funding.themes.3b', params: { theme: '3b', allocation: '€\u00a010.000,00' } });
      expect(ruleIds(plan)).not.toContain('funding.spent-beyond-allocation');
    });

    it('blocks when a theme has spent more than its allocation, and says so once', () => {
      const plan = withSpending([spendingLine({ theme: '1', purpose: 'staff-tools', plannedCents: 5_000_000, spentCents: 5_000_000 })]);
      const [found] = only(plan, 'funding.spent-beyond-allocation');
      expect(found).toMatchObject({ severity: 'blocking', field: 'funding.themes.1', source: { id: 'digiplan.A.budget' } });
      expect(ruleIds(plan)).not.toContain('funding.planned-beyond-allocation');
    });

    it('passes spending exactly equal to the allocation', () => {
      const plan = buildPlan({ funding: { ...exampleFunding(), spending: [spendingLine({ theme: '3b', purpose: 'software', plannedCents: 40 * 25_000, spentCents: 40 * 25_000 })] } });
      expect(ruleIds(plan).filter((id) => id.includes('beyond'))).toEqual([]);
    });
  });

  describe('outside the purpose', () => {
    it('blocks individual pupil devices from theme 2, at the line’s purpose', () => {
      const plan = withSpending([spendingLine({ id: 'spend-kids', theme: '2', purpose: 'pupil-devices', deviceClass: 'laptop' })], buildPlan({ profile: withPrimary }));
      const [found] = only(plan, 'funding.theme2-individual-devices');
      expect(found).toMatchObject({ severity: 'blocking', field: 'funding.spending.spend-kids.purpose', source: { id: 'digiplan.C5.theme2' } });
    });

    it('passes shared devices from theme 2 in a school with primary', () => {
      const plan = withSpending([spendingLine({ theme: '2', purpose: 'shared-devices' })], buildPlan({ profile: withPrimary }));
      expect(ruleIds(plan).filter((id) => id !== 'funding.estimated-parameters')).toEqual([]);
    });

    it('blocks theme 1 money for anything but teaching staff’s tools', () => {
      const [found] = only(withSpending([spendingLine({ theme: '1', purpose: 'network' })]), 'funding.theme1-outside-purpose');
      expect(found).toMatchObject({ severity: 'blocking', field: 'funding.spending.spend-test.purpose', source: { id: 'digiplan.C5.theme1' } });
    });

    it('blocks theme 2 in a school without primary and themes 3 and 3b without secondary, at the line’s theme', () => {
      const [primary] = only(withSpending([spendingLine({ theme: '2' })]), 'funding.theme-without-level');
      expect(primary).toMatchObject({ severity: 'blocking', field: 'funding.spending.spend-test.theme', params: { theme: '2' } });
      const primaryOnly = buildPlan({ profile: buildProfile({ levels: ['basis'], pupils: { l1: 50 } }), funding: { ...exampleFunding(), spending: [spendingLine({ theme: '3b' })] } });
      expect(only(primaryOnly, 'funding.theme-without-level')).toHaveLength(1);
    });
  });

  describe('funding.counted-twice', () => {
    it('blocks a procurement paid from lines of two themes, at the second line’s link', () => {
      const link = { kind: 'procurement', id: 'proc-2026-laptops' } as const;
      const [found] = only(withSpending([spendingLine({ id: 'spend-again', theme: '3b', purpose: 'pupil-devices', link })]), 'funding.counted-twice');
      expect(found).toMatchObject({ severity: 'blocking', field: 'funding.spending.spend-again.link', params: { title: 'Leerlingenlaptops uitleendienst 2026', first: '3' } });
    });

    it('passes one procurement paid in instalments from the same theme', () => {
      // The example already pays the tablet lease from theme 3 in three school years.
      expect(ruleIds(withSpending([spendingLine({ theme: '3', link: { kind: 'procurement', id: 'proc-2025-tablets' } })]))).not.toContain('funding.counted-twice');
    });
  });

  describe('funding.paid-by-funds-and-parents', () => {
    const unsubsidised = (plan: Plan): Plan => ({
      ...plan,
      fees: { ...plan.fees, costBasis: plan.fees.costBasis.map((basis) => ({ ...basis, fundingCentsPerDevice: 0 })) },
    });

    it('blocks pupil laptops paid from the funds while the rent uses a cost basis without subsidy', () => {
      const [found] = only(unsubsidised(buildPlan()), 'funding.paid-by-funds-and-parents');
      expect(found).toMatchObject({ severity: 'blocking', field: 'funding.spending.spend-loan-laptops.deviceClass', source: { id: 'digiplan.B3.fees' } });
      expect(messageOf(found!)).toContain('ouders zouden betalen wat de overheid al betaalde');
    });

    it('passes when the cost basis subtracts the subsidy, or when no rent is charged', () => {
      expect(ruleIds(buildPlan())).not.toContain('funding.paid-by-funds-and-parents');
      const noRent = unsubsidised(buildPlan());
      const fees = { ...noRent.fees, lines: noRent.fees.lines.filter((line) => line.kind !== 'rent') };
      expect(ruleIds({ ...noRent, fees })).not.toContain('funding.paid-by-funds-and-parents');
    });
  });
});
