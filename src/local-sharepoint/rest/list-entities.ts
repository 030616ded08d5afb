import { FIELD_TYPES, isMultiValue, kindOf, typeAsString } from '../model/field-types';
import {
  entityPropertyName,
  listEntityTypeName,
  listItemEntityTypeFullName,
} from '../model/sharepoint-names';
import type { FieldRecord, ListRecord } from '../store/records';
import type { SiteStore } from '../store/site-store';
import type { ApiRequest, SiteLinks } from './api-types';
import type { OutValue } from '../odata/odata-format';
import type { EntityDescriptor } from './entity-query';

/** SP.List properties a custom list starts with; the writable ones may be set on add and MERGE. */
export const LIST_DEFAULTS: Readonly<Record<string, string | number | boolean | null>> = {
  AllowContentTypes: true,
  BaseTemplate: 100,
  ContentTypesEnabled: false,
  Description: '',
  Direction: 'none',
  DisableGridEditing: false,
  DraftVersionVisibility: 0,
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableVersioning: true,
  ExcludeFromOfflineClient: false,
  ForceCheckout: false,
  Hidden: false,
  ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
  IrmEnabled: false,
  ListExperienceOptions: 0,
  MajorVersionLimit: 50,
  MajorWithMinorVersionsLimit: 0,
  NoCrawl: false,
  OnQuickLaunch: false,
  ReadSecurity: 1,
  ValidationFormula: '',
  ValidationMessage: '',
  WriteSecurity: 1,
};

const LIST_BASE_TYPE = 0;

export function listPath(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function listServerRelativeUrl(sitePath: string, list: ListRecord): string {
  return `${sitePath}/Lists/${list.urlName}`;
}

function lastModified(store: SiteStore, list: ListRecord): string {
  let latest = list.created;
  for (const item of store.items.all(list.id)) if (item.modified > latest) latest = item.modified;
  return latest;
}

/** What sits directly in the list's root folder: items and folders outside any folder. */
function rootFolderItemCount(store: SiteStore, list: ListRecord): number {
  let count = 0;
  for (const item of store.items.all(list.id)) if (item.parentPath === '') count++;
  return count;
}

function folderDescriptor(request: ApiRequest, list: ListRecord): EntityDescriptor {
  const path = `${listPath(list)}/RootFolder`;
  const { apiUrl } = request.links;
  const url = listServerRelativeUrl(request.site.sitePath, list);
  return {
    meta: { type: 'SP.Folder', id: `${apiUrl}/${path}`, uri: `${apiUrl}/${path}`, editLink: path },
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: rootFolderItemCount(request.site.store, list),
      Name: list.urlName,
      ProgID: null,
      ServerRelativePath: { DecodedUrl: url },
      ServerRelativeUrl: url,
      TimeCreated: list.created,
      TimeLastModified: lastModified(request.site.store, list),
      UniqueId: list.id,
      WelcomePage: '',
    },
  };
}

export function listDescriptor(request: ApiRequest, list: ListRecord): EntityDescriptor {
  const path = listPath(list);
  const { apiUrl } = request.links;
  const store = request.site.store;
  return {
    meta: { type: 'SP.List', id: `${apiUrl}/${path}`, uri: `${apiUrl}/${path}`, editLink: path },
    props: {
      ...LIST_DEFAULTS,
      ...(list.props as Record<string, OutValue>),
      BaseType: LIST_BASE_TYPE,
      Created: list.created,
      EntityTypeName: listEntityTypeName(list.urlName),
      HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
      Id: list.id,
      ItemCount: store.items.count(list.id),
      LastItemModifiedDate: lastModified(store, list),
      ListItemEntityTypeFullName: listItemEntityTypeFullName(list.urlName),
      ParentWebUrl: request.site.sitePath,
      Title: list.title,
    },
    navigation: {
      RootFolder: () => folderDescriptor(request, list),
      Fields: () =>
        store.lists
          .fieldsOf(list.id)
          .map((f) => fieldDescriptor(request.links, request.site.sitePath, list, f)),
    },
  };
}

export function rootFolderDescriptor(request: ApiRequest, list: ListRecord): EntityDescriptor {
  return folderDescriptor(request, list);
}

const COMMON_FIELD_DEFAULTS = {
  AutoIndexed: false,
  ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
  ClientSideComponentProperties: null,
  CustomFormatter: null,
  DefaultFormula: null,
  DefaultValue: null,
  Description: '',
  Direction: 'none',
  EnforceUniqueValues: false,
  Filterable: true,
  Group: 'Custom Columns',
  Hidden: false,
  Indexed: false,
  JSLink: 'clienttemplates.js',
  ReadOnlyField: false,
  Required: false,
  ValidationFormula: null,
  ValidationMessage: null,
};

export function fieldDescriptor(
  links: SiteLinks,
  sitePath: string,
  list: ListRecord,
  field: FieldRecord,
): EntityDescriptor {
  const path = `${listPath(list)}/Fields(guid'${field.id}')`;
  const info = FIELD_TYPES[kindOf(field)];
  return {
    meta: {
      type: info.odataType,
      id: `${links.apiUrl}/${path}`,
      uri: `${links.apiUrl}/${path}`,
      editLink: path,
    },
    props: {
      ...COMMON_FIELD_DEFAULTS,
      ...(info.defaults as Record<string, OutValue>),
      ...(field.props as Record<string, OutValue>),
      CanBeDeleted: !field.builtIn,
      EntityPropertyName: entityPropertyName(field.internalName),
      FromBaseType: field.builtIn,
      Id: field.id,
      InternalName: field.internalName,
      Scope: listServerRelativeUrl(sitePath, list),
      Sealed: field.builtIn,
      Sortable: !isMultiValue(field),
      StaticName: field.internalName,
      TypeAsString: typeAsString(field),
      TypeDisplayName: info.displayName,
      TypeShortDescription: info.displayName,
    },
  };
}
