import { SpError, badRequest, itemNotFound } from '../http/sp-error';
import type { PermissionMask, RoleDefinition } from '../model/permissions';
import {
  Permission,
  ROLE_DEFINITIONS,
  effectivePermissions,
  findRoleDefinition,
  governingScope,
} from '../model/permissions';
import type { SecurableTarget } from '../model/role-inheritance';
import { breakRoleInheritance, resetRoleInheritance } from '../model/role-inheritance';
import { ODataEntity } from '../odata/odata-format';
import type { ItemRecord, ListRecord, PrincipalRecord } from '../store/records';
import { WEB_SCOPE, itemScope } from '../store/records';
import type { ApiRequest, ApiResult, Resource, SiteLinks } from './api-types';
import { requirePermission } from './authorize';
import type { EntityDescriptor } from './entity-query';
import { projectEntity, queryEntities, requestOptions } from './entity-query';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { principalDescriptor } from './principal-entities';
import { collectionResult, emptyOk, entityResult } from './results';
import { findUserByLogin } from './principal-lookup';

/** The web, a list, or an item or folder of a list, as a securable object. */
export interface Securable {
  readonly list?: ListRecord;
  /** Set for an item or folder of `list`. */
  readonly itemId?: number;
  /** `Web`, `Web/Lists(guid'…')` or `Web/Lists(guid'…')/Items(n)`. */
  readonly editPath: string;
}

interface CurrentSecurable {
  readonly list?: ListRecord;
  readonly item?: ItemRecord;
}

/** The securable as stored now: an earlier call (or batch part) may have changed it. */
function current(request: ApiRequest, securable: Securable): CurrentSecurable {
  const store = request.site.store;
  const list = securable.list && store.lists.get(securable.list.id);
  if (!list || securable.itemId === undefined) return { list };
  const item = store.items.get(list.id, securable.itemId);
  if (!item) throw itemNotFound();
  return { list, item };
}

function scopeOf(request: ApiRequest, securable: Securable): string {
  const { list, item } = current(request, securable);
  return governingScope(request.site.store, list, item);
}

function roleDefinitionDescriptor(links: SiteLinks, role: RoleDefinition): EntityDescriptor {
  const path = `Web/RoleDefinitions(${role.Id})`;
  return {
    meta: {
      type: 'SP.RoleDefinition',
      id: `${links.apiUrl}/${path}`,
      uri: `${links.apiUrl}/${path}`,
      editLink: path,
    },
    props: {
      BasePermissions: { High: String(role.High), Low: String(role.Low) },
      Description: role.Description,
      Hidden: false,
      Id: role.Id,
      Name: role.Name,
      Order: role.Order,
      RoleTypeKind: role.RoleTypeKind,
    },
  };
}

function roleDefinitionResource(role: RoleDefinition | undefined): Resource {
  if (!role) {
    throw new SpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      'The role definition cannot be found.',
    );
  }
  return {
    name: role.Name,
    get: (request) =>
      entityResult(
        request,
        projectEntity(roleDefinitionDescriptor(request.links, role), requestOptions(request)),
        'SP.ApiData.RoleDefinitions/@Element',
      ),
  };
}

export const roleDefinitionsResource: Resource = {
  name: 'RoleDefinitions',
  get: (request) =>
    collectionResult(
      request,
      queryEntities(
        ROLE_DEFINITIONS.map((role) => roleDefinitionDescriptor(request.links, role)),
        requestOptions(request),
        'SP.RoleDefinition',
      ),
      'SP.ApiData.RoleDefinitions',
    ),
  child(segment) {
    const value = argument(segment);
    if (segment.key === 'roledefinitions' || segment.key === 'getbyid') {
      return value?.type === 'number'
        ? roleDefinitionResource(findRoleDefinition(value.value))
        : undefined;
    }
    if (segment.key === 'getbytype' && value?.type === 'number') {
      return roleDefinitionResource(ROLE_DEFINITIONS.find((r) => r.RoleTypeKind === value.value));
    }
    if (segment.key === 'getbyname' && value?.type === 'string') {
      const name = value.value.toLowerCase();
      return roleDefinitionResource(ROLE_DEFINITIONS.find((r) => r.Name.toLowerCase() === name));
    }
    return undefined;
  },
};

