// What the export step hands out: each document with its format. The same list drives the
// export screen, the `digiplan export` command and the handler that builds the files.
import { z } from 'zod';

export const exportFormats = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const ExportFormatSchema = z.enum(exportFormats, { error: 'validation.invalidOption' });

export const exportDocumentIds = [
  'policy-plan',
  'fee-dossier',
  'contribution-scheme',
  'parent-letter',
  'workbook',
  'inventory-csv',
  'tco-csv',
  'settlement-csv',
  'families-csv',
  'funding-csv',
  'spending-csv',
] as const;
export type ExportDocumentId = (typeof exportDocumentIds)[number];
export const ExportDocumentIdSchema = z.enum(exportDocumentIds, { error: 'validation.invalidOption' });

export const exportDocumentFormat: Record<ExportDocumentId, ExportFormat> = {
  'policy-plan': 'pdf',
  'fee-dossier': 'pdf',
  'contribution-scheme': 'docx',
  'parent-letter': 'docx',
  workbook: 'xlsx',
  'inventory-csv': 'csv',
  'tco-csv': 'csv',
  'settlement-csv': 'csv',
  'families-csv': 'csv',
  'funding-csv': 'csv',
  'spending-csv': 'csv',
};

/** Documents about parents' fees: a school that charges none (primary only) has no use for them. */
export const feeDocuments: readonly ExportDocumentId[] = ['fee-dossier', 'contribution-scheme', 'parent-letter', 'settlement-csv', 'families-csv'];

export function documentsFor(formats: readonly ExportFormat[], feesClosed: boolean): ExportDocumentId[] {
  return exportDocumentIds.filter((id) => formats.includes(exportDocumentFormat[id]) && !(feesClosed && feeDocuments.includes(id)));
}

/** `Voorbeeldschool Campus Zuid` → `Voorbeeldschool-Campus-Zuid`: safe on every file system. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'plan' : slug;
}
