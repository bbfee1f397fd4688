// The page's h1. After a navigation inside the app, focus moves here so keyboard and
// screen-reader users start at the top of the new page.
import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    // Only when nothing else holds focus: an autofocused field on the new page keeps it.
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
