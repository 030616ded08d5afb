import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
import { LinkedPracticesList } from './linked-practices-list';

describe('the practices linked to a theme, pilot or action', () => {
  let site: TestSite;
  let repositories: Repositories;
  let themeIds: number[];

  beforeAll(async () => {
    site = await freshSite();
    const login = site.users.find((user) => user.role === 'colleague')?.login as string;
    repositories = await site.repositoriesFor(login);
    themeIds = (await repositories.plan.loadPlan()).themes.map((theme) => theme.id);
  });

  it('shows the newest few titles, each linked, and a link to the filtered feed', async () => {
    const [first, second] = themeIds as [number, number];
    for (const title of ['Oudste', 'Tweede', 'Derde', 'Nieuwste']) {
      await repositories.practices.create({ title, body: 'Tekst', themeIds: [second] });
    }
    await repositories.practices.create({ title: 'Elders', body: 'Tekst', themeIds: [first] });
    renderWithSite(<LinkedPracticesList filter={{ themeId: second }} />, { repositories });

    const section = await screen.findByRole('region', { name: 'Goede voorbeelden' });
    const list = await within(section).findByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Nieuwste', 'Derde', 'Tweede']);
    expect(within(list).getByRole('link', { name: 'Nieuwste' }).getAttribute('href')).toMatch(
      /^\/practices\/\d+$/,
    );
    expect(
      within(section).getByRole('link', { name: 'Alle gekoppelde goede voorbeelden' }),
    ).toHaveAttribute('href', `/practices?thema=${second}`);
  });

  it('says so when nothing is linked yet', async () => {
    renderWithSite(<LinkedPracticesList filter={{ pilotId: 999 }} headingLevel={3} />, {
      repositories,
    });
    expect(await screen.findByText('Nog geen goede voorbeelden gekoppeld.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Goede voorbeelden' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Alle gekoppelde goede voorbeelden' })).toHaveAttribute(
      'href',
      '/practices?pilot=999',
    );
  });
});
