// Builds one export document of a plan as bytes, offline, in Dutch or English. The handler,
// and through it the app and the `digiplan export` command, call this one function.
import type { TFunction } from 'i18next';
import type { InventoryLine } from '../../shared/devices/schema.ts';
import { exportDocumentFormat, fileSlug, type ExportDocumentId } from '../../shared/export/documents.ts';
import { feesClosed } from '../../shared/fees/rules.ts';
import { contributionScheme, parentLetter } from '../../shared/fees/texts.ts';
import { formatDate } from '../../shared/format.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import { termYearOf } from '../../shared/plan/term.ts';
import type { ReferenceList } from '../../shared/prices/schema.ts';
import { sheetCsv } from './csv.ts';
import { richTextDocx } from './docx.ts';
import { feeDossierPdf } from './fee-dossier-pdf.ts';
import { policyPlanPdf } from './policy-plan-pdf.ts';
import { fundingSheets, inventorySheet, settlementSheets, tcoSheet } from './tables.ts';
import { sheetsXlsx } from './xlsx.ts';

export interface ExportSources {
  plan: Plan;
  /** Read only when a document needs them: the inventory can be 50,000 lines. */
  inventory: () => InventoryLine[];
  referenceLists: readonly ReferenceList[];
  t: TFunction;
  /** The export moment: its date goes on every page. */
  now: Date;
}

export interface BuiltDocument {
  fileName: string;
  bytes: Buffer;
}

export async function buildDocument(id: ExportDocumentId, sources: ExportSources): Promise<BuiltDocument> {
  const { plan, t, now } = sources;
  const today = now.toISOString().slice(0, 10);
  const year = termYearOf(today);
  const school = fileSlug(plan.profile.schoolName || plan.name);
  const name = (base: string) => `${fileSlug(base)}_${school}.${exportDocumentFormat[id]}`;
  const docxFrame = (title: string) => ({ school: plan.profile.schoolName || plan.name, title, date: formatDate(today), pageWord: t('exportDocs.page') });
  const pdfContext = { t, today, now };
  switch (id) {
    case 'policy-plan':
      return { fileName: name(t('exportDocs.plan.title')), bytes: await policyPlanPdf(plan, pdfContext) };
    case 'fee-dossier':
      return { fileName: name(`${t('exportDocs.fees.fileName')} ${year}`), bytes: await feeDossierPdf(plan, year, sources.referenceLists, pdfContext) };
    case 'contribution-scheme':
      return { fileName: name(`${t('exportDocs.schemeFile')} ${year}`), bytes: await richTextDocx(contributionScheme(plan, year, t), docxFrame(t('exportDocs.schemeFile'))) };
    case 'parent-letter':
      return { fileName: name(`${t('exportDocs.letterFile')} ${year}`), bytes: await richTextDocx(parentLetter(plan, year, t), docxFrame(t('exportDocs.letterFile'))) };
    case 'workbook':
      return {
        fileName: name(t('exportDocs.workbookFile')),
        bytes: await sheetsXlsx([inventorySheet(sources.inventory(), t), tcoSheet(plan, t), ...(feesClosed(plan) ? [] : settlementSheets(plan, t)), ...fundingSheets(plan, t)]),
      };
    case 'inventory-csv':
      return { fileName: name(t('exportDocs.sheets.inventory')), bytes: sheetCsv(inventorySheet(sources.inventory(), t)) };
    case 'tco-csv':
      return { fileName: name(t('exportDocs.sheets.tco')), bytes: sheetCsv(tcoSheet(plan, t)) };
    case 'settlement-csv':
      return { fileName: name(t('exportDocs.sheets.settlement')), bytes: sheetCsv(settlementSheets(plan, t)[0]!) };
    case 'funding-csv':
      return { fileName: name(t('exportDocs.sheets.funding')), bytes: sheetCsv(fundingSheets(plan, t)[1]!) };
    case 'spending-csv':
      return { fileName: name(t('exportDocs.sheets.spending')), bytes: sheetCsv(fundingSheets(plan, t)[0]!) };
    case 'families-csv':
      return { fileName: name(t('exportDocs.sheets.families')), bytes: sheetCsv(settlementSheets(plan, t)[1]!) };
  }
}
