import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
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

describe('an action’s history in its dialog', () => {
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
    const created = await owner.actions.create({
      themeId: theme.id,
      title: 'Warmtenet verkennen',
      timing: 'Q3 2025',
    });
    action = await owner.actions.update(
      created.id,
      { ...created, timing: 'Q4 2025', status: 'in-progress' },
      created.version,
    );
  });

  it('reads the history only when opened, and shows each move and status change with who', async () => {
    const user = userEvent.setup();
    const history = vi.fn(colleague.actions.history);
    const repositories = { ...colleague, actions: { ...colleague.actions, history } };
    renderWithSite(<ThemeBoardPage />, { repositories, ...BOARD });

    await user.click(await screen.findByRole('button', { name: /^Warmtenet verkennen/ }));
    const dialog = await screen.findByRole('dialog');
    const toggle = within(dialog).getByRole('button', { name: 'Geschiedenis' });
    expect(history).not.toHaveBeenCalled();

    await user.click(toggle);
    expect(
      await within(dialog).findByText('Planning verplaatst van Q3 2025 naar Q4 2025'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Status gewijzigd van Niet gestart naar Bezig')).toBeVisible();
    expect(within(dialog).getByText('Aangemaakt')).toBeVisible();
    const { name } = await owner.people.currentUser();
    const stamps = within(dialog).getAllByText(
      (_, element) => element?.textContent?.startsWith(`(${name}, `) === true,
    );
    expect(stamps).toHaveLength(3);
    expect(history).toHaveBeenCalledWith(action.id);
  });

  it('says so when the history cannot be read, and reads it again on request', async () => {
    const user = userEvent.setup();
    const history = vi
      .fn(owner.actions.history)
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const repositories = { ...owner, actions: { ...owner.actions, history } };
    renderWithSite(<ThemeBoardPage />, { repositories, ...BOARD });

    await user.click(await screen.findByRole('button', { name: /^Warmtenet verkennen/ }));
    const dialog = await findModal('Actie bewerken');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Geschiedenis' }));
    const retry = await within(dialog).findByRole('button', {
      hidden: true,
      name: 'Opnieuw proberen',
    });
    await user.click(retry);
    expect(await within(dialog).findByText('Aangemaakt')).toBeInTheDocument();
  });
});
