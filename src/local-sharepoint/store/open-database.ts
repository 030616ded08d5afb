import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

const SCHEMA_VERSION = 4;

const SCHEMA = `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE principals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('user', 'group')),
  login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  props TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE group_members (
  group_id INTEGER NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
);
CREATE TABLE role_assignments (
  scope TEXT NOT NULL,
  principal_id INTEGER NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
  role_definition_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_definition_id)
);
CREATE TABLE lists (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  unique_role_assignments INTEGER NOT NULL DEFAULT 0,
  props TEXT NOT NULL
);
CREATE TABLE fields (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  internal_name TEXT NOT NULL,
  position INTEGER NOT NULL,
  built_in INTEGER NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (list_id, id),
  UNIQUE (list_id, internal_name)
);
CREATE TABLE items (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  uid TEXT NOT NULL,
  version INTEGER NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  data TEXT NOT NULL,
  parent_path TEXT NOT NULL DEFAULT '',
  folder_name TEXT,
  unique_role_assignments INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list_id, id)
) WITHOUT ROWID;
CREATE TABLE recycle_bin (
  id TEXT PRIMARY KEY,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  deleted TEXT NOT NULL,
  deleted_by INTEGER NOT NULL,
  item TEXT NOT NULL
);
CREATE TABLE attachments (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  file_name TEXT NOT NULL COLLATE NOCASE,
  size INTEGER NOT NULL,
  created TEXT NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (list_id, item_id, file_name)
) WITHOUT ROWID;
CREATE TABLE item_versions (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  item TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
) WITHOUT ROWID;
`;

/**
 * Upgrades from each older version to the next, so the `.data/` sites developers already have keep
 * opening. Key: the version the statements upgrade from.
 */
const MIGRATIONS: Readonly<Record<number, string>> = {
  // Folders and item-level permissions: existing items sit at the list root and inherit.
  1: `
ALTER TABLE items ADD COLUMN parent_path TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN folder_name TEXT;
ALTER TABLE items ADD COLUMN unique_role_assignments INTEGER NOT NULL DEFAULT 0;
`,
  // List item attachments.
  2: `
CREATE TABLE IF NOT EXISTS attachments (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  file_name TEXT NOT NULL COLLATE NOCASE,
  size INTEGER NOT NULL,
  created TEXT NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (list_id, item_id, file_name)
) WITHOUT ROWID;
`,
  // Item version history: items written before it start their history at their next write.
  3: `
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  item TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
) WITHOUT ROWID;
`,
};

function migrate(db: Database.Database, from: number): void {
  db.transaction(() => {
    for (let version = from; version < SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version] as string);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/**
 * Opens the SQLite file with WAL and synchronous=FULL, so every committed transaction is on disk
 * before the HTTP answer leaves (it survives kill -9 and power loss). A snapshot's bytes open as a
 * database in memory.
 */
export function openDatabase(source: string | Buffer): Database.Database {
  if (typeof source === 'string' && source !== ':memory:') {
    mkdirSync(dirname(source), { recursive: true });
  }
  const db = new Database(source);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  } else if (version < SCHEMA_VERSION && version in MIGRATIONS) {
    migrate(db, version);
  } else if (version !== SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `Unsupported local SharePoint database version ${version} in ${typeof source === 'string' ? source : 'a snapshot'}.`,
    );
  }
  return db;
}
