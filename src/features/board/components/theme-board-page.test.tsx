import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import { DataError } from '../../../data/errors';
import type { Repositories } from '../../../data/repositories';
import type { Action } from '../../../domain/action';
import { COLUMN_PAGE_SIZE } from '../board-paging';
import { ThemeBoardPage } from './theme-board-page';

const BOARD = { path: '/themes/:key/board', url: '/themes/klimaat/board' };

const ENERGY =
  'Input leveren voor de nieuwe Europese aanbesteding ‘Inkoop Energie’, collectief Zuid-Limburg';
const UPDATE_PLAN = 'Klimaatacties uit het actieplan jaarlijks actualiseren';
const EVALUATE =
  'Resultaten en werkwijze van de pilots periodiek evalueren; best practices actief delen';
const MKI =
  'Ervaring opdoen met de Milieukostenindicator (MKI) bij inkoop van elektrische voertuigen en minimaal 1 GWW-project (MKI asfalt)';

/** Shows where the board keeps its filters, as a shared link would carry them. */
function Search() {
  return <output aria-label="adres">{useLocation().search}</output>;
}

function column(name: string) {
  return screen.getByRole('region', { name });
}

function card(title: string) {
  return screen.getByRole('article', { name: title });
}

function cardTitles(region: HTMLElement) {
  return within(region)
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent);
}

/** The whole stored action, as its dialog reads it; the board reads only what cards show. */
async function klimaatAction(repositories: Repositories, title: string): Promise<Action> {
  const board = await repositories.plan.loadThemeBoard('klimaat');
  const card = board.actions.find((candidate) => candidate.title === title);
  if (!card) throw new Error(`no action ${title}`);
  return repositories.actions.get(card.id);
}

