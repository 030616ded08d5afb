import { FieldKind, isMultiValue, isReference, kindOf } from '../model/field-types';
import { readFieldValue } from '../model/item-values';
import { entityPropertyName } from '../model/sharepoint-names';
import type { OutValue } from '../odata/odata-format';
import { ODataEntity } from '../odata/odata-format';
import type { FieldRecord, ItemRecord, ListRecord } from '../store/records';
import type { ApiRequest, Resource } from './api-types';
import { ItemSchema, outValue } from './item-schema';
import { listPath } from './list-entities';
import { argument, type PathSegment } from './path-segments';
import { collectionResult, entityResult } from './results';
import { itemNotFound } from '../http/sp-error';

/** SharePoint numbers major versions 512, 1024, …: the label's major number times 512. */
const VERSION_ID_STEP = 512;

/**
 * A version's column the way SharePoint's version history shows it: a lookup as
 * `{LookupId, LookupValue}`, a person also with `Email`, multi-valued ones as arrays of those.
 */
function versionValue(schema: ItemSchema, field: FieldRecord, version: ItemRecord): OutValue {
  if (!isReference(field)) return outValue(field, readFieldValue(field, version));
  const person = kindOf(field) === FieldKind.User;
  const values = schema.referenceIds(field, version).map((id): OutValue => {
    const target = schema.targetValues(field, id) ?? {};
    const shown: OutValue = target.Title ?? null;
    return person
      ? { LookupId: id, LookupValue: shown, Email: target.EMail ?? '' }
      : { LookupId: id, LookupValue: shown };
  });
  return isMultiValue(field) ? values : (values[0] ?? null);
}

function versionEntity(
  request: ApiRequest,
  schema: ItemSchema,
  list: ListRecord,
  version: ItemRecord,
  current: number,
): ODataEntity {
  const versionId = version.version * VERSION_ID_STEP;
  const path = `${listPath(list)}/Items(${version.id})/Versions(${versionId})`;
  const props: Record<string, OutValue> = {};
  for (const field of schema.fields()) {
    if (field.builtIn && !['Title', 'Editor', 'Author', 'Modified'].includes(field.internalName))
      continue;
    props[entityPropertyName(field.internalName)] = versionValue(schema, field, version);
  }
  Object.assign(props, {
    // The version's own time: when this version was written.
    Created: version.modified,
    IsCurrentVersion: version.version === current,
    VersionId: versionId,
    VersionLabel: `${version.version}.0`,
  });
  return new ODataEntity(
    {
      type: 'SP.ListItemVersion',
      id: `${request.links.apiUrl}/${path}`,
      uri: `${request.links.apiUrl}/${path}`,
      editLink: path,
    },
    props,
  );
}

/**
 * `{item}/Versions`: the item's version history, newest first, as SharePoint answers it; and
 * `Versions(<VersionId>)` / `Versions/GetById(<VersionId>)` for one version.
 */
export function versionsResource(
  list: ListRecord,
  item: ItemRecord,
  request: ApiRequest,
): Resource {
  const schema = new ItemSchema(request.site.store, list, request.site.sitePath);
  const versions = () => request.site.store.versions.of(list.id, item.id).reverse();
  const one = (versionId: number | undefined): Resource => {
    const version = versions().find((v) => v.version * VERSION_ID_STEP === versionId);
    if (!version) throw itemNotFound();
    return {
      name: `Versions(${versionId})`,
      get: (inner) =>
        entityResult(
          inner,
          versionEntity(inner, schema, list, version, item.version),
          'SP.ListItemVersion',
        ),
    };
  };
  return {
    name: 'Versions',
    get: (inner) =>
      collectionResult(
        inner,
        versions().map((version) => versionEntity(inner, schema, list, version, item.version)),
        'SP.ListItemVersion',
      ),
    child(segment: PathSegment) {
      if (segment.key !== 'getbyid') return undefined;
      const value = argument(segment);
      return one(value?.type === 'number' ? value.value : undefined);
    },
  };
}

/** `Versions` or `Versions(<VersionId>)` under an item. */
export function versionsChild(
  list: ListRecord,
  item: ItemRecord,
  segment: PathSegment,
  request: ApiRequest,
): Resource | undefined {
  const all = versionsResource(list, item, request);
  if (!segment.args) return all;
  return all.child?.({ ...segment, key: 'getbyid' }, request);
}
