import { randomUUID } from 'node:crypto';
import type { SpError } from '../http/sp-error';
import { badRequest } from '../http/sp-error';
import type { ApiRequest, ApiResult, Resource } from '../rest/api-types';
import { visibility } from '../rest/item-query';
import { listServerRelativeUrl } from '../rest/list-entities';
import { jsonBody } from '../rest/results';
import type { ItemRecord, ListRecord } from '../store/records';
import type { KqlNode } from './kql';
import { KqlError, parseKql, positiveTerms } from './kql';
import type { IndexedItem, SearchIndex } from './search-index';
import { ftsTerm, searchIndexOf } from './search-index';

const DEFAULT_ROW_LIMIT = 10;
const MAX_ROW_LIMIT = 500;
const GENERIC_LIST_ITEM = 'STS_ListItem_GenericList';

interface SearchRequest {
  queryText: string;
  rowLimit: number;
  startRow: number;
  selectProperties: string[];
  sortList: { property: string; descending: boolean }[];
}

interface Hit {
  readonly entry: IndexedItem;
  readonly rank: number;
  readonly summary: string;
}

type Cell = { Key: string; Value: string | null; ValueType: string };

function searchError(message: string): SpError {
  return badRequest(message, '-1, Microsoft.Office.Server.Search.REST.SearchServiceException');
}

function integer(value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : fallback;
}

function strings(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((entry): entry is string => typeof entry === 'string');
  // Verbose payloads wrap arrays in {results: […]}.
  if (value && typeof value === 'object' && 'results' in value) return strings(value.results);
  return [];
}

function sortsOf(value: unknown): SearchRequest['sortList'] {
  const entries = Array.isArray(value)
    ? (value as unknown[])
    : value && typeof value === 'object' && 'results' in value && Array.isArray(value.results)
      ? (value.results as unknown[])
      : [];
  return entries.flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return [];
    const { Property, Direction } = entry as { Property?: unknown; Direction?: unknown };
    if (typeof Property !== 'string') return [];
    return [{ property: Property, descending: Number(Direction) === 1 }];
  });
}

function fromPost(request: ApiRequest): SearchRequest {
  const body = jsonBody(request);
  const inner = body.request;
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
    throw searchError('The request body has no request object.');
  }
  const query = inner as Record<string, unknown>;
  return {
    queryText: typeof query.Querytext === 'string' ? query.Querytext : '',
    rowLimit: integer(query.RowLimit, DEFAULT_ROW_LIMIT),
    startRow: integer(query.StartRow, 0),
    selectProperties: strings(query.SelectProperties),
    sortList: sortsOf(query.SortList),
  };
}

/** GET parameters are OData literals: `querytext='klimaat'`, `selectproperties='Title,Path'`. */
function literal(value: string | null): string {
  if (value === null) return '';
  const quoted = /^'(.*)'$/s.exec(value.trim());
  return quoted ? (quoted[1] as string).replace(/''/g, "'") : value;
}

function parameter(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) if (key.toLowerCase() === name) return value;
  return null;
}

function fromGet(request: ApiRequest): SearchRequest {
  const get = (name: string) => literal(parameter(request.query, name));
  const list = (name: string) =>
    get(name)
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  return {
    queryText: get('querytext'),
    rowLimit: integer(get('rowlimit') || undefined, DEFAULT_ROW_LIMIT),
    startRow: integer(get('startrow') || undefined, 0),
    selectProperties: list('selectproperties'),
    sortList: list('sortlist').map((entry) => {
      const [property = '', direction = 'ascending'] = entry.split(':');
      return { property, descending: direction.toLowerCase().startsWith('desc') };
    }),
  };
}

function pathOf(request: ApiRequest, list: ListRecord, item: ItemRecord): string {
  return `${request.links.origin}${listServerRelativeUrl(request.site.sitePath, list)}/DispForm.aspx?ID=${item.id}`;
}

function normalizedUrl(url: string): string {
  let value = url.trim().toLowerCase();
  try {
    value = decodeURI(value);
  } catch {
    // keep it as written
  }
  return value.replace(/\/+$/, '');
}

function matchesValue(actual: string, wanted: string, prefix: boolean): boolean {
  const a = actual.toLowerCase();
  const w = wanted.toLowerCase();
  return prefix ? a.startsWith(w) : a === w;
}

class Evaluator {
  private readonly textCache = new Map<string, Set<number>>();

  constructor(
    private readonly index: SearchIndex,
    private readonly request: ApiRequest,
  ) {}

