// The spending plan: per school year a card per line, saved as you type; each line says
// which theme pays, for what, how much is planned and spent, and what it is linked to
// (a goal, a procurement file, a training activity), with its findings beside it.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { deviceTypes } from '../../../shared/devices/schema.ts';
import type { Finding } from '../../../shared/findings/finding.ts';
import { purposes, SpendingInputSchema, SpendingPatchSchema, themes, type SpendingLine } from '../../../shared/funding/schema.ts';
import { formatMoney, parseMoney } from '../../../shared/money.ts';
import type { Plan } from '../../../shared/plan/schema.ts';
import { schoolYears, type SchoolYear } from '../../../shared/plan/term.ts';
import { AppError, type IssueDetail } from '../../../shared/result.ts';
import { issuesFromZod } from '../../../shared/validation.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor, type PartEditor } from '../../api/use-part-editor.ts';
import { paths, subPaths } from '../../app/routes.ts';
import { SeverityBadge } from '../../components/Badges.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldError, fieldDomId, SelectField, TextField } from '../../components/Field.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import { useCreateForm } from '../../components/useCreateForm.ts';
import { useToasts } from '../../components/Toasts.tsx';

type LinkOption = { value: string; label: string };

function linkOptions(plan: Plan, t: (key: string) => string): LinkOption[] {
  return [
    ...plan.goals.map((goal) => ({ value: `goal:${goal.id}`, label: `${t('funding.linkKinds.goal')}: ${goal.title}` })),
    ...plan.procurements.map((p) => ({ value: `procurement:${p.id}`, label: `${t('funding.linkKinds.procurement')}: ${p.title}` })),
    ...plan.activities.map((a) => ({ value: `activity:${a.id}`, label: `${t('funding.linkKinds.activity')}: ${a.title}` })),
  ];
}

function linkTarget(plan: Plan, link: NonNullable<SpendingLine['link']>): { name: string; to: string } | null {
  if (link.kind === 'goal') {
    const goal = plan.goals.find((g) => g.id === link.id);
    return goal ? { name: goal.title, to: paths.step(plan.id, 'policy', `goals.${goal.id}.title`) } : null;
  }
  if (link.kind === 'procurement') {
    const procurement = plan.procurements.find((p) => p.id === link.id);
    return procurement ? { name: procurement.title, to: subPaths.devices(plan.id, 'procurement', procurement.id) } : null;
  }
  const activity = plan.activities.find((a) => a.id === link.id);
  return activity ? { name: activity.title, to: subPaths.training(plan.id, 'activities') } : null;
}

export function SpendingPlan({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { notify } = useToasts();
  const { plan } = state;
  const planId = plan.id;
  const [adding, setAdding] = useState(false);
  const remove = useConfirmedDelete<SpendingLine>({
    scope: planId,
    undoLabelKey: 'undo.deleteSpending',
    texts: (line) => ({
      title: t('funding.spending.deleteTitle'),
      body: t('funding.spending.deleteBody', { description: line.description }),
      confirm: t('funding.spending.deleteConfirm'),
      deleted: t('funding.spending.deleted', { description: line.description }),
      restored: t('funding.spending.restored', { description: line.description }),
    }),
    remove: async (line) => {
      await write('spending.delete', { planId, lineId: line.id });
    },
  });
  const options = linkOptions(plan, t);

  return (
    <section aria-labelledby="funding-spending" className="funding__section">
      <h2 id="funding-spending">{t('funding.spending.heading')}</h2>
      <p>{t('funding.spending.intro')}</p>
      <Button variant="primary" onClick={() => setAdding(true)}>
        {t('funding.spending.add')}
      </Button>
      {schoolYears.map((year) => {
        const lines = plan.funding.spending.filter((line) => line.schoolYear === year);
        const planned = lines.reduce((sum, line) => sum + line.plannedCents, 0);
        const spent = lines.reduce((sum, line) => sum + line.spentCents, 0);
        return (
          <section key={year} aria-labelledby={`funding-year-${year}`} className="funding__year">
            <h3 id={`funding-year-${year}`}>
              {t('funding.spending.yearHeading', { year })}{' '}
              <span className="muted">({t('funding.spending.yearTotals', { planned: formatMoney(planned), spent: formatMoney(spent) })})</span>
            </h3>
            {lines.length === 0 && <p className="muted">{t('funding.spending.none', { year })}</p>}
            <div className="funding__lines">
              {lines.map((line) => (
                <SpendingCard
                  key={line.id}
                  state={state}
                  line={line}
                  linkOptions={options}
                  findings={state.findings.filter((f) => f.field?.startsWith(`funding.spending.${line.id}.`))}
                  onRemove={remove.ask}
                />
              ))}
            </div>
          </section>
        );
      })}
      {remove.dialog}
      <AddSpending
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(description) => {
          setAdding(false);
          notify(t('funding.spending.added', { description }));
        }}
        planId={planId}
      />
    </section>
  );
}

