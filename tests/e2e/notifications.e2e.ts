import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import { localToken } from '../../src/local-sharepoint/local-identity-client';
import { createDeadlineJob } from '../../src/notify/create-deadline-job';
import { startE2E, type E2E } from './support/harness';

const COORDINATOR = 'coordinator@mvoi.local';
const LOTTE = 'lotte.peeters@mvoi.local';
const TITLE = 'Laadpalen bij alle gemeentelijke gebouwen';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe('deadline notifications, on one machine', () => {
  it('reminds the owner at the coordinator’s lead time, opens the action, and posts the digest', async () => {
    const { siteUrl, origin } = e2e.sharePoint;
    const token = await localToken(siteUrl, COORDINATOR);
    const repositories = createSharePointRepositories({ siteUrl, getToken: async () => token });
    const lotte = (await repositories.people.siteUsers()).find((user) => user.email === LOTTE);
    const klimaat = (await repositories.plan.loadPlan()).themes.find((t) => t.key === 'klimaat');
    const action = await repositories.actions.create({
      themeId: klimaat?.id,
      title: TITLE,
      timing: 'Q1 2027',
      ownerId: lotte?.id,
    });

    // “Nu controleren” runs the job, here on Sunday 14 February 2027, 45 days before Q1 ends.
    const job = createDeadlineJob({
      siteUrl,
      getSharePointToken: async () => token,
      getGraphToken: async () => token,
      graphUrl: `${origin}/_local/graph`,
      webhookUrl: `${origin}/_local/workflows/mvoi-kanaal?sig=local`,
      links: { teamsAppId: '3f6b2c1d-8e4a-4b7c-9d2e-1a0b9c8d7e6f', appUrl: e2e.appUrl },
    });
    e2e.inbox.runCheck = () => job({ now: new Date('2027-02-14T09:00:00Z') });

    // The coordinator sets a reminder 45 days ahead and Sunday for the digest.
    const page = await e2e.newPage();
    await page.goto(e2e.teamsHostUrl({ user: COORDINATOR }));
    const app = page.frameLocator('#app-frame');
    await app.getByRole('tab', { name: 'Instellingen' }).click();
    const leadTimes = app.getByRole('textbox', { name: /Herinneringen/ });
    await leadTimes.fill('45, 7');
    await app.getByRole('combobox', { name: /Dag van het overzicht/ }).selectOption('7');
    await app.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await app
      .getByRole('status')
      .filter({ hasText: 'De instellingen zijn opgeslagen.' })
      .waitFor({ state: 'attached' });
    expect(await repositories.settings.get()).toMatchObject({
      leadTimeDays: [45, 7],
      digestWeekday: 7,
    });

    await app.getByRole('button', { name: 'Nu controleren' }).click();
    await app.getByText(/\d+ herinneringen verstuurd; overzicht: geplaatst\./).waitFor();
    expect(e2e.inbox.activityOf(LOTTE).map((activity) => activity.text)).toEqual([
      `${TITLE} (Klimaat) moet af zijn op 31 maart 2027`,
    ]);

    // Lotte sees it in her activity feed and opens the action from it.
    await page.getByLabel('User', { exact: true }).selectOption(LOTTE);
    const notification = page.getByRole('button', { name: new RegExp(TITLE) });
    await notification.waitFor();
    await notification.click();
    await app.getByRole('dialog', { name: TITLE }).waitFor();
    expect(await page.getByLabel('Sub-page id (deep link)').inputValue()).toBe(
      `action-${action.id}`,
    );

    // The channel shows the digest, rendered as the Adaptive Card Teams would show.
    const channel = page.getByRole('region', { name: 'Channel' });
    await channel.getByText('MVOI-deadlines op 14 februari 2027').waitFor();
    await channel.getByText(new RegExp(`${TITLE}: nog 45 dagen`)).waitFor();
    expect(await channel.locator('.post').count()).toBe(1);

    // A second run sends nothing more.
    const again = await job({ now: new Date('2027-02-14T10:00:00Z') });
    expect(again).toMatchObject({ sent: 0, digest: 'not-due' });
    expect(e2e.inbox.channel()).toHaveLength(1);
  });
});