function assignmentDescriptor(
  request: ApiRequest,
  securable: Securable,
  principalId: number,
  roleIds: readonly number[],
): EntityDescriptor {
  const path = `${securable.editPath}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const { links } = request;
  const store = request.site.store;
  return {
    meta: {
      type: 'SP.RoleAssignment',
      id: `${links.apiUrl}/${path}`,
      uri: `${links.apiUrl}/${path}`,
      editLink: path,
    },
    props: { PrincipalId: principalId },
    navigation: {
      Member: () => {
        const principal = store.principals.get(principalId);
        return principal ? principalDescriptor(store, links, principal) : null;
      },
      RoleDefinitionBindings: () =>
        roleIds
          .map((id) => findRoleDefinition(id))
          .filter((role): role is RoleDefinition => role !== undefined)
          .map((role) => roleDefinitionDescriptor(links, role)),
    },
  };
}

function assignmentChange(
  securable: Securable,
  add: boolean,
): (request: ApiRequest, segment: PathSegment) => ApiResult {
  return (request, segment) => {
    const store = request.site.store;
    const { list, item } = current(request, securable);
    requirePermission(request, Permission.ManagePermissions, list, item);
    const principalId = argument(segment, 'principalid');
    const roleId = argument(segment, 'roledefid');
    if (principalId?.type !== 'number' || roleId?.type !== 'number') {
      throw badRequest('principalid and roledefid must be numbers.');
    }
    const target = item ?? list;
    if (target && !target.hasUniqueRoleAssignments) {
      throw badRequest(
        'This operation is not allowed on an object that inherits permissions.',
        '-2146232832, Microsoft.SharePoint.SPException',
      );
    }
    if (!store.principals.get(principalId.value)) {
      throw badRequest(
        `Can not find the principal with id: ${principalId.value}.`,
        '-2146232832, Microsoft.SharePoint.SPException',
      );
    }
    if (!findRoleDefinition(roleId.value)) {
      throw badRequest(
        `Can not find the role definition with id: ${roleId.value}.`,
        '-2146232832, Microsoft.SharePoint.SPException',
      );
    }
    const scope = !list ? WEB_SCOPE : item ? itemScope(list.id, item.id) : list.id;
    store.write((unit) =>
      add
        ? store.roleAssignments.add(unit, scope, principalId.value, roleId.value)
        : store.roleAssignments.remove(unit, scope, principalId.value, roleId.value),
    );
    return emptyOk();
  };
}

function roleAssignmentsResource(securable: Securable): Resource {
  const assignment = (request: ApiRequest, principalId: number): Resource | undefined => {
    const found = request.site.store.roleAssignments
      .list(scopeOf(request, securable))
      .find((a) => a.principalId === principalId);
    if (!found) return undefined;
    return {
      name: `RoleAssignment(${principalId})`,
      get: (inner) =>
        entityResult(
          inner,
          projectEntity(
            assignmentDescriptor(inner, securable, principalId, found.roleDefinitionIds),
            requestOptions(inner),
          ),
          'SP.ApiData.RoleAssignments/@Element',
        ),
    };
  };
  return {
    name: 'RoleAssignments',
    get: (request) =>
      collectionResult(
        request,
        queryEntities(
          request.site.store.roleAssignments
            .list(scopeOf(request, securable))
            .map((a) =>
              assignmentDescriptor(request, securable, a.principalId, a.roleDefinitionIds),
            ),
          requestOptions(request),
          'SP.RoleAssignment',
        ),
        'SP.ApiData.RoleAssignments',
      ),
    child(segment, request) {
      const value = argument(segment);
      switch (segment.key) {
        case 'addroleassignment':
          return {
            name: segment.name,
            post: (inner) => assignmentChange(securable, true)(inner, segment),
          };
        case 'removeroleassignment':
          return {
            name: segment.name,
            post: (inner) => assignmentChange(securable, false)(inner, segment),
          };
        case 'getbyprincipalid':
        case 'roleassignments':
          return value?.type === 'number' ? assignment(request, value.value) : undefined;
        default:
          return undefined;
      }
    },
  };
}

function permissionsOf(
  request: ApiRequest,
  user: PrincipalRecord,
  securable: Securable,
): PermissionMask {
  const { list, item } = current(request, securable);
  return effectivePermissions(request.site.store, user, list, item);
}

function permissionsResult(request: ApiRequest, name: string, mask: PermissionMask): ApiResult {
  const value = new ODataEntity(undefined, { High: String(mask.High), Low: String(mask.Low) });
  if (request.level === 'verbose') {
    return {
      status: 200,
      body: { d: { [name]: { __metadata: { type: 'SP.BasePermissions' }, ...value.props } } },
    };
  }
  return entityResult(request, value, 'SP.BasePermissions');
}

/** A securable that can inherit: a list, or an item or folder of one. */
function inheritingTarget(request: ApiRequest, securable: Securable): SecurableTarget {
  const { list, item } = current(request, securable);
  if (!list) throw badRequest('The web is the root of permissions and cannot inherit them.');
  requirePermission(request, Permission.ManagePermissions, list, item);
  return item ? { list, item } : { list };
}

function breakInheritance(securable: Securable, segment: PathSegment): Resource {
  return {
    name: segment.name,
    post(request) {
      const copy = argument(segment, 'copyroleassignments');
      const clear = argument(segment, 'clearsubscopes');
      breakRoleInheritance(request.site.store, inheritingTarget(request, securable), {
        copy: copy?.type === 'boolean' && copy.value,
        clearSubscopes: clear?.type === 'boolean' && clear.value,
        callerId: request.user.id,
      });
      return emptyOk();
    },
  };
}

function resetInheritance(securable: Securable): Resource {
  return {
    name: 'ResetRoleInheritance',
    post(request) {
      resetRoleInheritance(request.site.store, inheritingTarget(request, securable));
      return emptyOk();
    },
  };
}

/** The security children every securable (web, list, item, folder) has. */
export function securableChild(
  securable: Securable,
  segment: PathSegment,
  request: ApiRequest,
): Resource | undefined {
  switch (segment.key) {
    case 'roleassignments':
      // PnPjs's roleAssignments.getById(n) reads `roleassignments(n)`.
      return segment.args
        ? roleAssignmentsResource(securable).child?.(segment, request)
        : roleAssignmentsResource(securable);
    case 'breakroleinheritance':
      return breakInheritance(securable, segment);
    case 'resetroleinheritance':
      return resetInheritance(securable);
    case 'effectivebasepermissions':
      return {
        name: segment.name,
        get: (inner) =>
          permissionsResult(
            inner,
            'EffectiveBasePermissions',
            permissionsOf(inner, inner.user, securable),
          ),
      };
    case 'getusereffectivepermissions': {
      const login = argument(segment, 'logonname');
      return {
        name: segment.name,
        get(inner) {
          const user =
            login?.type === 'string' ? findUserByLogin(inner.site.store, login.value) : undefined;
          if (!user)
            throw new SpError(
              404,
              '-2146232832, Microsoft.SharePoint.SPException',
              'User cannot be found.',
            );
          return permissionsResult(
            inner,
            'GetUserEffectivePermissions',
            permissionsOf(inner, user, securable),
          );
        },
      };
    }
    default:
      return undefined;
  }
}
