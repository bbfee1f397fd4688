// One cell of the DigCompEdu grid: a count named by its row and column headers, bound to a
// part editor with the same error wiring as components/Field.tsx.
import { useId } from 'react';
import type { PartEditor } from '../../api/use-part-editor.ts';
import { FieldError, fieldDomId } from '../../components/Field.tsx';

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
