import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import { themeCommandOf } from '../../../domain/theme-input';
import { ThemePage } from './theme-page';

const TITLE = 'Thema Circulair bewerken';

describe('theme dialog', () => {
  let site: TestSite;
  const coordinator = () => site.userWhere((user) => user.role === 'coordinator').login;
  const openDialog = async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemePage />, {
      repositories: await site.repositoriesFor(coordinator()),
      path: '/themes/:key',
      url: '/themes/circulair',
    });
    await user.click(await screen.findByRole('button', { name: 'Thema bewerken' }));
    return { user, dialog: await findModal(TITLE) };
  };
  const field = (dialog: HTMLElement, name: string) =>
    within(dialog).getByRole('textbox', { name, hidden: true });

  beforeAll(async () => {
    site = await freshSite();
  });

  it('refuses an ambition below the baseline, at the ambition', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(
      within(dialog).getByRole('combobox', {
        name: 'Nulmeting (stap op de ambitieladder)',
        hidden: true,
      }),
      '5',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));
    expect(
      await within(dialog).findByText('De ambitie kan niet lager zijn dan de nulmeting.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('combobox', {
        name: 'Ambitie (stap op de ambitieladder)',
        hidden: true,
      }),
    ).toHaveFocus();
  });

  it('saves a coordinator’s texts and ambition, one focus area a line', async () => {
    const { user, dialog } = await openDialog();
    await user.clear(field(dialog, 'Omschrijving'));
    await enter(user, field(dialog, 'Omschrijving'), 'Grondstoffen blijven in de kringloop.');
    await user.clear(field(dialog, 'Focus'));
    await enter(user, field(dialog, 'Focus'), 'Hergebruik\n\nReparatie');
    await user.selectOptions(
      within(dialog).getByRole('combobox', {
        name: 'Ambitie (stap op de ambitieladder)',
        hidden: true,
      }),
      '5',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));
    expect(await screen.findByText('Thema Circulair opgeslagen.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
    expect(screen.getByText('Grondstoffen blijven in de kringloop.')).toBeInTheDocument();
    const focus = screen.getByRole('heading', { name: 'Focus', hidden: true })
      .parentElement as HTMLElement;
    expect(
      within(focus)
        .getAllByRole('listitem', { hidden: true })
        .map((item) => item.textContent),
    ).toEqual(['Hergebruik', 'Reparatie']);
    expect(screen.getByRole('list', { name: /Ambitie: stap 5/, hidden: true })).toBeInTheDocument();
  });

  it('asks before it throws typed text away', async () => {
    const { user, dialog } = await openDialog();
    await enter(user, field(dialog, 'Relevant beleid'), '\nNieuw beleid');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren', hidden: true }));
    const question = await waitFor(() => screen.getByRole('alertdialog', { hidden: true }));
    expect(question).toHaveTextContent('Wijzigingen weggooien?');
  });

  it('shows both versions when someone else saved the theme in the meantime', async () => {
    const { user, dialog } = await openDialog();
    const elsewhere = await site.repositoriesFor(coordinator());
    const stored = (await elsewhere.themes.list()).items.find((item) => item.key === 'circulair');
    if (!stored) throw new Error('no circulair theme');
    await elsewhere.themes.update(
      stored.id,
      { ...themeCommandOf(stored), description: 'Van een collega' },
      stored.version,
    );

    await user.clear(field(dialog, 'Omschrijving'));
    await enter(user, field(dialog, 'Omschrijving'), 'Van mij');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));
    await waitFor(() => expect(dialog).toHaveTextContent('Van een collega'));
    expect(dialog).toHaveTextContent('Van mij');
  });
});
