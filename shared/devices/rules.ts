// Rules on devices, contracts and procurement (Digiplan §B.3): alternatives weighed, the
// fleet kept in time, quotes compared, no supplier dominating, prices pressed against the
// reference list, and ICT money spent on ICT only.
import { finding, type Finding } from '../findings/finding.ts';
import { formatPercent } from '../format.ts';
import type { Plan } from '../plan/schema.ts';
import { schoolYearOf, schoolYears } from '../plan/term.ts';
import { deviationBasisPoints, referenceFor, type ReferenceList } from '../prices/schema.ts';
import { pastLifetime, replacementCalendar, sustainabilityFigures } from './lifecycle.ts';
import { excludingVat, spendBySupplier } from './procurement.ts';
import { ictFunds } from './schema.ts';
import { deviceFundingPerYear } from '../funding/totals.ts';

const unitOf = { once: 'device', month: 'month', year: 'school-year' } as const;

export function deviceFindings(plan: Plan, today: string, referenceLists: readonly ReferenceList[]): Finding[] {
  const found: Finding[] = [];
  const { devices: settings, fleet, tcos, procurements } = plan;

  if (fleet.length === 0) {
    found.push(finding('devices.no-inventory', 'warning', 'devices', 'digiplan.B3.agodi', { field: 'inventory' }));
  }

  const weighed = tcos.filter((tco) => tco.options.length >= 2);
  if (weighed.length === 0) {
    found.push(finding('devices.no-comparison', 'warning', 'devices', 'digiplan.B3.agodi', { field: 'tcos' }));
  }
  for (const tco of weighed) {
    if (tco.chosenOptionId === null || tco.motivation.trim() === '') {
      found.push(
        finding('devices.comparison-without-choice', 'warning', 'devices', 'digiplan.B3.agodi', {
          field: `tcos.${tco.id}.motivation`,
          params: { title: tco.title },
        }),
      );
    }
  }

  const overdue = pastLifetime(fleet, settings, today);
  if (overdue > 0) {
    found.push(finding('devices.past-lifetime', 'tip', 'devices', 'digiplan.B3.sustainability', { field: 'lifecycle', params: { count: overdue } }));
  }

  const current = schoolYearOf(today);
  const funded = deviceFundingPerYear(plan.funding.parameters, plan.profile);
  for (const year of replacementCalendar(fleet, settings, current, 3, funded)) {
    if (!(schoolYears as readonly string[]).includes(year.schoolYear) || year.availableCents === null) continue;
    if (year.costCents > year.availableCents) {
      found.push(
        finding('devices.replacement-gap', 'warning', 'devices', 'digiplan.B3.sustainability', {
          field: `availableFundingCents.${year.schoolYear}`,
          params: { year: year.schoolYear },
        }),
      );
    }
  }

  const figures = sustainabilityFigures(fleet);
  if (figures.recycled + figures.retired + figures.secondLife > 0 && settings.recyclingPartner.trim() === '') {
    found.push(finding('devices.no-recycling-partner', 'tip', 'devices', 'digiplan.B3.sustainability', { field: 'recyclingPartner' }));
  }

  for (const procurement of procurements) {
    const field = (name: string) => `procurements.${procurement.id}.${name}`;
    const received = procurement.quotes.filter((quote) => quote.received).length;
    if (
      procurement.procedure !== 'framework' &&
      procurement.estimatedCents >= settings.quoteThresholdCents &&
      received < settings.minimumQuotes
    ) {
      found.push(
        finding('procurement.too-few-quotes', 'warning', 'devices', 'digiplan.B3.agodi', {
          field: field('quotes'),
          params: { title: procurement.title, received, minimum: settings.minimumQuotes },
        }),
      );
    }
    if (procurement.chosenSupplier.trim() !== '' && procurement.reason.trim() === '') {
      found.push(finding('procurement.no-reason', 'tip', 'devices', 'digiplan.B3.agodi', { field: field('reason'), params: { title: procurement.title } }));
    }
    const nonIct = procurement.items.some((item) => item.type === 'non-ict');
    if (nonIct && ictFunds.includes(procurement.funding)) {
      found.push(
        finding('procurement.non-ict-from-ict-funds', 'blocking', 'devices', 'digiplan.B3.agodi', {
          field: field('funding'),
          params: { title: procurement.title },
        }),
      );
    }
    for (const item of procurement.items) {
      if (item.type === 'non-ict') continue;
      const reference = referenceFor(referenceLists, {
        date: procurement.date,
        category: item.type,
        unit: unitOf[item.priceUnit],
        ...(item.referenceCode ? { code: item.referenceCode } : {}),
      });
      if (!reference) continue;
      const price = excludingVat(item.unitPriceCents, item.vatIncluded);
      const referencePrice = excludingVat(reference.item.priceCents, reference.item.vatIncluded);
      const deviation = deviationBasisPoints(price, referencePrice);
      if (deviation !== null && deviation > 0) {
        found.push(
          finding('procurement.above-reference', 'warning', 'prices', 'digiplan.B3.prices', {
            field: field(`items.${item.id}`),
            params: { title: procurement.title, item: item.description || reference.item.label, deviation: formatPercent(deviation / 10_000) },
          }),
        );
      }
    }
  }

  const spend = spendBySupplier(procurements);
  const total = [...spend.values()].reduce((a, b) => a + b, 0);
  for (const [supplier, amount] of spend) {
    if (spend.size >= 2 && total > 0 && amount * 100 > total * settings.supplierSharePercent) {
      found.push(
        finding('procurement.supplier-dominates', 'warning', 'devices', 'digiplan.B3.market', {
          field: 'supplierSharePercent',
          params: { supplier, share: formatPercent(amount / total), threshold: settings.supplierSharePercent },
        }),
      );
    }
  }

  if (referenceLists.length > 0 && referenceLists.every((list) => list.isExample)) {
    found.push(finding('prices.example-only', 'tip', 'prices', 'digiplan.B3.prices', { field: 'lists' }));
  }
  return found;
}
