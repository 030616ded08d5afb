import type { PrincipalRecord } from '../store/records';
import type { SiteStore } from '../store/site-store';
import type { SiteLinks } from './api-types';
import type { EntityDescriptor } from './entity-query';

const USER_PRINCIPAL = 1;
const GROUP_PRINCIPAL = 8;

export function userDescriptor(
  store: SiteStore,
  links: SiteLinks,
  user: PrincipalRecord,
): EntityDescriptor {
  const path = `Web/GetUserById(${user.id})`;
  return {
    meta: {
      type: 'SP.User',
      id: `${links.apiUrl}/${path}`,
      uri: `${links.apiUrl}/${path}`,
      editLink: path,
    },
    props: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: USER_PRINCIPAL,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: false,
      UserId: {
        NameId: `10032000${user.id.toString(16).padStart(8, '0')}`,
        NameIdIssuer: 'urn:federation:microsoftonline',
      },
      UserPrincipalName: user.email,
    },
    navigation: {
      Groups: () =>
        store.principals
          .groupsOf(user.id)
          .map((id) => store.principals.get(id))
          .filter((group): group is PrincipalRecord => group !== undefined)
          .map((group) => groupDescriptor(store, links, group)),
    },
  };
}

export function groupDescriptor(
  store: SiteStore,
  links: SiteLinks,
  group: PrincipalRecord,
): EntityDescriptor {
  const path = `Web/SiteGroups/GetById(${group.id})`;
  const owner =
    group.props.ownerId === undefined ? undefined : store.principals.get(group.props.ownerId);
  return {
    meta: {
      type: 'SP.Group',
      id: `${links.apiUrl}/${path}`,
      uri: `${links.apiUrl}/${path}`,
      editLink: path,
    },
    props: {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.loginName,
      Title: group.title,
      PrincipalType: GROUP_PRINCIPAL,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.props.description ?? '',
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: owner?.title ?? '',
      RequestToJoinLeaveEmailSetting: null,
    },
    navigation: {
      Users: () =>
        store.principals
          .membersOf(group.id)
          .map((id) => store.principals.get(id))
          .filter((user): user is PrincipalRecord => user !== undefined)
          .map((user) => userDescriptor(store, links, user)),
      Owner: () => (owner ? principalDescriptor(store, links, owner) : null),
    },
  };
}

export function principalDescriptor(
  store: SiteStore,
  links: SiteLinks,
  principal: PrincipalRecord,
): EntityDescriptor {
  return principal.kind === 'user'
    ? userDescriptor(store, links, principal)
    : groupDescriptor(store, links, principal);
}
