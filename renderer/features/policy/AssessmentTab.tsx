// The self-assessment: per school year, each statement scored 1 to 5 by the coordinator
// (one choice) or by the team (how many colleagues gave each score). A radar chart puts
// the year beside the previous one, each area shows how it moved, and an area that
// scores low without a goal in its section offers to create one.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { PlanState } from '../../../shared/contract.ts';
import { schoolYears, schoolYearOf } from '../../../shared/plan/term.ts';
import {
  areaScore,
  assessmentAreas,
  assessmentYears,
  lowAreas,
  previousAssessmentYear,
  ScoreCountsSchema,
  statementIds,
  statementMean,
  type Assessment,
  type AssessmentAreaId,
  type AssessmentYear,
  type ScoreCounts,
} from '../../../shared/policy/assessment.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId, TextField } from '../../components/Field.tsx';
import { RadarChart, radarStyles } from '../../components/RadarChart.tsx';
import { useFocusFromLink } from '../../app/focus.ts';

type Mode = Assessment['mode'];
type AreaId = AssessmentAreaId;

const scores = [1, 2, 3, 4, 5] as const;
const noCounts: ScoreCounts = [0, 0, 0, 0, 0];
const oneDecimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `2,8`: scores always with one decimal, Belgian comma. */
export function formatScore(score: number): string {
  return oneDecimal.format(score);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function statementsOf(area: AreaId): string[] {
  return statementIds.filter((id) => id.startsWith(`${area}.`));
}

function answers(counts: ScoreCounts | undefined): number {
  return counts ? counts.reduce((sum, n) => sum + n, 0) : 0;
}

function scoredCount(assessment: Assessment, year: AssessmentYear): number {
  const byStatement = assessment.years[year] ?? {};
  return statementIds.filter((id) => answers(byStatement[id]) > 0).length;
}

/**
 * The year to open on: the one a finding's link is about (the latest assessed year, as
 * the rule uses), else the current school year, else the latest year with answers.
 */
export function defaultAssessmentYear(assessment: Assessment, today: string, focusField: string | null): AssessmentYear {
  const assessed = assessmentYears.filter((year) => Object.keys(assessment.years[year] ?? {}).length > 0);
  const latest = assessed.at(-1);
  if (latest && focusField?.startsWith('assessment.')) return latest;
  const current = schoolYearOf(today);
  if ((assessmentYears as readonly string[]).includes(current)) return current as AssessmentYear;
  if (latest) return latest;
  return current < assessmentYears[0] ? assessmentYears[0] : assessmentYears[assessmentYears.length - 1]!;
}

/** The coordinator's single answer, or null when none or when the counts are a team's. */
function singleScore(counts: ScoreCounts | undefined): number | null {
  if (!counts || answers(counts) !== 1) return null;
  return counts.findIndex((n) => n === 1) + 1;
}

/** Targets for the school years after the assessment: half a point more each year, at most 5. */
export function suggestedTargets(year: AssessmentYear, baseline: number): Partial<Record<(typeof schoolYears)[number], number>> {
  const later = schoolYears.filter((schoolYear) => schoolYear > year);
  const years = later.length > 0 ? later : [schoolYears[schoolYears.length - 1]!];
  return Object.fromEntries(years.map((schoolYear, index) => [schoolYear, Math.min(5, round1(baseline + 0.5 * (index + 1)))]));
}

export function AssessmentTab({ state }: { state: PlanState; sectionSlug?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const assessment = state.plan.assessment;
  const [year, setYear] = useState<AssessmentYear>(() => defaultAssessmentYear(assessment, localToday(), params.get('veld')));
  const [pendingMode, setPendingMode] = useState<Mode | null>(null);
  const [pending, setPending] = useState<Record<string, ScoreCounts | null>>({});
  const [creating, setCreating] = useState<AreaId | null>(null);
  useFocusFromLink();

  // One write at a time, in click order: quick arrow-key changes never land out of order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(job);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const mode = pendingMode ?? assessment.mode;
  const previous = previousAssessmentYear(year);
  const sectionTitle = useCallback((area: AreaId) => t(`sections.${area}.title`), [t]);

  const setMode = (next: Mode) => {
    setPendingMode(next);
    void enqueue(() => write('assessment.update', { planId, patch: { mode: next } }))
      .catch(() => undefined)
      .finally(() => setPendingMode(null));
  };

  const saveStatement = (statement: string, counts: ScoreCounts | null) => {
    const key = `${year}:${statement}`;
    setPending((all) => ({ ...all, [key]: counts }));
    void enqueue(() => write('assessment.update', { planId, patch: { years: { [year]: { [statement]: counts } } } }))
      .catch(() => undefined)
      .finally(() =>
        setPending((all) => {
          if (all[key] !== counts) return all;
          const rest = { ...all };
          delete rest[key];
          return rest;
        }),
      );
  };

  const countsOf = (statement: string): ScoreCounts | undefined => {
    const key = `${year}:${statement}`;
    if (key in pending) return pending[key] ?? undefined;
    return assessment.years[year]?.[statement];
  };

  const current = assessmentAreas.map((area) => areaScore(assessment, year, area.id));
  const before = previous ? assessmentAreas.map((area) => areaScore(assessment, previous, area.id)) : null;
  const low = new Set(lowAreas(assessment, year));
  const needsGoal = (area: AreaId) => low.has(area) && !state.plan.goals.some((goal) => goal.sectionId === area);

  const createGoal = async (area: AreaId) => {
    const score = areaScore(assessment, year, area);
    if (score === null) return;
    setCreating(area);
    const nl = i18n.getFixedT('nl');
    const section = nl(`sections.${area}.title`);
    const baseline = round1(score);
    try {
      const created = await enqueue(() =>
        write('goals.create', {
          planId,
          goal: {
            sectionId: area,
            title: nl('assessment.goalTitle', { section }),
            indicator: nl('assessment.goalIndicator', { section }),
            unit: 'score',
            baseline,
            targets: suggestedTargets(year, baseline),
          },
        }),
      );
      const field = `goals.${created.createdId}.title`;
      void navigate(`${subPaths.policy(planId, 'goals')}?veld=${encodeURIComponent(field)}`);
    } catch {
      setCreating(null);
    }
  };

  const series = [
    { label: t('assessment.yearSeries', { year }), values: current, style: radarStyles.primary },
    ...(previous && before
      ? [{ label: t('assessment.previousSeries', { year: previous }), values: before, style: radarStyles.secondary }]
      : []),
  ];

  return (
    <div className="assessment" data-tab="assessment">
      <h2>{t('assessment.heading')}</h2>
      <p className="lead">{t('assessment.intro')}</p>

      <div className="card assessment__settings">
        <fieldset id={fieldDomId('assessment')} tabIndex={-1} className="fieldset assessment__years">
          <legend className="field__label">{t('assessment.year')}</legend>
          <div className="choices">
            {assessmentYears.map((option) => {
              const id = `assessment-year-${option}`;
              return (
                <div className="choice" key={option}>
                  <input
                    id={id}
                    type="radio"
                    name="assessment-year"
                    value={option}
                    checked={year === option}
                    onChange={() => setYear(option)}
                  />
                  <label htmlFor={id}>
                    <span className="choice__main">
                      {option === assessmentYears[0] ? `${option} (${t('assessment.baselineYear')})` : option}
                    </span>
                    <span className="choice__meta">
                      {t('assessment.answered', { count: scoredCount(assessment, option), total: statementIds.length })}
                    </span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="fieldset assessment__mode">
          <legend className="field__label">{t('assessment.mode')}</legend>
          <div className="choices">
            {(['coordinator', 'team'] as const).map((option) => {
              const id = `assessment-mode-${option}`;
              return (
                <div className="choice" key={option}>
                  <input
                    id={id}
                    type="radio"
                    name="assessment-mode"
                    value={option}
                    checked={mode === option}
                    onChange={() => setMode(option)}
                  />
                  <label htmlFor={id}>
                    <span className="choice__main">{t(`assessment.modes.${option}`)}</span>
                  </label>
                </div>
              );
            })}
          </div>
          <p className="field__hint assessment__hint">{t(mode === 'team' ? 'assessment.teamHint' : 'assessment.coordinatorHint')}</p>
        </fieldset>
      </div>

      <div className="assessment__overview">
        <RadarChart
          title={t('assessment.chart')}
          description={
            previous
              ? t('assessment.chartDescription', { year, previous })
              : t('assessment.chartDescriptionSingle', { year })
          }
          axes={assessmentAreas.map((area) => ({ id: area.id, label: sectionTitle(area.id) }))}
          series={series}
          min={0}
          max={5}
          ticks={scores}
          missingLabel={t('assessment.notScored')}
          formatValue={formatScore}
          axisHeading={t('assessment.area')}
        />
        <section className="assessment__summary" aria-labelledby="assessment-per-area">
          <h3 id="assessment-per-area">{t('assessment.perArea')}</h3>
          <p className="muted assessment__compared">
            {previous ? t('assessment.comparedWith', { year, previous }) : t('assessment.yearSeries', { year })}
          </p>
          <ul className="assessment__list">
            {assessmentAreas.map((area, index) => (
              <li key={area.id}>
                <span className="assessment__area-name">
                  {sectionTitle(area.id)}
                  {low.has(area.id) && <span className="badge badge--low">{t('assessment.low')}</span>}
                </span>
                <ScoreChange current={current[index] ?? null} previous={before?.[index] ?? null} previousYear={previous} short />
              </li>
            ))}
          </ul>
        </section>
      </div>

      {assessmentAreas.map((area, index) => {
        const headingId = `assessment-area-${area.id}`;
        const score = current[index] ?? null;
        return (
          <section
            key={area.id}
            id={fieldDomId(`assessment.${area.id}`)}
            tabIndex={-1}
            className="card assessment-area"
            aria-labelledby={headingId}
          >
            <div className="assessment-area__head">
              <h3 id={headingId}>{sectionTitle(area.id)}</h3>
              <ScoreChange current={score} previous={before?.[index] ?? null} previousYear={previous} />
            </div>
            {needsGoal(area.id) && score !== null && (
              <div className="notice notice--low">
                <p>{t('assessment.lowScore', { area: sectionTitle(area.id), score: formatScore(score) })}</p>
                <Button variant="primary" disabled={creating !== null} onClick={() => void createGoal(area.id)}>
                  {t('assessment.suggestGoal', { area: sectionTitle(area.id) })}
                </Button>
              </div>
            )}
            {statementsOf(area.id).map((statement) =>
              mode === 'coordinator' ? (
                <CoordinatorStatement
                  key={`${year}:${statement}`}
                  year={year}
                  statement={statement}
                  counts={countsOf(statement)}
                  onChange={(counts) => saveStatement(statement, counts)}
                />
              ) : (
                <TeamStatement
                  key={`${year}:${statement}`}
                  year={year}
                  statement={statement}
                  counts={assessment.years[year]?.[statement]}
                  save={(counts) =>
                    enqueue(() =>
                      write('assessment.update', { planId, patch: { years: { [year]: { [statement]: counts } } } }),
                    ).then((saved) => saved.plan.assessment.years[year]?.[statement])
                  }
                />
              ),
            )}
          </section>
        );
      })}
    </div>
  );
}

/** ▲ / ▼ / = with words, compared at the precision shown (2,8 and 2,84 are "the same"). */
function Trend({
  current,
  previous,
  previousYear,
  short = false,
}: {
  current: number | null;
  previous: number | null;
  previousYear: string;
  short?: boolean;
}) {
  const { t } = useTranslation();
  if (current === null || previous === null) return null;
  const difference = round1(current) - round1(previous);
  const direction = Math.abs(difference) < 0.05 ? 'same' : difference > 0 ? 'up' : 'down';
  const symbol = { up: '▲', down: '▼', same: '=' }[direction];
  const key = { up: 'assessment.trendUp', down: 'assessment.trendDown', same: 'assessment.trendSame' }[direction];
  return (
    <span className={`trend trend--${direction}`}>
      <span aria-hidden="true">{symbol}</span> {short ? t(`assessment.trendShort.${direction}`) : t(key, { year: previousYear })}
    </span>
  );
}

/** `2,8 → 3,3 ▲ hoger dan in 2025-2026`, or what is missing, in words. */
function ScoreChange({
  current,
  previous,
  previousYear,
  short = false,
}: {
  current: number | null;
  previous: number | null;
  previousYear: string | null;
  short?: boolean;
}) {
  const { t } = useTranslation();
  if (current === null) return <p className="score-change muted assessment__missing">{t('assessment.notScored')}</p>;
  if (previous === null || previousYear === null) {
    return (
      <p className="score-change">
        <strong className="score-change__value">{formatScore(current)}</strong>
        {previousYear !== null && <span className="muted"> ({t('assessment.noPrevious')})</span>}
      </p>
    );
  }
  return (
    <p className="score-change">
      <span aria-hidden="true" className="score-change__value">
        {formatScore(previous)} → <strong>{formatScore(current)}</strong>
      </span>
      <span className="visually-hidden">{t('assessment.change', { from: formatScore(previous), to: formatScore(current) })}</span>{' '}
      <Trend current={current} previous={previous} previousYear={previousYear} short={short} />
    </p>
  );
}

function CoordinatorStatement({
  year,
  statement,
  counts,
  onChange,
}: {
  year: AssessmentYear;
  statement: string;
  counts: ScoreCounts | undefined;
  onChange: (counts: ScoreCounts | null) => void;
}) {
  const { t } = useTranslation();
  const chosen = singleScore(counts);
  const teamMean = chosen === null && answers(counts) > 1 ? statementMean(counts) : null;
  const [area, number] = statement.split('.') as [string, string];
  const text = t(`assessment.statements.${area}.${number}`);
  const base = `assessment-${year}-${statement.replace('.', '-')}`;
  return (
    <fieldset className="statement" id={base}>
      <legend className="statement__text">{text}</legend>
      {teamMean !== null && (
        <p className="field__hint">{t('assessment.teamAnswersNote', { score: formatScore(teamMean) })}</p>
      )}
      <div className="statement__row">
        <div className="scale">
          {scores.map((score) => {
            const id = `${base}-${score}`;
            return (
              <div className="scale__option" key={score}>
                <input
                  id={id}
                  type="radio"
                  name={base}
                  value={score}
                  checked={chosen === score}
                  onChange={() => {
                    const next: ScoreCounts = [0, 0, 0, 0, 0];
                    next[score - 1] = 1;
                    onChange(next);
                  }}
                />
                <label htmlFor={id}>
                  <span className="scale__number">{score}</span>{' '}
                  <span className="scale__label">{t(`assessment.scoreLabels.${score}`)}</span>
                </label>
              </div>
            );
          })}
        </div>
        <Button
          variant="ghost"
          className="statement__clear"
          disabled={answers(counts) === 0}
          aria-label={t('assessment.clearStatement', { statement: text })}
          onClick={() => onChange(null)}
        >
          {t('assessment.clear')}
        </Button>
      </div>
    </fieldset>
  );
}

function TeamStatement({
  year,
  statement,
  counts,
  save,
}: {
  year: AssessmentYear;
  statement: string;
  counts: ScoreCounts | undefined;
  save: (counts: ScoreCounts | null) => Promise<ScoreCounts | undefined>;
}) {
  const { t } = useTranslation();
  const [area, number] = statement.split('.') as [string, string];
  const text = t(`assessment.statements.${area}.${number}`);
  // Field paths double as DOM ids: `a-2026-2027-vision-1.0` → `field-a-2026-2027-vision-1-0`.
  const key = `a-${year}-${statement.replace('.', '-')}`;
  const value = useMemo(() => ({ [key]: counts ?? noCounts }), [key, counts]);
  const patchSchema = useMemo(() => z.strictObject({ [key]: ScoreCountsSchema }), [key]);
  const editor = usePartEditor({
    value,
    patchSchema,
    save: async (patch) => {
      const next = patch[key] as ScoreCounts;
      const saved = await save(answers(next) === 0 ? null : next);
      return { [key]: saved ?? noCounts };
    },
  });
  const shown = scores.map((score) => editor.valueOf(`${key}.${score - 1}`));
  const typed = shown.every((n) => typeof n === 'number') ? (shown as unknown as ScoreCounts) : null;
  const mean = typed ? statementMean(typed) : null;
  return (
    <fieldset className="statement">
      <legend className="statement__text">{text}</legend>
      <div className="counts">
        {scores.map((score) => (
          <TextField
            key={score}
            editor={editor}
            path={`${key}.${score - 1}`}
            label={`${score} · ${t(`assessment.scoreLabels.${score}`)}`}
            kind="count"
            width="short"
          />
        ))}
        <output className="counts__summary" aria-live="polite">
          {typed === null ? null : mean === null ? (
            <span className="muted">{t('assessment.noAnswers')}</span>
          ) : (
            t('assessment.teamMean', { score: formatScore(mean), count: answers(typed) })
          )}
        </output>
      </div>
    </fieldset>
  );
}

