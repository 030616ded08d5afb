import type Database from 'better-sqlite3';
import { AttachmentTable } from './attachment-table';
import { ItemTable } from './item-table';
import { ListTable } from './list-table';
import { openDatabase } from './open-database';
import { PrincipalTable } from './principal-table';
import { RoleAssignmentTable } from './role-assignment-table';
import { SettingsTable } from './settings-table';
import { VersionTable } from './version-table';
import type { WriteUnit } from './write-unit';

/**
 * The site's state: SQLite is the truth, and a write-through copy in memory answers the reads
 * (the only writer is this process, so the copy cannot go stale).
 */
export class SiteStore {
  readonly settings: SettingsTable;
  readonly principals: PrincipalTable;
  readonly roleAssignments: RoleAssignmentTable;
  readonly lists: ListTable;
  readonly items: ItemTable;
  readonly attachments: AttachmentTable;
  readonly versions: VersionTable;

  private constructor(private readonly db: Database.Database) {
    this.settings = new SettingsTable(db);
    this.principals = new PrincipalTable(db);
    this.roleAssignments = new RoleAssignmentTable(db);
    this.lists = new ListTable(db);
    this.items = new ItemTable(db);
    this.attachments = new AttachmentTable(db);
    this.versions = new VersionTable(db);
  }

  static open(source: string | Buffer): SiteStore {
    return new SiteStore(openDatabase(source));
  }

  /** The whole database as bytes: a copy to start other sites from (`dbPath`). */
  snapshot(): Buffer {
    return this.db.serialize();
  }

  /** Runs `change` in one transaction; memory follows only once the commit succeeded. */
  write<T>(change: (unit: WriteUnit) => T): T {
    const effects: (() => void)[] = [];
    const unit: WriteUnit = { onCommit: (effect) => effects.push(effect) };
    const result = this.db.transaction(() => change(unit))();
    for (const effect of effects) effect();
    return result;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
