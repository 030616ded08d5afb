import { unknownProperty } from '../http/sp-error';
import { FieldKind, isMultiValue, isReference, kindOf } from '../model/field-types';
import { readFieldValue } from '../model/item-values';
import { itemETag } from '../model/item-writes';
import { entityPropertyName } from '../model/sharepoint-names';
import type { OutValue } from '../odata/odata-format';
import { ODataEntity } from '../odata/odata-format';
import type { QueryOptions } from '../odata/query-options';
import type { FieldRecord, ItemRecord } from '../store/records';
import type { SiteLinks } from './api-types';
import { expandRequiredError } from './entity-query';
import type { ItemSchema } from './item-schema';
import { outValue } from './item-schema';
import { listPath } from './list-entities';

type Emit = (item: ItemRecord, props: Record<string, OutValue>) => void;

function fakeGuid(id: number): string {
  return `00000000-0000-4000-8000-${id.toString(16).padStart(12, '0')}`;
}

/** Compiles `$select` / `$expand` for a list's items into a function building each entity. */
export class ItemProjection {
  readonly expanded: ReadonlySet<string>;
  private readonly emitters: Emit[] = [];

  constructor(
    private readonly schema: ItemSchema,
    private readonly links: SiteLinks,
    options: QueryOptions,
  ) {
    const expanded = new Set<string>();
    for (const path of options.expand ?? []) {
      const [name] = path;
      const field = name === undefined ? undefined : schema.field(name);
      if (path.length !== 1 || !field || !isReference(field) || name === undefined) {
        throw unknownProperty(path.join('/'), schema.typeName);
      }
      expanded.add(name);
    }
    this.expanded = expanded;
    const select = options.select;
    if (!select || select.some((path) => path[0] === '*')) this.emitDefault();
    const nested = new Map<string, string[]>();
    for (const path of select ?? []) {
      const [name, sub] = path;
      if (name === undefined || name === '*') continue;
      if (sub === undefined) {
        this.emitSelected(name, nested);
        continue;
      }
      const field = schema.field(name);
      if (path.length !== 2 || !field || !isReference(field)) {
        throw unknownProperty(path.join('/'), schema.typeName);
      }
      if (!expanded.has(name)) throw expandRequiredError(path);
      if (!schema.targetPropertyNames(field).has(sub)) {
        throw unknownProperty(sub, schema.targetTypeName(field));
      }
      nested.set(name, [...(nested.get(name) ?? []), sub]);
    }
    for (const [name, subs] of nested) {
      this.emitExpanded(schema.field(name) as FieldRecord, name, subs);
    }
  }

  project(item: ItemRecord): ODataEntity {
    const props: Record<string, OutValue> = {};
    for (const emit of this.emitters) emit(item, props);
    const list = this.schema.list;
    const path = `${listPath(list)}/Items(${item.id})`;
    return new ODataEntity(
      {
        type: this.schema.typeName,
        id: item.uid,
        uri: `${this.links.apiUrl}/${path}`,
        editLink: path,
        etag: itemETag(item),
      },
      props,
    );
  }

  private emitDefault(): void {
    const system = (name: string) => this.emitSystemValue(name);
    [
      'FileSystemObjectType',
      'Id',
      'ServerRedirectedEmbedUri',
      'ServerRedirectedEmbedUrl',
      'ContentTypeId',
    ].forEach(system);
    const title = this.schema.field('Title');
    if (title) this.emitColumn(title);
    system('ComplianceAssetId');
    for (const field of this.schema.fields()) if (!field.builtIn) this.emitColumn(field);
    system('ID');
    for (const name of ['Modified', 'Created', 'Author', 'Editor']) {
      const field = this.schema.field(name);
      if (field) this.emitColumn(field, false);
    }
    ['OData__UIVersionString', 'Attachments', 'GUID'].forEach(system);
  }

  /** A column in its default shape: lookups as `<Name>Id`, persons also `<Name>StringId`. */
  private emitColumn(field: FieldRecord, withStringId = true): void {
    const name = entityPropertyName(field.internalName);
    if (!isReference(field)) {
      this.emitters.push((item, props) => {
        const value = readFieldValue(field, item);
        props[name] =
          kindOf(field) === FieldKind.MultiChoice && value === null ? [] : outValue(field, value);
      });
      return;
    }
    this.emitIds(field, `${name}Id`, false);
    if (withStringId && kindOf(field) === FieldKind.User)
      this.emitIds(field, `${name}StringId`, true);
  }

  private emitIds(field: FieldRecord, property: string, asStrings: boolean): void {
    this.emitters.push((item, props) => {
      const ids: OutValue[] = this.schema
        .referenceIds(field, item)
        .map((id) => (asStrings ? String(id) : id));
      props[property] = isMultiValue(field) ? ids : (ids[0] ?? null);
    });
  }

  private emitSystemValue(name: string): boolean {
    const read = this.schema.systemValues[name];
    if (!read) return false;
    this.emitters.push((item, props) => {
      props[name] = read(item);
    });
    return true;
  }

  private emitSelected(name: string, nested: Map<string, string[]>): void {
    if (this.emitSystemValue(name)) return;
    const reference = this.schema.referenceField(name);
    if (reference) {
      this.emitIds(reference.field, name, reference.stringId);
      return;
    }
    const field = this.schema.field(name);
    if (!field) throw unknownProperty(name, this.schema.typeName);
    if (!isReference(field)) {
      this.emitColumn(field);
      return;
    }
    // A bare reference: its ids, or the whole shown entity when expanded.
    if (this.expanded.has(name)) nested.set(name, nested.get(name) ?? []);
    else this.emitIds(field, `${name}Id`, false);
  }

  private emitExpanded(field: FieldRecord, name: string, subs: readonly string[]): void {
    const shown = subs.length > 0 ? subs : ['Id', 'Title'];
    const typeName = this.schema.targetTypeName(field);
    this.emitters.push((item, props) => {
      const entities = this.schema.referenceIds(field, item).flatMap((id) => {
        const values = this.schema.targetValues(field, id);
        if (!values) return [];
        const picked: Record<string, OutValue> = {};
        for (const sub of shown) picked[sub] = values[sub] ?? null;
        return [new ODataEntity({ type: typeName, id: fakeGuid(id), uri: '' }, picked)];
      });
      props[name] = isMultiValue(field) ? entities : (entities[0] ?? null);
    });
  }
}
