import type { SPFI } from '@pnp/sp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItems } from './model/item-writes';
import type { TestSite } from './testing/test-site';
import { startTestSite } from './testing/test-site';

const ITEM_COUNT = 5100;

let site: TestSite;
let sp: SPFI;
const big = () => sp.web.lists.getByTitle('Groot').items;

beforeAll(async () => {
  site = await startTestSite();
  sp = await site.sp();
  const { Id } = await sp.web.lists.add('Groot');
  await sp.web.lists.getById(Id).fields.addChoice('Status', { Choices: ['Open', 'Klaar'] });
  await sp.web.lists.getById(Id).fields.addNumber('Seq');
  const store = site.server.site.store;
  const list = store.lists.get(Id);
  if (!list) throw new Error('list missing');
  const bodies = Array.from({ length: ITEM_COUNT }, (_, i) => ({
    Title: `Item ${i + 1}`,
    Status: i % 10 === 0 ? 'Open' : 'Klaar',
    Seq: ITEM_COUNT - i,
  }));
  addItems(store, list, bodies, 1, new Date());
});

afterAll(() => site.close());

async function failureOf(promise: Promise<unknown>): Promise<{
  status: number;
  body: { 'odata.error': { code: string; message: { value: string } } };
}> {
  try {
    await promise;
  } catch (error) {
    const { status, response } = error as { status: number; response: Response };
    return {
      status,
      body: (await response.json()) as Awaited<ReturnType<typeof failureOf>>['body'],
    };
  }
  throw new Error('expected a failure');
}

describe('paging over more than 5,000 items', () => {
  it('pages with the PnPjs async iterator following odata.nextLink', async () => {
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const page of big().top(2000).select('Id')) {
      sizes.push(page.length);
      ids.push(...page.map((item: { Id: number }) => item.Id));
    }
    expect(sizes).toEqual([2000, 2000, 1100]);
    expect(new Set(ids).size).toBe(ITEM_COUNT);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('skips by p_ID forwards and backwards, and defaults to 100 per page', async () => {
    expect((await big().select('Id').skip(5000).top(3)()).map((i) => i.Id)).toEqual([
      5001, 5002, 5003,
    ]);
    expect((await big().select('Id').skip(11, true).top(3)()).map((i) => i.Id)).toEqual([8, 9, 10]);
    expect(await big().select('Id')()).toHaveLength(100);
  });

  it('builds an absolute nextLink with the full query from the forwarded host', async () => {
    const response = await site.api(
      "web/lists/getByTitle('Groot')/items?%24select=Id%2CTitle&%24top=2&%24orderby=Id+desc",
      { headers: { 'X-Forwarded-Host': 'app.example:5173', 'X-Forwarded-Proto': 'https' } },
    );
    const body = (await response.json()) as { value: { Id: number }[]; 'odata.nextLink': string };
    expect(body.value.map((i) => i.Id)).toEqual([5100, 5099]);
    const next = new URL(body['odata.nextLink']);
    expect(next.origin).toBe('https://app.example:5173');
    expect(next.pathname).toBe("/sites/mvoi/_api/web/lists/getByTitle('Groot')/items");
    expect(next.searchParams.get('$select')).toBe('Id,Title');
    expect(next.searchParams.get('$orderby')).toBe('Id desc');
    expect(next.searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=5099');
    const second = await site.api(
      `${next.pathname.replace('/sites/mvoi/_api/', '')}${next.search}`,
    );
    expect(((await second.json()) as { value: { Id: number }[] }).value.map((i) => i.Id)).toEqual([
      5098, 5097,
    ]);
  });
});

describe('paging a sorted list', () => {
  it('carries the sort values in the skiptoken so pages neither skip nor repeat', async () => {
    const { Id } = await sp.web.lists.add('Klein');
    const list = sp.web.lists.getById(Id);
    await list.fields.addText('Group');
    for (const group of ['b', 'a', 'c', 'a', 'b', 'a', 'c'])
      await list.items.add({ Title: group, Group: group });
    const seen: string[] = [];
    for await (const page of list.items.select('Id', 'Group').orderBy('Group', false).top(2)) {
      seen.push(...page.map((item: { Id: number; Group: string }) => `${item.Group}${item.Id}`));
    }
    expect(seen).toEqual(['c3', 'c7', 'b1', 'b5', 'a2', 'a4', 'a6']);
  });
});

describe('the list view threshold', () => {
  it('refuses an unindexed filter or sort with SharePoint’s 500, then answers once indexed', async () => {
    const filtered = await failureOf(big().filter("Status eq 'Open'")());
    expect(filtered.status).toBe(500);
    expect(filtered.body['odata.error']).toEqual({
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: {
        lang: 'en-US',
        value: 'The attempted operation is prohibited because it exceeds the list view threshold.',
      },
    });
    expect((await failureOf(big().orderBy('Seq')())).status).toBe(500);
    expect((await failureOf(big().filter("Id le 10 or Status eq 'Open'")())).status).toBe(500);

    await sp.web.lists
      .getByTitle('Groot')
      .fields.getByInternalNameOrTitle('Status')
      .update({ Indexed: true });
    const open = await big().filter("Status eq 'Open'").select('Id').top(5000)();
    expect(open).toHaveLength(ITEM_COUNT / 10);
    expect(await big().filter("Status eq 'Open' and Seq gt 5000").select('Id')()).toHaveLength(10);
  });

  it('allows filters whose leading indexed clause stays under the threshold', async () => {
    expect(await big().filter("Id le 100 and Title eq 'Item 7'").select('Id')()).toHaveLength(1);
    expect((await failureOf(big().filter("Id gt 0 and Title eq 'Item 7'")())).status).toBe(500);
    const newest = await big().orderBy('Id', false).top(1).select('Id')();
    expect(newest[0]?.Id).toBe(ITEM_COUNT);
  });
});

describe('an indexed number column', () => {
  const ids = async (filter: string) =>
    (
      (await big().filter(filter).orderBy('Id', false).select('Id').top(5000)()) as {
        Id: number;
      }[]
    ).map((item) => item.Id);

  it('answers `eq` from its matches as items are added, changed and deleted', async () => {
    const seq = sp.web.lists.getByTitle('Groot').fields.getByInternalNameOrTitle('Seq');
    await seq.update({ Indexed: true });
    expect(await ids('Seq eq 7')).toEqual([ITEM_COUNT - 6]);

    const { Id: added } = await big().add({ Title: 'Nieuw', Seq: 7 });
    await big()
      .getById(ITEM_COUNT - 6)
      .update({ Seq: 8 });
    expect(await ids('Seq eq 7')).toEqual([added]);
    expect(await ids("Seq eq '8' and Title eq 'Item 5094'")).toEqual([ITEM_COUNT - 6]);

    await big().getById(added).delete();
    expect(await ids('Seq eq 7')).toEqual([]);
  });

  it('still refuses an indexed `eq` that matches more than 5,000 items', async () => {
    const list = sp.web.lists.getByTitle('Groot');
    await list.fields.addNumber('Batch');
    await list.fields.getByInternalNameOrTitle('Batch').update({ Indexed: true });
    const store = site.server.site.store;
    const record = store.lists.get((await list.select('Id')()).Id);
    if (!record) throw new Error('list missing');
    const bodies = Array.from({ length: ITEM_COUNT }, () => ({ Title: 'Partij', Batch: 1 }));
    addItems(store, record, bodies, 1, new Date());
    expect((await failureOf(big().filter('Batch eq 1')())).status).toBe(500);
    expect((await failureOf(big().filter("Batch eq 1 and Title eq 'Partij'")())).status).toBe(500);
  });
});
