import type { SpError } from '../http/sp-error';
import { badRequest, invalidQuery, unknownProperty } from '../http/sp-error';
import { parseIsoDate } from '../odata/filter-parser';
import type { FieldRecord, ItemRecord, ItemValue, ListRecord, UrlValue } from '../store/records';
import type { SiteStore } from '../store/site-store';
import { FieldKind, isMultiValue, isReference, kindOf, lookupListId } from './field-types';
import { entityPropertyName, listItemEntityTypeFullName } from './sharepoint-names';

/** Multiple lines of text hold at most 63,999 characters in SharePoint. */
const MAX_NOTE_LENGTH = 63_999;

/** Columns whose values come from the item record rather than its stored values. */
const SYSTEM_COLUMNS = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor']);

const READ_ONLY_PROPERTIES = new Set([
  'Id',
  'ID',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'AuthorId',
  'EditorId',
  'AuthorStringId',
  'EditorStringId',
  'GUID',
  'Attachments',
  'ContentTypeId',
  'FileSystemObjectType',
  'OData__UIVersionString',
  'owshiddenversion',
  'FSObjType',
  'FileLeafRef',
  'FileDirRef',
  'FileRef',
  'HasUniqueRoleAssignments',
]);

/** Formats an instant as SharePoint returns dates: UTC, whole seconds, `Z`. */
export function formatSharePointDate(time: number | Date): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The value of a column on an item, normalized to the column's current shape (a lookup switched to
 * multi-value reads its old single id as a one-element array, and back).
 */
export function readFieldValue(field: FieldRecord, item: ItemRecord): ItemValue {
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
  }
  const raw = item.values[field.internalName] ?? null;
  if (isMultiValue(field)) {
    if (raw === null) return [];
    return Array.isArray(raw) ? raw : ([raw] as number[] | string[]);
  }
  if (Array.isArray(raw)) return (raw[0] as number | string | undefined) ?? null;
  return raw;
}

function edmType(field: FieldRecord): string {
  switch (kindOf(field)) {
    case FieldKind.Number:
    case FieldKind.Currency:
      return 'Edm.Double';
    case FieldKind.Boolean:
      return 'Edm.Boolean';
    case FieldKind.DateTime:
      return 'Edm.DateTime';
    case FieldKind.Lookup:
    case FieldKind.User:
      return isMultiValue(field) ? 'Collection(Edm.Int32)' : 'Edm.Int32';
    case FieldKind.MultiChoice:
      return 'Collection(Edm.String)';
    case FieldKind.URL:
      return 'SP.FieldUrlValue';
    default:
      return 'Edm.String';
  }
}

function typeMismatch(field: FieldRecord): SpError {
  return invalidQuery(
    `Cannot convert a primitive value to the expected type '${edmType(field)}'. See the inner exception for more details.`,
  );
}

/** Accepts `[..]` and verbose `{results:[..]}` collections. */
function collection(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as { results?: unknown }).results)
  ) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

export interface ValueContext {
  readonly store: SiteStore;
}

function checkReference(context: ValueContext, field: FieldRecord, id: number): void {
  if (kindOf(field) === FieldKind.User) {
    const principal = context.store.principals.get(id);
    const groupsAllowed = field.props.SelectionMode === 1;
    if (!principal || (principal.kind === 'group' && !groupsAllowed)) {
      throw badRequest(
        `The user or group with id ${id} does not exist (column '${field.internalName}').`,
        '-2146232832, Microsoft.SharePoint.SPException',
      );
    }
    return;
  }
  if (!context.store.items.get(lookupListId(field), id)) {
    throw badRequest(
      `The lookup value ${id} of column '${field.internalName}' does not exist in the lookup list.`,
      '-2146232832, Microsoft.SharePoint.SPException',
    );
  }
}

function referenceId(field: FieldRecord, value: unknown, fromString: boolean): number {
  const id = fromString && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) throw typeMismatch(field);
  return id;
}

function convertReference(
  context: ValueContext,
  field: FieldRecord,
  value: unknown,
  fromString: boolean,
): ItemValue {
  if (isMultiValue(field)) {
    if (value === null) return null;
    const values = collection(value);
    if (!values) throw typeMismatch(field);
    const ids = [...new Set(values.map((v) => referenceId(field, v, fromString)))];
    for (const id of ids) checkReference(context, field, id);
    return ids.length > 0 ? ids : null;
  }
  if (value === null) return null;
  const id = referenceId(field, value, fromString);
  checkReference(context, field, id);
  return id;
}

function checkChoice(field: FieldRecord, choice: unknown): string {
  if (typeof choice !== 'string') throw typeMismatch(field);
  const choices = (field.props.Choices as string[] | undefined) ?? [];
  if (field.props.FillInChoice !== true && !choices.includes(choice)) {
    throw badRequest(
      `The value '${choice}' is not one of the choices of column '${field.internalName}'.`,
    );
  }
  return choice;
}

