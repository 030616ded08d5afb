import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { enter } from '../../../../tests/support/enter-text';
import { PilotsPage } from './pilots-page';

const BINNENSPORT = 'Nieuwbouw en/of renovatie van binnensportaccommodaties';

describe('pilots page', () => {
  let site: TestSite;
  const loginOf = (role: string) => site.userWhere((user) => user.role === role).login;

  beforeAll(async () => {
    site = await freshSite();
  });

  it('lists the five pilots of 2025 with their themes and linked actions', async () => {
    renderWithSite(<PilotsPage />, {
      repositories: await site.repositoriesFor(loginOf('colleague')),
    });

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Aanschaf van vrachtwagens met haakkranen',
      BINNENSPORT,
      'Schoon en emissieloos bouwen bij grond-, weg- en waterbouw (GWW)',
      'Schoon en emissieloos werken bij schilderwerken van het gemeentelijk vastgoed',
      'Facilitaire herinrichting van kantoor Mosae Forum',
    ]);
    const binnensport = screen.getByRole('article', { name: BINNENSPORT });
    expect(
      within(within(binnensport).getByRole('list', { name: 'Thema’s' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Klimaat', 'Circulair', 'Milieu & biodiversiteit']);
    expect(within(binnensport).getByText('Jaar 2025')).toBeInTheDocument();
    expect(within(binnensport).getByText('Gepland')).toBeInTheDocument();
    expect(
      within(within(binnensport).getByRole('list', { name: 'Gekoppelde acties' })).getByText(
        'Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren',
      ),
    ).toBeInTheDocument();
  });

  it('offers a colleague no way to add or edit pilots', async () => {
    renderWithSite(<PilotsPage />, {
      repositories: await site.repositoriesFor(loginOf('colleague')),
    });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: 'Nieuwe pilot' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('lets a coordinator add a pilot, after checking title and themes', async () => {
    const user = userEvent.setup();
    const repositories = await site.repositoriesFor(loginOf('coordinator'));
    renderWithSite(<PilotsPage />, { repositories });

    await user.click(await screen.findByRole('button', { name: 'Nieuwe pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe pilot' });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getByText('Vul een titel in.')).toBeInTheDocument();
    expect(within(dialog).getByText('Kies minstens één thema.')).toBeInTheDocument();

    await enter(
      user,
      within(dialog).getByRole('textbox', { name: /Titel/ }),
      'Catering met sociale inkoop',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Social Return' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Diversiteit & inclusie' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Jaar' }), '2026');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    const added = await screen.findByRole('article', { name: 'Catering met sociale inkoop' });
    expect(within(added).getByText('Jaar 2026')).toBeInTheDocument();
    expect(within(added).getByText('Social Return')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const stored = (await repositories.pilots.list()).items.find(
      (pilot) => pilot.title === 'Catering met sociale inkoop',
    );
    expect(stored).toMatchObject({ year: 2026, status: 'planned' });
    expect(stored?.themeIds).toHaveLength(2);
  });

  it('lets a coordinator edit a pilot', async () => {
    const user = userEvent.setup();
    const repositories = await site.repositoriesFor(loginOf('coordinator'));
    renderWithSite(<PilotsPage />, { repositories });

    const card = await screen.findByRole('article', { name: BINNENSPORT });
    await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pilot bewerken' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Lopend' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The page is hidden from assistive technology until the dialog's focus trap lets go.
    const edited = await screen.findByRole('article', { name: BINNENSPORT });
    expect(within(edited).getByText('Lopend')).toBeInTheDocument();
    const stored = (await repositories.pilots.list()).items.find(
      (pilot) => pilot.title === BINNENSPORT,
    );
    expect(stored?.status).toBe('running');
  });
});
