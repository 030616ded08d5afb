import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import { PilotsPage } from './pilots-page';

const BINNENSPORT = 'Nieuwbouw en/of renovatie van binnensportaccommodaties';

/** The question before unsaved input is thrown away; `hidden` as in find-modal.tsx. */
function findDiscardQuestion() {
  return waitFor(() => {
    const question = screen.getByRole('alertdialog', { hidden: true });
    expect(question).toHaveTextContent('Wijzigingen weggooien?');
    return question;
  });
}

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
    const dialog = await findModal('Nieuwe pilot');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));
    expect(await within(dialog).findByText('Vul een titel in.')).toBeInTheDocument();
    expect(within(dialog).getByText('Kies minstens één thema.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { hidden: true, name: /Titel/ })).toHaveFocus();

    await enter(
      user,
      within(dialog).getByRole('textbox', { hidden: true, name: /Titel/ }),
      'Catering met sociale inkoop',
    );
    await user.click(within(dialog).getByRole('checkbox', { hidden: true, name: 'Social Return' }));
    await user.click(
      within(dialog).getByRole('checkbox', { hidden: true, name: 'Diversiteit & inclusie' }),
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { hidden: true, name: 'Jaar' }),
      '2026',
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    const added = await screen.findByRole('article', { name: 'Catering met sociale inkoop' });
    expect(within(added).getByText('Jaar 2026')).toBeInTheDocument();
    expect(within(added).getByText('Social Return')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    const stored = (await repositories.pilots.list()).items.find(
      (pilot) => pilot.title === 'Catering met sociale inkoop',
    );
    expect(stored).toMatchObject({ year: 2026, status: 'planned' });
    expect(stored?.themeIds).toHaveLength(2);
  });

  it('asks before closing loses unsaved input, and keeps it on “Verder bewerken”', async () => {
    const user = userEvent.setup();
    const repositories = await site.repositoriesFor(loginOf('coordinator'));
    const update = vi.spyOn(repositories.pilots, 'update');
    renderWithSite(<PilotsPage />, { repositories });

    const card = await screen.findByRole('article', { name: BINNENSPORT });
    await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
    const dialog = await findModal('Pilot bewerken');
    const description = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
      hidden: true,
      name: /Beschrijving/,
    });
    await enter(user, description, ' Nog niet af.');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Annuleren' }));

    const confirm = await findDiscardQuestion();
    expect(
      within(confirm).getByRole('button', { hidden: true, name: 'Verder bewerken' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(description.value).toMatch(/Nog niet af\.$/);
    expect(within(dialog).getByRole('button', { hidden: true, name: 'Annuleren' })).toHaveFocus();

    await user.keyboard('{Escape}');
    const again = await findDiscardQuestion();
    await user.click(within(again).getByRole('button', { hidden: true, name: 'Weggooien' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(update).not.toHaveBeenCalled();
  });

  it('lets a coordinator edit a pilot', async () => {
    const user = userEvent.setup();
    const repositories = await site.repositoriesFor(loginOf('coordinator'));
    renderWithSite(<PilotsPage />, { repositories });

    const card = await screen.findByRole('article', { name: BINNENSPORT });
    await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
    const dialog = await findModal('Pilot bewerken');
    await user.click(within(dialog).getByRole('combobox', { hidden: true, name: 'Status' }));
    await user.click(await screen.findByRole('option', { hidden: true, name: 'Lopend' }));
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    // The page is hidden from assistive technology until the dialog's focus trap lets go.
    const edited = await screen.findByRole('article', { name: BINNENSPORT });
    expect(within(edited).getByText('Lopend')).toBeInTheDocument();
    const stored = (await repositories.pilots.list()).items.find(
      (pilot) => pilot.title === BINNENSPORT,
    );
    expect(stored?.status).toBe('running');
  });
});
