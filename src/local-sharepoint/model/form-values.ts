import { SpError, invalidQuery } from '../http/sp-error';
import type { FieldRecord, ItemValue } from '../store/records';
import type { SiteStore } from '../store/site-store';
import { FieldKind, isMultiValue, kindOf } from './field-types';
import { convertFieldValue } from './item-values';

/** One `{ FieldName, FieldValue }` of `formValues`: SharePoint's form strings, one per column. */
export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

/**
 * The local site's regional settings: W. Europe Standard Time, as a Dutch municipality's site has.
 * Form dates are wall-clock times there.
 */
const SITE_TIME_ZONE = 'Europe/Amsterdam';
const LOOKUP_SEPARATOR = ';#';
const INVALID_DATE = 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.';
const REQUIRED = 'You must specify a value for this required field.';
const UNKNOWN_USER = 'The user does not exist or is not unique.';
/** Columns whose values the item record itself holds. */
const SYSTEM_COLUMNS = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor']);

/** A value refused for its column: the message goes into that column's answer. */
class FormValueError extends Error {}

/** Reads and checks `formValues` from a request body. */
export function readFormValues(value: unknown): FormValue[] {
  if (!Array.isArray(value))
    throw invalidQuery('The parameter formValues is missing or not valid.');
  return value.map((entry: unknown) => {
    const { FieldName: name, FieldValue: text } = (entry ?? {}) as Record<string, unknown>;
    if (
      typeof name !== 'string' ||
      (text !== null && text !== undefined && typeof text !== 'string')
    )
      throw invalidQuery(
        "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for more details.",
      );
    return { FieldName: name, FieldValue: text ?? '' };
  });
}

/** The column a FieldName names: its internal name, or else its title. */
function fieldNamed(fields: readonly FieldRecord[], name: string): FieldRecord {
  const field =
    fields.find((f) => f.internalName === name) ?? fields.find((f) => f.props.Title === name);
  if (!field) {
    throw new SpError(
      400,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    );
  }
  return field;
}

function zoneOffsetMs(time: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: SITE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - time;
}

/** `yyyy-MM-dd` or `yyyy-MM-dd HH:mm[:ss]` in the site's time zone, as an ISO instant. */
function formDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) throw new FormValueError(INVALID_DATE);
  // Missing time parts are undefined in the match: midnight.
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(wallClock);
  if (
    year < 1900 ||
    year > 8900 ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23
  ) {
    throw new FormValueError(INVALID_DATE);
  }
  const guess = wallClock - zoneOffsetMs(wallClock);
  return new Date(wallClock - zoneOffsetMs(guess)).toISOString();
}

/** `"3"` or `"3;#Title"`; a multi-value column takes pairs: `"1;#;#2"`, `"1;#A;#2;#B"`. */
function lookupIds(text: string): number[] {
  const ids = text.split(LOOKUP_SEPARATOR).filter((_, index) => index % 2 === 0);
  return ids.map((id) => {
    if (!/^\s*\d+\s*$/.test(id))
      throw new FormValueError(`The lookup value '${text}' is not valid.`);
    return Number(id);
  });
}

/** `[{"Key":"i:0#.f|membership|user@domain"}]`: claims login names, e-mail addresses or groups. */
function principalIds(store: SiteStore, text: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FormValueError(UNKNOWN_USER);
  }
  if (!Array.isArray(parsed)) throw new FormValueError(UNKNOWN_USER);
  return parsed.map((entry: unknown) => {
    const key = (entry as { Key?: unknown } | null)?.Key;
    if (typeof key !== 'string') throw new FormValueError(UNKNOWN_USER);
    const wanted = key.trim().toLowerCase();
    const principal =
      store.principals.findByLoginName(wanted) ??
      store.principals.users().find((user) => user.email.toLowerCase() === wanted);
    if (!principal) throw new FormValueError(UNKNOWN_USER);
    return principal.id;
  });
}

function formNumber(text: string): number {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()))
    throw new FormValueError('Only numbers can go here.');
  return Number(text);
}

function formBoolean(text: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === '1' || value === 'true' || value === 'yes') return true;
  if (value === '0' || value === 'false' || value === 'no') return false;
  throw new FormValueError(`The value '${text}' is not a valid Yes/No value.`);
}

function oneOrMany(field: FieldRecord, ids: number[]): number | number[] | null {
  if (isMultiValue(field)) return ids;
  if (ids.length > 1)
    throw new FormValueError(`The column '${field.internalName}' holds one value.`);
  return ids[0] ?? null;
}

/** A form string in the REST shape the column's validation takes. */
function restValue(store: SiteStore, field: FieldRecord, text: string): unknown {
  if (text.trim() === '') return null;
  switch (kindOf(field)) {
    case FieldKind.Text:
    case FieldKind.Note:
    case FieldKind.Choice:
      return text;
    case FieldKind.MultiChoice:
      return text.split(LOOKUP_SEPARATOR).filter((choice) => choice !== '');
    case FieldKind.Number:
    case FieldKind.Currency:
      return formNumber(text);
    case FieldKind.Boolean:
      return formBoolean(text);
    case FieldKind.DateTime:
      return formDate(text);
    case FieldKind.URL: {
      const comma = text.indexOf(', ');
      return comma < 0
        ? { Url: text.trim(), Description: text.trim() }
        : { Url: text.slice(0, comma).trim(), Description: text.slice(comma + 2) };
    }
    case FieldKind.Lookup:
      return oneOrMany(field, lookupIds(text));
    case FieldKind.User:
      return oneOrMany(field, principalIds(store, text));
    default:
      throw new FormValueError(`The column '${field.internalName}' is read-only.`);
  }
}

function isEmpty(value: ItemValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

export interface AppliedFormValues {
  readonly values: Record<string, ItemValue>;
  /** Per form value, in order: why it was refused, or null. */
  readonly errors: readonly (string | null)[];
}

/**
 * Validates form values against the columns, each on its own, so every refused value gets its own
 * message. An unknown column fails the whole request, as in SharePoint.
 */
export function applyFormValues(
  store: SiteStore,
  fields: readonly FieldRecord[],
  formValues: readonly FormValue[],
): AppliedFormValues {
  const values: Record<string, ItemValue> = {};
  const errors = formValues.map(({ FieldName: name, FieldValue: text }) => {
    const field = fieldNamed(fields, name);
    try {
      if (SYSTEM_COLUMNS.has(field.internalName) || field.props.ReadOnlyField === true)
        throw new FormValueError(`The column '${field.internalName}' is read-only.`);
      const value = convertFieldValue({ store }, field, restValue(store, field, text));
      if (field.props.Required === true && isEmpty(value)) throw new FormValueError(REQUIRED);
      values[field.internalName] = value;
      return null;
    } catch (error) {
      if (error instanceof FormValueError || error instanceof SpError) return error.message;
      throw error;
    }
  });
  return { values, errors };
}
