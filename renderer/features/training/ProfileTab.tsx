// The team's DigCompEdu profile: per school year, how many staff members stand on each
// level in each of the six areas (counts, never names), with totals, the mean level, and
// a chart against last year.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { formatInteger } from '../../../shared/format.ts';
import { assessmentYears, type AssessmentYear } from '../../../shared/policy/assessment.ts';
import {
  areaLevel,
  digCompAreas,
  digCompLevels,
  TrainingPatchSchema,
  type TrainingSettings,
} from '../../../shared/training/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { paths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId } from '../../components/Field.tsx';
import { CountCell } from './fields.tsx';
import { LevelChart } from './LevelChart.tsx';
import {
  changedDigcomp,
  currentSchoolYear,
  filledDigcomp,
  formatMean,
  isProfiled,
  latestProfiledYear,
  levelOfMean,
  previousAssessmentYear,
  staffInArea,
} from './view.ts';

function openingYear(training: TrainingSettings): AssessmentYear {
  const current = currentSchoolYear();
  return latestProfiledYear(training) ?? assessmentYears.find((year) => year === current) ?? assessmentYears[0];
}

export function ProfileTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const training = state.plan.training;
  const teaching = state.plan.profile.staff.teaching;
  const [year, setYear] = useState<AssessmentYear>(() => openingYear(training));

  const stored = useRef(training.digcomp);
  useEffect(() => {
    stored.current = training.digcomp;
  }, [training.digcomp]);

  const value = useMemo(() => ({ ...training, digcomp: filledDigcomp(training) }), [training]);
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const edited = patch.digcomp as TrainingSettings['digcomp'] | undefined;
      const next = { ...patch, ...(edited ? { digcomp: changedDigcomp(stored.current, edited) } : {}) };
      const saved = (await write('training.update', { planId, patch: next })).plan.training;
      stored.current = saved.digcomp;
      return { ...saved, digcomp: filledDigcomp(saved) };
    },
    [write, planId],
  );
  const editor = usePartEditor<TrainingSettings>({ value, patchSchema: TrainingPatchSchema, save });

  const previousYear = previousAssessmentYear(year);
  const counts = training.digcomp[year] ?? {};
  const previous = previousYear ? (training.digcomp[previousYear] ?? {}) : {};
  const canCopy = previousYear !== undefined && !isProfiled(training, year) && isProfiled(training, previousYear);

  const totals = digCompAreas.map((area) => staffInArea(counts[area])).filter((n) => n > 0);
  const lowest = Math.min(...totals);
  const highest = Math.max(...totals);

  const copyPrevious = async () => {
    if (!previousYear) return;
    await write('training.update', { planId, patch: { digcomp: { [year]: training.digcomp[previousYear] ?? {} } } });
  };

  return (
    <section aria-labelledby="training-profile-heading">
      <h2 id="training-profile-heading">{t('training.profileHeading')}</h2>
      <p className="lead">{t('training.profileIntro')}</p>

      <fieldset className="card" id={fieldDomId('digcomp')} tabIndex={-1}>
        <legend className="card__title">{t('training.profileFor', { year })}</legend>
        <div className="field-row digcomp-year">
          <div className="field field--short">
            <label htmlFor="digcomp-year" className="field__label">
              {t('training.year')}
            </label>
            <select
              id="digcomp-year"
              className="field__input"
              value={year}
              onChange={(event) => setYear(event.target.value as AssessmentYear)}
            >
              {assessmentYears.map((option) => (
                <option key={option} value={option}>
                  {isProfiled(training, option) ? t('training.yearFilled', { year: option }) : option}
                </option>
              ))}
            </select>
          </div>
          {canCopy && (
            <Button className="digcomp-year__copy" onClick={() => void copyPrevious()}>
              {t('training.copyPrevious', { year: previousYear })}
            </Button>
          )}
        </div>

        <div className="table-scroll">
          <table className="table digcomp-grid">
            <caption className="visually-hidden">{t('training.gridCaption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.area')}</th>
                {digCompLevels.map((level) => (
                  <th scope="col" key={level} id={`digcomp-col-${level}`} className="digcomp-grid__level">
                    {t(`training.levels.${level}`)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('training.total')}
                </th>
                <th scope="col">{t('training.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {digCompAreas.map((area) => {
                const row = counts[area];
                const mean = areaLevel(row);
                return (
                  <tr key={area} id={fieldDomId(`digcomp.${area}`)} tabIndex={-1}>
                    <th scope="row" id={`digcomp-row-${area}`}>
                      {t(`training.areas.${area}`)}
                    </th>
                    {digCompLevels.map((level, index) => (
                      <td key={level}>
                        <CountCell
                          editor={editor}
                          path={`digcomp.${year}.${area}.${index}`}
                          labelledBy={`digcomp-row-${area} digcomp-col-${level}`}
                        />
                      </td>
                    ))}
                    <td className="numeric digcomp-grid__total">{row ? formatInteger(staffInArea(row)) : '—'}</td>
                    <td className="digcomp-grid__mean">
                      {mean === null ? '—' : t('training.meanLevel', { level: levelOfMean(mean), value: formatMean(mean) })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>

        <p className="field__hint" aria-live="polite">
          {teaching === 0 ? (
            <>
              {t('training.staffUnknown')}{' '}
              <Link to={paths.step(planId, 'profile', 'staff.teaching')}>{t('training.toSchoolProfile')}</Link>
            </>
          ) : totals.length === 0 ? (
            t('training.staffCompareEmpty', { staff: formatInteger(teaching) })
          ) : lowest === highest && lowest === teaching ? (
            t('training.staffCompareMatch', { staff: formatInteger(teaching) })
          ) : lowest === highest ? (
            t('training.staffCompareSame', { total: formatInteger(lowest), staff: formatInteger(teaching) })
          ) : (
            t('training.staffCompareRange', { lowest: formatInteger(lowest), highest: formatInteger(highest), staff: formatInteger(teaching) })
          )}
        </p>
      </fieldset>

      <div className="card">
        {totals.length > 0 ? (
          <LevelChart year={year} previousYear={previousYear} counts={counts} previous={previous} />
        ) : (
          <p className="muted">{t('training.chartEmpty')}</p>
        )}
      </div>
    </section>
  );
}
