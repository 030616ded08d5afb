import { SpError, badRequest } from '../http/sp-error';
import type { PermissionMask, RoleDefinition } from '../model/permissions';
import {
  FULL_CONTROL,
  Permission,
  ROLE_DEFINITIONS,
  effectivePermissions,
  findRoleDefinition,
} from '../model/permissions';
import { ODataEntity } from '../odata/odata-format';
import type { ListRecord } from '../store/records';
import { WEB_SCOPE } from '../store/records';
import type { ApiRequest, ApiResult, Resource, SiteLinks } from './api-types';
import { requirePermission } from './authorize';
import type { EntityDescriptor } from './entity-query';
import { projectEntity, queryEntities, requestOptions } from './entity-query';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { principalDescriptor } from './principal-entities';
import { collectionResult, emptyOk, entityResult } from './results';
import { findUserByLogin } from './principal-lookup';

/** The web, or a list, as a securable object. */
export interface Securable {
  readonly list?: ListRecord;
  /** `Web` or `Web/Lists(guid'…')`. */
  readonly editPath: string;
}

function scopeOf(request: ApiRequest, securable: Securable): string {
  const list = securable.list && request.site.store.lists.get(securable.list.id);
  return list?.hasUniqueRoleAssignments ? list.id : WEB_SCOPE;
}

function currentList(request: ApiRequest, securable: Securable): ListRecord | undefined {
  return securable.list && request.site.store.lists.get(securable.list.id);
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
    const list = currentList(request, securable);
    requirePermission(request, Permission.ManagePermissions, list);
    const principalId = argument(segment, 'principalid');
    const roleId = argument(segment, 'roledefid');
    if (principalId?.type !== 'number' || roleId?.type !== 'number') {
      throw badRequest('principalid and roledefid must be numbers.');
    }
    if (list && !list.hasUniqueRoleAssignments) {
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
    const scope = list ? list.id : WEB_SCOPE;
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

function breakInheritance(securable: Securable, segment: PathSegment): Resource {
  return {
    name: segment.name,
    post(request) {
      const store = request.site.store;
      const list = currentList(request, securable);
      if (!list)
        throw badRequest('The web is the root of permissions and cannot break inheritance.');
      requirePermission(request, Permission.ManagePermissions, list);
      if (list.hasUniqueRoleAssignments) return emptyOk();
      const copy = argument(segment, 'copyroleassignments');
      const inherited = store.roleAssignments.list(WEB_SCOPE);
      store.write((unit) => {
        if (copy?.type === 'boolean' && copy.value) {
          for (const a of inherited) {
            for (const roleId of a.roleDefinitionIds)
              store.roleAssignments.add(unit, list.id, a.principalId, roleId);
          }
        } else {
          // Without a copy SharePoint keeps the object reachable: the caller gets Full Control.
          store.roleAssignments.add(unit, list.id, request.user.id, FULL_CONTROL);
        }
        store.lists.update(unit, { ...list, hasUniqueRoleAssignments: true });
      });
      return emptyOk();
    },
  };
}

function resetInheritance(securable: Securable): Resource {
  return {
    name: 'ResetRoleInheritance',
    post(request) {
      const store = request.site.store;
      const list = currentList(request, securable);
      if (!list) throw badRequest('The web is the root of permissions.');
      requirePermission(request, Permission.ManagePermissions, list);
      store.write((unit) => {
        store.roleAssignments.clear(unit, list.id);
        store.lists.update(unit, { ...list, hasUniqueRoleAssignments: false });
      });
      return emptyOk();
    },
  };
}

/** The security children every securable (web, list) has. */
export function securableChild(securable: Securable, segment: PathSegment): Resource | undefined {
  switch (segment.key) {
    case 'roleassignments':
      return segment.args ? undefined : roleAssignmentsResource(securable);
    case 'breakroleinheritance':
      return breakInheritance(securable, segment);
    case 'resetroleinheritance':
      return resetInheritance(securable);
    case 'effectivebasepermissions':
      return {
        name: segment.name,
        get: (request) =>
          permissionsResult(
            request,
            'EffectiveBasePermissions',
            effectivePermissions(request.site.store, request.user, currentList(request, securable)),
          ),
      };
    case 'getusereffectivepermissions': {
      const login = argument(segment, 'logonname');
      return {
        name: segment.name,
        get(request) {
          const user =
            login?.type === 'string' ? findUserByLogin(request.site.store, login.value) : undefined;
          if (!user)
            throw new SpError(
              404,
              '-2146232832, Microsoft.SharePoint.SPException',
              'User cannot be found.',
            );
          return permissionsResult(
            request,
            'GetUserEffectivePermissions',
            effectivePermissions(request.site.store, user, currentList(request, securable)),
          );
        },
      };
    }
    default:
      return undefined;
  }
}
