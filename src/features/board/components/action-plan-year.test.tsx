import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { findModal } from '../../../../tests/support/find-modal';
import type { Repositories } from '../../../data/repositories';
import type { ActionSummary } from '../../../domain/action';
import { ThemeBoardPage } from './theme-board-page';

const NOW = new Date('2026-11-16T10:00:00Z');

describe('an action’s plan year and the yearly update’s outcome on the board', () => {
  let site: TestSite;
  let coordinator: Repositories;
  let carried: ActionSummary;
  let stopped: ActionSummary;
  let kept: ActionSummary;

  beforeAll(async () => {
    site = await freshSite();
    coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    const board = await coordinator.plan.loadThemeBoard('klimaat');
    const open = board.actions.filter(
      (action) => action.status !== 'done' && action.planYear < 2027,
    );
    const [first, second, third] = open;
    if (!first || !second || !third) throw new Error('the seed has too few open actions');
    [carried, stopped, kept] = [first, second, third];
    const stored = await coordinator.planUpdates.get(2027);
    const saved = await coordinator.planUpdates.save(
      {
        ...stored.draft,
        choices: {
          [carried.id]: { kind: 'carry', timing: 'Q2 2027' },
          [stopped.id]: { kind: 'stop', reason: 'Geen budget' },
        },
      },
      stored.version,
    );
    await coordinator.planUpdates.apply(2027, saved.version as string);
  });

  it('shows on a card and in its dialog where the update took an action', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, {
      repositories: coordinator,
      path: '/themes/:key/board',
      url: `/themes/klimaat/board?year=${carried.planYear}`,
      now: NOW,
    });
    const card = await screen.findByRole('article', { name: carried.title });
    expect(within(card).getByText('Doorgeschoven naar 2027')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: stopped.title })).getByText(
        'Gestopt: Geen budget',
      ),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: carried.title }));
    const dialog = await findModal('Actie bewerken');
    expect(await within(dialog).findByText('Doorgeschoven naar 2027')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { hidden: true, name: 'Planjaar' })).toHaveValue(
      String(carried.planYear),
    );
  });

  it('moves an action to another plan year from its dialog, keeping its timing', async () => {
    const user = userEvent.setup();
    renderWithSite(<ThemeBoardPage />, {
      repositories: coordinator,
      path: '/themes/:key/board',
      url: '/themes/klimaat/board?year=all',
      now: NOW,
    });
    await user.click(await screen.findByRole('button', { name: kept.title }));
    const dialog = await findModal('Actie bewerken');
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { hidden: true, name: 'Planjaar' }),
      String(kept.planYear + 1),
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));
    await waitFor(async () => {
      const saved = await coordinator.actions.get(kept.id);
      expect(saved.planYear).toBe(kept.planYear + 1);
      expect(saved.timing).toBe(kept.timing);
    });
  });
});
