// Importing an inventory from a CSV or Excel file: choose or drop the file, check how it
// was read and which column fills which field, fix or skip rows with problems (every change
// re-runs the preview after a short pause), then import all rows in one undoable step.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import type { ImportOptions, ImportTarget } from '../../../shared/devices/import.ts';
import { formatInteger } from '../../../shared/format.ts';
import { AppError } from '../../../shared/result.ts';
import { useApi, useWrite } from '../../api/hooks.tsx';
import { subPaths } from '../../app/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { ImportMapping } from './inventory/import/ImportMapping.tsx';
import { ImportProblems, type Correction } from './inventory/import/ImportProblems.tsx';
import { ImportSample } from './inventory/import/ImportSample.tsx';
import { acceptedExtensions, hasAcceptedExtension, MAX_BASE64_LENGTH } from './inventory/import/read-file.ts';
import { readAsBase64 } from '../../components/files.ts';
import { invalidateInventory } from './inventory/queries.ts';

interface ChosenFile {
  /** Counts up per chosen file: the preview cache is keyed on it, not on the (large) content. */
  id: number;
  fileName: string;
  contentBase64: string;
}

interface Choices {
  mapping: Partial<Record<ImportTarget, string>>;
  pricesIncludeVat: boolean;
  mode: 'append' | 'replace';
  corrections: Correction[];
  skipRows: number[];
}

const initialChoices: Choices = { mapping: {}, pricesIncludeVat: true, mode: 'append', corrections: [], skipRows: [] };

const PREVIEW_PAUSE_MS = 350;

/** Numbers every chosen file for the life of the page, so a preview is never taken for another file's. */
let filesChosen = 0;

function toOptions(choices: Choices): ImportOptions {
  return {
    mapping: choices.mapping,
    pricesIncludeVat: choices.pricesIncludeVat,
    mode: choices.mode,
    corrections: choices.corrections,
    skipRows: choices.skipRows,
  };
}

/** The value after it has stopped changing for a moment. */
function useSettled<T>(value: T, key: string, ms: number): { value: T; key: string } {
  const [settled, setSettled] = useState({ value, key });
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled({ value, key }), ms);
    return () => window.clearTimeout(timer);
    // The key stands for the value: a new object with the same content is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
}

function messageOf(error: unknown): { key: string; params: Record<string, string | number> } {
  return error instanceof AppError
    ? { key: error.messageKey, params: (error.details?.params ?? {}) }
    : { key: 'errors.internal', params: {} };
}

const delimiterNames: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' };

