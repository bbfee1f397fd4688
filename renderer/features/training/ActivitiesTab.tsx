// The training activities: a table filtered by school year and theme with totals, add,
// edit (on the activity's own page) and delete with undo; below it, how many teachers the
// didactics activities reached per school year against the threshold.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { formatDate, formatInteger, formatPercent } from '../../../shared/format.ts';
import { formatMoney } from '../../../shared/money.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import {
  activityYear,
  participationRate,
  trainingThemes,
  TrainingPatchSchema,
  trainingTotals,
  type Activity,
  type TrainingSettings,
  type TrainingTheme,
} from '../../../shared/training/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { paths, subPaths } from '../../app/routes.ts';
import { useSearchState } from '../../app/use-search-state.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId, TextField } from '../../components/Field.tsx';
import { ActivityEditor } from './ActivityEditor.tsx';
import { AddActivityDialog, type ActivityPreset } from './AddActivityDialog.tsx';
import { useDeleteActivity } from './use-delete-activity.tsx';
import { byStartDate, formatHours } from './view.ts';

export function ActivitiesTab({ state, activityId }: { state: PlanState; activityId: string | undefined }) {
  if (activityId) return <ActivityEditor state={state} activityId={activityId} />;
  return (
    <>
      <ActivityList state={state} />
      <Participation key={state.plan.id} state={state} />
    </>
  );
}

function Dates({ activity }: { activity: Activity }) {
  if (activity.startDate === activity.endDate) return <>{formatDate(activity.startDate)}</>;
  return (
    <>
      {formatDate(activity.startDate)} –<br />
      {formatDate(activity.endDate)}
    </>
  );
}

