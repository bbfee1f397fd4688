// The cost basis of a fee: what one device of a class costs the school per year, net of
// the subsidy received for it. A rent above it needs a motivation (Digiplan §B.3).
import { roundDiv } from '../money.ts';
import { referenceFor, type ReferenceList } from '../prices/schema.ts';
import type { SchoolYear } from '../plan/term.ts';
import type { CostBasis, FeeLine } from './schema.ts';

/** The most a yearly rent can be justified by: write-off net of residual and subsidy, plus yearly costs. */
export function maximumRentCents(basis: CostBasis): number {
  const writeOff = Math.max(0, basis.purchaseCents - basis.residualCents - basis.fundingCentsPerDevice);
  return roundDiv(writeOff, basis.lifetimeYears) + basis.repairsCentsPerYear + basis.insuranceCentsPerYear + basis.managementCentsPerYear;
}

/** The reference price that applies to a fee line in a school year (valid on 1 September). */
export function referenceFee(lists: readonly ReferenceList[], line: FeeLine, year: SchoolYear): number | null {
  const date = `${year.slice(0, 4)}-09-01`;
  const found =
    line.kind === 'deposit'
      ? referenceFor(lists, { date, category: 'deposit', unit: 'device' })
      : line.kind === 'rent'
        ? referenceFor(lists, { date, category: 'device-fee', unit: 'school-year' })
        : line.kind === 'insurance'
          ? referenceFor(lists, { date, category: 'insurance', unit: 'school-year' })
          : null;
  return found ? found.item.priceCents : null;
}

/** Court of Audit (Rekenhof, September 2024) on Digisprong: the band most schools stay in. */
export const rekenhofBand = {
  minCents: 0,
  maxCents: 15_000,
  source: 'Rekenhof, september 2024 (geciteerd in de conceptnota Digiplan, §1)',
} as const;
