import type { FieldRecord } from '../store/records';

/** SharePoint's FieldTypeKind numbers for the column types this server supports. */
export const FieldKind = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
} as const;
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

export type PropertyType = 'boolean' | 'number' | 'string' | 'choices' | 'guid' | 'any';

interface FieldTypeInfo {
  readonly odataType: string;
  readonly typeAsString: string;
  readonly multiTypeAsString?: string;
  readonly displayName: string;
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly properties: Readonly<Record<string, PropertyType>>;
}

const MAX_DOUBLE = 1.7976931348623157e308;

const NUMBER_PROPERTIES = {
  MinimumValue: 'number',
  MaximumValue: 'number',
  DisplayFormat: 'number',
  ShowAsPercentage: 'boolean',
  CommaSeparator: 'boolean',
} as const;

const LOOKUP_PROPERTIES = {
  AllowMultipleValues: 'boolean',
  LookupField: 'string',
  LookupList: 'guid',
  LookupWebId: 'any',
  IsRelationship: 'boolean',
  RelationshipDeleteBehavior: 'number',
  PrimaryFieldId: 'any',
  UnlimitedLengthInDocumentLibrary: 'boolean',
} as const;

export const FIELD_TYPES: Readonly<Record<FieldKind, FieldTypeInfo>> = {
  [FieldKind.Text]: {
    odataType: 'SP.FieldText',
    typeAsString: 'Text',
    displayName: 'Single line of text',
    defaults: { MaxLength: 255 },
    properties: { MaxLength: 'number' },
  },
  [FieldKind.Note]: {
    odataType: 'SP.FieldMultiLineText',
    typeAsString: 'Note',
    displayName: 'Multiple lines of text',
    defaults: {
      AllowHyperlink: false,
      AppendOnly: false,
      NumberOfLines: 6,
      RestrictedMode: true,
      RichText: false,
      UnlimitedLengthInDocumentLibrary: false,
      WikiLinking: false,
    },
    properties: {
      AllowHyperlink: 'boolean',
      AppendOnly: 'boolean',
      NumberOfLines: 'number',
      RestrictedMode: 'boolean',
      RichText: 'boolean',
      UnlimitedLengthInDocumentLibrary: 'boolean',
      WikiLinking: 'boolean',
    },
  },
  [FieldKind.DateTime]: {
    odataType: 'SP.FieldDateTime',
    typeAsString: 'DateTime',
    displayName: 'Date and Time',
    defaults: { DateTimeCalendarType: 1, DisplayFormat: 0, FriendlyDisplayFormat: 0 },
    properties: {
      DateTimeCalendarType: 'number',
      DisplayFormat: 'number',
      FriendlyDisplayFormat: 'number',
      DateFormat: 'any',
    },
  },
  [FieldKind.Counter]: {
    odataType: 'SP.Field',
    typeAsString: 'Counter',
    displayName: 'Counter',
    defaults: {},
    properties: {},
  },
  [FieldKind.Choice]: {
    odataType: 'SP.FieldChoice',
    typeAsString: 'Choice',
    displayName: 'Choice',
    defaults: { Choices: [], EditFormat: 0, FillInChoice: false, Mappings: null },
    properties: {
      Choices: 'choices',
      EditFormat: 'number',
      FillInChoice: 'boolean',
      Mappings: 'any',
    },
  },
  [FieldKind.MultiChoice]: {
    odataType: 'SP.FieldMultiChoice',
    typeAsString: 'MultiChoice',
    displayName: 'Choice',
    defaults: { Choices: [], FillInChoice: false, Mappings: null },
    properties: { Choices: 'choices', FillInChoice: 'boolean', Mappings: 'any' },
  },
  [FieldKind.Lookup]: {
    odataType: 'SP.FieldLookup',
    typeAsString: 'Lookup',
    multiTypeAsString: 'LookupMulti',
    displayName: 'Lookup',
    defaults: {
      AllowMultipleValues: false,
      IsRelationship: true,
      LookupField: 'Title',
      RelationshipDeleteBehavior: 0,
      UnlimitedLengthInDocumentLibrary: false,
    },
    properties: LOOKUP_PROPERTIES,
  },
  [FieldKind.Boolean]: {
    odataType: 'SP.Field',
    typeAsString: 'Boolean',
    displayName: 'Yes/No',
    defaults: {},
    properties: {},
  },
  [FieldKind.Number]: {
    odataType: 'SP.FieldNumber',
    typeAsString: 'Number',
    displayName: 'Number',
    defaults: {
      DisplayFormat: -1,
      MaximumValue: MAX_DOUBLE,
      MinimumValue: -MAX_DOUBLE,
      ShowAsPercentage: false,
    },
    properties: NUMBER_PROPERTIES,
  },
  [FieldKind.Currency]: {
    odataType: 'SP.FieldCurrency',
    typeAsString: 'Currency',
    displayName: 'Currency',
    defaults: {
      CurrencyLocaleId: 1033,
      DisplayFormat: 2,
      MaximumValue: MAX_DOUBLE,
      MinimumValue: -MAX_DOUBLE,
    },
    properties: { ...NUMBER_PROPERTIES, CurrencyLocaleId: 'number' },
  },
  [FieldKind.URL]: {
    odataType: 'SP.FieldUrl',
    typeAsString: 'URL',
    displayName: 'Hyperlink or Picture',
    defaults: { DisplayFormat: 0 },
    properties: { DisplayFormat: 'number' },
  },
  [FieldKind.User]: {
    odataType: 'SP.FieldUser',
    typeAsString: 'User',
    multiTypeAsString: 'UserMulti',
    displayName: 'Person or Group',
    defaults: {
      AllowDisplay: true,
      AllowMultipleValues: false,
      LookupField: 'ImnName',
      Presence: true,
      SelectionGroup: 0,
      SelectionMode: 1,
    },
    properties: {
      AllowDisplay: 'boolean',
      AllowMultipleValues: 'boolean',
      LookupField: 'string',
      Presence: 'boolean',
      SelectionGroup: 'number',
      SelectionMode: 'number',
    },
  },
};

