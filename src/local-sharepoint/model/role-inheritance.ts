import type { ItemRecord, ListRecord, SecurityScope } from '../store/records';
import { itemScope } from '../store/records';
import type { SiteStore } from '../store/site-store';
import type { WriteUnit } from '../store/write-unit';
import { contentsOf } from './folders';
import { FULL_CONTROL, governingScope } from './permissions';

/** A list, or an item or folder of it, as an object with its own permissions or inherited ones. */
export interface SecurableTarget {
  readonly list: ListRecord;
  readonly item?: ItemRecord;
}

function ownScope(target: SecurableTarget): SecurityScope {
  return target.item ? itemScope(target.list.id, target.item.id) : target.list.id;
}

function hasUniqueRoleAssignments(target: SecurableTarget): boolean {
  return (target.item ?? target.list).hasUniqueRoleAssignments;
}

function markUnique(store: SiteStore, unit: WriteUnit, target: SecurableTarget, unique: boolean) {
  if (target.item) {
    store.items.update(unit, target.list.id, {
      ...target.item,
      hasUniqueRoleAssignments: unique,
    });
  } else {
    store.lists.update(unit, { ...target.list, hasUniqueRoleAssignments: unique });
  }
}

/** The items and folders below the target whose unique permissions `clearsubscopes` resets. */
function subscopes(store: SiteStore, target: SecurableTarget): ItemRecord[] {
  const below = target.item
    ? contentsOf(store, target.list.id, target.item)
    : [...store.items.all(target.list.id)];
  return below.filter((item) => item.hasUniqueRoleAssignments);
}

/**
 * Gives the target its own role assignments: a copy of what it inherited, or else only the caller
 * with Full Control (SharePoint keeps the object reachable for whoever broke it). A target that
 * already has its own is left alone.
 */
export function breakRoleInheritance(
  store: SiteStore,
  target: SecurableTarget,
  options: { copy: boolean; clearSubscopes: boolean; callerId: number },
): void {
  if (hasUniqueRoleAssignments(target)) return;
  const inherited = store.roleAssignments.list(governingScope(store, target.list, target.item));
  const scope = ownScope(target);
  const cleared = options.clearSubscopes ? subscopes(store, target) : [];
  store.write((unit) => {
    if (options.copy) {
      for (const assignment of inherited) {
        for (const roleId of assignment.roleDefinitionIds)
          store.roleAssignments.add(unit, scope, assignment.principalId, roleId);
      }
    } else {
      store.roleAssignments.add(unit, scope, options.callerId, FULL_CONTROL);
    }
    markUnique(store, unit, target, true);
    for (const item of cleared) {
      store.roleAssignments.clear(unit, itemScope(target.list.id, item.id));
      markUnique(store, unit, { list: target.list, item }, false);
    }
  });
}

/** Drops the target's own role assignments: it inherits from its folder, list or web again. */
export function resetRoleInheritance(store: SiteStore, target: SecurableTarget): void {
  store.write((unit) => {
    store.roleAssignments.clear(unit, ownScope(target));
    markUnique(store, unit, target, false);
  });
}
