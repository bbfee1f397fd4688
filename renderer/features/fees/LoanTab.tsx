// The loan service (uitleendienst): does the school require devices after school hours,
// is there a loan service, for which pupils and devices, its rules on damage, loss, leaving
// and the end of the loan, the own-device option, the purchase question, and how many
// pupils are expected to use it. Saved as you type (loan.update).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { deviceTypes } from '../../../shared/devices/schema.ts';
import { feesClosed } from '../../../shared/fees/rules.ts';
import { LoanServicePatchSchema, type LoanService } from '../../../shared/fees/schema.ts';
import { gradeKeys, gradesByLevel, uniqueLevels } from '../../../shared/profile/schema.ts';
import { sources } from '../../../shared/sources.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor, type PartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { CheckboxField, CheckboxGroup, TextField } from '../../components/Field.tsx';
import { FeesClosedNotice } from './loan/FeesClosedNotice.tsx';
import { TabFindings } from './loan/TabFindings.tsx';
import { UsersGrid } from './loan/UsersGrid.tsx';

/** Devices a pupil can take home or use in class; boards, servers and the network are no loan. */
const pupilDevices = ['laptop', 'chromebook', 'tablet', 'other'] as const;

export function LoanTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { plan } = state;
  const planId = plan.id;
  const save = useCallback(async (patch: Record<string, unknown>) => (await write('loan.update', { planId, patch })).plan.loan, [write, planId]);
  const editor = usePartEditor<LoanService>({ value: plan.loan, patchSchema: LoanServicePatchSchema, save });
  useFocusFromLink();

  const closed = feesClosed(plan);
  const findings = state.findings.filter((finding) => finding.step === 'fees' && finding.field?.startsWith('loan.'));
  const offered = editor.valueOf('offered') === true;
  const afterHours = editor.valueOf('requiresAfterHoursUse') === true;
  const ownDevice = editor.valueOf('ownDeviceAllowed') === true;
  const forcedPurchase = editor.valueOf('purchaseThroughSchoolRequired') === true;

  const schoolGrades = uniqueLevels(plan.profile.levels).flatMap((level) => gradesByLevel[level]);
  const gradeOptions = gradeKeys.filter((grade) => schoolGrades.includes(grade) || plan.loan.grades.includes(grade));
  const programmeNames = plan.profile.digitallyIntensiveProgrammes.map((programme) => programme.name);
  const programmeOptions = [...programmeNames, ...plan.loan.programmes.filter((name) => !programmeNames.includes(name))];
  const typeOptions = deviceTypes.filter((type) => (pupilDevices as readonly string[]).includes(type) || plan.loan.deviceTypes.includes(type));
  const loanSource = sources['digiplan.B3.loan'];
  const czb = sources['practice.czb'];

  return (
    <div className="loan" data-tab="loan">
      {closed && <FeesClosedNotice state={state} on="loan" />}
      <section aria-labelledby="loan-heading">
        <h2 id="loan-heading">{t('fees.loan.heading')}</h2>
        <p className="lead">{t('fees.loan.intro')}</p>
        <TabFindings planId={planId} findings={findings} summary={t('fees.loan.findingsSummary', { count: findings.length })} />

        <fieldset className="card">
          <legend className="card__title">{t('fees.loan.access')}</legend>
          <CheckboxField editor={editor} scope="loan" path="requiresAfterHoursUse" label={t('fees.loan.requiresAfterHoursUse')} hint={t('fees.loan.requiresAfterHoursUseHint')} />
          <blockquote className="source-quote loan__quote">
            <p lang="nl">“{loanSource.quote}”</p>
            <footer>
              — <cite>{loanSource.ref}</cite>
            </footer>
          </blockquote>
          <CheckboxField editor={editor} scope="loan" path="offered" label={t('fees.loan.offered')} hint={t('fees.loan.offeredHint')} />
          {afterHours && !offered && (
            <p className="loan__warning">
              <span aria-hidden="true">✕ </span>
              {t('fees.loan.offeredRequired')}
            </p>
          )}
        </fieldset>

        {offered ? (
          <>
            <fieldset className="card">
              <legend className="card__title">{t('fees.loan.who')}</legend>
              {gradeOptions.length > 0 ? (
                <CheckboxGroup
                  editor={editor}
                  scope="loan"
                  path="grades"
                  legend={t('fees.loan.grades')}
                  hint={t('fees.loan.gradesHint')}
                  order={gradeKeys}
                  options={gradeOptions.map((grade) => ({ value: grade, label: t(`grades.${grade}`) }))}
                />
              ) : (
                <p className="muted">{t('fees.loan.noLevels')}</p>
              )}
              {programmeOptions.length > 0 && (
                <CheckboxGroup
                  editor={editor}
                  scope="loan"
                  path="programmes"
                  legend={t('fees.loan.programmes')}
                  hint={t('fees.loan.programmesHint')}
                  order={programmeOptions}
                  options={programmeOptions.map((name) => ({ value: name, label: name }))}
                />
              )}
              <CheckboxGroup
                editor={editor}
                scope="loan"
                path="deviceTypes"
                legend={t('fees.loan.deviceTypes')}
                order={deviceTypes}
                options={typeOptions.map((type) => ({ value: type, label: t(`devices.types.${type}`) }))}
              />
              <CheckboxField editor={editor} scope="loan" path="takeHome" label={t('fees.loan.takeHome')} hint={t('fees.loan.takeHomeHint')} />
            </fieldset>

            <fieldset className="card">
              <legend className="card__title">{t('fees.loan.rules')}</legend>
              <p className="field__hint">{t('fees.loan.rulesHint')}</p>
              <RuleField editor={editor} path="onDamage" />
              <RuleField editor={editor} path="onLoss" />
              <RuleField editor={editor} path="onLeaving" />
              <RuleField editor={editor} path="endOfLoan" />
            </fieldset>
          </>
        ) : (
          <p className="muted loan__off">{t('fees.loan.notOffered')}</p>
        )}

        <fieldset className="card">
          <legend className="card__title">{t('fees.loan.choice')}</legend>
          <CheckboxField editor={editor} scope="loan" path="ownDeviceAllowed" label={t('fees.loan.ownDeviceAllowed')} hint={t('fees.loan.ownDeviceAllowedHint')} />
          {ownDevice && (
            <TextField editor={editor} scope="loan" path="minimumSpecs" multiline label={t('fees.loan.minimumSpecs')} hint={t('fees.loan.minimumSpecsHint')} />
          )}
          <div className="loan__purchase">
            <CheckboxField
              editor={editor}
              scope="loan"
              path="purchaseThroughSchoolRequired"
              label={t('fees.loan.purchaseThroughSchoolRequired')}
              hint={t('fees.loan.purchaseHint')}
            />
            <aside className="loan__czb" aria-labelledby="loan-czb-heading">
              <h3 id="loan-czb-heading">{t('fees.loan.czbHeading')}</h3>
              <p>{t('fees.loan.czbExplained')}</p>
              <blockquote className="source-quote">
                <p lang="nl">“{czb.quote}”</p>
                <footer>
                  — <cite>{czb.ref}</cite>
                </footer>
              </blockquote>
            </aside>
          </div>
          {forcedPurchase && (
            <p className="loan__warning">
              <span aria-hidden="true">✕ </span>
              {t('fees.loan.purchaseNotAllowed')}
            </p>
          )}
        </fieldset>

        {offered && <UsersGrid editor={editor} profile={plan.profile} />}
      </section>
    </div>
  );
}

function RuleField({ editor, path }: { editor: PartEditor; path: 'onDamage' | 'onLoss' | 'onLeaving' | 'endOfLoan' }) {
  const { t } = useTranslation();
  return <TextField editor={editor} scope="loan" path={path} multiline label={t(`fees.loan.ruleLabels.${path}`)} hint={t(`fees.loan.ruleHints.${path}`)} />;
}
