// Importing an inventory from a CSV or Excel file: what the doors exchange. The file is
// read and checked in the main process; the renderer shows the preview, the mapping of
// columns to fields, row-level problems in Dutch, and lets the user fix a cell or skip a
// row. A commit re-reads the file with the same options and writes all rows or none.
import { z } from 'zod';
import { InventoryLineInputSchema } from './schema.ts';
import { shortText } from '../validation.ts';

/** The fields a column can be mapped to; `unitPrice` is read as euros and stored as cents. */
export const importTargets = [
  'type',
  'brandModel',
  'quantity',
  'serial',
  'startDate',
  'unitPrice',
  'vatIncluded',
  'contract',
  'supplier',
  'framework',
  'use',
  'status',
  'warrantyEnd',
  'lifetimeYears',
  'funding',
  'note',
] as const;
export type ImportTarget = (typeof importTargets)[number];
export const ImportTargetSchema = z.enum(importTargets, { error: 'validation.invalidOption' });

export const ImportOptionsSchema = z.strictObject({
  /** Field → the file's column header. Fields left out are guessed from the headers. */
  mapping: z.partialRecord(ImportTargetSchema, shortText()).optional(),
  /** For files without a VAT column: are the prices including VAT? */
  pricesIncludeVat: z.boolean().optional(),
  /** Add to the inventory, or replace it entirely. */
  mode: z.enum(['append', 'replace']).optional(),
  /** Cells the user fixed in the preview: data row number (1 = first row after the header). */
  corrections: z
    .array(
      z.strictObject({
        row: z.number().int().min(1).max(1_000_000),
        column: shortText(),
        value: z.string().max(10_000, { error: 'validation.tooLong' }),
      }),
    )
    .max(10_000, { error: 'validation.tooMany' })
    .optional(),
  /** Rows the user chose to leave out. */
  skipRows: z.array(z.number().int().min(1).max(1_000_000)).max(100_000, { error: 'validation.tooMany' }).optional(),
});
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/** A problem in the file: row 0 is the file itself or its header. */
export const ImportIssueSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  target: ImportTargetSchema.nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: z.partialRecord(ImportTargetSchema, z.string()),
  /** Fields whose column was guessed rather than given. */
  guessed: z.array(ImportTargetSchema),
  rows: z.number().int(),
  valid: z.number().int(),
  skipped: z.number().int(),
  /** The first rows and every row with a problem (bounded), with what each becomes. */
  sample: z.array(
    z.object({
      row: z.number().int(),
      cells: z.array(z.string()),
      line: InventoryLineInputSchema.nullable(),
      issues: z.array(ImportIssueSchema),
    }),
  ),
  issues: z.array(ImportIssueSchema),
  issueCount: z.number().int(),
  warnings: z.array(ImportIssueSchema),
  warningCount: z.number().int(),
  /** A problem with the whole file (empty, not a table, unreadable): nothing else applies. */
  fileIssue: ImportIssueSchema.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
