// Review mode: the knowledge centre's or a school board's view of many schools' submission
// bundles. Files are read by the main process (bundles.read) and the reports live in this
// screen's state only: nothing is stored, and nothing here calls a channel that changes data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReadyBundle, type BundleReport, type BundleSummary } from '../../../shared/bundle/schema.ts';
import { rekenhofBand } from '../../../shared/fees/cost-basis.ts';
import { formatInteger, formatPercent } from '../../../shared/format.ts';
import { formatMoney, formatWholeEuros } from '../../../shared/money.ts';
import { AppError } from '../../../shared/result.ts';
import { useApi } from '../../api/hooks.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { Button } from '../../components/Button.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { downloadBase64, readAsBase64 } from '../../components/files.ts';
import { ReviewDetail } from './ReviewDetail.tsx';
import {
  batchesOf,
  fitsOneCall,
  formatDeviation,
  isZipName,
  MAX_FILE_BYTES,
  MAX_REVIEW_FILES,
  sortReports,
  totalsOf,
  type ReviewFile,
  type Sort,
  type SortKey,
} from './view.ts';

const inputId = 'review-files';
/** One bar per school, labelled short enough for the chart's margin and never twice the same. */
function chartBars(summaries: readonly BundleSummary[]): { label: string; value: number }[] {
  const seen = new Map<string, number>();
  return summaries.map((summary) => {
    const base = summary.schoolName.length > 20 ? `${summary.schoolName.slice(0, 19).trimEnd()}…` : summary.schoolName;
    const times = (seen.get(base) ?? 0) + 1;
    seen.set(base, times);
    return { label: times > 1 ? `${base} (${times})` : base, value: summary.feePerYearCents };
  });
}

const statusIcons: Record<BundleReport['status'], string> = { valid: '✓', invalid: '✕', unreadable: '?' };

interface Entry {
  file: ReviewFile;
  report: BundleReport;
}

