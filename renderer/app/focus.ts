// The end of a finding's "Naar het veld" link: `?veld=<path>` focuses the element with that
// field's id once it is on screen. A row without a tab stop of its own hands focus to its
// first control, so the keyboard is where the fix is. Each link focuses once.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { fieldDomId } from '../components/Field.tsx';

const CONTROLS = 'input, select, textarea, button, a[href], [contenteditable="true"]';

/** `ready` changes when content that may hold the field arrives (a lazy editor, a tab). */
export function useFocusFromLink(ready: unknown = true): string | null {
  const [params] = useSearchParams();
  const field = params.get('veld');
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!field || !ready || done.current === field) return;
    const element = document.getElementById(fieldDomId(field));
    if (!element) return;
    done.current = field;
    element.scrollIntoView({ block: 'center' });
    // An element made focusable on purpose (a group with tabindex) takes focus itself.
    const control =
      element.hasAttribute('tabindex') || element.matches(CONTROLS) ? element : element.querySelector<HTMLElement>(CONTROLS);
    (control ?? element).focus();
  }, [field, ready]);
  return field;
}
