import type { SPFI } from '@pnp/sp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from './testing/test-site';
import { COORDINATOR, KLIMAAT_OWNER, startTestSite } from './testing/test-site';

interface ErrorLike {
  status: number;
  response: Response;
}

async function failure(promise: Promise<unknown>): Promise<{
  status: number;
  body: { 'odata.error': { code: string; message: { value: string } } };
}> {
  try {
    await promise;
  } catch (error) {
    const { status, response } = error as ErrorLike;
    return { status, body: (await response.json()) as Awaited<ReturnType<typeof failure>>['body'] };
  }
  throw new Error('expected the request to fail');
}

let site: TestSite;
let sp: SPFI;
let ownerId: number;
let themes: { Id: string };

beforeAll(async () => {
  site = await startTestSite();
  sp = await site.sp(COORDINATOR);
  ownerId = (await sp.web.ensureUser(`i:0#.f|membership|${KLIMAAT_OWNER}`)).Id;

  themes = await sp.web.lists.add('MVOI Thema', 'De zes thema’s');
  const themeFields = sp.web.lists.getById(themes.Id).fields;
  await themeFields.addText('Key', { MaxLength: 40 });
  await themeFields
    .getByInternalNameOrTitle('Key')
    .update({ Indexed: true, EnforceUniqueValues: true });

  const actions = await sp.web.lists.add('MVOI Acties');
  const fields = sp.web.lists.getById(actions.Id).fields;
  await fields.addChoice('Status', { Choices: ['Open', 'Bezig', 'Klaar'] });
  await fields.addDateTime('DueDate');
  await fields.addNumber('Priority');
  await fields.addBoolean('Urgent');
  await fields.addMultilineText('Notes');
  await fields.addUser('Owner');
  await fields.addLookup('Theme', { LookupListId: themes.Id, LookupFieldName: 'Title' });
  await fields.addLookup('Themes', { LookupListId: themes.Id, LookupFieldName: 'Title' });
  await fields
    .getByInternalNameOrTitle('Themes')
    .update({ AllowMultipleValues: true }, 'SP.FieldLookup');
  await fields.addText('Due Date Label');

  const themeItems = sp.web.lists.getById(themes.Id).items;
  await themeItems.add({ Title: 'Klimaat', Key: 'klimaat' });
  await themeItems.add({ Title: 'Circulair', Key: 'circulair' });
});

afterAll(() => site.close());

const actions = () => sp.web.lists.getByTitle('MVOI Acties');

describe('lists and fields through PnPjs', () => {
  it('creates lists with a URL fixed at creation and reads them by title, id and URL', async () => {
    const byTitle = await actions()
      .select(
        'Id',
        'Title',
        'EntityTypeName',
        'ListItemEntityTypeFullName',
        'RootFolder/ServerRelativeUrl',
      )
      .expand('RootFolder')();
    expect(byTitle).toMatchObject({
      Title: 'MVOI Acties',
      EntityTypeName: 'MVOIActiesList',
      ListItemEntityTypeFullName: 'SP.Data.MVOIActiesListItem',
      RootFolder: { ServerRelativeUrl: '/sites/mvoi/Lists/MVOIActies' },
    });
    await actions().update({ Title: 'MVOI Acties (hernoemd)' });
    const byUrl = await sp.web.getList('/sites/mvoi/Lists/MVOIActies').select('Title', 'Id')();
    expect(byUrl.Title).toBe('MVOI Acties (hernoemd)');
    const byId = await sp.web.lists.getById(byUrl.Id).select('Title')();
    expect(byId.Title).toBe('MVOI Acties (hernoemd)');
    await sp.web.lists.getById(byUrl.Id).update({ Title: 'MVOI Acties' });
  });

  it('ensures a list the way PnPjs does (the MERGE keeps its $select)', async () => {
    const first = await sp.web.lists.ensure('Pilots', 'Pilotprojecten');
    expect(first.created).toBe(true);
    const second = await sp.web.lists.ensure('Pilots', 'Pilotprojecten, bijgewerkt');
    expect(second.created).toBe(false);
    expect((await sp.web.lists.getByTitle('Pilots')()).Description).toBe(
      'Pilotprojecten, bijgewerkt',
    );
  });

  it('derives internal names from titles and filters fields', async () => {
    const field = await actions().fields.getByInternalNameOrTitle('Due Date Label')();
    expect(field.InternalName).toBe('Due_x0020_Date_x0020_Label');
    const visible = await actions()
      .fields.filter('Hidden eq false and FromBaseType eq false')
      .select('InternalName', 'TypeAsString')();
    expect(visible.map((f) => `${f.InternalName}:${f.TypeAsString}`)).toEqual([
      'Status:Choice',
      'DueDate:DateTime',
      'Priority:Number',
      'Urgent:Boolean',
      'Notes:Note',
      'Owner:User',
      'Theme:Lookup',
      'Themes:LookupMulti',
      'Due_x0020_Date_x0020_Label:Text',
    ]);
    const lookup = await actions().fields.getByInternalNameOrTitle('Theme')();
    expect(lookup).toMatchObject({
      LookupList: `{${themes.Id}}`,
      LookupField: 'Title',
      FieldTypeKind: 7,
    });
    await actions().fields.getByInternalNameOrTitle('Due Date Label').update({ Title: 'Label' });
    expect((await actions().fields.getByInternalNameOrTitle('Label')()).InternalName).toBe(
      'Due_x0020_Date_x0020_Label',
    );
  });

  it('adds currency, hyperlink and multi-person columns and applies changed choices', async () => {
    const { Id } = await sp.web.lists.add('Kolommen');
    const list = sp.web.lists.getById(Id);
    await list.fields.addCurrency('Budget');
    await list.fields.addUrl('Website');
    await list.fields.addUser('Reviewers');
    await list.fields.getByInternalNameOrTitle('Reviewers').update({ AllowMultipleValues: true });
    await list.fields.addChoice('Fase', { Choices: ['Idee'] });
    await list.fields.getByInternalNameOrTitle('Fase').update({ Choices: ['Idee', 'Uitvoering'] });
    const added = await list.items.add({
      Title: 'Kolommen',
      Budget: 1250.5,
      Website: { Url: 'https://www.gemeentemaastricht.nl', Description: 'Gemeente' },
      ReviewersId: [ownerId, 1],
      Fase: 'Uitvoering',
    });
    expect(added).toMatchObject({
      Budget: 1250.5,
      Website: { Url: 'https://www.gemeentemaastricht.nl', Description: 'Gemeente' },
      ReviewersId: [ownerId, 1],
      ReviewersStringId: [String(ownerId), '1'],
    });
    const field = await list.fields.getByInternalNameOrTitle('Reviewers')();
    expect(field.TypeAsString).toBe('UserMulti');
    const reviewers = await list.items
      .select('Reviewers/Title')
      .expand('Reviewers')
      .filter(`ReviewersId eq ${ownerId}`)();
    expect(reviewers[0]?.Reviewers).toHaveLength(2);
  });

  it('refuses indexes SharePoint cannot build', async () => {
    const { status } = await failure(
      actions().fields.getByInternalNameOrTitle('Themes').update({ Indexed: true }),
    );
    expect(status).toBe(400);
  });
});

