import { SpError, invalidQuery } from '../http/sp-error';
import type { FilterExpression } from './filter-parser';
import { FilterSyntaxError, parseFilter } from './filter-parser';

/** SharePoint refuses pages above the list view threshold. */
export const MAX_TOP = 5000;

export type PropertyPath = readonly string[];

export interface OrderByClause {
  readonly path: PropertyPath;
  readonly descending: boolean;
}

export interface SkipToken {
  readonly previous: boolean;
  readonly id: number | undefined;
  /** `p_<Field>` values, keyed by field name. */
  readonly values: ReadonlyMap<string, string>;
}

export interface QueryOptions {
  /** Undefined without `$select`; `['*']` selects the default properties. */
  readonly select?: readonly PropertyPath[];
  readonly expand?: readonly PropertyPath[];
  readonly filter?: FilterExpression;
  readonly orderBy?: readonly OrderByClause[];
  readonly top?: number;
  readonly skipToken?: SkipToken;
}

const KNOWN_OPTIONS = new Set([
  '$select',
  '$expand',
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$skiptoken',
  '$format',
  '$inlinecount',
]);
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*$/;

function paths(option: string, value: string, allowStar: boolean): PropertyPath[] {
  return value.split(',').map((raw) => {
    const item = raw.trim();
    if (allowStar && item === '*') return ['*'];
    if (!PATH.test(item)) throw invalidQuery(`The ${option} item '${item}' is not valid.`);
    return item.split('/');
  });
}

function orderBy(value: string): OrderByClause[] {
  return value.split(',').map((raw) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_/]*?)(?:\s+(asc|desc))?\s*$/i.exec(raw);
    if (!match || !PATH.test(match[1] ?? '')) {
      throw invalidQuery(`The $orderby item '${raw.trim()}' is not valid.`);
    }
    return {
      path: (match[1] as string).split('/'),
      descending: (match[2] ?? 'asc').toLowerCase() === 'desc',
    };
  });
}

function top(value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()))
    throw invalidQuery(`The $top value '${value}' is not valid.`);
  const count = Number(value);
  if (count > MAX_TOP) {
    throw invalidQuery(`The $top value ${count} exceeds the maximum of ${MAX_TOP}.`);
  }
  return count;
}

function skipToken(value: string): SkipToken {
  const params = new URLSearchParams(value);
  let paged = false;
  let previous = false;
  let id: number | undefined;
  const values = new Map<string, string>();
  for (const [key, raw] of params) {
    const lower = key.toLowerCase();
    if (lower === 'paged') paged = raw.toUpperCase() === 'TRUE';
    else if (lower === 'pagedprev') previous = raw.toUpperCase() === 'TRUE';
    else if (lower === 'p_id') {
      if (!/^\d{1,9}$/.test(raw)) throw invalidQuery(`The $skiptoken p_ID '${raw}' is not valid.`);
      id = Number(raw);
    } else if (lower.startsWith('p_') && key.length > 2) values.set(key.slice(2), raw);
    else throw invalidQuery(`The $skiptoken '${value}' is not valid.`);
  }
  if (!paged) throw invalidQuery(`The $skiptoken '${value}' is not valid: Paged=TRUE is missing.`);
  return { previous, id, values };
}

/** Parses the system query options; anything malformed is a 400 in SharePoint's shape. */
export function parseQueryOptions(query: URLSearchParams): QueryOptions {
  for (const key of query.keys()) {
    if (key.startsWith('$') && !KNOWN_OPTIONS.has(key.toLowerCase())) {
      throw invalidQuery(`The query parameter '${key}' is not supported.`);
    }
  }
  const get = (name: string): string | undefined => {
    for (const [key, value] of query) if (key.toLowerCase() === name) return value;
    return undefined;
  };
  const options: {
    -readonly [K in keyof QueryOptions]: QueryOptions[K];
  } = {};
  const select = get('$select');
  if (select !== undefined) options.select = paths('$select', select, true);
  const expand = get('$expand');
  if (expand !== undefined) options.expand = paths('$expand', expand, false);
  const filter = get('$filter');
  if (filter !== undefined) {
    try {
      options.filter = parseFilter(filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError) throw invalidQuery(error.message);
      throw error instanceof SpError ? error : invalidQuery('The $filter expression is not valid.');
    }
  }
  const order = get('$orderby');
  if (order !== undefined) options.orderBy = orderBy(order);
  const topValue = get('$top');
  if (topValue !== undefined) options.top = top(topValue);
  const token = get('$skiptoken');
  if (token !== undefined) options.skipToken = skipToken(token);
  return options;
}
