import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLEAGUES_GROUP, COORDINATORS_GROUP, THEME_OWNERS_GROUP } from './local-users';
import type { TestSite } from './testing/test-site';
import {
  CIRCULAIR_OWNER,
  COLLEAGUE,
  COORDINATOR,
  KLIMAAT_OWNER,
  startTestSite,
  statusOf,
} from './testing/test-site';

const CONTRIBUTE = 1073741827;
const ROOT = '/sites/mvoi/Lists/MvoiActions';
const FOLDER = `${ROOT}/thema-1`;
const FOLDER_TYPE = 1;

const directory = mkdtempSync(join(tmpdir(), 'local-sharepoint-folders-'));
const dbPath = join(directory, 'site.sqlite');

let site: TestSite;
let coordinator: SPFI;
let klimaat: SPFI;
let circulair: SPFI;
let klimaatOwnerId: number;

const actions = (sp: SPFI) => sp.web.getList(ROOT);

type FormResult = IListItemFormUpdateValue & { ErrorCode: number; ItemId: number };

function addInto(sp: SPFI, folderUrl: string, values: Record<string, string>) {
  const formValues = Object.entries(values).map(([FieldName, FieldValue]) => ({
    FieldName,
    FieldValue,
  }));
  return actions(sp).addValidateUpdateItemUsingPath(formValues, folderUrl) as Promise<FormResult[]>;
}

function addFolder(sp: SPFI, name: string, parentUrl = ROOT) {
  return actions(sp).addValidateUpdateItemUsingPath(
    [{ FieldName: 'Title', FieldValue: name }],
    parentUrl,
    false,
    undefined,
    { leafName: name, objectType: FOLDER_TYPE },
  ) as Promise<FormResult[]>;
}

/** SharePoint Online names the new item in a last `Id` entry; ItemId stays 0. */
function newId(results: FormResult[]): number {
  return Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);
}

async function titles(sp: SPFI): Promise<string[]> {
  const rows = (await actions(sp).items.select('Title').orderBy('Id')()) as { Title: string }[];
  return rows.map((row) => row.Title);
}

async function signIn(): Promise<void> {
  coordinator = await site.sp(COORDINATOR);
  klimaat = await site.sp(KLIMAAT_OWNER);
  circulair = await site.sp(CIRCULAIR_OWNER);
}

beforeAll(async () => {
  site = await startTestSite({ dbPath });
  await signIn();
  klimaatOwnerId = (await coordinator.web.ensureUser(`i:0#.f|membership|${KLIMAAT_OWNER}`)).Id;
  const themes = await coordinator.web.lists.add('MvoiThemes');
  await coordinator.web.lists.getById(themes.Id).items.add({ Title: 'Klimaat' });
  await coordinator.web.lists.getById(themes.Id).items.add({ Title: 'Circulair' });
  const pilots = await coordinator.web.lists.add('MvoiPilots');
  await coordinator.web.lists.getById(pilots.Id).items.add({ Title: 'Zonnedak' });
  await coordinator.web.lists.getById(pilots.Id).items.add({ Title: 'Deelauto' });

  await coordinator.web.lists.add('MvoiActions');
  const fields = actions(coordinator).fields;
  await fields.addText('Timing');
  await fields.addNumber('SortOrder');
  await fields.addChoice('Status', { Choices: ['Open', 'Bezig', 'Klaar'] });
  await fields.addDateTime('DueDate');
  await fields.addUser('Owner');
  await fields.addLookup('Theme', { LookupListId: themes.Id, LookupFieldName: 'Title' });
  await fields.addLookup('Pilots', { LookupListId: pilots.Id, LookupFieldName: 'Title' });
  await fields.getByInternalNameOrTitle('Pilots').update({ AllowMultipleValues: true });
});

