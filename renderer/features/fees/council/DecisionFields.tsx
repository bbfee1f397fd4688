// The record of a school council meeting, as fields: school year, date, who was there per
// group, the outcome, the votes and the motivation. Used to record a new decision and to
// correct a recorded one; the snapshot of the fee policy is never among them.
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { DateField, SelectField, TextField } from '../../../components/Field.tsx';
import type { ReactNode } from 'react';

export const presenceGroups = ['parents', 'staff', 'community', 'pupils'] as const;
export const voteKinds = ['for', 'against', 'abstain'] as const;
export const outcomes = ['approved', 'amended', 'rejected'] as const;

interface DecisionFieldsProps {
  editor: PartEditor;
  scope: string;
  motivationHint: string;
  presenceHint?: string;
  /** Figures the motivation can lean on, shown under the field. */
  support?: ReactNode;
}

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function DecisionFields({ editor, scope, motivationHint, presenceHint, support }: DecisionFieldsProps) {
  const { t } = useTranslation();
  const present = presenceGroups.reduce((sum, group) => sum + number(editor.valueOf(`present.${group}`)), 0);
  const votes = voteKinds.reduce((sum, kind) => sum + number(editor.valueOf(`votes.${kind}`)), 0);

  return (
    <div className="decision-fields">
      <div className="field-row">
        <SelectField
          editor={editor}
          scope={scope}
          path="schoolYear"
          width="short"
          label={t('fees.council.schoolYear')}
          options={schoolYears.map((year) => ({ value: year, label: year }))}
        />
        <DateField editor={editor} scope={scope} path="meetingDate" label={t('fees.council.meetingDate')} />
        <SelectField
          editor={editor}
          scope={scope}
          path="outcome"
          label={t('fees.council.outcome')}
          options={outcomes.map((outcome) => ({ value: outcome, label: t(`fees.council.outcomes.${outcome}`) }))}
        />
      </div>
      <fieldset className="fieldset decision-fields__group">
        <legend className="field__label">{t('fees.council.present')}</legend>
        {presenceHint && <p className="field__hint">{presenceHint}</p>}
        <div className="field-row">
          {presenceGroups.map((group) => (
            <TextField
              key={group}
              editor={editor}
              scope={scope}
              path={`present.${group}`}
              kind="count"
              width="short"
              selectOnFocus
              label={t(`fees.council.groups.${group}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset decision-fields__group">
        <legend className="field__label">{t('fees.council.votes')}</legend>
        <div className="field-row">
          {voteKinds.map((kind) => (
            <TextField
              key={kind}
              editor={editor}
              scope={scope}
              path={`votes.${kind}`}
              kind="count"
              width="short"
              selectOnFocus
              label={t(`fees.council.voteKinds.${kind}`)}
            />
          ))}
        </div>
        <p className={votes > present ? 'field__hint decision-fields__warn' : 'field__hint'} aria-live="polite">
          {votes > present && <span aria-hidden="true">⚠ </span>}
          {t(votes > present ? 'fees.council.moreVotesThanPresent' : 'fees.council.tally', {
            present: formatInteger(present),
            votes: formatInteger(votes),
          })}
        </p>
      </fieldset>
      <TextField
        editor={editor}
        scope={scope}
        path="motivation"
        multiline
        className="decision-fields__motivation"
        label={t('fees.council.motivation')}
        hint={motivationHint}
      />
      {support}
    </div>
  );
}
