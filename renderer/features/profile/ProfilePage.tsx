// The school profile step: identity, levels, pupils per year, staff, programmes, group
// and contact. Saved as you type; a finding's link lands on the field it names.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { formatInteger } from '../../../shared/format.ts';
import {
  educationLevels,
  gradesByLevel,
  groupKinds,
  ProfilePatchSchema,
  pupilTotal,
  type Profile,
} from '../../../shared/profile/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { BarChart } from '../../components/BarChart.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup, fieldDomId, SelectField, TextField } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

export function ProfilePage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const profile = state.plan.profile;
  const save = useCallback(
    async (patch: Record<string, unknown>) => (await write('profile.update', { planId, patch })).plan.profile,
    [write, planId],
  );
  const editor = usePartEditor<Profile>({ value: profile, patchSchema: ProfilePatchSchema, save });
  useFocusFromLink();

  const programmes = (editor.valueOf('digitallyIntensiveProgrammes') as Profile['digitallyIntensiveProgrammes']) ?? [];
  const grades = profile.levels.flatMap((level) => gradesByLevel[level]);

  return (
    <section className="page" data-screen="profile">
      <PageHeading>{t('profile.heading')}</PageHeading>
      <p className="lead">{t('profile.intro')}</p>

      <fieldset className="card">
        <legend className="card__title">{t('profile.identity')}</legend>
        <TextField editor={editor} path="schoolName" label={t('profile.schoolName')} autoComplete="organization" />
        <TextField
          editor={editor}
          path="institutionNumber"
          label={t('profile.institutionNumber')}
          hint={t('profile.institutionNumberHint')}
          inputMode="numeric"
          width="short"
        />
        <CheckboxGroup
          editor={editor}
          path="levels"
          legend={t('profile.levels')}
          hint={t('profile.levelsHint')}
          order={educationLevels}
          options={educationLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
        />
      </fieldset>

      <fieldset className="card">
        <legend className="card__title">{t('profile.address')}</legend>
        <TextField editor={editor} path="address.street" label={t('profile.street')} autoComplete="street-address" />
        <div className="field-row">
          <TextField editor={editor} path="address.postalCode" label={t('profile.postalCode')} inputMode="numeric" width="short" />
          <TextField editor={editor} path="address.municipality" label={t('profile.municipality')} width="medium" />
        </div>
      </fieldset>

      {grades.length > 0 && (
        <fieldset className="card">
          <legend className="card__title">{t('profile.pupils')}</legend>
          <p className="field__hint">{t('profile.pupilsHint')}</p>
          <div className="two-columns">
            <div className="grade-grid">
              {grades.map((grade) => (
                <TextField key={grade} editor={editor} path={`pupils.${grade}`} label={t(`grades.${grade}`)} kind="count" width="short" />
              ))}
            </div>
            <BarChart
              title={t('profile.pupilChart')}
              unit={t('groups.pupils')}
              bars={grades.map((grade) => ({ label: t(`grades.${grade}`), value: profile.pupils[grade] ?? 0 }))}
            />
          </div>
          <p className="total" aria-live="polite">
            {t('profile.pupilTotal', { count: formatInteger(pupilTotal(profile)) })}
          </p>
        </fieldset>
      )}

      <fieldset className="card">
        <legend className="card__title">{t('profile.staff')}</legend>
        <div className="field-row">
          <TextField
            editor={editor}
            path="staff.teaching"
            label={t('profile.staffTeaching')}
            hint={t('profile.staffTeachingHint')}
            kind="count"
            width="short"
          />
          <TextField editor={editor} path="staff.other" label={t('profile.staffOther')} kind="count" width="short" />
        </div>
      </fieldset>

      <fieldset className="card" id={fieldDomId('digitallyIntensiveProgrammes')} tabIndex={-1}>
        <legend className="card__title">{t('profile.programmes')}</legend>
        <p className="field__hint">{t('profile.programmesHint')}</p>
        {programmes.length === 0 && <p className="muted">{t('profile.noProgrammes')}</p>}
        {programmes.map((programme, index) => (
          <div className="field-row programme" key={index}>
            <TextField editor={editor} path={`digitallyIntensiveProgrammes.${index}.name`} label={t('profile.programmeName')} width="medium" />
            <TextField
              editor={editor}
              path={`digitallyIntensiveProgrammes.${index}.pupils`}
              label={t('profile.programmePupils')}
              kind="count"
              width="short"
            />
            <Button
              variant="ghost"
              className="programme__remove"
              aria-label={t('profile.removeProgramme', { name: programme.name || String(index + 1) })}
              onClick={() =>
                editor.update<Profile['digitallyIntensiveProgrammes']>('digitallyIntensiveProgrammes', (list) =>
                  list.filter((_, i) => i !== index),
                )
              }
            >
              {t('plans.delete')}
            </Button>
          </div>
        ))}
        <Button
          onClick={() =>
            editor.update<Profile['digitallyIntensiveProgrammes']>('digitallyIntensiveProgrammes', (list) => [
              ...list,
              { name: t('profile.newProgramme'), pupils: 0 },
            ])
          }
        >
          {t('profile.addProgramme')}
        </Button>
      </fieldset>

      <fieldset className="card">
        <legend className="card__title">{t('profile.group')}</legend>
        <div className="field-row">
          <SelectField
            editor={editor}
            path="group.kind"
            label={t('profile.groupKind')}
            options={groupKinds.map((kind) => ({ value: kind, label: t(`groupKinds.${kind}`) }))}
          />
          {profile.group.kind !== 'none' && <TextField editor={editor} path="group.name" label={t('profile.groupName')} width="medium" />}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend className="card__title">{t('profile.contact')}</legend>
        <div className="field-row">
          <TextField editor={editor} path="contact.name" label={t('profile.contactName')} autoComplete="name" width="medium" />
          <TextField editor={editor} path="contact.role" label={t('profile.contactRole')} width="medium" />
        </div>
        <div className="field-row">
          <TextField editor={editor} path="contact.email" label={t('profile.contactEmail')} type="email" autoComplete="email" width="medium" />
          <TextField editor={editor} path="contact.phone" label={t('profile.contactPhone')} type="tel" autoComplete="tel" width="medium" />
        </div>
      </fieldset>
    </section>
  );
}