  evaluate(node: KqlNode): Set<number> {
    switch (node.kind) {
      case 'text':
        return this.text(ftsTerm(node.text, node.prefix));
      case 'property':
        return this.property(node);
      case 'and': {
        const [first, ...rest] = node.nodes.map((inner) => this.evaluate(inner));
        return new Set([...(first ?? [])].filter((rowId) => rest.every((set) => set.has(rowId))));
      }
      case 'or':
        return new Set(node.nodes.flatMap((inner) => [...this.evaluate(inner)]));
      case 'not': {
        const excluded = this.evaluate(node.node);
        return new Set([...this.index.all()].map((e) => e.rowId).filter((id) => !excluded.has(id)));
      }
    }
  }

  private text(expression: string): Set<number> {
    let rows = this.textCache.get(expression);
    if (!rows) {
      rows = new Set(this.index.match(expression).map((hit) => hit.rowId));
      this.textCache.set(expression, rows);
    }
    return rows;
  }

  private property(node: Extract<KqlNode, { kind: 'property' }>): Set<number> {
    if (node.name === 'title') return this.text(`title : ${ftsTerm(node.value, node.prefix)}`);
    const test = this.propertyTest(node);
    const rows = new Set<number>();
    if (!test) return rows;
    for (const entry of this.index.all()) if (test(entry)) rows.add(entry.rowId);
    return rows;
  }

  private propertyTest(
    node: Extract<KqlNode, { kind: 'property' }>,
  ): ((entry: IndexedItem) => boolean) | undefined {
    const { value, prefix } = node;
    switch (node.name) {
      case 'path':
      case 'originalpath': {
        const wanted = normalizedUrl(value);
        // A path restriction matches the URL and everything below it.
        return (entry) => {
          const path = normalizedUrl(pathOf(this.request, entry.list, entry.item));
          return (
            path === wanted || path.startsWith(`${wanted}/`) || (prefix && path.startsWith(wanted))
          );
        };
      }
      case 'listid':
      case 'normlistid': {
        const wanted = value.replace(/[{}]/g, '').toLowerCase();
        return (entry) => entry.list.id.toLowerCase() === wanted;
      }
      case 'listitemid':
        return (entry) => String(entry.item.id) === value;
      case 'contentclass':
        return () => matchesValue(GENERIC_LIST_ITEM, value, prefix);
      case 'isdocument':
        return () => value.toLowerCase() === 'false' || value === '0';
      default:
        return undefined;
    }
  }
}

function run(request: ApiRequest, search: SearchRequest): Hit[] {
  let tree: KqlNode;
  try {
    tree = parseKql(search.queryText);
  } catch (error) {
    if (error instanceof KqlError) throw searchError(error.message);
    throw error;
  }
  const index = searchIndexOf(request.site.store);
  index.sync();
  const rows = new Evaluator(index, request).evaluate(tree);
  const terms = positiveTerms(tree);
  const ranked = new Map<number, { rank: number; summary: string }>();
  if (terms.length) {
    const expression = terms.map((term) => ftsTerm(term.text, term.prefix)).join(' OR ');
    for (const hit of index.match(expression)) ranked.set(hit.rowId, hit);
  }
  // Security trimming: a reader finds only what the reader may open.
  const visibleIn = new Map<string, (item: ItemRecord) => boolean>();
  const hits: Hit[] = [];
  for (const rowId of rows) {
    const entry = index.entry(rowId);
    if (!entry) continue;
    let visible = visibleIn.get(entry.list.id);
    if (!visible) {
      visible = visibility(request, entry.list);
      visibleIn.set(entry.list.id, visible);
    }
    if (!visible(entry.item)) continue;
    const found = ranked.get(rowId);
    hits.push({
      entry,
      rank: found?.rank ?? 0,
      summary: found?.summary ?? index.plainSummary(rowId),
    });
  }
  return hits;
}

function sortValue(hit: Hit, property: string): string | number {
  switch (property.toLowerCase()) {
    case 'rank':
      return -hit.rank;
    case 'listitemid':
      return hit.entry.item.id;
    case 'created':
      return hit.entry.item.created;
    case 'write':
    case 'lastmodifiedtime':
      return hit.entry.item.modified;
    case 'title':
      return String(hit.entry.item.values.Title ?? '').toLowerCase();
    default:
      return 0;
  }
}

function sortHits(hits: Hit[], sorts: SearchRequest['sortList']): void {
  const keys = sorts.length ? sorts : [{ property: 'Rank', descending: true }];
  hits.sort((a, b) => {
    for (const key of keys) {
      const x = sortValue(a, key.property);
      const y = sortValue(b, key.property);
      if (x !== y) return (x < y ? -1 : 1) * (key.descending ? -1 : 1);
    }
    return b.entry.item.id - a.entry.item.id;
  });
}

