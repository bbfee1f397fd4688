// "New procurement file": a title and the date of the decision; everything else is filled
// in on the file's own page, which opens right after.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProcurementInputSchema } from '../../../../shared/devices/procurement.ts';
import { isRealIsoDate } from '../../../../shared/format.ts';
import { issuesFromZod } from '../../../../shared/validation.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { useCreateForm } from '../../../components/useCreateForm.ts';
import { FieldError, spelledDate } from '../../../components/Field.tsx';
import { todayIso } from '../../training/view.ts';

export function AddProcurementDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso);
  const { busy, issueAt, submit: submitForm } = useCreateForm(id);

  const submit = async () => {
    const procurement = { title, date };
    const parsed = ProcurementInputSchema.safeParse(procurement);
    await submitForm(parsed.success ? [] : issuesFromZod(parsed.error), async () => {
      const created = await write('procurements.create', { planId, procurement });
      onClose();
      void navigate(subPaths.devices(planId, 'procurement', created.createdId));
    });
  };

  const spelled = isRealIsoDate(date) ? spelledDate(date, i18n.language) : null;
  const titleIssue = issueAt('title');
  const dateIssue = issueAt('date');
  return (
    <Dialog
      open
      title={t('procurement.newTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('procurement.create')}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-title`} className="field__label">
          {t('procurement.title')}
        </label>
        <p id={`${id}-title-hint`} className="field__hint">
          {t('procurement.titleHint')}
        </p>
        <input
          id={`${id}-title`}
          className="field__input"
          value={title}
          autoFocus
          autoComplete="off"
          aria-invalid={titleIssue ? true : undefined}
          aria-describedby={[`${id}-title-hint`, titleIssue ? `${id}-title-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <FieldError id={`${id}-title-error`} issue={titleIssue} />
      </div>
      <div className="field field--short">
        <label htmlFor={`${id}-date`} className="field__label">
          {t('procurement.date')}
        </label>
        <input
          id={`${id}-date`}
          className="field__input"
          type="date"
          value={date}
          aria-invalid={dateIssue ? true : undefined}
          aria-describedby={[spelled ? `${id}-date-spelled` : null, dateIssue ? `${id}-date-error` : null].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        {spelled && (
          <p id={`${id}-date-spelled`} className="field__hint date-field__spelled">
            {spelled}
          </p>
        )}
        <FieldError id={`${id}-date-error`} issue={dateIssue} />
      </div>
    </Dialog>
  );
}
