/** Serializes entities the way SharePoint does for each `Accept: application/json;odata=…` level. */

export type MetadataLevel = 'verbose' | 'minimal' | 'nometadata';

export interface EntityMeta {
  /** `SP.List`, `SP.Data.ThemesListItem`, … */
  readonly type: string;
  /** Minimal metadata's `odata.id`. */
  readonly id: string;
  /** Absolute URI, verbose `__metadata.uri`. */
  readonly uri: string;
  /** Relative to `_api/`, e.g. `Web/Lists(guid'…')/Items(3)`; expanded lookups have none. */
  readonly editLink?: string;
  readonly etag?: string;
}

export type OutValue =
  | string
  | number
  | boolean
  | null
  | readonly OutValue[]
  | ODataEntity
  | { readonly [property: string]: OutValue };

export class ODataEntity {
  constructor(
    readonly meta: EntityMeta | undefined,
    readonly props: Readonly<Record<string, OutValue>>,
  ) {}
}

type Json = string | number | boolean | null | Json[] | { [property: string]: Json };

export function metadataLevel(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(level: MetadataLevel): string {
  return level === 'verbose'
    ? 'application/json;odata=verbose;charset=utf-8'
    : `application/json;odata=${level === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

function formatValue(input: OutValue, level: MetadataLevel): Json {
  if (input instanceof ODataEntity) return entity(input, level);
  if (Array.isArray(input)) {
    const items = input.map((item: OutValue) => formatValue(item, level));
    return level === 'verbose' ? { results: items } : items;
  }
  if (input !== null && typeof input === 'object') {
    const result: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(input as Record<string, OutValue>)) {
      result[key] = formatValue(inner, level);
    }
    return result;
  }
  return input as Json;
}

function entity(item: ODataEntity, level: MetadataLevel): { [property: string]: Json } {
  const result: Record<string, Json> = {};
  const meta = item.meta;
  if (meta && level === 'minimal') {
    result['odata.type'] = meta.type;
    result['odata.id'] = meta.id;
    if (meta.etag !== undefined) result['odata.etag'] = meta.etag;
    if (meta.editLink !== undefined) result['odata.editLink'] = meta.editLink;
  }
  if (meta && level === 'verbose') {
    result.__metadata = {
      id: meta.uri,
      uri: meta.uri,
      ...(meta.etag !== undefined ? { etag: meta.etag } : {}),
      type: meta.type,
    };
  }
  for (const [key, inner] of Object.entries(item.props)) result[key] = formatValue(inner, level);
  return result;
}

export function formatEntity(item: ODataEntity, level: MetadataLevel, metadataUrl: string): Json {
  if (level === 'verbose') return { d: entity(item, level) };
  const body = entity(item, level);
  return level === 'minimal' ? { 'odata.metadata': metadataUrl, ...body } : body;
}

export function formatCollection(
  items: readonly ODataEntity[],
  level: MetadataLevel,
  metadataUrl: string,
  nextLink?: string,
): Json {
  const results = items.map((item) => entity(item, level));
  if (level === 'verbose') {
    return { d: { results, ...(nextLink ? { __next: nextLink } : {}) } };
  }
  return {
    ...(level === 'minimal' ? { 'odata.metadata': metadataUrl } : {}),
    value: results,
    ...(nextLink ? { 'odata.nextLink': nextLink } : {}),
  };
}

/** A primitive result such as the recycle bin id returned by `recycle`. */
export function formatPrimitive(
  name: string,
  result: string | number | boolean,
  level: MetadataLevel,
  metadataUrl: string,
): Json {
  if (level === 'verbose') return { d: { [name]: result } };
  return {
    ...(level === 'minimal' ? { 'odata.metadata': metadataUrl } : {}),
    value: result,
  };
}
