// Funding (Digiplan §A, §C.5): what each theme brings the school over the term, as
// parameters with their source and date, and the school's spending plan per theme and
// school year. Money in integer cents. Only theme 1 (628 euro per teaching staff member)
// is in the sources; the other per-school keys are estimates the user can correct and a
// later import can replace.
import { z } from 'zod';
import { deviceTypes } from '../devices/schema.ts';
import { isRealIsoDate } from '../format.ts';
import { SchoolYearSchema } from '../policy/goals.ts';
import { shortText } from '../validation.ts';
import shippedParameters from './parameters.json' with { type: 'json' };

export const themes = ['1', '2', '3', '3b'] as const;
export type Theme = (typeof themes)[number];
export const ThemeSchema = z.enum(themes, { error: 'validation.invalidOption' });

/** What a theme's amount is counted per. */
export const allocationUnits = {
  '1': 'teaching-staff',
  '2': 'primary-pupil',
  '3': 'secondary-pupil',
  '3b': 'intensive-pupil',
} as const satisfies Record<Theme, string>;

/** What a spending line pays for; the rules check it against the theme's purpose. */
export const purposes = [
  'staff-tools',
  'pupil-devices',
  'shared-devices',
  'network',
  'boards',
  'servers',
  'software',
  'other',
] as const;
export type Purpose = (typeof purposes)[number];

export const linkKinds = ['goal', 'procurement', 'activity'] as const;
export type LinkKind = (typeof linkKinds)[number];

const cents = (max = 100_000_000_00) =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(max, { error: 'validation.implausiblePrice' });
const isoDate = () => z.string({ error: 'validation.expectedText' }).refine(isRealIsoDate, { error: 'validation.date' });

/** One theme's key: an amount per unit over the whole term, where it comes from, and when. */
export const ThemeParameterSchema = z.strictObject({
  centsPerUnit: cents(10_000_00),
  /** True when the sources do not give this key and the figure is our own estimate. */
  estimate: z.boolean({ error: 'validation.invalidType' }),
  source: shortText(400),
  date: isoDate(),
});
export type ThemeParameter = z.infer<typeof ThemeParameterSchema>;

export const FundingParametersSchema = z.strictObject({
  '1': ThemeParameterSchema,
  '2': ThemeParameterSchema,
  '3': ThemeParameterSchema,
  '3b': ThemeParameterSchema,
});
export type FundingParameters = z.infer<typeof FundingParametersSchema>;

export const SpendingLinkSchema = z.strictObject({
  kind: z.enum(linkKinds, { error: 'validation.invalidOption' }),
  id: z.string({ error: 'validation.expectedText' }).min(1).max(64),
});
export type SpendingLink = z.infer<typeof SpendingLinkSchema>;

const spendingFields = {
  theme: ThemeSchema,
  schoolYear: SchoolYearSchema,
  description: shortText(300).min(1, { error: 'validation.required' }),
  purpose: z.enum(purposes, { error: 'validation.invalidOption' }),
  /** The kind of device bought, where the line buys devices: the double-funding rule needs it. */
  deviceClass: z.enum(deviceTypes, { error: 'validation.invalidOption' }).nullable(),
  plannedCents: cents(),
  spentCents: cents(),
  /** What the money pays for: a goal, a purchase or a training activity of this plan. */
  link: SpendingLinkSchema.nullable(),
};

export const SpendingLineSchema = z.strictObject({ id: z.string().min(1).max(64), ...spendingFields });
export type SpendingLine = z.infer<typeof SpendingLineSchema>;

export const SpendingInputSchema = z
  .strictObject(spendingFields)
  .partial()
  .extend({ theme: spendingFields.theme, schoolYear: spendingFields.schoolYear, description: spendingFields.description });
export const SpendingPatchSchema = z.strictObject(spendingFields).partial();

export const MAX_SPENDING_LINES = 1_000;

export const FundingSchema = z.strictObject({
  parameters: FundingParametersSchema,
  spending: z.array(SpendingLineSchema).max(MAX_SPENDING_LINES, { error: 'validation.tooMany' }),
});
export type Funding = z.infer<typeof FundingSchema>;

/** A patch replaces the parameters of the themes it names, each whole. */
export const FundingPatchSchema = z.strictObject({ parameters: FundingParametersSchema.partial() }).partial();

/**
 * A funding-parameters file: the keys for some or all themes, each with its source and
 * date. The app ships one (parameters.json); the knowledge centre or a school group can
 * hand out a newer one, which the funding step imports over the plan's keys.
 */
export const FUNDING_PARAMETERS_FORMAT = 'digiplan-funding-parameters';
export const FundingParametersFileSchema = z.strictObject({
  format: z.literal(FUNDING_PARAMETERS_FORMAT, { error: 'validation.fundingFileFormat' }),
  version: z.literal(1, { error: 'validation.fundingFileVersion' }),
  parameters: FundingParametersSchema.partial().refine((parameters) => Object.keys(parameters).length > 0, {
    error: 'validation.fundingFileEmpty',
  }),
});
export type FundingParametersFile = z.infer<typeof FundingParametersFileSchema>;

export function fundingParametersFile(parameters: Partial<FundingParameters>): FundingParametersFile {
  return { format: FUNDING_PARAMETERS_FORMAT, version: 1, parameters };
}

/**
 * The keys shipped with the app, read from its own parameters file. Theme 1 is official;
 * 2, 3 and 3b are estimates: the theme's budget for the term divided by the pupils we
 * assume it is meant for, written in the source so a user sees them.
 */
export function defaultFundingParameters(): FundingParameters {
  return FundingParametersSchema.parse(shippedParameters.parameters);
}

export function emptyFunding(): Funding {
  return { parameters: defaultFundingParameters(), spending: [] };
}

export function newSpendingLine(id: string, input: z.output<typeof SpendingInputSchema>): SpendingLine {
  return { id, purpose: 'other', deviceClass: null, plannedCents: 0, spentCents: 0, link: null, ...input };
}
