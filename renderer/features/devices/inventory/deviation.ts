// How a line's price compares with the reference price valid on its start date: only for
// a one-off or a monthly price, compared excluding VAT (the list and the line may differ),
// shown as text ("+6 %") so the meaning never rests on a colour.
import { excludingVat } from '../../../../shared/devices/procurement.ts';
import type { InventoryLine } from '../../../../shared/devices/schema.ts';
import { deviationBasisPoints, referenceFor, type ReferenceList } from '../../../../shared/prices/schema.ts';

export interface LineDeviation {
  basisPoints: number;
  referenceCents: number;
  listName: string;
  isExample: boolean;
}

export function lineDeviation(line: InventoryLine, lists: readonly ReferenceList[]): LineDeviation | null {
  if (line.unitPriceCents === null || line.startDate === '' || line.priceUnit === 'year') return null;
  const reference = referenceFor(lists, { date: line.startDate, category: line.type, unit: line.priceUnit === 'once' ? 'device' : 'month' });
  if (!reference) return null;
  const referenceCents = excludingVat(reference.item.priceCents, reference.item.vatIncluded);
  const basisPoints = deviationBasisPoints(excludingVat(line.unitPriceCents, line.vatIncluded), referenceCents);
  if (basisPoints === null) return null;
  return { basisPoints, referenceCents: reference.item.priceCents, listName: reference.list.name, isExample: reference.list.isExample };
}

/** `+6 %`, `−3 %`, `0 %`: whole percents, rounded half away from zero, with the sign written out. */
export function formatDeviation(basisPoints: number): string {
  const percent = Math.round(Math.abs(basisPoints) / 100);
  const sign = percent === 0 ? '' : basisPoints > 0 ? '+' : '\u2212';
  return `${sign}${percent}\u00a0%`;
}
