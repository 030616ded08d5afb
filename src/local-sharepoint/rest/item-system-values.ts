import { contentTypeIdOf, fileDirRef, fileLeafRef, fileRef, objectTypeOf } from '../model/folders';
import type { ValueKind } from '../odata/filter-compiler';
import type { OutValue } from '../odata/odata-format';
import type { ItemRecord } from '../store/records';

export type SystemValue = (item: ItemRecord) => OutValue;

/**
 * Item properties SharePoint computes rather than takes from a column, by REST name, given the
 * server-relative URL of the list's root folder.
 */
export function systemValues(
  rootUrl: string,
  hasAttachments: (item: ItemRecord) => boolean = () => false,
): Readonly<Record<string, SystemValue>> {
  return {
    FileSystemObjectType: objectTypeOf,
    Id: (item) => item.id,
    ID: (item) => item.id,
    ServerRedirectedEmbedUri: () => null,
    ServerRedirectedEmbedUrl: () => '',
    ContentTypeId: contentTypeIdOf,
    ComplianceAssetId: () => null,
    OData__UIVersionString: (item) => `${item.version}.0`,
    // The item's internal version, which its ETag quotes; readable where no metadata is sent.
    owshiddenversion: (item) => item.version,
    Attachments: hasAttachments,
    GUID: (item) => item.uid,
    FSObjType: objectTypeOf,
    FileLeafRef: fileLeafRef,
    FileDirRef: (item) => fileDirRef(rootUrl, item),
    FileRef: (item) => fileRef(rootUrl, item),
    HasUniqueRoleAssignments: (item) => item.hasUniqueRoleAssignments,
  };
}

/** The computed properties `$filter` and `$orderby` take, and how they compare (URLs ignore case). */
export const FILTERABLE_SYSTEM_VALUES: Readonly<Record<string, ValueKind>> = {
  FSObjType: 'number',
  FileLeafRef: 'text',
  FileDirRef: 'text',
  FileRef: 'text',
  ContentTypeId: 'text',
};
