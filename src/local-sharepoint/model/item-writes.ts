import { randomUUID } from 'node:crypto';
import { preconditionFailed } from '../http/sp-error';
import type { ItemRecord, ItemValue, ListRecord } from '../store/records';
import { itemScope } from '../store/records';
import type { SiteStore } from '../store/site-store';
import { contentsOf } from './folders';
import { checkUniqueValues, formatSharePointDate, prepareItemValues } from './item-values';

export function itemETag(item: ItemRecord): string {
  return `"${item.version}"`;
}

/** `*` or no IF-Match overwrites; anything else must name the item's current version. */
function checkIfMatch(ifMatch: string | undefined, item: ItemRecord): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  const version = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '').split(',').pop()?.trim();
  if (version !== String(item.version)) throw preconditionFailed(ifMatch, itemETag(item));
}

/** SharePoint keeps a version per write of an item (not of a folder) while versioning is on. */
function recordVersion(store: SiteStore, list: ListRecord, item: ItemRecord): void {
  if (list.props.EnableVersioning !== false && item.folderName === undefined) {
    store.versions.record(list.id, item);
  }
}

/** A validated new item or folder: its stored values and where it goes. */
export interface NewItem {
  readonly values: Record<string, ItemValue>;
  /** List-relative path of the folder it goes in; empty for the list root. */
  readonly parentPath: string;
  /** Set to create a folder of this name. */
  readonly folderName?: string;
}

/** Writes validated items in one transaction; checks unique columns first, so a clash adds nothing. */
export function insertItems(
  store: SiteStore,
  list: ListRecord,
  drafts: readonly NewItem[],
  authorId: number,
  now: Date,
): ItemRecord[] {
  const fields = store.lists.fieldsOf(list.id);
  const timestamp = formatSharePointDate(now);
  const created: ItemRecord[] = [];
  const hasUniqueFields = fields.some((field) => field.props.EnforceUniqueValues === true);
  function* existingAndCreated() {
    yield* store.items.all(list.id);
    yield* created;
  }
  let nextId = list.nextItemId;
  for (const draft of drafts) {
    const item: ItemRecord = {
      id: nextId++,
      uid: randomUUID(),
      version: 1,
      authorId,
      editorId: authorId,
      created: timestamp,
      modified: timestamp,
      values: draft.values,
      parentPath: draft.parentPath,
      ...(draft.folderName === undefined ? {} : { folderName: draft.folderName }),
      hasUniqueRoleAssignments: false,
    };
    if (hasUniqueFields) checkUniqueValues(fields, item, existingAndCreated());
    created.push(item);
  }
  store.write((unit) => {
    for (const item of created) {
      store.items.insert(unit, list.id, item);
      recordVersion(store, list, item);
    }
    store.lists.update(unit, { ...list, nextItemId: nextId });
  });
  return created;
}

/**
 * Validates every REST body first and adds all items at the list root in one transaction, so a
 * bad body adds nothing. Permission checks are the caller's.
 */
export function addItems(
  store: SiteStore,
  list: ListRecord,
  bodies: readonly Record<string, unknown>[],
  authorId: number,
  now: Date,
): ItemRecord[] {
  const fields = store.lists.fieldsOf(list.id);
  const drafts = bodies.map((body) => ({
    values: prepareItemValues({ store }, list, fields, body, {}),
    parentPath: '',
  }));
  return insertItems(store, list, drafts, authorId, now);
}

export function updateItem(
  store: SiteStore,
  list: ListRecord,
  item: ItemRecord,
  body: Record<string, unknown>,
  ifMatch: string | undefined,
  editorId: number,
  now: Date,
): ItemRecord {
  checkIfMatch(ifMatch, item);
  const fields = store.lists.fieldsOf(list.id);
  const updated: ItemRecord = {
    ...item,
    version: item.version + 1,
    editorId,
    modified: formatSharePointDate(now),
    values: prepareItemValues({ store }, list, fields, body, item.values),
  };
  checkUniqueValues(fields, updated, store.items.all(list.id));
  store.write((unit) => {
    store.items.update(unit, list.id, updated);
    recordVersion(store, list, updated);
  });
  return updated;
}

/**
 * Deletes the item, and a folder with everything in it, keeping one copy in the recycle bin when
 * recycled (as SharePoint keeps a folder as one bin entry); returns the bin id.
 */
export function removeItem(
  store: SiteStore,
  list: ListRecord,
  item: ItemRecord,
  ifMatch: string | undefined,
  userId: number,
  now: Date,
  recycle: boolean,
): string {
  checkIfMatch(ifMatch, item);
  const binId = randomUUID();
  const contents = contentsOf(store, list.id, item);
  const removed = [item, ...contents];
  store.write((unit) => {
    for (const gone of removed) {
      if (gone.hasUniqueRoleAssignments)
        store.roleAssignments.clear(unit, itemScope(list.id, gone.id));
    }
    store.items.remove(
      unit,
      list.id,
      removed,
      recycle
        ? {
            id: binId,
            listId: list.id,
            deletedBy: userId,
            deleted: now.toISOString(),
            item,
            contents,
          }
        : undefined,
    );
    // The bin keeps the item's values, not its files: a restored item comes back without them.
    store.attachments.removeItems(
      unit,
      list.id,
      removed.map((gone) => gone.id),
    );
    store.versions.removeItems(
      list.id,
      removed.map((gone) => gone.id),
    );
  });
  return binId;
}