function convertValue(field: FieldRecord, value: unknown): ItemValue {
  if (value === null) return null;
  switch (kindOf(field)) {
    case FieldKind.Text:
    case FieldKind.Note: {
      if (typeof value !== 'string') throw typeMismatch(field);
      const max =
        kindOf(field) === FieldKind.Text ? Number(field.props.MaxLength ?? 255) : MAX_NOTE_LENGTH;
      if (value.length > max) {
        throw badRequest(
          `The value of column '${field.internalName}' is ${value.length} characters long; the maximum is ${max}.`,
        );
      }
      return value === '' ? null : value;
    }
    case FieldKind.Choice:
      return value === '' ? null : checkChoice(field, value);
    case FieldKind.MultiChoice: {
      const values = collection(value);
      if (!values) throw typeMismatch(field);
      const choices = [...new Set(values.map((choice) => checkChoice(field, choice)))];
      return choices.length > 0 ? choices : null;
    }
    case FieldKind.DateTime: {
      const time = typeof value === 'string' ? parseIsoDate(value) : Number.NaN;
      if (Number.isNaN(time)) throw typeMismatch(field);
      return formatSharePointDate(time);
    }
    case FieldKind.Number:
    case FieldKind.Currency: {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw typeMismatch(field);
      const min = Number(field.props.MinimumValue ?? -Infinity);
      const max = Number(field.props.MaximumValue ?? Infinity);
      if (value < min || value > max) {
        throw badRequest(`The value ${value} of column '${field.internalName}' is out of range.`);
      }
      return value;
    }
    case FieldKind.Boolean:
      if (typeof value !== 'boolean') throw typeMismatch(field);
      return value;
    case FieldKind.URL: {
      if (typeof value !== 'object' || Array.isArray(value)) throw typeMismatch(field);
      const { Url: url, Description: description } = value as Partial<Record<string, unknown>>;
      if (typeof url !== 'string' || url === '' || url.length > 255) throw typeMismatch(field);
      if (description !== undefined && description !== null && typeof description !== 'string') {
        throw typeMismatch(field);
      }
      return { Url: url, Description: description ?? url } satisfies UrlValue;
    }
    default:
      throw badRequest(`The column '${field.internalName}' is read-only.`);
  }
}

/** Validates one column's value in its REST shape (lookups and persons as ids) for storing. */
export function convertFieldValue(
  context: ValueContext,
  field: FieldRecord,
  value: unknown,
): ItemValue {
  return isReference(field)
    ? convertReference(context, field, value, false)
    : convertValue(field, value);
}

function uniqueKey(value: ItemValue): string {
  return typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
}

/** Throws SharePoint's duplicate error when a unique column would hold a value twice. */
export function checkUniqueValues(
  fields: readonly FieldRecord[],
  candidate: ItemRecord,
  others: Iterable<ItemRecord>,
): void {
  const unique = fields.filter((f) => f.props.EnforceUniqueValues === true);
  if (unique.length === 0) return;
  const wanted = unique
    .map((field) => ({ field, value: readFieldValue(field, candidate) }))
    .filter(({ value }) => value !== null && !(Array.isArray(value) && value.length === 0))
    .map(({ field, value }) => ({ field, key: uniqueKey(value) }));
  if (wanted.length === 0) return;
  for (const other of others) {
    if (other.id === candidate.id) continue;
    for (const { field, key } of wanted) {
      if (uniqueKey(readFieldValue(field, other)) === key) {
        throw badRequest(
          'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
          '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        );
      }
    }
  }
}

/**
 * Validates a POST/MERGE body against the list's columns and returns the item's new stored values.
 * Keys are REST property names: `Title`, `DueDate`, `ThemeId`, `OwnerId`, `OwnerStringId`.
 */
export function prepareItemValues(
  context: ValueContext,
  list: ListRecord,
  fields: readonly FieldRecord[],
  body: Record<string, unknown>,
  current: Readonly<Record<string, ItemValue>>,
): Record<string, ItemValue> {
  const byName = new Map<string, { field: FieldRecord; fromString: boolean }>();
  for (const field of fields) {
    if (SYSTEM_COLUMNS.has(field.internalName)) continue;
    const name = entityPropertyName(field.internalName);
    if (isReference(field)) {
      byName.set(`${name}Id`, { field, fromString: false });
      if (kindOf(field) === FieldKind.User)
        byName.set(`${name}StringId`, { field, fromString: true });
    } else {
      byName.set(name, { field, fromString: false });
    }
  }
  const values: Record<string, ItemValue> = { ...current };
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (READ_ONLY_PROPERTIES.has(key)) {
      throw badRequest(`The property '${key}' is read-only and cannot be set.`);
    }
    const target = byName.get(key);
    if (!target) {
      const reference = fields.find(
        (f) => isReference(f) && entityPropertyName(f.internalName) === key,
      );
      if (reference) {
        throw invalidQuery(
          `A value for the navigation property '${key}' cannot be written; write '${key}Id' instead.`,
        );
      }
      throw unknownProperty(key, listItemEntityTypeFullName(list.urlName));
    }
    const { field, fromString } = target;
    if (field.props.ReadOnlyField === true) {
      throw badRequest(`The column '${field.internalName}' is read-only.`);
    }
    values[field.internalName] = isReference(field)
      ? convertReference(context, field, value, fromString)
      : convertValue(field, value);
  }
  return values;
}
