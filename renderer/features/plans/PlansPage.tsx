// The start screen: every plan in this database, with open, rename, duplicate and
// delete (undoable), and a way back to the example plan.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatTimestamp } from '../../../shared/format.ts';
import type { PlanSummary } from '../../../shared/plan/schema.ts';
import { AppError } from '../../../shared/result.ts';
import { usePlans, useWrite } from '../../api/hooks.tsx';
import { QueryError } from '../../app/QueryError.tsx';
import { paths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldError } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';

export function PlansPage() {
  const { t } = useTranslation();
  const query = usePlans();
  const write = useWrite();
  const { notify } = useToasts();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const removal = useConfirmedDelete<PlanSummary>({
    scope: 'library',
    undoLabelKey: 'undo.deletePlan',
    texts: (plan) => ({
      title: t('plans.deleteTitle'),
      body: t('plans.deleteBody', { name: plan.name }),
      confirm: t('plans.deleteConfirm'),
      deleted: t('plans.deleted', { name: plan.name }),
      restored: t('plans.restored', { name: plan.name }),
    }),
    remove: async (plan) => {
      await write('plans.delete', { planId: plan.id });
    },
    // A deleted plan waits in the trash: it can come back whatever happened since.
    restore: async (plan) => {
      await write('plans.restore', { planId: plan.id });
    },
  });

  if (query.isPending) return <p className="page">{t('app.loading')}</p>;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const plans = query.data;

  const duplicate = async (plan: PlanSummary) => {
    const copy = await write('plans.duplicate', { planId: plan.id, name: `${plan.name} ${t('plans.copySuffix')}` });
    notify(t('plans.duplicated', { name: copy.name }), { label: t('plans.open'), run: () => void navigate(paths.plan(copy.id)) });
  };


  const resetExample = async () => {
    const example = await write('plans.resetExample', {});
    notify(t('plans.resetExampleDone'), { label: t('plans.open'), run: () => void navigate(paths.plan(example.id)) });
  };

  return (
    <section className="page" data-screen="plans">
      <div className="page__header">
        <PageHeading>{t('plans.heading')}</PageHeading>
        <Link to={paths.newPlan} className="button button--primary">
          {t('plans.newPlan')}
        </Link>
      </div>
      <p className="lead">{t('plans.intro')}</p>

      {plans.length === 0 ? (
        <p className="notice">{t('plans.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('plans.columns.name')}</th>
              <th scope="col">{t('plans.columns.school')}</th>
              <th scope="col">{t('plans.columns.institutionNumber')}</th>
              <th scope="col">{t('plans.columns.levels')}</th>
              <th scope="col">{t('plans.columns.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plans.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <th scope="row">
                  <Link to={paths.plan(plan.id)} className="table__primary">
                    {plan.name}
                  </Link>
                  {plan.isExample && <span className="badge">{t('plans.exampleBadge')}</span>}
                </th>
                <td>{plan.schoolName || '—'}</td>
                <td className="numeric">{plan.institutionNumber || '—'}</td>
                <td>{plan.levels.map((level) => t(`levels.${level}`)).join(', ') || '—'}</td>
                <td>{formatTimestamp(plan.updatedAt)}</td>
                <td>
                  <div className="row-actions" role="group" aria-label={t('plans.actionsFor', { name: plan.name })}>
                    <Button variant="ghost" onClick={() => setRenaming(plan)}>
                      {t('plans.rename')}
                    </Button>
                    <Button variant="ghost" onClick={() => void duplicate(plan)}>
                      {t('plans.duplicate')}
                    </Button>
                    <Button variant="ghost" className="danger-text" onClick={() => removal.ask(plan)}>
                      {t('plans.delete')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <p>
        <Button variant="ghost" onClick={() => void resetExample()}>
          {t('plans.resetExample')}
        </Button>
      </p>

      {renaming && <RenameDialog plan={renaming} onDone={() => setRenaming(null)} />}
      {removal.dialog}
    </section>
  );
}

function RenameDialog({ plan, onDone }: { plan: PlanSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<AppError | null>(null);
  const issue = error?.details?.issues?.[0];

  const submit = async () => {
    try {
      await write('plans.rename', { planId: plan.id, name });
      onDone();
    } catch (caught) {
      setError(caught instanceof AppError ? caught : new AppError('INTERNAL', 'errors.internal'));
    }
  };

  return (
    <Dialog
      open
      title={t('plans.renameTitle')}
      onClose={onDone}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onDone}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('plans.save')}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="rename-plan" className="field__label">
          {t('plans.renameLabel')}
        </label>
        <input
          id="rename-plan"
          className="field__input"
          value={name}
          autoFocus
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'rename-plan-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <FieldError id="rename-plan-error" issue={issue ?? (error ? { path: [], messageKey: error.messageKey } : undefined)} />
      </div>
    </Dialog>
  );
}
