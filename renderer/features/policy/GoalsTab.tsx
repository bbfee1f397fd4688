// Goals and indicators (Digiplan §D): the goals grouped by section, each with its
// indicator, baseline and targets, owner role and action cost; an editor that opens in
// place; and a table that compares the years. A finding's link (`?veld=goals.<id>.<field>`)
// opens that goal and focuses the field.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import type { Goal } from '../../../shared/policy/goals.ts';
import { sectionIds, type SectionId } from '../../../shared/policy/sections.ts';
import { queryKeys, useWrite } from '../../api/hooks.tsx';
import { Button } from '../../components/Button.tsx';
import { fieldDomId } from '../../components/Field.tsx';
import { AddGoalDialog } from './goals/AddGoalDialog.tsx';
import { GoalCard, goalButtonId } from './goals/GoalCard.tsx';
import { YearOverYear } from './goals/YearOverYear.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';

const HEADING_ID = 'goals-heading';

/** Where the focus goes once the plan state shows the change it waits for. */
interface PendingFocus {
  domId: string;
  ready: (goals: readonly Goal[]) => boolean;
}

const order = (goals: readonly Goal[]) => goals.map((goal) => goal.id).join('|');

export function GoalsTab({ state }: { state: PlanState; sectionSlug?: string | undefined }) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const goals = state.plan.goals;
  const todayIso = useMemo(() => new Date().toISOString(), []);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [adding, setAdding] = useState(false);
  const pendingFocus = useRef<PendingFocus | null>(null);

  const setOpen = (goalId: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(goalId);
      else next.delete(goalId);
      return next;
    });

  // Moves, section changes and deletions re-render the list; the focus follows once the
  // saved state is on screen instead of falling back to the page.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !pending.ready(goals)) return;
    const element = document.getElementById(pending.domId);
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  }, [goals, expanded, adding]);

  // `?veld=goals.<id>.<field>`: open that goal, then focus the field; `?veld=goals`: the add button.
  const field = params.get('veld');
  const handledField = useRef<string | null>(null);
  const linkedGoalId = field?.startsWith('goals.') ? field.split('.')[1] : undefined;
  const linkedGoalExists = linkedGoalId !== undefined && goals.some((goal) => goal.id === linkedGoalId);
  const linkedGoalOpen = linkedGoalId !== undefined && expanded.has(linkedGoalId);
  // Opening the linked goal is state derived from the address, set while rendering (once per link).
  const [openedForField, setOpenedForField] = useState<string | null>(null);
  if (field && linkedGoalExists && openedForField !== field) {
    setOpenedForField(field);
    if (!linkedGoalOpen) setExpanded((current) => new Set(current).add(linkedGoalId));
  }
  // A link to a goal this screen has not seen yet (made elsewhere a moment ago): fetch the plan once.
  const refetchedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!field || linkedGoalId === undefined || linkedGoalExists || refetchedFor.current === field) return;
    refetchedFor.current = field;
    void client.invalidateQueries({ queryKey: queryKeys.plan(planId) });
  }, [client, field, linkedGoalId, linkedGoalExists, planId]);
  useEffect(() => {
    if (!field || handledField.current === field) return;
    if (field !== 'goals' && !linkedGoalOpen) return;
    const element =
      document.getElementById(fieldDomId(field)) ??
      (linkedGoalId ? document.getElementById(fieldDomId(`goals.${linkedGoalId}`)) : null);
    if (!element) return;
    handledField.current = field;
    element.scrollIntoView({ block: 'center' });
    element.focus();
  }, [field, linkedGoalId, linkedGoalOpen]);

  const groups = sectionIds
    .map((sectionId) => ({ sectionId, goals: goals.filter((goal) => goal.sectionId === sectionId) }))
    .filter((group) => group.goals.length > 0);
  const firstSectionWithoutGoal: SectionId = sectionIds.find((id) => !goals.some((goal) => goal.sectionId === id)) ?? sectionIds[0];

  const move = async (goal: Goal, direction: 'up' | 'down') => {
    const from = goals.findIndex((candidate) => candidate.id === goal.id);
    const sameSection = (index: number) => goals[index]?.sectionId === goal.sectionId;
    let to = from;
    do to += direction === 'up' ? -1 : 1;
    while (to >= 0 && to < goals.length && !sameSection(to));
    if (to < 0 || to >= goals.length) return;
    const expected = goals.filter((candidate) => candidate.id !== goal.id);
    expected.splice(to, 0, goal);
    const siblings = expected.filter((candidate) => candidate.sectionId === goal.sectionId);
    const position = siblings.indexOf(goal);
    const stillPossible = direction === 'up' ? position > 0 : position < siblings.length - 1;
    pendingFocus.current = {
      domId: goalButtonId(goal.id, stillPossible ? direction : 'edit'),
      ready: (current) => order(current) === order(expected),
    };
    try {
      for (let step = 0; step < Math.abs(to - from); step++) await write('goals.move', { planId, goalId: goal.id, direction });
    } catch {
      pendingFocus.current = null; // the save indicator tells what went wrong
    }
  };

  const removal = useConfirmedDelete<Goal>({
    scope: planId,
    undoLabelKey: 'undo.deleteGoal',
    texts: (goal) => ({
      title: t('goals.deleteTitle'),
      body: t('goals.deleteConfirm', { title: goal.title }),
      confirm: t('goals.delete'),
      deleted: t('goals.deleted', { title: goal.title }),
      restored: t('goals.restored', { title: goal.title }),
    }),
    remove: async (goal) => {
      setOpen(goal.id, false);
      pendingFocus.current = { domId: HEADING_ID, ready: (current) => !current.some((candidate) => candidate.id === goal.id) };
      await write('goals.delete', { planId, goalId: goal.id });
    },
    beforeUndo: (goal) => {
      pendingFocus.current = {
        domId: fieldDomId(`goals.${goal.id}`),
        ready: (current) => current.some((candidate) => candidate.id === goal.id),
      };
    },
  });

  const created = (goalId: string) => {
    setAdding(false);
    setOpen(goalId, true);
    pendingFocus.current = {
      domId: fieldDomId(`goals.${goalId}.indicator`),
      ready: (current) => current.some((candidate) => candidate.id === goalId),
    };
  };

  return (
    <div className="goals-tab" data-screen="policy-goals">
      <div className="tab-heading">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {t('goals.heading')}
        </h2>
        <Button id={fieldDomId('goals')} variant="primary" onClick={() => setAdding(true)}>
          {t('goals.add')}
        </Button>
      </div>
      <p className="lead">{t('goals.intro')}</p>

      {goals.length === 0 && <p className="notice">{t('goals.none')}</p>}

      {groups.map((group) => (
        <section key={group.sectionId} className="goal-group" aria-labelledby={`goal-group-${group.sectionId}`}>
          <h3 id={`goal-group-${group.sectionId}`} className="goal-group__title">
            {t(`sections.${group.sectionId}.title`)}
          </h3>
          <ul className="goal-list">
            {group.goals.map((goal, index) => (
              <li key={goal.id}>
                <GoalCard
                  planId={planId}
                  goal={goal}
                  todayIso={todayIso}
                  expanded={expanded.has(goal.id)}
                  canMoveUp={index > 0}
                  canMoveDown={index < group.goals.length - 1}
                  onToggle={() => {
                    const open = !expanded.has(goal.id);
                    setOpen(goal.id, open);
                    if (!open) pendingFocus.current = { domId: goalButtonId(goal.id, 'edit'), ready: () => true };
                  }}
                  onMove={(direction) => void move(goal, direction)}
                  onDelete={() => removal.ask(goal)}
                  onSectionChanged={(sectionId) => {
                    pendingFocus.current = {
                      domId: fieldDomId(`goals.${goal.id}.sectionId`),
                      ready: (current) => current.find((candidate) => candidate.id === goal.id)?.sectionId === sectionId,
                    };
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {goals.length > 0 && <YearOverYear goals={goals} />}

      {adding && (
        <AddGoalDialog
          planId={planId}
          initialSection={firstSectionWithoutGoal}
          onCreated={created}
          onCancel={() => {
            pendingFocus.current = { domId: fieldDomId('goals'), ready: () => true };
            setAdding(false);
          }}
        />
      )}
      {removal.dialog}
    </div>
  );
}
