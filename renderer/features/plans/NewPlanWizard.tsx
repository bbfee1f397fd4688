// "Nieuw plan": three short steps (school, level, group), checked with the same schema
// as the handler, then straight to the new plan's profile.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contract } from '../../../shared/contract.ts';
import { educationLevels, groupKinds, type EducationLevel, type GroupKind } from '../../../shared/profile/schema.ts';
import { AppError, type IssueDetail } from '../../../shared/result.ts';
import { issuesFromZod } from '../../../shared/validation.ts';
import { useWrite } from '../../api/hooks.tsx';
import { paths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { FieldError } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

const wizardSteps = ['school', 'level', 'group'] as const;
const fieldsOfStep = { school: ['schoolName', 'institutionNumber'], level: ['levels'], group: ['groupKind', 'groupName'] };

export function NewPlanWizard() {
  const { t } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const [stepIndex, setStepIndex] = useState(0);
  const [schoolName, setSchoolName] = useState('');
  const [institutionNumber, setInstitutionNumber] = useState('');
  const [levels, setLevels] = useState<EducationLevel[]>(['secundair']);
  const [groupKind, setGroupKind] = useState<GroupKind>('none');
  const [groupName, setGroupName] = useState('');
  const [issues, setIssues] = useState<IssueDetail[]>([]);
  const step = wizardSteps[stepIndex]!;
  const form = useRef<HTMLFormElement>(null);
  const firstRender = useRef(true);

  // A new step replaces the focused field: hand focus to the new step's first control.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [stepIndex]);

  const input = {
    schoolName,
    institutionNumber,
    levels,
    groupKind,
    groupName: groupKind === 'none' ? '' : groupName,
  };
  const issueOf = (field: string) => issues.find((issue) => issue.path[0] === field);

  const stepIssues = (): IssueDetail[] => {
    const parsed = contract['plans.create'].input.safeParse(input);
    const all = parsed.success ? [] : issuesFromZod(parsed.error);
    if (step === 'level' && levels.length === 0) all.push({ path: ['levels'], messageKey: 'validation.required' });
    return all.filter((issue) => (fieldsOfStep[step] as readonly string[]).includes(String(issue.path[0])));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = stepIssues();
    setIssues(found);
    if (found.length > 0) {
      document.getElementById(`wizard-${String(found[0]!.path[0])}`)?.focus();
      return;
    }
    if (stepIndex < wizardSteps.length - 1) {
      setStepIndex(stepIndex + 1);
      return;
    }
    try {
      const created = await write('plans.create', input);
      void navigate(paths.step(created.id, 'profile'));
    } catch (error) {
      setIssues(error instanceof AppError ? (error.details?.issues ?? [{ path: [], messageKey: error.messageKey }]) : []);
    }
  };

  return (
    <section className="page page--narrow" data-screen="wizard">
      <PageHeading>{t('wizard.title')}</PageHeading>
      <p className="muted">{t('wizard.stepOf', { step: stepIndex + 1, total: wizardSteps.length })}</p>
      <ol className="wizard-steps" aria-hidden="true">
        {wizardSteps.map((name, index) => (
          <li key={name} className={index === stepIndex ? 'is-current' : index < stepIndex ? 'is-done' : ''}>
            {t(`wizard.${name}Step`)}
          </li>
        ))}
      </ol>
      <form ref={form} className="card" onSubmit={(event) => void submit(event)} noValidate>
        {step === 'school' && (
          <>
            <div className="field">
              <label htmlFor="wizard-schoolName" className="field__label">
                {t('wizard.schoolName')}
              </label>
              <p id="wizard-schoolName-hint" className="field__hint">
                {t('wizard.schoolNameHint')}
              </p>
              <input
                id="wizard-schoolName"
                className="field__input"
                value={schoolName}
                autoFocus
                aria-invalid={issueOf('schoolName') ? true : undefined}
                aria-describedby="wizard-schoolName-hint wizard-schoolName-error"
                onChange={(event) => setSchoolName(event.target.value)}
              />
              <FieldError id="wizard-schoolName-error" issue={issueOf('schoolName')} />
            </div>
            <div className="field field--short">
              <label htmlFor="wizard-institutionNumber" className="field__label">
                {t('wizard.institutionNumber')}
              </label>
              <p id="wizard-institutionNumber-hint" className="field__hint">
                {t('wizard.institutionNumberHint')}
              </p>
              <input
                id="wizard-institutionNumber"
                className="field__input"
                inputMode="numeric"
                value={institutionNumber}
                aria-invalid={issueOf('institutionNumber') ? true : undefined}
                aria-describedby="wizard-institutionNumber-hint wizard-institutionNumber-error"
                onChange={(event) => setInstitutionNumber(event.target.value)}
              />
              <FieldError id="wizard-institutionNumber-error" issue={issueOf('institutionNumber')} />
            </div>
          </>
        )}
        {step === 'level' && (
          <fieldset className="field fieldset" id="wizard-levels" tabIndex={-1} aria-describedby="wizard-levels-error">
            <legend className="field__label">{t('wizard.levels')}</legend>
            <div className="checkboxes">
              {educationLevels.map((level) => (
                <div className="checkbox" key={level}>
                  <input
                    id={`wizard-level-${level}`}
                    type="checkbox"
                    checked={levels.includes(level)}
                    onChange={(event) =>
                      setLevels(
                        educationLevels.filter((l) => (l === level ? event.target.checked : levels.includes(l))),
                      )
                    }
                  />
                  <label htmlFor={`wizard-level-${level}`}>{t(`levels.${level}`)}</label>
                </div>
              ))}
            </div>
            <FieldError id="wizard-levels-error" issue={issueOf('levels')} />
          </fieldset>
        )}
        {step === 'group' && (
          <>
            <div className="field field--medium">
              <label htmlFor="wizard-groupKind" className="field__label">
                {t('wizard.groupKind')}
              </label>
              <select
                id="wizard-groupKind"
                className="field__input"
                value={groupKind}
                onChange={(event) => setGroupKind(event.target.value as GroupKind)}
              >
                {groupKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`groupKinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            {groupKind !== 'none' && (
              <div className="field">
                <label htmlFor="wizard-groupName" className="field__label">
                  {t('wizard.groupName')}
                </label>
                <input
                  id="wizard-groupName"
                  className="field__input"
                  value={groupName}
                  aria-invalid={issueOf('groupName') ? true : undefined}
                  aria-describedby="wizard-groupName-error"
                  onChange={(event) => setGroupName(event.target.value)}
                />
                <FieldError id="wizard-groupName-error" issue={issueOf('groupName')} />
              </div>
            )}
          </>
        )}
        <div className="form-actions">
          {stepIndex > 0 ? (
            <Button onClick={() => setStepIndex(stepIndex - 1)}>{t('wizard.back')}</Button>
          ) : (
            <Button onClick={() => void navigate(paths.plans)}>{t('app.cancel')}</Button>
          )}
          <Button type="submit" variant="primary">
            {stepIndex < wizardSteps.length - 1 ? t('wizard.next') : t('wizard.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
