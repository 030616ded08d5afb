import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { InjectHeaders } from '@pnp/queryable';
import type * as z from 'zod/mini';
import type { ReadResult } from '../repositories';
import { listUrl, type ListName } from './list-schema';
import { mapItems } from './mappers';

/** SharePoint's largest page; beyond it, lists are read page by page. */
export const PAGE_SIZE = 5000;

/** Lists are addressed by URL, not by a title an admin may rename. */
export function siteList(sp: SPFI, siteUrl: string, name: ListName): IList {
  return sp.web.getList(listUrl(siteUrl, name));
}

export interface Query {
  select: readonly string[];
  expand: readonly string[];
  /** `none`: SharePoint sends the values only, no `odata.*` per item (and so no `odata.etag`). */
  metadata?: 'none';
}

const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

export function withQuery(items: IItems, query: Query): IItems {
  const selected = items.select(...query.select);
  const expanded = query.expand.length ? selected.expand(...query.expand) : selected;
  return query.metadata === 'none' ? expanded.using(NO_METADATA) : expanded;
}

/** Reads every page of a query, following SharePoint's nextLink. */
export async function readAll(items: IItems): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const page of items.top(PAGE_SIZE)) {
    all.push(...(page as unknown[]));
  }
  return all;
}

export async function readMapped<T>(
  name: ListName,
  items: IItems,
  query: Query,
  schema: z.ZodMiniType<T>,
): Promise<ReadResult<T>> {
  return mapItems(name, await readAll(withQuery(items, query)), schema);
}