describe('items through PnPjs', () => {
  it('adds, reads, updates with ETags and deletes items', async () => {
    const added = await actions().items.add({
      Title: 'Zonnepanelen',
      Status: 'Open',
      Priority: 2,
      OwnerId: ownerId,
      ThemeId: 1,
      ThemesId: [1, 2],
      DueDate: '2025-03-31T12:00:00.000Z',
    });
    expect(added).toMatchObject({
      Id: 1,
      'odata.etag': '"1"',
      Title: 'Zonnepanelen',
      OwnerId: ownerId,
      OwnerStringId: String(ownerId),
      ThemeId: 1,
      ThemesId: [1, 2],
      DueDate: '2025-03-31T12:00:00Z',
      Urgent: null,
    });
    const item = actions().items.getById(added.Id);
    const { etag } = await item.update({ Status: 'Bezig' }, added['odata.etag']);
    expect(etag).toBe('"2"');
    const stale = await failure(item.update({ Status: 'Klaar' }, added['odata.etag']));
    expect(stale.status).toBe(412);
    expect(stale.body['odata.error'].message.value).toBe(
      `The request ETag value '"1"' does not match the object's ETag value '"2"'.`,
    );
    expect((await item.select('Status')()).Status).toBe('Bezig');
    await item.update({ Notes: 'Overschreven' });
    expect(await item.select('Notes', 'OData__UIVersionString')()).toMatchObject({
      Notes: 'Overschreven',
      OData__UIVersionString: '3.0',
      'odata.etag': '"3"',
    });
    const extra = await actions().items.add({ Title: 'Weg ermee' });
    await actions().items.getById(extra.Id).delete();
    expect((await failure(actions().items.getById(extra.Id)())).status).toBe(404);
    const recycled = await actions().items.add({ Title: 'Prullenbak' });
    expect(await actions().items.getById(recycled.Id).recycle()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates writes against the fields and changes nothing on failure', async () => {
    const item = await actions().items.add({ Title: 'Validatie', Priority: 1 });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ Bogus: 1 }, /The property 'Bogus' does not exist on type 'SP.Data.MVOIActiesListItem'/],
      [{ Priority: 'hoog' }, /Edm.Double/],
      [{ Title: 'x'.repeat(256) }, /maximum is 255/],
      [{ Status: 'Misschien' }, /not one of the choices/],
      [{ ThemeId: 99 }, /does not exist/],
      [{ OwnerId: 4242 }, /does not exist/],
      [{ DueDate: 'morgen' }, /Edm.DateTime/],
      [{ Owner: 3 }, /navigation property/],
      [{ Id: 7 }, /read-only/],
    ];
    for (const [values, message] of cases) {
      const { status, body } = await failure(
        actions()
          .items.getById(item.Id)
          .update({ Title: 'Gewijzigd', ...values }),
      );
      expect(status).toBe(400);
      expect(body['odata.error'].message.value).toMatch(message);
    }
    expect(await actions().items.getById(item.Id).select('Title', 'Priority')()).toMatchObject({
      Title: 'Validatie',
      Priority: 1,
      'odata.etag': '"1"',
    });
    const duplicate = await failure(
      sp.web.lists.getById(themes.Id).items.add({ Title: 'Dubbel', Key: 'KLIMAAT' }),
    );
    expect(duplicate.body['odata.error'].code).toBe(
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    );
  });

  it('selects, filters, orders and expands lookups and persons', async () => {
    const list = actions().items;
    const fresh = () => actions().items;
    await list.add({
      Title: 'Warmtenet',
      Status: 'Open',
      Priority: 5,
      ThemeId: 1,
      ThemesId: [1],
      OwnerId: ownerId,
      DueDate: '2025-06-30T00:00:00Z',
      Urgent: true,
    });
    await list.add({
      Title: 'Kringloop',
      Status: 'Klaar',
      Priority: 1,
      ThemeId: 2,
      ThemesId: [2],
      DueDate: '2025-01-15T00:00:00Z',
      Urgent: false,
    });
    const rows = await list
      .select('Id', 'Title', 'Theme/Title', 'Owner/Title', 'Owner/EMail', 'Themes/Title')
      .expand('Theme', 'Owner', 'Themes')
      .filter(
        "(Status eq 'Open' or Status eq 'Bezig') and DueDate le datetime'2025-12-31T00:00:00Z'",
      )
      .orderBy('Priority', false)
      .orderBy('Id')();
    expect(rows.map((r) => r.Title)).toEqual(['Warmtenet', 'Zonnepanelen']);
    expect(rows[0]).toMatchObject({
      Theme: { Title: 'Klimaat' },
      Owner: { Title: 'Joris Hermans (Klimaat)', EMail: KLIMAAT_OWNER },
      Themes: [{ Title: 'Klimaat' }],
    });
    expect(rows[0]).not.toHaveProperty('ThemeId');

    const titles = async (filter: string) =>
      (await fresh().select('Title').filter(filter).orderBy('Title')()).map((r) => r.Title);
    expect(await titles('ThemesId eq 2')).toEqual(['Kringloop', 'Zonnepanelen']);
    expect(await titles('Theme/Id eq 2')).toEqual(['Kringloop']);
    expect(await titles(`OwnerId eq ${ownerId} and Urgent eq 1`)).toEqual(['Warmtenet']);
    expect(await titles("substringof('net', Title) or startswith(Title,'kring')")).toEqual([
      'Kringloop',
      'Warmtenet',
    ]);
    expect(await titles("DueDate lt '2025-02-01T00:00:00.000Z'")).toEqual(['Kringloop']);
    expect(await titles('Priority ne null and Owner/Id ne null')).toEqual([
      'Warmtenet',
      'Zonnepanelen',
    ]);
    expect(
      (
        await fresh()
          .select('Title', 'Theme/Title')
          .expand('Theme')
          .filter("Theme/Title eq 'Circulair'")()
      ).map((r) => r.Title),
    ).toEqual(['Kringloop']);
    expect(
      (await fresh().select('Author/Title', 'AuthorId').expand('Author').top(1)())[0],
    ).toMatchObject({ Author: { Title: 'Sanne Vermeulen (coördinator)' }, AuthorId: 1 });

    const badSelect = await failure(fresh().select('Theme/Title')());
    expect(badSelect.status).toBe(400);
    expect(badSelect.body['odata.error'].message.value).toMatch(
      /\$expand query string must contains Theme/,
    );
    expect((await failure(fresh().filter("Theme/Title eq 'x'")())).status).toBe(400);
    expect((await failure(fresh().filter('Nope eq 1')())).status).toBe(400);
  });

  it('runs a batch of mixed reads and writes, each part with its own outcome', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('MVOI Acties');
    const results: unknown[] = [];
    const record = (index: number) => (value: unknown) => {
      results[index] = value;
    };
    const status = (index: number) => (error: ErrorLike) => {
      results[index] = error.status;
    };
    list.items.add({ Title: 'Batch 1', Status: 'Open' }).then((r) => record(0)(r.Title));
    list.items.add({ Title: 'Batch 2', Status: 'Open' }).then((r) => record(1)(r.Title));
    list.items
      .select('Title')
      .filter("startswith(Title,'Batch')")()
      .then((r) => record(2)(r.length));
    list.items
      .getById(1)
      .update({ Title: 'stale' }, '"1"')
      .then(() => record(3)('updated'), status(3));
    list.items.add({ Title: 'Batch 3', Status: 'Misschien' }).catch(status(4));
    await execute();
    expect(results).toEqual(['Batch 1', 'Batch 2', 2, 412, 400]);
  });
});
