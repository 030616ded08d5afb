import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { ProcurementsPage } from './procurements-page';

describe('procurement calendar page', () => {
  let site: TestSite;
  const as = (role: string) =>
    site.repositoriesFor(site.userWhere((user) => user.role === role).login);

  beforeAll(async () => {
    site = await freshSite();
  });

  it('shows a colleague the plan’s pilots, read only, and filters from the address', async () => {
    renderWithSite(<ProcurementsPage />, {
      repositories: await as('colleague'),
      path: '/procurements',
      url: '/procurements?pilot=yes',
    });
    const table = await screen.findByRole('table', { name: /Geplande aanbestedingen/ });
    expect(within(table).getAllByText('MVOI-pilot')).toHaveLength(5);
    expect(screen.getByText('5 van 5 aanbestedingen getoond')).toBeInTheDocument();
    // The plan gives no values: no flags, and the page says why.
    expect(within(table).getAllByText('Geen waarde: drempels niet te bepalen')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Nieuwe aanbesteding' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'MVOI-pilot' })).toHaveValue('yes');
  });

  it('lets a coordinator add a procurement, refusing a bad quarter, and shows its gap', async () => {
    const user = userEvent.setup();
    renderWithSite(<ProcurementsPage />, {
      repositories: await as('coordinator'),
      path: '/procurements',
      url: '/procurements?gaps=1',
    });
    expect(
      await screen.findByText('Geen aanbestedingen passen bij deze filters.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwe aanbesteding' }));
    const dialog = await findModal('Nieuwe aanbesteding');
    const field = (name: RegExp) => within(dialog).getByRole('textbox', { name, hidden: true });
    await enter(user, field(/^Titel/), 'Catering stadskantoor');
    await enter(user, field(/^Geschatte waarde/), '60.000');
    await enter(user, field(/^Publicatie/), 'Q5 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));
    expect(
      await within(dialog).findByText(
        'Schrijf het kwartaal als Q1–Q4 met het jaar, bijvoorbeeld Q3 2026.',
      ),
    ).toBeInTheDocument();
    await user.clear(field(/^Publicatie/));
    await enter(user, field(/^Publicatie/), 'Q3 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));

    const row = await screen.findByRole('row', { name: /Catering stadskantoor/ });
    expect(within(row).getByText('MVOI-criteria toepassen')).toBeInTheDocument();
    expect(within(row).getByText('Gat: nog geen MVI-criteria gekozen')).toBeInTheDocument();
    expect(within(row).queryByText('Social Return')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('1 van 6 aanbestedingen getoond')).toBeInTheDocument(),
    );
  });
});
