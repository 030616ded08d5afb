import { randomUUID } from 'node:crypto';
import { badRequest, unknownProperty } from '../http/sp-error';
import type { FieldProps, FieldRecord } from '../store/records';
import type { SiteStore } from '../store/site-store';
import {
  COMMON_FIELD_PROPERTIES,
  FIELD_KIND_OF_TYPE,
  FIELD_TYPES,
  FieldKind,
  type PropertyType,
  isFieldKind,
  isIndexable,
  isMultiValue,
  kindOf,
} from './field-types';
import { internalNameFromTitle, uniqueName } from './sharepoint-names';

export const MAX_INDEXED_FIELDS = 20;

/** Names SharePoint reserves on every list, so a new column never takes them. */
const RESERVED_NAMES = [
  'ID',
  'Title',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'ContentType',
  'ContentTypeId',
  'Attachments',
  'GUID',
  'FileRef',
  'FileLeafRef',
  'FileDirRef',
  'FSObjType',
  'Version',
];

/** Kinds a lookup may show from its target list. */
const LOOKUP_SHOWABLE = new Set<number>([
  FieldKind.Text,
  FieldKind.Counter,
  FieldKind.Number,
  FieldKind.Currency,
  FieldKind.DateTime,
  FieldKind.Choice,
  FieldKind.Boolean,
]);

function builtIn(internalName: string, props: FieldProps): FieldRecord {
  return { id: randomUUID(), internalName, position: 0, builtIn: true, props };
}

/** The columns every custom list starts with. */
export function builtInFields(): FieldRecord[] {
  const fields = [
    builtIn('ID', {
      Title: 'ID',
      FieldTypeKind: FieldKind.Counter,
      ReadOnlyField: true,
      Indexed: true,
    }),
    builtIn('Title', {
      Title: 'Title',
      FieldTypeKind: FieldKind.Text,
      Required: true,
      MaxLength: 255,
    }),
    builtIn('Modified', {
      Title: 'Modified',
      FieldTypeKind: FieldKind.DateTime,
      ReadOnlyField: true,
      DisplayFormat: 1,
    }),
    builtIn('Created', {
      Title: 'Created',
      FieldTypeKind: FieldKind.DateTime,
      ReadOnlyField: true,
      DisplayFormat: 1,
    }),
    builtIn('Author', {
      Title: 'Created By',
      FieldTypeKind: FieldKind.User,
      ReadOnlyField: true,
      SelectionMode: 0,
    }),
    builtIn('Editor', {
      Title: 'Modified By',
      FieldTypeKind: FieldKind.User,
      ReadOnlyField: true,
      SelectionMode: 0,
    }),
  ];
  return fields.map((field, position) => ({ ...field, position }));
}

function checkType(name: string, type: PropertyType, value: unknown): unknown {
  const fail = () => badRequest(`The value of property '${name}' is not valid.`);
  switch (type) {
    case 'boolean':
      if (typeof value !== 'boolean') throw fail();
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail();
      return value;
    case 'string':
      if (typeof value !== 'string') throw fail();
      return value;
    case 'guid': {
      const text = typeof value === 'string' ? value.replace(/[{}]/g, '').toLowerCase() : '';
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text)) {
        throw fail();
      }
      return `{${text}}`;
    }
    case 'choices': {
      const list =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as { results?: unknown }).results
          : value;
      if (!Array.isArray(list) || list.some((c) => typeof c !== 'string' || c.length > 255)) {
        throw fail();
      }
      return [...new Set(list as string[])];
    }
    case 'any':
      return value;
  }
}

function allowedProperties(kind: FieldKind): Record<string, PropertyType> {
  return { ...COMMON_FIELD_PROPERTIES, ...FIELD_TYPES[kind].properties };
}

function checkTitle(title: unknown, fields: readonly FieldRecord[], except?: FieldRecord): string {
  if (typeof title !== 'string' || title.trim() === '' || title.length > 255) {
    throw badRequest('The field title must be a non-empty text of at most 255 characters.');
  }
  const clash = fields.find(
    (f) => f !== except && String(f.props.Title).toLowerCase() === title.toLowerCase(),
  );
  if (clash) {
    throw badRequest(
      `A duplicate field name "${title}" was found.`,
      '-2130575340, Microsoft.SharePoint.SPException',
    );
  }
  return title;
}

function checkConstraints(field: FieldRecord, fields: readonly FieldRecord[]): void {
  if (field.props.Indexed === true && !isIndexable(field)) {
    throw badRequest(
      `The column '${field.props.Title}' cannot be indexed: its type does not support indexes.`,
    );
  }
  if (field.props.EnforceUniqueValues === true && field.props.Indexed !== true) {
    throw badRequest(
      'This field must be indexed to enforce unique values.',
      '-2146232832, Microsoft.SharePoint.SPException',
    );
  }
  const indexed = fields.filter(
    (f) => f.id !== field.id && f.internalName !== 'ID' && f.props.Indexed === true,
  );
  if (
    field.props.Indexed === true &&
    field.internalName !== 'ID' &&
    indexed.length >= MAX_INDEXED_FIELDS
  ) {
    throw badRequest(`A list can have at most ${MAX_INDEXED_FIELDS} indexed columns.`);
  }
  if (kindOf(field) === FieldKind.Text) {
    const max = field.props.MaxLength;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 255) {
      throw badRequest('MaxLength of a single line of text must be between 1 and 255.');
    }
  }
}

