import type { SPFI } from '@pnp/sp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from './testing/test-site';
import { COLLEAGUE, COORDINATOR, KLIMAAT_OWNER, startTestSite } from './testing/test-site';

interface VersionJson {
  VersionLabel: string;
  VersionId: number;
  IsCurrentVersion: boolean;
  Created: string;
  Title: string;
  Status: string | null;
  Owner: { LookupId: number; LookupValue: string; Email: string } | null;
  Theme: { LookupId: number; LookupValue: string } | null;
  Themes: { LookupId: number; LookupValue: string }[];
  Editor: { LookupId: number; LookupValue: string; Email: string };
}

let site: TestSite;
let sp: SPFI;
let ownerId: number;
let coordinatorId: number;
let listId: string;

beforeAll(async () => {
  site = await startTestSite();
  sp = await site.sp(COORDINATOR);
  ownerId = (await sp.web.ensureUser(`i:0#.f|membership|${KLIMAAT_OWNER}`)).Id;
  coordinatorId = (await sp.web.currentUser()).Id;
  const themes = await sp.web.lists.add('Themas');
  await sp.web.lists.getById(themes.Id).items.add({ Title: 'Klimaat' });
  await sp.web.lists.getById(themes.Id).items.add({ Title: 'Circulair' });
  const actions = await sp.web.lists.add('Acties');
  listId = actions.Id;
  const fields = sp.web.lists.getById(listId).fields;
  await fields.addChoice('Status', { Choices: ['Open', 'Klaar'] });
  await fields.addUser('Owner');
  await fields.addLookup('Theme', { LookupListId: themes.Id, LookupFieldName: 'Title' });
  await fields.addLookup('Themes', { LookupListId: themes.Id, LookupFieldName: 'Title' });
  await fields
    .getByInternalNameOrTitle('Themes')
    .update({ AllowMultipleValues: true }, 'SP.FieldLookup');
});

afterAll(() => site.close());

const items = () => sp.web.lists.getById(listId).items;

describe('item version history', () => {
  it('keeps a version per write, newest first, with its values, editor and time', async () => {
    const added = (await items().add({ Title: 'Meten', Status: 'Open', ThemeId: 1 })) as {
      Id: number;
    };
    await items()
      .getById(added.Id)
      .update({ Status: 'Klaar', OwnerId: ownerId, ThemesId: [1, 2] });

    const versions = (await items().getById(added.Id).versions()) as VersionJson[];

    expect(versions.map((v) => [v.VersionLabel, v.VersionId, v.IsCurrentVersion])).toEqual([
      ['2.0', 1024, true],
      ['1.0', 512, false],
    ]);
    expect(versions[1]).toMatchObject({
      Title: 'Meten',
      Status: 'Open',
      Owner: null,
      Theme: { LookupId: 1, LookupValue: 'Klimaat' },
      Themes: [],
      Editor: { LookupId: coordinatorId },
    });
    expect(versions[0]).toMatchObject({
      Status: 'Klaar',
      Owner: { LookupId: ownerId, Email: KLIMAAT_OWNER },
      Themes: [
        { LookupId: 1, LookupValue: 'Klimaat' },
        { LookupId: 2, LookupValue: 'Circulair' },
      ],
    });
    expect(Date.parse(versions[0]?.Created ?? '')).toBeGreaterThanOrEqual(
      Date.parse(versions[1]?.Created ?? ''),
    );
  });

  it('reads one version by its VersionId, and answers 404 for one that never was', async () => {
    const added = (await items().add({ Title: 'Eén versie' })) as { Id: number };
    const path = `web/lists(guid'${listId}')/items(${added.Id})/versions`;
    const one = await site.api(`${path}(512)`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as VersionJson).VersionLabel).toBe('1.0');
    expect((await site.api(`${path}(1024)`)).status).toBe(404);
  });

  it('keeps no versions while versioning is off', async () => {
    await sp.web.lists.getById(listId).update({ EnableVersioning: false });
    const added = (await items().add({ Title: 'Zonder geschiedenis' })) as { Id: number };
    expect(await items().getById(added.Id).versions()).toEqual([]);
    await sp.web.lists.getById(listId).update({ EnableVersioning: true });
  });

  it('shows the history only to who can read the item', async () => {
    const added = (await items().add({ Title: 'Geheim' })) as { Id: number };
    await import('@pnp/sp/security');
    await items().getById(added.Id).breakRoleInheritance(false, false);
    const path = `web/lists(guid'${listId}')/items(${added.Id})/versions`;
    expect((await site.api(path, { login: COLLEAGUE })).status).toBe(404);
    expect((await site.api(path)).status).toBe(200);
  });
});
