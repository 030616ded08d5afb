import type Database from 'better-sqlite3';
import type { SecurityScope } from './records';
import type { WriteUnit } from './write-unit';

export interface RoleAssignmentRecord {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** Role assignments per securable scope: the web, or a list, item or folder that broke inheritance. */
export class RoleAssignmentTable {
  private readonly byScope = new Map<SecurityScope, Map<number, Set<number>>>();

  constructor(private readonly db: Database.Database) {
    const rows = db
      .prepare('SELECT scope, principal_id, role_definition_id FROM role_assignments')
      .all() as { scope: string; principal_id: number; role_definition_id: number }[];
    for (const row of rows) this.bindings(row.scope, row.principal_id).add(row.role_definition_id);
  }

  list(scope: SecurityScope): RoleAssignmentRecord[] {
    const principals = this.byScope.get(scope);
    if (!principals) return [];
    return [...principals]
      .filter(([, roles]) => roles.size > 0)
      .map(([principalId, roles]) => ({ principalId, roleDefinitionIds: [...roles].sort() }));
  }

  add(unit: WriteUnit, scope: SecurityScope, principalId: number, roleDefinitionId: number): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_definition_id) VALUES (?, ?, ?)',
      )
      .run(scope, principalId, roleDefinitionId);
    unit.onCommit(() => this.bindings(scope, principalId).add(roleDefinitionId));
  }

  remove(
    unit: WriteUnit,
    scope: SecurityScope,
    principalId: number,
    roleDefinitionId?: number,
  ): void {
    if (roleDefinitionId === undefined) {
      this.db
        .prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?')
        .run(scope, principalId);
      unit.onCommit(() => this.byScope.get(scope)?.delete(principalId));
      return;
    }
    this.db
      .prepare(
        'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_definition_id = ?',
      )
      .run(scope, principalId, roleDefinitionId);
    unit.onCommit(() => this.byScope.get(scope)?.get(principalId)?.delete(roleDefinitionId));
  }

  removePrincipal(unit: WriteUnit, principalId: number): void {
    this.db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(principalId);
    unit.onCommit(() => {
      for (const principals of this.byScope.values()) principals.delete(principalId);
    });
  }

  clear(unit: WriteUnit, scope: SecurityScope): void {
    this.db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(scope);
    unit.onCommit(() => this.byScope.delete(scope));
  }

  /** Clears the scopes of every item and folder of a list. */
  clearItemScopes(unit: WriteUnit, listId: string): void {
    const prefix = `${listId}/`;
    this.db
      .prepare('DELETE FROM role_assignments WHERE substr(scope, 1, ?) = ?')
      .run(prefix.length, prefix);
    unit.onCommit(() => {
      for (const scope of [...this.byScope.keys()]) {
        if (scope.startsWith(prefix)) this.byScope.delete(scope);
      }
    });
  }

  private bindings(scope: SecurityScope, principalId: number): Set<number> {
    let principals = this.byScope.get(scope);
    if (!principals) {
      principals = new Map();
      this.byScope.set(scope, principals);
    }
    let roles = principals.get(principalId);
    if (!roles) {
      roles = new Set();
      principals.set(principalId, roles);
    }
    return roles;
  }
}
