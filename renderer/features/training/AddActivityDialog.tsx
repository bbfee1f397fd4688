// "Add an activity": the three things a coordinator knows first (title, theme, dates);
// the rest is filled in on the activity's own page, which opens right after.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ActivityInputSchema,
  trainingThemes,
  type DigCompArea,
  type TrainingTheme,
} from '../../../shared/training/schema.ts';
import { issuesFromZod } from '../../../shared/validation.ts';
import { isRealIsoDate } from '../../../shared/format.ts';
import { useWrite } from '../../api/hooks.tsx';
import { subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldError, spelledDate } from '../../components/Field.tsx';
import { useCreateForm } from '../../components/useCreateForm.ts';
import { todayIso } from './view.ts';

export interface ActivityPreset {
  theme?: TrainingTheme;
  areas?: DigCompArea[];
}

export function AddActivityDialog({ planId, preset, onClose }: { planId: string; preset: ActivityPreset; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState<TrainingTheme>(preset.theme ?? 'didactics');
  const [startDate, setStartDate] = useState(todayIso);
  const [endDate, setEndDate] = useState(todayIso);
  const { busy, issueAt, submit: submitForm } = useCreateForm(id);

  const submit = async () => {
    const activity = { title, theme, startDate, endDate, areas: preset.areas ?? [] };
    const parsed = ActivityInputSchema.safeParse(activity);
    const found = parsed.success ? [] : issuesFromZod(parsed.error);
    if (parsed.success && endDate < startDate) found.push({ path: ['endDate'], messageKey: 'validation.endBeforeStart' });
    await submitForm(found, async () => {
      const created = await write('activities.create', { planId, activity });
      onClose();
      void navigate(subPaths.training(planId, 'activities', created.createdId));
    });
  };

  const field = (name: 'title' | 'startDate' | 'endDate', label: string, value: string, set: (v: string) => void, type: 'text' | 'date') => {
    const issue = issueAt(name);
    const spelled = type === 'date' && isRealIsoDate(value) ? spelledDate(value, i18n.language) : null;
    const describedBy = [spelled ? `${id}-${name}-spelled` : null, issue ? `${id}-${name}-error` : null].filter(Boolean).join(' ');
    return (
      <div className={type === 'date' ? 'field field--short' : 'field'}>
        <label htmlFor={`${id}-${name}`} className="field__label">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          className="field__input"
          type={type}
          value={value}
          autoFocus={name === 'title'}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => {
            set(event.target.value);
            // A start after the end moves the end along: most activities last one day.
            if (name === 'startDate' && event.target.value > endDate) setEndDate(event.target.value);
          }}
        />
        {spelled && (
          <p id={`${id}-${name}-spelled`} className="field__hint date-field__spelled">
            {spelled}
          </p>
        )}
        <FieldError id={`${id}-${name}-error`} issue={issue} />
      </div>
    );
  };

  return (
    <Dialog
      open
      title={t('training.newActivity')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('training.createActivity')}
          </Button>
        </>
      }
    >
      {preset.areas && preset.areas.length > 0 && (
        <p className="muted">
          {t('training.presetAreas', { areas: preset.areas.map((area) => t(`training.areas.${area}`)).join(', ') })}
        </p>
      )}
      {field('title', t('training.activityTitle'), title, setTitle, 'text')}
      <div className="field field--medium">
        <label htmlFor={`${id}-theme`} className="field__label">
          {t('training.theme')}
        </label>
        <select
          id={`${id}-theme`}
          className="field__input"
          value={theme}
          onChange={(event) => setTheme(event.target.value as TrainingTheme)}
        >
          {trainingThemes.map((option) => (
            <option key={option} value={option}>
              {t(`training.themes.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        {field('startDate', t('training.startDate'), startDate, setStartDate, 'date')}
        {field('endDate', t('training.endDate'), endDate, setEndDate, 'date')}
      </div>
    </Dialog>
  );
}
