// The start screen: every plan in this database, with open, rename, duplicate and
// delete (undoable), a submission bundle imported as a new plan (undoable), and a way back
// to the example plan.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatTimestamp } from '../../../shared/format.ts';
import type { PlanSummary } from '../../../shared/plan/schema.ts';
import { AppError } from '../../../shared/result.ts';
import { useApi, usePlans, useWrite } from '../../api/hooks.tsx';
import { QueryError } from '../../app/QueryError.tsx';
import { paths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldError } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import { readAsBase64 } from '../../components/files.ts';

/** A submission bundle is a few MB; this keeps one well inside what a call to the main process carries. */
const MAX_BUNDLE_BYTES = 60 * 1024 * 1024;

export function PlansPage() {
  const { t } = useTranslation();
  const query = usePlans();
  const write = useWrite();
  const { notify } = useToasts();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const bundleImport = useBundleImport();
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
        <div className="page__actions">
          {bundleImport.button}
          <Link to={paths.newPlan} className="button button--primary">
            {t('plans.newPlan')}
          </Link>
        </div>
      </div>
      <p className="lead">{t('plans.intro')}</p>
      {bundleImport.feedback}

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

interface Refusal {
  message: string;
  issues: { file: string; message: string }[];
}

/**
 * Importing a submission bundle as a new plan: a file chooser behind a button, a toast with
 * undo (through the library's undo journal, only while the import is still the last step),
 * a way to open the new plan, and the reasons when the bundle is refused (nothing changes then).
 */
function useBundleImport() {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [imported, setImported] = useState<PlanSummary | null>(null);

  const undo = async (plan: PlanSummary) => {
    const state = await api.run('undo.state', { scope: 'library' });
    if (state.undoLabelKey !== 'undo.createPlan') {
      notify(t('app.undoMovedOn'));
      return;
    }
    await write('undo.undo', { scope: 'library' });
    await client.invalidateQueries();
    setImported((current) => (current?.id === plan.id ? null : current));
    notify(t('plans.importUndone', { name: plan.name }));
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || busy) return;
    setRefusal(null);
    setImported(null);
    if (file.size > MAX_BUNDLE_BYTES) {
      setRefusal({ message: t('plans.importTooLarge', { name: file.name, max: MAX_BUNDLE_BYTES / 1024 / 1024 }), issues: [] });
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readAsBase64(file);
      const plan = await write('plans.importBundle', { file: { fileName: file.name, contentBase64 } }, { refusalShownInPlace: true });
      setImported(plan);
      notify(t('plans.imported', { name: plan.name }), { label: t('app.undo'), run: () => void undo(plan) });
    } catch (error) {
      setRefusal(
        error instanceof AppError
          ? {
              message: t(error.messageKey, error.details?.params ?? {}),
              issues: (error.details?.issues ?? []).map((issue) => ({
                file: issue.path.map(String).join('/'),
                message: t(issue.messageKey, issue.params ?? {}),
              })),
            }
          : { message: t('errors.internal'), issues: [] },
      );
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <>
      <input
        ref={input}
        id="plans-import-bundle"
        type="file"
        accept=".zip,application/zip"
        className="visually-hidden"
        tabIndex={-1}
        // The button below is the control; the input only opens the system's file chooser.
        aria-hidden="true"
        aria-label={t('plans.importBundle')}
        onChange={(event) => void choose(event)}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {t('plans.importBundle')}
      </Button>
    </>
  );

  const feedback = (
    <div aria-live="polite" className="plans-import">
      {busy && <p className="muted">{t('plans.importing')}</p>}
      {imported && (
        <p className="notice plans-import__done">
          {t('plans.importedNotice', { name: imported.name })}{' '}
          <Link to={paths.plan(imported.id)}>{t('plans.openNamed', { name: imported.name })}</Link>
        </p>
      )}
      {refusal && (
        <div role="alert" className="notice notice--error plans-import__refused">
          <p>{refusal.message}</p>
          {refusal.issues.length > 0 && (
            <ul>
              {refusal.issues.map((issue, index) => (
                <li key={index}>
                  {issue.file && <code>{issue.file}</code>} {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );

  return { button, feedback };
}
