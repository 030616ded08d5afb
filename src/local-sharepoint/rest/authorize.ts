import { accessDenied } from '../http/sp-error';
import type { Permission } from '../model/permissions';
import { bypassesItemLevelSecurity, can } from '../model/permissions';
import type { ItemRecord, ListRecord } from '../store/records';
import type { ApiRequest } from './api-types';

const WRITE_ALL = 1;
const WRITE_NONE = 4;

/**
 * Throws SharePoint's 403 unless the caller holds `permission` where it applies: on an item or
 * folder (its own permissions or those it inherits), on the list, or on the web.
 */
export function requirePermission(
  request: ApiRequest,
  permission: Permission,
  list?: ListRecord,
  item?: ItemRecord,
): void {
  if (!can(request.site.store, request.user, permission, list, item)) throw accessDenied();
}

/**
 * The list's WriteSecurity: 2 lets users change only items they created and 4 none at all, unless
 * they bypass item-level security (Design, Full Control). `item` is the item being changed.
 */
export function requireWriteSecurity(
  request: ApiRequest,
  list: ListRecord,
  item?: ItemRecord,
): void {
  const writeSecurity = Number(list.props.WriteSecurity ?? WRITE_ALL);
  const store = request.site.store;
  if (writeSecurity === WRITE_ALL || bypassesItemLevelSecurity(store, request.user, list)) return;
  if (writeSecurity === WRITE_NONE) throw accessDenied();
  if (item && item.authorId !== request.user.id) throw accessDenied();
}
