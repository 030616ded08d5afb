import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
import { SEED_PLAN } from '../../../domain/seed-plan';
import { DeadlineOverviewPage } from './deadline-overview-page';

const ENERGY =
  'Input leveren voor de nieuwe Europese aanbesteding ‘Inkoop Energie’, collectief Zuid-Limburg';
const PAGE = { path: '/deadlines', url: '/deadlines' };

function Search() {
  return <output aria-label="adres">{useLocation().search}</output>;
}

function section(name: RegExp) {
  return screen.getByRole('table', { name });
}

const actionsOf = (goals: { actions: unknown[] }[]) => goals.flatMap((goal) => goal.actions);

function groupHeadings() {
  return screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
}

describe('deadline overview', () => {
  let site: TestSite;
  let colleague: Repositories;

  beforeAll(async () => {
    site = await freshSite();
    colleague = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
  });

  it('shows every theme’s actions by deadline, as of today, with a matrix that filters', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <DeadlineOverviewPage />
        <Search />
      </>,
      { repositories: colleague, ...PAGE },
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deadline-overzicht' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Stand per 15 mei 2025')).toBeInTheDocument();
    const overdue = await screen.findByRole('table', { name: /^Te laat \(\d+\)$/ });
    const energy = within(overdue).getByRole('row', { name: new RegExp(ENERGY) });
    expect(within(energy).getByText('Klimaat')).toBeInTheDocument();
    expect(within(energy).getByText('Start in Q1 2025')).toBeInTheDocument();
    expect(within(energy).getByText('45 dagen te laat')).toBeInTheDocument();
    expect(within(energy).getByText('Start uiterlijk 31 maart 2025')).toBeInTheDocument();
    expect(within(energy).getByRole('link', { name: ENERGY })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/actions\/\d+$/),
    );

    const matrix = screen.getByRole('table', { name: 'Deadlines per thema' });
    await user.click(within(matrix).getByRole('link', { name: 'Klimaat, Te laat: 1 actie' }));

    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent(
      '?theme=klimaat&section=overdue',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Te laat (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /^Dit kwartaal/ })).toBeNull();
    expect(
      within(section(/^Te laat/))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([ENERGY]);
  });

  it('says it is loading, and shows no list, no filter and no control before the data comes', async () => {
    renderWithSite(<DeadlineOverviewPage />, { repositories: colleague, ...PAGE });

    expect(screen.getByRole('heading', { level: 1, name: 'Deadline-overzicht' })).toBeVisible();
    expect(screen.getAllByLabelText('Bezig met laden…')[0]).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('table')).toEqual([]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(await screen.findByRole('table', { name: /^Te laat \(\d+\)$/ })).toBeVisible();
  });

  it('opens with the filters of a shared link, and clears them', async () => {
    const user = userEvent.setup();
    renderWithSite(<DeadlineOverviewPage />, {
      repositories: colleague,
      path: PAGE.path,
      url: '/deadlines?theme=organisatie&status=done',
    });
    expect(await screen.findByRole('combobox', { name: 'Thema' })).toHaveDisplayValue(
      'Organisatiebreed',
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('Gereed');
    expect(screen.getByRole('heading', { level: 2, name: 'Te laat (0)' })).toBeInTheDocument();
    expect(screen.getByText('Geen acties te laat.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByRole('combobox', { name: 'Thema' })).toHaveDisplayValue('Alle thema’s');
    expect(
      screen.getByRole('heading', { level: 2, name: /^Te laat \([1-9]\d*\)$/ }),
    ).toBeInTheDocument();
  });

  it('groups the list by theme as the URL says, each group with its count', async () => {
    renderWithSite(<DeadlineOverviewPage />, {
      repositories: colleague,
      path: PAGE.path,
      url: '/deadlines?group=theme',
    });

    expect(await screen.findByRole('combobox', { name: 'Groeperen op' })).toHaveDisplayValue(
      'Thema',
    );
    expect(groupHeadings()).toEqual([
      ...SEED_PLAN.themes.map((theme) => `${theme.name} (${actionsOf(theme.goals).length})`),
      `Organisatiebreed (${SEED_PLAN.organisationActions.length})`,
    ]);
    const klimaat = screen.getByRole('table', { name: /^Klimaat \(/ });
    const energy = within(klimaat).getByRole('row', { name: new RegExp(ENERGY) });
    expect(within(energy).getByText('Te laat')).toBeInTheDocument();
  });

  it('groups by who answers for the actions, and opens and closes a group by keyboard', async () => {
    const user = userEvent.setup();
    renderWithSite(<DeadlineOverviewPage />, {
      repositories: colleague,
      path: PAGE.path,
      url: '/deadlines?group=owner',
    });

    const owner = site.userWhere((candidate) => candidate.themeKey === 'klimaat').title;
    const klimaat = `${owner} (${actionsOf(SEED_PLAN.themes[0]?.goals ?? []).length})`;
    expect(await screen.findByRole('heading', { level: 2, name: klimaat })).toBeInTheDocument();
    // Organisation-wide actions have no theme, so no theme owner answers for them.
    expect(groupHeadings().at(-1)).toBe(`Geen eigenaar (${SEED_PLAN.organisationActions.length})`);

    screen.getByRole('button', { name: klimaat }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('table', { name: klimaat })).toBeNull();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('table', { name: klimaat })).toBeInTheDocument();
  });

  it('puts the grouping chosen in the URL: by quarter, the earliest first', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <DeadlineOverviewPage />
        <Search />
      </>,
      { repositories: colleague, ...PAGE },
    );

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Groeperen op' }),
      'Kwartaal',
    );
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent('?group=quarter');
    // The plan's one action timed before it starts: "Q4 2024".
    expect(groupHeadings()[0]).toBe('Q4 2024 (1)');
  });

  it('shows this year’s plan and what is still open by default, and one year or all as chosen', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <DeadlineOverviewPage />
        <Search />
      </>,
      { repositories: colleague, path: PAGE.path, url: '/deadlines?year=2026' },
    );
    const year = await screen.findByRole('combobox', { name: 'Planjaar' });
    expect(year).toHaveDisplayValue('2026');
    expect(screen.getByRole('heading', { level: 2, name: 'Te laat (0)' })).toBeInTheDocument();

    await user.selectOptions(year, '2025 en wat nog open is');
    expect(screen.getByRole('status', { name: 'adres' })).toBeEmptyDOMElement();
    expect(
      screen.getByRole('heading', { level: 2, name: /^Te laat \([1-9]\d*\)$/ }),
    ).toBeInTheDocument();

    await user.selectOptions(year, 'Alle jaren');
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent('?year=all');
  });

  it('keeps both of two filters chosen in quick succession, before the page renders the first', async () => {
    renderWithSite(
      <>
        <DeadlineOverviewPage />
        <Search />
      </>,
      { repositories: colleague, ...PAGE },
    );
    const theme = await screen.findByRole('combobox', { name: 'Thema' });
    const deadline = screen.getByRole('combobox', { name: 'Deadline' });
    act(() => {
      fireEvent.change(theme, { target: { value: 'klimaat' } });
      fireEvent.change(deadline, { target: { value: 'overdue' } });
    });
    const search = new URLSearchParams(screen.getByRole('status', { name: 'adres' }).textContent);
    expect(search.get('theme')).toBe('klimaat');
    expect(search.get('section')).toBe('overdue');
  });

  it('speaks English when the user’s language is English', async () => {
    renderWithSite(<DeadlineOverviewPage />, { repositories: colleague, ...PAGE, language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deadline overview' }),
    ).toBeInTheDocument();
    expect(screen.getByText('As of 15 May 2025')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Overdue \(\d+\)$/ }),
    ).toBeInTheDocument();
  });
});