afterAll(async () => {
  await site.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('folders in a list', () => {
  it('reads and sets EnableFolderCreation and gives the root folder’s URL', async () => {
    expect((await actions(coordinator).select('EnableFolderCreation')()).EnableFolderCreation).toBe(
      false,
    );
    await actions(coordinator).update({ EnableFolderCreation: true });
    const list = await actions(coordinator)
      .select('EnableFolderCreation', 'RootFolder/ServerRelativeUrl')
      .expand('RootFolder')();
    expect(list).toMatchObject({
      EnableFolderCreation: true,
      RootFolder: { ServerRelativeUrl: ROOT },
    });
    expect((await actions(coordinator).rootFolder()).ServerRelativeUrl).toBe(ROOT);
  });

  it('creates a folder with AddValidateUpdateItemUsingPath', async () => {
    const results = await addFolder(coordinator, 'thema-1');
    expect(results).toEqual([
      {
        ErrorCode: 0,
        ErrorMessage: null,
        FieldName: 'Title',
        FieldValue: 'thema-1',
        HasException: false,
        ItemId: 0,
      },
      {
        ErrorCode: 0,
        ErrorMessage: null,
        FieldName: 'Id',
        FieldValue: '1',
        HasException: false,
        ItemId: 0,
      },
    ]);
    const folder = await actions(coordinator)
      .items.getById(1)
      .select(
        'Title',
        'FSObjType',
        'FileSystemObjectType',
        'FileLeafRef',
        'FileDirRef',
        'FileRef',
        'ContentTypeId',
        'HasUniqueRoleAssignments',
      )();
    expect(folder).toMatchObject({
      Title: 'thema-1',
      FSObjType: 1,
      FileSystemObjectType: 1,
      FileLeafRef: 'thema-1',
      FileDirRef: ROOT,
      FileRef: FOLDER,
      HasUniqueRoleAssignments: false,
    });
    expect(folder.ContentTypeId).toMatch(/^0x0120/);
    expect(await statusOf(addFolder(coordinator, 'THEMA-1'))).toBe(400);
    expect(await statusOf(addFolder(coordinator, 'a:b'))).toBe(400);
  });

  it('adds an item in the folder from form strings of every column type', async () => {
    const results = await addInto(coordinator, FOLDER, {
      Title: 'Zonnepanelen op het stadhuis',
      Timing: 'Q1 2025',
      SortOrder: '3.5',
      Status: 'Bezig',
      DueDate: '2025-03-31',
      Owner: JSON.stringify([{ Key: `i:0#.f|membership|${KLIMAAT_OWNER}` }]),
      Theme: '1;#Klimaat',
      Pilots: '1;#;#2',
    });
    expect(results.map((r) => [r.FieldName, r.HasException, r.ErrorCode])).toEqual([
      ['Title', false, 0],
      ['Timing', false, 0],
      ['SortOrder', false, 0],
      ['Status', false, 0],
      ['DueDate', false, 0],
      ['Owner', false, 0],
      ['Theme', false, 0],
      ['Pilots', false, 0],
      ['Id', false, 0],
    ]);
    const id = newId(results);
    const item = await actions(coordinator)
      .items.getById(id)
      .select(
        'Title',
        'Timing',
        'SortOrder',
        'Status',
        'DueDate',
        'OwnerId',
        'ThemeId',
        'PilotsId',
        'FSObjType',
        'FileLeafRef',
        'FileDirRef',
        'FileRef',
        'ContentTypeId',
        'AuthorId',
      )();
    expect(item).toMatchObject({
      Title: 'Zonnepanelen op het stadhuis',
      Timing: 'Q1 2025',
      SortOrder: 3.5,
      Status: 'Bezig',
      // Midnight in the site's time zone (Europe/Amsterdam, summer time).
      DueDate: '2025-03-30T22:00:00Z',
      OwnerId: klimaatOwnerId,
      ThemeId: 1,
      PilotsId: [1, 2],
      FSObjType: 0,
      FileLeafRef: `${id}_.000`,
      FileDirRef: FOLDER,
      FileRef: `${FOLDER}/${id}_.000`,
    });
    expect(item.ContentTypeId).toMatch(/^0x01/);
    expect(item.ContentTypeId).not.toMatch(/^0x0120/);

    const cleared = await addInto(coordinator, FOLDER, {
      Title: 'Leeg',
      Theme: '2',
      Timing: '',
      DueDate: '2025-01-15 13:30',
    });
    const plain = await actions(coordinator)
      .items.getById(newId(cleared))
      .select('Timing', 'ThemeId', 'DueDate')();
    expect(plain).toMatchObject({ Timing: null, ThemeId: 2, DueDate: '2025-01-15T12:30:00Z' });
  });

  it('refuses a value that does not fit its column, per column, and creates nothing', async () => {
    const before = await titles(coordinator);
    const results = await addInto(coordinator, FOLDER, {
      Title: 'Mislukt',
      SortOrder: 'veel',
      Status: 'Misschien',
      DueDate: '31-03-2025T00:00',
      Owner: JSON.stringify([{ Key: 'i:0#.f|membership|niemand@mvoi.local' }]),
      Theme: '99',
      Pilots: '1;#;#x',
    });
    expect(results.map((r) => [r.FieldName, r.HasException])).toEqual([
      ['Title', false],
      ['SortOrder', true],
      ['Status', true],
      ['DueDate', true],
      ['Owner', true],
      ['Theme', true],
      ['Pilots', true],
      ['Id', false],
    ]);
    for (const failed of results.filter((r) => r.HasException)) {
      expect(failed).toMatchObject({ ErrorCode: -2146232832, ItemId: 0 });
      expect(failed.ErrorMessage).toEqual(expect.any(String));
    }
    expect(results.at(-1)?.FieldValue).toBe('0');
    expect(await titles(coordinator)).toEqual(before);

    const unknownColumn = await site.api(
      `web/getList('${ROOT}')/AddValidateUpdateItemUsingPath()`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          formValues: [{ FieldName: 'Bogus', FieldValue: 'x' }],
          listItemCreateInfo: { FolderPath: { DecodedUrl: FOLDER } },
        }),
      },
    );
    expect(unknownColumn.status).toBe(400);
    expect(await unknownColumn.json()).toMatchObject({
      'odata.error': {
        message: {
          value: "Column 'Bogus' does not exist. It may have been deleted by another user.",
        },
      },
    });
    expect(await statusOf(addInto(coordinator, `${ROOT}/bestaat-niet`, { Title: 'x' }))).toBe(404);
    expect(await statusOf(addInto(coordinator, '/sites/mvoi/Lists/Elders', { Title: 'x' }))).toBe(
      400,
    );
    expect(await titles(coordinator)).toEqual(before);
  });

  it('answers in the verbose shape when asked', async () => {
    const response = await site.api(`web/getList('${ROOT}')/AddValidateUpdateItemUsingPath()`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        formValues: [{ FieldName: 'Title', FieldValue: 'Uitgebreid' }],
        listItemCreateInfo: { FolderPath: { DecodedUrl: ROOT } },
        bNewDocumentUpdate: false,
      }),
    });
    const body = (await response.json()) as {
      d: { AddValidateUpdateItemUsingPath: { __metadata: { type: string }; results: unknown[] } };
    };
    expect(body.d.AddValidateUpdateItemUsingPath.__metadata.type).toBe(
      'Collection(SP.ListItemFormUpdateValue)',
    );
    expect(body.d.AddValidateUpdateItemUsingPath.results).toHaveLength(2);
  });

  it('lists folders and items recursively and filters on the folder fields', async () => {
    const all = (await actions(coordinator)
      .items.select('Id', 'Title', 'FSObjType', 'FileDirRef')
      .orderBy('Id')()) as { Id: number; FSObjType: number; FileDirRef: string }[];
    expect(all.map((row) => [row.FSObjType, row.FileDirRef])).toEqual([
      [1, ROOT],
      [0, FOLDER],
      [0, FOLDER],
      [0, ROOT],
    ]);
    const defaults = await actions(coordinator).items.top(1)();
    expect(defaults[0]).toMatchObject({ FileSystemObjectType: 1, Title: 'thema-1' });
    expect(defaults[0]).not.toHaveProperty('FileRef');
    const onlyItems = await actions(coordinator).items.filter('FSObjType eq 0').select('Id')();
    expect(onlyItems.map((row) => row.Id)).toEqual([2, 3, 4]);
    const onlyFolders = await actions(coordinator).items.filter('FSObjType eq 1').select('Id')();
    expect(onlyFolders.map((row) => row.Id)).toEqual([1]);
    const inFolder = await actions(coordinator)
      .items.filter(`FileDirRef eq '${FOLDER}' and FSObjType eq 0`)
      .select('Id')();
    expect(inFolder.map((row) => row.Id)).toEqual([2, 3]);
    const rootFolder = await actions(coordinator).rootFolder.select('ItemCount')();
    expect(rootFolder.ItemCount).toBe(2);
  });
});