/** Properties every field type accepts on create and on MERGE. */
export const COMMON_FIELD_PROPERTIES: Readonly<Record<string, PropertyType>> = {
  Title: 'string',
  Description: 'string',
  Required: 'boolean',
  Indexed: 'boolean',
  EnforceUniqueValues: 'boolean',
  Hidden: 'boolean',
  ReadOnlyField: 'boolean',
  DefaultValue: 'any',
  Group: 'string',
  JSLink: 'string',
  ValidationFormula: 'any',
  ValidationMessage: 'any',
  Direction: 'string',
  CustomFormatter: 'any',
  ClientSideComponentId: 'any',
  ClientSideComponentProperties: 'any',
  ShowInFiltersPane: 'number',
};

/** The `__metadata.type` names PnPjs and hand-written payloads use, per kind. */
export const FIELD_KIND_OF_TYPE: Readonly<Record<string, FieldKind>> = {
  'SP.FieldText': FieldKind.Text,
  'SP.FieldMultiLineText': FieldKind.Note,
  'SP.FieldDateTime': FieldKind.DateTime,
  'SP.FieldChoice': FieldKind.Choice,
  'SP.FieldMultiChoice': FieldKind.MultiChoice,
  'SP.FieldLookup': FieldKind.Lookup,
  'SP.FieldBoolean': FieldKind.Boolean,
  'SP.FieldNumber': FieldKind.Number,
  'SP.FieldCurrency': FieldKind.Currency,
  'SP.FieldUrl': FieldKind.URL,
  'SP.FieldURL': FieldKind.URL,
  'SP.FieldUser': FieldKind.User,
};

export function isFieldKind(kind: unknown): kind is FieldKind {
  return typeof kind === 'number' && kind in FIELD_TYPES;
}

export function kindOf(field: FieldRecord): FieldKind {
  return field.props.FieldTypeKind as FieldKind;
}

export function isMultiValue(field: FieldRecord): boolean {
  const kind = kindOf(field);
  return (
    kind === FieldKind.MultiChoice ||
    ((kind === FieldKind.Lookup || kind === FieldKind.User) &&
      field.props.AllowMultipleValues === true)
  );
}

export function isReference(field: FieldRecord): boolean {
  const kind = kindOf(field);
  return kind === FieldKind.Lookup || kind === FieldKind.User;
}

/** SharePoint cannot index multi-line text, multi-value columns or hyperlinks. */
export function isIndexable(field: FieldRecord): boolean {
  const kind = kindOf(field);
  return kind !== FieldKind.Note && kind !== FieldKind.URL && !isMultiValue(field);
}

export function typeAsString(field: FieldRecord): string {
  const info = FIELD_TYPES[kindOf(field)];
  return isMultiValue(field) && info.multiTypeAsString ? info.multiTypeAsString : info.typeAsString;
}

/** The lookup target list id (SharePoint stores it as `{guid}`). */
export function lookupListId(field: FieldRecord): string {
  return String(field.props.LookupList ?? '')
    .replace(/[{}]/g, '')
    .toLowerCase();
}
