import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { findModal } from '../../../../tests/support/find-modal';
import { usePlan } from '../../../ui/use-plan';
import { MyDeadlinesButton } from './my-deadlines-button';
import { MyDeadlinesPage } from './my-deadlines-page';

const ENERGY =
  'Input leveren voor de nieuwe Europese aanbesteding ‘Inkoop Energie’, collectief Zuid-Limburg';

/** A page that reads the plan, as the home page, a theme or the overview do. */
function PlanPage() {
  usePlan();
  return null;
}

describe('my deadlines', () => {
  let site: TestSite;
  const repositoriesOf = (role: string, themeKey?: string) =>
    site.repositoriesFor(
      site.userWhere((user) => user.role === role && (!themeKey || user.themeKey === themeKey))
        .login,
    );

  beforeAll(async () => {
    site = await freshSite();
  });

  it('counts a theme owner’s late and coming actions, and lists them in a popover', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <MyDeadlinesButton />
        <PlanPage />
      </>,
      { repositories: await repositoriesOf('theme-owner', 'klimaat') },
    );

    // The plan's Klimaat actions have no owner of their own: the theme's owner answers for them.
    (
      await screen.findByRole('button', { name: 'Mijn deadlines: 1 actie te laat of binnenkort' })
    ).focus();
    await user.keyboard('{Enter}');
    // The keyboard, since a click can race Fluent's outside-click check in jsdom; the focus trap
    // may have hidden the popover (see findModal). Chromium tests pointer, focus and what is hidden.
    const popover = await findModal('Mijn deadlines');
    expect(within(popover).getByRole('link', { name: ENERGY, hidden: true })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/actions\/\d+$/),
    );
    expect(within(popover).getByText('45 dagen te laat')).toBeInTheDocument();
    expect(
      within(popover).getByRole('link', { name: 'Al mijn deadlines (1)', hidden: true }),
    ).toHaveAttribute('href', '/my-deadlines');
  });

  it('tells a colleague without actions that nothing waits', async () => {
    const user = userEvent.setup();
    renderWithSite(
      <>
        <MyDeadlinesButton />
        <PlanPage />
      </>,
      { repositories: await repositoriesOf('colleague') },
    );
    (
      await screen.findByRole('button', { name: 'Mijn deadlines: 0 acties te laat of binnenkort' })
    ).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('U heeft geen acties die te laat zijn of binnenkort moeten.'),
    ).toBeInTheDocument();
  });

  it('reads nothing of its own: on a page that does not read the plan, it waits', async () => {
    const repositories = await repositoriesOf('theme-owner', 'klimaat');
    const loadPlan = vi.spyOn(repositories.plan, 'loadPlan');
    renderWithSite(<MyDeadlinesButton />, { repositories });
    // The signed-in person is read by every page anyway; once known, the plan would be next.
    await repositories.people.currentUser();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(loadPlan).not.toHaveBeenCalled();
  });

  it('lists them all on the page', async () => {
    renderWithSite(<MyDeadlinesPage />, {
      repositories: await repositoriesOf('theme-owner', 'klimaat'),
      language: 'en',
    });
    const table = await screen.findByRole('table', { name: 'My deadlines' });
    const row = within(table).getByRole('row', { name: new RegExp(ENERGY) });
    expect(within(row).getByText('45 days overdue')).toBeInTheDocument();
    expect(within(row).getByText('Start by 31 March 2025')).toBeInTheDocument();
  });
});
