// What the fee lines screen works out beside the fields: a line's yearly amount against its
// cost basis, its reference price and the Rekenhof band, and the figures a cost basis can
// take over from the inventory and from a contract comparison.
import { lifetimeOf, type DevicesSettings, type DeviceType, type FleetCohort } from '../../../../shared/devices/schema.ts';
import type { TcoComparison, TcoOption } from '../../../../shared/devices/tco.ts';
import { maximumRentCents, referenceFee } from '../../../../shared/fees/cost-basis.ts';
import type { CostBasis, FeeLine, Fees } from '../../../../shared/fees/schema.ts';
import { annualCents, isRecurring } from '../../../../shared/fees/settlement.ts';
import { roundDiv } from '../../../../shared/money.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import { listValidOn, type ReferenceList } from '../../../../shared/prices/schema.ts';

/** A field path in the plan's fees part, as the findings name it: `feesField('costBasis')` is `fees.costBasis`. */
export function feesField(path: string): string {
  return `fees.${path}`;
}

export interface LineComparison {
  /** What parents pay in a school year (a monthly fee times the months). */
  annual: number;
  basis: CostBasis | null;
  /** The most the cost basis justifies as a yearly rent (rent lines with a basis only). */
  maximum: number | null;
  reference: number | null;
  /** The reference list the reference price comes from. */
  referenceList: ReferenceList | null;
  aboveBasis: boolean;
  aboveReference: boolean;
  /** A deposit above the device's residual value. */
  aboveResidual: boolean;
}

/** The same comparisons the fee rules make, for one line as it is on screen. */
export function compareLine(line: FeeLine, fees: Pick<Fees, 'costBasis' | 'monthsPerSchoolYear'>, lists: readonly ReferenceList[], year: SchoolYear): LineComparison {
  const annual = annualCents(line, fees);
  const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass) ?? null;
  const maximum = line.kind === 'rent' && basis ? maximumRentCents(basis) : null;
  const reference = line.kind === 'repair-contribution' ? null : referenceFee(lists, line, year);
  return {
    annual,
    basis,
    maximum,
    reference,
    referenceList: reference === null ? null : listValidOn(lists, `${year.slice(0, 4)}-09-01`),
    aboveBasis: maximum !== null && annual > maximum,
    aboveReference: isRecurring(line) && reference !== null && annual > reference,
    aboveResidual: line.kind === 'deposit' && basis !== null && annual > basis.residualCents,
  };
}

/** A motivation is asked for when a line goes above its cost basis or its reference price. */
export function needsMotivation(comparison: LineComparison): boolean {
  return comparison.aboveBasis || comparison.aboveReference;
}

/** Devices that are still lent out: in use or being repaired. */
const inService = new Set<FleetCohort['status']>(['in-use', 'repair']);

export interface FleetFigures {
  /** Devices of the class in the loan service, in use or in repair. */
  devices: number;
  /** Of those, the devices with a one-off price. */
  priced: number;
  /** Average one-off price of the priced devices; null without any. */
  averagePriceCents: number | null;
  /** Average lifetime of the devices, weighted by quantity; null without devices. */
  lifetimeYears: number | null;
}

/** What the inventory says about the loan service's devices of one class. */
export function fleetFigures(fleet: readonly FleetCohort[], settings: DevicesSettings, deviceClass: DeviceType): FleetFigures {
  const cohorts = fleet.filter((cohort) => cohort.type === deviceClass && cohort.use === 'loan-service' && inService.has(cohort.status));
  const devices = cohorts.reduce((sum, cohort) => sum + cohort.quantity, 0);
  const pricedCohorts = cohorts.filter((cohort) => cohort.valueCents > 0 && cohort.quantity > 0);
  const priced = pricedCohorts.reduce((sum, cohort) => sum + cohort.quantity, 0);
  const value = pricedCohorts.reduce((sum, cohort) => sum + cohort.valueCents, 0);
  const lifetimeWeight = cohorts.reduce((sum, cohort) => sum + cohort.quantity * lifetimeOf(cohort, settings), 0);
  return {
    devices,
    priced,
    averagePriceCents: priced > 0 ? roundDiv(value, priced) : null,
    lifetimeYears: devices > 0 ? Math.min(15, Math.max(1, roundDiv(lifetimeWeight, devices))) : null,
  };
}

export interface ChosenOption {
  tcoId: string;
  title: string;
  option: TcoOption;
}

/** The chosen option of every comparison that has one. */
export function chosenOptions(tcos: readonly TcoComparison[]): ChosenOption[] {
  return tcos.flatMap((tco) => {
    const option = tco.options.find((candidate) => candidate.id === tco.chosenOptionId);
    return option ? [{ tcoId: tco.id, title: tco.title, option }] : [];
  });
}

/** The yearly costs per device a contract option stands for. */
export function yearlyCostsOf(option: TcoOption): Pick<CostBasis, 'repairsCentsPerYear' | 'insuranceCentsPerYear' | 'managementCentsPerYear'> {
  return {
    repairsCentsPerYear: roundDiv(option.repairsPerThousand * option.repairCostCents, 1000),
    insuranceCentsPerYear: option.insuranceCentsPerYear,
    managementCentsPerYear: option.managementCentsPerYear,
  };
}

/** A cost basis made from what the plan knows: the inventory first, the chosen contract option for the yearly costs. */
export function suggestedBasis(
  deviceClass: DeviceType,
  figures: FleetFigures,
  option: TcoOption | null,
  defaults: DevicesSettings['defaultLifetimes'],
): CostBasis {
  return {
    deviceClass,
    purchaseCents: figures.averagePriceCents ?? option?.purchaseCents ?? 0,
    lifetimeYears: figures.lifetimeYears ?? option?.lifetimeYears ?? defaults[deviceClass],
    repairsCentsPerYear: option ? yearlyCostsOf(option).repairsCentsPerYear : 0,
    insuranceCentsPerYear: option?.insuranceCentsPerYear ?? 0,
    managementCentsPerYear: option?.managementCentsPerYear ?? 0,
    residualCents: 0,
    fundingCentsPerDevice: 0,
  };
}

/** The top of a money scale: the band's upper end or the largest value, with some room, rounded up to 50 euro. */
export function scaleMaximum(values: readonly (number | null)[], bandMaxCents: number): number {
  const largest = Math.max(bandMaxCents, ...values.filter((value): value is number => value !== null));
  const step = 5_000;
  return Math.ceil((largest * 1.1) / step) * step;
}
