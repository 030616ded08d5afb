import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Action } from '../../../domain/action';
import type { Repositories } from '../../../data/repositories';
import { ThemeBoardPage } from './theme-board-page';

const BOARD = { path: '/themes/:key/board', url: '/themes/klimaat/board' };
const DESCRIPTION = 'Met de inkopers van het Stadskantoor en de regio.';
const NOTE = { date: '2025-04-01', text: 'Eerste overleg gevoerd' };

/** The repositories, with the details read held back until `release` is called. */
function withHeldDetails(repositories: Repositories) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const get = vi.fn(async (id: number) => {
    await held;
    return repositories.actions.get(id);
  });
  return {
    repositories: { ...repositories, actions: { ...repositories.actions, get } },
    get,
    release: () => release(),
  };
}

describe('an action’s dialog', () => {
  let site: TestSite;
  let owner: Repositories;
  let colleague: Repositories;
  let action: Action;

  beforeAll(async () => {
    site = await freshSite();
    owner = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'theme-owner' && user.themeKey === 'klimaat').login,
    );
    colleague = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
    const { theme } = await owner.plan.loadThemeBoard('klimaat');
    action = await owner.actions.create({
      themeId: theme.id,
      title: 'Inkoopteam Stadskantoor',
      description: DESCRIPTION,
      timing: 'Q3 2025',
      progressNotes: [NOTE],
    });
  });

  it('reads the description and notes as it opens, and shows the form only then', async () => {
    const user = userEvent.setup();
    const held = withHeldDetails(owner);
    renderWithSite(<ThemeBoardPage />, { repositories: held.repositories, ...BOARD });

    await user.click(await screen.findByRole('button', { name: action.title }));
    const loading = await findModal(action.title);
    expect(within(loading).getByText('Actie laden…')).toBeInTheDocument();
    expect(within(loading).queryByRole('textbox', { hidden: true })).not.toBeInTheDocument();
    expect(
      within(loading).queryByRole('button', { hidden: true, name: 'Opslaan' }),
    ).not.toBeInTheDocument();

    held.release();
    const dialog = await findModal('Actie bewerken');
    expect(within(dialog).getByRole('textbox', { hidden: true, name: /Beschrijving/ })).toHaveValue(
      DESCRIPTION,
    );
    expect(within(dialog).getByText(NOTE.text)).toBeInTheDocument();
    expect(held.get).toHaveBeenCalledTimes(1);
  });

  it('saves an edit with the version it read, keeping what the user did not change', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: action.title }));
    const dialog = await findModal('Actie bewerken');
    const title = within(dialog).getByRole('textbox', { hidden: true, name: /Titel/ });
    await user.clear(title);
    await enter(user, title, 'Inkoopteam Stadskantoor en regio');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(await owner.actions.get(action.id)).toMatchObject({
      title: 'Inkoopteam Stadskantoor en regio',
      description: DESCRIPTION,
      progressNotes: [NOTE],
    });
  });

  it('shows a reader the card’s fields at once, and the description once it is read', async () => {
    const user = userEvent.setup();
    const held = withHeldDetails(colleague);
    renderWithSite(<ThemeBoardPage />, { repositories: held.repositories, ...BOARD });

    await user.click(await screen.findByRole('button', { name: /^Inkoopteam Stadskantoor/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Q3 2025')).toBeInTheDocument();
    expect(within(dialog).getByText('Actie laden…')).toBeInTheDocument();

    held.release();
    expect(await within(dialog).findByText(DESCRIPTION)).toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(NOTE.text))).toBeInTheDocument();
  });
});
