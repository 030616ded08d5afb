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
  /** List-relative path of the folder that holds the item (`thema-3`); empty at the list root. */
  readonly parentPath: string;
  /** Set on folders only: the folder's name, its FileLeafRef. */
  readonly folderName?: string;
  readonly hasUniqueRoleAssignments: boolean;
}

export type FolderRecord = ItemRecord & { readonly folderName: string };

export function isFolder(item: ItemRecord): item is FolderRecord {
  return item.folderName !== undefined;
}

/** A folder's list-relative path (`thema-3`, `thema-3/sub`): the parentPath of what it holds. */
export function folderPathOf(folder: FolderRecord): string {
  return folder.parentPath === '' ? folder.folderName : `${folder.parentPath}/${folder.folderName}`;
}

/** `web`, a list id, or `<list id>/<item id>` for a list item or folder. */
export type SecurityScope = string;
export const WEB_SCOPE: SecurityScope = 'web';

export function itemScope(listId: string, itemId: number): SecurityScope {
  return `${listId}/${itemId}`;
}
