import type Database from 'better-sqlite3';
import { ColumnIndex } from './column-index';
import type { FolderRecord, ItemRecord, ItemValue } from './records';
import { folderPathOf, isFolder } from './records';
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
  parent_path: string;
  folder_name: string | null;
  unique_role_assignments: number;
}

export interface RecycledItem {
  readonly id: string;
  readonly listId: string;
  readonly deletedBy: number;
  readonly deleted: string;
  readonly item: ItemRecord;
  /** What a recycled folder held; it goes to the bin with the folder, as one entry. */
  readonly contents: readonly ItemRecord[];
}

function recordOf(row: ItemRow): ItemRecord {
  return {
    id: row.id,
    uid: row.uid,
    version: row.version,
    authorId: row.author_id,
    editorId: row.editor_id,
    created: row.created,
    modified: row.modified,
    values: JSON.parse(row.data) as Record<string, ItemValue>,
    parentPath: row.parent_path,
    ...(row.folder_name === null ? {} : { folderName: row.folder_name }),
    hasUniqueRoleAssignments: row.unique_role_assignments === 1,
  };
}

/** List items and folders, per list in id order (ids only grow, so insertion order is id order). */
export class ItemTable {
  private readonly byList = new Map<string, Map<number, ItemRecord>>();
  /** Folders per list by lower-cased path: SharePoint URLs are case-insensitive. */
  private readonly foldersByList = new Map<string, Map<string, FolderRecord>>();
  /** Per list, the column indexes queries have asked for, by column name. */
  private readonly indexesByList = new Map<
    string,
    Map<string, { column: object; index: ColumnIndex }>
  >();
  private readonly insertStatement: Database.Statement;
  private readonly updateStatement: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const rows = db.prepare('SELECT * FROM items ORDER BY list_id, id').all() as ItemRow[];
    for (const row of rows) this.remember(row.list_id, recordOf(row));
    this.insertStatement = db.prepare(
      'INSERT INTO items (list_id, id, uid, version, author_id, editor_id, created, modified, data, parent_path, folder_name, unique_role_assignments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.updateStatement = db.prepare(
      'UPDATE items SET version = ?, editor_id = ?, modified = ?, data = ?, unique_role_assignments = ? WHERE list_id = ? AND id = ?',
    );
  }

  /** The list's items and folders in id order; do not mutate. */
  all(listId: string): Iterable<ItemRecord> {
    return this.itemsOf(listId).values();
  }

  count(listId: string): number {
    return this.byList.get(listId)?.size ?? 0;
  }

  get(listId: string, id: number): ItemRecord | undefined {
    return this.byList.get(listId)?.get(id);
  }

  /**
   * The items whose `read` value is `value`, in id order, from an index on the column that is
   * built on first use and kept as writes commit. `column` is the column's current definition: a
   * changed column gets a new index.
   */
  matching(
    listId: string,
    name: string,
    column: object,
    read: (item: ItemRecord) => unknown,
    value: unknown,
  ): ItemRecord[] {
    let indexes = this.indexesByList.get(listId);
    if (!indexes) {
      indexes = new Map();
      this.indexesByList.set(listId, indexes);
    }
    let entry = indexes.get(name);
    if (entry?.column !== column) {
      entry = { column, index: new ColumnIndex(read, this.all(listId)) };
      indexes.set(name, entry);
    }
    return entry.index.matching(value);
  }

  /** The folder at a list-relative path, if there is one. */
  folderAt(listId: string, path: string): FolderRecord | undefined {
    return this.foldersByList.get(listId)?.get(path.toLowerCase());
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
      item.parentPath,
      item.folderName ?? null,
      item.hasUniqueRoleAssignments ? 1 : 0,
    );
    unit.onCommit(() => this.remember(listId, item));
  }

  /** Writes the item's values, version and security flag; its place never changes. */
  update(unit: WriteUnit, listId: string, item: ItemRecord): void {
    this.updateStatement.run(
      item.version,
      item.editorId,
      item.modified,
      JSON.stringify(item.values),
      item.hasUniqueRoleAssignments ? 1 : 0,
      listId,
      item.id,
    );
    unit.onCommit(() => this.remember(listId, item));
  }

  /** Deletes `recycled.item` and its contents, keeping them in the recycle bin when given. */
  remove(
    unit: WriteUnit,
    listId: string,
    items: readonly ItemRecord[],
    recycled?: RecycledItem,
  ): void {
    const statement = this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?');
    for (const item of items) statement.run(listId, item.id);
    if (recycled) {
      const { item, contents } = recycled;
      this.db
        .prepare(
          'INSERT INTO recycle_bin (id, list_id, item_id, deleted, deleted_by, item) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          recycled.id,
          listId,
          item.id,
          recycled.deleted,
          recycled.deletedBy,
          JSON.stringify(contents.length > 0 ? { ...item, contents } : item),
        );
    }
    unit.onCommit(() => {
      for (const item of items) this.forget(listId, item);
    });
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
      for (const item of changed) this.remember(listId, item);
    });
  }

  removeList(unit: WriteUnit, listId: string): void {
    this.db.prepare('DELETE FROM recycle_bin WHERE list_id = ?').run(listId);
    unit.onCommit(() => {
      this.byList.delete(listId);
      this.foldersByList.delete(listId);
      this.indexesByList.delete(listId);
    });
  }

  private remember(listId: string, item: ItemRecord): void {
    this.itemsOf(listId).set(item.id, item);
    for (const { index } of this.indexesByList.get(listId)?.values() ?? []) index.add(item);
    if (!isFolder(item)) return;
    let folders = this.foldersByList.get(listId);
    if (!folders) {
      folders = new Map();
      this.foldersByList.set(listId, folders);
    }
    folders.set(folderPathOf(item).toLowerCase(), item);
  }

  private forget(listId: string, item: ItemRecord): void {
    this.byList.get(listId)?.delete(item.id);
    for (const { index } of this.indexesByList.get(listId)?.values() ?? []) index.remove(item.id);
    if (isFolder(item)) this.foldersByList.get(listId)?.delete(folderPathOf(item).toLowerCase());
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
