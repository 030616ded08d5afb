import Database from 'better-sqlite3';
import { FieldKind, kindOf } from '../model/field-types';
import type { ItemRecord, ListRecord } from '../store/records';
import { isFolder } from '../store/records';
import type { SiteStore } from '../store/site-store';

/** One indexed list item. */
export interface IndexedItem {
  readonly rowId: number;
  readonly list: ListRecord;
  readonly item: ItemRecord;
}

export interface TextHit {
  readonly rowId: number;
  /** bm25: lower is better. */
  readonly rank: number;
  readonly summary: string;
}

/** Highlight tags and the ellipsis, as SharePoint writes them in HitHighlightedSummary. */
export const HIT_OPEN = '<c0>';
export const HIT_CLOSE = '</c0>';
export const ELLIPSIS = '<ddd/>';
const SNIPPET_TOKENS = 30;

function textOf(
  store: SiteStore,
  list: ListRecord,
  item: ItemRecord,
): { title: string; body: string } {
  const parts: string[] = [];
  for (const field of store.lists.fieldsOf(list.id)) {
    if (field.internalName === 'Title') continue;
    const kind = kindOf(field);
    if (kind !== FieldKind.Text && kind !== FieldKind.Note) continue;
    const value = item.values[field.internalName];
    if (typeof value === 'string' && value !== '') parts.push(value);
  }
  const title = item.values.Title;
  return { title: typeof title === 'string' ? title : '', body: parts.join('\n') };
}

/** An FTS5 string literal: SharePoint's words are never FTS5 syntax. */
export function ftsTerm(text: string, prefix: boolean): string {
  return `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

/**
 * A full-text index over every list item's title and text columns, in an FTS5 table of its own
 * (in memory). It is derived from the store: each search first brings it up to date, comparing
 * the store's (immutable) item records with the ones it indexed, so no writer has to know it.
 * SharePoint Online's crawl lags by minutes; this one does not lag at all.
 */
export class SearchIndex {
  private readonly db = new Database(':memory:');
  private readonly indexed = new Map<string, IndexedItem>();
  private readonly byRowId = new Map<number, IndexedItem>();
  private nextRowId = 1;
  private readonly insert: Database.Statement;
  private readonly remove: Database.Statement;

  constructor(private readonly store: SiteStore) {
    this.db.exec(
      "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    );
    this.insert = this.db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
    this.remove = this.db.prepare('DELETE FROM fts WHERE rowid = ?');
  }

  /** Brings the index up to date with the store. */
  sync(): void {
    const seen = new Set<string>();
    const changes: (() => void)[] = [];
    for (const list of this.store.lists.all()) {
      for (const item of this.store.items.all(list.id)) {
        if (isFolder(item)) continue;
        const key = `${list.id}/${item.id}`;
        seen.add(key);
        const known = this.indexed.get(key);
        if (known && known.item === item && known.list === list) continue;
        changes.push(() => {
          if (known) this.remove.run(known.rowId);
          const rowId = known?.rowId ?? this.nextRowId++;
          const { title, body } = textOf(this.store, list, item);
          this.insert.run(rowId, title, body);
          const entry = { rowId, list, item };
          this.indexed.set(key, entry);
          this.byRowId.set(rowId, entry);
        });
      }
    }
    for (const [key, entry] of this.indexed) {
      if (seen.has(key)) continue;
      changes.push(() => {
        this.remove.run(entry.rowId);
        this.indexed.delete(key);
        this.byRowId.delete(entry.rowId);
      });
    }
    if (changes.length) this.db.transaction(() => changes.forEach((change) => change()))();
  }

  all(): Iterable<IndexedItem> {
    return this.byRowId.values();
  }

  entry(rowId: number): IndexedItem | undefined {
    return this.byRowId.get(rowId);
  }

  /** Rows matching an FTS5 expression, with rank and a highlighted summary. */
  match(expression: string): TextHit[] {
    return this.db
      .prepare(
        `SELECT rowid AS rowId, bm25(fts, 2.0, 1.0) AS rank, snippet(fts, -1, ?, ?, ?, ${SNIPPET_TOKENS}) AS summary FROM fts WHERE fts MATCH ?`,
      )
      .all(HIT_OPEN, HIT_CLOSE, ELLIPSIS, expression) as TextHit[];
  }

  /** The start of the body (or title), for hits found by a property alone. */
  plainSummary(rowId: number): string {
    const row = this.db.prepare('SELECT title, body FROM fts WHERE rowid = ?').get(rowId) as
      { title: string; body: string } | undefined;
    const text = (row?.body || row?.title || '').replace(/\s+/g, ' ').trim();
    return text.length > 200 ? `${text.slice(0, 200)}${ELLIPSIS}` : text;
  }
}

const indexes = new WeakMap<SiteStore, SearchIndex>();

export function searchIndexOf(store: SiteStore): SearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new SearchIndex(store);
    indexes.set(store, index);
  }
  return index;
}
