import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import { DataError } from '../errors';
import { listUrl, ROLE_DEFINITIONS, type ListName } from './list-schema';
import { isFolderItem } from './mappers';
import { ensureAssignments } from './role-assignments';
import { readAll, siteList } from './site-lists';

/** The lists that hold a folder per theme: its actions, and its goals. */
export const THEME_FOLDER_LISTS = ['MvoiActions', 'MvoiGoals'] as const satisfies ListName[];
export type ThemeFolderList = (typeof THEME_FOLDER_LISTS)[number];

/**
 * Each theme's actions (and goals) live in a folder of their own in MvoiActions (MvoiGoals). The
 * folder has its own permissions: the list's (coordinators full control, everyone else read) plus
 * Contribute for the theme's owner. So SharePoint itself, not only the app, lets a theme owner
 * change just the actions and goals of their own theme, and a new owner takes over by one change
 * on one folder per list.
 */
export function themeFolderPath(
  siteUrl: string,
  themeId: number,
  list: ThemeFolderList = 'MvoiActions',
): string {
  return `${listUrl(siteUrl, list)}/thema-${themeId}`;
}

export interface ActionEntry {
  Id: number;
  FSObjType: number | string;
  FileDirRef: string;
  HasUniqueRoleAssignments: boolean;
}

interface ThemeOwner {
  Id: number;
  OwnerId?: number | null;
}

export type FormValue = { FieldName: string; FieldValue: string };
export type FormResult = FormValue & { HasException: boolean; ErrorMessage: string | null };

/**
 * The new item's id from an AddValidateUpdateItemUsingPath answer: SharePoint Online leaves each
 * field's `ItemId` at 0 and adds a last entry `Id` with it. A refused field fails the whole add.
 */
export function addedItemId(results: FormResult[]): number {
  const failed = results.find((result) => result.HasException);
  if (failed) {
    throw new DataError(
      'invalid',
      `${failed.FieldName}: ${failed.ErrorMessage ?? 'invalid value'}`,
    );
  }
  const id = Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);
  if (!(id > 0)) throw new DataError('unknown', 'SharePoint created no item');
  return id;
}

/**
 * Adds items to MvoiActions (or `list`) in one `$batch`, each in its theme's folder
 * (organisation-wide actions at the top, where only coordinators write). Only title and theme go
 * in at first: the caller sets the other fields with an ordinary update, since form values cannot
 * name a person by id.
 */
export async function addActionItems<Row extends { ThemeId: number | null; Title: string }>(
  sp: SPFI,
  siteUrl: string,
  rows: readonly Row[],
  list: ThemeFolderList = 'MvoiActions',
): Promise<{ id: number; row: Row }[]> {
  const [batch, execute] = sp.batched();
  const adds = rows.map(async (row) => {
    const [values, folder]: [FormValue[], string] =
      row.ThemeId === null
        ? [[], listUrl(siteUrl, list)]
        : [
            [{ FieldName: 'Theme', FieldValue: String(row.ThemeId) }],
            themeFolderPath(siteUrl, row.ThemeId, list),
          ];
    const results = (await siteList(batch, siteUrl, list).addValidateUpdateItemUsingPath(
      [{ FieldName: 'Title', FieldValue: row.Title }, ...values],
      folder,
    )) as FormResult[];
    return { id: addedItemId(results), row };
  });
  await execute();
  return Promise.all(adds);
}

/**
 * Adds actions (or `list`'s items) in their themes' folders (see `addActionItems`), then gives
 * them all their fields.
 */
export async function addActions<Row extends { ThemeId: number | null; Title: string }>(
  sp: SPFI,
  siteUrl: string,
  rows: readonly Row[],
  list: ThemeFolderList = 'MvoiActions',
): Promise<number[]> {
  const added = await addActionItems(sp, siteUrl, rows, list);
  const [batch, execute] = sp.batched();
  const updates = added.map(({ id, row }) =>
    siteList(batch, siteUrl, list).items.getById(id).update(row),
  );
  await execute();
  await Promise.all(updates);
  return added.map(({ id }) => id);
}

/**
 * Gives the theme's owner alone Contribute on one item, on top of the list's permissions: an
 * earlier owner, or a group copied from an older list setup, loses it.
 */
export async function grantOwnerOnly(
  item: IItem,
  entry: ActionEntry,
  ownerId: number | undefined,
  label: string,
  changes: string[],
) {
  if (!entry.HasUniqueRoleAssignments) {
    await item.breakRoleInheritance(true, false);
    changes.push(`${label}: own permissions`);
  }
  await ensureAssignments(
    item,
    label,
    ownerId === undefined ? [] : [[ownerId, ROLE_DEFINITIONS.contribute]],
    (_, role) => role === ROLE_DEFINITIONS.contribute,
    changes,
  );
}

/**
 * Gives every theme its folder in each of `lists`, and the folder's Contribute to the theme's
 * owner alone. A theme's item outside its folder (added before folders, or in SharePoint's own
 * list view) gets the same permissions of its own, so it is as protected as if it were moved in.
 * Needs the coordinator's right to manage permissions; safe to run again. `onlyThemeId` limits it
 * to one theme. Returns what it changed.
 */
export async function syncThemeFolders(
  sp: SPFI,
  siteUrl: string,
  onlyThemeId?: number,
  lists: readonly ThemeFolderList[] = THEME_FOLDER_LISTS,
): Promise<string[]> {
  // Permissions change rarely, by a coordinator: PnPjs' role methods are loaded only then.
  await import('@pnp/sp/security');
  const changes: string[] = [];
  const themes = (await readAll(
    siteList(sp, siteUrl, 'MvoiThemes').items.select('Id', 'OwnerId'),
  )) as ThemeOwner[];

  for (const theme of themes.filter(({ Id }) => onlyThemeId === undefined || Id === onlyThemeId)) {
    for (const list of lists) {
      await syncThemeFolder(sp, siteUrl, list, theme, changes);
    }
  }
  return changes;
}

async function syncThemeFolder(
  sp: SPFI,
  siteUrl: string,
  list: ThemeFolderList,
  theme: ThemeOwner,
  changes: string[],
) {
  const items = siteList(sp, siteUrl, list);
  const path = themeFolderPath(siteUrl, theme.Id, list);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const ownerId = theme.OwnerId ?? undefined;
  // The folder carries its theme too, so one indexed query finds it with the theme's items.
  const entries = (await readAll(
    items.items
      .filter(`ThemeId eq ${theme.Id}`)
      .select('Id', 'FSObjType', 'FileDirRef', 'HasUniqueRoleAssignments'),
  )) as ActionEntry[];
  let folder = entries.find(isFolderItem);
  if (!folder) {
    const results = (await items.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: name },
        { FieldName: 'Theme', FieldValue: String(theme.Id) },
      ],
      listUrl(siteUrl, list),
      false,
      undefined,
      { leafName: name, objectType: 1 },
    )) as FormResult[];
    folder = {
      Id: addedItemId(results),
      FSObjType: 1,
      FileDirRef: listUrl(siteUrl, list),
      HasUniqueRoleAssignments: false,
    };
    changes.push(`${list}/${name}: created`);
  }
  await grantOwnerOnly(items.items.getById(folder.Id), folder, ownerId, `${list}/${name}`, changes);
  const strays = entries.filter((entry) => !isFolderItem(entry) && entry.FileDirRef !== path);
  for (const stray of strays) {
    const label = `${list} item ${stray.Id}`;
    await grantOwnerOnly(items.items.getById(stray.Id), stray, ownerId, label, changes);
  }
}
