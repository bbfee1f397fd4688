// One goal in the list: what it measures, from where to where, who carries it and what
// it costs, with the buttons to edit, move and delete it. The editor opens in place.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import { isMeasurable, type Goal } from '../../../../shared/policy/goals.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { GoalEditor, goalEditorId } from './GoalEditor.tsx';
import { formatMeasure, totalCostCents } from './values.ts';

export function goalButtonId(goalId: string, button: 'edit' | 'up' | 'down' | 'delete'): string {
  return `goal-${goalId}-${button}`;
}

export function MeasurableBadge({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  return isMeasurable(goal) ? (
    <span className="goal-badge goal-badge--ok" data-measurable="true">
      <span aria-hidden="true">✓ </span>
      {t('goals.measurable')}
    </span>
  ) : (
    <span className="goal-badge goal-badge--todo" data-measurable="false">
      <span aria-hidden="true">! </span>
      {t('goals.notMeasurable')}
    </span>
  );
}

function GoalFacts({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  return (
    <div className="goal-facts">
      <dl className="goal-facts__list">
        <div>
          <dt>{t('goals.indicatorShort')}</dt>
          <dd>{goal.indicator.trim() || <span className="muted">{t('goals.noIndicator')}</span>}</dd>
        </div>
        <div>
          <dt>{t('goals.ownerShort')}</dt>
          <dd>{t(`goals.owners.${goal.owner}`)}</dd>
        </div>
        <div>
          <dt>{t('goals.actions')}</dt>
          <dd>
            {goal.actions.length === 0 ? t('goals.noActions') : t('goals.actionsCount', { count: goal.actions.length })}
            {' · '}
            {t('goals.totalCost', { amount: formatMoney(totalCostCents(goal)) })}
          </dd>
        </div>
      </dl>
      <table className="goal-values">
        <caption className="visually-hidden">
          {t('goals.valuesCaption', { title: goal.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.baseline')}</th>
            {schoolYears.map((year) => (
              <th scope="col" key={year}>
                <span aria-hidden="true" className="goal-values__arrow">
                  →{' '}
                </span>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="numeric">{formatMeasure(goal.baseline, goal.unit, t)}</td>
            {schoolYears.map((year) => (
              <td className="numeric" key={year}>
                {formatMeasure(goal.targets[year], goal.unit, t)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function GoalCard({
  planId,
  goal,
  todayIso,
  expanded,
  canMoveUp,
  canMoveDown,
  onToggle,
  onMove,
  onDelete,
  onSectionChanged,
}: {
  planId: string;
  goal: Goal;
  todayIso: string;
  expanded: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onToggle: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
  onSectionChanged: (sectionId: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <article
      className={expanded ? 'goal-card goal-card--open' : 'goal-card'}
      id={fieldDomId(`goals.${goal.id}`)}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <div className="goal-card__head">
        <h4 id={titleId} className="goal-card__title">
          {goal.title}
        </h4>
        <MeasurableBadge goal={goal} />
      </div>
      {!expanded && <GoalFacts goal={goal} />}
      <div className="goal-card__buttons">
        <Button
          id={goalButtonId(goal.id, 'edit')}
          aria-expanded={expanded}
          aria-controls={expanded ? goalEditorId(goal.id) : undefined}
          aria-label={t('goals.editNamed', { title: goal.title })}
          onClick={onToggle}
        >
          <span aria-hidden="true" className={expanded ? 'chevron chevron--open' : 'chevron'}>
            ▸
          </span>
          {t('goals.edit')}
        </Button>
        <Button
          id={goalButtonId(goal.id, 'up')}
          variant="ghost"
          disabled={!canMoveUp}
          aria-label={t('goals.moveUpNamed', { title: goal.title })}
          onClick={() => onMove('up')}
        >
          <span aria-hidden="true">↑</span> {t('goals.moveUp')}
        </Button>
        <Button
          id={goalButtonId(goal.id, 'down')}
          variant="ghost"
          disabled={!canMoveDown}
          aria-label={t('goals.moveDownNamed', { title: goal.title })}
          onClick={() => onMove('down')}
        >
          <span aria-hidden="true">↓</span> {t('goals.moveDown')}
        </Button>
        <Button
          id={goalButtonId(goal.id, 'delete')}
          variant="ghost"
          className="danger-text goal-card__delete"
          aria-label={t('goals.deleteNamed', { title: goal.title })}
          onClick={onDelete}
        >
          {t('goals.deleteShort')}
        </Button>
      </div>
      {expanded && (
        <GoalEditor planId={planId} goal={goal} todayIso={todayIso} onDone={onToggle} onSectionChanged={onSectionChanged} />
      )}
    </article>
  );
}
