import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type SearchChange = (current: URLSearchParams) => URLSearchParams;

/**
 * The URL's search params, with an update that builds on the last one even before the page has
 * rendered it: react-router hands a functional update the params of the last render, and its
 * navigations are transitions, so two quick changes (two filters in a row) would lose the first.
 */
export function useSearchState(): [
  URLSearchParams,
  (change: SearchChange, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: SearchChange, options?: { replace?: boolean }) => {
      const next = change(new URLSearchParams(latest.current));
      latest.current = next;
      setParams(next, options);
    },
    [setParams],
  );
  return [params, update];
}
