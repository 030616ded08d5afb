import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/attachments';
import '@pnp/sp/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLEAGUES_GROUP } from './local-users';
import type { TestSite } from './testing/test-site';
import { COLLEAGUE, COORDINATOR, startTestSite, statusOf } from './testing/test-site';

const OTHER_COLLEAGUE = 'bram.janssen@mvoi.local';
const CONTRIBUTE = 1073741827;
const READ = 1073741826;
const POSTS = '/sites/mvoi/Lists/Posts';
const NOTES = '/sites/mvoi/Lists/Notes';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);

/** The bytes as PnPjs takes them. */
const png = () => new Uint8Array(PNG).buffer;

const directory = mkdtempSync(join(tmpdir(), 'local-sharepoint-attachments-'));
const dbPath = join(directory, 'site.sqlite');

let site: TestSite;
let coordinator: SPFI;
let lotte: SPFI;
let bram: SPFI;
let postsUrl: string;

const posts = (sp: SPFI) => sp.web.getList(POSTS);

async function addPost(sp: SPFI, title: string, body: string): Promise<number> {
  const added = (await posts(sp).items.add({ Title: title, Body: body })) as { Id: number };
  return added.Id;
}

async function signIn(): Promise<void> {
  coordinator = await site.sp(COORDINATOR);
  lotte = await site.sp(COLLEAGUE);
  bram = await site.sp(OTHER_COLLEAGUE);
}

beforeAll(async () => {
  site = await startTestSite({ dbPath });
  await signIn();
  postsUrl = `${site.server.origin}${POSTS}`;
  const groups = (await coordinator.web.siteGroups()) as { Id: number; Title: string }[];
  const colleagues = groups.find((group) => group.Title === COLLEAGUES_GROUP)?.Id as number;
  for (const title of ['Posts', 'Notes']) {
    const list = await coordinator.web.lists.add(title);
    const byId = coordinator.web.lists.getById(list.Id);
    await byId.fields.addMultilineText('Body');
    await byId.breakRoleInheritance(true, true);
    await byId.roleAssignments.add(colleagues, CONTRIBUTE);
    await byId.update({ WriteSecurity: 2 });
  }
});

