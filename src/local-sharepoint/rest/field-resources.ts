import { SpError, badRequest } from '../http/sp-error';
import { applyFieldUpdate, prepareNewField } from '../model/field-changes';
import { readFieldValue } from '../model/item-values';
import { Permission } from '../model/permissions';
import type { FieldRecord, ListRecord } from '../store/records';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { requirePermission } from './authorize';
import { projectEntity, queryEntities, requestOptions } from './entity-query';
import { fieldDescriptor } from './list-entities';
import { argument } from './path-segments';
import {
  collectionResult,
  emptyOk,
  entityResult,
  jsonBody,
  noContent,
  parametersOf,
} from './results';

function fieldNotFound(name: string): SpError {
  return new SpError(
    404,
    '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`,
  );
}

function fieldResult(
  request: ApiRequest,
  list: ListRecord,
  field: FieldRecord,
  status: number,
): ApiResult {
  return entityResult(
    request,
    projectEntity(
      fieldDescriptor(request.links, request.site.sitePath, list, field),
      status === 201 ? {} : requestOptions(request),
    ),
    'SP.ApiData.Fields/@Element',
    status,
  );
}

function addField(request: ApiRequest, list: ListRecord, body: Record<string, unknown>): ApiResult {
  requirePermission(request, Permission.ManageLists, list);
  const store = request.site.store;
  const field = prepareNewField(store, store.lists.fieldsOf(list.id), body);
  store.write((unit) => store.lists.insertField(unit, list.id, field));
  return fieldResult(request, list, field, 201);
}

/** Enabling unique values fails when the list already holds duplicates, as in SharePoint. */
function checkExistingUnique(request: ApiRequest, list: ListRecord, field: FieldRecord): void {
  const seen = new Set<string>();
  for (const item of request.site.store.items.all(list.id)) {
    const value = readFieldValue(field, item);
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    const key = typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
    if (seen.has(key)) {
      throw badRequest(
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
        '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      );
    }
    seen.add(key);
  }
}

function fieldResource(list: ListRecord, field: FieldRecord | undefined, name: string): Resource {
  if (!field) throw fieldNotFound(name);
  return {
    name: field.internalName,
    get: (request) => fieldResult(request, list, field, 200),
    merge(request) {
      requirePermission(request, Permission.ManageLists, list);
      const store = request.site.store;
      const updated = applyFieldUpdate(field, store.lists.fieldsOf(list.id), jsonBody(request));
      if (updated.props.EnforceUniqueValues === true && field.props.EnforceUniqueValues !== true) {
        checkExistingUnique(request, list, updated);
      }
      store.write((unit) => store.lists.updateField(unit, list.id, updated));
      return noContent();
    },
    delete(request) {
      requirePermission(request, Permission.ManageLists, list);
      if (field.builtIn)
        throw badRequest(`The built-in column '${field.internalName}' cannot be deleted.`);
      const store = request.site.store;
      store.write((unit) => {
        store.lists.removeField(unit, list.id, field.id);
        store.items.removeColumn(unit, list.id, field.internalName);
      });
      return emptyOk();
    },
    child(segment) {
      // The form visibility switches have no effect on REST data.
      if (/^setshowin(new|edit|display)form$/.test(segment.key)) {
        return {
          name: segment.name,
          post(request) {
            requirePermission(request, Permission.ManageLists, list);
            return emptyOk();
          },
        };
      }
      return undefined;
    },
  };
}

export function fieldByIdResource(list: ListRecord, request: ApiRequest, id: string): Resource {
  const wanted = id.replace(/[{}]/g, '').toLowerCase();
  return fieldResource(
    list,
    request.site.store.lists.fieldsOf(list.id).find((f) => f.id === wanted),
    id,
  );
}

export function fieldsResource(list: ListRecord): Resource {
  return {
    name: 'Fields',
    get: (request) =>
      collectionResult(
        request,
        queryEntities(
          request.site.store.lists
            .fieldsOf(list.id)
            .map((f) => fieldDescriptor(request.links, request.site.sitePath, list, f)),
          requestOptions(request),
          'SP.Field',
        ),
        'SP.ApiData.Fields',
      ),
    post: (request) => addField(request, list, jsonBody(request)),
    child(segment, request) {
      const value = argument(segment);
      const fields = request.site.store.lists.fieldsOf(list.id);
      const text = value?.type === 'string' || value?.type === 'guid' ? value.value : undefined;
      switch (segment.key) {
        case 'addfield':
          return {
            name: 'AddField',
            post: (inner) => addField(inner, list, parametersOf(jsonBody(inner))),
          };
        case 'getbyinternalnameortitle':
          if (text === undefined) return undefined;
          return fieldResource(
            list,
            fields.find((f) => f.internalName === text) ??
              fields.find((f) => String(f.props.Title).toLowerCase() === text.toLowerCase()),
            text,
          );
        case 'getbytitle':
          if (text === undefined) return undefined;
          return fieldResource(
            list,
            fields.find((f) => String(f.props.Title).toLowerCase() === text.toLowerCase()),
            text,
          );
        case 'getbyid':
        case 'fields':
          return text === undefined ? undefined : fieldByIdResource(list, request, text);
        default:
          return undefined;
      }
    },
  };
}
