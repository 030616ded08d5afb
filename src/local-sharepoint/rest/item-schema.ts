import { invalidQuery, unknownProperty } from '../http/sp-error';
import { FieldKind, isMultiValue, isReference, kindOf, lookupListId } from '../model/field-types';
import { readFieldValue } from '../model/item-values';
import { entityPropertyName, listItemEntityTypeFullName } from '../model/sharepoint-names';
import type { PropertyResolver, ResolvedProperty, ValueKind } from '../odata/filter-compiler';
import type { OutValue } from '../odata/odata-format';
import type {
  FieldRecord,
  ItemRecord,
  ItemValue,
  ListRecord,
  PrincipalRecord,
} from '../store/records';
import type { SiteStore } from '../store/site-store';
import { expandRequiredError } from './entity-query';
import type { SystemValue } from './item-system-values';
import { FILTERABLE_SYSTEM_VALUES, systemValues } from './item-system-values';
import { listServerRelativeUrl } from './list-entities';

/** Properties of the User Information List item an expanded person column can show. */
function userInfoValues(user: PrincipalRecord): Record<string, OutValue> {
  const [firstName = '', ...rest] = user.title.replace(/\s*\(.*\)\s*$/, '').split(' ');
  return {
    Id: user.id,
    ID: user.id,
    Title: user.title,
    Name: user.loginName,
    EMail: user.email,
    UserName: user.kind === 'user' ? user.email : null,
    FirstName: firstName,
    LastName: rest.join(' '),
    JobTitle: null,
    Department: null,
    SipAddress: user.email || null,
    Office: null,
    MobilePhone: null,
    WorkPhone: null,
    Picture: null,
    IsSiteAdmin: false,
    ContentType: user.kind === 'user' ? 'Person' : 'SharePointGroup',
  };
}

/** The JSON value of a stored column value. */
export function outValue(field: FieldRecord, value: ItemValue): OutValue {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return { Description: value.Description, Url: value.Url };
  }
  return value;
}

function valueKind(field: FieldRecord): ValueKind {
  switch (kindOf(field)) {
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Counter:
    case FieldKind.Lookup:
    case FieldKind.User:
      return 'number';
    case FieldKind.Boolean:
      return 'boolean';
    case FieldKind.DateTime:
      return 'datetime';
    default:
      return 'text';
  }
}

/** Reads a column for filters and sorting: dates as epoch ms, hyperlinks as their URL. */
function comparable(field: FieldRecord, value: ItemValue): unknown {
  if (value === null) return null;
  if (kindOf(field) === FieldKind.DateTime && typeof value === 'string') return Date.parse(value);
  if (typeof value === 'object' && !Array.isArray(value)) return value.Url;
  return value;
}

/**
 * A list's columns by REST property name, the properties SharePoint computes (paths, folders,
 * security), and the lookups into other lists and users.
 */
export class ItemSchema {
  readonly typeName: string;
  readonly systemValues: Readonly<Record<string, SystemValue>>;
  private readonly byName = new Map<string, FieldRecord>();

  constructor(
    readonly store: SiteStore,
    readonly list: ListRecord,
    sitePath: string,
  ) {
    this.typeName = listItemEntityTypeFullName(list.urlName);
    this.systemValues = systemValues(
      listServerRelativeUrl(sitePath, list),
      (item) => store.attachments.of(list.id, item.id).length > 0,
    );
    for (const field of store.lists.fieldsOf(list.id)) {
      this.byName.set(entityPropertyName(field.internalName), field);
    }
  }

  fields(): readonly FieldRecord[] {
    return this.store.lists.fieldsOf(this.list.id);
  }

  field(name: string): FieldRecord | undefined {
    return this.byName.get(name);
  }

  /** The column behind `<Name>Id` / `<Name>StringId`, if `name` is one of those. */
  referenceField(name: string): { field: FieldRecord; stringId: boolean } | undefined {
    for (const [suffix, stringId] of [
      ['StringId', true],
      ['Id', false],
    ] as const) {
      if (!name.endsWith(suffix)) continue;
      const field = this.byName.get(name.slice(0, -suffix.length));
      if (field && isReference(field) && (!stringId || kindOf(field) === FieldKind.User)) {
        return { field, stringId };
      }
    }
    return undefined;
  }

  /** The ids a reference column holds on an item, dropping ids whose target is gone. */
  referenceIds(field: FieldRecord, item: ItemRecord): number[] {
    const value = readFieldValue(field, item);
    const ids = Array.isArray(value)
      ? (value as number[])
      : typeof value === 'number'
        ? [value]
        : [];
    return ids.filter((id) => this.targetExists(field, id));
  }

  private targetExists(field: FieldRecord, id: number): boolean {
    return kindOf(field) === FieldKind.User
      ? this.store.principals.get(id) !== undefined
      : this.store.items.get(lookupListId(field), id) !== undefined;
  }