describe('theme board', () => {
  let site: TestSite;
  let owner: Repositories;
  let coordinator: Repositories;
  const ownerLogin = () =>
    site.userWhere((user) => user.role === 'theme-owner' && user.themeKey === 'klimaat').login;
  const colleague = () =>
    site.repositoriesFor(site.userWhere((user) => user.role === 'colleague').login);
  const changeAsCoordinator = async (title: string, change: Partial<Action>) => {
    const action = await klimaatAction(coordinator, title);
    const updated = { ...action, ...change };
    return coordinator.actions.update(
      action.id,
      {
        themeId: updated.themeId,
        goalId: updated.goalId,
        title: updated.title,
        description: updated.description,
        timing: updated.timing,
        status: updated.status,
        ownerId: updated.owner?.id,
        pilotIds: updated.pilotIds,
        progressNotes: updated.progressNotes,
      },
      action.version,
    );
  };

  beforeAll(async () => {
    site = await freshSite();
    owner = await site.repositoriesFor(ownerLogin());
    coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    // The plan names no owners; give one action the theme's owner, as a coordinator would.
    const me = await owner.people.currentUser();
    await changeAsCoordinator(UPDATE_PLAN, { owner: me });
  });

  it('shows the Klimaat actions by status with goal, owner, timing and deadline in words', async () => {
    renderWithSite(<ThemeBoardPage />, { repositories: await colleague(), ...BOARD });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bord Klimaat' }),
    ).toBeInTheDocument();
    expect(cardTitles(column('Niet gestart'))).toHaveLength(6);
    expect(within(column('Niet gestart')).getByText('6 acties')).toBeInTheDocument();
    for (const name of ['Bezig', 'Gereed', 'Geblokkeerd']) {
      expect(within(column(name)).getByText('Geen acties')).toBeInTheDocument();
    }

    const energy = card(ENERGY);
    expect(
      within(energy).getByText(
        'Streven naar volledig groene stroom uit Nederland door CO2-neutrale inkoop van energie',
      ),
    ).toBeInTheDocument();
    expect(within(energy).getByText('Start in Q1 2025')).toBeInTheDocument();
    expect(within(energy).getByText('45 dagen te laat')).toBeInTheDocument();
    expect(within(energy).getByText('Geen eigenaar')).toBeInTheDocument();

    const update = card(UPDATE_PLAN);
    expect(within(update).getByText('JH')).toBeInTheDocument();
    expect(within(update).getByText('Joris Hermans (Klimaat)')).toBeInTheDocument();
    expect(within(update).getByText('Q4 2025')).toBeInTheDocument();
    expect(within(update).getByText('Op schema')).toBeInTheDocument();
    expect(within(card(EVALUATE)).getByText('Doorlopend')).toBeInTheDocument();
    expect(within(card(EVALUATE)).getByText('Deadline dit kwartaal')).toBeInTheDocument();
  });

  it('says it is loading, and shows no card and no control before the data comes', async () => {
    renderWithSite(<ThemeBoardPage />, { repositories: await colleague(), ...BOARD });

    expect(screen.getByLabelText('Bezig met laden…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bord Klimaat' })).toBeVisible();
  });

  it('speaks English when the user’s language is English', async () => {
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD, language: 'en' });
    expect(await screen.findByRole('region', { name: 'Not started' })).toBeInTheDocument();
    const energy = card(ENERGY);
    expect(within(energy).getByText('Starts in Q1 2025')).toBeInTheDocument();
    expect(within(energy).getByText('45 days overdue')).toBeInTheDocument();
    expect(within(energy).getByRole('button', { name: 'Move to…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New action' })).toBeInTheDocument();
  });

  it('is read-only for a colleague: no drag handles, no move menu, no new action', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: await colleague(), ...BOARD });

    expect(
      await screen.findByText(
        'U kunt dit bord bekijken. Alleen de eigenaar van het thema en de coördinator kunnen acties wijzigen.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Verslepen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verplaats naar…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe actie' })).not.toBeInTheDocument();

    await user.click(within(card(ENERGY)).getByRole('button', { name: ENERGY }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Start in Q1 2025')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('moves a card with the keyboard alone and saves the move', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    const handle = await screen.findByRole('button', { name: `Verslepen: ${MKI}` });
    handle.focus();
    await user.keyboard('[Space]');
    expect(await screen.findByText(`Actie ${MKI} opgepakt.`)).toBeInTheDocument();
    await user.keyboard('[ArrowRight]');
    expect(await screen.findByText(`Actie ${MKI} verplaatst naar Bezig.`)).toBeInTheDocument();
    await user.keyboard('[Space]');

    expect(await screen.findByText(`Actie ${MKI} neergezet in Bezig.`)).toBeInTheDocument();
    expect(cardTitles(column('Bezig'))).toEqual([MKI]);
    await waitFor(async () => expect((await klimaatAction(owner, MKI)).status).toBe('in-progress'));
    expect(await screen.findByText(`Actie ${MKI} staat nu in Bezig.`)).toBeInTheDocument();
  });

  it('keeps up with keys pressed in quick succession', async () => {
    // No pause at all between the keys, faster than any person types.
    const user = userEvent.setup({ delay: null });
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    (await screen.findByRole('button', { name: `Verslepen: ${UPDATE_PLAN}` })).focus();
    await user.keyboard('[Space][ArrowRight][ArrowRight][ArrowLeft][Space]');

    expect(await screen.findByText(`Actie ${UPDATE_PLAN} neergezet in Bezig.`)).toBeInTheDocument();
    expect(cardTitles(column('Bezig'))).toContain(UPDATE_PLAN);
    await waitFor(async () =>
      expect((await klimaatAction(owner, UPDATE_PLAN)).status).toBe('in-progress'),
    );
  });

  it('moves a card through its “Verplaats naar…” menu', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(
      await within(await screen.findByRole('article', { name: ENERGY })).findByRole('button', {
        name: 'Verplaats naar…',
      }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Gereed' }));

    expect(cardTitles(column('Gereed'))).toEqual([ENERGY]);
    await waitFor(async () => expect((await klimaatAction(owner, ENERGY)).status).toBe('done'));
    expect(within(card(ENERGY)).getByRole('button', { name: ENERGY })).toHaveFocus();
  });

  it('opens the move menu from the keyboard, with Enter or the down arrow', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });
    const moveTo = async (title: string) =>
      within(await screen.findByRole('article', { name: title })).getByRole('button', {
        name: 'Verplaats naar…',
      });

    (await moveTo(EVALUATE)).focus();
    await user.keyboard('{ArrowDown}');
    expect(
      within(await screen.findByRole('menu'))
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Bezig', 'Gereed', 'Geblokkeerd']);
    await user.click(screen.getByRole('heading', { level: 1 }));
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());

    (await moveTo(EVALUATE)).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
  });

  it('puts a card back and says why when someone else changed the action first', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });
    await screen.findByRole('article', { name: EVALUATE });
    await changeAsCoordinator(EVALUATE, { description: 'Elk kwartaal in het MVOI-overleg.' });

    await user.click(within(card(EVALUATE)).getByRole('button', { name: 'Verplaats naar…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Geblokkeerd' }));

    expect(
      await screen.findByText(
        `Actie ${EVALUATE} is niet verplaatst: iemand anders heeft haar intussen gewijzigd. Het bord is opnieuw geladen.`,
      ),
    ).toBeInTheDocument();
    expect(cardTitles(column('Geblokkeerd'))).toEqual([]);
    expect(cardTitles(column('Niet gestart'))).toContain(EVALUATE);
    expect((await klimaatAction(owner, EVALUATE)).status).toBe('not-started');
  });
});

