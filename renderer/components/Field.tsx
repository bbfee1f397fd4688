// Form fields bound to a part editor: label, hint and error tied to the control for
// screen readers; `data-dirty` tells the undo shortcut that the field has unsaved typing.
// A field's DOM id is its path in the plan (`scope.path`), so a finding's link lands on
// it, also when one screen edits many items of a list (each goal has its own scope).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealIsoDate } from '../../shared/format.ts';
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

interface FieldProps {
  editor: PartEditor;
  /** The field's path inside the edited part, as the part editor knows it. */
  path: string;
  label: string;
  hint?: ReactNode;
  /** Where the part sits in the plan (`goals.<id>`); makes the DOM id the full path. */
  scope?: string;
  width?: 'short' | 'medium' | 'long';
  className?: string;
}

/** Ids and ARIA wiring every field shares. */
function useFieldWiring({ editor, path, hint, scope }: FieldProps) {
  const hintId = useId();
  const errorId = useId();
  const issue = editor.error(path);
  const describedBy = [hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id: fieldDomId(scope ? `${scope}.${path}` : path), hintId, errorId, issue, describedBy };
}

/** Label above, hint under it, the control, then the error: one layout for every field. */
function FieldShell({
  props,
  wiring,
  children,
}: {
  props: FieldProps;
  wiring: ReturnType<typeof useFieldWiring>;
  children: ReactNode;
}) {
  return (
    <div className={['field', `field--${props.width ?? 'long'}`, props.className].filter(Boolean).join(' ')}>
      <label htmlFor={wiring.id} className="field__label">
        {props.label}
      </label>
      {props.hint && (
        <p id={wiring.hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      {children}
      <FieldError id={wiring.errorId} issue={wiring.issue} />
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  kind?: FieldKind;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  multiline?: boolean;
  /** Select the text on focus, for a new row whose default text is meant to be typed over. */
  selectOnFocus?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { editor, path, kind = 'text', type = 'text', autoComplete, inputMode, multiline = false, selectOnFocus = false } = props;
  const wiring = useFieldWiring(props);
  const numeric = kind === 'count' || kind === 'optionalCount';
  const money = kind === 'money' || kind === 'optionalMoney';
  const common = {
    id: wiring.id,
    value: editor.text(path, kind),
    'aria-invalid': wiring.issue ? true : undefined,
    'aria-describedby': wiring.describedBy,
    'data-dirty': editor.isDirty(path) ? 'true' : undefined,
    onBlur: () => editor.flush(),
    onFocus: selectOnFocus ? (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select() : undefined,
  };
  return (
    <FieldShell props={props} wiring={wiring}>
      {money && (
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
          className={money ? 'field__input field__input--money' : 'field__input'}
          type={type}
          inputMode={numeric ? 'numeric' : kind === 'decimal' || money ? 'decimal' : inputMode}
          autoComplete={autoComplete ?? 'off'}
          onChange={(event) => editor.setText(path, event.target.value, kind)}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps extends FieldProps {
  options: { value: string; label: string }[];
  /** A first, empty choice while nothing is chosen yet (e.g. "not rated"). */
  placeholder?: string;
  onChanged?: (value: string) => void;
}

export function SelectField(props: SelectFieldProps) {
  const { editor, path, options, placeholder, onChanged } = props;
  const wiring = useFieldWiring(props);
  const value = editor.text(path);
  return (
    <FieldShell props={{ width: 'medium', ...props }} wiring={wiring}>
      <select
        id={wiring.id}
        className="field__input"
        value={value}
        aria-invalid={wiring.issue ? true : undefined}
        aria-describedby={wiring.describedBy}
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
    </FieldShell>
  );
}

/** A calendar date: the browser's date picker, stored as `2026-11-23`. */
export function DateField(props: FieldProps) {
  const { i18n } = useTranslation();
  const { editor, path } = props;
  const value = editor.text(path);
  // The picker writes the date in the computer's own order (10/08/2025 on an American
  // system); the date in words under it leaves no doubt.
  const spelled = isRealIsoDate(value) ? spelledDate(value, i18n.language) : undefined;
  const withHint = { width: 'short' as const, ...props, hint: spelled };
  const wiring = useFieldWiring(withHint);
  return (
    <FieldShell props={withHint} wiring={wiring}>
      <input
        id={wiring.id}
        className="field__input"
        type="date"
        value={value}
        aria-invalid={wiring.issue ? true : undefined}
        aria-describedby={wiring.describedBy}
        data-dirty={editor.isDirty(path) ? 'true' : undefined}
        onChange={(event) => editor.setText(path, event.target.value)}
        onBlur={() => editor.flush()}
      />
    </FieldShell>
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

/** One yes/no value, saved when ticked. */
export function CheckboxField(props: FieldProps) {
  const { editor, path, label, hint } = props;
  const wiring = useFieldWiring(props);
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <div className="checkbox">
        <input
          id={wiring.id}
          type="checkbox"
          checked={editor.valueOf(path) === true}
          aria-describedby={wiring.describedBy}
          onChange={(event) => editor.setValue(path, event.target.checked)}
        />
        <label htmlFor={wiring.id}>{label}</label>
      </div>
      {hint && (
        <p id={wiring.hintId} className="field__hint checkbox__hint">
          {hint}
        </p>
      )}
      <FieldError id={wiring.errorId} issue={wiring.issue} />
    </div>
  );
}

interface CheckboxGroupProps {
  editor: PartEditor;
  path: string;
  legend: string;
  hint?: string;
  scope?: string;
  options: { value: string; label: string }[];
  /** Keeps the stored order canonical, whatever order the boxes were ticked in. */
  order: readonly string[];
}

export function CheckboxGroup({ editor, path, legend, hint, scope, options, order }: CheckboxGroupProps) {
  const wiring = useFieldWiring({ editor, path, label: legend, hint, scope });
  const selected = (editor.valueOf(path) as string[] | undefined) ?? [];
  return (
    <fieldset id={wiring.id} className="field fieldset" tabIndex={-1} aria-describedby={wiring.describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={wiring.hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="checkboxes">
        {options.map((option) => {
          const id = `${wiring.id}-${option.value}`;
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
      <FieldError id={wiring.errorId} issue={wiring.issue} />
    </fieldset>
  );
}
