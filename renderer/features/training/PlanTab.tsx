// The training plan: the team's weakest DigCompEdu areas and whether training works on
// them from this school year on, and which themes this school year's activities cover,
// with the passage of the concept note that makes each one an obligation or a pointer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { formatDate } from '../../../shared/format.ts';
import { sources, type SourceId } from '../../../shared/sources.ts';
import { activityYear, areaLevel, weakestAreas, type TrainingTheme } from '../../../shared/training/schema.ts';
import { paths, subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { AddActivityDialog, type ActivityPreset } from './AddActivityDialog.tsx';
import { activitiesForArea, byStartDate, currentSchoolYear, formatMean, latestProfiledYear, levelOfMean } from './view.ts';

/** The themes the concept note asks about, with the passage behind each. */
const themeChecks: { theme: TrainingTheme; source: SourceId; weight: 'required' | 'recommended' }[] = [
  { theme: 'didactics', source: 'digiplan.B2', weight: 'required' },
  { theme: 'data-literacy', source: 'digiplan.C2', weight: 'recommended' },
  { theme: 'cybersecurity', source: 'digiplan.C4.cyber', weight: 'recommended' },
];

export function PlanTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const { training, activities } = state.plan;
  const [adding, setAdding] = useState<ActivityPreset | null>(null);
  const year = latestProfiledYear(training);
  const thisYear = currentSchoolYear();
  const weakest = year ? weakestAreas(training, year) : [];
  const activityLink = (id: string) => subPaths.training(planId, 'activities', id);

  return (
    <section aria-labelledby="training-plan-heading">
      <h2 id="training-plan-heading">{t('training.planHeading')}</h2>
      <p className="lead">{t('training.planIntro')}</p>

      <section className="card" aria-labelledby="weakest-heading">
        <h3 id="weakest-heading" className="card__title">
          {year ? t('training.weakest', { year }) : t('training.weakestNone')}
        </h3>
        {year === undefined ? (
          <p>
            {t('training.noProfileYet')}{' '}
            <Link to={subPaths.training(planId, 'profile')}>{t('training.toProfile')}</Link>
          </p>
        ) : (
          <ul className="plain-list weak-areas">
            {weakest.map((area) => {
              const mean = areaLevel(training.digcomp[year]?.[area]);
              const covering = activitiesForArea(activities, area, thisYear);
              const areaName = t(`training.areas.${area}`);
              return (
                <li key={area} className="weak-area">
                  <div className="weak-area__head">
                    <strong>{areaName}</strong>
                    {mean !== null && (
                      <span className="muted">
                        {t('training.meanLevel', { level: levelOfMean(mean), value: formatMean(mean) })}
                      </span>
                    )}
                  </div>
                  {covering.length > 0 ? (
                    <>
                      <p className="coverage coverage--yes">
                        <span aria-hidden="true">✓ </span>
                        {t('training.covered')}
                      </p>
                      <ul className="weak-area__activities">
                        {covering.map((activity) => (
                          <li key={activity.id}>
                            <Link to={activityLink(activity.id)}>{activity.title}</Link>{' '}
                            <span className="muted">
                              ({t(`training.activityStatus.${activity.status}`)}, {formatDate(activity.startDate)})
                            </span>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p className="coverage coverage--no">
                      <span aria-hidden="true">! </span>
                      {t('training.notCoveredFrom', { year: thisYear })}
                    </p>
                  )}
                  <Button variant={covering.length > 0 ? 'ghost' : 'secondary'} onClick={() => setAdding({ areas: [area] })}>
                    {t(covering.length > 0 ? 'training.planMoreForArea' : 'training.planForArea', { area: areaName })}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="themes-heading">
        <h3 id="themes-heading" className="card__title">
          {t('training.themesHeading', { year: thisYear })}
        </h3>
        <ul className="plain-list theme-checks">
          {themeChecks.map(({ theme, source, weight }) => {
            const thisYears = activities.filter((a) => a.theme === theme && activityYear(a) === thisYear).sort(byStartDate);
            const elsewhere = activities.filter((a) => a.theme === theme).length - thisYears.length;
            const themeName = t(`training.themes.${theme}`);
            return (
              <li key={theme} className="theme-check">
                <div className="theme-check__head">
                  <span className={`coverage ${thisYears.length > 0 ? 'coverage--yes' : 'coverage--no'}`}>
                    <span aria-hidden="true">{thisYears.length > 0 ? '✓ ' : '✕ '}</span>
                    {themeName}
                  </span>
                  <span className={`theme-check__weight theme-check__weight--${weight}`}>{t(`training.weight.${weight}`)}</span>
                </div>
                <p className="theme-check__status">
                  {thisYears.length > 0
                    ? t('training.themeCovered', { count: thisYears.length })
                    : elsewhere > 0
                      ? t('training.themeOtherYears', { count: elsewhere })
                      : t('training.themeMissing')}
                </p>
                {thisYears.length > 0 && (
                  <ul className="weak-area__activities">
                    {thisYears.map((activity) => (
                      <li key={activity.id}>
                        <Link to={activityLink(activity.id)}>{activity.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
                <details className="finding__source">
                  <summary>{t('training.why', { ref: sources[source].ref })}</summary>
                  <blockquote lang="nl">{sources[source].quote}</blockquote>
                  <p className="muted">{t(`training.weightExplained.${weight}`)}</p>
                </details>
                {thisYears.length === 0 && (
                  <Button onClick={() => setAdding({ theme })}>{t('training.planForTheme', { theme: themeName })}</Button>
                )}
              </li>
            );
          })}
        </ul>
        <p>
          <Link to={paths.step(planId, 'check')}>{t('training.toCheck')}</Link>
        </p>
      </section>
      {adding && <AddActivityDialog planId={planId} preset={adding} onClose={() => setAdding(null)} />}
    </section>
  );
}
