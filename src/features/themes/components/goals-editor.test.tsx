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
import { ThemePage } from './theme-page';

/** The goal cards of the theme page, in the order it shows them. */
function goalHeadings(): string[] {
  return screen
    .getAllByRole('region')
    .filter((region) => region.getAttribute('aria-labelledby')?.startsWith('goal-'))
    .map((region) => within(region).getByRole('heading', { level: 3 }).textContent ?? '');
}

/** The goals as the editor lists them, named by their buttons. */
function editorGoals(editor: HTMLElement): string[] {
  return within(editor)
    .getAllByRole('button', { name: / omhoog$/ })
    .map((button) => button.getAttribute('aria-label')?.replace(/ omhoog$/, '') ?? '');
}

/** What the page's live regions say now. */
function announcements(): string {
  return screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join(' ');
}

describe('goals editor on the theme page', () => {
  let site: TestSite;
  const klimaatOwner = () => site.userWhere((user) => user.themeKey === 'klimaat').login;
  const render = async (login: string, key = 'klimaat') => {
    renderWithSite(<ThemePage />, {
      repositories: await site.repositoriesFor(login),
      path: '/themes/:key',
      url: `/themes/${key}`,
    });
    await screen.findByRole('heading', { level: 1 });
  };

  beforeAll(async () => {
    site = await freshSite();
  });

  it('is not offered to the owner of another theme', async () => {
    const repositories = await site.repositoriesFor(
      site.userWhere((user) => user.themeKey === 'circulair').login,
    );
    const signedIn = vi.spyOn(repositories.people, 'currentUser');
    renderWithSite(<ThemePage />, { repositories, path: '/themes/:key', url: '/themes/klimaat' });
    await screen.findByRole('heading', { level: 1, name: 'Klimaat' });
    await waitFor(() => expect(signedIn.mock.settledResults[0]?.type).toBe('fulfilled'));
    // The page renders again with who is signed in before it could offer anything.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Doelen bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thema bewerken' })).not.toBeInTheDocument();
  });

  it('lets the owner move a goal down with a button, and keeps the focus on it', async () => {
    const user = userEvent.setup();
    await render(klimaatOwner());
    await user.click(await screen.findByRole('button', { name: 'Doelen bewerken' }));
    const editor = screen.getByRole('region', { name: 'Doelen van Klimaat bewerken' });
    const before = goalHeadings();
    expect(editorGoals(editor)).toEqual(before);
    const [first, second] = before;
    if (!first || !second) throw new Error('klimaat needs two goals');

    const down = within(editor).getByRole('button', { name: `${first} omlaag` });
    await user.click(down);
    await waitFor(() => expect(goalHeadings().slice(0, 2)).toEqual([second, first]));
    expect(announcements()).toContain(`${first} staat nu op plaats 2 van`);
    expect(within(editor).getByRole('button', { name: `${first} omlaag` })).toHaveFocus();
  });

  it('lets the owner rename a goal in place and add one', async () => {
    const user = userEvent.setup();
    await render(klimaatOwner());
    await user.click(await screen.findByRole('button', { name: 'Doelen bewerken' }));
    const editor = screen.getByRole('region', { name: 'Doelen van Klimaat bewerken' });
    const second = editorGoals(editor)[1];

    await user.click(within(editor).getByRole('button', { name: `${second} hernoemen` }));
    const name = within(editor).getByRole('textbox', { name: 'Naam van het doel' });
    expect(name).toHaveValue(second);
    await user.clear(name);
    await enter(user, name, 'Hernoemd doel');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Hernoemd doel' })).toBeVisible();
    await waitFor(() =>
      expect(within(editor).getByRole('button', { name: 'Hernoemd doel hernoemen' })).toHaveFocus(),
    );
    // Escape leaves a rename as it was, and the keyboard where it started.
    await user.click(within(editor).getByRole('button', { name: 'Hernoemd doel hernoemen' }));
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(within(editor).getByRole('button', { name: 'Hernoemd doel hernoemen' })).toHaveFocus(),
    );

    await enter(user, within(editor).getByRole('textbox', { name: 'Nieuw doel' }), '   ');
    await user.click(within(editor).getByRole('button', { name: 'Doel toevoegen' }));
    expect(await within(editor).findByText('Geef het doel een naam.')).toBeInTheDocument();
    await enter(user, within(editor).getByRole('textbox', { name: 'Nieuw doel' }), 'Extra doel');
    await user.click(within(editor).getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(goalHeadings().at(-1)).toBe('Extra doel'));
    expect(within(editor).getByRole('textbox', { name: 'Nieuw doel' })).toHaveValue('');
  });

  it('asks what happens to a removed goal’s actions, and moves them to the chosen goal', async () => {
    const user = userEvent.setup();
    await render(klimaatOwner());
    await user.click(await screen.findByRole('button', { name: 'Doelen bewerken' }));
    const editor = screen.getByRole('region', { name: 'Doelen van Klimaat bewerken' });
    const [removed, target] = editorGoals(editor);
    if (!removed || !target) throw new Error('klimaat needs two goals');
    const card = screen.getByRole('region', { name: removed });
    const actions = within(card)
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent ?? '');
    expect(actions.length).toBeGreaterThan(0);

    await user.click(within(editor).getByRole('button', { name: `${removed} verwijderen` }));
    const dialog = await findModal('Doel verwijderen');
    expect(dialog).toHaveTextContent(`Bij het doel “${removed}” hoort`);
    expect(
      within(dialog).getByRole('radio', { name: 'Verplaatsen naar een ander doel', hidden: true }),
    ).toBeChecked();
    expect(
      within(dialog).getByRole('combobox', { name: 'Naar doel', hidden: true }),
    ).toHaveDisplayValue(target);
    await user.click(within(dialog).getByRole('radio', { name: 'Ook verwijderen', hidden: true }));
    expect(dialog).toHaveTextContent('De acties worden definitief verwijderd');
    await user.click(
      within(dialog).getByRole('radio', { name: 'Verplaatsen naar een ander doel', hidden: true }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen', hidden: true }));

    await waitFor(() => expect(goalHeadings()).not.toContain(removed));
    const targetCard = screen.getByRole('region', { name: target });
    for (const action of actions) expect(within(targetCard).getByText(action)).toBeInTheDocument();
    expect(announcements()).toContain(`Doel ${removed} verwijderd.`);
  });
});
