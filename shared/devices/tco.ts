// Total cost of ownership: what a device need costs under each contract form, so a school
// can show it weighed the alternatives (AGODI's question (d), Digiplan §B.3). Everything
// in integer cents. Acquisition is written off straight-line over a device's lifetime, so
// over a horizon of Y years a device of lifetime L costs (price − residual) × Y / L: a
// longer lifetime never costs more per year. Each cost component is rounded once (half
// away from zero) and the total is the sum of the rounded components, so tables add up.
import { z } from 'zod';
import { roundDiv } from '../money.ts';
import { shortText } from '../validation.ts';

export const tcoKinds = ['buy', 'lease', 'refurbished', 'minimum-lifetime', 'maintenance'] as const;
export type TcoKind = (typeof tcoKinds)[number];

const cents = () =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(10_000_000, { error: 'validation.implausiblePrice' });

export const TcoOptionSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    kind: z.enum(tcoKinds, { error: 'validation.invalidOption' }),
    label: shortText(120),
    /** One-off price per device (0 for a lease). */
    purchaseCents: cents(),
    leaseCentsPerMonth: cents(),
    lifetimeYears: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(15, { error: 'validation.tooLarge' }),
    /** Repairs per 1000 devices per year (120 = 12 %). */
    repairsPerThousand: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(1000, { error: 'validation.tooLarge' }),
    repairCostCents: cents(),
    insuranceCentsPerYear: cents(),
    managementCentsPerYear: cents(),
    energyCentsPerYear: cents(),
    /** Sale or buy-back value per device at the end of its life. */
    residualCents: cents(),
    recyclingCents: cents(),
  })
  .refine((option) => option.residualCents <= option.purchaseCents, { error: 'validation.residualAbovePrice', path: ['residualCents'] });
export type TcoOption = z.infer<typeof TcoOptionSchema>;

const comparisonFields = {
  title: shortText().min(1, { error: 'validation.required' }),
  quantity: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(100_000, { error: 'validation.tooLarge' }),
  years: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(10, { error: 'validation.tooLarge' }),
  options: z.array(TcoOptionSchema).max(10, { error: 'validation.tooMany' }),
  /** The option the school chose, by id, and why: the evidence AGODI asks for. */
  chosenOptionId: z.string().max(64).nullable(),
  motivation: shortText(2000),
};

export const TcoComparisonSchema = z
  .strictObject({ id: z.string().min(1).max(64), ...comparisonFields })
  .refine((c) => c.chosenOptionId === null || c.options.some((o) => o.id === c.chosenOptionId), {
    error: 'validation.invalidOption',
    path: ['chosenOptionId'],
  });
export type TcoComparison = z.infer<typeof TcoComparisonSchema>;
export const TcoInputSchema = z.strictObject(comparisonFields).partial().extend({ title: comparisonFields.title });
export const TcoPatchSchema = z.strictObject(comparisonFields).partial();

export interface TcoNeed {
  quantity: number;
  years: number;
}

export const tcoComponents = ['acquisition', 'lease', 'repairs', 'insurance', 'management', 'energy', 'recycling'] as const;
export type TcoComponent = (typeof tcoComponents)[number];

export interface TcoResult {
  /** Per device over the whole horizon, per component (each rounded once). */
  perDevice: Record<TcoComponent, number>;
  perDeviceTotal: number;
  perDevicePerYear: number;
  fleetTotal: number;
  fleetPerYear: number;
}

export function totalCostOfOwnership(option: TcoOption, need: TcoNeed): TcoResult {
  const { years } = need;
  const life = option.lifetimeYears;
  const perDevice: Record<TcoComponent, number> = {
    acquisition: roundDiv((option.purchaseCents - option.residualCents) * years, life),
    lease: option.leaseCentsPerMonth * 12 * years,
    repairs: roundDiv(option.repairsPerThousand * option.repairCostCents * years, 1000),
    insurance: option.insuranceCentsPerYear * years,
    management: option.managementCentsPerYear * years,
    energy: option.energyCentsPerYear * years,
    recycling: roundDiv(option.recyclingCents * years, life),
  };
  const perDeviceTotal = tcoComponents.reduce((sum, component) => sum + perDevice[component], 0);
  return {
    perDevice,
    perDeviceTotal,
    perDevicePerYear: roundDiv(perDeviceTotal, years),
    fleetTotal: perDeviceTotal * need.quantity,
    fleetPerYear: roundDiv(perDeviceTotal * need.quantity, years),
  };
}

export function compareOptions(comparison: Pick<TcoComparison, 'quantity' | 'years' | 'options'>): { option: TcoOption; result: TcoResult }[] {
  return comparison.options.map((option) => ({
    option,
    result: totalCostOfOwnership(option, { quantity: comparison.quantity, years: comparison.years }),
  }));
}

/** Sensible starting figures per contract form, to be replaced by the school's quotes. */
export function defaultOption(id: string, kind: TcoKind): TcoOption {
  const base = {
    id,
    kind,
    label: '',
    purchaseCents: 0,
    leaseCentsPerMonth: 0,
    lifetimeYears: 4,
    repairsPerThousand: 120,
    repairCostCents: 90_00,
    insuranceCentsPerYear: 0,
    managementCentsPerYear: 25_00,
    energyCentsPerYear: 6_00,
    residualCents: 0,
    recyclingCents: 5_00,
  };
  switch (kind) {
    case 'buy':
      return { ...base, purchaseCents: 575_00, residualCents: 40_00, insuranceCentsPerYear: 20_00 };
    case 'lease':
      return { ...base, leaseCentsPerMonth: 14_50, repairsPerThousand: 0, repairCostCents: 0, recyclingCents: 0 };
    case 'refurbished':
      return { ...base, purchaseCents: 310_00, lifetimeYears: 3, repairsPerThousand: 180, residualCents: 0, insuranceCentsPerYear: 15_00 };
    case 'minimum-lifetime':
      return { ...base, purchaseCents: 640_00, lifetimeYears: 6, repairsPerThousand: 60, residualCents: 30_00 };
    case 'maintenance':
      return { ...base, purchaseCents: 575_00, lifetimeYears: 5, repairsPerThousand: 0, repairCostCents: 0, managementCentsPerYear: 45_00, residualCents: 30_00 };
  }
}
