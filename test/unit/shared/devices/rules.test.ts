// Device, procurement and reference-price rules: each passes on a plan that meets it and fires, with its severity, field, params, source and message, when only its condition breaks.
import { describe, expect, it } from 'vitest';
import { deviceFindings } from '../../../../shared/devices/rules.ts';
import type { Procurement } from '../../../../shared/devices/procurement.ts';
import type { Finding } from '../../../../shared/findings/finding.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import type { ReferenceItem, ReferenceList } from '../../../../shared/prices/schema.ts';
import { expectWellFormedFinding, messageOf } from '../../../builders/findings.ts';
import { buildPlan, recentLaptops, TODAY } from '../../../builders/plan.ts';

function referenceList(overrides: Partial<ReferenceList> = {}, items: ReferenceItem[] = [laptopReference]): ReferenceList {
  return {
    id: 'list-2026',
    name: 'Referentieprijzen 2026',
    source: 'Kenniscentrum Digisprong',
    publishedOn: '2026-01-15',
    validFrom: '2026-01-15',
    validTo: '',
    items,
    isExample: false,
    importedAt: '2026-02-01T10:00:00.000Z',
    sha256: 'a'.repeat(64),
    ...overrides,
  };
}

const laptopReference: ReferenceItem = { code: 'LAPTOP-STD', label: 'Leerlingenlaptop', category: 'laptop', unit: 'device', priceCents: 70_000, vatIncluded: true };

/** A list under which the example procurements are all at or below the reference. */
const officialLists = [referenceList()];

const ruleIds = (plan: Plan, lists: readonly ReferenceList[] = officialLists) => deviceFindings(plan, TODAY, lists).map((f) => f.ruleId);

function only(plan: Plan, ruleId: string, lists: readonly ReferenceList[] = officialLists): Finding[] {
  const found = deviceFindings(plan, TODAY, lists);
  expect(found.map((f) => f.ruleId)).toEqual(found.map(() => ruleId));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expectWellFormedFinding(f);
  return found;
}

function withProcurement(id: string, change: (procurement: Procurement) => Procurement): Plan {
  const plan = buildPlan();
  return { ...plan, procurements: plan.procurements.map((p) => (p.id === id ? change(p) : p)) };
}

