import { randomUUID } from 'node:crypto';
import { SpError, accessDenied, badRequest, unknownProperty } from '../http/sp-error';
import { builtInFields } from '../model/field-changes';
import { formatSharePointDate } from '../model/item-values';
import { Permission, can } from '../model/permissions';
import { listUrlNameFromTitle, uniqueName } from '../model/sharepoint-names';
import type { ListRecord } from '../store/records';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { requirePermission } from './authorize';
import { projectEntity, queryEntities, requestOptions } from './entity-query';
import { addValidateUpdateItemResource } from './add-validate-update-item';
import { fieldByIdResource, fieldsResource } from './field-resources';
import { itemId, itemResource, itemsResource } from './item-resources';
import {
  LIST_DEFAULTS,
  listDescriptor,
  listPath,
  listServerRelativeUrl,
  rootFolderDescriptor,
} from './list-entities';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import {
  collectionResult,
  emptyOk,
  entityResult,
  jsonBody,
  noContent,
  primitiveResult,
} from './results';
import { securableChild } from './security-resources';

const CUSTOM_LIST = 100;

type PropertyCheck = (value: unknown) => boolean;
const isBoolean: PropertyCheck = (v) => typeof v === 'boolean';
const isNumber: PropertyCheck = (v) => typeof v === 'number' && Number.isFinite(v);
const isString: PropertyCheck = (v) => typeof v === 'string';
const anything: PropertyCheck = () => true;

/** SP.List properties that add and MERGE may set. */
const WRITABLE: Readonly<Record<string, PropertyCheck>> = {
  ...Object.fromEntries(
    Object.entries(LIST_DEFAULTS).map(([name, value]) => [
      name,
      typeof value === 'boolean' ? isBoolean : typeof value === 'number' ? isNumber : anything,
    ]),
  ),
  Title: isString,
  Description: isString,
  ReadSecurity: (v) => v === 1 || v === 2,
  WriteSecurity: (v) => v === 1 || v === 2 || v === 4,
  DefaultContentApprovalWorkflowId: anything,
  DocumentTemplateUrl: anything,
  TemplateFeatureId: anything,
  IsApplicationList: isBoolean,
};

function listNotFound(
  message = 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
): SpError {
  return new SpError(404, '-1, System.ArgumentException', message);
}

function checkTitle(request: ApiRequest, title: unknown, except?: ListRecord): string {
  if (typeof title !== 'string' || title.trim() === '' || title.length > 255) {
    throw badRequest('The list title must be a non-empty text of at most 255 characters.');
  }
  const clash = request.site.store.lists.findByTitle(title);
  if (clash && clash.id !== except?.id) {
    throw badRequest(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      '-2130575342, Microsoft.SharePoint.SPException',
    );
  }
  return title;
}

function listProperties(
  body: Record<string, unknown>,
  current: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const props: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name === 'Title') continue;
    const check = WRITABLE[name];
    if (!check) throw unknownProperty(name, 'SP.List');
    if (!check(value)) throw badRequest(`The value of property '${name}' is not valid.`);
    props[name] = value;
  }
  return props;
}

function listResult(request: ApiRequest, list: ListRecord, status = 200): ApiResult {
  return entityResult(
    request,
    projectEntity(listDescriptor(request, list), status === 201 ? {} : requestOptions(request)),
    'SP.ApiData.Lists/@Element',
    status,
  );
}

function createList(request: ApiRequest): ApiResult {
  requirePermission(request, Permission.ManageLists);
  const store = request.site.store;
  const body = jsonBody(request);
  const title = checkTitle(request, body.Title);
  const props = listProperties(body, {});
  if ((props.BaseTemplate ?? CUSTOM_LIST) !== CUSTOM_LIST) {
    throw badRequest(
      `BaseTemplate ${String(props.BaseTemplate)} is not supported by the local SharePoint; use 100 (custom list).`,
    );
  }
  const urlName = uniqueName(
    listUrlNameFromTitle(title) || 'List',
    store.lists.all().map((l) => l.urlName),
  );
  const list: ListRecord = {
    id: randomUUID(),
    title,
    urlName,
    created: formatSharePointDate(request.site.now()),
    nextItemId: 1,
    hasUniqueRoleAssignments: false,
    props: { ...props, BaseTemplate: CUSTOM_LIST },
  };
  store.write((unit) => store.lists.insert(unit, list, builtInFields()));
  return listResult(request, list, 201);
}

