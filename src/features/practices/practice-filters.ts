import type { PracticeFilter } from '../../domain/practice';

const KEYS = { themeId: 'thema', pilotId: 'pilot', actionId: 'actie' } as const;

function idOf(value: string | null): number | undefined {
  return value !== null && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** The feed's filter as it lives in the URL (`?thema=3&pilot=2`); anything else is ignored. */
export function filterFromSearch(params: URLSearchParams): PracticeFilter {
  const filter: PracticeFilter = {};
  for (const [name, key] of Object.entries(KEYS) as [keyof PracticeFilter, string][]) {
    const id = idOf(params.get(key));
    if (id !== undefined) filter[name] = id;
  }
  return filter;
}

/** Writes the filter into the URL's parameters, keeping the others (the search words). */
export function searchWithFilter(params: URLSearchParams, filter: PracticeFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, key] of Object.entries(KEYS) as [keyof PracticeFilter, string][]) {
    const id = filter[name];
    if (id === undefined) next.delete(key);
    else next.set(key, String(id));
  }
  return next;
}

/** The path of the feed filtered to one theme, pilot or action (for links from elsewhere). */
export function feedPathOf(filter: PracticeFilter): string {
  const query = searchWithFilter(new URLSearchParams(), filter).toString();
  return query ? `/practices?${query}` : '/practices';
}

export function isFiltered(filter: PracticeFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}
