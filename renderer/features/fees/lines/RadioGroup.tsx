// A choice of a few options as radio buttons bound to a part editor, saved when chosen. The
// group carries the field's id, so a finding's link lands on it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { fieldDomId, FieldError } from '../../../components/Field.tsx';

interface RadioGroupProps {
  editor: PartEditor;
  path: string;
  scope: string;
  legend: string;
  options: { value: string; label: string; warning?: boolean }[];
}

export function RadioGroup({ editor, path, scope, legend, options }: RadioGroupProps) {
  const { t } = useTranslation();
  const id = fieldDomId(`${scope}.${path}`);
  const errorId = useId();
  const issue = editor.error(path);
  const value = editor.valueOf(path);
  return (
    <fieldset id={id} className="field fieldset radio-group" tabIndex={-1} aria-describedby={issue ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div className="checkbox" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => editor.setValue(path, option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>
            {option.label}
            {option.warning && <span className="not-allowed"> {t('fees.lines.notAllowed')}</span>}
          </label>
        </div>
      ))}
      <FieldError id={errorId} issue={issue} />
    </fieldset>
  );
}
