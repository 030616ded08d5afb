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
import type { ActionSummary } from '../../../domain/action';
import { ThemePage } from './theme-page';

const NOW = new Date('2026-11-16T10:00:00Z');

function Search() {
  return <output aria-label="adres">{useLocation().search}</output>;
}

function Page() {
  return (
    <>
      <ThemePage />
      <Search />
    </>
  );
}

describe('the theme page per plan year', () => {
  let site: TestSite;
  let colleague: Repositories;
  let carried: ActionSummary;

  beforeAll(async () => {
    site = await freshSite();
    const coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    colleague = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
    const board = await coordinator.plan.loadThemeBoard('klimaat');
    const open = board.actions.find(
      (action) => action.status !== 'done' && action.planYear < 2027 && action.goalId,
    );
    if (!open) throw new Error('the seed has no open klimaat action');
    carried = open;
    const stored = await coordinator.planUpdates.get(2027);
    const saved = await coordinator.planUpdates.save(
      {
        ...stored.draft,
        choices: { [open.id]: { kind: 'carry', timing: 'Q3 2027' } },
        targets: { [board.theme.id]: 5 },
      },
      stored.version,
    );
    await coordinator.planUpdates.apply(2027, saved.version as string);
  });

  it('shows a year’s own target and actions, chosen with the year filter, kept in the URL', async () => {
    const user = userEvent.setup();
    renderWithSite(<Page />, {
      repositories: colleague,
      path: '/themes/:key',
      url: '/themes/klimaat',
      now: NOW,
    });
    const ladder = await screen.findByRole('list', { name: /^Nulmeting: stap \d/ });
    expect(ladder.getAttribute('aria-label')).not.toMatch(/Ambitie: stap 5/);
    // The current year shows what is still open from before, not what the update closed.
    expect(screen.queryByText(carried.title)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Planjaar' }), '2027');
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent('?year=2027');
    expect(screen.getByRole('list', { name: /Ambitie: stap 5/ })).toBeInTheDocument();
    const item = screen.getByText(carried.title).closest('li');
    expect(within(item as HTMLElement).getByText('Q3 2027')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het actiebord' })).toHaveAttribute(
      'href',
      '/themes/klimaat/board?year=2027',
    );
  });
});
