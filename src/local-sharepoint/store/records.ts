/** The in-memory shapes of what the SQLite tables hold. Records are immutable: writers replace them. */

export type LocalRole = 'coordinator' | 'theme-owner' | 'colleague';

export interface PrincipalProps {
  description?: string;
  /** Principal id of a group's owner. */
  ownerId?: number;
  /** Set on the local directory's users (see local-users.ts). */
  localRole?: LocalRole;
  themeKey?: string;
}

export interface PrincipalRecord {
  readonly id: number;
  readonly kind: 'user' | 'group';
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly props: Readonly<PrincipalProps>;
}

export interface ListRecord {
  readonly id: string;
  readonly title: string;
  /** The URL segment under `Lists/`, fixed at creation. */
  readonly urlName: string;
  readonly created: string;
  readonly nextItemId: number;
  readonly hasUniqueRoleAssignments: boolean;
  /** SP.List properties other than Id and Title (Description, BaseTemplate, WriteSecurity, …). */
  readonly props: Readonly<Record<string, unknown>>;
}

export interface FieldProps {
  Title: string;
  FieldTypeKind: number;
  [property: string]: unknown;
}

export interface FieldRecord {
  readonly id: string;
  readonly internalName: string;
  readonly position: number;
  readonly builtIn: boolean;
  readonly props: Readonly<FieldProps>;
}

export interface UrlValue {
  Url: string;
  Description: string;
}

/** Stored value of one column: lookups and users hold ids, dates ISO UTC strings. */
export type ItemValue = string | number | boolean | number[] | string[] | UrlValue | null;

export interface ItemRecord {
  readonly id: number;
  readonly uid: string;
  readonly version: number;
  readonly authorId: number;
  readonly editorId: number;
  readonly created: string;
  readonly modified: string;
  readonly values: Readonly<Record<string, ItemValue>>;
}

/** `web` or a list id. */
export type SecurityScope = string;
export const WEB_SCOPE: SecurityScope = 'web';
