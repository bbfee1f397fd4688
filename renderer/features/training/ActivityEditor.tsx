// One training activity on its own page, saved as you type. The duration is stored in
// minutes but typed in hours with a decimal comma (1,5 uur = 90 minuten): the editor works
// on a view with `hours` and converts on the way out.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import type { PlanState } from '../../../shared/contract.ts';
import {
  ActivityPatchSchema,
  digCompAreas,
  trainingThemes,
  type Activity,
} from '../../../shared/training/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxField, CheckboxGroup, DateField, SelectField, TextField } from '../../components/Field.tsx';
import { useDeleteActivity } from './use-delete-activity.tsx';
import { formatHoursValue, hoursToMinutes, minutesToHours } from './view.ts';

const MAX_HOURS = 1666;

type ActivityView = Omit<Activity, 'minutes'> & { hours: number };

const ActivityViewPatchSchema = ActivityPatchSchema.omit({ minutes: true }).extend({
  hours: z
    .number({ error: 'validation.expectedNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(MAX_HOURS, { error: 'validation.tooLarge' })
    .nullable()
    .optional(),
});

function toView(activity: Activity): ActivityView {
  const { minutes, ...rest } = activity;
  return { ...rest, hours: minutesToHours(minutes) };
}

export function ActivityEditor({ state, activityId }: { state: PlanState; activityId: string }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const activity = state.plan.activities.find((a) => a.id === activityId);
  const listPath = subPaths.training(planId, 'activities');

  if (!activity) {
    return (
      <section aria-labelledby="activity-missing">
        <h2 id="activity-missing">{t('errors.activityNotFound')}</h2>
        <p>
          <Link to={listPath}>{t('training.backToList')}</Link>
        </p>
      </section>
    );
  }
  return <ActivityForm key={activity.id} planId={planId} activity={activity} listPath={listPath} />;
}

function ActivityForm({ planId, activity, listPath }: { planId: string; activity: Activity; listPath: string }) {
  const { t } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(activity);
  useEffect(() => {
    latest.current = activity;
  }, [activity]);

  // Arriving from the list or the "add" dialog, the keyboard starts at this page's title.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) heading.current?.focus();
  }, []);

  const value = useMemo(() => toView(activity), [activity]);
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const { hours, ...rest } = patch;
      const next: Record<string, unknown> = { ...rest };
      if (hours !== undefined) next.minutes = hoursToMinutes(hours as number | null);
      // A start after the end moves the end along, rather than refusing the start.
      const start = typeof next.startDate === 'string' ? next.startDate : undefined;
      const end = typeof next.endDate === 'string' ? next.endDate : latest.current.endDate;
      if (start !== undefined && start > end) next.endDate = start;
      const saved = (await write('activities.update', { planId, activityId: activity.id, patch: next })).plan.activities.find(
        (a) => a.id === activity.id,
      );
      if (!saved) throw new Error('activity vanished while saving');
      latest.current = saved;
      return toView(saved);
    },
    [write, planId, activity.id],
  );
  const editor = usePartEditor<ActivityView>({ value, patchSchema: ActivityViewPatchSchema, save });
  const remove = useDeleteActivity(planId, () => void navigate(listPath));
  const hours = editor.valueOf('hours');

  return (
    <section aria-labelledby="activity-heading" className="activity-editor">
      <p className="back-link">
        <Link to={listPath}>
          <span aria-hidden="true">← </span>
          {t('training.backToList')}
        </Link>
      </p>
      <h2 id="activity-heading" ref={heading} tabIndex={-1} className="activity-editor__heading">
        {activity.title}
      </h2>
      <p className="muted">{t('training.editorIntro')}</p>

      <fieldset className="card">
        <legend className="card__title">{t('training.whatAndWho')}</legend>
        <TextField editor={editor} path="title" label={t('training.activityTitle')} />
        <TextField editor={editor} path="provider" label={t('training.provider')} hint={t('training.providerHint')} />
        <div className="field-row">
          <SelectField
            editor={editor}
            path="theme"
            label={t('training.theme')}
            options={trainingThemes.map((theme) => ({ value: theme, label: t(`training.themes.${theme}`) }))}
          />
          <SelectField
            editor={editor}
            path="status"
            label={t('training.status')}
            options={(['planned', 'done'] as const).map((status) => ({ value: status, label: t(`training.activityStatus.${status}`) }))}
          />
        </div>
        <CheckboxField editor={editor} path="keurmerk" label={t('training.keurmerk')} hint={t('training.keurmerkHint')} />
        <CheckboxGroup
          editor={editor}
          path="areas"
          legend={t('training.targetAreas')}
          hint={t('training.targetAreasHint')}
          order={digCompAreas}
          options={digCompAreas.map((area) => ({ value: area, label: t(`training.areas.${area}`) }))}
        />
      </fieldset>

      <fieldset className="card">
        <legend className="card__title">{t('training.whenAndHowMuch')}</legend>
        <div className="field-row">
          <DateField editor={editor} path="startDate" label={t('training.startDate')} />
          <DateField editor={editor} path="endDate" label={t('training.endDate')} />
        </div>
        <div className="field-row">
          <TextField
            editor={editor}
            path="hours"
            kind="decimal"
            label={t('training.hours')}
            hint={
              typeof hours === 'number' && hours > 0
                ? t('training.hoursAsMinutes', { hours: formatHoursValue(hours), minutes: hoursToMinutes(hours) })
                : t('training.hoursHint')
            }
            width="short"
          />
          <TextField editor={editor} path="participants" kind="count" label={t('training.participants')} hint={t('training.participantsHint')} width="short" />
          <TextField editor={editor} path="costCents" kind="money" label={t('training.cost')} hint={t('training.costHint')} width="short" />
        </div>
      </fieldset>

      <div className="form-actions">
        <Link to={listPath} className="button button--primary">
          {t('training.done')}
        </Link>
        <Button variant="ghost" className="danger-text" onClick={() => remove.ask(activity)}>
          {t('training.deleteActivity')}
        </Button>
      </div>
      {remove.dialog}
    </section>
  );
}
