// Row-level problems of an import, in Dutch: row, column, what is wrong, and two ways out
// — fix the cell right here (sent back as a correction) or leave the row out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportPreview } from '../../../../../shared/devices/import.ts';
import { formatInteger } from '../../../../../shared/format.ts';
import { Button } from '../../../../components/Button.tsx';

export interface Correction {
  row: number;
  column: string;
  value: string;
}

interface ProblemsProps {
  preview: ImportPreview;
  onFix: (correction: Correction) => void;
  onSkip: (row: number) => void;
  disabled: boolean;
}

/** The cell as the file (or an earlier correction) has it. */
function cellOf(preview: ImportPreview, issue: ImportIssue): string {
  if (issue.column === null) return '';
  const sample = preview.sample.find((row) => row.row === issue.row);
  const index = preview.headers.indexOf(issue.column);
  return sample && index >= 0 ? (sample.cells[index] ?? '') : '';
}

function Problem({ preview, issue, onFix, onSkip, disabled }: { issue: ImportIssue } & ProblemsProps) {
  const { t } = useTranslation();
  const original = cellOf(preview, issue);
  const [value, setValue] = useState(original);
  const id = `import-fix-${issue.row}-${issue.column ?? ''}`.replace(/[^a-zA-Z0-9-]+/g, '-');
  const column = issue.column ?? '—';
  // A cell can be fixed when the problem names one column of the file (not `Merk + Model`).
  const canFix = issue.row > 0 && issue.column !== null && preview.headers.includes(issue.column);
  return (
    <tr>
      <th scope="row" className="numeric">
        {issue.row > 0 ? formatInteger(issue.row) : t('inventoryImport.problems.header')}
      </th>
      <td>{column}</td>
      <td className="inv-import-problem__message">{t(issue.messageKey, issue.params ?? {})}</td>
      <td>
        {canFix ? (
          <form
            className="inv-import-fix"
            onSubmit={(event) => {
              event.preventDefault();
              onFix({ row: issue.row, column: issue.column!, value });
            }}
          >
            <label htmlFor={id} className="visually-hidden">
              {t('inventoryImport.problems.fixLabel', { row: issue.row, column })}
            </label>
            <input id={id} className="field__input" value={value} disabled={disabled} autoComplete="off" onChange={(event) => setValue(event.target.value)} />
            <Button type="submit" disabled={disabled} aria-label={t('inventoryImport.problems.fixNamed', { row: issue.row, column })}>
              {t('inventoryImport.problems.fix')}
            </Button>
            <Button variant="ghost" disabled={disabled} onClick={() => onSkip(issue.row)} aria-label={t('inventoryImport.problems.skipNamed', { row: issue.row })}>
              {t('inventoryImport.problems.skip')}
            </Button>
          </form>
        ) : issue.row > 0 ? (
          <Button variant="ghost" disabled={disabled} onClick={() => onSkip(issue.row)} aria-label={t('inventoryImport.problems.skipNamed', { row: issue.row })}>
            {t('inventoryImport.problems.skip')}
          </Button>
        ) : (
          <span className="muted">{t('inventoryImport.problems.fixMapping')}</span>
        )}
      </td>
    </tr>
  );
}

export function ImportProblems(props: ProblemsProps) {
  const { t } = useTranslation();
  const { preview } = props;
  if (preview.issueCount === 0) return null;
  const shown = preview.issues.length;
  return (
    <section aria-labelledby="import-problems-heading" className="inv-import-problems">
      <h3 id="import-problems-heading">{t('inventoryImport.problems.heading', { count: preview.issueCount, shown: formatInteger(preview.issueCount) })}</h3>
      <p className="muted">{t('inventoryImport.problems.intro')}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('inventoryImport.problems.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inventoryImport.problems.row')}</th>
              <th scope="col">{t('inventoryImport.problems.column')}</th>
              <th scope="col">{t('inventoryImport.problems.message')}</th>
              <th scope="col">{t('inventoryImport.problems.action')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.issues.map((issue) => (
              <Problem key={`${issue.row}|${issue.column ?? ''}|${issue.messageKey}|${cellOf(preview, issue)}`} issue={issue} {...props} />
            ))}
          </tbody>
        </table>
      </div>
      {shown < preview.issueCount && (
        <p className="field__hint">{t('inventoryImport.problems.more', { shown: formatInteger(shown), total: formatInteger(preview.issueCount) })}</p>
      )}
    </section>
  );
}
