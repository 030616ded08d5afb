import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser, Repositories } from '../../src/data/repositories';
import type { Practice, PracticeInput } from '../../src/domain/practice';
import { PRACTICES_PER_PAGE } from '../../src/domain/practice';
import { listUrl } from '../../src/data/sharepoint/list-schema';
import { provisionSite } from '../../src/data/sharepoint/provision-site';
import { countRequests } from '../support/count-requests';
import { startLocalSite, type LocalSite } from '../support/local-site';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 7]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 9]);

/** The practice feed's repository, through real PnPjs over HTTP, against the local SharePoint. */
describe('practice feed repository against the local SharePoint', () => {
  let site: LocalSite;
  let coordinator: Repositories;
  let colleague: Repositories;
  let other: Repositories;
  let me: CurrentUser;
  let otherMe: CurrentUser;
  let themeIds: number[];

  beforeAll(async () => {
    site = await startLocalSite();
    [coordinator, colleague, other] = await Promise.all([
      site.as('coordinator'),
      site.as('colleague'),
      site.as('other-colleague'),
    ]);
    me = await colleague.people.currentUser();
    otherMe = await other.people.currentUser();
    themeIds = (await colleague.plan.loadPlan()).themes.map((theme) => theme.id);
  });
  afterAll(() => site.close());

  const post = (repositories: Repositories, title: string, extra: Partial<PracticeInput> = {}) =>
    repositories.practices.create({
      title,
      body: `**${title}** in het kort`,
      themeIds: [themeIds[0] as number],
      ...extra,
    });

  it('pages newest first, 20 at a time, by following nextLink', async () => {
    const made: Practice[] = [];
    for (let i = 0; i < 25; i++) made.push(await post(colleague, `Voorbeeld ${i}`));
    const first = await other.practices.page({});
    expect(first.items).toHaveLength(PRACTICES_PER_PAGE);
    expect(first.items[0]?.id).toBe(made.at(-1)?.id);
    expect(first.cursor).toContain('%24skiptoken');
    expect(first.cursor).not.toContain('%24skip=');
    const second = await other.practices.page({}, first.cursor);
    const ids = [...first.items, ...second.items].map((practice) => practice.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 25)).toEqual(made.map((practice) => practice.id).reverse());
    await expect(other.practices.page({}, 'https://elders.example/x')).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('filters by theme, pilot and action, and reads pinned posts on their own', async () => {
    const { pilots, actions } = await colleague.plan.loadPlan();
    const pilotId = pilots[0]?.id as number;
    const actionId = actions[0]?.id as number;
    const inTheme = await post(colleague, 'Thema twee', { themeIds: [themeIds[1] as number] });
    const withPilot = await post(colleague, 'Met pilot', { pilotId });
    const withAction = await post(colleague, 'Met actie', { actionId });
    const ids = async (filter: object) =>
      (await other.practices.page(filter)).items.map((practice) => practice.id);
    expect(await ids({ themeId: themeIds[1] })).toEqual([inTheme.id]);
    expect(await ids({ pilotId })).toEqual([withPilot.id]);
    expect(await ids({ actionId })).toEqual([withAction.id]);

    // SharePoint refuses a colleague's pin on someone else's post (edit only own items). On their
    // own post it cannot tell a pin from an edit: the app offers pinning to coordinators only.
    await expect(
      other.practices.setPinned(inTheme.id, true, inTheme.version),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const pinned = await coordinator.practices.setPinned(inTheme.id, true, inTheme.version);
    expect(pinned.pinned).toBe(true);
    expect((await other.practices.pinned({})).items.map((practice) => practice.id)).toEqual([
      inTheme.id,
    ]);
    expect((await other.practices.pinned({ pilotId })).items).toEqual([]);
    // A pin from an older read is a conflict.
    await expect(
      coordinator.practices.setPinned(inTheme.id, false, inTheme.version),
    ).rejects.toMatchObject({ kind: 'conflict' });
    await coordinator.practices.setPinned(inTheme.id, false, pinned.version);
    expect((await other.practices.pinned({})).items).toEqual([]);
  });

  it('stores images as attachments under its own names, and reads them back with the token', async () => {
    const practice = await post(colleague, 'Met beelden');
    const withImages = await colleague.practices.update(
      practice.id,
      { title: practice.title, body: practice.body, themeIds: practice.themeIds },
      practice.version,
      {
        add: [
          { name: '<script>.png', bytes: PNG },
          { name: 'b.webp', bytes: WEBP },
        ],
      },
    );
    expect(withImages.hasImages).toBe(true);
    const images = await other.practices.images(practice.id);
    expect(images).toHaveLength(2);
    expect(images.map((image) => image.name).join()).not.toContain('script');
    const blob = await other.practices.imageBlob(practice.id, images[0]?.name as string);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PNG);

    await expect(
      colleague.practices.create({ title: 'Nep', body: 'x', themeIds: [themeIds[0] as number] }, [
        { name: 'echt.png', bytes: new TextEncoder().encode('<svg onload=alert(1)>') },
      ]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      colleague.practices.create({ title: 'Vijf', body: 'x', themeIds: [themeIds[0] as number] }, [
        ...Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, bytes: PNG })),
      ]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const titles = (await other.practices.page({})).items.map((item) => item.title);
    expect(titles).not.toContain('Nep');
    expect(titles).not.toContain('Vijf');
  });

  it('lets authors alone edit and delete their posts, with the ETag', async () => {
    const practice = await post(colleague, 'Van mij');
    const input = { title: 'Overschreven', body: 'x', themeIds: practice.themeIds };
    await expect(
      other.practices.update(practice.id, input, practice.version),
    ).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(other.practices.delete(practice.id, practice.version)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const edited = await colleague.practices.update(
      practice.id,
      { ...input, title: 'Van mij (bijgewerkt)' },
      practice.version,
    );
    await expect(
      colleague.practices.update(practice.id, input, practice.version),
    ).rejects.toMatchObject({
      kind: 'conflict',
    });
    await colleague.practices.delete(practice.id, edited.version);
    await expect(other.practices.get(practice.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('counts reactions once per user and kind, however often and from however many tabs', async () => {
    const practice = await post(colleague, 'Om op te reageren');
    const secondTab = await site.as('other-colleague');
    await Promise.all([
      other.practices.react(practice.id, 'useful', otherMe.id),
      other.practices.react(practice.id, 'useful', otherMe.id),
      secondTab.practices.react(practice.id, 'useful', otherMe.id),
    ]);
    await other.practices.react(practice.id, 'inspiring', otherMe.id);
    await colleague.practices.react(practice.id, 'useful', me.id);
    const seenByOther = (await other.practices.stats([practice.id], otherMe.id)).get(practice.id);
    expect(seenByOther?.reactions).toEqual({ useful: 2, inspiring: 1, 'will-use': 0 });
    expect(seenByOther?.mine.sort()).toEqual(['inspiring', 'useful']);

    await Promise.all([
      other.practices.unreact(practice.id, 'useful', otherMe.id),
      secondTab.practices.unreact(practice.id, 'useful', otherMe.id),
    ]);
    const after = (await colleague.practices.stats([practice.id], me.id)).get(practice.id);
    expect(after?.reactions).toEqual({ useful: 1, inspiring: 1, 'will-use': 0 });
    expect(after?.mine).toEqual(['useful']);
  });

  it('takes a site provisioned with older reaction names to the current ones', async () => {
    const sp = await site.spAs('coordinator');
    await sp.web
      .getList(listUrl(site.siteUrl, 'MvoiReactions'))
      .fields.getByInternalNameOrTitle('Reaction')
      .update({ Choices: ['Nuttig', 'Inspirerend', 'Toepasbaar'] });
    const practice = await post(colleague, 'Op een oudere site');
    await expect(other.practices.react(practice.id, 'will-use', otherMe.id)).rejects.toThrow();

    expect((await provisionSite(sp, site.siteUrl)).changes).toEqual([
      'MvoiReactions.Reaction: Choices set',
    ]);
    await other.practices.react(practice.id, 'will-use', otherMe.id);
    const stats = (await other.practices.stats([practice.id], otherMe.id)).get(practice.id);
    expect(stats?.reactions).toEqual({ useful: 0, inspiring: 0, 'will-use': 1 });
  });

  it('keeps flat comments, oldest first, each editable by its author alone', async () => {
    const practice = await post(colleague, 'Met reacties');
    const first = await other.practices.addComment(practice.id, { body: 'Goed idee!' });
    await colleague.practices.addComment(practice.id, { body: 'Dank je' });
    const read = await colleague.practices.comments(practice.id);
    expect(read.items.map((comment) => comment.body)).toEqual(['Goed idee!', 'Dank je']);
    await expect(
      colleague.practices.updateComment(first.id, { body: 'Gekaapt' }, first.version),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const edited = await other.practices.updateComment(
      first.id,
      { body: 'Heel goed idee!' },
      first.version,
    );
    expect(edited.body).toBe('Heel goed idee!');
    await expect(other.practices.addComment(practice.id, { body: '   ' })).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(
      (await other.practices.stats([practice.id], otherMe.id)).get(practice.id)?.comments,
    ).toBe(2);
    await other.practices.deleteComment(first.id, edited.version);
    expect((await other.practices.comments(practice.id)).items).toHaveLength(1);
  });

  it('hides a post in SharePoint itself: its author and coordinators still see it, marked', async () => {
    const practice = await post(colleague, 'Verborgen voorbeeld zeldzaamwoord');
    // The post's author comments; a commenter keeps reading their own comment.
    await colleague.practices.addComment(practice.id, { body: 'commentaarwoord bij verborgen' });
    await expect(
      colleague.practices.setHidden(practice.id, true, practice.version),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const hidden = await coordinator.practices.setHidden(practice.id, true, practice.version);
    expect(hidden.hidden).toBe(true);

    await expect(other.practices.get(practice.id)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await other.practices.page({})).items.map((item) => item.id)).not.toContain(
      practice.id,
    );
    expect((await other.practices.comments(practice.id)).items).toEqual([]);
    expect((await other.practices.search('zeldzaamwoord')).hits).toEqual([]);
    expect((await other.practices.search('commentaarwoord')).hits).toEqual([]);
    // Not through SharePoint's REST API either.
    const sp = await site.spAs('other-colleague');
    const raw = await sp.web.getList('/sites/mvoi/Lists/MvoiPractices').items.select('Title')();
    expect(JSON.stringify(raw)).not.toContain('zeldzaamwoord');

    const asAuthor = await colleague.practices.get(practice.id);
    expect(asAuthor.hidden).toBe(true);
    await expect(
      colleague.practices.update(
        practice.id,
        { title: 'Toch zichtbaar', body: 'x', themeIds: practice.themeIds },
        asAuthor.version,
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await coordinator.practices.page({})).items.map((item) => item.id)).toContain(
      practice.id,
    );

    const shown = await coordinator.practices.setHidden(practice.id, false, hidden.version);
    expect(shown.hidden).toBe(false);
    expect((await other.practices.get(practice.id)).title).toBe(practice.title);
    expect((await other.practices.comments(practice.id)).items).toHaveLength(1);
  });

  it('searches posts and comments through SharePoint Search, with highlighted snippets', async () => {
    const practice = await post(colleague, 'Zonnepanelen op de Geusselt', {
      body: 'Het **zwembad** wekt nu zelf stroom op.',
    });
    await other.practices.addComment(practice.id, { body: 'Ook bij het Mosae Forum: warmtepomp!' });
    const { result, requests } = await countRequests(() => other.practices.search('zwembad'));
    expect(result.hits).toEqual([
      expect.objectContaining({ practiceId: practice.id, foundIn: 'post', title: practice.title }),
    ]);
    expect(result.hits[0]?.summary).toContain('<c0>zwembad</c0>');
    expect(requests).toBe(2);
    const viaComment = await other.practices.search('warmtepomp');
    expect(viaComment.hits).toEqual([
      expect.objectContaining({
        practiceId: practice.id,
        foundIn: 'comment',
        title: practice.title,
      }),
    ]);
    // KQL in the words stays words: no widening of the search beyond the two lists.
    expect((await other.practices.search('path:* OR zwembad)')).hits).toEqual([]);
    expect((await other.practices.search('   ')).hits).toEqual([]);
  });
});
