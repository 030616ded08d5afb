import type Database from 'better-sqlite3';
import type { ItemRecord } from './records';

interface VersionRow {
  item: string;
}

/**
 * Each version of each list item, as SharePoint's version history keeps it: the whole item as it
 * stood after a write. Read only when asked for, so it is not held in memory.
 */
export class VersionTable {
  private readonly insertStatement: Database.Statement;
  private readonly selectStatement: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insertStatement = db.prepare(
      'INSERT OR REPLACE INTO item_versions (list_id, item_id, version, item) VALUES (?, ?, ?, ?)',
    );
    this.selectStatement = db.prepare(
      'SELECT item FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version',
    );
  }

  /** Call inside the write that stores `item`, so a version exists exactly when the write does. */
  record(listId: string, item: ItemRecord): void {
    this.insertStatement.run(listId, item.id, item.version, JSON.stringify(item));
  }

  /** The item's versions, oldest first. */
  of(listId: string, itemId: number): ItemRecord[] {
    const rows = this.selectStatement.all(listId, itemId) as VersionRow[];
    return rows.map((row) => JSON.parse(row.item) as ItemRecord);
  }

  /** A deleted item takes its history with it (restoring from the bin is not supported here). */
  removeItems(listId: string, itemIds: readonly number[]): void {
    const statement = this.db.prepare(
      'DELETE FROM item_versions WHERE list_id = ? AND item_id = ?',
    );
    for (const id of itemIds) statement.run(listId, id);
  }
}
