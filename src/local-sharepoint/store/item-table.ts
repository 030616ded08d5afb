import type Database from 'better-sqlite3';
import type { ItemRecord, ItemValue } from './records';
import type { WriteUnit } from './write-unit';

interface ItemRow {
  list_id: string;
  id: number;
  uid: string;
  version: number;
  author_id: number;
  editor_id: number;
  created: string;
  modified: string;
  data: string;
}

export interface RecycledItem {
  readonly id: string;
  readonly listId: string;
  readonly deletedBy: number;
  readonly deleted: string;
  readonly item: ItemRecord;
}

/** List items, per list in id order (ids only grow, so insertion order is id order). */
export class ItemTable {
  private readonly byList = new Map<string, Map<number, ItemRecord>>();
  private readonly insertStatement: Database.Statement;
  private readonly updateStatement: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const rows = db.prepare('SELECT * FROM items ORDER BY list_id, id').all() as ItemRow[];
    for (const row of rows) {
      this.itemsOf(row.list_id).set(row.id, {
        id: row.id,
        uid: row.uid,
        version: row.version,
        authorId: row.author_id,
        editorId: row.editor_id,
        created: row.created,
        modified: row.modified,
        values: JSON.parse(row.data) as Record<string, ItemValue>,
      });
    }
    this.insertStatement = db.prepare(
      'INSERT INTO items (list_id, id, uid, version, author_id, editor_id, created, modified, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.updateStatement = db.prepare(
      'UPDATE items SET version = ?, editor_id = ?, modified = ?, data = ? WHERE list_id = ? AND id = ?',
    );
  }

  /** The list's items in id order; do not mutate. */
  all(listId: string): Iterable<ItemRecord> {
    return this.itemsOf(listId).values();
  }

  count(listId: string): number {
    return this.byList.get(listId)?.size ?? 0;
  }

  get(listId: string, id: number): ItemRecord | undefined {
    return this.byList.get(listId)?.get(id);
  }

  insert(unit: WriteUnit, listId: string, item: ItemRecord): void {
    this.insertStatement.run(
      listId,
      item.id,
      item.uid,
      item.version,
      item.authorId,
      item.editorId,
      item.created,
      item.modified,
      JSON.stringify(item.values),
    );
    unit.onCommit(() => this.itemsOf(listId).set(item.id, item));
  }

  update(unit: WriteUnit, listId: string, item: ItemRecord): void {
    this.updateStatement.run(
      item.version,
      item.editorId,
      item.modified,
      JSON.stringify(item.values),
      listId,
      item.id,
    );
    unit.onCommit(() => this.itemsOf(listId).set(item.id, item));
  }

  remove(unit: WriteUnit, listId: string, id: number, recycled?: RecycledItem): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
    if (recycled) {
      this.db
        .prepare(
          'INSERT INTO recycle_bin (id, list_id, item_id, deleted, deleted_by, item) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          recycled.id,
          listId,
          id,
          recycled.deleted,
          recycled.deletedBy,
          JSON.stringify(recycled.item),
        );
    }
    unit.onCommit(() => this.byList.get(listId)?.delete(id));
  }

  /** Drops a deleted field's values from every item of the list. */
  removeColumn(unit: WriteUnit, listId: string, internalName: string): void {
    const changed: ItemRecord[] = [];
    for (const item of this.all(listId)) {
      if (!(internalName in item.values)) continue;
      const values = Object.fromEntries(
        Object.entries(item.values).filter(([name]) => name !== internalName),
      );
      changed.push({ ...item, values });
    }
    const statement = this.db.prepare('UPDATE items SET data = ? WHERE list_id = ? AND id = ?');
    for (const item of changed) statement.run(JSON.stringify(item.values), listId, item.id);
    unit.onCommit(() => {
      for (const item of changed) this.itemsOf(listId).set(item.id, item);
    });
  }

  removeList(unit: WriteUnit, listId: string): void {
    this.db.prepare('DELETE FROM recycle_bin WHERE list_id = ?').run(listId);
    unit.onCommit(() => this.byList.delete(listId));
  }

  private itemsOf(listId: string): Map<number, ItemRecord> {
    let items = this.byList.get(listId);
    if (!items) {
      items = new Map();
      this.byList.set(listId, items);
    }
    return items;
  }
}
