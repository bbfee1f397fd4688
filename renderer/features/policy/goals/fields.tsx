// Fields for editors that edit one item of a list (a goal, an evaluation entry): the same
// markup as components/Field.tsx, but the DOM id carries the item's full path
// (`goals.<id>.indicator`) so a finding's link lands on the right item's field.
import { useId, type ReactNode } from 'react';
import type { FieldKind, PartEditor } from '../../../api/use-part-editor.ts';
import { FieldError, fieldDomId } from '../../../components/Field.tsx';

interface ScopedProps {
  editor: PartEditor;
  /** The item's path in the plan, e.g. `goals.goal-mfa`; the DOM id is `scope.path`. */
  scope: string;
  path: string;
  label: string;
  hint?: ReactNode;
  width?: 'short' | 'medium' | 'long';
  className?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function ScopedTextField({
  editor,
  scope,
  path,
  label,
  hint,
  kind = 'text',
  width = 'long',
  multiline = false,
  className,
  selectOnFocus = false,
}: ScopedProps & { kind?: FieldKind; multiline?: boolean; selectOnFocus?: boolean }) {
  const hintId = useId();
  const errorId = useId();
  const id = fieldDomId(`${scope}.${path}`);
  const issue = editor.error(path);
  const common = {
    id,
    value: editor.text(path, kind),
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, issue && errorId),
    'data-dirty': editor.isDirty(path) ? 'true' : undefined,
    onBlur: () => editor.flush(),
    onFocus: selectOnFocus ? (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select() : undefined,
  };
  return (
    <div className={['field', `field--${width}`, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {kind === 'money' && (
        <span className="field__prefix" aria-hidden="true">
          €
        </span>
      )}
      {multiline ? (
        <textarea
          {...common}
          className="field__input field__textarea"
          rows={2}
          onChange={(event) => editor.setText(path, event.target.value, kind)}
        />
      ) : (
        <input
          {...common}
          className={kind === 'money' ? 'field__input field__input--money' : 'field__input'}
          type="text"
          inputMode={kind === 'count' ? 'numeric' : kind === 'decimal' || kind === 'money' ? 'decimal' : undefined}
          autoComplete="off"
          onChange={(event) => editor.setText(path, event.target.value, kind)}
        />
      )}
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

export function ScopedSelectField({
  editor,
  scope,
  path,
  label,
  hint,
  options,
  placeholder,
  width = 'medium',
  className,
  onChanged,
}: ScopedProps & {
  options: { value: string; label: string }[];
  /** A first, empty choice while nothing is chosen yet (e.g. "not rated"). */
  placeholder?: string;
  onChanged?: (value: string) => void;
}) {
  const hintId = useId();
  const errorId = useId();
  const id = fieldDomId(`${scope}.${path}`);
  const issue = editor.error(path);
  const value = editor.text(path);
  return (
    <div className={['field', `field--${width}`, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        className="field__input"
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, issue && errorId)}
        onChange={(event) => {
          editor.setValue(path, event.target.value);
          onChanged?.(event.target.value);
        }}
      >
        {placeholder !== undefined && value === '' && <option value="">{placeholder}</option>}
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