/** Managed properties every result carries, whatever was selected. */
const ALWAYS = ['Rank', 'DocId', 'Title', 'Path', 'OriginalPath', 'ListId', 'ListItemID'];

function cellsOf(request: ApiRequest, hit: Hit, selected: readonly string[]): Cell[] {
  const { list, item } = hit.entry;
  const author = request.site.store.principals.get(item.authorId);
  const path = pathOf(request, list, item);
  const values: Record<string, [string | null, string]> = {
    rank: [String(-hit.rank), 'Edm.Double'],
    docid: [String(hit.entry.rowId), 'Edm.Int64'],
    title: [String(item.values.Title ?? ''), 'Edm.String'],
    path: [path, 'Edm.String'],
    originalpath: [path, 'Edm.String'],
    listid: [list.id, 'Edm.Guid'],
    normlistid: [list.id, 'Edm.Guid'],
    listitemid: [String(item.id), 'Edm.String'],
    author: [author?.title ?? '', 'Edm.String'],
    created: [item.created, 'Edm.DateTime'],
    write: [item.modified, 'Edm.DateTime'],
    lastmodifiedtime: [item.modified, 'Edm.DateTime'],
    hithighlightedsummary: [hit.summary, 'Edm.String'],
    contentclass: [GENERIC_LIST_ITEM, 'Edm.String'],
    isdocument: ['false', 'Edm.Boolean'],
  };
  const names = [...ALWAYS];
  for (const name of [...selected, 'HitHighlightedSummary']) {
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.map((name) => {
    const value = values[name.toLowerCase()];
    return value
      ? { Key: name, Value: value[0], ValueType: value[1] }
      : { Key: name, Value: null, ValueType: 'Null' };
  });
}

function keyValue(Key: string, Value: string, ValueType: string): Cell {
  return { Key, Value, ValueType };
}

/** Wraps every array in `{results: […]}`, as verbose OData does. */
function verbose(value: unknown): unknown {
  if (Array.isArray(value)) return { results: value.map(verbose) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, verbose(inner)]));
  }
  return value;
}

function answer(
  request: ApiRequest,
  search: SearchRequest,
  name: 'query' | 'postquery',
): ApiResult {
  const started = Date.now();
  const hits = run(request, search);
  sortHits(hits, search.sortList);
  const rowLimit = Math.min(search.rowLimit, MAX_ROW_LIMIT);
  const page = hits.slice(search.startRow, search.startRow + rowLimit);
  const result = {
    ElapsedTime: Date.now() - started,
    PrimaryQueryResult: {
      CustomResults: [],
      QueryId: randomUUID(),
      QueryRuleId: '00000000-0000-0000-0000-000000000000',
      RefinementResults: null,
      RelevantResults: {
        GroupTemplateId: null,
        ItemTemplateId: null,
        Properties: [
          keyValue('RowLimit', String(rowLimit), 'Edm.Int32'),
          keyValue('StartRow', String(search.startRow), 'Edm.Int32'),
        ],
        ResultTitle: null,
        ResultTitleUrl: null,
        RowCount: page.length,
        Table: {
          Rows: page.map((hit) => ({ Cells: cellsOf(request, hit, search.selectProperties) })),
        },
        TotalRows: hits.length,
        TotalRowsIncludingDuplicates: hits.length,
      },
      SpecialTermResults: null,
    },
    Properties: [keyValue('RowLimit', String(rowLimit), 'Edm.Int32')],
    SecondaryQueryResults: [],
    SpellingSuggestion: '',
    TriggeredRules: [],
  };
  if (request.level === 'verbose') {
    return {
      status: 200,
      body: {
        d: {
          [name]: {
            __metadata: { type: 'Microsoft.Office.Server.Search.REST.SearchResult' },
            ...(verbose(result) as object),
          },
        },
      },
    };
  }
  return {
    status: 200,
    body:
      request.level === 'minimal'
        ? {
            'odata.metadata': `${request.links.apiUrl}/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`,
            ...result,
          }
        : result,
  };
}

/** `/_api/search`: `postquery` (what PnPjs's `sp.search()` sends) and `query` (GET). */
export const searchResource: Resource = {
  name: 'search',
  child(segment) {
    if (segment.args) return undefined;
    if (segment.key === 'postquery') {
      return {
        name: 'postquery',
        post: (request) => answer(request, fromPost(request), 'postquery'),
      };
    }
    if (segment.key === 'query') {
      return { name: 'query', get: (request) => answer(request, fromGet(request), 'query') };
    }
    return undefined;
  },
};
