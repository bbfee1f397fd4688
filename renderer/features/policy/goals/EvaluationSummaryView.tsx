// The evaluation summary of one school year, laid out to be read on paper too: how many
// goals stand where, and per goal the way from baseline to target with the measured value.
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/format.ts';
import { evaluationSummary, goalStatuses, type Goal } from '../../../../shared/policy/goals.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import { formatDayOf, formatMeasure } from './values.ts';

export function EvaluationSummaryView({
  goals,
  year,
  recorded,
}: {
  goals: readonly Goal[];
  year: SchoolYear;
  recorded: { recordedAt: string; reflection: string } | undefined;
}) {
  const { t } = useTranslation();
  const summary = evaluationSummary(goals, year);
  const counts = [...goalStatuses, 'unrated' as const];
  return (
    <section className="evaluation-summary" aria-labelledby="evaluation-summary-title">
      <div className="evaluation-summary__head">
        <h3 id="evaluation-summary-title">{t('evaluation.summary', { year })}</h3>
        <p className="evaluation-summary__recorded">
          {recorded ? t('evaluation.recordedAt', { date: formatDayOf(recorded.recordedAt) }) : t('evaluation.notRecorded')}
        </p>
      </div>
      <p className="evaluation-summary__total">{t('evaluation.goalCount', { count: summary.goals })}</p>
      <ul className="status-counts" aria-label={t('evaluation.counts')}>
        {counts.map((status) => (
          <li key={status} className={`status-count status-text--${status}`} data-status={status}>
            <span className="status-count__number">{summary.byStatus[status]}</span>{' '}
            {status === 'unrated' ? t('evaluation.unrated') : t(`goals.statuses.${status}`)}
          </li>
        ))}
      </ul>
      <table className="table table--compact summary-table">
        <caption className="visually-hidden">{t('evaluation.summary', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.title')}</th>
            <th scope="col" className="numeric">
              {t('goals.baseline')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluation.target')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluation.measured')}
            </th>
            <th scope="col">{t('evaluation.status')}</th>
            <th scope="col">{t('evaluation.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.goalId}>
              <th scope="row">{row.title}</th>
              <td className="numeric">{formatMeasure(row.baseline, row.unit, t)}</td>
              <td className="numeric">{formatMeasure(row.target, row.unit, t)}</td>
              <td className="numeric">{formatMeasure(row.measured, row.unit, t)}</td>
              <td>
                <span className={`status-text status-text--${row.status ?? 'unrated'}`}>
                  {row.status ? t(`goals.statuses.${row.status}`) : t('evaluation.unrated')}
                </span>
              </td>
              <td>
                {row.progress === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className="progress-cell">
                    <span className="meter" aria-hidden="true">
                      <span className="meter__bar" style={{ width: `${Math.round(Math.min(1, Math.max(0, row.progress)) * 100)}%` }} />
                    </span>
                    <span className="numeric">{formatPercent(row.progress)}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted evaluation-summary__note">{t('evaluation.progressHint')}</p>
      {recorded && recorded.reflection.trim() !== '' && (
        <div className="evaluation-summary__reflection">
          <h4>{t('evaluation.reflection')}</h4>
          <p>{recorded.reflection}</p>
        </div>
      )}
    </section>
  );
}