describe('filtering the board', () => {
  let site: TestSite;
  let owner: Repositories;

  beforeAll(async () => {
    site = await freshSite();
    owner = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'theme-owner' && user.themeKey === 'klimaat').login,
    );
  });

  it('narrows the cards, keeps the filter in the address and clears it again', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <ThemeBoardPage />
        <Search />
      </>,
      { repositories: owner, ...BOARD },
    );
    await screen.findByRole('article', { name: ENERGY });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Deadline' }), 'Te laat');
    expect(screen.getAllByRole('article').map((article) => article.textContent)).toEqual([
      expect.stringContaining(ENERGY),
    ]);
    expect(screen.getByText('1 van 6 acties getoond')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent('?state=overdue');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kwartaal' }), 'Q4 2025');
    expect(screen.getByText('Geen acties passen bij deze filters.')).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent(
      '?quarter=2025-Q4&state=overdue',
    );

    await user.click(screen.getAllByRole('button', { name: 'Filters wissen' })[0] as HTMLElement);
    expect(screen.getAllByRole('article')).toHaveLength(6);
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent(/^$/);
  });

  it('opens with the filters of a shared link', async () => {
    const board = await owner.plan.loadThemeBoard('klimaat');
    const goal = board.goals.find(
      (candidate) =>
        candidate.title === 'Zicht op CO2-reductie door ‘meten is weten’ toe te passen',
    );
    renderWithSite(<ThemeBoardPage />, {
      repositories: owner,
      path: BOARD.path,
      url: `${BOARD.url}?goal=${goal?.id}&quarter=2025-Q2`,
    });
    expect(await screen.findByRole('article', { name: MKI })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Kwartaal' })).toHaveDisplayValue('Q2 2025');
  });
});

/** The question before unsaved input is thrown away; `hidden` as in find-modal.tsx. */
function findDiscardQuestion() {
  return waitFor(() => {
    const question = screen.getByRole('alertdialog', { hidden: true });
    expect(question).toHaveTextContent('Wijzigingen weggooien?');
    return question;
  });
}

