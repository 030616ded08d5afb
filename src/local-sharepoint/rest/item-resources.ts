import { accessDenied, itemNotFound } from '../http/sp-error';
import { addItems, itemETag, removeItem, updateItem } from '../model/item-writes';
import { Permission, bypassesItemLevelSecurity, can } from '../model/permissions';
import { parseQueryOptions } from '../odata/query-options';
import type { ItemRecord, ListRecord } from '../store/records';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { ItemProjection } from './item-projection';
import { queryItems, visibleItem } from './item-query';
import { ItemSchema } from './item-schema';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { emptyOk, entityResult, jsonBody, noContent, primitiveResult } from './results';

const WRITE_ALL = 1;
const WRITE_NONE = 4;

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
    new ItemSchema(request.site.store, list),
    request.links,
    options,
  );
  return entityResult(request, projection.project(item), fragment(list), status, {
    ETag: itemETag(item),
  });
}

/**
 * Item writes need the list permission, and on lists with WriteSecurity 2 (own items) or 4 (none)
 * also authorship, unless the caller bypasses item-level security (Design, Full Control).
 */
function requireItemWrite(
  request: ApiRequest,
  list: ListRecord,
  permission: Permission,
  item?: ItemRecord,
): void {
  const store = request.site.store;
  if (!can(store, request.user, permission, list)) throw accessDenied();
  const writeSecurity = Number(list.props.WriteSecurity ?? WRITE_ALL);
  if (writeSecurity === WRITE_ALL || bypassesItemLevelSecurity(store, request.user, list)) return;
  if (writeSecurity === WRITE_NONE) throw accessDenied();
  if (item && item.authorId !== request.user.id) throw accessDenied();
}

function currentList(request: ApiRequest, list: ListRecord): ListRecord {
  return request.site.store.lists.get(list.id) ?? list;
}

export function itemResource(list: ListRecord, id: number, request: ApiRequest): Resource {
  const item = visibleItem(request, list, id);
  if (!item) throw itemNotFound();
  const remove = (inner: ApiRequest, recycle: boolean) => {
    requireItemWrite(inner, list, Permission.DeleteListItems, item);
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
      requireItemWrite(inner, list, Permission.EditListItems, item);
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
    child(segment) {
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
      requireItemWrite(request, list, Permission.AddListItems);
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
