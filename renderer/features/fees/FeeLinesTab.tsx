// The fees parents of loan-service users pay: the fee lines with their cost basis, reference
// price and the Rekenhof band beside each, the cost basis per device class, the damage list
// and how payment works. Everything saves as you type (fees.update, with the top-level field
// that changed replaced whole); above the lines, where the fees stand with the school council.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { feesClosed } from '../../../shared/fees/rules.ts';
import { FeesPatchSchema, type FeeLine, type Fees } from '../../../shared/fees/schema.ts';
import type { Finding } from '../../../shared/findings/finding.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import { gradesByLevel, type GradeKey, type Profile } from '../../../shared/profile/schema.ts';
import { sources } from '../../../shared/sources.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId, TextField } from '../../components/Field.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import { currentSchoolYear } from '../policy/goals/values.ts';
import { usePriceLists } from '../prices/queries.ts';
import { CostBasisEditor } from './lines/CostBasisEditor.tsx';
import { CouncilStatus } from './lines/CouncilStatus.tsx';
import { DamageCharges } from './lines/DamageCharges.tsx';
import { LineCard } from './lines/LineCard.tsx';
import { PaymentBlock } from './lines/PaymentBlock.tsx';
import { useLinesWriter } from './lines/use-lines-writer.ts';
import { feesField } from './lines/view.ts';
import { FeesClosedNotice } from './loan/FeesClosedNotice.tsx';
import { TabFindings } from './loan/TabFindings.tsx';

const MAX_LINES = 100;
const addButtonId = 'fee-lines-add';
const councilRules = new Set(['fees.no-decision', 'fees.decision-mismatch', 'fees.decision-rejected', 'fees.decision-without-motivation']);

/** Grades a device fee may be asked for: secondary education, ordinary or special (BuSO). */
function secondaryGrades(profile: Profile): GradeKey[] {
  return [
    ...(profile.levels.includes('secundair') ? gradesByLevel.secundair : []),
    ...(profile.levels.includes('buitengewoon') ? gradesByLevel.buitengewoon.filter((grade) => grade !== 'bubao') : []),
  ];
}

/** The findings this page answers: the lines, the cost basis, payment, and the council's status. */
function isLinesFinding(finding: Finding): boolean {
  if (finding.step !== 'fees' || !finding.field) return false;
  if (councilRules.has(finding.ruleId)) return true;
  return finding.field.startsWith(feesField('')) && !finding.field.startsWith(feesField('corrections'));
}

export function FeeLinesTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { plan } = state;
  const planId = plan.id;
  const lists = usePriceLists().data ?? [];
  const year = useMemo(() => currentSchoolYear(new Date().toISOString()), []);
  const writer = useLinesWriter(planId);
  const save = useCallback(async (patch: Record<string, unknown>) => (await write('fees.update', { planId, patch })).plan.fees, [write, planId]);
  const editor = usePartEditor<Fees>({ value: plan.fees, patchSchema: FeesPatchSchema, save });
  useFocusFromLink(plan.fees.lines.length);

  const closed = feesClosed(plan);
  const findings = state.findings.filter(isLinesFinding);
  const grades = secondaryGrades(plan.profile);
  const source = sources['digiplan.B3.fees'];

  // A new line takes the focus once it is on screen, its label selected for typing over.
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

  const add = async () => {
    const loanGrades = plan.loan.grades.filter((grade) => grades.includes(grade));
    const added: FeeLine = {
      id: crypto.randomUUID(),
      label: t('fees.lines.newLabel'),
      kind: 'rent',
      grades: loanGrades.length > 0 ? loanGrades : grades.slice(0, 1),
      deviceClass: plan.loan.deviceTypes[0] ?? 'laptop',
      amountCents: 0,
      period: 'school-year',
      appliesTo: 'loan-service',
      years: [...schoolYears],
      motivation: '',
    };
    focusNext.current = fieldDomId(`fees.lines.${added.id}.label`);
    await writer((lines) => [...lines, added]);
  };

  const remove = useConfirmedDelete<FeeLine>({
    scope: planId,
    undoLabelKey: 'undo.editFees',
    texts: (line) => ({
      title: t('fees.lines.deleteTitle'),
      body: t('fees.lines.deleteBody', { label: line.label }),
      confirm: t('fees.lines.deleteConfirm'),
      deleted: t('fees.lines.deleted', { label: line.label }),
      restored: t('fees.lines.restored', { label: line.label }),
    }),
    remove: async (line) => {
      await writer((lines) => lines.filter((candidate) => candidate.id !== line.id));
    },
    afterDelete: () => document.getElementById(addButtonId)?.focus(),
  });

  return (
    <div className="fee-lines" data-tab="lines">
      {closed && <FeesClosedNotice state={state} on="lines" />}
      <section aria-labelledby="fee-lines-heading" className="fees-section">
        <h2 id="fee-lines-heading">{t('fees.lines.heading')}</h2>
        <p className="lead">{t('fees.lines.intro')}</p>
        <blockquote className="source-quote">
          <p lang="nl">“{source.quote}”</p>
          <footer>
            — <cite>{source.ref}</cite>
          </footer>
        </blockquote>
        <TabFindings planId={planId} findings={findings} summary={t('fees.lines.findingsSummary', { count: findings.length })} />
        {!closed && <CouncilStatus planId={planId} year={year} decisions={plan.decisions} fees={plan.fees} loan={plan.loan} />}

        {plan.fees.lines.some((line) => line.period === 'month') && (
          <TextField
            editor={editor}
            scope="fees"
            path="monthsPerSchoolYear"
            kind="count"
            width="short"
            label={t('fees.lines.months')}
            hint={t('fees.lines.monthsHint')}
          />
        )}
        {plan.fees.lines.length === 0 && <p className="muted">{closed ? t('fees.lines.noneClosed') : t('fees.lines.none')}</p>}
        <div className="fee-lines__list">
          {plan.fees.lines.map((line) => (
            <LineCard
              key={line.id}
              line={line}
              fees={plan.fees}
              lists={lists}
              year={year}
              grades={grades}
              findings={findings.filter((finding) => finding.field?.startsWith(`fees.lines.${line.id}.`))}
              writer={writer}
              onRemove={remove.ask}
            />
          ))}
        </div>
        {!closed && grades.length > 0 && (
          <Button id={addButtonId} onClick={() => void add()} disabled={plan.fees.lines.length >= MAX_LINES}>
            {t('fees.lines.add')}
          </Button>
        )}
      </section>
      {!closed && (
        <>
          <CostBasisEditor editor={editor} lines={plan.fees.lines} fleet={plan.fleet} settings={plan.devices} tcos={plan.tcos} />
          <DamageCharges editor={editor} />
          <PaymentBlock planId={planId} payment={plan.fees.payment} />
        </>
      )}
      {remove.dialog}
    </div>
  );
}