function SpendingCard({
  state,
  line,
  linkOptions: options,
  findings,
  onRemove,
}: {
  state: PlanState;
  line: SpendingLine;
  linkOptions: LinkOption[];
  findings: Finding[];
  onRemove: (line: SpendingLine) => void;
}) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const next = await write('spending.update', { planId, lineId: line.id, patch });
      const saved = next.plan.funding.spending.find((candidate) => candidate.id === line.id);
      if (!saved) throw new AppError('NOT_FOUND', 'errors.spendingNotFound');
      return saved;
    },
    [write, planId, line.id],
  );
  const editor = usePartEditor<SpendingLine>({ value: line, patchSchema: SpendingPatchSchema, save });
  const scope = `funding.spending.${line.id}`;
  const headingId = `spending-${line.id}-heading`;
  const target = line.link ? linkTarget(state.plan, line.link) : null;

  return (
    <article className="card funding__line" aria-labelledby={headingId} data-line={line.id}>
      <header className="funding__line-head">
        <h4 id={headingId}>{line.description}</h4>
        <Button variant="danger" aria-label={t('funding.spending.removeLabel', { description: line.description })} onClick={() => onRemove(line)}>
          {t('funding.spending.remove')}
        </Button>
      </header>
      {findings.length > 0 && (
        <ul className="funding__line-findings" aria-label={t('funding.spending.lineFindings', { description: line.description })}>
          {findings.map((finding) => (
            <li key={`${finding.ruleId}:${finding.field ?? ''}`} className={`finding--${finding.severity}`}>
              <SeverityBadge severity={finding.severity} /> {t(finding.messageKey, finding.params ?? {})}
            </li>
          ))}
        </ul>
      )}
      <TextField editor={editor} scope={scope} path="description" label={t('funding.spending.description')} />
      <div className="field-row">
        <SelectField
          editor={editor}
          scope={scope}
          path="theme"
          label={t('funding.spending.theme')}
          options={themes.map((theme) => ({ value: theme, label: t(`funding.themes.${theme}.short`) }))}
        />
        <SelectField editor={editor} scope={scope} path="schoolYear" label={t('funding.spending.schoolYear')} options={schoolYears.map((year) => ({ value: year, label: year }))} />
        <SelectField
          editor={editor}
          scope={scope}
          path="purpose"
          label={t('funding.spending.purpose')}
          options={purposes.map((purpose) => ({ value: purpose, label: t(`funding.purposes.${purpose}`) }))}
        />
        <NullableSelect
          editor={editor}
          scope={scope}
          path="deviceClass"
          label={t('funding.spending.deviceClass')}
          none={t('funding.spending.noDeviceClass')}
          value={line.deviceClass ?? ''}
          options={deviceTypes.map((type) => ({ value: type, label: t(`devices.types.${type}`) }))}
          toValue={(raw) => raw}
        />
      </div>
      <div className="field-row">
        <TextField editor={editor} scope={scope} path="plannedCents" kind="money" width="short" label={t('funding.spending.planned')} />
        <TextField editor={editor} scope={scope} path="spentCents" kind="money" width="short" label={t('funding.spending.spent')} />
        <NullableSelect
          editor={editor}
          scope={scope}
          path="link"
          label={t('funding.spending.link')}
          none={t('funding.spending.noLink')}
          value={line.link ? `${line.link.kind}:${line.link.id}` : ''}
          options={options}
          toValue={(raw) => {
            const [kind, ...id] = raw.split(':');
            return { kind, id: id.join(':') };
          }}
        />
      </div>
      {line.link && (
        <p className="funding__link">
          {target ? (
            <Link to={target.to}>{t('funding.spending.openLink', { name: target.name })}</Link>
          ) : (
            <span className="muted">{t('funding.spending.missingLink', { kind: t(`funding.linkKinds.${line.link.kind}`) })}</span>
          )}
        </p>
      )}
    </article>
  );
}