function deleteList(request: ApiRequest, list: ListRecord): void {
  requirePermission(request, Permission.ManageLists, list);
  const store = request.site.store;
  store.write((unit) => {
    store.roleAssignments.clear(unit, list.id);
    store.roleAssignments.clearItemScopes(unit, list.id);
    store.items.removeList(unit, list.id);
    store.lists.remove(unit, list.id);
  });
}

/** A list the caller can see; lists it cannot read answer 403. */
function listResource(
  list: ListRecord | undefined,
  request: ApiRequest,
  notFound = listNotFound,
): Resource {
  if (!list) throw notFound();
  if (!can(request.site.store, request.user, Permission.ViewListItems, list)) throw accessDenied();
  return {
    name: list.title,
    get: (inner) => listResult(inner, list),
    merge(inner) {
      requirePermission(inner, Permission.ManageLists, list);
      const body = jsonBody(inner);
      const title = body.Title === undefined ? list.title : checkTitle(inner, body.Title, list);
      const store = inner.site.store;
      const props = listProperties(body, list.props);
      store.write((unit) => store.lists.update(unit, { ...list, title, props }));
      return noContent();
    },
    delete(inner) {
      deleteList(inner, list);
      return emptyOk();
    },
    child(segment, inner) {
      const security = securableChild({ list, editPath: listPath(list) }, segment, inner);
      if (security) return security;
      switch (segment.key) {
        case 'items': {
          if (!segment.args) return itemsResource(list);
          const id = itemId(segment);
          return id === undefined ? undefined : itemResource(list, id, inner);
        }
        case 'getitembyid': {
          const id = itemId(segment);
          return id === undefined ? undefined : itemResource(list, id, inner);
        }
        case 'addvalidateupdateitemusingpath':
          return addValidateUpdateItemResource(list);
        case 'fields':
          if (!segment.args) return fieldsResource(list);
          return fieldByIdFromSegment(list, inner, segment);
        case 'rootfolder':
          return segment.args
            ? undefined
            : {
                name: 'RootFolder',
                get: (r) =>
                  entityResult(
                    r,
                    projectEntity(rootFolderDescriptor(r, list), requestOptions(r)),
                    'SP.ApiData.Folders/@Element',
                  ),
              };
        case 'recycle':
          return {
            name: 'Recycle',
            post(r) {
              deleteList(r, list);
              return primitiveResult(r, 'Recycle', randomUUID(), 'Edm.Guid');
            },
          };
        default:
          return undefined;
      }
    },
  };
}

function fieldByIdFromSegment(
  list: ListRecord,
  request: ApiRequest,
  segment: PathSegment,
): Resource | undefined {
  const value = argument(segment);
  return value?.type === 'string' || value?.type === 'guid'
    ? fieldByIdResource(list, request, value.value)
    : undefined;
}

function listById(request: ApiRequest, segment: PathSegment): Resource | undefined {
  const value = argument(segment);
  if (value?.type !== 'string' && value?.type !== 'guid') return undefined;
  return listResource(request.site.store.lists.get(value.value.replace(/[{}]/g, '')), request);
}

const listsResource: Resource = {
  name: 'Lists',
  get(request) {
    const store = request.site.store;
    const visible = store.lists
      .all()
      .filter((list) => can(store, request.user, Permission.ViewListItems, list));
    return collectionResult(
      request,
      queryEntities(
        visible.map((list) => listDescriptor(request, list)),
        requestOptions(request),
        'SP.List',
      ),
      'SP.ApiData.Lists',
    );
  },
  post: createList,
  child(segment, request) {
    const value = argument(segment);
    switch (segment.key) {
      case 'getbytitle':
        if (value?.type !== 'string') return undefined;
        return listResource(request.site.store.lists.findByTitle(value.value), request, () =>
          listNotFound(
            `List '${value.value}' does not exist at site with URL '${request.links.siteUrl}'.`,
          ),
        );
      case 'getbyid':
      case 'lists':
        return listById(request, segment);
      default:
        return undefined;
    }
  },
};

/** `web/lists(…)` is parsed as one segment named `lists` with arguments. */
export function listsChild(segment: PathSegment, request: ApiRequest): Resource | undefined {
  return segment.args ? listById(request, segment) : listsResource;
}

/** `web/getList('/sites/mvoi/Lists/Name')`: the app addresses lists by server-relative URL. */
export function listByUrlResource(segment: PathSegment, request: ApiRequest): Resource | undefined {
  const value = argument(segment);
  if (value?.type !== 'string') return undefined;
  const wanted = decodeURIComponentSafe(value.value)
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  const list = request.site.store.lists
    .all()
    .find((l) => listServerRelativeUrl(request.site.sitePath, l).toLowerCase() === wanted);
  return listResource(
    list,
    request,
    () => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  );
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
