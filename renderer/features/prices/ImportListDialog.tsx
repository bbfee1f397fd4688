// Importing a reference price list: a JSON export of the knowledge centre carries its own
// name, source and dates; a CSV (`code;omschrijving;categorie;eenheid;prijs;btw`) does not,
// so the dialog asks for them. A refused file shows what is wrong, row by row; nothing is
// stored then. A new list can be undone from the toast.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealIsoDate } from '../../../shared/format.ts';
import { ReferenceListMetaSchema, type ReferenceList } from '../../../shared/prices/schema.ts';
import { AppError, type IssueDetail } from '../../../shared/result.ts';
import { issuesFromZod } from '../../../shared/validation.ts';
import { useApi, useWrite } from '../../api/hooks.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldError, spelledDate } from '../../components/Field.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { readAsBase64 } from '../../components/files.ts';
import { todayIso } from '../training/view.ts';
import { priceListsKey } from './queries.ts';

const metaFields = ['name', 'source', 'publishedOn', 'validFrom', 'validTo'] as const;
type MetaField = (typeof metaFields)[number];
type Meta = Record<MetaField, string>;

/** At most this many row problems are listed; the rest are counted. */
const SHOWN_ISSUES = 30;

function isCsv(fileName: string): boolean {
  return !/\.json$/i.test(fileName);
}

