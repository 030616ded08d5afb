import { badRequest, invalidQuery } from '../http/sp-error';
import { checkFolderName, folderAtUrl } from '../model/folders';
import type { FormValue } from '../model/form-values';
import { applyFormValues, readFormValues } from '../model/form-values';
import { insertItems } from '../model/item-writes';
import { Permission } from '../model/permissions';
import { ODataEntity } from '../odata/odata-format';
import type { ListRecord } from '../store/records';
import { folderPathOf } from '../store/records';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { requirePermission, requireWriteSecurity } from './authorize';
import { listServerRelativeUrl } from './list-entities';
import { collectionResult, jsonBody } from './results';

const RESULT_COLLECTION = 'Collection(SP.ListItemFormUpdateValue)';
/** SPException's HRESULT, which SharePoint reports for a refused form value. */
const VALUE_REFUSED = -2146232832;
/** `UnderlyingObjectType` (SP.FileSystemObjectType) of a list item and of a folder. */
const ITEM = 0;
const FOLDER = 1;

interface CreateInfo {
  readonly folderUrl: string;
  readonly leafName?: string;
  readonly objectType: typeof ITEM | typeof FOLDER;
}

function decodedUrl(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const url = (value as { DecodedUrl?: unknown }).DecodedUrl;
  if (typeof url !== 'string') throw invalidQuery(`The parameter ${name} is not valid.`);
  return url;
}

/** `listItemCreateInfo` as PnPjs sends it: `{ FolderPath: { DecodedUrl }, LeafName?, UnderlyingObjectType? }`. */
function readCreateInfo(value: unknown, rootUrl: string): CreateInfo {
  const info = (value ?? {}) as Record<string, unknown>;
  const objectType = info.UnderlyingObjectType ?? ITEM;
  if (objectType !== ITEM && objectType !== FOLDER) {
    throw badRequest(
      `UnderlyingObjectType ${JSON.stringify(objectType)} is not supported in a list: use 0 (item) or 1 (folder).`,
    );
  }
  const leafName = decodedUrl(info.LeafName, 'LeafName');
  return {
    folderUrl: decodedUrl(info.FolderPath, 'FolderPath') ?? rootUrl,
    ...(leafName === undefined ? {} : { leafName }),
    objectType,
  };
}

function resultEntry(name: string, value: string, error: string | null): ODataEntity {
  return new ODataEntity(undefined, {
    ErrorCode: error === null ? 0 : VALUE_REFUSED,
    ErrorMessage: error,
    FieldName: name,
    FieldValue: value,
    HasException: error !== null,
    ItemId: 0,
  });
}

/**
 * SharePoint Online's answer: one entry per form value, then an `Id` entry whose FieldValue is the
 * new item's id (`"0"` when a value was refused and nothing was created); ItemId stays 0.
 */
function formResults(
  request: ApiRequest,
  formValues: readonly FormValue[],
  errors: readonly (string | null)[],
  itemId: number,
): ApiResult {
  const entries = [
    ...formValues.map((value, index) =>
      resultEntry(value.FieldName, value.FieldValue, errors[index] ?? null),
    ),
    resultEntry('Id', String(itemId), null),
  ];
  if (request.level === 'verbose') {
    return {
      status: 200,
      body: {
        d: {
          AddValidateUpdateItemUsingPath: {
            __metadata: { type: RESULT_COLLECTION },
            results: entries.map((entry) => entry.props),
          },
        },
      },
    };
  }
  return collectionResult(request, entries, RESULT_COLLECTION);
}

/**
 * `POST {list}/AddValidateUpdateItemUsingPath()`: adds an item, or with UnderlyingObjectType 1 a
 * folder named LeafName, in the folder FolderPath names, from form strings. Needs Add Items where
 * that folder's permissions come from. A refused value creates nothing.
 */
export function addValidateUpdateItemResource(list: ListRecord): Resource {
  return {
    name: 'AddValidateUpdateItemUsingPath',
    post(request) {
      const { store, sitePath } = request.site;
      const current = store.lists.get(list.id) ?? list;
      const rootUrl = listServerRelativeUrl(sitePath, current);
      const body = jsonBody(request);
      const formValues = readFormValues(body.formValues);
      const info = readCreateInfo(body.listItemCreateInfo, rootUrl);
      const folder = folderAtUrl(store, current.id, sitePath, rootUrl, info.folderUrl);
      requirePermission(request, Permission.AddListItems, current, folder ?? undefined);
      requireWriteSecurity(request, current);
      const parentPath = folder ? folderPathOf(folder) : '';
      const folderName =
        info.objectType === FOLDER
          ? checkFolderName(
              store,
              current.id,
              parentPath,
              parentPath === '' ? rootUrl : `${rootUrl}/${parentPath}`,
              info.leafName ?? '',
            )
          : undefined;
      const { values, errors } = applyFormValues(
        store,
        store.lists.fieldsOf(current.id),
        formValues,
      );
      if (errors.some((error) => error !== null))
        return formResults(request, formValues, errors, 0);
      const [created] = insertItems(
        store,
        current,
        [
          folderName === undefined
            ? { values, parentPath }
            : { values: { Title: folderName, ...values }, parentPath, folderName },
        ],
        request.user.id,
        request.site.now(),
      );
      return formResults(request, formValues, errors, created?.id ?? 0);
    },
  };
}
