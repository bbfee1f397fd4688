// All goals side by side over the three school years: baseline, target and what was
// measured, so a team can compare one year with the next at a glance.
import { useTranslation } from 'react-i18next';
import { schoolYears } from '../../../../shared/plan/term.ts';
import type { Goal } from '../../../../shared/policy/goals.ts';
import { formatMeasure, goalsInSectionOrder } from './values.ts';

export function YearOverYear({ goals }: { goals: readonly Goal[] }) {
  const { t } = useTranslation();
  return (
    <section className="year-over-year" aria-labelledby="goals-year-over-year">
      <h3 id="goals-year-over-year">{t('goals.yearOverYear')}</h3>
      <p className="muted">{t('goals.yearOverYearIntro')}</p>
      <div className="table-scroll">
        <table className="table table--compact year-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('goals.title')}
              </th>
              <th scope="col" rowSpan={2} className="numeric">
                {t('goals.baseline')}
              </th>
              {schoolYears.map((year) => (
                <th scope="colgroup" colSpan={2} key={year} className="year-table__year">
                  {year}
                </th>
              ))}
            </tr>
            <tr>
              {schoolYears.map((year) => [
                <th scope="col" key={`${year}-target`} className="numeric year-table__start">
                  {t('goals.targetShort')}
                </th>,
                <th scope="col" key={`${year}-measured`} className="numeric">
                  {t('goals.measuredShort')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {goalsInSectionOrder(goals).map((goal) => (
              <tr key={goal.id}>
                <th scope="row">{goal.title}</th>
                <td className="numeric">{formatMeasure(goal.baseline, goal.unit, t)}</td>
                {schoolYears.map((year) => {
                  const entry = goal.evaluations[year];
                  return [
                    <td key={`${year}-target`} className="numeric year-table__start">
                      {formatMeasure(goal.targets[year], goal.unit, t)}
                    </td>,
                    <td key={`${year}-measured`} className="numeric">
                      {formatMeasure(entry?.measured, goal.unit, t)}
                      {entry && <span className={`year-table__status status-text status-text--${entry.status}`}>{t(`goals.statuses.${entry.status}`)}</span>}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
