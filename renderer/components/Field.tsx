// Form fields bound to a part editor: label, hint and error tied to the input for
// screen readers; `data-dirty` tells the undo shortcut that the field has unsaved typing.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetail } from '../../shared/result.ts';
import type { FieldKind, PartEditor } from '../api/use-part-editor.ts';

/** The DOM id of a field, so findings can link straight to it. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function FieldError({ id, issue }: { id: string; issue: IssueDetail | undefined }) {
  const { t } = useTranslation();
  if (!issue) return null;
  return (
    <p id={id} className="field__error">
      {t(issue.messageKey, issue.params ?? {})}
    </p>
  );
}

interface TextFieldProps {
  editor: PartEditor;
  path: string;
  label: string;
  hint?: ReactNode;
  kind?: FieldKind;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  width?: 'short' | 'medium' | 'long';
}

export function TextField({ editor, path, label, hint, kind = 'text', type = 'text', autoComplete, inputMode, width = 'long' }: TextFieldProps) {
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  const describedBy = [hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--${width}`}>
      <label htmlFor={fieldDomId(path)} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {kind === 'money' && (
        <span className="field__prefix" aria-hidden="true">
          €
        </span>
      )}
      <input
        id={fieldDomId(path)}
        className={kind === 'money' ? 'field__input field__input--money' : 'field__input'}
        type={type}
        inputMode={kind === 'count' ? 'numeric' : kind === 'decimal' || kind === 'money' ? 'decimal' : inputMode}
        autoComplete={autoComplete ?? 'off'}
        value={editor.text(path, kind)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy}
        data-dirty={editor.isDirty(path) ? 'true' : undefined}
        onChange={(event) => editor.setText(path, event.target.value, kind)}
        onBlur={() => editor.flush()}
      />
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

interface SelectFieldProps {
  editor: PartEditor;
  path: string;
  label: string;
  options: { value: string; label: string }[];
}

export function SelectField({ editor, path, label, options }: SelectFieldProps) {
  const errorId = useId();
  const issue = editor.error(path);
  return (
    <div className="field field--medium">
      <label htmlFor={fieldDomId(path)} className="field__label">
        {label}
      </label>
      <select
        id={fieldDomId(path)}
        className="field__input"
        value={editor.text(path)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        onChange={(event) => editor.setValue(path, event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

interface CheckboxGroupProps {
  editor: PartEditor;
  path: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Keeps the stored order canonical, whatever order the boxes were ticked in. */
  order: readonly string[];
}

export function CheckboxGroup({ editor, path, legend, hint, options, order }: CheckboxGroupProps) {
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  const selected = (editor.valueOf(path) as string[] | undefined) ?? [];
  return (
    <fieldset
      id={fieldDomId(path)}
      className="field fieldset"
      tabIndex={-1}
      aria-describedby={[hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="checkboxes">
        {options.map((option) => {
          const id = `${fieldDomId(path)}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                id={id}
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value);
                  editor.setValue(
                    path,
                    order.filter((value) => next.includes(value)),
                  );
                }}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} issue={issue} />
    </fieldset>
  );
}
