// Devices (Digiplan §B.3): the fleet as inventory lines, the settings of the devices
// step, contract comparisons (TCO) and procurement files. The inventory can hold tens of
// thousands of lines, so it lives in its own table and reaches the plan only as cohorts
// (lines grouped by what the rules and charts need); everything else is plan content.
import { z } from 'zod';
import { isRealIsoDate } from '../format.ts';
import { SchoolYearSchema } from '../policy/goals.ts';
import { count, shortText } from '../validation.ts';

export const deviceTypes = ['laptop', 'chromebook', 'tablet', 'desktop', 'board', 'projector', 'network', 'server', 'other'] as const;
export type DeviceType = (typeof deviceTypes)[number];
export const contractForms = ['bought', 'leased', 'refurbished', 'minimum-lifetime', 'maintenance'] as const;
export type ContractForm = (typeof contractForms)[number];
export const deviceUses = ['teachers', 'shared-pupils', 'loan-service', 'classroom', 'infrastructure'] as const;
export const deviceStatuses = ['in-use', 'repair', 'lost', 'retired', 'recycled', 'refurbished-out'] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];
/** Statuses of devices the school still has and uses (or will again after repair). */
export const activeStatuses: readonly DeviceStatus[] = ['in-use', 'repair'];
export const fundingSources = ['digisprong', 'digiplan-1', 'digiplan-2', 'digiplan-3', 'digiplan-3b', 'own', 'parents', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];
/** Money from the government's ICT programmes: it may only go to digitalisation. */
export const ictFunds: readonly FundingSource[] = ['digisprong', 'digiplan-1', 'digiplan-2', 'digiplan-3', 'digiplan-3b'];
export const priceUnits = ['once', 'month', 'year'] as const;
export type PriceUnit = (typeof priceUnits)[number];

export const MAX_UNIT_PRICE_CENTS = 10_000_000; // € 100.000 per device: above is a typing error
export const MAX_LIFETIME_YEARS = 15;

const isoDateOrEmpty = () =>
  z
    .string({ error: 'validation.expectedText' })
    .refine((value) => value === '' || isRealIsoDate(value), { error: 'validation.date' });

const cents = (max = MAX_UNIT_PRICE_CENTS) =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(max, { error: 'validation.implausiblePrice' });

const lineFields = {
  type: z.enum(deviceTypes, { error: 'validation.invalidOption' }),
  brandModel: shortText(),
  /** How many identical devices the line stands for; 1 for a single asset with a serial. */
  quantity: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(100_000, { error: 'validation.tooLarge' }),
  serial: shortText(100),
  startDate: isoDateOrEmpty(),
  unitPriceCents: cents().nullable(),
  priceUnit: z.enum(priceUnits, { error: 'validation.invalidOption' }),
  vatIncluded: z.boolean({ error: 'validation.invalidType' }),
  contract: z.enum(contractForms, { error: 'validation.invalidOption' }),
  supplier: shortText(),
  framework: shortText(),
  use: z.enum(deviceUses, { error: 'validation.invalidOption' }),
  status: z.enum(deviceStatuses, { error: 'validation.invalidOption' }),
  warrantyEnd: isoDateOrEmpty(),
  lifetimeYears: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(MAX_LIFETIME_YEARS, { error: 'validation.tooLarge' }).nullable(),
  funding: z.enum(fundingSources, { error: 'validation.invalidOption' }),
  note: shortText(1000),
};

export const InventoryLineSchema = z.strictObject({ id: z.string().min(1).max(64), ...lineFields });
export type InventoryLine = z.infer<typeof InventoryLineSchema>;
export const InventoryLineInputSchema = z.strictObject(lineFields).partial().extend({ type: lineFields.type });
export const InventoryLinePatchSchema = z.strictObject(lineFields).partial();
export type InventoryLinePatch = z.infer<typeof InventoryLinePatchSchema>;

/** What a bulk edit may set on many lines at once. */
export const InventoryBulkPatchSchema = InventoryLinePatchSchema.pick({
  status: true,
  use: true,
  funding: true,
  contract: true,
  lifetimeYears: true,
  supplier: true,
  framework: true,
  warrantyEnd: true,
});

export function newLine(id: string, input: z.output<typeof InventoryLineInputSchema>): InventoryLine {
  return {
    id,
    brandModel: '',
    quantity: 1,
    serial: '',
    startDate: '',
    unitPriceCents: null,
    priceUnit: 'once',
    vatIncluded: true,
    contract: 'bought',
    supplier: '',
    framework: '',
    use: 'shared-pupils',
    status: 'in-use',
    warrantyEnd: '',
    lifetimeYears: null,
    funding: 'own',
    note: '',
    ...input,
  };
}

