import { invalidQuery, listViewThresholdExceeded } from '../http/sp-error';
import {
  Permission,
  bypassesItemLevelSecurity,
  governingScope,
  hasPermission,
  permissionsOnScope,
} from '../model/permissions';
import type { PropertyResolver, ResolvedProperty } from '../odata/filter-compiler';
import { compileFilter, indexedEquality, leadingIndexedClause } from '../odata/filter-compiler';
import { parseIsoDate } from '../odata/filter-parser';
import type { QueryOptions, SkipToken } from '../odata/query-options';
import { parseQueryOptions } from '../odata/query-options';
import type { ItemRecord, ListRecord } from '../store/records';
import type { ApiRequest, ApiResult } from './api-types';
import { ItemProjection } from './item-projection';
import { ItemSchema } from './item-schema';
import { collectionResult } from './results';

/** SharePoint Online's fixed list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
const DEFAULT_PAGE_SIZE = 100;

interface SortKey {
  readonly name: string;
  readonly property: ResolvedProperty<ItemRecord>;
  readonly descending: boolean;
}

function compareScalars(a: unknown, b: unknown): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function seesAllItems(request: ApiRequest, list: ListRecord): boolean {
  return (
    list.props.ReadSecurity !== 2 ||
    bypassesItemLevelSecurity(request.site.store, request.user, list)
  );
}

/**
 * Security trimming: the caller sees an item only with View Items where it applies (the item's
 * own permissions, its folder's, the list's or the web's), and on a ReadSecurity=2 list only its
 * own items.
 */
export function visibility(request: ApiRequest, list: ListRecord): (item: ItemRecord) => boolean {
  const store = request.site.store;
  const ownOnly = !seesAllItems(request, list);
  const viewByScope = new Map<string, boolean>();
  return (item) => {
    if (ownOnly && item.authorId !== request.user.id) return false;
    const scope = governingScope(store, list, item);
    let view = viewByScope.get(scope);
    if (view === undefined) {
      view = hasPermission(
        permissionsOnScope(store, request.user, scope),
        Permission.ViewListItems,
      );
      viewByScope.set(scope, view);
    }
    return view;
  };
}

/** One item, if it exists and the caller may see it: SharePoint answers both with a 404. */
export function visibleItem(
  request: ApiRequest,
  list: ListRecord,
  id: number,
): ItemRecord | undefined {
  const item = request.site.store.items.get(list.id, id);
  return item && visibility(request, list)(item) ? item : undefined;
}

function sortKeys(
  options: QueryOptions,
  schema: ItemSchema,
  expanded: ReadonlySet<string>,
): SortKey[] {
  const resolver = schema.resolver(expanded);
  return (options.orderBy ?? []).map((clause) => {
    const property = resolver.resolve(clause.path);
    if (property.multi) {
      throw invalidQuery(
        `The column '${clause.path.join('/')}' allows multiple values and cannot be sorted.`,
      );
    }
    return { name: clause.path.join('_'), property, descending: clause.descending };
  });
}

/** SharePoint refuses filters and sorts a large list cannot answer from an index. */
function checkThreshold(
  options: QueryOptions,
  schema: ItemSchema,
  expanded: ReadonlySet<string>,
  keys: readonly SortKey[],
  items: readonly ItemRecord[],
  filtered: readonly ItemRecord[],
  /** How many rows the leading clause matches, when an index told. */
  leadingMatches: number | undefined,
): void {
  if (items.length <= LIST_VIEW_THRESHOLD) return;
  if (keys.some((key) => !key.property.indexed)) throw listViewThresholdExceeded();
  if (!options.filter) return;
  const resolver = schema.resolver(expanded);
  const leading = leadingIndexedClause(options.filter, resolver);
  if (!leading) throw listViewThresholdExceeded();
  // A filter that is its indexed clause alone has been counted already.
  if (leading === options.filter) {
    if (filtered.length > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
    return;
  }
  if (leadingMatches !== undefined) {
    if (leadingMatches > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
    return;
  }
  const matches = compileFilter(leading, resolver);
  let count = 0;
  for (const item of items) {
    if (matches(item) && ++count > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
  }
}

/** Sorted on values read once per item, not once per comparison: a large list sorts in time. */
function sortItems(items: readonly ItemRecord[], keys: readonly SortKey[]): ItemRecord[] {
  // The store keeps items in id order, as SharePoint's own index on ID does.
  if (keys.length === 1 && keys[0]?.name.toLowerCase() === 'id') {
    return keys[0].descending ? [...items].reverse() : [...items];
  }
  const rows = items.map((item) => ({ item, values: keys.map((key) => key.property.read(item)) }));
  rows.sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const order = compareScalars(a.values[index], b.values[index]);
      if (order !== 0) return key.descending ? -order : order;
    }
    return a.item.id - b.item.id;
  });
  return rows.map((row) => row.item);
}

function tokenValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The sort position a `$skiptoken` names: its `p_<Field>` values, or its item's current ones. */
function anchorOf(
  token: SkipToken,
  keys: readonly SortKey[],
  schema: ItemSchema,
): ((item: ItemRecord) => number) | undefined {
  if (token.id === undefined) return undefined;
  const id = token.id;
  const anchorItem = schema.store.items.get(schema.list.id, id);
  const values = keys.map((key) => {
    const raw = token.values.get(key.name);
    if (raw === undefined) return anchorItem ? key.property.read(anchorItem) : null;
    if (raw === '') return null;
    if (key.property.kind === 'number' || key.property.kind === 'datetime') {
      const number = Number(raw);
      return Number.isNaN(number) ? parseIsoDate(raw) : number;
    }
    if (key.property.kind === 'boolean') return raw === '1' || raw.toLowerCase() === 'true';
    return raw;
  });
  return (item) => {
    for (const [index, key] of keys.entries()) {
      const order = compareScalars(key.property.read(item), values[index]);
      if (order !== 0) return key.descending ? -order : order;
    }
    return item.id - id;
  };
}

function nextLinkFor(request: ApiRequest, last: ItemRecord, keys: readonly SortKey[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of request.query) {
    if (key.toLowerCase() !== '$skiptoken') params.append(key, value);
  }
  const token = new URLSearchParams({ Paged: 'TRUE' });
  for (const key of keys) {
    // The id always travels as p_ID; a p_Id would read as the same key.
    if (key.name.toLowerCase() !== 'id')
      token.append(`p_${key.name}`, tokenValue(key.property.read(last)));
  }
  token.append('p_ID', String(last.id));
  params.set('$skiptoken', token.toString());
  return `${request.links.origin}${request.pathname}?${params.toString()}`;
}

/** An indexed `eq`'s matches, when the filter leads with one: the only rows it needs testing on. */
function indexedCandidates(
  request: ApiRequest,
  list: ListRecord,
  options: QueryOptions,
  resolver: PropertyResolver<ItemRecord>,
): readonly ItemRecord[] | undefined {
  const equality = options.filter && indexedEquality(options.filter, resolver);
  if (!equality) return undefined;
  const { column, keyOf, key } = equality;
  return request.site.store.items.matching(list.id, column.name, column.definition, keyOf, key);
}

/** GET on a list's `items`: filter, sort, page and project like SharePoint, threshold included. */
export function queryItems(request: ApiRequest, list: ListRecord): ApiResult {
  const options = parseQueryOptions(request.query);
  const schema = new ItemSchema(request.site.store, list, request.site.sitePath);
  const projection = new ItemProjection(schema, request.links, options);
  const keys = sortKeys(options, schema, projection.expanded);
  const resolver = schema.resolver(projection.expanded);
  const predicate = options.filter && compileFilter(options.filter, resolver);
  const all = [...request.site.store.items.all(list.id)];
  const indexed = indexedCandidates(request, list, options, resolver);
  const filtered = predicate ? (indexed ?? all).filter(predicate) : all;
  checkThreshold(options, schema, projection.expanded, keys, all, filtered, indexed?.length);

  // Security trimming comes last, on the rows in page order, and stops after the page: like
  // SharePoint's index, a first page costs about the same on a list of 100 items as of 10,000.
  const visible = visibility(request, list);
  const rows = keys.length > 0 ? sortItems(filtered, keys) : filtered;
  const top = options.top ?? DEFAULT_PAGE_SIZE;
  const anchor = options.skipToken && anchorOf(options.skipToken, keys, schema);
  let page: ItemRecord[];
  let hasMore: boolean;
  if (anchor && options.skipToken?.previous) {
    const before = rows.filter((item) => anchor(item) < 0 && visible(item));
    page = before.slice(Math.max(0, before.length - top));
    hasMore = true;
  } else {
    page = [];
    hasMore = false;
    for (const item of rows) {
      if ((anchor && anchor(item) <= 0) || !visible(item)) continue;
      if (page.length === top) {
        hasMore = true;
        break;
      }
      page.push(item);
    }
  }
  const last = page.at(-1);
  const nextLink = hasMore && last ? nextLinkFor(request, last, keys) : undefined;
  return collectionResult(
    request,
    page.map((item) => projection.project(item)),
    `SP.ListData.${schema.typeName.replace(/^SP\.Data\./, '')}s`,
    nextLink,
  );
}
