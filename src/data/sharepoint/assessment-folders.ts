import type { SPFI } from '@pnp/sp';
import { assessmentFolderPath, CONFIRMED_FOLDER } from './assessment-mappers';
import { listUrl } from './list-schema';
import { isFolderItem } from './mappers';
import { readAll, siteList } from './site-lists';
import {
  addedItemId,
  grantOwnerOnly,
  type ActionEntry,
  type FormResult,
  type FormValue,
} from './theme-folders';

interface ThemeOwner {
  Id: number;
  OwnerId?: number | null;
}

const ENTRY_FIELDS = ['Id', 'FSObjType', 'FileDirRef', 'HasUniqueRoleAssignments'] as const;

async function addFolder(sp: SPFI, siteUrl: string, name: string, values: FormValue[]) {
  const results = (await siteList(sp, siteUrl, 'MvoiAssessments').addValidateUpdateItemUsingPath(
    [{ FieldName: 'Title', FieldValue: name }, ...values],
    listUrl(siteUrl, 'MvoiAssessments'),
    false,
    undefined,
    { leafName: name, objectType: 1 },
  )) as FormResult[];
  return addedItemId(results);
}

/**
 * MvoiAssessments holds a folder per theme, where that theme's owner alone contributes (drafts),
 * and the folder `vastgesteld`, which keeps the list's permissions: only coordinators write there,
 * everyone reads. So SharePoint itself keeps an owner from drafting for another theme and from
 * confirming. Needs the right to manage permissions; safe to run again; `onlyThemeId` limits the
 * theme folders to one theme. Returns what it changed.
 */
export async function syncAssessmentFolders(
  sp: SPFI,
  siteUrl: string,
  onlyThemeId?: number,
): Promise<string[]> {
  await import('@pnp/sp/security');
  const changes: string[] = [];
  const assessments = siteList(sp, siteUrl, 'MvoiAssessments');

  if (onlyThemeId === undefined) {
    const confirmed = (await readAll(
      assessments.items
        .filter(`FSObjType eq 1 and FileLeafRef eq '${CONFIRMED_FOLDER}'`)
        .select(...ENTRY_FIELDS),
    )) as ActionEntry[];
    const folder = confirmed[0];
    if (!folder) {
      await addFolder(sp, siteUrl, CONFIRMED_FOLDER, []);
      changes.push(`MvoiAssessments/${CONFIRMED_FOLDER}: created`);
    } else if (folder.HasUniqueRoleAssignments) {
      // Whoever gave it permissions of its own could let someone else confirm.
      await assessments.items.getById(folder.Id).resetRoleInheritance();
      changes.push(`MvoiAssessments/${CONFIRMED_FOLDER}: list permissions restored`);
    }
  }

  const themes = (await readAll(
    siteList(sp, siteUrl, 'MvoiThemes').items.select('Id', 'OwnerId'),
  )) as ThemeOwner[];
  for (const theme of themes.filter(({ Id }) => onlyThemeId === undefined || Id === onlyThemeId)) {
    const path = assessmentFolderPath(siteUrl, theme.Id);
    const name = path.slice(path.lastIndexOf('/') + 1);
    const entries = (await readAll(
      assessments.items.filter(`ThemeId eq ${theme.Id} and FSObjType eq 1`).select(...ENTRY_FIELDS),
    )) as ActionEntry[];
    let folder = entries.find(isFolderItem);
    if (!folder) {
      folder = {
        Id: await addFolder(sp, siteUrl, name, [
          { FieldName: 'Theme', FieldValue: String(theme.Id) },
        ]),
        FSObjType: 1,
        FileDirRef: listUrl(siteUrl, 'MvoiAssessments'),
        HasUniqueRoleAssignments: false,
      };
      changes.push(`MvoiAssessments/${name}: created`);
    }
    await grantOwnerOnly(
      assessments.items.getById(folder.Id),
      folder,
      theme.OwnerId ?? undefined,
      `MvoiAssessments/${name}`,
      changes,
    );
  }
  return changes;
}
