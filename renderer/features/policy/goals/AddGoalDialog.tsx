// Asks for the two things a goal cannot start without, its section and a title; the rest
// is filled in in the goal's editor, which opens right after.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalInputSchema } from '../../../../shared/policy/goals.ts';
import { sectionIds, type SectionId } from '../../../../shared/policy/sections.ts';
import { AppError, type IssueDetail } from '../../../../shared/result.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { FieldError } from '../../../components/Field.tsx';

export function AddGoalDialog({
  planId,
  initialSection,
  onCreated,
  onCancel,
}: {
  planId: string;
  initialSection: SectionId;
  onCreated: (goalId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [sectionId, setSectionId] = useState<SectionId>(initialSection);
  const [issue, setIssue] = useState<IssueDetail | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = GoalInputSchema.shape.title.safeParse(title.trim());
    if (!parsed.success) {
      setIssue({ path: ['title'], messageKey: parsed.error.issues[0]?.message ?? 'validation.required' });
      return;
    }
    setBusy(true);
    try {
      const created = await write('goals.create', { planId, goal: { sectionId, title: parsed.data } });
      onCreated(created.createdId);
    } catch (error) {
      setIssue(
        error instanceof AppError
          ? (error.details?.issues?.[0] ?? { path: [], messageKey: error.messageKey })
          : { path: [], messageKey: 'errors.internal' },
      );
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t('goals.add')}
      onClose={onCancel}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onCancel}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('goals.create')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('goals.addHint')}</p>
      <div className="field">
        <label htmlFor="new-goal-title" className="field__label">
          {t('goals.title')}
        </label>
        <input
          id="new-goal-title"
          className="field__input"
          value={title}
          autoFocus
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'new-goal-title-error' : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setIssue(undefined);
          }}
        />
        <FieldError id="new-goal-title-error" issue={issue} />
      </div>
      <div className="field">
        <label htmlFor="new-goal-section" className="field__label">
          {t('goals.section')}
        </label>
        <select
          id="new-goal-section"
          className="field__input"
          value={sectionId}
          onChange={(event) => setSectionId(event.target.value as SectionId)}
        >
          {sectionIds.map((id) => (
            <option key={id} value={id}>
              {t(`sections.${id}.title`)}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  );
}