function resolveLookupTarget(store: SiteStore, props: Record<string, unknown>): void {
  const listId = String(props.LookupList ?? '').replace(/[{}]/g, '');
  const target = store.lists.get(listId);
  if (!target) throw badRequest(`The lookup list '${listId}' does not exist.`);
  const showField = String(props.LookupField ?? 'Title');
  const shown = store.lists.fieldsOf(target.id).find((f) => f.internalName === showField);
  if (!shown || !LOOKUP_SHOWABLE.has(kindOf(shown)) || isMultiValue(shown)) {
    throw badRequest(
      `The column '${showField}' of list '${target.title}' cannot be shown by a lookup.`,
    );
  }
  props.LookupField = shown.internalName;
}

/**
 * Builds a new column from a `fields` POST (verbose `__metadata.type` + FieldTypeKind) or a
 * `fields/AddField` `parameters` object. The internal name comes from the title and never changes.
 */
export function prepareNewField(
  store: SiteStore,
  fields: readonly FieldRecord[],
  body: Record<string, unknown>,
): FieldRecord {
  const { __metadata: metadata, FieldTypeKind: givenKind, ...rest } = body;
  const typeName =
    metadata !== null && typeof metadata === 'object'
      ? (metadata as { type?: unknown }).type
      : undefined;
  if (typeName !== undefined && typeof typeName !== 'string') {
    throw badRequest('The __metadata type is not valid.');
  }
  if (typeName !== undefined && typeName !== 'SP.Field' && !(typeName in FIELD_KIND_OF_TYPE)) {
    throw badRequest(`The field type '${typeName}' is not supported by the local SharePoint.`);
  }
  const kind = givenKind ?? (typeName ? FIELD_KIND_OF_TYPE[typeName] : undefined);
  if (!isFieldKind(kind) || kind === FieldKind.Counter) {
    throw badRequest(`FieldTypeKind ${String(kind)} is not supported by the local SharePoint.`);
  }
  const allowed = allowedProperties(kind);
  const props: Record<string, unknown> = { ...FIELD_TYPES[kind].defaults };
  for (const [name, value] of Object.entries(rest)) {
    // SharePoint ignores a requested internal name: it always derives it from the title.
    if (name === 'InternalName') continue;
    if (kind === FieldKind.Lookup && name === 'LookupListId') {
      props.LookupList = checkType(name, 'guid', value);
    } else if (kind === FieldKind.Lookup && name === 'LookupFieldName') {
      props.LookupField = checkType(name, 'string', value);
    } else {
      const type = allowed[name];
      if (!type) throw unknownProperty(name, typeName ?? FIELD_TYPES[kind].odataType);
      props[name] = checkType(name, type, value);
    }
  }
  props.Title = checkTitle(props.Title, fields);
  props.FieldTypeKind = kind;
  if (kind === FieldKind.Lookup) resolveLookupTarget(store, props);
  const internalName = uniqueName(
    internalNameFromTitle(props.Title as string),
    [...RESERVED_NAMES, ...fields.map((f) => f.internalName)],
    32,
  );
  const field: FieldRecord = {
    id: randomUUID(),
    internalName,
    position: Math.max(0, ...fields.map((f) => f.position)) + 1,
    builtIn: false,
    props: props as FieldProps,
  };
  checkConstraints(field, fields);
  return field;
}

/** Properties that are fixed once the column exists. */
const FIXED_PROPERTIES = new Set([
  'Id',
  'InternalName',
  'StaticName',
  'EntityPropertyName',
  'TypeAsString',
  'FieldTypeKind',
  'LookupList',
  'LookupListId',
  'LookupWebId',
]);
const BUILT_IN_CHANGEABLE = new Set(['Title', 'Description', 'Indexed', 'Hidden']);
const TITLE_COLUMN_CHANGEABLE = new Set([
  ...BUILT_IN_CHANGEABLE,
  'Required',
  'EnforceUniqueValues',
  'MaxLength',
]);

/** Applies a field MERGE; throws for anything SharePoint would refuse, changing nothing. */
export function applyFieldUpdate(
  field: FieldRecord,
  fields: readonly FieldRecord[],
  body: Record<string, unknown>,
): FieldRecord {
  const kind = kindOf(field);
  const allowed = allowedProperties(kind);
  const props: Record<string, unknown> = { ...field.props };
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    if (FIXED_PROPERTIES.has(name)) {
      const current = name === 'FieldTypeKind' ? kind : field.props[name];
      if (value === current || (name === 'InternalName' && value === field.internalName)) continue;
      throw badRequest(`The property '${name}' of a column cannot be changed.`);
    }
    const type = allowed[name];
    if (!type) throw unknownProperty(name, FIELD_TYPES[kind].odataType);
    if (field.builtIn) {
      const changeable =
        field.internalName === 'Title' ? TITLE_COLUMN_CHANGEABLE : BUILT_IN_CHANGEABLE;
      if (!changeable.has(name) || field.internalName === 'ID') {
        throw badRequest(
          `The property '${name}' of the built-in column '${field.internalName}' cannot be changed.`,
        );
      }
    }
    props[name] = checkType(name, type, value);
  }
  const title = checkTitle(
    props.Title,
    fields,
    fields.find((f) => f.id === field.id),
  );
  const updated: FieldRecord = { ...field, props: { ...(props as FieldProps), Title: title } };
  checkConstraints(updated, fields);
  return updated;
}