export function ImportListDialog({ onClose, onImported }: { onClose: () => void; onImported: (list: ReferenceList) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<Meta>(() => ({ name: '', source: '', publishedOn: todayIso(), validFrom: todayIso(), validTo: '' }));
  const [problem, setProblem] = useState<string | null>(null);
  const [issues, setIssues] = useState<IssueDetail[]>([]);
  const [busy, setBusy] = useState(false);
  const csv = file !== null && isCsv(file.name);
  const issueAt = (field: string) => issues.find((issue) => issue.path.length === 1 && issue.path[0] === field);

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: priceListsKey });
    await client.invalidateQueries({ queryKey: ['plan'] });
  };

  const undoImport = async (list: ReferenceList) => {
    const state = await api.run('undo.state', { scope: 'library' });
    if (state.undoLabelKey !== 'undo.importPriceList') {
      notify(t('app.undoMovedOn'));
      return;
    }
    await write('undo.undo', { scope: 'library' });
    await client.invalidateQueries();
    notify(t('prices.importUndone', { name: list.name }));
  };

  const submit = async () => {
    if (busy) return;
    if (!file) {
      setProblem(t('prices.chooseFile'));
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    let checkedMeta: Meta | undefined;
    if (csv) {
      const parsed = ReferenceListMetaSchema.safeParse(meta);
      const found = parsed.success ? [] : issuesFromZod(parsed.error);
      if (parsed.success && meta.validTo !== '' && meta.validTo < meta.validFrom) found.push({ path: ['validTo'], messageKey: 'validation.endBeforeStart' });
      if (found.length > 0) {
        setIssues(found);
        setProblem(null);
        document.getElementById(`${id}-${String(found[0]!.path[0])}`)?.focus();
        return;
      }
      checkedMeta = meta;
    }
    setBusy(true);
    try {
      const contentBase64 = await readAsBase64(file);
      const list = await write('prices.import', { file: { fileName: file.name, contentBase64 }, ...(checkedMeta ? { meta: checkedMeta } : {}) });
      await refresh();
      onImported(list);
      notify(t('prices.imported', { name: list.name }), { label: t('app.undo'), run: () => void undoImport(list) });
    } catch (error) {
      if (error instanceof AppError) {
        setProblem(t(error.messageKey, error.details?.params ?? {}));
        setIssues(error.details?.issues ?? []);
      } else {
        setProblem(t('errors.internal'));
        setIssues([]);
      }
      setBusy(false);
    }
  };

  /** "Rij 5, categorie: Onbekende categorie „vliegtuig”." — the row and column a problem is in. */
  const describe = (issue: IssueDetail): string => {
    const params = { ...(issue.params ?? {}) };
    if (typeof params.column === 'string') params.column = t(`prices.columns.${params.column}`);
    const message = t(issue.messageKey, params);
    const field = issue.path.at(-1);
    // The column's header, in lower case inside the sentence ("Rij 5, categorie: …").
    const column = typeof field === 'string' && field !== 'items' ? t(`prices.columns.${field}`, { defaultValue: '' }).toLocaleLowerCase(i18n.language) : '';
    if (typeof params.row === 'number') {
      return column ? t('prices.rowColumnIssue', { row: params.row, column, message }) : t('prices.rowIssue', { row: params.row, message });
    }
    if (typeof field === 'string' && (metaFields as readonly string[]).includes(field)) return `${t(`prices.meta.${field}`)}: ${message}`;
    return message;
  };
  const fileIssues = issues.filter((issue) => !(issue.path.length === 1 && (metaFields as readonly string[]).includes(String(issue.path[0])) && csv));

  const metaInput = (field: MetaField, type: 'text' | 'date', hint?: string) => {
    const issue = issueAt(field);
    const value = meta[field];
    const spelled = type === 'date' && isRealIsoDate(value) ? spelledDate(value, i18n.language) : null;
    const describedBy = [hint ? `${id}-${field}-hint` : null, spelled ? `${id}-${field}-spelled` : null, issue ? `${id}-${field}-error` : null]
      .filter(Boolean)
      .join(' ');
    return (
      <div className={type === 'date' ? 'field field--short' : 'field'}>
        <label htmlFor={`${id}-${field}`} className="field__label">
          {t(`prices.meta.${field}`)}
        </label>
        {hint && (
          <p id={`${id}-${field}-hint`} className="field__hint">
            {hint}
          </p>
        )}
        <input
          id={`${id}-${field}`}
          className="field__input"
          type={type}
          value={value}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setMeta((current) => ({ ...current, [field]: event.target.value }))}
        />
        {spelled && (
          <p id={`${id}-${field}-spelled`} className="field__hint date-field__spelled">
            {spelled}
          </p>
        )}
        <FieldError id={`${id}-${field}-error`} issue={issue} />
      </div>
    );
  };

  return (
    <Dialog
      open
      title={t('prices.importTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('prices.importConfirm')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('prices.importIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {t('prices.file')}
        </label>
        <p id={`${id}-file-hint`} className="field__hint">
          {t('prices.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          className="field__file"
          aria-describedby={`${id}-file-hint`}
          autoFocus
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setFile(picked);
            setProblem(null);
            setIssues([]);
            if (picked && isCsv(picked.name)) setMeta((current) => (current.name === '' ? { ...current, name: picked.name.replace(/\.[^.]+$/, '') } : current));
          }}
        />
      </div>
      {csv && (
        <fieldset className="fieldset import-meta">
          <legend className="field__label">{t('prices.metaLegend')}</legend>
          <p className="field__hint">{t('prices.metaHint')}</p>
          {metaInput('name', 'text')}
          {metaInput('source', 'text', t('prices.sourceHint'))}
          <div className="field-row">
            {metaInput('publishedOn', 'date')}
            {metaInput('validFrom', 'date')}
            {metaInput('validTo', 'date', t('prices.validToHint'))}
          </div>
        </fieldset>
      )}
      {(problem || fileIssues.length > 0) && (
        <div className="import-problems" role="alert">
          {problem && <p className="field__error">{problem}</p>}
          {fileIssues.length > 0 && (
            <ul>
              {fileIssues.slice(0, SHOWN_ISSUES).map((issue, index) => (
                <li key={index}>{describe(issue)}</li>
              ))}
              {fileIssues.length > SHOWN_ISSUES && <li>{t('prices.moreIssues', { count: fileIssues.length - SHOWN_ISSUES })}</li>}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