describe('device rules', () => {
  it('find nothing in the complete example plan with an official price list', () => {
    expect(deviceFindings(buildPlan(), TODAY, officialLists)).toEqual([]);
  });

  it('find nothing either without any price list', () => {
    expect(deviceFindings(buildPlan(), TODAY, [])).toEqual([]);
  });

  describe('devices.no-inventory', () => {
    it('passes with one cohort in the fleet', () => {
      expect(ruleIds(buildPlan({ fleet: [recentLaptops] }))).not.toContain('devices.no-inventory');
    });

    it('warns when the inventory is empty', () => {
      const [found] = only(buildPlan({ fleet: [] }), 'devices.no-inventory');
      expect(found).toMatchObject({ severity: 'warning', step: 'devices', field: 'inventory', source: { id: 'digiplan.B3.agodi' } });
    });
  });

  describe('devices.no-comparison', () => {
    it('passes with one comparison of two options', () => {
      const plan = buildPlan();
      const [tco] = plan.tcos;
      const two = { ...tco!, options: tco!.options.filter((o) => o.id === 'opt-buy' || o.id === 'opt-minlife') };
      expect(ruleIds({ ...plan, tcos: [two] })).not.toContain('devices.no-comparison');
    });

    it('warns without comparisons, and when a comparison holds a single option', () => {
      expect(only(buildPlan({ tcos: [] }), 'devices.no-comparison')[0]).toMatchObject({ severity: 'warning', field: 'tcos' });
      const plan = buildPlan();
      const [tco] = plan.tcos;
      const single = { ...tco!, options: tco!.options.filter((o) => o.id === 'opt-minlife') };
      expect(only({ ...plan, tcos: [single] }, 'devices.no-comparison')[0]!.field).toBe('tcos');
    });
  });

  describe('devices.comparison-without-choice', () => {
    const changed = (patch: { chosenOptionId?: string | null; motivation?: string }) => {
      const plan = buildPlan();
      return { ...plan, tcos: plan.tcos.map((tco) => ({ ...tco, ...patch })) };
    };

    it('passes when the comparison names its choice and says why', () => {
      expect(ruleIds(changed({ chosenOptionId: 'opt-lease', motivation: 'Herstellingen inbegrepen.' }))).not.toContain(
        'devices.comparison-without-choice',
      );
    });

    it('warns on the motivation field when no option is chosen', () => {
      const [found] = only(changed({ chosenOptionId: null }), 'devices.comparison-without-choice');
      expect(found).toMatchObject({ severity: 'warning', field: 'tcos.tco-2026-laptops.motivation', source: { id: 'digiplan.B3.agodi' } });
      expect(messageOf(found!)).toBe('Noteer bij „Leerlingenlaptops uitleendienst 2026: 150 toestellen voor 4 jaar” welke optie gekozen werd en waarom.');
    });

    it('warns when the motivation is only spaces', () => {
      expect(only(changed({ motivation: '   ' }), 'devices.comparison-without-choice')).toHaveLength(1);
    });
  });

  describe('devices.past-lifetime', () => {
    it('passes when every active device is within its lifetime', () => {
      expect(ruleIds(buildPlan({ fleet: [recentLaptops, { ...recentLaptops, startYear: '2015-2016', status: 'recycled' }] }))).not.toContain(
        'devices.past-lifetime',
      );
    });

    it('gives a tip with the number of devices past their lifetime', () => {
      const old = { ...recentLaptops, startYear: '2020-2021', quantity: 12, lifetimeYears: 5 };
      const [found] = only(buildPlan({ fleet: [recentLaptops, old] }), 'devices.past-lifetime');
      expect(found).toMatchObject({ severity: 'tip', field: 'lifecycle', params: { count: 12 }, source: { id: 'digiplan.B3.sustainability' } });
      expect(messageOf(found!)).toBe('12 toestellen in gebruik zijn ouder dan hun verwachte levensduur.');
    });
  });

  describe('devices.replacement-gap', () => {
    // Due in 2027-2028: 40 laptops at € 500.
    const due = { ...recentLaptops, startYear: '2023-2024', lifetimeYears: 4, quantity: 40, valueCents: 40 * 500_00 };
    const withMoney = (available: Partial<Record<string, number>>) => {
      const plan = buildPlan({ fleet: [recentLaptops, due] });
      return { ...plan, devices: { ...plan.devices, availableFundingCents: available } };
    };

    it('passes when the money available covers the replacements', () => {
      expect(ruleIds(withMoney({ '2027-2028': 20_000_00 }))).not.toContain('devices.replacement-gap');
    });

    it('says nothing for a year without a figure', () => {
      expect(ruleIds(withMoney({}))).not.toContain('devices.replacement-gap');
    });

    it('warns on the year’s money field when replacements cost more than is available', () => {
      const [found] = only(withMoney({ '2026-2027': 0, '2027-2028': 19_999_99 }), 'devices.replacement-gap');
      expect(found).toMatchObject({
        severity: 'warning',
        field: 'availableFundingCents.2027-2028',
        params: { year: '2027-2028' },
        source: { id: 'digiplan.B3.sustainability' },
      });
    });

    it('counts what a measure postpones out of the year', () => {
      const plan = withMoney({ '2027-2028': 10_000_00 });
      const measure = { id: 'm', kind: 'battery' as const, description: '', devices: 20, costCents: 0, yearsAdded: 1, year: '2027-2028' as const };
      expect(ruleIds({ ...plan, devices: { ...plan.devices, measures: [measure] } })).not.toContain('devices.replacement-gap');
    });
  });

  describe('devices.no-recycling-partner', () => {
    const retired = { ...recentLaptops, status: 'retired' as const, quantity: 5 };

    it('passes with devices gone and a recycling partner named', () => {
      expect(ruleIds(buildPlan({ fleet: [recentLaptops, retired] }))).not.toContain('devices.no-recycling-partner');
    });

    it('gives a tip when devices left the school and no partner is named', () => {
      for (const status of ['retired', 'recycled', 'refurbished-out'] as const) {
        const plan = buildPlan({ fleet: [recentLaptops, { ...retired, status }] });
        const found = only({ ...plan, devices: { ...plan.devices, recyclingPartner: ' ' } }, 'devices.no-recycling-partner');
        expect(found[0]).toMatchObject({ severity: 'tip', field: 'recyclingPartner' });
      }
    });

    it('passes without a partner while no device has left', () => {
      const plan = buildPlan();
      expect(ruleIds({ ...plan, devices: { ...plan.devices, recyclingPartner: '' } })).not.toContain('devices.no-recycling-partner');
    });
  });

  describe('procurement.too-few-quotes', () => {
    it('passes a framework call-off with a single quote, whatever its size', () => {
      expect(ruleIds(withProcurement('proc-2023-wifi', (p) => ({ ...p, estimatedCents: 9_000_000 })))).not.toContain('procurement.too-few-quotes');
    });

    it('passes a purchase below the threshold with one quote', () => {
      const plan = withProcurement('proc-2026-laptops', (p) => ({ ...p, estimatedCents: 29_999_99, quotes: p.quotes.slice(0, 1) }));
      expect(ruleIds(plan)).not.toContain('procurement.too-few-quotes');
    });

    it('warns when a purchase above the threshold has fewer received quotes than the minimum', () => {
      const plan = withProcurement('proc-2026-laptops', (p) => ({
        ...p,
        quotes: p.quotes.map((q) => (q.id === 'q3' ? { ...q, received: false } : q)),
      }));
      const [found] = only(plan, 'procurement.too-few-quotes');
      expect(found).toMatchObject({
        severity: 'warning',
        field: 'procurements.proc-2026-laptops.quotes',
        params: { title: 'Leerlingenlaptops uitleendienst 2026', received: 2, minimum: 3 },
      });
    });
  });

  describe('procurement.no-reason', () => {
    it('passes when no supplier is chosen yet', () => {
      expect(ruleIds(withProcurement('proc-2023-wifi', (p) => ({ ...p, chosenSupplier: '', reason: '' })))).not.toContain('procurement.no-reason');
    });

    it('gives a tip when a supplier is chosen without a reason', () => {
      const [found] = only(withProcurement('proc-2023-wifi', (p) => ({ ...p, reason: '  ' })), 'procurement.no-reason');
      expect(found).toMatchObject({ severity: 'tip', field: 'procurements.proc-2023-wifi.reason', params: { title: 'Wifi-netwerk en switches' } });
    });
  });

  describe('procurement.non-ict-from-ict-funds', () => {
    const furniture = { id: 'i9', type: 'non-ict' as const, description: 'Laadkar', quantity: 1, unitPriceCents: 50_00, priceUnit: 'once' as const, vatIncluded: true, referenceCode: '' };

    it('passes something that is not ICT when the school pays it from its own money', () => {
      expect(ruleIds(withProcurement('proc-2023-wifi', (p) => ({ ...p, items: [...p.items, furniture] })))).not.toContain(
        'procurement.non-ict-from-ict-funds',
      );
    });

    it('blocks something that is not ICT paid from Digiplan money', () => {
      const plan = withProcurement('proc-2023-wifi', (p) => ({ ...p, funding: 'digiplan-2', items: [...p.items, furniture] }));
      const [found] = only(plan, 'procurement.non-ict-from-ict-funds');
      expect(found).toMatchObject({ severity: 'blocking', field: 'procurements.proc-2023-wifi.funding' });
    });
  });

  describe('procurement.above-reference', () => {
    it('passes a price at the reference price', () => {
      expect(ruleIds(buildPlan(), [referenceList({}, [{ ...laptopReference, priceCents: 63_500 }])])).not.toContain('procurement.above-reference');
    });

    it('passes a purchase dated before the list was valid', () => {
      expect(ruleIds(buildPlan(), [referenceList({ validFrom: '2026-06-01', publishedOn: '2026-06-01' }, [{ ...laptopReference, priceCents: 10_000 }])])).not.toContain(
        'procurement.above-reference',
      );
    });

    it('warns on the item when its price excluding VAT is above the reference valid on the purchase date', () => {
      const found = only(buildPlan(), 'procurement.above-reference', [referenceList({}, [{ ...laptopReference, priceCents: 60_000 }])]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        severity: 'warning',
        step: 'prices',
        field: 'procurements.proc-2026-laptops.items.i1',
        params: { title: 'Leerlingenlaptops uitleendienst 2026', item: 'HP ProBook 440 G11, 16 GB, 256 GB SSD' },
        source: { id: 'digiplan.B3.prices' },
      });
      // 635 against 600: 5,83 % more.
      expect(messageOf(found[0]!)).toContain('5,8');
    });

    it('compares a price excluding VAT with a reference including VAT on the same footing', () => {
      const plan = withProcurement('proc-2026-laptops', (p) => ({ ...p, items: p.items.map((item) => ({ ...item, unitPriceCents: 52_479, vatIncluded: false })) }));
      // 524,79 excl. VAT is 635,00 incl. 21 % VAT: above 600 incl. VAT, equal to 635 incl. VAT.
      expect(ruleIds(plan, [referenceList({}, [{ ...laptopReference, priceCents: 60_000 }])])).toContain('procurement.above-reference');
      expect(ruleIds(plan, [referenceList({}, [{ ...laptopReference, priceCents: 63_500 }])])).not.toContain('procurement.above-reference');
    });
  });

  describe('procurement.supplier-dominates', () => {
    it('passes when no supplier takes more than the threshold', () => {
      const plan = buildPlan();
      expect(ruleIds({ ...plan, devices: { ...plan.devices, supplierSharePercent: 58 } })).not.toContain('procurement.supplier-dominates');
    });

    it('warns when one supplier takes more than the threshold of the spend', () => {
      const plan = buildPlan();
      const [found] = only({ ...plan, devices: { ...plan.devices, supplierSharePercent: 50 } }, 'procurement.supplier-dominates');
      expect(found).toMatchObject({ severity: 'warning', field: 'supplierSharePercent', params: { supplier: 'Schoolnet Solutions bv', threshold: 50 } });
    });

    it('passes a single supplier: there is nobody to dominate', () => {
      const plan = buildPlan();
      const one = { ...plan, procurements: plan.procurements.filter((p) => p.id === 'proc-2026-laptops') };
      expect(ruleIds({ ...one, devices: { ...one.devices, supplierSharePercent: 10 } })).not.toContain('procurement.supplier-dominates');
    });
  });

  describe('prices.example-only', () => {
    it('passes when an official list is there beside the example', () => {
      expect(ruleIds(buildPlan(), [referenceList({ isExample: true, id: 'example' }), referenceList()])).not.toContain('prices.example-only');
    });

    it('gives a tip when the only price list is the example', () => {
      const [found] = only(buildPlan(), 'prices.example-only', [referenceList({ isExample: true, items: [{ ...laptopReference, priceCents: 90_000 }] })]);
      expect(found).toMatchObject({ severity: 'tip', step: 'prices', field: 'lists', source: { id: 'digiplan.B3.prices' } });
    });
  });
});
