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
    if (!document.activeElement || document.activeElement === document.body || !ref.current?.contains(document.activeElement)) {
      ref.current?.focus({ preventScroll: false });
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
