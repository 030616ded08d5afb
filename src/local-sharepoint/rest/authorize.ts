import { accessDenied } from '../http/sp-error';
import type { Permission } from '../model/permissions';
import { can } from '../model/permissions';
import type { ListRecord } from '../store/records';
import type { ApiRequest } from './api-types';

/** Throws SharePoint's 403 unless the caller holds `permission` on the list (or the web). */
export function requirePermission(
  request: ApiRequest,
  permission: Permission,
  list?: ListRecord,
): void {
  if (!can(request.site.store, request.user, permission, list)) throw accessDenied();
}
