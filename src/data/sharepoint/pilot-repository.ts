import type { SPFI } from '@pnp/sp';
import { pilotInputSchema } from '../../domain/pilot';
import type { PilotRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import { pilotFields, pilotItem, QUERIES } from './mappers';
import { readMapped, siteList } from './site-lists';
import { guarded } from './to-data-error';

export function createPilotRepository(sp: SPFI, siteUrl: string): PilotRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiPilots', QUERIES.pilots, pilotItem);
  return {
    list: () =>
      guarded(() =>
        readMapped(
          'MvoiPilots',
          siteList(sp, siteUrl, 'MvoiPilots').items.orderBy('Id'),
          QUERIES.pilots,
          pilotItem,
        ),
      ),
    create: async (command) =>
      writes.create(pilotFields(validateCommand(pilotInputSchema, command))),
    update: async (id, command, version) =>
      writes.update(id, pilotFields(validateCommand(pilotInputSchema, command)), version),
  };
}
