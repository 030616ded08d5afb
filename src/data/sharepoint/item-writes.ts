import type { SPFI } from '@pnp/sp';
import type * as z from 'zod/mini';
import { DataError } from '../errors';
import type { ListName } from './list-schema';
import { siteList } from './site-lists';
import { toDataError } from './to-data-error';

interface Query {
  select: readonly string[];
  expand: readonly string[];
}

/** Create, update and delete of one list's items, each answering with the item as stored. */
export function itemWrites<T>(
  sp: SPFI,
  siteUrl: string,
  name: ListName,
  query: Query,
  schema: z.ZodMiniType<T>,
) {
  const list = (on: SPFI) => siteList(on, siteUrl, name);
  const read = async (on: SPFI, id: number): Promise<T> => {
    const item: unknown = await list(on)
      .items.getById(id)
      .select(...query.select)
      .expand(...query.expand)();
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      throw new DataError('invalid', `${name} ${id} does not fit: ${parsed.error.message}`);
    }
    return parsed.data;
  };

  return {
    get: async (id: number): Promise<T> => {
      try {
        return await read(sp, id);
      } catch (error) {
        throw await toDataError(error);
      }
    },

    create: async (fields: Record<string, unknown>): Promise<T> => {
      try {
        const added = (await list(sp).items.add(fields)) as { Id: number };
        return await read(sp, added.Id);
      } catch (error) {
        throw await toDataError(error);
      }
    },

    /**
     * Sends the ETag the user started from, and reads the item back in the same `$batch`: on a
     * conflict the error carries the stored version, so the user can compare instead of overwrite.
     */
    update: async (id: number, fields: Record<string, unknown>, version: string): Promise<T> => {
      const [batch, execute] = sp.batched();
      const updated = list(batch).items.getById(id).update(fields, version);
      const current = read(batch, id);
      // Watched before the batch is sent: a refusal is never an unhandled rejection meanwhile.
      const settled = Promise.allSettled([updated, current]);
      await execute();
      const [update, stored] = await settled;
      if (update.status === 'rejected') {
        const error = await toDataError(update.reason);
        throw stored.status === 'fulfilled' && error.kind === 'conflict'
          ? new DataError('conflict', error.detail, { cause: update.reason, current: stored.value })
          : error;
      }
      if (stored.status === 'rejected') throw await toDataError(stored.reason);
      return stored.value;
    },

    delete: async (id: number, version: string): Promise<void> => {
      try {
        await list(sp).items.getById(id).delete(version);
      } catch (error) {
        throw await toDataError(error);
      }
    },
  };
}
