// The social corrections sub-page: the rules the school chooses, the settlement they lead
// to for a school year (and over the term), and example families with what each really
// pays. One part editor serves the rules and the families; the figures come from the saved
// plan, so they always match what the council will see.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { settle } from '../../../shared/fees/settlement.ts';
import { schoolYears, type SchoolYear } from '../../../shared/plan/term.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { FindingList } from '../plan/FindingList.tsx';
import { todayIso } from '../training/view.ts';
import { CorrectionRules } from './corrections/CorrectionRules.tsx';
import { FamilyExamples } from './corrections/FamilyExamples.tsx';
import { SettlementTable } from './corrections/Settlement.tsx';
import { termYearOf } from '../../../shared/plan/term.ts';
import { CorrectionsViewPatchSchema, familyGrades, toPatch, toView, type CorrectionsView } from './corrections/view.ts';

export function CorrectionsTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { plan } = state;
  const planId = plan.id;
  const view = useMemo(() => toView(plan.fees), [plan.fees]);
  const save = useCallback(async (patch: Record<string, unknown>) => toView((await write('fees.update', { planId, patch: toPatch(patch) })).plan.fees), [write, planId]);
  const editor = usePartEditor<CorrectionsView>({ value: view, patchSchema: CorrectionsViewPatchSchema, save });
  const [year, setYear] = useState<SchoolYear>(() => termYearOf(todayIso()));
  useFocusFromLink();

  const settlement = useMemo(() => settle(plan.fees, plan.loan, plan.profile.pupils, plan.term), [plan.fees, plan.loan, plan.profile.pupils, plan.term]);
  const chosen = settlement.years.find((entry) => entry.year === year) ?? settlement.years[0]!;
  const findings = state.findings.filter((finding) => /^fees\.corrections(\.|$)/.test(finding.field ?? ''));

  return (
    <div className="fees-corrections">
      <p className="lead">{t('fees.corrections.intro')}</p>
      {findings.length > 0 && <FindingList planId={planId} findings={findings} />}

      <CorrectionRules editor={editor} />

      <section aria-labelledby="settlement-heading" className="fees-section">
        <div className="section-header">
          <h2 id="settlement-heading">{t('fees.corrections.settlement.heading')}</h2>
          <div className="field field--short fees-year">
            <label htmlFor="fees-settlement-year" className="field__label">
              {t('fees.corrections.settlement.schoolYear')}
            </label>
            <select id="fees-settlement-year" className="field__input" value={year} onChange={(event) => setYear(event.target.value as SchoolYear)}>
              {schoolYears.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="fees-section__text">{t('fees.corrections.settlement.intro', { year })}</p>
        <SettlementTable settlement={settlement} year={chosen} months={plan.fees.monthsPerSchoolYear} />
      </section>

      <FamilyExamples editor={editor} fees={plan.fees} year={year} grades={familyGrades(plan.profile.levels)} />
    </div>
  );
}
