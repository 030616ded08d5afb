import { SpError, accessDenied, badRequest, unknownProperty } from '../http/sp-error';
import { LOCAL_USERS, claimsLoginName } from '../local-users';
import { Permission, canManageGroup } from '../model/permissions';
import type { PrincipalRecord } from '../store/records';
import type { SiteStore } from '../store/site-store';
import type { ApiRequest, Resource } from './api-types';
import { requirePermission } from './authorize';
import { projectEntity, queryEntities, requestOptions } from './entity-query';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { groupDescriptor, userDescriptor } from './principal-entities';
import { findUserByLogin } from './principal-lookup';
import { collectionResult, emptyOk, entityResult, jsonBody, noContent } from './results';

function userNotFound(): SpError {
  return new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
}

function groupNotFound(): SpError {
  return new SpError(
    404,
    '-2146232832, Microsoft.SharePoint.SPException',
    'Group cannot be found.',
  );
}

/** The site user for a login, added from the local directory when it is not a site user yet. */
function ensureSiteUser(store: SiteStore, login: string): PrincipalRecord {
  const existing = findUserByLogin(store, login);
  if (existing) return existing;
  const wanted = login.toLowerCase();
  const known = LOCAL_USERS.find(
    (u) => u.login === wanted || claimsLoginName(u.login) === wanted || u.email === wanted,
  );
  if (!known) {
    throw new SpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      `The specified user ${login} could not be found.`,
    );
  }
  return store.write((unit) =>
    store.principals.insert(unit, {
      kind: 'user',
      loginName: claimsLoginName(known.login),
      title: known.title,
      email: known.email,
      props: { localRole: known.role, ...(known.themeKey ? { themeKey: known.themeKey } : {}) },
    }),
  );
}

function loginFrom(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`The parameter ${key} is missing or empty.`);
  }
  return value;
}

/** Drops a principal with its memberships and role assignments. */
function removePrincipal(store: SiteStore, principal: PrincipalRecord): void {
  store.write((unit) => {
    store.roleAssignments.removePrincipal(unit, principal.id);
    store.principals.remove(unit, principal.id);
  });
}

function userResource(user: PrincipalRecord | undefined): Resource {
  if (!user) throw userNotFound();
  return {
    name: user.title,
    get: (request) =>
      entityResult(
        request,
        projectEntity(
          userDescriptor(request.site.store, request.links, user),
          requestOptions(request),
        ),
        'SP.ApiData.Users/@Element',
      ),
    child(segment) {
      if (segment.key !== 'groups' || segment.args) return undefined;
      return {
        name: 'Groups',
        get: (request) => {
          const store = request.site.store;
          const groups = store.principals
            .groupsOf(user.id)
            .map((id) => store.principals.get(id))
            .filter((g): g is PrincipalRecord => g !== undefined)
            .map((g) => groupDescriptor(store, request.links, g));
          return collectionResult(
            request,
            queryEntities(groups, requestOptions(request), 'SP.Group'),
            'SP.ApiData.Groups',
          );
        },
      };
    },
  };
}

/** Children shared by `siteusers` and a group's `users`: lookups and removals. */
function userLookupChild(
  segment: PathSegment,
  request: ApiRequest,
  users: () => PrincipalRecord[],
  remove: (request: ApiRequest, user: PrincipalRecord) => void,
): Resource | undefined {
  const value = argument(segment);
  const store = request.site.store;
  const byId = (id: number) => users().find((u) => u.id === id);
  const byLogin = (login: string) => {
    const user = findUserByLogin(store, login);
    return user && users().some((u) => u.id === user.id) ? user : undefined;
  };
  switch (segment.key) {
    case 'getbyid':
      return userResource(value?.type === 'number' ? byId(value.value) : undefined);
    case 'getbyemail':
    case 'getbyloginname':
      return userResource(value?.type === 'string' ? byLogin(value.value) : undefined);
    case 'siteusers':
    case 'users':
      if (value?.type === 'number') return userResource(byId(value.value));
      return value?.type === 'string' ? userResource(byLogin(value.value)) : undefined;
    case 'removebyid':
    case 'removebyloginname':
      return {
        name: segment.name,
        post(inner) {
          const user =
            value?.type === 'number'
              ? byId(value.value)
              : value?.type === 'string'
                ? byLogin(value.value)
                : undefined;
          if (!user) throw userNotFound();
          remove(inner, user);
          return emptyOk();
        },
      };
    default:
      return undefined;
  }
}

