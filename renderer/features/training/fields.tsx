// Fields this step needs beyond the shared ones: a count that can be left empty, a date
// picker, a single checkbox, and one cell of the DigCompEdu grid. All bound to a part
// editor, with the same labels, hints and error wiring as components/Field.tsx.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../../shared/format.ts';
import type { PartEditor } from '../../api/use-part-editor.ts';
import { FieldError, fieldDomId } from '../../components/Field.tsx';

/** A count where empty means "not known" (stored as absent), not 0. */
export function OptionalCountField({
  editor,
  path,
  label,
  hint,
}: {
  editor: PartEditor;
  path: string;
  label: string;
  hint?: string;
}) {
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  return (
    <div className="field field--short">
      <label htmlFor={fieldDomId(path)} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={fieldDomId(path)}
        className="field__input"
        inputMode="numeric"
        autoComplete="off"
        value={editor.text(path, 'count')}
        aria-invalid={issue ? true : undefined}
        aria-describedby={[hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined}
        data-dirty={editor.isDirty(path) ? 'true' : undefined}
        // Empty goes through the decimal reading (empty → null, which clears the value);
        // anything else must be a whole number.
        onChange={(event) => editor.setText(path, event.target.value, event.target.value.trim() === '' ? 'decimal' : 'count')}
        onBlur={() => editor.flush()}
      />
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

/** A calendar date: the browser's date picker, stored as `2026-11-23`, shown in the table as 23/11/2026. */
export function DateField({ editor, path, label }: { editor: PartEditor; path: string; label: string }) {
  const { i18n } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  const value = editor.text(path);
  // The picker writes the date in the computer's own order (10/08/2025 on an American
  // system); the month in words under it leaves no doubt.
  const spelled = isRealIsoDate(value) ? spelledDate(value, i18n.language) : null;
  return (
    <div className="field field--short">
      <label htmlFor={fieldDomId(path)} className="field__label">
        {label}
      </label>
      <input
        id={fieldDomId(path)}
        className="field__input"
        type="date"
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={[spelled ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined}
        data-dirty={editor.isDirty(path) ? 'true' : undefined}
        onChange={(event) => editor.setText(path, event.target.value)}
        onBlur={() => editor.flush()}
      />
      {spelled && (
        <p id={hintId} className="field__hint date-field__spelled">
          {spelled}
        </p>
      )}
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

/** `woensdag 8 oktober 2025`: a date nobody can read the wrong way round. */
export function spelledDate(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day)));
}

export function CheckboxField({ editor, path, label, hint }: { editor: PartEditor; path: string; label: string; hint?: string }) {
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id={fieldDomId(path)}
          type="checkbox"
          checked={editor.valueOf(path) === true}
          aria-describedby={[hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined}
          onChange={(event) => editor.setValue(path, event.target.checked)}
        />
        <label htmlFor={fieldDomId(path)}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="field__hint checkbox__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

/**
 * One count in a grid: named by its row and column headers (`aria-labelledby`), so a screen
 * reader says "Evaluatie, B1 Integrator" without a visible label in every cell.
 */
export function CountCell({
  editor,
  path,
  labelledBy,
}: {
  editor: PartEditor;
  path: string;
  labelledBy: string;
}) {
  const errorId = useId();
  const issue = editor.error(path);
  const dirty = editor.isDirty(path);
  const text = editor.text(path, 'count');
  return (
    <>
      <input
        id={fieldDomId(path)}
        className="field__input grid-input numeric"
        inputMode="numeric"
        autoComplete="off"
        // Nobody on a level shows as an empty cell: a grid of zeros hides the numbers that matter.
        value={!dirty && text === '0' ? '' : text}
        aria-labelledby={labelledBy}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        data-dirty={dirty ? 'true' : undefined}
        onChange={(event) => editor.setText(path, event.target.value, 'count')}
        onBlur={() => editor.flush()}
      />
      <FieldError id={errorId} issue={issue} />
    </>
  );
}

/**
 * `?veld=digcomp.assessment` lands on that element: a field gets focus itself; a row or a
 * group hands it to its first control, so the keyboard is where the fix is.
 */
export function useFocusFromLink(ready: unknown): void {
  const [params] = useSearchParams();
  const field = params.get('veld');
  useEffect(() => {
    if (!field || !ready) return;
    const element = document.getElementById(fieldDomId(field));
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const control = element.matches('input, select, textarea, button, a[href]')
      ? element
      : element.querySelector<HTMLElement>('input, select, textarea, button, a[href]');
    (control ?? element).focus();
  }, [field, ready]);
}
