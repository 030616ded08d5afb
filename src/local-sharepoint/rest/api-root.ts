import { randomBytes } from 'node:crypto';
import { searchResource } from '../search/search-resources';
import { SETTING } from '../bootstrap-site';
import { badRequest, unknownProperty } from '../http/sp-error';
import { Permission } from '../model/permissions';
import { formatSharePointDate } from '../model/item-values';
import { ODataEntity } from '../odata/odata-format';
import type { ApiRequest, Resource } from './api-types';
import { requirePermission } from './authorize';
import type { EntityDescriptor } from './entity-query';
import { projectEntity, requestOptions } from './entity-query';
import { listByUrlResource, listsChild } from './list-resources';
import {
  currentUserResource,
  ensureUserResource,
  siteGroupsResource,
  siteUsersResource,
  userByIdResource,
} from './principal-resources';
import { userDescriptor } from './principal-entities';
import { entityResult, jsonBody, noContent } from './results';
import { roleDefinitionsResource, securableChild } from './security-resources';

const DIGEST_TIMEOUT_SECONDS = 1800;

function webDescriptor(request: ApiRequest): EntityDescriptor {
  const { site, links } = request;
  const store = site.store;
  let lastModified = site.setting(SETTING.webCreated);
  for (const list of store.lists.all()) {
    for (const item of store.items.all(list.id))
      if (item.modified > lastModified) lastModified = item.modified;
  }
  return {
    meta: {
      type: 'SP.Web',
      id: `${links.apiUrl}/Web`,
      uri: `${links.apiUrl}/Web`,
      editLink: 'Web',
    },
    props: {
      AllowRssFeeds: false,
      Configuration: 0,
      Created: formatSharePointDate(Date.parse(site.setting(SETTING.webCreated))),
      Description: site.setting(SETTING.webDescription),
      Id: site.setting(SETTING.webId),
      Language: 1043,
      LastItemModifiedDate: formatSharePointDate(Date.parse(lastModified)),
      ServerRelativeUrl: site.sitePath,
      Title: site.setting(SETTING.webTitle),
      Url: links.siteUrl,
      WebTemplate: 'STS',
    },
    navigation: { CurrentUser: () => userDescriptor(store, links, request.user) },
  };
}

const webResource: Resource = {
  name: 'Web',
  get: (request) =>
    entityResult(request, projectEntity(webDescriptor(request), requestOptions(request)), 'SP.Web'),
  merge(request) {
    requirePermission(request, Permission.ManageWeb);
    const body = jsonBody(request);
    const store = request.site.store;
    const changes: [string, string][] = [];
    for (const [name, value] of Object.entries(body)) {
      if (name === '__metadata') continue;
      const key =
        name === 'Title'
          ? SETTING.webTitle
          : name === 'Description'
            ? SETTING.webDescription
            : undefined;
      if (!key) throw unknownProperty(name, 'SP.Web');
      if (typeof value !== 'string')
        throw badRequest(`The value of property '${name}' is not valid.`);
      changes.push([key, value]);
    }
    store.write((unit) => {
      for (const [key, value] of changes) store.settings.set(unit, key, value);
    });
    return noContent();
  },
  child(segment, request) {
    const security = securableChild({ editPath: 'Web' }, segment, request);
    if (security) return security;
    switch (segment.key) {
      case 'lists':
        return listsChild(segment, request);
      case 'getlist':
        return listByUrlResource(segment, request);
      case 'currentuser':
        return segment.args ? undefined : currentUserResource(request);
      case 'siteusers':
        return segment.args ? siteUsersResource.child?.(segment, request) : siteUsersResource;
      case 'getuserbyid':
        return userByIdResource(segment, request);
      case 'ensureuser':
        return ensureUserResource(segment);
      case 'sitegroups':
        return segment.args ? siteGroupsResource.child?.(segment, request) : siteGroupsResource;
      case 'roledefinitions':
        return segment.args
          ? roleDefinitionsResource.child?.(segment, request)
          : roleDefinitionsResource;
      default:
        return undefined;
    }
  },
};

const contextInfoResource: Resource = {
  name: 'contextinfo',
  post(request) {
    const info = {
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: `0x${randomBytes(32).toString('hex').toUpperCase()},${new Date().toUTCString()}`,
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: request.links.siteUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: request.links.siteUrl,
    };
    if (request.level === 'verbose') {
      return {
        status: 200,
        body: {
          d: {
            GetContextWebInformation: {
              __metadata: { type: 'SP.ContextWebInformation' },
              ...info,
              SupportedSchemaVersions: { results: info.SupportedSchemaVersions },
            },
          },
        },
      };
    }
    // PnPjs reads FormDigestValue at the top level: never wrap it.
    return entityResult(request, new ODataEntity(undefined, info), 'SP.ContextWebInformation');
  },
};

const siteResource: Resource = {
  name: 'Site',
  get(request) {
    const path = 'Site';
    const descriptor: EntityDescriptor = {
      meta: {
        type: 'SP.Site',
        id: `${request.links.apiUrl}/${path}`,
        uri: `${request.links.apiUrl}/${path}`,
        editLink: path,
      },
      props: {
        Id: request.site.setting(SETTING.siteId),
        ServerRelativeUrl: request.site.sitePath,
        Url: request.links.siteUrl,
      },
    };
    return entityResult(request, projectEntity(descriptor, requestOptions(request)), 'SP.Site');
  },
  child: (segment) => (segment.key === 'rootweb' && !segment.args ? webResource : undefined),
};

/** The root of `/_api/`. */
export const apiRoot: Resource = {
  name: '_api',
  child(segment) {
    if (segment.args) return undefined;
    switch (segment.key) {
      case 'web':
        return webResource;
      case 'site':
        return siteResource;
      case 'contextinfo':
        return contextInfoResource;
      case 'search':
        return searchResource;
      default:
        return undefined;
    }
  },
};
