// The yearly evaluation (Digiplan §D): per school year the measured value, status and a
// note for every goal, the team's reflection, the moment the evaluation was recorded, and
// a summary to read or print. `?veld=evaluations.<year>` opens that year's block.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { schoolYears, type SchoolYear } from '../../../shared/plan/term.ts';
import { isFinished, YearEvaluationSchema } from '../../../shared/policy/goals.ts';
import type { IssueDetail } from '../../../shared/result.ts';
import { useWrite } from '../../api/hooks.tsx';
import { Button } from '../../components/Button.tsx';
import { FieldError, fieldDomId } from '../../components/Field.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { EvaluationEntryFields } from './goals/EvaluationEntry.tsx';
import { EvaluationSummaryView } from './goals/EvaluationSummaryView.tsx';
import { currentSchoolYear, defaultEvaluationYear, formatDayOf, goalsInSectionOrder, isSchoolYear } from './goals/values.ts';

export function EvaluationTab({ state }: { state: PlanState; sectionSlug?: string | undefined }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const plan = state.plan;
  const todayIso = useMemo(() => new Date().toISOString(), []);
  const field = params.get('veld');
  const linkedYear = field?.startsWith('evaluations.') ? field.split('.')[1] : undefined;
  const [chosenYear, setChosenYear] = useState<SchoolYear>(() => defaultEvaluationYear(plan.evaluations, todayIso));
  // A finding's link wins over the default until the person picks another year.
  const [followLink, setFollowLink] = useState(true);
  const year: SchoolYear = followLink && isSchoolYear(linkedYear) ? linkedYear : chosenYear;
  const current = currentSchoolYear(todayIso);

  const handledField = useRef<string | null>(null);
  useEffect(() => {
    if (!field || !isSchoolYear(linkedYear) || handledField.current === field) return;
    const element = document.getElementById(fieldDomId(field)) ?? document.getElementById(fieldDomId(`evaluations.${linkedYear}`));
    if (!element) return;
    handledField.current = field;
    element.scrollIntoView({ block: 'start' });
    element.focus();
  }, [field, linkedYear]);

  const yearLabel = (candidate: SchoolYear) => {
    if (plan.evaluations[candidate]) return t('evaluation.yearRecorded', { year: candidate });
    if (candidate === current) return t('evaluation.yearCurrent', { year: candidate });
    if (isFinished(candidate, todayIso)) return t('evaluation.yearWaiting', { year: candidate });
    return candidate;
  };

  return (
    <div className="evaluation-tab" data-screen="policy-evaluation">
      <h2>{t('evaluation.heading')}</h2>
      <p className="lead">{t('evaluation.intro')}</p>
      <div className="field field--medium evaluation-tab__year">
        <label htmlFor="evaluation-year" className="field__label">
          {t('evaluation.year')}
        </label>
        <select
          id="evaluation-year"
          className="field__input"
          value={year}
          onChange={(event) => {
            if (!isSchoolYear(event.target.value)) return;
            setChosenYear(event.target.value);
            setFollowLink(false);
          }}
        >
          {schoolYears.map((candidate) => (
            <option key={candidate} value={candidate}>
              {yearLabel(candidate)}
            </option>
          ))}
        </select>
      </div>
      <YearBlock key={year} state={state} year={year} />
    </div>
  );
}

function YearBlock({ state, year }: { state: PlanState; year: SchoolYear }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { notify } = useToasts();
  const plan = state.plan;
  const planId = plan.id;
  const recorded = plan.evaluations[year];
  const goals = goalsInSectionOrder(plan.goals);
  const [reflection, setReflection] = useState(recorded?.reflection ?? '');
  const [issue, setIssue] = useState<IssueDetail | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const reflectionId = useId();
  const hintId = useId();
  const errorId = useId();

  const record = async () => {
    const parsed = YearEvaluationSchema.shape.reflection.safeParse(reflection);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      setIssue({
        path: ['reflection'],
        messageKey: first?.message.startsWith('validation.') ? first.message : 'validation.invalid',
        params: first && 'maximum' in first ? { max: Number(first.maximum) } : {},
      });
      return;
    }
    setBusy(true);
    try {
      await write('evaluations.record', { planId, year, reflection: parsed.data });
      notify(t('evaluation.recordedToast', { year }));
    } catch {
      // the save indicator in the header says what went wrong; the text stays here
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="evaluation-year" id={fieldDomId(`evaluations.${year}`)} tabIndex={-1} aria-labelledby="evaluation-year-title">
      <div className="evaluation-year__head">
        <h3 id="evaluation-year-title">{t('evaluation.yearBlock', { year })}</h3>
        <p className={recorded ? 'evaluation-year__state evaluation-year__state--done' : 'evaluation-year__state'} data-recorded={recorded ? 'true' : 'false'} aria-live="polite">
          <span aria-hidden="true">{recorded ? '✓ ' : '○ '}</span>
          {recorded ? t('evaluation.recordedAt', { date: formatDayOf(recorded.recordedAt) }) : t('evaluation.notRecorded')}
        </p>
      </div>

      {plan.goals.length === 0 ? (
        <p className="notice">{t('evaluation.noGoals')}</p>
      ) : (
        <div className="evaluation-entries">
          {goals.map((goal) => (
            <EvaluationEntryFields key={goal.id} planId={planId} goal={goal} year={year} />
          ))}
        </div>
      )}

      <div className="card evaluation-record">
        <div className="field evaluation-record__field">
          <label htmlFor={reflectionId} className="field__label">
            {t('evaluation.reflection')}
          </label>
          <p id={hintId} className="field__hint">
            {t('evaluation.reflectionHint')}
          </p>
          <textarea
            id={reflectionId}
            className="field__input field__textarea"
            rows={5}
            value={reflection}
            aria-invalid={issue ? true : undefined}
            aria-describedby={[hintId, issue ? errorId : ''].filter(Boolean).join(' ')}
            onChange={(event) => {
              setReflection(event.target.value);
              setIssue(undefined);
            }}
          />
          <FieldError id={errorId} issue={issue} />
        </div>
        <div className="evaluation-record__actions">
          <Button variant="primary" disabled={busy} onClick={() => void record()}>
            {recorded ? t('evaluation.recordAgain') : t('evaluation.record')}
          </Button>
        </div>
      </div>

      {plan.goals.length > 0 && <EvaluationSummaryView goals={goals} year={year} recorded={recorded} />}
    </section>
  );
}