export const siteUsersResource: Resource = {
  name: 'SiteUsers',
  get: (request) =>
    collectionResult(
      request,
      queryEntities(
        request.site.store.principals
          .users()
          .map((u) => userDescriptor(request.site.store, request.links, u)),
        requestOptions(request),
        'SP.User',
      ),
      'SP.ApiData.Users',
    ),
  post(request) {
    requirePermission(request, Permission.ManagePermissions);
    const user = ensureSiteUser(request.site.store, loginFrom(jsonBody(request), 'LoginName'));
    return entityResult(
      request,
      projectEntity(userDescriptor(request.site.store, request.links, user), {}),
      'SP.ApiData.Users/@Element',
      201,
    );
  },
  child: (segment, request) =>
    userLookupChild(
      segment,
      request,
      () => request.site.store.principals.users(),
      (inner, user) => {
        requirePermission(inner, Permission.ManagePermissions);
        removePrincipal(inner.site.store, user);
      },
    ),
};

export function currentUserResource(request: ApiRequest): Resource {
  return userResource(request.user);
}

export function userByIdResource(segment: PathSegment, request: ApiRequest): Resource {
  const value = argument(segment);
  const user =
    value?.type === 'number' ? request.site.store.principals.get(value.value) : undefined;
  return userResource(user?.kind === 'user' ? user : undefined);
}

export function ensureUserResource(segment: PathSegment): Resource {
  return {
    name: 'EnsureUser',
    post(request) {
      const fromPath = argument(segment);
      const login =
        fromPath?.type === 'string' ? fromPath.value : loginFrom(jsonBody(request), 'logonName');
      const user = ensureSiteUser(request.site.store, login);
      return entityResult(
        request,
        projectEntity(userDescriptor(request.site.store, request.links, user), {}),
        'SP.ApiData.Users/@Element',
      );
    },
  };
}

const GROUP_SETTINGS = new Set([
  'AllowMembersEditMembership',
  'AllowRequestToJoinLeave',
  'AutoAcceptRequestToJoinLeave',
  'OnlyAllowMembersViewMembership',
  'RequestToJoinLeaveEmailSetting',
]);

function groupChanges(
  store: SiteStore,
  body: Record<string, unknown>,
  current?: PrincipalRecord,
): { title: string; description: string } {
  let title = current?.title;
  let description = current?.props.description ?? '';
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || GROUP_SETTINGS.has(key)) continue;
    if (key === 'Title' && typeof value === 'string' && value.trim() !== '') title = value.trim();
    else if (key === 'Description' && typeof value === 'string') description = value;
    else if (key === 'Title' || key === 'Description')
      throw badRequest(`The value of property '${key}' is not valid.`);
    else throw unknownProperty(key, 'SP.Group');
  }
  if (!title) throw badRequest('The group needs a Title.');
  const clash = store.principals
    .all()
    .find((p) => p.id !== current?.id && p.loginName.toLowerCase() === title.toLowerCase());
  if (clash)
    throw badRequest(
      'The specified name is already in use.',
      '-2130575293, Microsoft.SharePoint.SPException',
    );
  return { title, description };
}

function requireGroupManager(request: ApiRequest, group: PrincipalRecord): void {
  if (!canManageGroup(request.site.store, request.user, group)) throw accessDenied();
}

