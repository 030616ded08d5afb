import type { SPFI } from '@pnp/sp';
import { practiceInputSchema } from '../../domain/practice';
import type { PracticeQuery, PracticeRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { itemWrites } from './item-writes';
import { practiceFields, practiceItem, QUERIES } from './mappers';
import { readMapped, siteList } from './site-lists';
import { guarded } from './to-data-error';

function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Newest first; a search looks in the title and body, as SharePoint's `substringof` allows. */
function filterOf({ search, themeId }: PracticeQuery): string | undefined {
  const terms: string[] = [];
  const words = search?.trim();
  if (words) {
    terms.push(
      `(substringof(${odataString(words)},Title) or substringof(${odataString(words)},Body))`,
    );
  }
  if (themeId !== undefined) terms.push(`ThemesId eq ${themeId}`);
  return terms.length ? terms.join(' and ') : undefined;
}

export function createPracticeRepository(sp: SPFI, siteUrl: string): PracticeRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiPractices', QUERIES.practices, practiceItem);
  return {
    list: (query = {}) =>
      guarded(() => {
        const items = siteList(sp, siteUrl, 'MvoiPractices').items.orderBy('Id', false);
        const filter = filterOf(query);
        return readMapped(
          'MvoiPractices',
          filter ? items.filter(filter) : items,
          QUERIES.practices,
          practiceItem,
        );
      }),
    create: async (command) =>
      writes.create(practiceFields(validateCommand(practiceInputSchema, command))),
    update: async (id, command, version) =>
      writes.update(id, practiceFields(validateCommand(practiceInputSchema, command)), version),
    delete: writes.delete,
  };
}
