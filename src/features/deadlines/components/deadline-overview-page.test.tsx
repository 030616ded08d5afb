import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
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

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByRole('combobox', { name: 'Thema' })).toHaveDisplayValue('Alle thema’s');
    expect(
      screen.getByRole('heading', { level: 2, name: /^Te laat \([1-9]\d*\)$/ }),
    ).toBeInTheDocument();
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
