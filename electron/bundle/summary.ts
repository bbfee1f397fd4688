// The roll-up over many bundles: one row per school with its key figures, then the totals;
// a school group's or the knowledge centre's view. Bundles that cannot be read get a row too,
// with their file name and why, so no school silently drops out of the count.
import type { TFunction } from 'i18next';
import { isReadyBundle, type BundleReport, type BundleSummary } from '../../shared/bundle/schema.ts';
import { sheetCsv } from '../export/csv.ts';
import type { Sheet, SheetValue } from '../export/sheet.ts';
import { sheetsXlsx } from '../export/xlsx.ts';

/** What the roll-up keeps of a report: small, so thousands fit in memory. */
export interface RollupRow {
  fileName: string;
  status: BundleReport['status'];
  problems: number;
  summary: BundleSummary | null;
}

export function rollupRow(report: Pick<BundleReport, 'fileName' | 'status' | 'problems' | 'summary'>): RollupRow {
  return { fileName: report.fileName, status: report.status, problems: report.problems.length, summary: report.summary };
}

export function rollupSheet(rows: readonly RollupRow[], t: TFunction): Sheet {
  const column = (key: string, kind: Sheet['columns'][number]['kind'], width = 14) => ({ header: t(`rollup.columns.${key}`), kind, width });
  const sum = (pick: (summary: BundleSummary) => number) => rows.reduce((total, row) => total + (row.summary ? pick(row.summary) : 0), 0);
  const body = rows.map((row): SheetValue[] => {
    const s = row.summary;
    return [
      row.fileName,
      s?.schoolName ?? null,
      s?.institutionNumber ?? null,
      s?.groupName ?? null,
      s?.schoolYear ?? null,
      t(`rollup.status.${row.status}`),
      row.problems,
      s?.pupils ?? null,
      s?.teachingStaff ?? null,
      s?.fundingCents ?? null,
      s?.feePerYearCents ?? null,
      s?.depositCents ?? null,
      s?.corrections ?? null,
      s?.correctionsCostCents ?? null,
      s ? t(isReadyBundle(row) ? 'rollup.yes' : 'rollup.no') : null,
      s?.blockingFindings ?? null,
      s?.aboveReference ?? null,
      s?.maxDeviationBasisPoints == null ? null : s.maxDeviationBasisPoints / 100,
      s ? t(`rollup.decision.${s.decision}`) : null,
    ];
  });
  const ready = rows.filter(isReadyBundle).length;
  const totals: SheetValue[] = [
    t('rollup.total', { count: rows.length }),
    null,
    null,
    null,
    null,
    t('rollup.validCount', { count: rows.filter((row) => row.status === 'valid').length }),
    rows.reduce((total, row) => total + row.problems, 0),
    sum((s) => s.pupils),
    sum((s) => s.teachingStaff),
    sum((s) => s.fundingCents),
    null,
    null,
    sum((s) => s.corrections),
    sum((s) => s.correctionsCostCents),
    t('rollup.readyCount', { count: ready }),
    sum((s) => s.blockingFindings),
    sum((s) => s.aboveReference),
    null,
    null,
  ];
  return {
    name: t('rollup.sheetName'),
    columns: [
      column('file', 'text', 40),
      column('school', 'text', 32),
      column('institutionNumber', 'text', 12),
      column('group', 'text', 24),
      column('schoolYear', 'text', 11),
      column('status', 'text', 14),
      column('problems', 'integer', 10),
      column('pupils', 'integer', 10),
      column('teachingStaff', 'integer', 10),
      column('funding', 'cents', 14),
      column('feePerYear', 'cents', 14),
      column('deposit', 'cents', 12),
      column('corrections', 'integer', 12),
      column('correctionsCost', 'cents', 14),
      column('ready', 'text', 10),
      column('blocking', 'integer', 10),
      column('aboveReference', 'integer', 12),
      column('maxDeviation', 'decimal', 12),
      column('decision', 'text', 14),
    ],
    rows: [...body, totals],
  };
}

export async function rollupFile(rows: readonly RollupRow[], format: 'xlsx' | 'csv', t: TFunction): Promise<Buffer> {
  const sheet = rollupSheet(rows, t);
  return format === 'xlsx' ? sheetsXlsx([sheet]) : sheetCsv(sheet);
}
