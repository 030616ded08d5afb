import type Database from 'better-sqlite3';
import type { WriteUnit } from './write-unit';

export class SettingsTable {
  private readonly values = new Map<string, string>();
  private readonly upsert: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    const rows = db.prepare('SELECT key, value FROM settings').all() as {
      key: string;
      value: string;
    }[];
    for (const row of rows) this.values.set(row.key, row.value);
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(key: string): string | undefined {
    return this.values.get(key);
  }

  set(unit: WriteUnit, key: string, value: string): void {
    this.upsert.run(key, value);
    unit.onCommit(() => this.values.set(key, value));
  }
}
