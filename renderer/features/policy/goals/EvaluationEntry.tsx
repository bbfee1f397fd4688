// One goal's evaluation for one school year: the measured value, the status and a note,
// saved into `goal.evaluations[year]` (the other years stay as they are).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../../shared/contract.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import { EvaluationEntrySchema, goalStatuses, type EvaluationEntry, type Goal } from '../../../../shared/policy/goals.ts';
import { AppError } from '../../../../shared/result.ts';
import { queryKeys, useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { formatMeasure } from './values.ts';

/** What the editor holds: an entry, or an empty one whose status is not chosen yet. */
type EntryDraft = Omit<EvaluationEntry, 'status'> & { status: EvaluationEntry['status'] | '' };

const EntryPatchSchema = EvaluationEntrySchema.partial();

export function EvaluationEntryFields({ planId, goal, year }: { planId: string; goal: Goal; year: SchoolYear }) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const goalId = goal.id;
  const stored = goal.evaluations[year];
  const value = useMemo<EntryDraft>(() => stored ?? { measured: null, status: '', note: '' }, [stored]);

  const save = useCallback(
    async (patch: Record<string, unknown>): Promise<EntryDraft> => {
      // The freshest goal from the cache: a previous save of this row may not be rendered yet.
      const fresh =
        client.getQueryData<PlanState>(queryKeys.plan(planId))?.plan.goals.find((candidate) => candidate.id === goalId) ?? goal;
      const merged = { measured: null, note: '', ...fresh.evaluations[year], ...patch };
      if (!merged.status) {
        throw new AppError('INVALID_INPUT', 'errors.invalidInput', {
          issues: [{ path: ['status'], messageKey: 'evaluation.chooseStatus' }],
        });
      }
      const state = await write('goals.update', {
        planId,
        goalId,
        patch: { evaluations: { ...fresh.evaluations, [year]: merged as EvaluationEntry } },
      });
      const saved = state.plan.goals.find((candidate) => candidate.id === goalId)?.evaluations[year];
      if (!saved) throw new AppError('NOT_FOUND', 'errors.goalNotFound');
      return saved;
    },
    [client, goal, goalId, planId, write, year],
  );
  const editor = usePartEditor<EntryDraft>({ value, patchSchema: EntryPatchSchema, save });
  const scope = `evaluations.${year}.${goalId}`;

  return (
    <fieldset className="evaluation-entry">
      <legend className="evaluation-entry__title">{goal.title}</legend>
      <p className="evaluation-entry__meta">
        {t('evaluation.goalValues', {
          baseline: formatMeasure(goal.baseline, goal.unit, t),
          target: formatMeasure(goal.targets[year], goal.unit, t),
          year,
        })}
        {goal.indicator.trim() !== '' && (
          <>
            <br />
            <span className="muted">{goal.indicator}</span>
          </>
        )}
      </p>
      <div className="field-row">
        <TextField
          editor={editor}
          scope={scope}
          path="measured"
          label={t('evaluation.measured')}
          kind="decimal"
          width="short"
        />
        <SelectField
          editor={editor}
          scope={scope}
          path="status"
          label={t('evaluation.status')}
          placeholder={t('evaluation.unrated')}
          options={goalStatuses.map((status) => ({ value: status, label: t(`goals.statuses.${status}`) }))}
        />
        <TextField editor={editor} scope={scope} path="note" label={t('evaluation.note')} multiline className="evaluation-entry__note" />
      </div>
    </fieldset>
  );
}