describe('the action dialog', () => {
  let site: TestSite;
  let owner: Repositories;
  let coordinator: Repositories;

  beforeAll(async () => {
    site = await freshSite();
    owner = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'theme-owner' && user.themeKey === 'klimaat').login,
    );
    coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
  });

  it('refuses an empty or too long title, in Dutch at the field, and sends nothing', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(owner.actions, 'create');
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: 'Nieuwe actie' }));
    const dialog = await findModal('Nieuwe actie');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));
    expect(await within(dialog).findByText('Vul een titel in.')).toBeInTheDocument();
    expect(
      await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ }),
    ).toHaveFocus();

    await user.click(await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ }));
    await user.paste('x'.repeat(256));
    expect(
      await within(dialog).findByText('De titel mag maximaal 255 tekens zijn.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    expect(await findModal('Nieuwe actie')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
  });

  it('asks before Escape throws away a new action’s input', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(owner.actions, 'create');
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: 'Nieuwe actie' }));
    const dialog = await findModal('Nieuwe actie');
    await enter(
      user,
      await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ }),
      'Half af',
    );
    await user.keyboard('{Escape}');
    const confirm = await findDiscardQuestion();
    await user.click(within(confirm).getByRole('button', { hidden: true, name: 'Weggooien' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
  });

  it('saves a valid edit: title, timing from the quarter picker and a progress note', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: UPDATE_PLAN }));
    const dialog = await findModal('Actie bewerken');
    const title = await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ });
    await user.clear(title);
    await enter(user, title, 'Klimaatacties actualiseren voor 2026');
    await user.click(
      within(dialog).getByRole('radio', { hidden: true, name: 'Van kwartaal tot kwartaal' }),
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { hidden: true, name: 'Van kwartaal' }),
      'Q3',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { hidden: true, name: 'Tot en met jaar' }),
      '2026',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { hidden: true, name: 'Tot en met kwartaal' }),
      'Q1',
    );
    expect(within(dialog).getByText('Wordt opgeslagen als: Q3 2025–Q1 2026')).toBeInTheDocument();
    await enter(
      user,
      within(dialog).getByRole('textbox', { hidden: true, name: /Nieuwe notitie/ }),
      'Eerste versie besproken',
    );
    await user.click(
      within(dialog).getByRole('button', { hidden: true, name: 'Notitie toevoegen' }),
    );
    expect(within(dialog).getByText('Eerste versie besproken')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    expect(
      await screen.findByRole('article', { name: 'Klimaatacties actualiseren voor 2026' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole('button', { name: 'Klimaatacties actualiseren voor 2026' }),
    ).toHaveFocus();
    const saved = await klimaatAction(owner, 'Klimaatacties actualiseren voor 2026');
    expect(saved.timing).toBe('Q3 2025–Q1 2026');
    expect(saved.progressNotes).toEqual([{ date: '2025-05-15', text: 'Eerste versie besproken' }]);
  });

  it('keeps a timing the picker does not write, unless the user changes it', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: ENERGY }));
    const dialog = await findModal('Actie bewerken');
    expect(
      within(dialog).getByRole('radio', { hidden: true, name: 'Zoals nu: “Start in Q1 2025”' }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { hidden: true, name: 'Doorlopend' }));
    expect(within(dialog).getByText('Wordt opgeslagen als: Doorlopend')).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('radio', { hidden: true, name: 'Zoals nu: “Start in Q1 2025”' }),
    );
    await enter(
      user,
      within(dialog).getByRole('textbox', { hidden: true, name: /Beschrijving/ }),
      ' Met Zuid-Limburg.',
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect((await klimaatAction(owner, ENERGY)).timing).toBe('Start in Q1 2025');
  });

  it('shows both versions when someone else saved first, and stores the chosen merge', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: EVALUATE }));
    const dialog = await findModal('Actie bewerken');
    const title = await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ });
    await user.clear(title);
    await enter(user, title, 'Pilots elk kwartaal evalueren');

    const stored = await klimaatAction(coordinator, EVALUATE);
    await coordinator.actions.update(
      stored.id,
      {
        themeId: stored.themeId,
        goalId: stored.goalId,
        title: 'Pilots evalueren en delen',
        description: 'Bespreken in het MVOI-overleg.',
        timing: stored.timing,
        status: stored.status,
        ownerId: undefined,
        pilotIds: stored.pilotIds,
        progressNotes: stored.progressNotes,
      },
      stored.version,
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    expect(
      await within(dialog).findByText('Iemand anders heeft dit intussen gewijzigd'),
    ).toBeInTheDocument();
    const titleChoice = within(dialog).getByRole('radiogroup', { hidden: true, name: 'Titel' });
    expect(
      within(titleChoice).getByRole('radio', {
        hidden: true,
        name: /Nu opgeslagen.*Pilots evalueren en delen/,
      }),
    ).not.toBeChecked();
    expect(
      within(titleChoice).getByRole('radio', {
        hidden: true,
        name: /Uw versie.*Pilots elk kwartaal evalueren/,
      }),
    ).toBeChecked();
    const description = within(dialog).getByRole('radiogroup', {
      hidden: true,
      name: 'Beschrijving',
    });
    expect(
      within(description).getByRole('radio', {
        hidden: true,
        name: /Nu opgeslagen.*Bespreken in het MVOI-overleg/,
      }),
    ).toBeChecked();

    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Keuze opslaan' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    const merged = await klimaatAction(owner, 'Pilots elk kwartaal evalueren');
    expect(merged.description).toBe('Bespreken in het MVOI-overleg.');
  });

  it('keeps the input when the connection drops, and saves it on “Opnieuw proberen”', async () => {
    const user = userEvent.setup();
    const offlineOnce: Repositories = {
      ...owner,
      actions: {
        ...owner.actions,
        update: vi
          .fn(owner.actions.update)
          .mockRejectedValueOnce(new DataError('network', 'Failed to fetch')),
      },
    };
    renderWithSite(<ThemeBoardPage />, { repositories: offlineOnce, ...BOARD });

    await user.click(await screen.findByRole('button', { name: ENERGY }));
    const dialog = await findModal('Actie bewerken');
    await enter(
      user,
      within(dialog).getByRole('textbox', { hidden: true, name: /Beschrijving/ }),
      ' Offline getypt.',
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    expect(
      await within(dialog).findByText(
        'Geen verbinding met SharePoint. Controleer uw netwerk en probeer het opnieuw.',
      ),
    ).toBeInTheDocument();
    const description = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
      hidden: true,
      name: /Beschrijving/,
    });
    expect(description.value).toMatch(/Offline getypt\.$/);
    await user.click(
      within(dialog).getByRole('button', { hidden: true, name: 'Opnieuw proberen' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect((await klimaatAction(owner, ENERGY)).description).toContain('Offline getypt.');
  });

  it('deletes an action after confirmation', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });

    await user.click(await screen.findByRole('button', { name: MKI }));
    const dialog = await findModal('Actie bewerken');
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Verwijderen' }));
    const confirm = await findModal('Weet u het zeker?');
    await user.click(within(confirm).getByRole('button', { hidden: true, name: 'Verwijderen' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: MKI })).not.toBeInTheDocument(),
    );
    const board = await owner.plan.loadThemeBoard('klimaat');
    expect(board.actions.map((action) => action.title)).not.toContain(MKI);
  });
});

