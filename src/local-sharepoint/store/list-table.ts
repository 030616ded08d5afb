import type Database from 'better-sqlite3';
import type { FieldProps, FieldRecord, ListRecord } from './records';
import type { WriteUnit } from './write-unit';

interface ListRow {
  id: string;
  title: string;
  url_name: string;
  created: string;
  next_item_id: number;
  unique_role_assignments: number;
  props: string;
}

interface FieldRow {
  list_id: string;
  id: string;
  internal_name: string;
  position: number;
  built_in: number;
  props: string;
}

/** Lists and their field definitions. */
export class ListTable {
  private readonly lists = new Map<string, ListRecord>();
  private readonly fields = new Map<string, FieldRecord[]>();

  constructor(private readonly db: Database.Database) {
    for (const row of db.prepare('SELECT * FROM lists ORDER BY created, id').all() as ListRow[]) {
      this.lists.set(row.id, {
        id: row.id,
        title: row.title,
        urlName: row.url_name,
        created: row.created,
        nextItemId: row.next_item_id,
        hasUniqueRoleAssignments: row.unique_role_assignments === 1,
        props: JSON.parse(row.props) as Record<string, unknown>,
      });
      this.fields.set(row.id, []);
    }
    const fieldRows = db.prepare('SELECT * FROM fields ORDER BY position').all() as FieldRow[];
    for (const row of fieldRows) {
      this.fields.get(row.list_id)?.push({
        id: row.id,
        internalName: row.internal_name,
        position: row.position,
        builtIn: row.built_in === 1,
        props: JSON.parse(row.props) as FieldProps,
      });
    }
  }

  all(): ListRecord[] {
    return [...this.lists.values()];
  }

  get(id: string): ListRecord | undefined {
    return this.lists.get(id.toLowerCase());
  }

  findByTitle(title: string): ListRecord | undefined {
    const wanted = title.toLowerCase();
    return this.all().find((l) => l.title.toLowerCase() === wanted);
  }

  findByUrlName(urlName: string): ListRecord | undefined {
    const wanted = urlName.toLowerCase();
    return this.all().find((l) => l.urlName.toLowerCase() === wanted);
  }

  fieldsOf(listId: string): readonly FieldRecord[] {
    return this.fields.get(listId) ?? [];
  }

  insert(unit: WriteUnit, list: ListRecord, fields: readonly FieldRecord[]): void {
    this.db
      .prepare(
        'INSERT INTO lists (id, title, url_name, created, next_item_id, unique_role_assignments, props) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        list.id,
        list.title,
        list.urlName,
        list.created,
        list.nextItemId,
        list.hasUniqueRoleAssignments ? 1 : 0,
        JSON.stringify(list.props),
      );
    for (const field of fields) this.insertFieldRow(list.id, field);
    unit.onCommit(() => {
      this.lists.set(list.id, list);
      this.fields.set(list.id, [...fields]);
    });
  }

  update(unit: WriteUnit, list: ListRecord): void {
    this.db
      .prepare(
        'UPDATE lists SET title = ?, next_item_id = ?, unique_role_assignments = ?, props = ? WHERE id = ?',
      )
      .run(
        list.title,
        list.nextItemId,
        list.hasUniqueRoleAssignments ? 1 : 0,
        JSON.stringify(list.props),
        list.id,
      );
    unit.onCommit(() => this.lists.set(list.id, list));
  }

  remove(unit: WriteUnit, listId: string): void {
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(listId);
    unit.onCommit(() => {
      this.lists.delete(listId);
      this.fields.delete(listId);
    });
  }

  insertField(unit: WriteUnit, listId: string, field: FieldRecord): void {
    this.insertFieldRow(listId, field);
    unit.onCommit(() => this.fields.set(listId, [...this.fieldsOf(listId), field]));
  }

  updateField(unit: WriteUnit, listId: string, field: FieldRecord): void {
    this.db
      .prepare('UPDATE fields SET props = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(field.props), listId, field.id);
    unit.onCommit(() =>
      this.fields.set(
        listId,
        this.fieldsOf(listId).map((f) => (f.id === field.id ? field : f)),
      ),
    );
  }

  removeField(unit: WriteUnit, listId: string, fieldId: string): void {
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND id = ?').run(listId, fieldId);
    unit.onCommit(() =>
      this.fields.set(
        listId,
        this.fieldsOf(listId).filter((f) => f.id !== fieldId),
      ),
    );
  }

  private insertFieldRow(listId: string, field: FieldRecord): void {
    this.db
      .prepare(
        'INSERT INTO fields (list_id, id, internal_name, position, built_in, props) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        listId,
        field.id,
        field.internalName,
        field.position,
        field.builtIn ? 1 : 0,
        JSON.stringify(field.props),
      );
  }
}
