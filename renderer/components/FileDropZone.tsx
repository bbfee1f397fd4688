// A labelled file input that also takes files dropped on it; the input is emptied at once,
// so choosing the same file again is seen as a new choice.
import { useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropZoneProps {
  id: string;
  label: string;
  hint: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  accept?: string;
  /** More ids for aria-describedby, besides the hint. */
  describedBy?: string;
  className?: string;
  children?: ReactNode;
}

export function FileDropZone({ id, label, hint, onFiles, disabled = false, accept, describedBy, className, children }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={['dropzone', dragging ? 'dropzone--active' : '', className ?? ''].filter(Boolean).join(' ')}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept={accept}
        className="dropzone__input"
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          onFiles(files);
        }}
      />
      {children}
    </div>
  );
}
