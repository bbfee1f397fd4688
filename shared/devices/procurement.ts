// Procurement files: per purchase the procedure, the quotes asked and received, the chosen
// supplier and why, the documents, and what was bought. This is the evidence AGODI samples
// (Digiplan §B.3): procurement law followed, prices pressed, alternatives weighed.
import { z } from 'zod';
import { isRealIsoDate } from '../format.ts';
import { roundDiv } from '../money.ts';
import { shortText } from '../validation.ts';
import { deviceTypes, fundingSources, priceUnits } from './schema.ts';

export const procedures = ['framework', 'limited-value', 'negotiated-no-publication', 'open', 'other'] as const;
export type Procedure = (typeof procedures)[number];

const isoDate = () => z.string({ error: 'validation.expectedText' }).refine(isRealIsoDate, { error: 'validation.date' });
const cents = () =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(100_000_000_00, { error: 'validation.implausiblePrice' });

export const QuoteSchema = z.strictObject({
  id: z.string().min(1).max(64),
  supplier: shortText().min(1, { error: 'validation.required' }),
  /** Excluding VAT, as quotes are compared. */
  amountCents: cents().nullable(),
  received: z.boolean({ error: 'validation.invalidType' }),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ProcurementItemSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** A device class, or `non-ict` for something that is not digitalisation. */
  type: z.enum([...deviceTypes, 'non-ict'], { error: 'validation.invalidOption' }),
  description: shortText(300),
  quantity: z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.tooSmall' }).max(100_000, { error: 'validation.tooLarge' }),
  unitPriceCents: cents(),
  priceUnit: z.enum(priceUnits, { error: 'validation.invalidOption' }),
  vatIncluded: z.boolean({ error: 'validation.invalidType' }),
  /** A code from the reference price list, when the item matches one exactly. */
  referenceCode: shortText(64),
});
export type ProcurementItem = z.infer<typeof ProcurementItemSchema>;

export const AttachmentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  fileName: shortText(255).min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  addedAt: z.string().datetime({ offset: true }),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

const procurementFields = {
  title: shortText().min(1, { error: 'validation.required' }),
  date: isoDate(),
  procedure: z.enum(procedures, { error: 'validation.invalidOption' }),
  framework: shortText(),
  funding: z.enum(fundingSources, { error: 'validation.invalidOption' }),
  /** Estimated value excluding VAT: decides whether quotes must be compared. */
  estimatedCents: cents(),
  quotes: z.array(QuoteSchema).max(20, { error: 'validation.tooMany' }),
  chosenSupplier: shortText(),
  reason: shortText(2000),
  items: z.array(ProcurementItemSchema).max(100, { error: 'validation.tooMany' }),
  documents: z.array(AttachmentSchema).max(50, { error: 'validation.tooMany' }),
};

export const ProcurementSchema = z.strictObject({ id: z.string().min(1).max(64), ...procurementFields });
export type Procurement = z.infer<typeof ProcurementSchema>;
export const ProcurementInputSchema = z
  .strictObject(procurementFields)
  .omit({ documents: true })
  .partial()
  .extend({ title: procurementFields.title, date: procurementFields.date });
export const ProcurementPatchSchema = z.strictObject(procurementFields).omit({ documents: true }).partial();

export function newProcurement(id: string, input: z.output<typeof ProcurementInputSchema>): Procurement {
  return {
    id,
    procedure: 'limited-value',
    framework: '',
    funding: 'own',
    estimatedCents: 0,
    quotes: [],
    chosenSupplier: '',
    reason: '',
    items: [],
    documents: [],
    ...input,
  };
}

/** Belgian standard VAT rate: prices are compared excluding VAT. */
export const VAT_PERCENT = 21;

export function excludingVat(cents: number, vatIncluded: boolean): number {
  return vatIncluded ? roundDiv(cents * 100, 100 + VAT_PERCENT) : cents;
}

/**
 * What a purchase spends, excluding VAT: its one-off items when all are one-off, else the
 * estimate (a monthly lease price says nothing about the contract's value on its own).
 */
export function spendOf(procurement: Procurement): number {
  if (procurement.items.length === 0 || procurement.items.some((item) => item.priceUnit !== 'once')) {
    return procurement.estimatedCents;
  }
  return procurement.items.reduce((sum, item) => sum + excludingVat(item.unitPriceCents, item.vatIncluded) * item.quantity, 0);
}

/** Spend per chosen supplier over all purchases, excluding VAT. */
export function spendBySupplier(procurements: readonly Procurement[]): Map<string, number> {
  const spend = new Map<string, number>();
  for (const procurement of procurements) {
    const supplier = procurement.chosenSupplier.trim();
    if (supplier === '') continue;
    spend.set(supplier, (spend.get(supplier) ?? 0) + spendOf(procurement));
  }
  return spend;
}
