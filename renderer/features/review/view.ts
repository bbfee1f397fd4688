// Review mode's pure helpers: which picked files go to the door (and in which calls), the
// totals row, sorting the table, and a bundle's fee lines beside their reference prices.
import { isReadyBundle, type BundleDocument, type BundleReport, type BundleSummary } from '../../../shared/bundle/schema.ts';
import { MAX_REVIEW_FILES } from '../../../shared/contract.ts';
import { referenceFee } from '../../../shared/fees/cost-basis.ts';
import { feesClosed } from '../../../shared/fees/rules.ts';
import type { FeeLine } from '../../../shared/fees/schema.ts';
import { annualCents } from '../../../shared/fees/settlement.ts';
import { deviationBasisPoints } from '../../../shared/prices/schema.ts';

/** One file as it crosses the door (the same shape bundles.read and bundles.summary take). */
export interface ReviewFile {
  fileName: string;
  contentBase64: string;
}

/** A bundle is a few MB; this keeps one file well inside what one call to the main process carries. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;
/** What one call may carry in base64 (the bridge takes 96 MB per request, JSON included). */
export const MAX_CALL_BASE64 = 85_000_000;
export { MAX_REVIEW_FILES };

export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** Files in calls of at most MAX_REVIEW_FILES and MAX_CALL_BASE64 characters, in their order. */
export function batchesOf(files: readonly ReviewFile[]): ReviewFile[][] {
  const batches: ReviewFile[][] = [];
  let current: ReviewFile[] = [];
  let size = 0;
  for (const file of files) {
    const length = file.contentBase64.length;
    if (current.length > 0 && (current.length >= MAX_REVIEW_FILES || size + length > MAX_CALL_BASE64)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Whether the roll-up of these files fits in one call (it needs all of them at once). */
export function fitsOneCall(files: readonly ReviewFile[]): boolean {
  return files.length <= MAX_REVIEW_FILES && files.reduce((sum, file) => sum + file.contentBase64.length, 0) <= MAX_CALL_BASE64;
}

export interface ReviewTotals {
  bundles: number;
  valid: number;
  pupils: number;
  fundingCents: number;
  corrections: number;
  ready: number;
}

export function totalsOf(reports: readonly BundleReport[]): ReviewTotals {
  const summaries = reports.flatMap((report) => (report.summary ? [report.summary] : []));
  const sum = (pick: (summary: BundleSummary) => number) => summaries.reduce((total, summary) => total + pick(summary), 0);
  return {
    bundles: reports.length,
    valid: reports.filter((report) => report.status === 'valid').length,
    pupils: sum((summary) => summary.pupils),
    fundingCents: sum((summary) => summary.fundingCents),
    corrections: sum((summary) => summary.corrections),
    ready: reports.filter(isReadyBundle).length,
  };
}

export const sortKeys = ['school', 'institutionNumber', 'schoolYear', 'status', 'ready', 'pupils', 'funding', 'feePerYear', 'deposit', 'corrections', 'aboveReference', 'decision'] as const;
export type SortKey = (typeof sortKeys)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const statusOrder: Record<BundleReport['status'], number> = { unreadable: 0, invalid: 1, valid: 2 };

function sortValue(report: BundleReport, key: SortKey): string | number | null {
  const s = report.summary;
  switch (key) {
    case 'school':
      return (s?.schoolName ?? report.fileName).toLocaleLowerCase('nl-BE');
    case 'institutionNumber':
      return s?.institutionNumber ?? null;
    case 'schoolYear':
      return s?.schoolYear ?? null;
    case 'status':
      return statusOrder[report.status];
    case 'ready':
      return s ? Number(isReadyBundle(report)) : null;
    case 'pupils':
      return s?.pupils ?? null;
    case 'funding':
      return s?.fundingCents ?? null;
    case 'feePerYear':
      return s?.feePerYearCents ?? null;
    case 'deposit':
      return s?.depositCents ?? null;
    case 'corrections':
      return s?.corrections ?? null;
    case 'aboveReference':
      return s?.aboveReference ?? null;
    case 'decision':
      return s?.decision ?? null;
  }
}

/** Sorted by a column; bundles without the figure go last whichever way, ties keep their order. */
export function sortReports(reports: readonly BundleReport[], sort: Sort | null): BundleReport[] {
  if (!sort) return [...reports];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return reports
    .map((report, index) => ({ report, index, value: sortValue(report, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'nl-BE');
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.report);
}

export interface FeeComparison {
  line: FeeLine;
  /** What the line asks per school year (a monthly fee times the months; a deposit once). */
  perYearCents: number;
  referenceCents: number | null;
  deviationBasisPoints: number | null;
}

/** The fee lines of the bundle's school year, each with the reference price that applies. */
export function feeComparison(document: BundleDocument): FeeComparison[] {
  const { plan, schoolYear, referenceLists } = document;
  if (feesClosed(plan)) return [];
  return plan.fees.lines
    .filter((line) => line.years.includes(schoolYear))
    .map((line) => {
      const perYearCents = annualCents(line, plan.fees);
      const referenceCents = referenceFee(referenceLists, line, schoolYear);
      return { line, perYearCents, referenceCents, deviationBasisPoints: referenceCents === null ? null : deviationBasisPoints(perYearCents, referenceCents) };
    });
}

/** `+5,8%`, `−25%`: a deviation from the reference price with its sign. */
export function formatDeviation(basisPoints: number, formatPercent: (fraction: number) => string): string {
  const text = formatPercent(Math.abs(basisPoints) / 10_000);
  return basisPoints > 0 ? `+${text}` : basisPoints < 0 ? `−${text}` : text;
}
