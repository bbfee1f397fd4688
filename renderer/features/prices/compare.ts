// What a price is compared with: the reference item of the list valid on the purchase's own
// date (by code when one is given, else by category and unit), both sides excluding VAT, as
// the procurement rules compare them. Shared by the procurement editor and the prices step.
import type { ProcurementItem, Procurement } from '../../../shared/devices/procurement.ts';
import { excludingVat } from '../../../shared/devices/procurement.ts';
import type { InventoryLine, PriceUnit } from '../../../shared/devices/schema.ts';
import { formatPercent } from '../../../shared/format.ts';
import {
  deviationBasisPoints,
  referenceFor,
  type ReferenceItem,
  type ReferenceList,
  type ReferenceUnit,
} from '../../../shared/prices/schema.ts';

/** A one-off price is per device; a monthly or yearly price per month or school year. */
export const referenceUnitOf: Record<PriceUnit, ReferenceUnit> = { once: 'device', month: 'month', year: 'school-year' };

export interface Comparison {
  list: ReferenceList;
  item: ReferenceItem;
  priceCents: number;
  referenceCents: number;
  /** Positive above the reference, negative below; null against a reference of zero. */
  deviation: number | null;
}

export function compareItem(item: ProcurementItem, date: string, lists: readonly ReferenceList[]): Comparison | null {
  if (item.type === 'non-ict') return null;
  return compare(lists, date, item.type, item.priceUnit, item.unitPriceCents, item.vatIncluded, item.referenceCode);
}

export function compareLine(line: InventoryLine, lists: readonly ReferenceList[]): Comparison | null {
  if (line.unitPriceCents === null || line.startDate === '') return null;
  return compare(lists, line.startDate, line.type, line.priceUnit, line.unitPriceCents, line.vatIncluded, '');
}

function compare(
  lists: readonly ReferenceList[],
  date: string,
  category: InventoryLine['type'],
  priceUnit: PriceUnit,
  priceCents: number,
  vatIncluded: boolean,
  code: string,
): Comparison | null {
  const reference = referenceFor(lists, { date, category, unit: referenceUnitOf[priceUnit], ...(code ? { code } : {}) });
  if (!reference) return null;
  const price = excludingVat(priceCents, vatIncluded);
  const referencePrice = excludingVat(reference.item.priceCents, reference.item.vatIncluded);
  return {
    list: reference.list,
    item: reference.item,
    priceCents: price,
    referenceCents: referencePrice,
    deviation: deviationBasisPoints(price, referencePrice),
  };
}

export type Direction = 'above' | 'below' | 'equal';

/**
 * What a deviation says, as a catalog key and its percentage: `+5,8%` above the reference,
 * `3%` below it (the word says the direction), or equal.
 */
export function deviationMessage(basisPoints: number): { direction: Direction; key: string; deviation: string } {
  const percent = formatPercent(Math.abs(basisPoints) / 10_000);
  if (basisPoints > 0) return { direction: 'above', key: 'prices.above', deviation: `+${percent}` };
  if (basisPoints < 0) return { direction: 'below', key: 'prices.below', deviation: percent };
  return { direction: 'equal', key: 'prices.equal', deviation: percent };
}

/** One row of the prices step's comparison: a procurement item or an inventory line. */
export interface ComparisonRow {
  key: string;
  kind: 'procurement' | 'inventory';
  /** The finding path of a procurement item (`procurements.<id>.items.<itemId>`). */
  field: string | null;
  procurementId: string | null;
  title: string;
  description: string;
  date: string;
  quantity: number;
  comparison: Comparison | null;
}

export function procurementRows(procurements: readonly Procurement[], lists: readonly ReferenceList[]): ComparisonRow[] {
  return procurements.flatMap((procurement) =>
    procurement.items
      // Not ICT, or no price typed yet: nothing to compare.
      .filter((item) => item.type !== 'non-ict' && item.unitPriceCents > 0)
      .map((item) => ({
        key: `p:${procurement.id}:${item.id}`,
        kind: 'procurement' as const,
        field: `procurements.${procurement.id}.items.${item.id}`,
        procurementId: procurement.id,
        title: procurement.title,
        description: item.description,
        date: procurement.date,
        quantity: item.quantity,
        comparison: compareItem(item, procurement.date, lists),
      })),
  );
}

/**
 * Inventory lines as comparison rows. Lines bought together (same model, date and price) are
 * one purchase: fourteen teacher laptops with a serial each make one row of fourteen.
 */
export function inventoryRows(lines: readonly InventoryLine[], lists: readonly ReferenceList[]): ComparisonRow[] {
  const groups = new Map<string, { line: InventoryLine; quantity: number; notes: Set<string> }>();
  for (const line of lines) {
    if (line.unitPriceCents === null || line.startDate === '') continue;
    const key = [line.type, line.brandModel, line.startDate, line.unitPriceCents, line.priceUnit, line.vatIncluded].join('\u0000');
    const group = groups.get(key);
    if (group) {
      group.quantity += line.quantity;
      group.notes.add(line.note);
    } else groups.set(key, { line, quantity: line.quantity, notes: new Set([line.note]) });
  }
  return [...groups.values()].map(({ line, quantity, notes }) => ({
    key: `i:${line.id}`,
    kind: 'inventory' as const,
    field: null,
    procurementId: null,
    title: line.brandModel,
    description: notes.size === 1 ? line.note : '',
    date: line.startDate,
    quantity,
    comparison: compareLine(line, lists),
  }));
}

/** Furthest above the reference first; rows without a reference last, newest first. */
export function byDeviation(a: ComparisonRow, b: ComparisonRow): number {
  const da = a.comparison?.deviation ?? null;
  const db = b.comparison?.deviation ?? null;
  if (da === null && db === null) return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'nl');
  if (da === null) return 1;
  if (db === null) return -1;
  return db - da || b.date.localeCompare(a.date);
}
