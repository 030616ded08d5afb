import type Database from 'better-sqlite3';
import type { WriteUnit } from './write-unit';

export interface AttachmentRecord {
  readonly fileName: string;
  readonly size: number;
  readonly created: string;
}

interface AttachmentRow {
  list_id: string;
  item_id: number;
  file_name: string;
  size: number;
  created: string;
}

function keyOf(listId: string, itemId: number): string {
  return `${listId}/${itemId}`;
}

/**
 * List item attachments. Their names live in memory (an item's `Attachments` flag is read on every
 * item); their bytes stay in SQLite until asked for.
 */
export class AttachmentTable {
  private readonly byItem = new Map<string, AttachmentRecord[]>();

  constructor(private readonly db: Database.Database) {
    const rows = db
      .prepare(
        'SELECT list_id, item_id, file_name, size, created FROM attachments ORDER BY list_id, item_id, created, file_name',
      )
      .all() as AttachmentRow[];
    for (const row of rows) {
      const key = keyOf(row.list_id, row.item_id);
      this.byItem.set(key, [
        ...(this.byItem.get(key) ?? []),
        { fileName: row.file_name, size: row.size, created: row.created },
      ]);
    }
  }

  /** The item's attachments in the order they were added. */
  of(listId: string, itemId: number): readonly AttachmentRecord[] {
    return this.byItem.get(keyOf(listId, itemId)) ?? [];
  }

  /** File names compare without case, as SharePoint's URLs do. */
  find(listId: string, itemId: number, fileName: string): AttachmentRecord | undefined {
    const wanted = fileName.toLowerCase();
    return this.of(listId, itemId).find((file) => file.fileName.toLowerCase() === wanted);
  }

  content(listId: string, itemId: number, fileName: string): Buffer | undefined {
    const row = this.db
      .prepare(
        'SELECT content FROM attachments WHERE list_id = ? AND item_id = ? AND file_name = ? COLLATE NOCASE',
      )
      .get(listId, itemId, fileName) as { content: Buffer } | undefined;
    return row?.content;
  }

  /** Adds a new file or replaces the content of one with the same name. */
  put(
    unit: WriteUnit,
    listId: string,
    itemId: number,
    fileName: string,
    content: Buffer,
    now: string,
  ) {
    const existing = this.find(listId, itemId, fileName);
    const record: AttachmentRecord = {
      fileName: existing?.fileName ?? fileName,
      size: content.length,
      created: existing?.created ?? now,
    };
    this.db
      .prepare(
        'INSERT INTO attachments (list_id, item_id, file_name, size, created, content) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (list_id, item_id, file_name) DO UPDATE SET size = excluded.size, content = excluded.content',
      )
      .run(listId, itemId, record.fileName, record.size, record.created, content);
    unit.onCommit(() => {
      const files = this.of(listId, itemId);
      this.byItem.set(
        keyOf(listId, itemId),
        existing ? files.map((file) => (file === existing ? record : file)) : [...files, record],
      );
    });
    return record;
  }

  remove(unit: WriteUnit, listId: string, itemId: number, fileName: string): void {
    this.db
      .prepare(
        'DELETE FROM attachments WHERE list_id = ? AND item_id = ? AND file_name = ? COLLATE NOCASE',
      )
      .run(listId, itemId, fileName);
    unit.onCommit(() => {
      const wanted = fileName.toLowerCase();
      const left = this.of(listId, itemId).filter((file) => file.fileName.toLowerCase() !== wanted);
      if (left.length) this.byItem.set(keyOf(listId, itemId), left);
      else this.byItem.delete(keyOf(listId, itemId));
    });
  }

  /** Drops every attachment of the items (deleted with them). */
  removeItems(unit: WriteUnit, listId: string, itemIds: readonly number[]): void {
    const statement = this.db.prepare('DELETE FROM attachments WHERE list_id = ? AND item_id = ?');
    for (const id of itemIds) statement.run(listId, id);
    unit.onCommit(() => {
      for (const id of itemIds) this.byItem.delete(keyOf(listId, id));
    });
  }
}