  /** The shown values of the target a reference points to, keyed by property name. */
  targetValues(field: FieldRecord, id: number): Record<string, OutValue> | undefined {
    if (kindOf(field) === FieldKind.User) {
      const principal = this.store.principals.get(id);
      return principal ? userInfoValues(principal) : undefined;
    }
    const target = this.store.lists.get(lookupListId(field));
    const item = target && this.store.items.get(target.id, id);
    if (!target || !item) return undefined;
    const values: Record<string, OutValue> = { Id: item.id };
    for (const targetField of this.store.lists.fieldsOf(target.id)) {
      if (isReference(targetField) || isMultiValue(targetField)) continue;
      values[entityPropertyName(targetField.internalName)] = outValue(
        targetField,
        readFieldValue(targetField, item),
      );
    }
    return values;
  }

  /** The target's property names a `Ref/Prop` projection or filter may use. */
  targetPropertyNames(field: FieldRecord): ReadonlySet<string> {
    if (kindOf(field) === FieldKind.User) {
      return new Set(
        Object.keys(
          userInfoValues({ id: 0, kind: 'user', loginName: '', title: '', email: '', props: {} }),
        ),
      );
    }
    const names = new Set(['Id', 'ID']);
    for (const targetField of this.store.lists.fieldsOf(lookupListId(field))) {
      if (!isReference(targetField) && !isMultiValue(targetField)) {
        names.add(entityPropertyName(targetField.internalName));
      }
    }
    return names;
  }

  targetTypeName(field: FieldRecord): string {
    if (kindOf(field) === FieldKind.User) return 'SP.Data.UserInfoItem';
    const target = this.store.lists.get(lookupListId(field));
    return target ? listItemEntityTypeFullName(target.urlName) : 'SP.Data.ListItem';
  }

  /** Resolves `$filter` / `$orderby` paths; `expanded` holds the `$expand`ed references. */
  resolver(expanded: ReadonlySet<string>): PropertyResolver<ItemRecord> {
    return { resolve: (path) => this.resolve(path, expanded) };
  }

  private resolve(
    path: readonly string[],
    expanded: ReadonlySet<string>,
  ): ResolvedProperty<ItemRecord> {
    const [name, sub, ...rest] = path;
    if (name === undefined || rest.length > 0) throw unknownProperty(path.join('/'), this.typeName);
    if (name === 'Id' || name === 'ID') {
      if (sub !== undefined) throw unknownProperty(path.join('/'), this.typeName);
      return { kind: 'number', multi: false, indexed: true, read: (item) => item.id };
    }
    const computed = sub === undefined ? FILTERABLE_SYSTEM_VALUES[name] : undefined;
    const read = this.systemValues[name];
    if (computed && read) return { kind: computed, multi: false, indexed: true, read };
    const reference = sub === undefined ? this.referenceField(name) : undefined;
    if (reference) return this.referenceIdsProperty(reference.field);
    const field = this.field(name);
    if (!field) throw unknownProperty(path.join('/'), this.typeName);
    if (sub === undefined) {
      if (isReference(field)) {
        throw invalidQuery(
          `The column '${name}' is a lookup: filter on '${name}Id' or '${name}/Id'.`,
        );
      }
      return {
        kind: valueKind(field),
        multi: isMultiValue(field),
        indexed: field.props.Indexed === true,
        column: { name: field.internalName, definition: field },
        read: (item) => {
          const value = readFieldValue(field, item);
          return Array.isArray(value) ? value : comparable(field, value);
        },
      };
    }
    if (!isReference(field)) throw unknownProperty(path.join('/'), this.typeName);
    if (sub === 'Id' || sub === 'ID') return this.referenceIdsProperty(field);
    if (!expanded.has(name)) throw expandRequiredError(path);
    if (!this.targetPropertyNames(field).has(sub))
      throw unknownProperty(sub, this.targetTypeName(field));
    const multi = isMultiValue(field);
    const targetKind = this.targetKind(field, sub);
    return {
      kind: targetKind,
      multi,
      indexed: false,
      read: (item) => {
        const values = this.referenceIds(field, item).map((id) => {
          const value = this.targetValues(field, id)?.[sub] ?? null;
          return targetKind === 'datetime' && typeof value === 'string' ? Date.parse(value) : value;
        });
        return multi ? values : (values[0] ?? null);
      },
    };
  }

  private referenceIdsProperty(field: FieldRecord): ResolvedProperty<ItemRecord> {
    const multi = isMultiValue(field);
    return {
      kind: 'number',
      multi,
      indexed: field.props.Indexed === true,
      column: { name: field.internalName, definition: field },
      read: (item) => {
        const ids = this.referenceIds(field, item);
        return multi ? ids : (ids[0] ?? null);
      },
    };
  }

  private targetKind(field: FieldRecord, sub: string): ValueKind {
    if (kindOf(field) === FieldKind.User) return sub === 'Id' || sub === 'ID' ? 'number' : 'text';
    if (sub === 'Id' || sub === 'ID') return 'number';
    const target = this.store.lists
      .fieldsOf(lookupListId(field))
      .find((f) => entityPropertyName(f.internalName) === sub);
    return target ? valueKind(target) : 'text';
  }
}
