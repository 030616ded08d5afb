import { invalidQuery, unknownProperty } from '../http/sp-error';
import { compileFilter } from '../odata/filter-compiler';
import type { PropertyResolver, ResolvedProperty } from '../odata/filter-compiler';
import type { EntityMeta, OutValue } from '../odata/odata-format';
import { ODataEntity } from '../odata/odata-format';
import type { PropertyPath, QueryOptions } from '../odata/query-options';
import { parseQueryOptions } from '../odata/query-options';
import type { ApiRequest } from './api-types';

type Navigation = () => EntityDescriptor | readonly EntityDescriptor[] | null;

/** An SP entity other than a list item (web, list, field, user, group, …) with its navigations. */
export interface EntityDescriptor {
  readonly meta: EntityMeta;
  readonly props: Readonly<Record<string, OutValue>>;
  readonly navigation?: Readonly<Record<string, Navigation>>;
}

export function expandRequiredError(path: PropertyPath): Error {
  const [head] = path;
  return invalidQuery(
    `The query to field '${path.join('/')}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
  );
}

function checkExpand(descriptor: EntityDescriptor, expand: readonly PropertyPath[]): Set<string> {
  const names = new Set<string>();
  for (const path of expand) {
    const [head] = path;
    if (path.length !== 1 || head === undefined || !descriptor.navigation?.[head]) {
      throw unknownProperty(path.join('/'), descriptor.meta.type);
    }
    names.add(head);
  }
  return names;
}

function subProjection(
  target: EntityDescriptor | readonly EntityDescriptor[] | null,
  names: readonly string[] | undefined,
): OutValue {
  const project = (entity: EntityDescriptor): ODataEntity => {
    if (!names) return new ODataEntity(entity.meta, entity.props);
    const props: Record<string, OutValue> = {};
    for (const name of names) {
      if (!(name in entity.props)) throw unknownProperty(name, entity.meta.type);
      props[name] = entity.props[name] as OutValue;
    }
    return new ODataEntity(entity.meta, props);
  };
  if (target === null) return null;
  return Array.isArray(target)
    ? (target as readonly EntityDescriptor[]).map(project)
    : project(target as EntityDescriptor);
}

/** Applies `$select` and `$expand` to one entity. */
export function projectEntity(descriptor: EntityDescriptor, options: QueryOptions): ODataEntity {
  const expanded = checkExpand(descriptor, options.expand ?? []);
  const select = options.select;
  const all = !select || select.some((path) => path[0] === '*');
  const props: Record<string, OutValue> = all ? { ...descriptor.props } : {};
  const nested = new Map<string, string[]>();
  for (const path of select ?? []) {
    const [head, sub, ...rest] = path;
    if (head === undefined || head === '*') continue;
    const isNavigation = descriptor.navigation?.[head] !== undefined;
    if (sub === undefined) {
      if (head in descriptor.props) props[head] = descriptor.props[head] as OutValue;
      else if (!isNavigation) throw unknownProperty(head, descriptor.meta.type);
      else if (!expanded.has(head)) throw expandRequiredError(path);
      else if (!nested.has(head)) nested.set(head, []);
      continue;
    }
    if (!isNavigation || rest.length > 0)
      throw unknownProperty(path.join('/'), descriptor.meta.type);
    if (!expanded.has(head)) throw expandRequiredError(path);
    nested.set(head, [...(nested.get(head) ?? []), sub]);
  }
  for (const name of expanded) {
    const navigate = descriptor.navigation?.[name];
    if (!navigate) continue;
    const names = nested.get(name);
    props[name] = subProjection(navigate(), names && names.length > 0 ? names : undefined);
  }
  return new ODataEntity(descriptor.meta, props);
}

const resolver: PropertyResolver<EntityDescriptor> = {
  resolve(path): ResolvedProperty<EntityDescriptor> {
    const [name] = path;
    if (path.length !== 1 || name === undefined) {
      throw invalidQuery(`Filtering or sorting on '${path.join('/')}' is not supported here.`);
    }
    return {
      kind: 'dynamic',
      multi: false,
      indexed: true,
      read: (entity) => {
        if (!(name in entity.props)) return null;
        const value = entity.props[name];
        return Array.isArray(value) ? null : value;
      },
    };
  },
};

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `$filter`, `$orderby`, `$top`, `$select` and `$expand` over a small entity collection. */
export function queryEntities(
  descriptors: readonly EntityDescriptor[],
  options: QueryOptions,
  typeName: string,
): ODataEntity[] {
  for (const path of options.orderBy?.map((o) => o.path) ?? []) {
    const [name] = path;
    if (path.length !== 1 || name === undefined) throw unknownProperty(path.join('/'), typeName);
  }
  let rows = [...descriptors];
  if (options.filter) {
    const known = new Set(descriptors.flatMap((d) => Object.keys(d.props)));
    const check = (path: readonly string[]) => {
      if (descriptors.length > 0 && !known.has(path[0] ?? '')) {
        throw unknownProperty(path.join('/'), typeName);
      }
      return resolver.resolve(path);
    };
    const predicate = compileFilter(options.filter, { resolve: check });
    rows = rows.filter(predicate);
  }
  for (const clause of [...(options.orderBy ?? [])].reverse()) {
    const read = resolver.resolve(clause.path).read;
    rows.sort((a, b) => compareValues(read(a), read(b)) * (clause.descending ? -1 : 1));
  }
  if (options.top !== undefined) rows = rows.slice(0, options.top);
  return rows.map((row) => projectEntity(row, options));
}

export function requestOptions(request: ApiRequest): QueryOptions {
  return parseQueryOptions(request.query);
}