export function ImportTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useToasts();
  const planId = state.plan.id;
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [choices, setChoices] = useState<Choices>(initialChoices);
  const [busy, setBusy] = useState(false);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [askReplace, setAskReplace] = useState(false);

  const choicesKey = JSON.stringify(choices);
  const settled = useSettled(choices, choicesKey, PREVIEW_PAUSE_MS);
  const options = useMemo(() => toOptions(settled.value), [settled.value]);

  const preview = useQuery({
    queryKey: ['plan', planId, 'import-preview', file?.id ?? 0, settled.key],
    queryFn: () => api.run('inventory.importPreview', { planId, file: { fileName: file!.fileName, contentBase64: file!.contentBase64 }, options }),
    enabled: file !== null,
    // While a change is previewed, the last preview of the same file stays on screen.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === file?.id ? previous : undefined),
    staleTime: Infinity,
    gcTime: 60_000,
  });
  const data = file ? preview.data : undefined;
  /** The preview on screen belongs to the choices on screen. */
  const current = data !== undefined && !preview.isPlaceholderData && settled.key === choicesKey && !preview.isFetching;
  const existingLines = state.plan.fleet.reduce((sum, cohort) => sum + cohort.lines, 0);
  const skipped = new Set(choices.skipRows);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setCommitError(null);
    if (!hasAcceptedExtension(chosen.name)) {
      setFileProblem(t('inventoryImport.file.wrongKind', { name: chosen.name }));
      return;
    }
    setReading(true);
    try {
      const contentBase64 = await readAsBase64(chosen);
      if (contentBase64.length > MAX_BASE64_LENGTH) {
        setFileProblem(t('validation.fileTooLarge'));
        return;
      }
      setFileProblem(null);
      setChoices(initialChoices);
      setFile({ id: ++filesChosen, fileName: chosen.name, contentBase64 });
    } catch {
      setFileProblem(t('inventoryImport.file.unreadable', { name: chosen.name }));
    } finally {
      setReading(false);
    }
  };

  const change = (patch: Partial<Choices>) => setChoices((previous) => ({ ...previous, ...patch }));
  const fix = (correction: Correction) =>
    setChoices((previous) => ({
      ...previous,
      corrections: [...previous.corrections.filter((c) => c.row !== correction.row || c.column !== correction.column), correction],
    }));
  const skip = (row: number) => setChoices((previous) => ({ ...previous, skipRows: [...new Set([...previous.skipRows, row])].sort((a, b) => a - b) }));
  const unskip = (row: number) => setChoices((previous) => ({ ...previous, skipRows: previous.skipRows.filter((r) => r !== row) }));
  const unfix = (correction: Correction) =>
    setChoices((previous) => ({ ...previous, corrections: previous.corrections.filter((c) => c !== correction) }));

  const undoImport = async () => {
    const undo = await api.run('undo.state', { scope: planId });
    if (undo.undoLabelKey !== 'undo.importInventory') {
      notify(t('app.undoMovedOn'));
      return;
    }
    await write('undo.undo', { scope: planId });
    await client.invalidateQueries();
    notify(t('inventoryImport.undone'));
  };

  const commit = async () => {
    if (!file || !ready) return;
    setAskReplace(false);
    setBusy(true);
    setCommitError(null);
    try {
      const result = await write('inventory.importCommit', {
        planId,
        file: { fileName: file.fileName, contentBase64: file.contentBase64 },
        options: toOptions(choices),
      });
      await invalidateInventory(client, planId);
      void navigate(subPaths.devices(planId, 'inventory'));
      notify(t('inventoryImport.imported', { count: result.affected, shown: formatInteger(result.affected) }), {
        label: t('app.undo'),
        run: () => void undoImport(),
      });
    } catch (error) {
      setCommitError(error);
      setBusy(false);
    }
  };

  const ready = data !== undefined && current && data.fileIssue === null && data.issueCount === 0 && data.valid > 0;
  const previewError = preview.isError ? messageOf(preview.error) : null;
  const commitMessage = commitError ? messageOf(commitError) : null;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) void choose(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-heading" className="inv-import">
      <h2 id="import-heading">{t('inventoryImport.heading')}</h2>
      <p className="lead">{t('inventoryImport.intro')}</p>

      <div
        className={dragging ? 'inv-import-drop inv-import-drop--over' : 'inv-import-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="import-file" className="field__label">
          {t('inventoryImport.file.label')}
        </label>
        <p id="import-file-hint" className="field__hint">
          {t('inventoryImport.file.hint')}
        </p>
        <input
          id="import-file"
          type="file"
          accept={acceptedExtensions.join(',')}
          disabled={busy}
          aria-describedby="import-file-hint"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {file && (
          <p className="inv-import-drop__chosen">
            {t('inventoryImport.file.chosen', { name: file.fileName })}
          </p>
        )}
      </div>

      <div aria-live="polite">
        {reading && <p className="muted">{t('inventoryImport.file.reading')}</p>}
        {fileProblem && (
          <p className="inv-import-error" role="alert">
            {fileProblem}
          </p>
        )}
        {file && preview.isPending && !data && <p className="muted">{t('inventoryImport.previewing')}</p>}
      </div>

      {previewError && (
        <div className="inv-import-error" role="alert">
          <p>{t(previewError.key, previewError.params)}</p>
          <Button onClick={() => void preview.refetch()}>{t('app.retry')}</Button>
        </div>
      )}

      {data && data.fileIssue && (
        <div className="inv-import-error" role="alert">
          <p className="inv-import-error__title">{t('inventoryImport.fileIssueTitle')}</p>
          <p>{t(data.fileIssue.messageKey, data.fileIssue.params ?? {})}</p>
        </div>
      )}

      {data && !data.fileIssue && (
        <fieldset className="inv-import-body" disabled={busy} aria-busy={!current ? true : undefined}>
          <legend className="visually-hidden">{t('inventoryImport.settingsLegend')}</legend>
          <section aria-labelledby="import-read-heading">
            <h3 id="import-read-heading">{t('inventoryImport.read.heading')}</h3>
            <dl className="inv-import-facts">
              <div>
                <dt>{t('inventoryImport.read.format')}</dt>
                <dd>{t(`inventoryImport.read.formats.${data.format}`)}</dd>
              </div>
              {data.format === 'csv' && (
                <div>
                  <dt>{t('inventoryImport.read.encoding')}</dt>
                  <dd>{data.encoding}</dd>
                </div>
              )}
              {data.delimiter !== null && (
                <div>
                  <dt>{t('inventoryImport.read.delimiter')}</dt>
                  <dd>
                    {delimiterNames[data.delimiter]
                      ? t(`inventoryImport.read.delimiters.${delimiterNames[data.delimiter]}`)
                      : `“${data.delimiter}”`}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('inventoryImport.read.rows')}</dt>
                <dd>{formatInteger(data.rows)}</dd>
              </div>
            </dl>
            <p className="inv-import-counts" role="status">
              {t('inventoryImport.counts', {
                count: data.rows,
                rows: formatInteger(data.rows),
                valid: formatInteger(data.valid),
                problems: formatInteger(data.issueCount),
                skipped: formatInteger(data.skipped),
              })}
              {!current && <span className="muted"> {t('inventoryImport.updating')}</span>}
            </p>
          </section>

          <section aria-labelledby="import-mapping-heading">
            <h3 id="import-mapping-heading">{t('inventoryImport.mapping.heading')}</h3>
            <p className="muted">{t('inventoryImport.mapping.intro')}</p>
            <ImportMapping
              preview={data}
              overrides={choices.mapping}
              disabled={busy}
              onChange={(target, header) => change({ mapping: { ...choices.mapping, [target]: header } })}
            />
          </section>

          <div className="inv-import-settings">
            <fieldset className="field fieldset">
              <legend className="field__label">{t('inventoryImport.vat.legend')}</legend>
              <p className="field__hint">{t('inventoryImport.vat.hint')}</p>
              <div className="checkboxes">
                <div className="checkbox">
                  <input id="import-vat-in" type="radio" name="import-vat" checked={choices.pricesIncludeVat} onChange={() => change({ pricesIncludeVat: true })} />
                  <label htmlFor="import-vat-in">{t('inventoryImport.vat.included')}</label>
                </div>
                <div className="checkbox">
                  <input id="import-vat-ex" type="radio" name="import-vat" checked={!choices.pricesIncludeVat} onChange={() => change({ pricesIncludeVat: false })} />
                  <label htmlFor="import-vat-ex">{t('inventoryImport.vat.excluded')}</label>
                </div>
              </div>
            </fieldset>
            <fieldset className="field fieldset">
              <legend className="field__label">{t('inventoryImport.mode.legend')}</legend>
              <div className="checkboxes">
                <div className="checkbox">
                  <input id="import-mode-append" type="radio" name="import-mode" checked={choices.mode === 'append'} onChange={() => change({ mode: 'append' })} />
                  <label htmlFor="import-mode-append">{t('inventoryImport.mode.append')}</label>
                </div>
                <div className="checkbox">
                  <input id="import-mode-replace" type="radio" name="import-mode" checked={choices.mode === 'replace'} onChange={() => change({ mode: 'replace' })} />
                  <label htmlFor="import-mode-replace">{t('inventoryImport.mode.replace')}</label>
                </div>
              </div>
              {choices.mode === 'replace' && (
                <p className="field__hint">{t('inventoryImport.mode.replaceHint', { count: existingLines, shown: formatInteger(existingLines) })}</p>
              )}
            </fieldset>
          </div>

          <ImportProblems preview={data} onFix={fix} onSkip={skip} disabled={busy} />

          {(choices.corrections.length > 0 || choices.skipRows.length > 0) && (
            <section aria-labelledby="import-changes-heading">
              <h3 id="import-changes-heading">{t('inventoryImport.changes.heading')}</h3>
              <ul className="plain-list inv-import-changes">
                {choices.corrections.map((correction) => (
                  <li key={`c-${correction.row}-${correction.column}`}>
                    {t('inventoryImport.changes.fixed', { row: correction.row, column: correction.column, value: correction.value })}{' '}
                    <Button variant="ghost" onClick={() => unfix(correction)} aria-label={t('inventoryImport.changes.undoFixNamed', { row: correction.row, column: correction.column })}>
                      {t('inventoryImport.changes.undo')}
                    </Button>
                  </li>
                ))}
                {choices.skipRows.map((row) => (
                  <li key={`s-${row}`}>
                    {t('inventoryImport.changes.skipped', { row })}{' '}
                    <Button variant="ghost" onClick={() => unskip(row)} aria-label={t('inventoryImport.changes.undoSkipNamed', { row })}>
                      {t('inventoryImport.changes.undo')}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {data.warningCount > 0 && (
            <section aria-labelledby="import-warnings-heading">
              <h3 id="import-warnings-heading">{t('inventoryImport.warnings.heading', { count: data.warningCount, shown: formatInteger(data.warningCount) })}</h3>
              <ul className="plain-list">
                {data.warnings.map((warning, i) => (
                  <li key={`${warning.row}-${warning.column ?? ''}-${i}`}>
                    {warning.row > 0 && <strong>{t('inventoryImport.warnings.row', { row: warning.row })} </strong>}
                    {t(warning.messageKey, warning.params ?? {})}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ImportSample preview={data} skipped={skipped} />
        </fieldset>
      )}

      {data && !data.fileIssue && (
        <div className="inv-import-commit">
          {busy ? (
            <div className="inv-import-busy" role="status">
              <progress aria-label={t('inventoryImport.busyLabel')} />
              <p>{t('inventoryImport.busy', { count: data.valid, shown: formatInteger(data.valid) })}</p>
            </div>
          ) : (
            <>
              <Button variant="primary" disabled={!ready} aria-describedby="import-commit-why" onClick={() => (choices.mode === 'replace' ? setAskReplace(true) : void commit())}>
                {t('inventoryImport.commit', { count: data.valid, shown: formatInteger(data.valid) })}
              </Button>
              <p id="import-commit-why" className="field__hint">
                {!current
                  ? t('inventoryImport.why.updating')
                  : data.issueCount > 0
                    ? t('inventoryImport.why.problems', { count: data.issueCount, shown: formatInteger(data.issueCount) })
                    : data.valid === 0
                      ? t('inventoryImport.why.nothing')
                      : t('inventoryImport.why.ready')}
              </p>
            </>
          )}
          {commitMessage && (
            <p className="inv-import-error" role="alert">
              {t(commitMessage.key, commitMessage.params)}
            </p>
          )}
        </div>
      )}

      <Dialog
        open={askReplace}
        title={t('inventoryImport.replace.title')}
        onClose={() => setAskReplace(false)}
        onSubmit={() => void commit()}
        actions={
          <>
            <Button onClick={() => setAskReplace(false)}>{t('app.cancel')}</Button>
            <Button type="submit" variant="danger">
              {t('inventoryImport.replace.confirm')}
            </Button>
          </>
        }
      >
        <p>
          {t('inventoryImport.replace.body', {
            count: existingLines,
            shown: formatInteger(existingLines),
            rows: formatInteger(data?.valid ?? 0),
          })}
        </p>
      </Dialog>
    </section>
  );
}
