import type { SPFI } from '@pnp/sp';
import { actionInputSchema, actionUpdateSchema } from '../../domain/action';
import { calendarDateIn } from '../../domain/calendar-date';
import { defaultPlanYear } from '../../domain/plan-year';
import { dueDateOf, parseTiming } from '../../domain/timing';
import { DataError } from '../errors';
import type { ActionRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { readActionHistory } from './action-history-reader';
import { itemWrites } from './item-writes';
import { actionFields, actionItem, QUERIES } from './mappers';
import { readMapped, siteList } from './site-lists';
import { addActionItems } from './theme-folders';
import { guarded } from './to-data-error';

export function createActionRepository(sp: SPFI, siteUrl: string): ActionRepository {
  const writes = itemWrites(sp, siteUrl, 'MvoiActions', QUERIES.actions, actionItem);
  /** The stored due date always follows from the plan's words, so the two never disagree. */
  const fieldsOf = (
    schema: typeof actionInputSchema | typeof actionUpdateSchema,
    command: unknown,
  ) => {
    const valid = validateCommand(schema, command);
    return actionFields(valid, dueDateOf(parseTiming(valid.timing)));
  };

  return {
    listByTheme: (themeId) =>
      guarded(() =>
        readMapped(
          'MvoiActions',
          siteList(sp, siteUrl, 'MvoiActions').items.filter(`ThemeId eq ${themeId}`).orderBy('Id'),
          QUERIES.actions,
          actionItem,
        ),
      ),
    get: writes.get,
    create: (command) =>
      guarded(async () => {
        const valid = validateCommand(actionInputSchema, command);
        // The app sends the year the user saw; other callers get the year of today, in Amsterdam.
        const planYear =
          valid.planYear ?? defaultPlanYear(valid.timing, calendarDateIn(new Date()));
        const fields = fieldsOf(actionInputSchema, { ...valid, planYear });
        const [added] = await addActionItems(sp, siteUrl, [fields]);
        if (!added) throw new DataError('unknown', 'SharePoint created no action');
        try {
          return await writes.update(added.id, fields, '*');
        } catch (error) {
          // Half an action helps no one: take the bare item away again; the user keeps the input.
          await writes.delete(added.id, '*').catch(() => undefined);
          throw error;
        }
      }),
    update: async (id, command, version) =>
      writes.update(id, fieldsOf(actionUpdateSchema, command), version),
    delete: writes.delete,
    history: (id) => guarded(() => readActionHistory(sp, siteUrl, id)),
  };
}
