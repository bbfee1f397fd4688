// The school council sub-page: the decisions on the fees per school year, newest first;
// recording a new one (the app freezes the fee policy beside it); correcting a meeting's
// record; and a clear warning, with the changes listed, when the fees no longer match the
// latest decision.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { feePolicyDifferences } from '../../../shared/fees/decisions.ts';
import type { Decision } from '../../../shared/fees/schema.ts';
import { formatDate } from '../../../shared/format.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import { useWrite } from '../../api/hooks.tsx';
import { useFocusFromLink } from '../../app/focus.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId } from '../../components/Field.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import { FindingList } from '../plan/FindingList.tsx';
import { usePriceLists } from '../prices/queries.ts';
import { todayIso } from '../training/view.ts';
import { termYearOf } from '../../../shared/plan/term.ts';
import { DecisionCard } from './council/DecisionCard.tsx';
import { Mismatch } from './council/Mismatch.tsx';
import { RecordDecision, type DecisionDraft } from './council/RecordDecision.tsx';

/** Newest first: by meeting date, then by when it was recorded. */
function byNewest(a: Decision, b: Decision): number {
  return b.meetingDate.localeCompare(a.meetingDate) || b.recordedAt.localeCompare(a.recordedAt);
}

export function CouncilTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { plan } = state;
  const planId = plan.id;
  const [params] = useSearchParams();
  const field = params.get('veld') ?? '';
  const lists = usePriceLists().data ?? [];
  const [draft, setDraft] = useState<{ initial: DecisionDraft; presenceCopied: boolean; key: number } | null>(null);

  const decisions = useMemo(() => [...plan.decisions].sort(byNewest), [plan.decisions]);
  const latest = decisions[0];
  const current = useMemo(() => ({ fees: plan.fees, loanUsers: plan.loan.users }), [plan.fees, plan.loan.users]);
  const differences = useMemo(() => (latest ? feePolicyDifferences(latest.snapshot, current) : []), [latest, current]);
  useFocusFromLink(decisions.length);

  // The mismatch is shown in full below; its finding would only say it twice.
  const mismatch = latest !== undefined && differences.length > 0;
  const findings = state.findings.filter((finding) => finding.field?.startsWith('decisions') && !(mismatch && finding.ruleId === 'fees.decision-mismatch'));
  const years = schoolYears.filter((year) => decisions.some((decision) => decision.schoolYear === year)).reverse();

  const open = (schoolYear = termYearOf(todayIso())) => {
    setDraft({
      key: Date.now(),
      presenceCopied: latest !== undefined,
      initial: {
        schoolYear,
        meetingDate: todayIso(),
        present: latest ? { ...latest.present } : { parents: 0, staff: 0, community: 0, pupils: 0 },
        outcome: 'approved',
        votes: { for: 0, against: 0, abstain: 0 },
        motivation: '',
      },
    });
  };

  const remove = useConfirmedDelete<Decision>({
    scope: planId,
    undoLabelKey: 'undo.deleteDecision',
    texts: (decision) => ({
      title: t('fees.council.deleteTitle'),
      body: t('fees.council.deleteBody', { date: formatDate(decision.meetingDate), year: decision.schoolYear }),
      confirm: t('fees.council.deleteConfirm'),
      deleted: t('fees.council.deleted'),
      restored: t('fees.council.restored'),
    }),
    remove: async (decision) => {
      await write('decisions.delete', { planId, decisionId: decision.id });
    },
    afterDelete: () => document.getElementById(fieldDomId('decisions'))?.focus(),
  });

  const focusDecision = (id: string) => {
    setDraft(null);
    window.setTimeout(() => document.getElementById(fieldDomId(`decisions.${id}`))?.focus(), 0);
  };

  return (
    <div className="fees-council">
      <p className="lead">{t('fees.council.intro')}</p>
      {findings.length > 0 && <FindingList planId={planId} findings={findings} />}

      {latest && mismatch && (
        <Mismatch decision={latest} current={current} differences={differences} onPrepare={() => open(latest.schoolYear)} />
      )}
      {latest && differences.length === 0 && (
        <p className="notice decision-match">
          <span aria-hidden="true">✓ </span>
          {t('fees.council.matches', { date: formatDate(latest.meetingDate) })}
        </p>
      )}

      <div className="section-header">
        <h2 id="decisions-heading">{t('fees.council.heading')}</h2>
        <Button id={fieldDomId('decisions')} variant={draft ? 'secondary' : 'primary'} onClick={() => open()} disabled={draft !== null}>
          {t('fees.council.record')}
        </Button>
      </div>

      {draft && (
        <RecordDecision
          key={draft.key}
          planId={planId}
          initial={draft.initial}
          presenceCopied={draft.presenceCopied}
          fees={plan.fees}
          lists={lists}
          onRecorded={focusDecision}
          onCancel={() => {
            setDraft(null);
            window.setTimeout(() => document.getElementById(fieldDomId('decisions'))?.focus(), 0);
          }}
        />
      )}

      {decisions.length === 0 && <p className="muted">{t('fees.council.none')}</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`decisions-${year}`} className="decision-year">
          <h3 id={`decisions-${year}`}>{t('fees.council.yearHeading', { year })}</h3>
          <ol className="decision-list">
            {decisions
              .filter((decision) => decision.schoolYear === year)
              .map((decision) => (
                <li key={decision.id}>
                  <DecisionCard
                    planId={planId}
                    decision={decision}
                    latest={decision === latest}
                    startEditing={field.startsWith(`decisions.${decision.id}.`)}
                    lists={lists}
                    onDelete={remove.ask}
                  />
                </li>
              ))}
          </ol>
        </section>
      ))}
      {remove.dialog}
    </div>
  );
}
