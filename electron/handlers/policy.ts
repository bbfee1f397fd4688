// The ICT policy plan: sections, self-assessment, goals and the yearly evaluation.
import { AssessmentSchema, type Assessment } from '../../shared/policy/assessment.ts';
import { GoalSchema, newGoal, type Goal } from '../../shared/policy/goals.ts';
import { checklistIssues, SectionSchema } from '../../shared/policy/sections.ts';
import { AppError } from '../../shared/result.ts';
import { nextPosition, putItem, putPart, readItem, readPart, readSection, sectionPart } from '../store/content.ts';
import type { Store } from '../store/store.ts';
import { editPlan, notFound, parseOrThrow } from './edit.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type PolicyChannels =
  | 'sections.update'
  | 'assessment.update'
  | 'goals.create'
  | 'goals.update'
  | 'goals.delete'
  | 'goals.move'
  | 'evaluations.record';

function readGoals(store: Store, planId: string): Goal[] {
  return store.getPlan(planId).goals;
}

function findGoal(store: Store, planId: string, goalId: string): Goal {
  const goal = readItem(store.db, planId, 'goal', goalId);
  if (!goal) throw notFound('errors.goalNotFound', { goalId });
  return goal;
}

export function policyHandlers({ store, newId }: HandlerDeps): PartialHandlers<PolicyChannels> {
  return {
    'sections.update': ({ planId, sectionId, patch }) => {
      store.planRow(planId);
      const current = readSection(store.db, planId, sectionId);
      const merged = parseOrThrow(SectionSchema, {
        text: patch.text ?? current.text,
        checklist: { ...current.checklist, ...(patch.checklist ?? {}) },
      });
      const wrong = checklistIssues(sectionId, merged.checklist);
      if (wrong.length > 0) {
        throw new AppError('INVALID_INPUT', 'errors.invalidInput', {
          issues: wrong.map((key) => ({ path: ['patch', 'checklist', key], messageKey: 'validation.unknownField', params: { keys: key } })),
        });
      }
      const fields = [patch.text ? 'text' : '', ...Object.keys(patch.checklist ?? {})].filter(Boolean).join(',');
      return editPlan(store, planId, { labelKey: 'undo.editSection', coalesceKey: `section:${sectionId}:${fields}` }, (w) =>
        putPart(w, planId, sectionPart(sectionId), merged),
      );
    },

    'assessment.update': ({ planId, patch }) => {
      store.planRow(planId);
      const current = readPart(store.db, planId, 'assessment');
      const years: Assessment['years'] = { ...current.years };
      for (const [year, statements] of Object.entries(patch.years ?? {})) {
        const answers = { ...(years[year as keyof typeof years] ?? {}) };
        for (const [statement, counts] of Object.entries(statements ?? {})) {
          if (counts === null) delete answers[statement];
          else answers[statement] = counts;
        }
        years[year as keyof typeof years] = answers;
      }
      const next = parseOrThrow(AssessmentSchema, { mode: patch.mode ?? current.mode, years });
      return editPlan(store, planId, { labelKey: 'undo.editAssessment', coalesceKey: 'assessment' }, (w) =>
        putPart(w, planId, 'assessment', next),
      );
    },

    'goals.create': ({ planId, goal }) => {
      store.planRow(planId);
      const id = newId();
      const created = parseOrThrow(GoalSchema, newGoal(id, goal));
      const state = editPlan(store, planId, { labelKey: 'undo.createGoal' }, (w) =>
        putItem(w, planId, 'goal', id, nextPosition(store.db, planId, 'goal'), created),
      );
      return { ...state, createdId: id };
    },

    'goals.update': ({ planId, goalId, patch }) => {
      store.planRow(planId);
      const current = findGoal(store, planId, goalId);
      const next = parseOrThrow(GoalSchema, { ...current, ...patch });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editGoal', coalesceKey: `goal:${goalId}:${fields}` }, (w) =>
        w.update('plan_items', { plan_id: planId, kind: 'goal', id: goalId }, { data: JSON.stringify(next) }),
      );
    },

    'goals.delete': ({ planId, goalId }) => {
      store.planRow(planId);
      findGoal(store, planId, goalId);
      return editPlan(store, planId, { labelKey: 'undo.deleteGoal' }, (w) =>
        w.remove('plan_items', { plan_id: planId, kind: 'goal', id: goalId }),
      );
    },

    'goals.move': ({ planId, goalId, direction }) => {
      store.planRow(planId);
      const goals = readGoals(store, planId);
      const from = goals.findIndex((g) => g.id === goalId);
      if (from < 0) throw notFound('errors.goalNotFound', { goalId });
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= goals.length) return editPlan(store, planId, { labelKey: 'undo.moveGoal' }, () => undefined);
      const order = [...goals];
      [order[from], order[to]] = [order[to]!, order[from]!];
      return editPlan(store, planId, { labelKey: 'undo.moveGoal' }, (w) =>
        order.forEach((goal, index) => w.update('plan_items', { plan_id: planId, kind: 'goal', id: goal.id }, { position: index + 1 })),
      );
    },

    'evaluations.record': ({ planId, year, reflection }) => {
      store.planRow(planId);
      const current = readPart(store.db, planId, 'evaluations');
      const next = { ...current, [year]: { recordedAt: store.nowIso(), reflection } };
      return editPlan(store, planId, { labelKey: 'undo.recordEvaluation' }, (w) => putPart(w, planId, 'evaluations', next));
    },
  };
}
