// The editor of one goal, saved as you type: title, section, indicator and unit, baseline
// and a target per school year, the owner (a role, never a person), and the actions with
// their timing and cost. Every field's DOM id is `goals.<id>.<path>`, the path the rules
// use in their findings.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import {
  actionPeriods,
  GoalPatchSchema,
  GoalSchema,
  indicatorUnits,
  ownerRoles,
  type Goal,
  type GoalAction,
} from '../../../../shared/policy/goals.ts';
import { sectionIds } from '../../../../shared/policy/sections.ts';
import { AppError } from '../../../../shared/result.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { currentSchoolYear, totalCostCents } from './values.ts';

const targets = GoalSchema.shape.targets;

/**
 * The goal's patch schema, except that an emptied target field (null) is allowed here:
 * it means "no target for that year" and is dropped from the record before saving.
 */
const EditorPatchSchema = GoalPatchSchema.extend({
  targets: z.partialRecord(targets.keyType, targets.valueType.nullable()).optional(),
});

type GoalPatch = ChannelInput<'goals.update'>['patch'];

function withoutEmptyTargets(patch: Record<string, unknown>): GoalPatch {
  const { targets: typed, ...rest } = patch;
  if (!typed || typeof typed !== 'object') return rest;
  return { ...rest, targets: Object.fromEntries(Object.entries(typed).filter(([, value]) => typeof value === 'number')) };
}

export function goalEditorId(goalId: string): string {
  return `goal-editor-${goalId}`;
}

export function GoalEditor({
  planId,
  goal,
  todayIso,
  onDone,
  onSectionChanged,
}: {
  planId: string;
  goal: Goal;
  todayIso: string;
  onDone: () => void;
  onSectionChanged: (sectionId: string) => void;
}) {
  const { t } = useTranslation();
  const write = useWrite();
  const goalId = goal.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const state = await write('goals.update', { planId, goalId, patch: withoutEmptyTargets(patch) });
      const saved = state.plan.goals.find((candidate) => candidate.id === goalId);
      if (!saved) throw new AppError('NOT_FOUND', 'errors.goalNotFound');
      return saved;
    },
    [write, planId, goalId],
  );
  const editor = usePartEditor<Goal>({ value: goal, patchSchema: EditorPatchSchema, save });
  const scope = `goals.${goalId}`;
  const actions = (editor.valueOf('actions') as GoalAction[] | undefined) ?? [];

  // A new action row takes the focus once it is on screen, its text selected for typing over.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
      focusNext.current = null;
    }
  });

  const addAction = () => {
    focusNext.current = fieldDomId(`${scope}.actions.${actions.length}.description`);
    // Made once, outside the change: the change may be applied more than once on screen.
    const added: GoalAction = {
      id: crypto.randomUUID(),
      description: t('goals.newAction'),
      year: currentSchoolYear(todayIso),
      period: 'whole-year',
      costCents: 0,
    };
    editor.update<GoalAction[]>('actions', (list) => [...list, added]);
  };

  const removeAction = (actionId: string) => {
    focusNext.current = `${goalEditorId(goalId)}-add-action`;
    editor.update<GoalAction[]>('actions', (list) => list.filter((action) => action.id !== actionId));
  };

  return (
    <div className="goal-editor" id={goalEditorId(goalId)}>
      <TextField editor={editor} scope={scope} path="title" label={t('goals.title')} />
      <div className="field-row">
        <SelectField
          editor={editor}
          scope={scope}
          path="sectionId"
          label={t('goals.section')}
          options={sectionIds.map((id) => ({ value: id, label: t(`sections.${id}.title`) }))}
          onChanged={onSectionChanged}
        />
        <SelectField
          editor={editor}
          scope={scope}
          path="owner"
          label={t('goals.owner')}
          options={ownerRoles.map((role) => ({ value: role, label: t(`goals.owners.${role}`) }))}
        />
      </div>
      <div className="field-row">
        <TextField
          editor={editor}
          scope={scope}
          path="indicator"
          label={t('goals.indicator')}
          hint={t('goals.indicatorHint')}
          className="goal-editor__indicator"
        />
        <SelectField
          editor={editor}
          scope={scope}
          path="unit"
          label={t('goals.unit')}
          width="short"
          options={indicatorUnits.map((unit) => ({ value: unit, label: t(`goals.units.${unit}`) }))}
        />
      </div>

      <fieldset className="goal-editor__group">
        <legend className="goal-editor__legend">{t('goals.targets')}</legend>
        <p className="field__hint">{t('goals.targetsHint')}</p>
        <div className="goal-values-row">
          <TextField editor={editor} scope={scope} path="baseline" label={t('goals.baseline')} kind="decimal" width="short" />
          {schoolYears.map((year) => (
            <TextField
              key={year}
              editor={editor}
              scope={scope}
              path={`targets.${year}`}
              label={t('goals.target', { year })}
              kind="decimal"
              width="short"
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="goal-editor__group" id={fieldDomId(`${scope}.actions`)} tabIndex={-1}>
        <legend className="goal-editor__legend">{t('goals.actions')}</legend>
        {actions.length === 0 && <p className="muted">{t('goals.noActions')}</p>}
        <ol className="action-list">
          {actions.map((action, index) => (
            <li key={action.id}>
              <div className="action-row" role="group" aria-label={t('goals.actionLegend', { number: index + 1 })}>
              <TextField
                editor={editor}
                scope={scope}
                path={`actions.${index}.description`}
                label={t('goals.actionDescription')}
                className="action-row__description"
              />
              <SelectField
                editor={editor}
                scope={scope}
                path={`actions.${index}.year`}
                label={t('goals.actionYear')}
                width="short"
                options={schoolYears.map((year) => ({ value: year, label: year }))}
              />
              <SelectField
                editor={editor}
                scope={scope}
                path={`actions.${index}.period`}
                label={t('goals.actionPeriod')}
                width="short"
                options={actionPeriods.map((period) => ({ value: period, label: t(`goals.periods.${period}`) }))}
              />
              <TextField
                editor={editor}
                scope={scope}
                path={`actions.${index}.costCents`}
                label={t('goals.actionCost')}
                kind="money"
                width="short"
                className="action-row__cost"
              />
              <Button
                variant="ghost"
                className="action-row__remove danger-text"
                aria-label={t('goals.removeActionNamed', { number: index + 1, name: action.description })}
                onClick={() => removeAction(action.id)}
              >
                {t('goals.deleteShort')}
              </Button>
              </div>
            </li>
          ))}
        </ol>
        <div className="goal-editor__actions-foot">
          <Button id={`${goalEditorId(goalId)}-add-action`} onClick={addAction}>
            {t('goals.addAction')}
          </Button>
          <p className="total" aria-live="polite">
            {t('goals.totalCost', { amount: formatMoney(totalCostCents({ actions })) })}
          </p>
        </div>
      </fieldset>

      <div className="goal-editor__foot">
        <Button variant="primary" onClick={onDone}>
          {t('goals.doneEditing')}
        </Button>
      </div>
    </div>
  );
}