afterAll(async () => {
  await site.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('list item attachments', () => {
  it('adds a file to one’s own item, lists it and reads the same bytes back', async () => {
    const id = await addPost(lotte, 'Zonnepanelen', 'Op het stadhuis');
    const before = (await posts(lotte).items.getById(id)()) as { 'odata.etag': string };
    const { data } = await posts(lotte).items.getById(id).attachmentFiles.add('dak.png', png());
    expect(data).toMatchObject({
      FileName: 'dak.png',
      ServerRelativeUrl: `${POSTS}/Attachments/${id}/dak.png`,
    });

    const files = await posts(bram).items.getById(id).attachmentFiles();
    expect(files.map((file) => file.FileName)).toEqual(['dak.png']);
    const response = await site.api(
      `web/getList('${POSTS}')/items(${id})/AttachmentFiles('dak.png')/$value`,
      { login: OTHER_COLLEAGUE },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    const blob = await posts(lotte)
      .items.getById(id)
      .attachmentFiles.getByName('dak.png')
      .getBlob();
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(PNG);

    const after = (await posts(lotte).items.getById(id).select('Attachments')()) as {
      Attachments: boolean;
      'odata.etag': string;
    };
    expect(after.Attachments).toBe(true);
    // An attachment edits the item: an edit begun before it is now stale.
    expect(after['odata.etag']).not.toBe(before['odata.etag']);
  });

  it('refuses a colleague’s attachment on someone else’s item and writes nothing', async () => {
    const id = await addPost(lotte, 'Fietsplan', 'Tekst');
    expect(await statusOf(posts(bram).items.getById(id).attachmentFiles.add('x.png', png()))).toBe(
      403,
    );
    expect(await posts(lotte).items.getById(id).attachmentFiles()).toEqual([]);
    expect(
      await statusOf(posts(coordinator).items.getById(id).attachmentFiles.add('x.png', png())),
    ).toBe(200);
  });

  it('refuses a second file of the same name and a name SharePoint does not allow', async () => {
    const id = await addPost(lotte, 'Namen', 'Tekst');
    await posts(lotte).items.getById(id).attachmentFiles.add('a.png', png());
    expect(await statusOf(posts(lotte).items.getById(id).attachmentFiles.add('A.PNG', png()))).toBe(
      400,
    );
    expect(
      await statusOf(posts(lotte).items.getById(id).attachmentFiles.add('a:b.png', png())),
    ).toBe(400);
    expect((await posts(lotte).items.getById(id).attachmentFiles()).length).toBe(1);
  });

  it('replaces content, deletes a file, and drops the files with their item', async () => {
    const id = await addPost(lotte, 'Weg', 'Tekst');
    const files = posts(lotte).items.getById(id).attachmentFiles;
    await files.add('a.png', png());
    await files.add('b.png', png());
    await files.getByName('a.png').setContent('nieuw');
    const replaced = await site.api(
      `web/getList('${POSTS}')/items(${id})/AttachmentFiles('a.png')/$value`,
      { login: COLLEAGUE },
    );
    expect(await replaced.text()).toBe('nieuw');
    await files.getByName('b.png').delete();
    expect((await files()).map((file) => file.FileName)).toEqual(['a.png']);
    expect(await statusOf(files.getByName('b.png')())).toBe(404);

    await posts(lotte).items.getById(id).delete();
    expect(await statusOf(files())).toBe(404);
  });

  it('hides the files of an item the reader may not see', async () => {
    const id = await addPost(lotte, 'Geheim', 'Tekst');
    await posts(lotte).items.getById(id).attachmentFiles.add('a.png', png());
    const item = posts(coordinator).items.getById(id);
    await item.breakRoleInheritance(false, false);
    const lotteId = (await coordinator.web.ensureUser(`i:0#.f|membership|${COLLEAGUE}`)).Id;
    await item.roleAssignments.add(lotteId, READ);
    const path = `web/getList('${POSTS}')/items(${id})/AttachmentFiles('a.png')/$value`;
    expect((await site.api(path, { login: OTHER_COLLEAGUE })).status).toBe(404);
    expect((await site.api(path, { login: COLLEAGUE })).status).toBe(200);
  });

  it('keeps the files across a restart', async () => {
    const id = await addPost(lotte, 'Blijft', 'Tekst');
    await posts(lotte).items.getById(id).attachmentFiles.add('blijft.png', png());
    await site.close();
    site = await startTestSite({ dbPath, port: 0 });
    await signIn();
    postsUrl = `${site.server.origin}${POSTS}`;
    const blob = await posts(bram)
      .items.getById(id)
      .attachmentFiles.getByName('blijft.png')
      .getBlob();
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(PNG);
  });
});

type Row = Record<string, string | null>;

async function search(sp: SPFI, query: string, extra: Record<string, unknown> = {}) {
  const results = await sp.search({
    Querytext: query,
    SelectProperties: ['Title', 'Path', 'ListItemID', 'HitHighlightedSummary'],
    RowLimit: 50,
    ...extra,
  });
  return { rows: results.PrimarySearchResults as unknown as Row[], total: results.TotalRows };
}

describe('search: POST /_api/search/postquery and GET /_api/search/query', () => {
  let wind: number;
  let hidden: number;

  beforeAll(async () => {
    wind = await addPost(lotte, 'Windmolens bij Lanaken', 'Samen met de buurgemeente');
    await addPost(bram, 'Deelfietsen', 'Een fietsenplan met <b>windkracht</b> en "Windmolens"');
    hidden = await addPost(lotte, 'Windmolen verborgen', 'Alleen voor Lotte');
    const item = posts(coordinator).items.getById(hidden);
    await item.breakRoleInheritance(false, false);
    const lotteId = (await coordinator.web.ensureUser(`i:0#.f|membership|${COLLEAGUE}`)).Id;
    await item.roleAssignments.add(lotteId, READ);
    await coordinator.web.getList(NOTES).items.add({ Title: 'Windmolens elders', Body: 'x' });
  });

  it('finds words in titles and text columns, restricted to a list with path:, highlighted', async () => {
    const { rows, total } = await search(bram, `windmolens path:"${postsUrl}"`);
    expect(total).toBe(2);
    expect(rows.map((row) => row.Title).sort()).toEqual(['Deelfietsen', 'Windmolens bij Lanaken']);
    const first = rows.find((row) => row.ListItemID === String(wind)) as Row;
    expect(first.Path).toBe(`${postsUrl}/DispForm.aspx?ID=${wind}`);
    expect(first.HitHighlightedSummary).toContain('<c0>Windmolens</c0>');
    const other = rows.find((row) => row.Title === 'Deelfietsen') as Row;
    // The text is given back as written: whoever shows it must not treat it as HTML.
    expect(other.HitHighlightedSummary).toContain('<b>windkracht</b>');
  });

  it('trims results by the reader’s permissions', async () => {
    const asBram = await search(bram, `windmolen* path:"${postsUrl}"`);
    expect(asBram.rows.map((row) => row.ListItemID)).not.toContain(String(hidden));
    const asLotte = await search(lotte, `windmolen* path:"${postsUrl}"`);
    expect(asLotte.rows.map((row) => row.ListItemID)).toContain(String(hidden));
    expect(asLotte.total).toBe(asBram.total + 1);
  });

  it('knows OR, NOT, phrases, prefixes and a path over two lists', async () => {
    const twoLists = `windmolens (path:"${postsUrl}" OR path:"${site.server.origin}${NOTES}")`;
    expect((await search(coordinator, twoLists)).total).toBe(3);
    expect((await search(bram, `windmolens -fietsenplan path:"${postsUrl}"`)).total).toBe(1);
    expect((await search(bram, `"met de buurgemeente" path:"${postsUrl}"`)).total).toBe(1);
    expect((await search(bram, `"de met" path:"${postsUrl}"`)).total).toBe(0);
    expect((await search(bram, `lanak* OR deelfiets* path:"${postsUrl}"`)).total).toBe(2);
  });

  it('pages with RowLimit and StartRow and reports TotalRows', async () => {
    for (let i = 0; i < 12; i++) await addPost(lotte, `Zonnedak ${i}`, 'paginawoord');
    const query = `paginawoord path:"${postsUrl}"`;
    const sort = { SortList: [{ Property: 'ListItemID', Direction: 0 }] };
    const first = await search(bram, query, { RowLimit: 5, StartRow: 0, ...sort });
    const third = await search(bram, query, { RowLimit: 5, StartRow: 10, ...sort });
    expect(first.total).toBe(12);
    expect(first.rows).toHaveLength(5);
    expect(third.rows.map((row) => row.Title)).toEqual(['Zonnedak 10', 'Zonnedak 11']);
  });

  it('follows edits and deletions at once', async () => {
    const id = await addPost(lotte, 'Tijdelijk', 'eerstewoord');
    const item = posts(lotte).items.getById(id);
    await item.update({ Body: 'tweedewoord' });
    expect((await search(bram, 'eerstewoord')).total).toBe(0);
    expect((await search(bram, 'tweedewoord')).total).toBe(1);
    await item.delete();
    expect((await search(bram, 'tweedewoord')).total).toBe(0);
  });

  it('answers GET /search/query in the same shape, verbose too', async () => {
    const querytext = encodeURIComponent(`'windmolens path:"${postsUrl}"'`);
    const minimal = await site.api(
      `search/query?querytext=${querytext}&selectproperties='Title,Path'&rowlimit=1`,
      { login: OTHER_COLLEAGUE },
    );
    const body = (await minimal.json()) as {
      PrimaryQueryResult: {
        RelevantResults: {
          RowCount: number;
          TotalRows: number;
          Table: { Rows: { Cells: { Key: string }[] }[] };
        };
      };
    };
    expect(body.PrimaryQueryResult.RelevantResults).toMatchObject({ RowCount: 1, TotalRows: 2 });
    const keys = body.PrimaryQueryResult.RelevantResults.Table.Rows[0]?.Cells.map((c) => c.Key);
    expect(keys).toEqual(expect.arrayContaining(['Title', 'Path', 'HitHighlightedSummary']));

    const verbose = await site.api(`search/query?querytext=${querytext}`, {
      login: OTHER_COLLEAGUE,
      headers: { Accept: 'application/json;odata=verbose' },
    });
    const wrapped = (await verbose.json()) as {
      d: {
        query: {
          PrimaryQueryResult: { RelevantResults: { Table: { Rows: { results: unknown[] } } } };
        };
      };
    };
    expect(wrapped.d.query.PrimaryQueryResult.RelevantResults.Table.Rows.results).toHaveLength(2);
  });

  it('refuses an empty or broken query', async () => {
    expect(await statusOf(bram.search(''))).toBe(400);
    expect(await statusOf(bram.search('(windmolens'))).toBe(400);
    const response = await site.api('search/postquery', {
      method: 'POST',
      body: '{"nope":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
  });
});