export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort | null>(null);
  const [summary, setSummary] = useState<{ busy: boolean; message: { kind: 'ok' | 'error'; text: string } | null }>({ busy: false, message: null });

  const messageOf = (error: unknown) => (error instanceof AppError ? t(error.messageKey, error.details?.params ?? {}) : t('errors.internal'));

  const choose = async (picked: readonly File[]) => {
    if (picked.length === 0 || reading) return;
    const problems: string[] = [];
    const accepted: File[] = [];
    for (const file of picked) {
      if (!isZipName(file.name)) problems.push(t('review.notZip', { name: file.name }));
      else if (file.size > MAX_FILE_BYTES) problems.push(t('review.tooLarge', { name: file.name, max: MAX_FILE_BYTES / 1024 / 1024 }));
      else accepted.push(file);
    }
    // A file chosen again replaces the one of the same name; the list never holds more than a call can roll up.
    const kept = entries.filter((entry) => !accepted.some((file) => file.name === entry.file.fileName));
    const room = Math.max(0, MAX_REVIEW_FILES - kept.length);
    if (accepted.length > room) problems.push(t('review.tooMany', { count: accepted.length - room, max: MAX_REVIEW_FILES }));
    const taken = accepted.slice(0, room);
    setSkipped(problems);
    setFailure(null);
    setSummary({ busy: false, message: null });
    if (taken.length === 0) return;
    setReading(true);
    try {
      const files: ReviewFile[] = [];
      for (const file of taken) files.push({ fileName: file.name, contentBase64: await readAsBase64(file) });
      const reports: BundleReport[] = [];
      for (const batch of batchesOf(files)) reports.push(...(await api.run('bundles.read', { files: batch })));
      setEntries([...kept, ...files.map((file, index) => ({ file, report: reports[index]! }))]);
    } catch (error) {
      setFailure(t('review.readFailed', { message: messageOf(error) }));
    } finally {
      setReading(false);
    }
  };

  const clear = () => {
    setEntries([]);
    setSkipped([]);
    setFailure(null);
    setSelected(null);
    setSort(null);
    setSummary({ busy: false, message: { kind: 'ok', text: t('review.cleared') } });
  };

  const files = entries.map((entry) => entry.file);
  const downloadSummary = async (format: 'xlsx' | 'csv') => {
    setSummary({ busy: true, message: null });
    try {
      const result = await api.run('bundles.summary', { files, format, language: i18n.language === 'en' ? 'en' : 'nl' });
      downloadBase64(result.contentBase64, result.fileName);
      setSummary({ busy: false, message: { kind: 'ok', text: t('review.summary.done', { count: result.schools }) } });
    } catch (error) {
      setSummary({ busy: false, message: { kind: 'error', text: t('review.summary.failed', { message: messageOf(error) }) } });
    }
  };

  const reports = entries.map((entry) => entry.report);
  const rows = sortReports(reports, sort);
  const totals = totalsOf(reports);
  const chosen = entries.find((entry) => entry.file.fileName === selected)?.report ?? null;
  const summaries = reports.flatMap((report) => (report.summary ? [report.summary] : []));
  const fitsSummary = fitsOneCall(files);

  const toggleSort = (key: SortKey) =>
    setSort((current) => (current?.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));

  const header = (key: SortKey, label: string, numeric = false) => (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={sort?.key === key ? sort.direction : undefined}>
      <button type="button" className="review__sort" onClick={() => toggleSort(key)} title={t('review.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="review__sort-mark">
          {sort?.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <section className="page page--wide review" data-screen="review">
      <PageHeading>{t('review.heading')}</PageHeading>
      <p className="lead">{t('review.intro')}</p>

      <FileDropZone
        id={inputId}
        className="review__drop"
        label={t('review.choose')}
        hint={t('review.chooseHint', { max: MAX_REVIEW_FILES, size: MAX_FILE_BYTES / 1024 / 1024 })}
        accept=".zip,application/zip"
        describedBy="review-not-stored"
        disabled={reading}
        onFiles={(files) => void choose(files)}
      >
        <p id="review-not-stored" className="review__hint">
          {t('review.notStored')}
        </p>
      </FileDropZone>

      <div aria-live="polite" className="review__status">
        {reading && <p className="muted">{t('review.reading')}</p>}
        {!reading && entries.length > 0 && <p>{t('review.count', { count: totals.bundles, valid: totals.valid })}</p>}
      </div>
      {(skipped.length > 0 || failure) && (
        <div role="alert" className="notice notice--error review__problems">
          <ul>
            {skipped.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {failure && <li>{failure}</li>}
          </ul>
        </div>
      )}

      {entries.length === 0 ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <>
          <div className="review__toolbar">
            <Button disabled={summary.busy || !fitsSummary} onClick={() => void downloadSummary('xlsx')}>
              {t('review.summary.xlsx')}
            </Button>
            <Button disabled={summary.busy || !fitsSummary} onClick={() => void downloadSummary('csv')}>
              {t('review.summary.csv')}
            </Button>
            <Button variant="ghost" className="danger-text" onClick={clear}>
              {t('review.clear')}
            </Button>
          </div>
          <div aria-live="polite">
            {summary.busy && <p className="muted">{t('review.summary.busy')}</p>}
            {!fitsSummary && <p className="notice notice--warn">{t('review.summary.tooLarge')}</p>}
            {summary.message && (
              <p className={summary.message.kind === 'ok' ? 'text-ok' : 'text-blocked'} role={summary.message.kind === 'error' ? 'alert' : undefined}>
                {summary.message.text}
              </p>
            )}
          </div>

          <div className="table-scroll review__table-wrap">
            <table className="table table--compact review__table">
              <caption className="visually-hidden">{t('review.tableCaption')}</caption>
              <thead>
                <tr>
                  {header('school', t('review.columns.school'))}
                  {header('institutionNumber', t('review.columns.institutionNumber'))}
                  {header('schoolYear', t('review.columns.schoolYear'))}
                  {header('status', t('review.columns.status'))}
                  {header('ready', t('review.columns.ready'))}
                  {header('pupils', t('review.columns.pupils'), true)}
                  {header('funding', t('review.columns.funding'), true)}
                  {header('feePerYear', t('review.columns.feePerYear'), true)}
                  {header('deposit', t('review.columns.deposit'), true)}
                  {header('corrections', t('review.columns.corrections'), true)}
                  {header('aboveReference', t('review.columns.aboveReference'), true)}
                  {header('decision', t('review.columns.decision'))}
                </tr>
              </thead>
              <tbody>
                {rows.map((report) => {
                  const s = report.summary;
                  const name = s?.schoolName || report.fileName;
                  const open = selected === report.fileName;
                  return (
                    <tr key={report.fileName} data-bundle={report.fileName} data-status={report.status} className={open ? 'review__row--selected' : undefined}>
                      <th scope="row">
                        <button
                          type="button"
                          className="review__school"
                          aria-expanded={open}
                          aria-controls={open ? 'review-detail' : undefined}
                          aria-label={open ? t('review.hideDetailsOf', { name }) : t('review.detailsOf', { name })}
                          onClick={() => setSelected(open ? null : report.fileName)}
                        >
                          {s?.schoolName || t('review.unreadableSchool')}
                        </button>
                        <span className="review__file">{report.fileName}</span>
                      </th>
                      <td className="nowrap">{s?.institutionNumber || '—'}</td>
                      <td className="nowrap">{s?.schoolYear ?? '—'}</td>
                      <td className="nowrap">
                        <span className={`review-status review-status--${report.status}`}>
                          <span aria-hidden="true">{statusIcons[report.status]}</span> {t(`rollup.status.${report.status}`)}
                        </span>
                      </td>
                      <td>{s ? (isReadyBundle(report) ? <span className="text-ok">{t('review.yes')}</span> : <span className="text-blocked">{t('review.no')}</span>) : '—'}</td>
                      <td className="numeric">{s ? formatInteger(s.pupils) : '—'}</td>
                      <td className="numeric nowrap">{s ? formatMoney(s.fundingCents) : '—'}</td>
                      <td className="numeric nowrap">{s ? formatMoney(s.feePerYearCents) : '—'}</td>
                      <td className="numeric nowrap">{s ? formatMoney(s.depositCents) : '—'}</td>
                      <td className="numeric">{s ? formatInteger(s.corrections) : '—'}</td>
                      <td className="numeric">
                        {s ? (
                          <>
                            {formatInteger(s.aboveReference)}
                            {s.maxDeviationBasisPoints !== null && (
                              <span className="review__deviation">{t('review.deviationOf', { deviation: formatDeviation(s.maxDeviationBasisPoints, formatPercent) })}</span>
                            )}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{s ? t(`rollup.decision.${s.decision}`) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr className="review__totals">
                  <th scope="row">{t('rollup.total', { count: totals.bundles })}</th>
                  <td />
                  <td />
                  <td className="nowrap">{t('rollup.validCount', { count: totals.valid })}</td>
                  <td className="nowrap">{t('rollup.readyCount', { count: totals.ready })}</td>
                  <td className="numeric">{formatInteger(totals.pupils)}</td>
                  <td className="numeric nowrap">{formatMoney(totals.fundingCents)}</td>
                  <td />
                  <td />
                  <td className="numeric">{formatInteger(totals.corrections)}</td>
                  <td />
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>

          {chosen && <ReviewDetail key={chosen.fileName} report={chosen} onClose={() => setSelected(null)} />}

          {summaries.length > 0 && (
            <BarChart
              title={t('review.chart.title')}
              unit={t('review.chart.unit')}
              bars={chartBars(summaries)}
              format={formatWholeEuros}
              threshold={{ value: rekenhofBand.maxCents, label: t('review.chart.band', { amount: formatWholeEuros(rekenhofBand.maxCents) }) }}
            />
          )}
        </>
      )}
    </section>
  );
}
