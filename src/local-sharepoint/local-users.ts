import { THEME_KEYS, type ThemeKey } from '../domain/theme';
import type { LocalRole } from './store/records';

/** A fictional identity of the local directory; none of these people exist. */
export interface LocalUser {
  /** The user principal name, also the e-mail address. */
  readonly login: string;
  readonly title: string;
  readonly email: string;
  readonly role: LocalRole;
  readonly themeKey?: ThemeKey;
}

export const COORDINATORS_GROUP = 'MVOI Coördinatoren';
export const THEME_OWNERS_GROUP = 'MVOI Thema-eigenaren';
export const COLLEAGUES_GROUP = "MVOI Collega's";

/** SharePoint Online's claims prefix for Entra ID accounts. */
export const CLAIMS_PREFIX = 'i:0#.f|membership|';

export function claimsLoginName(login: string): string {
  return `${CLAIMS_PREFIX}${login}`;
}

const THEME_OWNER_NAMES: Record<ThemeKey, string> = {
  klimaat: 'Joris Hermans (Klimaat)',
  circulair: 'Anouk Lemmens (Circulair)',
  'milieu-biodiversiteit': 'Ruud Wetzels (Milieu & biodiversiteit)',
  ketenverantwoordelijkheid: 'Ilse Bemelmans (Ketenverantwoordelijkheid)',
  'diversiteit-inclusie': 'Samira El Idrissi (Diversiteit & inclusie)',
  'social-return': 'Pieter Claessens (Social return)',
};

function user(login: string, title: string, role: LocalRole, themeKey?: ThemeKey): LocalUser {
  return { login, title, email: login, role, ...(themeKey ? { themeKey } : {}) };
}

export const LOCAL_USERS: readonly LocalUser[] = [
  user('coordinator@mvoi.local', 'Sanne Vermeulen (coördinator)', 'coordinator'),
  ...THEME_KEYS.map((key) =>
    user(`${key}.eigenaar@mvoi.local`, THEME_OWNER_NAMES[key], 'theme-owner', key),
  ),
  user('lotte.peeters@mvoi.local', 'Lotte Peeters (collega)', 'colleague'),
  user('bram.janssen@mvoi.local', 'Bram Janssen (collega)', 'colleague'),
  user('fleur.smeets@mvoi.local', 'Fleur Smeets (collega)', 'colleague'),
];

export const GROUP_OF_ROLE: Record<LocalRole, string> = {
  coordinator: COORDINATORS_GROUP,
  'theme-owner': THEME_OWNERS_GROUP,
  colleague: COLLEAGUES_GROUP,
};
