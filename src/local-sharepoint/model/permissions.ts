import type { SiteStore } from '../store/site-store';
import type { ItemRecord, ListRecord, PrincipalRecord, SecurityScope } from '../store/records';
import { WEB_SCOPE, itemScope } from '../store/records';

export interface RoleDefinition {
  readonly Id: number;
  readonly Name: string;
  readonly Description: string;
  readonly Order: number;
  readonly RoleTypeKind: number;
  /** SharePoint's 64-bit permission mask as the two 32-bit halves it serializes. */
  readonly High: number;
  readonly Low: number;
}

/** SharePoint's built-in permission levels with their real ids and masks. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    Id: 1073741829,
    Name: 'Full Control',
    Description: 'Has full control.',
    Order: 1,
    RoleTypeKind: 5,
    High: 2147483647,
    Low: 4294967295,
  },
  {
    Id: 1073741828,
    Name: 'Design',
    Description: 'Can view, add, update, delete, approve, and customize.',
    Order: 32,
    RoleTypeKind: 4,
    High: 432,
    Low: 1012866047,
  },
  {
    Id: 1073741830,
    Name: 'Edit',
    Description:
      'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    Order: 48,
    RoleTypeKind: 6,
    High: 432,
    Low: 1011030767,
  },
  {
    Id: 1073741827,
    Name: 'Contribute',
    Description: 'Can view, add, update, and delete list items and documents.',
    Order: 64,
    RoleTypeKind: 3,
    High: 432,
    Low: 1011028719,
  },
  {
    Id: 1073741826,
    Name: 'Read',
    Description: 'Can view pages and list items and download documents.',
    Order: 128,
    RoleTypeKind: 2,
    High: 176,
    Low: 138612833,
  },
];

export const FULL_CONTROL = 1073741829;
export const READ = 1073741826;

/** PnPjs's PermissionKind numbers: bit (n - 1) of the 64-bit mask. */
export const Permission = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  CancelCheckout: 9,
  ManageLists: 12,
  CreateGroups: 25,
  ManagePermissions: 26,
  ManageWeb: 31,
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export interface PermissionMask {
  readonly High: number;
  readonly Low: number;
}

export function findRoleDefinition(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((role) => role.Id === id);
}

/** The principals whose assignments apply to a user: the user and the groups it belongs to. */
function principalIdsOf(store: SiteStore, user: PrincipalRecord): Set<number> {
  return new Set([user.id, ...store.principals.groupsOf(user.id)]);
}

/**
 * The scope whose role assignments apply to `item` (or to the list, or the web): the item's own if
 * it broke inheritance, else its folder's, recursively, else the list's, else the web's.
 */
export function governingScope(
  store: SiteStore,
  list?: ListRecord,
  item?: ItemRecord,
): SecurityScope {
  if (!list) return WEB_SCOPE;
  for (let current = item; current;) {
    if (current.hasUniqueRoleAssignments) return itemScope(list.id, current.id);
    current =
      current.parentPath === '' ? undefined : store.items.folderAt(list.id, current.parentPath);
  }
  return list.hasUniqueRoleAssignments ? list.id : WEB_SCOPE;
}

/** Union of the user's roles on one scope. */
export function permissionsOnScope(
  store: SiteStore,
  user: PrincipalRecord,
  scope: SecurityScope,
): PermissionMask {
  const principals = principalIdsOf(store, user);
  let high = 0;
  let low = 0;
  for (const assignment of store.roleAssignments.list(scope)) {
    if (!principals.has(assignment.principalId)) continue;
    for (const roleId of assignment.roleDefinitionIds) {
      const role = findRoleDefinition(roleId);
      if (!role) continue;
      high = (high | role.High) >>> 0;
      low = (low | role.Low) >>> 0;
    }
  }
  return { High: high, Low: low };
}

/** The user's permissions on the web, a list, or an item or folder of the list. */
export function effectivePermissions(
  store: SiteStore,
  user: PrincipalRecord,
  list?: ListRecord,
  item?: ItemRecord,
): PermissionMask {
  return permissionsOnScope(store, user, governingScope(store, list, item));
}

export function hasPermission(mask: PermissionMask, permission: Permission): boolean {
  const bit = permission - 1;
  return bit < 32 ? ((mask.Low >>> bit) & 1) === 1 : ((mask.High >>> (bit - 32)) & 1) === 1;
}

export function can(
  store: SiteStore,
  user: PrincipalRecord,
  permission: Permission,
  list?: ListRecord,
  item?: ItemRecord,
): boolean {
  return hasPermission(effectivePermissions(store, user, list, item), permission);
}

/**
 * Item-level permissions (ReadSecurity/WriteSecurity = 2) do not bind users with Cancel Checkout,
 * i.e. Design and Full Control, as the list settings page says.
 */
export function bypassesItemLevelSecurity(
  store: SiteStore,
  user: PrincipalRecord,
  list: ListRecord,
): boolean {
  return can(store, user, Permission.CancelCheckout, list);
}

/** Whether `user` may manage the membership of `group`: its owner, or a permission manager. */
export function canManageGroup(
  store: SiteStore,
  user: PrincipalRecord,
  group: PrincipalRecord,
): boolean {
  const ownerId = group.props.ownerId;
  if (ownerId !== undefined && principalIdsOf(store, user).has(ownerId)) return true;
  return can(store, user, Permission.ManagePermissions);
}
