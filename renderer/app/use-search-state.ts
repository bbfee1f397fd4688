// Filters kept in the address. React Router's functional setSearchParams sees the params of
// the last render, so two changes made before React renders again (a year, then a theme,
// picked in quick succession) would drop the first. Here every change builds on the one
// before, whether or not React has rendered in between.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchState(): [URLSearchParams, (change: (current: URLSearchParams) => URLSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = (change: (current: URLSearchParams) => URLSearchParams) => {
    const next = change(new URLSearchParams(latest.current));
    latest.current = next;
    setParams(next, { replace: true });
  };
  return [params, update];
}