describe('a board longer than a page', () => {
  let site: TestSite;
  let owner: Repositories;
  const extra = (index: number) => `Extra actie ${String(index).padStart(2, '0')}`;
  const LATER = 'Pas over twee jaar';
  // Klimaat's six actions of the plan and a page of extra ones: more than a page in Niet gestart,
  // exactly one in Bezig.
  const EXTRA = COLUMN_PAGE_SIZE;
  const NOT_STARTED = 6 + EXTRA + 1;
  const ALL = NOT_STARTED + EXTRA;

  beforeAll(async () => {
    site = await freshSite();
    owner = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'theme-owner' && user.themeKey === 'klimaat').login,
    );
    const coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    const { theme } = await coordinator.plan.loadThemeBoard('klimaat');
    // All in the plan of 2025, the tests' today, so the board's default plan years show them.
    const create = (title: string, status: Action['status'], timing: string) =>
      coordinator.actions.create({ themeId: theme.id, title, status, timing, planYear: 2025 });
    // Due later than the plan's own actions, so they come after them in each column.
    for (let index = 1; index <= EXTRA; index += 1) {
      await create(extra(index), 'not-started', 'Q4 2026');
      await create(`Bezig ${extra(index)}`, 'in-progress', 'Q4 2026');
    }
    await create(LATER, 'not-started', 'Q4 2027');
  });

  it('shows a page of cards per column, the count of all, and “Toon nog” for the next', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });
    const notStarted = await screen.findByRole('region', { name: 'Niet gestart' });

    expect(within(notStarted).getByText(`${NOT_STARTED} acties`)).toBeInTheDocument();
    expect(screen.getByText(`${ALL} van ${ALL} acties getoond`)).toBeVisible();
    const titles = cardTitles(notStarted);
    expect(titles).toHaveLength(COLUMN_PAGE_SIZE);
    // Overdue first: the plan's own actions are due in 2025, the extra ones in 2026.
    expect(titles[0]).toBe(ENERGY);
    expect(titles.at(-1)).toBe(extra(COLUMN_PAGE_SIZE - 6));

    await user.click(
      within(notStarted).getByRole('button', {
        name: `Toon nog ${NOT_STARTED - COLUMN_PAGE_SIZE}`,
      }),
    );
    expect(cardTitles(notStarted)).toHaveLength(NOT_STARTED);
    expect(cardTitles(notStarted).at(-1)).toBe(LATER);
    expect(
      within(card(extra(COLUMN_PAGE_SIZE - 5))).getByRole('button', {
        name: extra(COLUMN_PAGE_SIZE - 5),
      }),
    ).toHaveFocus();
    expect(within(notStarted).queryByRole('button', { name: /^Toon nog/ })).not.toBeInTheDocument();
  });

  it('filters all actions, not only the cards on the first page', async () => {
    renderWithSite(<ThemeBoardPage />, {
      repositories: owner,
      path: BOARD.path,
      url: `${BOARD.url}?quarter=2027-Q4`,
    });
    expect(await screen.findByRole('article', { name: LATER })).toBeInTheDocument();
    // With the plan's two ongoing actions, which are due every quarter.
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByText(`3 van ${ALL} acties getoond`)).toBeVisible();
  });

  it('shows a card moved into a column beyond its first page, with the focus on it', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, { repositories: owner, ...BOARD });
    const inProgress = await screen.findByRole('region', { name: 'Bezig' });
    expect(cardTitles(inProgress)).toHaveLength(COLUMN_PAGE_SIZE);
    await user.click(
      within(screen.getByRole('region', { name: 'Niet gestart' })).getByRole('button', {
        name: /^Toon nog/,
      }),
    );

    await user.click(within(card(LATER)).getByRole('button', { name: 'Verplaats naar…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bezig' }));

    // Due last of all, it sorts past the page, and shows all the same.
    expect(within(inProgress).getByText(`${EXTRA + 1} acties`)).toBeInTheDocument();
    expect(cardTitles(inProgress)).toHaveLength(COLUMN_PAGE_SIZE + 1);
    expect(cardTitles(inProgress).at(-1)).toBe(LATER);
    expect(within(card(LATER)).getByRole('button', { name: LATER })).toHaveFocus();
    await waitFor(async () =>
      expect((await klimaatAction(owner, LATER)).status).toBe('in-progress'),
    );
  });
});
