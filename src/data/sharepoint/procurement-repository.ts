import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import {
  KEY_MAX_LENGTH,
  procurementInputSchema,
  procurementKey,
  type Procurement,
} from '../../domain/procurement';
import { importEffect, type ProcurementImportCommand } from '../../domain/procurement-import';
import type { ProcurementImportReport, ProcurementRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import {
  procurementCalendarFields,
  procurementFields,
  procurementItem,
  PROCUREMENT_QUERY,
} from './procurement-mappers';
import { readMapped, siteList } from './site-lists';
import { guarded, toDataError } from './to-data-error';

/** Rows per `$batch`: well within SharePoint's limits, and a failure touches at most this many. */
export const IMPORT_BATCH_SIZE = 50;

const { shape } = procurementInputSchema;
const importRowSchema = z.object({
  title: shape.title,
  department: shape.department,
  estimatedValueEur: shape.estimatedValueEur,
  publication: shape.publication,
  kind: shape.kind,
  themeIds: shape.themeIds,
  status: shape.status,
  isPilot: shape.isPilot,
  key: z.string().check(z.minLength(1), z.maxLength(KEY_MAX_LENGTH)),
});
const importRowsSchema = z.array(importRowSchema);

type Write = { row: ProcurementImportCommand; effect: 'new' | 'changed'; stored?: Procurement };

export function createProcurementRepository(sp: SPFI, siteUrl: string): ProcurementRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiProcurements', PROCUREMENT_QUERY, procurementItem);
  const list = () =>
    guarded(() =>
      readMapped(
        'MvoiProcurements',
        siteList(sp, siteUrl, 'MvoiProcurements').items.orderBy('Id'),
        PROCUREMENT_QUERY,
        procurementItem,
      ),
    );

  return {
    list,
    create: async (input) => {
      const command = validateCommand(procurementInputSchema, input);
      return writes.create({
        ...procurementFields(command),
        ProcurementKey: procurementKey(command),
      });
    },
    update: async (id, input, version) =>
      writes.update(id, procurementFields(validateCommand(procurementInputSchema, input)), version),

    /**
     * SharePoint has no transactions, not even within one `$batch`: each change in it succeeds or
     * fails on its own. So every row is checked before anything is written, the writes go by key
     * (a retry finds what was written and leaves it), and the report says exactly which rows
     * were written, failed, or not tried.
     */
    importRows: async (input) => {
      const rows = validateCommand(importRowsSchema, input);
      const stored = await list();
      const byKey = new Map(stored.items.map((procurement) => [procurement.key, procurement]));
      const report: ProcurementImportReport = {
        created: [],
        updated: [],
        unchanged: [],
        failed: [],
        notAttempted: [],
      };
      const pending: Write[] = [];
      for (const row of rows) {
        const existing = byKey.get(row.key);
        const effect = importEffect(existing, row);
        if (effect === 'unchanged') report.unchanged.push(row.key);
        else pending.push({ row, effect, stored: existing });
      }

      for (let start = 0; start < pending.length; start += IMPORT_BATCH_SIZE) {
        const chunk = pending.slice(start, start + IMPORT_BATCH_SIZE);
        const [batch, execute] = sp.batched();
        // A PnPjs instance joins one batch call only: each write starts from the list afresh.
        const items = () => siteList(batch, siteUrl, 'MvoiProcurements').items;
        const calls = chunk.map(({ row, effect, stored: existing }) =>
          effect === 'new' || !existing
            ? items().add({
                ...procurementCalendarFields(row),
                ProcurementKey: row.key,
                CriteriaChosen: 0,
                SroiAgreed: 0,
              })
            : items().getById(existing.id).update(procurementCalendarFields(row), existing.version),
        );
        // Watched before the batch is sent: a refused row is never an unhandled rejection.
        const settled = Promise.allSettled(calls);
        let batchError: unknown;
        try {
          await execute();
        } catch (error) {
          batchError = error;
        }
        const outcomes = await settled;
        for (const [index, outcome] of outcomes.entries()) {
          const write = chunk[index] as Write;
          if (outcome.status === 'fulfilled' && batchError === undefined) {
            (write.effect === 'new' ? report.created : report.updated).push(write.row.key);
          } else {
            report.failed.push({
              key: write.row.key,
              title: write.row.title,
              error: await toDataError(outcome.status === 'rejected' ? outcome.reason : batchError),
            });
          }
        }
        if (report.failed.length > 0) {
          report.notAttempted.push(
            ...pending.slice(start + chunk.length).map(({ row }) => row.key),
          );
          break;
        }
      }
      return report;
    },
  };
}
