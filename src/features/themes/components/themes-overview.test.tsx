import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { ThemePage } from './theme-page';
import { ThemesOverview } from './themes-overview';

describe('themes overview', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await freshSite();
  });

  const colleague = () => site.userWhere((user) => user.role === 'colleague').login;

  it('shows the organisation’s ambition and the six themes with their ladder positions', async () => {
    renderWithSite(<ThemesOverview />, { repositories: await site.repositoriesFor(colleague()) });

    expect(screen.getByText(/start organisatiebreed op stap 3 \(Verbreding\)/)).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Klimaat',
      'Circulair',
      'Milieu & biodiversiteit',
      'Ketenverantwoordelijkheid',
      'Diversiteit & inclusie',
      'Social Return',
    ]);
    const klimaat = cards[0] as HTMLElement;
    expect(
      within(klimaat).getByRole('list', {
        name: 'Nulmeting: stap 2 (Pilots). Ambitie: stap 4 (Borging).',
      }),
    ).toBeInTheDocument();
    expect(within(klimaat).getByText('Niet gestart: 6')).toBeInTheDocument();
    expect(within(klimaat).getByText('4 doelen · 6 acties')).toBeInTheDocument();
  });

  it('counts overdue actions and names the next deadline, on the day the test pins', async () => {
    // 15 May 2025: the D&I inventory (Q4 2024) and three Q1 2025 actions are overdue.
    renderWithSite(<ThemesOverview />, { repositories: await site.repositoriesFor(colleague()) });
    const cards = await screen.findAllByRole('article');
    const inclusion = cards[4] as HTMLElement;
    expect(within(inclusion).getByText('3 acties te laat')).toBeInTheDocument();
    expect(within(inclusion).getByText('Volgende deadline: 30 juni 2025')).toBeInTheDocument();
  });

  it('speaks English when the user’s language is English', async () => {
    renderWithSite(<ThemesOverview />, {
      repositories: await site.repositoriesFor(colleague()),
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Themes' })).toBeInTheDocument();
    const ladders = await screen.findAllByRole('list', {
      name: 'Baseline: step 2 (Pilots). Ambition: step 4 (Embedding).',
    });
    expect(ladders).toHaveLength(2);
  });

  it('opens a theme with its goals, actions and pilots', async () => {
    renderWithSite(<ThemePage />, {
      repositories: await site.repositoriesFor(colleague()),
      path: '/themes/:key',
      url: '/themes/milieu-biodiversiteit',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Milieu & biodiversiteit' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Verkenning biologisch inkopen van een deel van de bomen, planten en bloembollen',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Nieuwbouw en\/of renovatie van binnensportaccommodaties/),
    ).toBeInTheDocument();
  });

  it('says so when a theme does not exist', async () => {
    renderWithSite(<ThemePage />, {
      repositories: await site.repositoriesFor(colleague()),
      path: '/themes/:key',
      url: '/themes/onbekend',
    });
    expect(await screen.findByText('Dit thema bestaat niet.')).toBeInTheDocument();
  });
});