describe('a theme folder with its own permissions', () => {
  it('gives the theme owner Contribute on the folder while the list stays Read', async () => {
    const folder = actions(coordinator).items.getById(1);
    expect(await statusOf(actions(klimaat).items.getById(1).breakRoleInheritance(true))).toBe(403);
    await folder.breakRoleInheritance(true, false);
    await folder.roleAssignments.add(klimaatOwnerId, CONTRIBUTE);
    const assignments = (await folder.roleAssignments.expand(
      'RoleDefinitionBindings',
      'Member',
    )()) as unknown as {
      PrincipalId: number;
      Member: { Title: string };
      RoleDefinitionBindings: { Name: string }[];
    }[];
    expect(
      assignments.map((a) => `${a.Member.Title}=${a.RoleDefinitionBindings.map((r) => r.Name)}`),
    ).toEqual([
      `${COORDINATORS_GROUP}=Full Control`,
      `${THEME_OWNERS_GROUP}=Read`,
      `${COLLEAGUES_GROUP}=Read`,
      'Joris Hermans (Klimaat)=Contribute',
    ]);
    const byPrincipal = (await folder.roleAssignments
      .getById(klimaatOwnerId)
      .expand('RoleDefinitionBindings')()) as unknown as {
      RoleDefinitionBindings: { Id: number }[];
    };
    expect(byPrincipal.RoleDefinitionBindings.map((r) => r.Id)).toEqual([CONTRIBUTE]);
    const flags = await actions(coordinator)
      .items.select('Id', 'HasUniqueRoleAssignments')
      .orderBy('Id')();
    expect(flags.map((row) => row.HasUniqueRoleAssignments)).toEqual([true, false, false, false]);
  });

  it('lets the theme owner add, edit and delete in the folder, and nowhere else', async () => {
    const added = await addInto(klimaat, FOLDER, { Title: 'Van Joris', Status: 'Open' });
    expect(added.some((r) => r.HasException)).toBe(false);
    const id = newId(added);
    const own = actions(klimaat).items.getById(id);
    expect(await statusOf(own.update({ Title: 'Van Joris, bijgewerkt' }))).toBe(200);
    expect(await statusOf(actions(klimaat).items.getById(2).update({ Status: 'Klaar' }))).toBe(200);
    expect(await statusOf(actions(klimaat).items.getById(3).recycle())).toBe(200);
    expect(await statusOf(own.delete())).toBe(200);

    expect(await statusOf(addInto(klimaat, ROOT, { Title: 'Bovenin' }))).toBe(403);
    expect(await statusOf(actions(klimaat).items.add({ Title: 'Bovenin' }))).toBe(403);
    expect(await statusOf(actions(klimaat).items.getById(4).update({ Title: 'x' }))).toBe(403);
    const onFolder = actions(klimaat).items.getById(1);
    expect(await onFolder.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    expect(await actions(klimaat).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(
      false,
    );
  });

  it('answers 403 to another theme owner with only Read, changing nothing', async () => {
    const before = await actions(coordinator).items.select('Id', 'Title', 'Status').orderBy('Id')();
    const response = await site.api(`web/getList('${ROOT}')/AddValidateUpdateItemUsingPath()`, {
      login: CIRCULAIR_OWNER,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        formValues: [{ FieldName: 'Title', FieldValue: 'Van Anouk' }],
        listItemCreateInfo: { FolderPath: { DecodedUrl: FOLDER } },
      }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' },
    });
    const item = actions(circulair).items.getById(2);
    expect((await item.select('Title')()).Title).toBe('Zonnepanelen op het stadhuis');
    expect(await statusOf(item.update({ Title: 'Overgenomen' }))).toBe(403);
    expect(await statusOf(item.delete())).toBe(403);
    expect(await statusOf(item.recycle())).toBe(403);
    expect(await statusOf(actions(circulair).items.getById(1).update({ Title: 'x' }))).toBe(403);
    expect(
      await actions(coordinator).items.select('Id', 'Title', 'Status').orderBy('Id')(),
    ).toEqual(before);
  });

  it('still lets the coordinator do everything, and copies the folder’s permissions to an item', async () => {
    const id = newId(await addInto(coordinator, FOLDER, { Title: 'Van Sanne' }));
    const item = actions(coordinator).items.getById(id);
    expect(await statusOf(item.update({ Title: 'Van Sanne (2)' }))).toBe(200);
    await item.breakRoleInheritance(true);
    const copied = await site.api(
      `web/getList('${ROOT}')/items(${id})/roleassignments/getbyprincipalid(${klimaatOwnerId})?$expand=RoleDefinitionBindings`,
    );
    expect(await copied.json()).toMatchObject({
      PrincipalId: klimaatOwnerId,
      RoleDefinitionBindings: [{ Id: CONTRIBUTE }],
    });
    expect(await statusOf(item.roleAssignments.remove(klimaatOwnerId, CONTRIBUTE))).toBe(200);
    expect(await statusOf(actions(klimaat).items.getById(id).update({ Title: 'x' }))).toBe(403);
    expect(await statusOf(item.delete())).toBe(200);
  });

  it('leaves out what the caller may not view, and answers 404 for it', async () => {
    const secret = newId(await addInto(coordinator, ROOT, { Title: 'Geheim' }));
    await actions(coordinator).items.getById(secret).breakRoleInheritance(false);
    const colleague = await site.sp(COLLEAGUE);
    expect(await titles(colleague)).not.toContain('Geheim');
    expect(await titles(coordinator)).toContain('Geheim');
    expect(await statusOf(actions(colleague).items.getById(secret)())).toBe(404);
    expect(await statusOf(actions(colleague).items.getById(secret).update({ Title: 'x' }))).toBe(
      404,
    );
    const hidden = newId(await addFolder(coordinator, 'verborgen'));
    newId(await addInto(coordinator, `${ROOT}/verborgen`, { Title: 'In verborgen map' }));
    await actions(coordinator).items.getById(hidden).breakRoleInheritance(false, false);
    expect(await titles(colleague)).not.toContain('In verborgen map');
    expect(await titles(colleague)).not.toContain('verborgen');
    expect(await titles(coordinator)).toEqual(
      expect.arrayContaining(['verborgen', 'In verborgen map']),
    );
  });

  it('deletes what a folder holds with the folder', async () => {
    const folder = newId(await addFolder(coordinator, 'weg'));
    const sub = newId(await addFolder(coordinator, 'onder', `${ROOT}/weg`));
    const inside = newId(await addInto(coordinator, `${ROOT}/weg/onder`, { Title: 'Diep' }));
    expect(
      (await actions(coordinator).items.getById(inside).select('FileDirRef')()).FileDirRef,
    ).toBe(`${ROOT}/weg/onder`);
    expect(await actions(coordinator).items.getById(folder).recycle()).toMatch(/^[0-9a-f-]{36}$/);
    for (const id of [folder, sub, inside]) {
      expect(await statusOf(actions(coordinator).items.getById(id)())).toBe(404);
    }
    expect(await statusOf(addInto(coordinator, `${ROOT}/weg`, { Title: 'x' }))).toBe(404);
    expect(newId(await addFolder(coordinator, 'weg'))).toBeGreaterThan(inside);
  });

  it('runs the same operations inside a $batch, each with its own outcome', async () => {
    const run = async (sp: SPFI) => {
      const [batched, execute] = sp.batched();
      const list = actions(batched);
      const outcomes = Promise.all(
        [
          list.addValidateUpdateItemUsingPath(
            [{ FieldName: 'Title', FieldValue: 'In batch' }],
            FOLDER,
          ),
          list.items.getById(2).update({ Status: 'Open' }),
          list.items.getById(2).recycle(),
        ].map((operation) =>
          operation.then(
            (answer) => answer,
            (error: { status: number }) => error.status,
          ),
        ),
      );
      await execute();
      return outcomes;
    };
    expect(await run(circulair)).toEqual([403, 403, 403]);
    expect(await actions(coordinator).items.getById(2).select('Status')()).toMatchObject({
      Status: 'Klaar',
    });
    const [added, updated, recycled] = await run(klimaat);
    const id = newId(added as FormResult[]);
    expect((await actions(coordinator).items.getById(id).select('Title')()).Title).toBe('In batch');
    expect(updated).toMatchObject({ etag: '"3"' });
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    expect(await statusOf(actions(coordinator).items.getById(2)())).toBe(404);
  });
});

describe('inheritance reset and restart', () => {
  it('keeps folders, items and permissions across a restart', async () => {
    await site.close();
    site = await startTestSite({ dbPath });
    await signIn();
    const folder = await actions(coordinator)
      .items.getById(1)
      .select('FileRef', 'HasUniqueRoleAssignments')();
    expect(folder).toMatchObject({ FileRef: FOLDER, HasUniqueRoleAssignments: true });
    expect(await titles(coordinator)).toContain('In batch');
    expect(await statusOf(addInto(klimaat, FOLDER, { Title: 'Na herstart' }))).toBe(200);
    expect(await statusOf(addInto(circulair, FOLDER, { Title: 'Na herstart' }))).toBe(403);
  });

  it('restores inheritance on reset: the theme owner is back to Read', async () => {
    const folder = actions(coordinator).items.getById(1);
    await folder.resetRoleInheritance();
    expect((await folder.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(
      false,
    );
    expect(await statusOf(addInto(klimaat, FOLDER, { Title: 'Na reset' }))).toBe(403);
    expect(await statusOf(folder.roleAssignments.add(klimaatOwnerId, CONTRIBUTE))).toBe(400);
    const inherited = await folder.roleAssignments();
    expect(inherited.map((a) => a.PrincipalId)).not.toContain(klimaatOwnerId);
  });

  it('makes everything below a list inherit when the list breaks with clearsubscopes', async () => {
    const colleague = await site.sp(COLLEAGUE);
    expect(await titles(colleague)).not.toContain('Geheim');
    await actions(coordinator).breakRoleInheritance(true, true);
    expect(await titles(colleague)).toEqual(expect.arrayContaining(['Geheim', 'In verborgen map']));
    const folders = await actions(coordinator)
      .items.filter('FSObjType eq 1')
      .select('FileLeafRef', 'HasUniqueRoleAssignments')();
    expect(folders.every((folder) => folder.HasUniqueRoleAssignments === false)).toBe(true);
  });
});

describe('databases of the previous version', () => {
  it('opens them with every item at the list root, inheriting', async () => {
    const oldDirectory = mkdtempSync(join(tmpdir(), 'local-sharepoint-v1-'));
    const oldPath = join(oldDirectory, 'site.sqlite');
    try {
      const first = await startTestSite({ dbPath: oldPath });
      const sp = await first.sp(COORDINATOR);
      const { Id } = await sp.web.lists.add('Oud');
      await sp.web.lists.getById(Id).items.add({ Title: 'Van vroeger' });
      await first.close();
      const db = new Database(oldPath);
      db.exec(`
        ALTER TABLE items DROP COLUMN parent_path;
        ALTER TABLE items DROP COLUMN folder_name;
        ALTER TABLE items DROP COLUMN unique_role_assignments;
        PRAGMA user_version = 1;
      `);
      db.close();

      const second = await startTestSite({ dbPath: oldPath });
      const again = (await second.sp(COORDINATOR)).web.lists.getById(Id);
      expect(
        await again.items
          .getById(1)
          .select('Title', 'FSObjType', 'FileDirRef', 'HasUniqueRoleAssignments')(),
      ).toMatchObject({
        Title: 'Van vroeger',
        FSObjType: 0,
        FileDirRef: '/sites/mvoi/Lists/Oud',
        HasUniqueRoleAssignments: false,
      });
      const results = (await again.addValidateUpdateItemUsingPath(
        [{ FieldName: 'Title', FieldValue: 'map' }],
        '/sites/mvoi/Lists/Oud',
        false,
        undefined,
        { leafName: 'map', objectType: FOLDER_TYPE },
      )) as FormResult[];
      expect(newId(results)).toBe(2);
      await second.close();
    } finally {
      rmSync(oldDirectory, { recursive: true, force: true });
    }
  });
});
