// One recorded decision: when the council met, what it decided and why, and what it saw
// (the frozen fee lines and corrections). The meeting's record can be corrected here
// (decisions.update); the snapshot cannot, so the decision keeps saying what was decided.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionPatchSchema, type Decision } from '../../../../shared/fees/schema.ts';
import { annualCents } from '../../../../shared/fees/settlement.ts';
import { correctionText } from '../../../../shared/fees/texts.ts';
import { formatDate, formatInteger, formatTimestamp } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';
import { AppError } from '../../../../shared/result.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { DecisionFields, presenceGroups } from './DecisionFields.tsx';
import { MotivationSupport } from './MotivationSupport.tsx';

const outcomeIcons: Record<Decision['outcome'], string> = { approved: '✓', amended: '✓', rejected: '✕' };

interface DecisionCardProps {
  planId: string;
  decision: Decision;
  latest: boolean;
  /** Open for correcting from the start (a finding's link points into it). */
  startEditing: boolean;
  lists: readonly ReferenceList[];
  onDelete: (decision: Decision) => void;
}

export function DecisionCard({ planId, decision, latest, startEditing, lists, onDelete }: DecisionCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(startEditing);
  const scope = `decisions.${decision.id}`;
  const present = presenceGroups.reduce((sum, group) => sum + decision.present[group], 0);
  const titleId = `decision-${decision.id}-title`;

  return (
    <article id={fieldDomId(scope)} tabIndex={-1} className={`decision decision--${decision.outcome}`} aria-labelledby={titleId} data-decision={decision.id}>
      <div className="decision__head">
        <h4 id={titleId} className="decision__title">
          {t('fees.council.meetingOf', { date: formatDate(decision.meetingDate) })}
          {latest && <span className="badge">{t('fees.council.latest')}</span>}
        </h4>
        <p className={`decision__outcome decision__outcome--${decision.outcome}`}>
          <span aria-hidden="true">{outcomeIcons[decision.outcome]} </span>
          {t(`fees.council.outcomes.${decision.outcome}`)}
        </p>
      </div>
      <p className="decision__facts">
        {t('fees.council.voteLine', {
          count: decision.votes.abstain,
          for: formatInteger(decision.votes.for),
          against: formatInteger(decision.votes.against),
          abstain: formatInteger(decision.votes.abstain),
        })}{' '}
        {t('fees.council.presentLine', {
          total: formatInteger(present),
          parents: formatInteger(decision.present.parents),
          staff: formatInteger(decision.present.staff),
          community: formatInteger(decision.present.community),
          pupils: formatInteger(decision.present.pupils),
        })}
      </p>
      {decision.motivation.trim() === '' ? (
        <p className="decision__missing">
          <span aria-hidden="true">⚠ </span>
          {t('fees.council.noMotivation')}
        </p>
      ) : (
        <blockquote className="decision__motivation">
          <span className="visually-hidden">{t('fees.council.motivation')}: </span>
          {decision.motivation}
        </blockquote>
      )}
      <details className="decision__snapshot">
        <summary>{t('fees.council.snapshot', { date: formatTimestamp(decision.recordedAt) })}</summary>
        <Snapshot decision={decision} />
      </details>

      {editing ? (
        <DecisionEditor planId={planId} decision={decision} lists={lists} onClose={() => setEditing(false)} />
      ) : (
        <div className="decision__actions">
          <Button onClick={() => setEditing(true)} aria-label={t('fees.council.editNamed', { date: formatDate(decision.meetingDate) })}>
            {t('fees.council.edit')}
          </Button>
          <Button variant="ghost" className="danger-text" onClick={() => onDelete(decision)} aria-label={t('fees.council.deleteNamed', { date: formatDate(decision.meetingDate) })}>
            {t('fees.council.delete')}
          </Button>
        </div>
      )}
    </article>
  );
}

/** What the council saw: the fee lines with their amounts and the corrections, as frozen. */
function Snapshot({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const { fees } = decision.snapshot;
  const lines = fees.lines.filter((line) => line.years.includes(decision.schoolYear));
  return (
    <div className="decision__snapshot-body">
      <p className="decision__snapshot-title">{t('fees.council.snapshotLines', { year: decision.schoolYear })}</p>
      {lines.length === 0 ? (
        <p className="muted">{t('fees.council.snapshotNoLines')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line.id}>
              {line.label}:{' '}
              {line.kind === 'deposit' ? formatMoney(line.amountCents) : t('fees.council.perYear', { amount: formatMoney(annualCents(line, fees)) })}
            </li>
          ))}
        </ul>
      )}
      {fees.corrections.length > 0 && (
        <>
          <p className="decision__snapshot-title">{t('fees.council.snapshotCorrections')}</p>
          <ul>
            {fees.corrections.map((rule) => (
              <li key={rule.id}>{correctionText(t, rule)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function DecisionEditor({ planId, decision, lists, onClose }: { planId: string; decision: Decision; lists: readonly ReferenceList[]; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const state = await write('decisions.update', { planId, decisionId: decision.id, patch });
      const saved = state.plan.decisions.find((candidate) => candidate.id === decision.id);
      if (!saved) throw new AppError('NOT_FOUND', 'errors.decisionNotFound');
      return saved;
    },
    [write, planId, decision.id],
  );
  const editor = usePartEditor<Decision>({ value: decision, patchSchema: DecisionPatchSchema, save });
  const year = (editor.valueOf('schoolYear') as SchoolYear | undefined) ?? decision.schoolYear;
  return (
    <div className="decision__editor">
      <p className="field__hint">{t('fees.council.editIntro')}</p>
      <DecisionFields
        editor={editor}
        scope={`decisions.${decision.id}`}
        motivationHint={t('fees.council.motivationHint')}
        support={<MotivationSupport fees={decision.snapshot.fees} year={year} lists={lists} />}
      />
      <div className="decision__actions">
        <Button
          onClick={() => {
            editor.flush();
            onClose();
          }}
        >
          {t('fees.council.doneEditing')}
        </Button>
      </div>
    </div>
  );
}
