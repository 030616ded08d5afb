import type Database from 'better-sqlite3';
import type { PrincipalProps, PrincipalRecord } from './records';
import type { WriteUnit } from './write-unit';

interface PrincipalRow {
  id: number;
  kind: 'user' | 'group';
  login_name: string;
  title: string;
  email: string;
  props: string;
}

/** Site users and site groups share one id space, as principals do in SharePoint. */
export class PrincipalTable {
  private readonly byId = new Map<number, PrincipalRecord>();
  private readonly members = new Map<number, Set<number>>();

  constructor(private readonly db: Database.Database) {
    const rows = db.prepare('SELECT * FROM principals ORDER BY id').all() as PrincipalRow[];
    for (const row of rows) {
      this.byId.set(row.id, {
        id: row.id,
        kind: row.kind,
        loginName: row.login_name,
        title: row.title,
        email: row.email,
        props: JSON.parse(row.props) as PrincipalProps,
      });
    }
    const memberships = db.prepare('SELECT group_id, user_id FROM group_members').all() as {
      group_id: number;
      user_id: number;
    }[];
    for (const row of memberships) this.memberSet(row.group_id).add(row.user_id);
  }

  get(id: number): PrincipalRecord | undefined {
    return this.byId.get(id);
  }

  all(): PrincipalRecord[] {
    return [...this.byId.values()];
  }

  users(): PrincipalRecord[] {
    return this.all().filter((p) => p.kind === 'user');
  }

  groups(): PrincipalRecord[] {
    return this.all().filter((p) => p.kind === 'group');
  }

  findByLoginName(loginName: string): PrincipalRecord | undefined {
    const wanted = loginName.toLowerCase();
    return this.all().find((p) => p.loginName.toLowerCase() === wanted);
  }

  findGroupByTitle(title: string): PrincipalRecord | undefined {
    const wanted = title.toLowerCase();
    return this.groups().find((g) => g.title.toLowerCase() === wanted);
  }

  membersOf(groupId: number): number[] {
    return [...(this.members.get(groupId) ?? [])];
  }

  groupsOf(userId: number): number[] {
    const result: number[] = [];
    for (const [groupId, users] of this.members) if (users.has(userId)) result.push(groupId);
    return result;
  }

  /** Inserts right away (the id is needed by later statements of the same unit). */
  insert(unit: WriteUnit, principal: Omit<PrincipalRecord, 'id'>): PrincipalRecord {
    const info = this.db
      .prepare(
        'INSERT INTO principals (kind, login_name, title, email, props) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        principal.kind,
        principal.loginName,
        principal.title,
        principal.email,
        JSON.stringify(principal.props),
      );
    const record: PrincipalRecord = { ...principal, id: Number(info.lastInsertRowid) };
    unit.onCommit(() => this.byId.set(record.id, record));
    return record;
  }

  update(unit: WriteUnit, record: PrincipalRecord): void {
    this.db
      .prepare('UPDATE principals SET login_name = ?, title = ?, email = ?, props = ? WHERE id = ?')
      .run(record.loginName, record.title, record.email, JSON.stringify(record.props), record.id);
    unit.onCommit(() => this.byId.set(record.id, record));
  }

  remove(unit: WriteUnit, id: number): void {
    this.db.prepare('DELETE FROM principals WHERE id = ?').run(id);
    unit.onCommit(() => {
      this.byId.delete(id);
      this.members.delete(id);
      for (const users of this.members.values()) users.delete(id);
    });
  }

  addMember(unit: WriteUnit, groupId: number, userId: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)')
      .run(groupId, userId);
    unit.onCommit(() => this.memberSet(groupId).add(userId));
  }

  removeMember(unit: WriteUnit, groupId: number, userId: number): void {
    this.db
      .prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?')
      .run(groupId, userId);
    unit.onCommit(() => this.members.get(groupId)?.delete(userId));
  }

  private memberSet(groupId: number): Set<number> {
    let set = this.members.get(groupId);
    if (!set) {
      set = new Set();
      this.members.set(groupId, set);
    }
    return set;
  }
}