function ActivityList({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const [params, updateParams] = useSearchState();
  const [adding, setAdding] = useState<ActivityPreset | null>(null);
  const remove = useDeleteActivity(planId);

  const all = state.plan.activities;
  const years = [...new Set([...schoolYears, ...all.map(activityYear)])].sort();
  const yearFilter = params.get('jaar') ?? '';
  const themeFilter = (params.get('thema') ?? '') as TrainingTheme | '';
  const shown = all
    .filter((a) => (yearFilter === '' || activityYear(a) === yearFilter) && (themeFilter === '' || a.theme === themeFilter))
    .sort(byStartDate);
  const totals = trainingTotals(shown);

  const setFilter = (key: 'jaar' | 'thema', value: string) =>
    updateParams((next) => {
      next.delete('veld');
      if (value === '') next.delete(key);
      else next.set(key, value);
      return next;
    });

  return (
    <section aria-labelledby="activities-heading">
      <div className="section-header">
        <h2 id="activities-heading">{t('training.activities')}</h2>
        <Button variant="primary" id={fieldDomId('activities')} onClick={() => setAdding({})}>
          {t('training.addActivity')}
        </Button>
      </div>

      <div className="field-row filters" role="group" aria-label={t('training.filters')}>
        <div className="field field--short">
          <label htmlFor="activity-filter-year" className="field__label">
            {t('training.filterYear')}
          </label>
          <select id="activity-filter-year" className="field__input" value={yearFilter} onChange={(e) => setFilter('jaar', e.target.value)}>
            <option value="">{t('training.allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--short">
          <label htmlFor="activity-filter-theme" className="field__label">
            {t('training.filterTheme')}
          </label>
          <select id="activity-filter-theme" className="field__input" value={themeFilter} onChange={(e) => setFilter('thema', e.target.value)}>
            <option value="">{t('training.allThemes')}</option>
            {trainingThemes.map((theme) => (
              <option key={theme} value={theme}>
                {t(`training.themes.${theme}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {all.length === 0 ? (
        <p className="notice">{t('training.noActivities')}</p>
      ) : shown.length === 0 ? (
        <p className="notice">{t('training.noneMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table activity-table">
            <caption className="visually-hidden">{t('training.activities')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.titleAndProvider')}</th>
                <th scope="col">{t('training.themeAndKeurmerk')}</th>
                <th scope="col" className="numeric">
                  {t('training.hoursShort')}
                </th>
                <th scope="col" className="numeric">
                  {t('training.participants')}
                </th>
                <th scope="col">{t('training.dates')}</th>
                <th scope="col" className="numeric">
                  {t('training.cost')}
                </th>
                <th scope="col">{t('training.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('plans.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((activity) => (
                <tr key={activity.id}>
                  <th scope="row">
                    <Link to={subPaths.training(planId, 'activities', activity.id)} className="table__primary">
                      {activity.title}
                    </Link>
                    <span className="activity-table__provider">{activity.provider || t('training.noProvider')}</span>
                  </th>
                  <td>
                    {t(`training.themes.${activity.theme}`)}
                    <span className="activity-table__provider">
                      {t('training.keurmerkCell', { answer: activity.keurmerk ? t('training.yesLower') : t('training.noLower') })}
                    </span>
                  </td>
                  <td className="numeric">{formatHours(activity.minutes)}</td>
                  <td className="numeric">{formatInteger(activity.participants)}</td>
                  <td className="nowrap">
                    <Dates activity={activity} />
                  </td>
                  <td className="numeric nowrap">{formatMoney(activity.costCents)}</td>
                  <td>
                    <span className={`activity-status activity-status--${activity.status}`}>
                      {t(`training.activityStatus.${activity.status}`)}
                    </span>
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      className="danger-text"
                      aria-label={t('training.deleteNamed', { title: activity.title })}
                      onClick={() => remove.ask(activity)}
                    >
                      {t('plans.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > 0 && (
        <p className="total" aria-live="polite">
          {t('training.totalsLine', {
            count: totals.activities,
            hours: formatInteger(Math.round(totals.participantHours)),
            cost: formatMoney(totals.costCents),
            keurmerk: formatInteger(totals.keurmerk),
          })}
        </p>
      )}
      <p className="field__hint">{t('training.keurmerkHint')}</p>
      {adding && <AddActivityDialog planId={planId} preset={adding} onClose={() => setAdding(null)} />}
      {remove.dialog}
    </section>
  );
}

function Participation({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const training = state.plan.training;
  const teaching = state.plan.profile.staff.teaching;
  const save = useCallback(
    async (patch: Record<string, unknown>) => (await write('training.update', { planId, patch })).plan.training,
    [write, planId],
  );
  const editor = usePartEditor<TrainingSettings>({ value: training, patchSchema: TrainingPatchSchema, save });
  const threshold = training.participationThresholdPercent;

  return (
    <section aria-labelledby="participation-heading" className="card participation">
      <h2 id="participation-heading" className="card__title">
        {t('training.participation')}
      </h2>
      <p className="muted">{t('training.participationIntro')}</p>
      {teaching === 0 && (
        <p className="notice">
          {t('training.staffUnknown')}{' '}
          <Link to={paths.step(planId, 'profile', 'staff.teaching')}>{t('training.toSchoolProfile')}</Link>
        </p>
      )}
      <ul className="reach-list">
        {schoolYears.map((year) => {
          const rate = participationRate(training, year, teaching);
          const sum = state.plan.activities
            .filter((a) => a.theme === 'didactics' && activityYear(a) === year)
            .reduce((total, a) => total + a.participants, 0);
          const below = rate !== null && rate * 100 < threshold;
          return (
            <li key={year} className="reach">
              <TextField kind="optionalCount" width="short"
                editor={editor}
                path={`teachersReached.${year}`}
                label={t('training.teachersReachedIn', { year })}
                hint={t('training.teachersReachedHint', { sum: formatInteger(sum) })}
              />
              <div className="reach__result" aria-live="polite">
                {rate === null ? (
                  <p className="muted">{teaching === 0 ? '—' : t('training.rateUnknown')}</p>
                ) : (
                  <>
                    <div className="reach__bar" aria-hidden="true">
                      <div className={`reach__fill${below ? ' reach__fill--below' : ''}`} style={{ width: `${Math.min(100, rate * 100)}%` }} />
                      <div className="reach__threshold" style={{ left: `${threshold}%` }} />
                    </div>
                    <p className="reach__text">
                      {t('training.rate', { rate: formatPercent(rate), staff: formatInteger(teaching) })}
                      {' — '}
                      {below
                        ? t('training.belowThreshold', { threshold: formatPercent(threshold / 100) })
                        : t('training.atThreshold', { threshold: formatPercent(threshold / 100) })}
                    </p>
                    {rate > 1 && <p className="field__hint">{t('training.moreThanStaff')}</p>}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <TextField
        editor={editor}
        path="participationThresholdPercent"
        kind="count"
        label={t('training.threshold')}
        hint={t('training.thresholdHint')}
        width="short"
      />
    </section>
  );
}
