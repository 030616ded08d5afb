import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import type { AmbitionAssessment } from '../../domain/ambition';
import { assessmentInputSchema, type AssessmentCommand } from '../../domain/assessment-input';
import { nextRevision, openDraft } from '../../domain/ladder-progress';
import { DataError } from '../errors';
import type { AssessmentRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import {
  ASSESSMENT_QUERY,
  assessmentFolderPath,
  assessmentInputFields,
  assessmentItem,
  assessmentKey,
  confirmedFolderPath,
} from './assessment-mappers';
import { itemWrites } from './item-writes';
import { readMapped, siteList } from './site-lists';
import { addedItemId, type FormResult } from './theme-folders';
import { guarded, toDataError } from './to-data-error';

interface NewItem {
  themeId: number;
  year: number;
  revision: number;
  command: AssessmentCommand;
  state: AmbitionAssessment['state'];
  draftId?: number;
}

export function createAssessmentRepository(sp: SPFI, siteUrl: string): AssessmentRepository {
  const list = () => siteList(sp, siteUrl, 'MvoiAssessments');
  const writes = itemWrites(sp, siteUrl, 'MvoiAssessments', ASSESSMENT_QUERY, assessmentItem);
  const read = (items: IItems) =>
    readMapped('MvoiAssessments', items.orderBy('Id'), ASSESSMENT_QUERY, assessmentItem);
  const ofThemeYear = async (themeId: number, year: number) =>
    (await read(list().items.filter(`ThemeId eq ${themeId} and Year eq ${year}`))).items;

  /**
   * Adds the item in its folder in one request: SharePoint checks the caller may write there, and
   * the unique key refuses a second of the same revision (a double click, another tab).
   */
  const add = async ({ themeId, year, revision, command, state, draftId }: NewItem) => {
    const key = assessmentKey(themeId, year, revision, state);
    const fields = assessmentInputFields(command);
    const values: Record<string, string> = {
      Title: `${year} · thema ${themeId} · versie ${revision}`,
      Theme: String(themeId),
      Year: String(year),
      Level: String(fields.Level),
      AssessmentStatus: fields.AssessmentStatus,
      Explanation: fields.Explanation,
      Evidence: fields.Evidence,
      Act: fields.Act,
      Revision: String(revision),
      AssessmentKey: key,
      ...(draftId === undefined ? {} : { Draft: String(draftId) }),
    };
    const folder =
      state === 'confirmed' ? confirmedFolderPath(siteUrl) : assessmentFolderPath(siteUrl, themeId);
    try {
      const results = (await list().addValidateUpdateItemUsingPath(
        Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
        folder,
      )) as FormResult[];
      return addedItemId(results);
    } catch (error) {
      const failure = await toDataError(error);
      const stored = (await ofThemeYear(themeId, year).catch(() => [])).find(
        (item) => item.revision === revision && item.state === state,
      );
      if (!stored) throw failure;
      throw new DataError('conflict', `${key} is already stored`, {
        cause: error,
        current: stored,
      });
    }
  };

  return {
    listByYear: (year) => guarded(() => read(list().items.filter(`Year eq ${year}`))),
    listByTheme: (themeId) => guarded(() => read(list().items.filter(`ThemeId eq ${themeId}`))),
    listAll: () => guarded(() => read(list().items)),

    draft: (themeId, year, input, existing) =>
      guarded(async () => {
        const command = validateCommand(assessmentInputSchema, input);
        const stored = await ofThemeYear(themeId, year);
        const open = openDraft(stored, themeId, year);
        if (existing) {
          // A draft that was confirmed meanwhile stays as it was confirmed.
          // Without `current`: there is nothing left to merge into.
          if (open?.id !== existing.id) {
            throw new DataError('conflict', `draft ${existing.id} is no longer open`);
          }
          return writes.update(existing.id, assessmentInputFields(command), existing.version);
        }
        if (open) {
          throw new DataError('conflict', `${year} already has an open draft`, { current: open });
        }
        const revision = nextRevision(stored, themeId, year);
        const id = await add({ themeId, year, revision, command, state: 'draft' });
        return writes.get(id);
      }),

    confirm: (draftId, version) =>
      guarded(async () => {
        const draft = await writes.get(draftId);
        if (draft.state !== 'draft') {
          throw new DataError('invalid', `assessment ${draftId} is not a draft`);
        }
        if (draft.version !== version) {
          throw new DataError('conflict', `draft ${draftId} changed`, { current: draft });
        }
        const command = validateCommand(assessmentInputSchema, draft);
        const id = await add({
          themeId: draft.themeId,
          year: draft.year,
          revision: draft.revision,
          command,
          state: 'confirmed',
          draftId,
        });
        try {
          // Form values cannot name a person by id: who drafted it goes in with a plain update.
          return await writes.update(
            id,
            { AssessedById: draft.assessedBy?.id ?? null, AssessedAt: draft.assessedAt },
            '*',
          );
        } catch (error) {
          // Half a confirmation helps no one: take it away again, so it can be confirmed anew.
          await writes.delete(id, '*').catch(() => undefined);
          throw error;
        }
      }),
  };
}
