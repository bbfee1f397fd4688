// Versions of the plan: freeze the plan with a label ("versie vastleggen"), see the frozen
// versions, bring one back as a new plan, delete one (undoable), and compare two versions,
// or a version and the current draft, side by side in words rather than data paths.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { contract, type PlanState, type VersionSummary } from '../../../shared/contract.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { diffAreas, type DiffEntry } from '../../../shared/plan/diff.ts';
import { contentOf, type PlanContent } from '../../../shared/plan/schema.ts';
import { AppError, type IssueDetail } from '../../../shared/result.ts';
import { issuesFromZod } from '../../../shared/validation.ts';
import { queryKeys, useApi, useWrite } from '../../api/hooks.tsx';
import { paths, subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { FieldError } from '../../components/Field.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { areaOfLine, diffLines, itemOfLine, type DiffLine, type DiffRow, type DiffSides } from '../../../shared/plan/diff-labels.ts';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';

const CURRENT = 'current';

/** Read queries of this sub-page, under the plan so an undo's refresh reaches them too. */
const versionKeys = {
  all: (planId: string) => ['plan', planId, 'versions'] as const,
  /** The plan's change time is in the key: freezing, deleting and undoing all change it. */
  list: (planId: string, updatedAt: string) => ['plan', planId, 'versions', 'list', updatedAt] as const,
  content: (planId: string, versionId: string) => ['plan', planId, 'versions', 'content', versionId] as const,
  diff: (planId: string, from: string, to: string, draftAt: string) => ['plan', planId, 'versions', 'diff', from, to, draftAt] as const,
};

function errorText(error: unknown): { key: string; params: Record<string, string | number> } {
  return error instanceof AppError
    ? { key: error.messageKey, params: error.details?.params ?? {} }
    : { key: 'errors.internal', params: {} };
}

export function VersionsTab({ state }: { state: PlanState; sectionSlug?: string | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useToasts();
  const planId = state.plan.id;
  const headingId = useId();
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const [choice, setChoice] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });

  const list = useQuery({
    queryKey: versionKeys.list(planId, state.plan.updatedAt),
    queryFn: () => api.run('versions.list', { planId }),
    placeholderData: keepPreviousData,
  });
  const versions = list.data ?? [];
  const known = (ref: string | null) => ref !== null && (ref === CURRENT || versions.some((v) => v.id === ref));
  // Until the user chooses: the latest version against the current draft.
  const from = known(choice.from) ? choice.from! : (versions[0]?.id ?? CURRENT);
  const to = known(choice.to) ? choice.to! : CURRENT;

  const refresh = () => client.invalidateQueries({ queryKey: versionKeys.all(planId) });

  const fail = (error: unknown) => {
    const { key, params } = errorText(error);
    notify(t(key, params));
  };

  const restore = async (version: VersionSummary) => {
    try {
      const created = await write('versions.restore', { planId, versionId: version.id });
      await client.invalidateQueries({ queryKey: queryKeys.plans });
      notify(t('versions.restored', { name: created.name }), {
        label: t('versions.openPlan'),
        run: () => void navigate(paths.plan(created.id)),
      });
    } catch (error) {
      fail(error);
    }
  };

  const removal = useConfirmedDelete<VersionSummary>({
    scope: planId,
    undoLabelKey: 'undo.deleteVersion',
    texts: (version) => ({
      title: t('versions.deleteTitle'),
      body: t('versions.deleteBody', { label: version.label }),
      confirm: t('versions.deleteConfirm'),
      deleted: t('versions.deleted', { label: version.label }),
      restored: t('versions.restoredVersion', { label: version.label }),
    }),
    remove: async (version) => {
      await write('versions.delete', { planId, versionId: version.id });
      await refresh();
    },
  });

  const compareWithCurrent = (version: VersionSummary) => {
    setChoice({ from: version.id, to: CURRENT });
    compareHeading.current?.focus();
    compareHeading.current?.scrollIntoView?.({ block: 'start' });
  };

  return (
    <div className="versions">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('versions.heading')}</h2>
        <p className="lead">{t('versions.intro')}</p>
        <FreezeForm planId={planId} onFrozen={refresh} />

        <h3>{t('versions.listHeading')}</h3>
        {list.isPending ? (
          <p>{t('app.loading')}</p>
        ) : list.isError ? (
          <p role="alert" className="field__error">
            {t(errorText(list.error).key, errorText(list.error).params)}
          </p>
        ) : versions.length === 0 ? (
          <p className="notice">{t('versions.none')}</p>
        ) : (
          <table className="table versions__list">
            <thead>
              <tr>
                <th scope="col">{t('versions.columns.label')}</th>
                <th scope="col">{t('versions.columns.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('versions.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <th scope="row">{version.label}</th>
                  <td className="numeric">{formatTimestamp(version.createdAt)}</td>
                  <td>
                    <div className="row-actions" role="group" aria-label={t('versions.actionsFor', { label: version.label })}>
                      <Button variant="ghost" onClick={() => compareWithCurrent(version)}>
                        {t('versions.compareWithCurrent')}
                      </Button>
                      <Button variant="ghost" onClick={() => void restore(version)}>
                        {t('versions.restore')}
                      </Button>
                      <Button variant="ghost" className="danger-text" onClick={() => removal.ask(version)}>
                        {t('versions.delete')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {versions.length > 0 && (
        <Compare
          state={state}
          versions={versions}
          from={from}
          to={to}
          headingRef={compareHeading}
          onChange={(next) => setChoice({ from, to, ...next })}
        />
      )}

      <div className="versions__year-over-year">
        <p>{t('versions.yearOverYear')}</p>
        <ul>
          <li>
            <Link to={subPaths.policy(planId, 'goals')}>{t('policy.tabs.goals')}</Link>
          </li>
          <li>
            <Link to={subPaths.policy(planId, 'assessment')}>{t('policy.tabs.assessment')}</Link>
          </li>
        </ul>
      </div>

      {removal.dialog}
    </div>
  );
}

const labelSchema = contract['versions.create'].input.shape.label;

function FreezeForm({ planId, onFrozen }: { planId: string; onFrozen: () => Promise<void> }) {
  const { t } = useTranslation();
  const write = useWrite();
  const { notify } = useToasts();
  const [label, setLabel] = useState('');
  const [issue, setIssue] = useState<IssueDetail | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The contract's own schema: what it refuses is never sent.
    const parsed = labelSchema.safeParse(label);
    if (!parsed.success) {
      setIssue(issuesFromZod(parsed.error)[0]);
      return;
    }
    setBusy(true);
    try {
      await write('versions.create', { planId, label: parsed.data });
      setLabel('');
      setIssue(undefined);
      await onFrozen();
      notify(t('versions.frozen', { label: parsed.data }));
    } catch (error) {
      setIssue(
        error instanceof AppError
          ? (error.details?.issues?.[0] ?? { path: [], messageKey: error.messageKey })
          : { path: [], messageKey: 'errors.internal' },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card versions__freeze" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="card__title">{t('versions.freezeHeading')}</h3>
      <div className="versions__freeze-row">
        <div className="field field--long">
          <label htmlFor={inputId} className="field__label">
            {t('versions.label')}
          </label>
          <p id={hintId} className="field__hint">
            {t('versions.labelHint')}
          </p>
          <input
            id={inputId}
            className="field__input"
            value={label}
            maxLength={400}
            autoComplete="off"
            aria-invalid={issue ? true : undefined}
            aria-describedby={[hintId, issue ? errorId : null].filter(Boolean).join(' ')}
            onChange={(event) => {
              setLabel(event.target.value);
              if (issue) setIssue(undefined);
            }}
          />
          <FieldError id={errorId} issue={issue} />
        </div>
        <Button type="submit" variant="primary" disabled={busy} className="versions__freeze-button">
          {busy ? t('versions.freezing') : t('versions.freeze')}
        </Button>
      </div>
    </form>
  );
}

interface CompareProps {
  state: PlanState;
  versions: VersionSummary[];
  from: string;
  to: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (next: { from?: string; to?: string }) => void;
}

function Compare({ state, versions, from, to, headingRef, onChange }: CompareProps) {
  const { t } = useTranslation();
  const api = useApi();
  const planId = state.plan.id;
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const draftAt = from === CURRENT || to === CURRENT ? state.plan.updatedAt : '';

  const diff = useQuery({
    queryKey: versionKeys.diff(planId, from, to, draftAt),
    queryFn: () => api.run('versions.diff', { planId, from, to }),
    placeholderData: keepPreviousData,
  });
  // The names of goals and activities on both sides, for the row labels.
  const contentQuery = (ref: string) => ({
    queryKey: versionKeys.content(planId, ref),
    queryFn: async (): Promise<PlanContent> => (await api.run('versions.get', { planId, versionId: ref })).content,
    enabled: ref !== CURRENT,
    staleTime: Infinity,
  });
  const fromContent = useQuery(contentQuery(from));
  const toContent = useQuery(contentQuery(to));
  const current = contentOf(state.plan);
  const sides: DiffSides = {
    before: from === CURRENT ? current : fromContent.data,
    after: to === CURRENT ? current : toContent.data,
  };

  const nameOf = (ref: string) => {
    if (ref === CURRENT) return t('versions.current');
    return versions.find((v) => v.id === ref)?.label ?? ref;
  };
  const options = [
    ...versions.map((v) => ({ value: v.id, label: t('versions.versionOption', { label: v.label, date: formatTimestamp(v.createdAt) }) })),
    { value: CURRENT, label: t('versions.current') },
  ];
  const lines = diff.data ? diffLines(diff.data, t, sides) : null;

  return (
    <section aria-labelledby={headingId} className="versions__compare">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('versions.compare')}
      </h2>
      <p className="lead">{t('versions.compareIntro')}</p>
      <div className="field-row">
        {(
          [
            [fromId, 'versions.from', from, (value: string) => onChange({ from: value })],
            [toId, 'versions.to', to, (value: string) => onChange({ to: value })],
          ] as const
        ).map(([id, labelKey, value, change]) => (
          <div className="field field--medium" key={id}>
            <label htmlFor={id} className="field__label">
              {t(labelKey)}
            </label>
            <select id={id} className="field__input" value={value} onChange={(event) => change(event.target.value)}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>

      <div aria-live="polite" aria-busy={diff.isFetching}>
        {from === to && <p className="notice">{t('versions.sameVersion')}</p>}
        {diff.isError ? (
          <p role="alert" className="field__error">
            {t(errorText(diff.error).key, errorText(diff.error).params)}
          </p>
        ) : lines === null ? (
          <p>{t('app.loading')}</p>
        ) : (
          <p className="versions__summary">
            {lines.length === 0 ? t('versions.noDifferences') : t('versions.differences', { count: lines.length })}
          </p>
        )}
      </div>

      {lines !== null && !diff.isError && <DiffTables lines={lines} fromName={nameOf(from)} toName={nameOf(to)} />}
    </section>
  );
}

const kindMark: Record<DiffEntry['kind'], string> = { added: '+', removed: '−', changed: '~' };

function KindBadge({ kind }: { kind: DiffEntry['kind'] }) {
  const { t } = useTranslation();
  return (
    <span className={`diff-kind diff-kind--${kind}`}>
      <span aria-hidden="true">{kindMark[kind]}</span> {t(`versions.${kind}`)}
    </span>
  );
}

const valueClass = (row: DiffRow, value: DiffEntry['before']) =>
  ['diff__value', row.long ? 'diff__value--long' : '', value === null ? 'diff__value--none' : ''].filter(Boolean).join(' ');

/** A whole item on one side: its fields folded away under a summary that opens with Enter. */
function FoldedFields({ rows, side }: { rows: DiffRow[]; side: 'before' | 'after' }) {
  return (
    <dl className="diff__fields">
      {rows.map((row) => (
        <div key={row.entry.path} className="diff__field">
          <dt>{row.label}</dt>
          <dd className={row.long ? 'diff__value diff__value--long' : 'diff__value'}>{row[side]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A long text with the lines the other side does not have marked, so the change is easy to find. */
function TextValue({ text, other, long }: { text: string; other: string; long: boolean }) {
  if (!long || other === '—' || text === '—') return <>{text}</>;
  const theirs = new Set(other.split('\n').map((line) => line.trim()));
  return (
    <>
      {text.split('\n').map((line, index) => (
        <span key={index} className={theirs.has(line.trim()) ? 'diff__line' : 'diff__line diff__line--changed'}>
          {line}
        </span>
      ))}
    </>
  );
}

/** The row header: the field, with the goal or activity it belongs to for screen readers (sighted users see the heading row). */
function RowLabel({ line }: { line: DiffLine }) {
  const item = itemOfLine(line);
  const field = line.type === 'row' ? line.row.field : line.group.field;
  const label = line.type === 'row' ? line.row.label : line.group.label;
  return (
    <th scope="row" className="diff__label">
      {item ? (
        <>
          <span className="visually-hidden">{item.label}: </span>
          {field}
        </>
      ) : (
        label
      )}
    </th>
  );
}

function Line({ line }: { line: DiffLine }) {
  if (line.type === 'row') {
    const { row } = line;
    return (
      <tr data-path={row.entry.path} className={`diff__row diff__row--${row.entry.kind}${row.item ? ' diff__row--in-item' : ''}`}>
        <RowLabel line={line} />
        <td>
          <KindBadge kind={row.entry.kind} />
        </td>
        <td className={valueClass(row, row.entry.before)}>
          <TextValue text={row.before} other={row.after} long={row.long} />
        </td>
        <td className={valueClass(row, row.entry.after)}>
          <TextValue text={row.after} other={row.before} long={row.long} />
        </td>
      </tr>
    );
  }
  const { group } = line;
  const folded = (
    <details className="diff__details">
      <summary>{group.summary}</summary>
      <FoldedFields rows={group.rows} side={group.kind === 'added' ? 'after' : 'before'} />
    </details>
  );
  return (
    <tr data-path={group.key} className={`diff__row diff__row--${group.kind}${group.item ? ' diff__row--in-item' : ''}`}>
      <RowLabel line={line} />
      <td>
        <KindBadge kind={group.kind} />
      </td>
      <td className={group.kind === 'added' ? 'diff__value diff__value--none' : 'diff__value'}>{group.kind === 'added' ? '—' : folded}</td>
      <td className={group.kind === 'removed' ? 'diff__value diff__value--none' : 'diff__value'}>{group.kind === 'removed' ? '—' : folded}</td>
    </tr>
  );
}

function DiffTables({ lines, fromName, toName }: { lines: DiffLine[]; fromName: string; toName: string }) {
  const { t } = useTranslation();
  return (
    <div className="diff" data-testid="version-diff">
      {diffAreas
        .filter((area) => lines.some((line) => areaOfLine(line) === area))
        .map((area) => {
          const inArea = lines.filter((line) => areaOfLine(line) === area);
          return (
            <section key={area} className="diff__area">
              <h3>
                {t(`versions.areas.${area}`)} <span className="muted">({t('versions.differences', { count: inArea.length })})</span>
              </h3>
              <table className="table diff__table">
                <colgroup>
                  <col className="diff__col-item" />
                  <col className="diff__col-kind" />
                  <col />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t('versions.item')}</th>
                    <th scope="col">{t('versions.kind')}</th>
                    <th scope="col">{t('versions.fromColumn', { name: fromName })}</th>
                    <th scope="col">{t('versions.toColumn', { name: toName })}</th>
                  </tr>
                </thead>
                <tbody>
                  {inArea.map((line, index) => {
                    const item = itemOfLine(line);
                    const startsItem = item !== undefined && (index === 0 || itemOfLine(inArea[index - 1]!)?.key !== item.key);
                    return (
                      <Fragment key={line.type === 'row' ? line.row.entry.path : line.group.key}>
                        {startsItem && (
                          <tr className="diff__item" aria-hidden="true">
                            <td colSpan={4}>{item.label}</td>
                          </tr>
                        )}
                        <Line line={line} />
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </section>
          );
        })}
    </div>
  );
}
