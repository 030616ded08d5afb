import { SpError, badRequest } from '../http/sp-error';
import type { FolderRecord, ItemRecord } from '../store/records';
import { folderPathOf, isFolder } from '../store/records';
import type { SiteStore } from '../store/site-store';

/** Content type ids: folders derive from Folder (0x0120), items from Item (0x01). */
const FOLDER_CONTENT_TYPE_ID = '0x0120';
const ITEM_CONTENT_TYPE_ID = '0x0100';

/** Characters SharePoint Online refuses in file and folder names. */
const INVALID_NAME = /["*:<>?/\\|]/;
const MAX_NAME_LENGTH = 128;

/** FSObjType / FileSystemObjectType: 0 for an item, 1 for a folder. */
export function objectTypeOf(item: ItemRecord): 0 | 1 {
  return isFolder(item) ? 1 : 0;
}

export function contentTypeIdOf(item: ItemRecord): string {
  return isFolder(item) ? FOLDER_CONTENT_TYPE_ID : ITEM_CONTENT_TYPE_ID;
}

/** A folder's name, or `<id>_.000` for an item: the name of its row in the list's folder tree. */
export function fileLeafRef(item: ItemRecord): string {
  return isFolder(item) ? item.folderName : `${item.id}_.000`;
}

/** Server-relative URL of the folder holding the item, given the list's root folder URL. */
export function fileDirRef(rootUrl: string, item: ItemRecord): string {
  return item.parentPath === '' ? rootUrl : `${rootUrl}/${item.parentPath}`;
}

export function fileRef(rootUrl: string, item: ItemRecord): string {
  return `${fileDirRef(rootUrl, item)}/${fileLeafRef(item)}`;
}

/** Everything a folder holds, at any depth. */
export function contentsOf(store: SiteStore, listId: string, folder: ItemRecord): ItemRecord[] {
  if (!isFolder(folder)) return [];
  const path = folderPathOf(folder).toLowerCase();
  const result: ItemRecord[] = [];
  for (const item of store.items.all(listId)) {
    const parent = item.parentPath.toLowerCase();
    if (parent === path || parent.startsWith(`${path}/`)) result.push(item);
  }
  return result;
}

function fileNotFound(): SpError {
  return new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

/**
 * The folder a server-relative URL names inside the list: `null` for the list's root folder.
 * Accepts absolute and web-relative URLs too, as SharePoint does; a URL outside the list is an
 * argument error and a missing folder is SharePoint's file-not-found.
 */
export function folderAtUrl(
  store: SiteStore,
  listId: string,
  sitePath: string,
  rootUrl: string,
  url: string,
): FolderRecord | null {
  let path = url
    .trim()
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/\/+$/, '');
  if (!path.startsWith('/')) path = `${sitePath}/${path}`;
  const lower = path.toLowerCase();
  const root = rootUrl.toLowerCase();
  if (lower === root) return null;
  if (!lower.startsWith(`${root}/`)) {
    throw new SpError(
      400,
      '-2147024809, System.ArgumentException',
      'Value does not fall within the expected range.',
    );
  }
  const folder = store.items.folderAt(listId, path.slice(root.length + 1));
  if (!folder) throw fileNotFound();
  return folder;
}

/** Checks a new folder's name as SharePoint Online does, including clashes in its parent. */
export function checkFolderName(
  store: SiteStore,
  listId: string,
  parentPath: string,
  parentUrl: string,
  name: string,
): string {
  const trimmed = name.trim();
  if (
    trimmed === '' ||
    trimmed.length > MAX_NAME_LENGTH ||
    INVALID_NAME.test(trimmed) ||
    trimmed.endsWith('.')
  ) {
    throw badRequest(
      `The folder name '${name}' is not valid: it contains characters that are not permitted, ends with a period or is too long.`,
      '-2146232832, Microsoft.SharePoint.SPException',
    );
  }
  const path = parentPath === '' ? trimmed : `${parentPath}/${trimmed}`;
  if (store.items.folderAt(listId, path)) {
    throw badRequest(
      `A file or folder with the name ${parentUrl}/${trimmed} already exists.`,
      '-2146232832, Microsoft.SharePoint.SPException',
    );
  }
  return trimmed;
}
