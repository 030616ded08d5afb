import { itemNotFound } from '../http/sp-error';
import { addItems, itemETag, removeItem, updateItem } from '../model/item-writes';
import { Permission } from '../model/permissions';
import { parseQueryOptions } from '../odata/query-options';
import type { ItemRecord, ListRecord } from '../store/records';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { attachmentFilesChild } from './attachment-resources';
import { requirePermission, requireWriteSecurity } from './authorize';
import { ItemProjection } from './item-projection';
import { queryItems, visibleItem } from './item-query';
import { ItemSchema } from './item-schema';
import { listPath } from './list-entities';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { emptyOk, entityResult, jsonBody, noContent, primitiveResult } from './results';
import { securableChild } from './security-resources';
import { versionsChild } from './version-resources';

function fragment(list: ListRecord): string {
  return `SP.ListData.${list.urlName}ListItems/@Element`;
}

function itemEntityResult(
  request: ApiRequest,
  list: ListRecord,
  item: ItemRecord,
  status: number,
  useQuery: boolean,
): ApiResult {
  const options = useQuery ? parseQueryOptions(request.query) : {};
  const projection = new ItemProjection(
    new ItemSchema(request.site.store, list, request.site.sitePath),
    request.links,
    options,
  );
  return entityResult(request, projection.project(item), fragment(list), status, {
    ETag: itemETag(item),
  });
}

/** Changing an item needs `permission` where the item's permissions come from, and WriteSecurity. */
function requireItemWrite(
  request: ApiRequest,
  list: ListRecord,
  item: ItemRecord,
  permission: Permission,
): void {
  requirePermission(request, permission, list, item);
  requireWriteSecurity(request, list, item);
}

function currentList(request: ApiRequest, list: ListRecord): ListRecord {
  return request.site.store.lists.get(list.id) ?? list;
}

/** An item or folder the caller can see; one it cannot see answers 404, as a missing one does. */
export function itemResource(list: ListRecord, id: number, request: ApiRequest): Resource {
  const item = visibleItem(request, list, id);
  if (!item) throw itemNotFound();
  const remove = (inner: ApiRequest, recycle: boolean) => {
    requireItemWrite(inner, list, item, Permission.DeleteListItems);
    const site = inner.site;
    return removeItem(
      site.store,
      list,
      item,
      inner.headers['if-match'],
      inner.user.id,
      site.now(),
      recycle,
    );
  };
  return {
    name: `Items(${id})`,
    get: (inner) => itemEntityResult(inner, list, item, 200, true),
    merge(inner) {
      requireItemWrite(inner, list, item, Permission.EditListItems);
      const site = inner.site;
      const updated = updateItem(
        site.store,
        currentList(inner, list),
        item,
        jsonBody(inner),
        inner.headers['if-match'],
        inner.user.id,
        site.now(),
      );
      return noContent({ ETag: itemETag(updated) });
    },
    delete(inner) {
      remove(inner, false);
      return emptyOk();
    },
    child(segment, inner) {
      const security = securableChild(
        { list, itemId: id, editPath: `${listPath(list)}/Items(${id})` },
        segment,
        inner,
      );
      if (security) return security;
      if (segment.key === 'attachmentfiles')
        return attachmentFilesChild(list, item, segment, inner);
      if (segment.key === 'versions') return versionsChild(list, item, segment, inner);
      if (segment.key !== 'recycle' || segment.args) return undefined;
      return {
        name: 'Recycle',
        post: (inner) => primitiveResult(inner, 'Recycle', remove(inner, true), 'Edm.Guid'),
      };
    },
  };
}

export function itemId(segment: PathSegment): number | undefined {
  const value = argument(segment);
  return value?.type === 'number' ? value.value : undefined;
}

export function itemsResource(list: ListRecord): Resource {
  return {
    name: 'Items',
    get: (request) => queryItems(request, list),
    post(request) {
      // New items go to the list's root folder, whose permissions are the list's.
      requirePermission(request, Permission.AddListItems, list);
      requireWriteSecurity(request, list);
      const body = jsonBody(request);
      const site = request.site;
      const [item] = addItems(
        site.store,
        currentList(request, list),
        [body],
        request.user.id,
        site.now(),
      );
      return itemEntityResult(request, list, item as ItemRecord, 201, false);
    },
    child(segment, request) {
      const id = segment.key === 'getbyid' ? itemId(segment) : undefined;
      return id === undefined ? undefined : itemResource(list, id, request);
    },
  };
}