/** A choice that may be empty: the empty option saves `null`. */
function NullableSelect({
  editor,
  scope,
  path,
  label,
  none,
  value,
  options,
  toValue,
}: {
  editor: PartEditor;
  scope: string;
  path: string;
  label: string;
  none: string;
  value: string;
  options: LinkOption[];
  toValue: (raw: string) => unknown;
}) {
  const id = fieldDomId(`${scope}.${path}`);
  const issue = editor.error(path);
  return (
    <div className="field field--medium">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        aria-invalid={issue ? true : undefined}
        onChange={(event) => editor.setValue(path, event.target.value === '' ? null : toValue(event.target.value))}
      >
        <option value="">{none}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} issue={issue} />
    </div>
  );
}

function AddSpending({ open, onClose, onCreated, planId }: { open: boolean; onClose: () => void; onCreated: (description: string) => void; planId: string }) {
  const { t } = useTranslation();
  const write = useWrite();
  const fieldId = 'spending-new';
  const form = useCreateForm(fieldId);
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState<string>('3');
  const [schoolYear, setSchoolYear] = useState<SchoolYear>(schoolYears[1]);
  const [purpose, setPurpose] = useState<string>('shared-devices');
  const [planned, setPlanned] = useState('');

  const submit = () => {
    const plannedCents = planned.trim() === '' ? 0 : parseMoney(planned);
    const found: IssueDetail[] = plannedCents === null ? [{ path: ['plannedCents'], messageKey: 'validation.expectedNumber' }] : [];
    const parsed = SpendingInputSchema.safeParse({ description, theme, schoolYear, purpose, plannedCents: plannedCents ?? 0 });
    if (!parsed.success) found.push(...issuesFromZod(parsed.error));
    return form.submit(found, async () => {
      if (!parsed.success) return;
      await write('spending.create', { planId, line: parsed.data });
      const created = parsed.data.description;
      setDescription('');
      setPlanned('');
      onCreated(created);
    });
  };

  const field = (name: string) => ({ id: `${fieldId}-${name}`, 'aria-invalid': form.issueAt(name) ? true : undefined, 'aria-describedby': form.issueAt(name) ? `${fieldId}-${name}-error` : undefined });
  return (
    <Dialog
      open={open}
      title={t('funding.spending.addTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={form.busy}>
            {t('funding.spending.create')}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${fieldId}-description`} className="field__label">
          {t('funding.spending.description')}
        </label>
        <input {...field('description')} className="field__input" value={description} onChange={(event) => setDescription(event.target.value)} />
        <FieldError id={`${fieldId}-description-error`} issue={form.issueAt('description')} />
      </div>
      <div className="field-row">
        <div className="field field--medium">
          <label htmlFor={`${fieldId}-theme`} className="field__label">
            {t('funding.spending.theme')}
          </label>
          <select {...field('theme')} className="field__input" value={theme} onChange={(event) => setTheme(event.target.value)}>
            {themes.map((option) => (
              <option key={option} value={option}>
                {t(`funding.themes.${option}.short`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--medium">
          <label htmlFor={`${fieldId}-schoolYear`} className="field__label">
            {t('funding.spending.schoolYear')}
          </label>
          <select {...field('schoolYear')} className="field__input" value={schoolYear} onChange={(event) => setSchoolYear(event.target.value as SchoolYear)}>
            {schoolYears.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${fieldId}-purpose`} className="field__label">
          {t('funding.spending.purpose')}
        </label>
        <select {...field('purpose')} className="field__input" value={purpose} onChange={(event) => setPurpose(event.target.value)}>
          {purposes.map((option) => (
            <option key={option} value={option}>
              {t(`funding.purposes.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--short">
        <label htmlFor={`${fieldId}-plannedCents`} className="field__label">
          {t('funding.spending.planned')}
        </label>
        <input {...field('plannedCents')} className="field__input" inputMode="decimal" value={planned} onChange={(event) => setPlanned(event.target.value)} />
        <FieldError id={`${fieldId}-plannedCents-error`} issue={form.issueAt('plannedCents')} />
      </div>
    </Dialog>
  );
}