function groupUsersResource(group: PrincipalRecord): Resource {
  const members = (store: SiteStore) =>
    store.principals
      .membersOf(group.id)
      .map((id) => store.principals.get(id))
      .filter((u): u is PrincipalRecord => u !== undefined);
  return {
    name: 'Users',
    get: (request) =>
      collectionResult(
        request,
        queryEntities(
          members(request.site.store).map((u) =>
            userDescriptor(request.site.store, request.links, u),
          ),
          requestOptions(request),
          'SP.User',
        ),
        'SP.ApiData.Users',
      ),
    post(request) {
      requireGroupManager(request, group);
      const store = request.site.store;
      const user = ensureSiteUser(store, loginFrom(jsonBody(request), 'LoginName'));
      store.write((unit) => store.principals.addMember(unit, group.id, user.id));
      return entityResult(
        request,
        projectEntity(userDescriptor(store, request.links, user), {}),
        'SP.ApiData.Users/@Element',
        201,
      );
    },
    child: (segment, request) =>
      userLookupChild(
        segment,
        request,
        () => members(request.site.store),
        (inner, user) => {
          requireGroupManager(inner, group);
          const store = inner.site.store;
          store.write((unit) => store.principals.removeMember(unit, group.id, user.id));
        },
      ),
  };
}

function groupResource(group: PrincipalRecord | undefined): Resource {
  if (!group || group.kind !== 'group') throw groupNotFound();
  return {
    name: group.title,
    get: (request) =>
      entityResult(
        request,
        projectEntity(
          groupDescriptor(request.site.store, request.links, group),
          requestOptions(request),
        ),
        'SP.ApiData.Groups/@Element',
      ),
    merge(request) {
      requireGroupManager(request, group);
      const store = request.site.store;
      const { title, description } = groupChanges(store, jsonBody(request), group);
      store.write((unit) =>
        store.principals.update(unit, {
          ...group,
          title,
          loginName: title,
          props: { ...group.props, description },
        }),
      );
      return noContent();
    },
    child(segment) {
      return segment.key === 'users' && !segment.args ? groupUsersResource(group) : undefined;
    },
  };
}

export const siteGroupsResource: Resource = {
  name: 'SiteGroups',
  get: (request) =>
    collectionResult(
      request,
      queryEntities(
        request.site.store.principals
          .groups()
          .map((g) => groupDescriptor(request.site.store, request.links, g)),
        requestOptions(request),
        'SP.Group',
      ),
      'SP.ApiData.Groups',
    ),
  post(request) {
    requirePermission(request, Permission.CreateGroups);
    const store = request.site.store;
    const { title, description } = groupChanges(store, jsonBody(request));
    const group = store.write((unit) =>
      store.principals.insert(unit, {
        kind: 'group',
        loginName: title,
        title,
        email: '',
        props: { description, ownerId: request.user.id },
      }),
    );
    return entityResult(
      request,
      projectEntity(groupDescriptor(store, request.links, group), {}),
      'SP.ApiData.Groups/@Element',
      201,
    );
  },
  child(segment, request) {
    const store = request.site.store;
    const value = argument(segment);
    const byId = (id: number) => {
      const principal = store.principals.get(id);
      return principal?.kind === 'group' ? principal : undefined;
    };
    switch (segment.key) {
      case 'getbyid':
      case 'sitegroups':
        return value?.type === 'number' ? groupResource(byId(value.value)) : undefined;
      case 'getbyname':
        return value?.type === 'string'
          ? groupResource(store.principals.findGroupByTitle(value.value))
          : undefined;
      case 'removebyid':
      case 'removebyloginname':
        return {
          name: segment.name,
          post(inner) {
            // PnPjs quotes the id: removeById('5').
            const id =
              value?.type === 'string' && /^\d+$/.test(value.value)
                ? Number(value.value)
                : undefined;
            const group =
              value?.type === 'number'
                ? byId(value.value)
                : id !== undefined && segment.key === 'removebyid'
                  ? byId(id)
                  : value?.type === 'string'
                    ? store.principals.findGroupByTitle(value.value)
                    : undefined;
            if (!group) throw groupNotFound();
            requireGroupManager(inner, group);
            removePrincipal(store, group);
            return emptyOk();
          },
        };
      default:
        return undefined;
    }
  },
};