/** The columns the inventory table can be filtered, sorted and grouped on. */
export const inventoryColumns = [
  'type',
  'brandModel',
  'quantity',
  'serial',
  'startDate',
  'unitPriceCents',
  'contract',
  'supplier',
  'framework',
  'use',
  'status',
  'warrantyEnd',
  'lifetimeYears',
  'funding',
] as const;
export type InventoryColumn = (typeof inventoryColumns)[number];
export const groupableColumns = ['type', 'contract', 'use', 'status', 'funding', 'supplier', 'startYear'] as const;
export type GroupColumn = (typeof groupableColumns)[number];

export const InventoryFilterSchema = z.strictObject({
  text: shortText().optional(),
  type: z.array(z.enum(deviceTypes)).max(deviceTypes.length).optional(),
  status: z.array(z.enum(deviceStatuses)).max(deviceStatuses.length).optional(),
  contract: z.array(z.enum(contractForms)).max(contractForms.length).optional(),
  use: z.array(z.enum(deviceUses)).max(deviceUses.length).optional(),
  funding: z.array(z.enum(fundingSources)).max(fundingSources.length).optional(),
  /** Start dates from/to (inclusive), as ISO dates. */
  startFrom: isoDateOrEmpty().optional(),
  startTo: isoDateOrEmpty().optional(),
});
export type InventoryFilter = z.infer<typeof InventoryFilterSchema>;

/**
 * The fleet as the plan sees it: lines grouped by what the rules and the lifecycle need.
 * Computed by the store from the inventory table, never stored.
 */
export const FleetCohortSchema = z.object({
  type: z.enum(deviceTypes),
  /** The school year the devices started in; empty when the date is unknown. */
  startYear: z.string(),
  lifetimeYears: z.number().int().nullable(),
  status: z.enum(deviceStatuses),
  contract: z.enum(contractForms),
  use: z.enum(deviceUses),
  funding: z.enum(fundingSources),
  quantity: z.number().int(),
  lines: z.number().int(),
  /** Sum of quantity × one-off unit price, for lines with a one-off price. */
  valueCents: z.number().int(),
});
export type FleetCohort = z.infer<typeof FleetCohortSchema>;

export const measureKinds = ['battery', 'repair', 'reimaging', 'second-life', 'other'] as const;

export const MeasureSchema = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(measureKinds, { error: 'validation.invalidOption' }),
  description: shortText(300),
  devices: count(),
  costCents: cents(1_000_000_00),
  yearsAdded: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(5, { error: 'validation.tooLarge' }),
  year: SchoolYearSchema,
});
export type Measure = z.infer<typeof MeasureSchema>;

/** Settings of the devices step: defaults, thresholds the school sets, and manual figures. */
export const DevicesSettingsSchema = z.strictObject({
  defaultLifetimes: z.strictObject(
    Object.fromEntries(deviceTypes.map((type) => [type, z.number().int().min(1).max(MAX_LIFETIME_YEARS)])) as Record<
      DeviceType,
      z.ZodNumber
    >,
  ),
  /** Money available for replacements per school year, until the funding step provides it. */
  availableFundingCents: z.partialRecord(SchoolYearSchema, cents(100_000_000_00)),
  measures: z.array(MeasureSchema).max(200, { error: 'validation.tooMany' }),
  /** Above this estimated amount (excl. VAT) a purchase needs a comparison of quotes. */
  quoteThresholdCents: cents(100_000_000_00),
  minimumQuotes: z.number().int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(10, { error: 'validation.tooLarge' }),
  /** Above this share of spend, one supplier dominates (Digiplan §B.3). */
  supplierSharePercent: z.number().int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(100, { error: 'validation.tooLarge' }),
  recyclingPartner: shortText(),
  recyclingCertificate: z.boolean({ error: 'validation.invalidType' }),
});
export type DevicesSettings = z.infer<typeof DevicesSettingsSchema>;
export const DevicesSettingsPatchSchema = DevicesSettingsSchema.partial();

export function defaultDevicesSettings(): DevicesSettings {
  return {
    defaultLifetimes: { laptop: 5, chromebook: 5, tablet: 4, desktop: 6, board: 8, projector: 7, network: 7, server: 6, other: 5 },
    availableFundingCents: {},
    measures: [],
    quoteThresholdCents: 30_000_00,
    minimumQuotes: 3,
    supplierSharePercent: 60,
    recyclingPartner: '',
    recyclingCertificate: false,
  };
}

export function lifetimeOf(cohort: Pick<FleetCohort, 'type' | 'lifetimeYears'>, settings: DevicesSettings): number {
  return cohort.lifetimeYears ?? settings.defaultLifetimes[cohort.type];
}
