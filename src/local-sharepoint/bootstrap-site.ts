import { randomBytes, randomUUID } from 'node:crypto';
import {
  COLLEAGUES_GROUP,
  COORDINATORS_GROUP,
  GROUP_OF_ROLE,
  LOCAL_USERS,
  THEME_OWNERS_GROUP,
  claimsLoginName,
} from './local-users';
import { FULL_CONTROL, READ } from './model/permissions';
import type { SiteStore } from './store/site-store';
import type { PrincipalRecord } from './store/records';
import { WEB_SCOPE } from './store/records';

export const SETTING = {
  tokenSecret: 'tokenSecret',
  webId: 'webId',
  siteId: 'siteId',
  webTitle: 'webTitle',
  webDescription: 'webDescription',
  webCreated: 'webCreated',
  bootstrapVersion: 'bootstrapVersion',
} as const;

const BOOTSTRAP_VERSION = '1';

const GROUPS: readonly { title: string; description: string; role: number }[] = [
  {
    title: COORDINATORS_GROUP,
    description: 'Coördinatoren van het MVOI-actieplan',
    role: FULL_CONTROL,
  },
  { title: THEME_OWNERS_GROUP, description: 'Eigenaren van de zes thema’s', role: READ },
  { title: COLLEAGUES_GROUP, description: 'Collega’s die het actieplan volgen', role: READ },
];

/**
 * First start: the token secret, the web's identity, the local users, the three site groups and
 * their web-level roles. Runs once per database (later starts keep whatever was changed since).
 */
export function bootstrapSite(store: SiteStore): void {
  if (store.settings.get(SETTING.bootstrapVersion) === BOOTSTRAP_VERSION) return;
  store.write((unit) => {
    const setOnce = (key: string, value: () => string) => {
      if (store.settings.get(key) === undefined) store.settings.set(unit, key, value());
    };
    setOnce(SETTING.tokenSecret, () => randomBytes(32).toString('base64url'));
    setOnce(SETTING.webId, () => randomUUID());
    setOnce(SETTING.siteId, () => randomUUID());
    setOnce(SETTING.webTitle, () => 'MVOI Actieplan');
    setOnce(
      SETTING.webDescription,
      () => 'Actieplan Maatschappelijk Verantwoord Opdrachtgeven en Inkopen',
    );
    setOnce(SETTING.webCreated, () => new Date().toISOString());

    const users = new Map<string, PrincipalRecord>();
    for (const localUser of LOCAL_USERS) {
      const loginName = claimsLoginName(localUser.login);
      const record =
        store.principals.findByLoginName(loginName) ??
        store.principals.insert(unit, {
          kind: 'user',
          loginName,
          title: localUser.title,
          email: localUser.email,
          props: {
            localRole: localUser.role,
            ...(localUser.themeKey ? { themeKey: localUser.themeKey } : {}),
          },
        });
      users.set(localUser.login, record);
    }

    const groups = new Map<string, PrincipalRecord>();
    for (const group of GROUPS) {
      const record =
        store.principals.findGroupByTitle(group.title) ??
        store.principals.insert(unit, {
          kind: 'group',
          loginName: group.title,
          title: group.title,
          email: '',
          props: { description: group.description },
        });
      groups.set(group.title, record);
      store.roleAssignments.add(unit, WEB_SCOPE, record.id, group.role);
    }
    const owner = groups.get(COORDINATORS_GROUP);
    for (const group of groups.values()) {
      if (owner && group.props.ownerId === undefined) {
        store.principals.update(unit, { ...group, props: { ...group.props, ownerId: owner.id } });
      }
    }
    for (const localUser of LOCAL_USERS) {
      const group = groups.get(GROUP_OF_ROLE[localUser.role]);
      const record = users.get(localUser.login);
      if (group && record) store.principals.addMember(unit, group.id, record.id);
    }
    store.settings.set(unit, SETTING.bootstrapVersion, BOOTSTRAP_VERSION);
  });
}
