// Recording a school council decision: the meeting's record is typed here and checked field
// by field as anywhere else; "Vastleggen" sends it once (decisions.record) and the app
// freezes the fee policy as it is now beside it. Nothing is stored before that.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionInputSchema, DecisionPatchSchema, type Decision } from '../../../../shared/fees/schema.ts';
import type { Fees } from '../../../../shared/fees/schema.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { useToasts } from '../../../components/Toasts.tsx';
import { DecisionFields, presenceGroups, voteKinds } from './DecisionFields.tsx';
import { MotivationSupport } from './MotivationSupport.tsx';

export type DecisionDraft = Omit<Decision, 'id' | 'snapshot' | 'recordedAt'>;

export const NEW_SCOPE = 'decisions.new';

const draftPaths = ['schoolYear', 'meetingDate', 'outcome', ...presenceGroups.map((g) => `present.${g}`), ...voteKinds.map((k) => `votes.${k}`), 'motivation'];

interface RecordDecisionProps {
  planId: string;
  initial: DecisionDraft;
  presenceCopied: boolean;
  fees: Fees;
  lists: readonly ReferenceList[];
  onRecorded: (id: string) => void;
  onCancel: () => void;
}

export function RecordDecision({ planId, initial, presenceCopied, fees, lists, onRecorded, onCancel }: RecordDecisionProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const { notify } = useToasts();
  const [draft, setDraft] = useState<DecisionDraft>(initial);
  const latest = useRef(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // The editor keeps the draft on screen only: its "save" is a local update.
  const save = useCallback(async (patch: Record<string, unknown>) => {
    latest.current = { ...latest.current, ...(patch as Partial<DecisionDraft>) };
    setDraft(latest.current);
    return Promise.resolve(latest.current);
  }, []);
  const editor = usePartEditor<DecisionDraft>({ value: draft, patchSchema: DecisionPatchSchema, save, debounceMs: 150 });

  useEffect(() => {
    document.getElementById(fieldDomId(`${NEW_SCOPE}.meetingDate`))?.focus();
  }, []);

  const record = async () => {
    editor.flush();
    // The flush's local save settles within this turn's promises; a timer runs after them.
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    const invalid = draftPaths.find((path) => editor.error(path) !== undefined);
    if (invalid) {
      setProblem(t('fees.council.fixFirst'));
      document.getElementById(fieldDomId(`${NEW_SCOPE}.${invalid}`))?.focus();
      return;
    }
    const parsed = DecisionInputSchema.safeParse(latest.current);
    if (!parsed.success) {
      setProblem(t('fees.council.fixFirst'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await write('decisions.record', { planId, decision: parsed.data });
      notify(t('fees.council.recorded', { year: parsed.data.schoolYear }));
      onRecorded(result.createdId);
    } catch {
      setProblem(t('fees.council.recordFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card decision-form" aria-labelledby="decision-form-heading">
      <h3 id="decision-form-heading">{t('fees.council.formHeading')}</h3>
      <p className="field__hint">{t('fees.council.formIntro')}</p>
      <DecisionFields
        editor={editor}
        scope={NEW_SCOPE}
        motivationHint={t('fees.council.motivationHint')}
        presenceHint={presenceCopied ? t('fees.council.presenceCopied') : undefined}
        support={<MotivationSupport fees={fees} year={(editor.valueOf('schoolYear') as SchoolYear | undefined) ?? initial.schoolYear} lists={lists} />}
      />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="decision-form__actions">
        <Button variant="primary" onClick={() => void record()} disabled={busy}>
          {t('fees.council.recordSubmit')}
        </Button>
        <Button onClick={onCancel}>{t('app.cancel')}</Button>
      </div>
    </section>
  );
}
