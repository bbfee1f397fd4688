// Reference prices of the Digisprong knowledge centre: versioned lists with their source,
// date and validity. Every imported version is kept; a purchase, a lease or a parent fee is
// compared with the version valid on its own date. The app ships an example list that is
// marked as an example everywhere and never presented as official.
import { z } from 'zod';
import { isRealIsoDate } from '../format.ts';
import { deviceTypes } from '../devices/schema.ts';
import { shortText } from '../validation.ts';

export const referenceCategories = [...deviceTypes, 'device-fee', 'deposit', 'insurance', 'other'] as const;
export type ReferenceCategory = (typeof referenceCategories)[number];
export const referenceUnits = ['device', 'month', 'school-year'] as const;
export type ReferenceUnit = (typeof referenceUnits)[number];

const isoDate = () => z.string({ error: 'validation.expectedText' }).refine(isRealIsoDate, { error: 'validation.date' });

export const ReferenceItemSchema = z.strictObject({
  code: shortText(64).min(1, { error: 'validation.required' }),
  label: shortText().min(1, { error: 'validation.required' }),
  category: z.enum(referenceCategories, { error: 'validation.invalidOption' }),
  unit: z.enum(referenceUnits, { error: 'validation.invalidOption' }),
  priceCents: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(10_000_000, { error: 'validation.implausiblePrice' }),
  vatIncluded: z.boolean({ error: 'validation.invalidType' }),
});
export type ReferenceItem = z.infer<typeof ReferenceItemSchema>;

const listFields = {
  name: shortText().min(1, { error: 'validation.required' }),
  source: shortText(300).min(1, { error: 'validation.required' }),
  publishedOn: isoDate(),
  validFrom: isoDate(),
  /** Empty: valid until a newer list takes over. */
  validTo: z.string().refine((value) => value === '' || isRealIsoDate(value), { error: 'validation.date' }),
  items: z
    .array(ReferenceItemSchema)
    .min(1, { error: 'validation.required' })
    .max(2_000, { error: 'validation.tooMany' })
    .refine((items) => new Set(items.map((item) => item.code)).size === items.length, { error: 'validation.duplicateCode' }),
};

/** The file format: what a knowledge-centre export (JSON) holds. */
export const ReferenceListFileSchema = z
  .strictObject(listFields)
  .refine((list) => list.validTo === '' || list.validTo >= list.validFrom, { error: 'validation.endBeforeStart', path: ['validTo'] });
export type ReferenceListFile = z.infer<typeof ReferenceListFileSchema>;

export const ReferenceListSchema = z.object({
  id: z.string(),
  ...listFields,
  isExample: z.boolean(),
  importedAt: z.string(),
  sha256: z.string(),
});
export type ReferenceList = z.infer<typeof ReferenceListSchema>;

/** The list valid on a date: the most recently published of those whose validity covers it. */
export function listValidOn(lists: readonly ReferenceList[], date: string): ReferenceList | null {
  const day = date.slice(0, 10);
  const valid = lists.filter((list) => list.validFrom <= day && (list.validTo === '' || day <= list.validTo));
  valid.sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.importedAt.localeCompare(a.importedAt));
  return valid[0] ?? null;
}

/** The reference item for a category and unit on a date, by code when one is given. */
export function referenceFor(
  lists: readonly ReferenceList[],
  query: { date: string; category: ReferenceCategory; unit: ReferenceUnit; code?: string },
): { list: ReferenceList; item: ReferenceItem } | null {
  const list = listValidOn(lists, query.date);
  if (!list) return null;
  const byCode = query.code ? list.items.find((item) => item.code === query.code) : undefined;
  const item = byCode ?? list.items.find((candidate) => candidate.category === query.category && candidate.unit === query.unit);
  return item ? { list, item } : null;
}

/** How far a price is above (positive) or below the reference, in basis points. */
export function deviationBasisPoints(priceCents: number, referenceCents: number): number | null {
  if (referenceCents === 0) return null;
  return Math.trunc(((priceCents - referenceCents) * 10_000) / referenceCents);
}

/** What a CSV list does not say about itself, asked in the import dialog (JSON files carry it). */
export const ReferenceListMetaSchema = z.strictObject({
  name: listFields.name,
  source: listFields.source,
  publishedOn: listFields.publishedOn,
  validFrom: listFields.validFrom,
  validTo: listFields.validTo,
});
