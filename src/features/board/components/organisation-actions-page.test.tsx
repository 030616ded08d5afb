import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Repositories } from '../../../data/repositories';
import { SEED_PLAN } from '../../../domain/seed-plan';
import { OrganisationActionsPage } from './organisation-actions-page';

const PAGE = { path: '/organisation-actions', url: '/organisation-actions' };
const [POLICY, AWARENESS, TENDERS] = SEED_PLAN.organisationActions.map(
  (action) => action.title,
) as [string, string, string];

const NEW_TITLE = 'MVOI in de inkoopkalender';

function rowOf(element: HTMLElement): HTMLElement {
  const row = element.closest('tr');
  if (!row) throw new Error('not in a table row');
  return row;
}

async function organisationWide(repositories: Repositories, title: string) {
  const { actions } = await repositories.plan.loadPlan();
  return actions.find((action) => action.themeId === undefined && action.title === title);
}

describe('the organisation-wide actions page', () => {
  let site: TestSite;
  let coordinator: Repositories;
  let colleague: Repositories;

  beforeAll(async () => {
    site = await freshSite();
    [coordinator, colleague] = await Promise.all([
      site.repositoriesFor(site.userWhere((user) => user.role === 'coordinator').login),
      site.repositoriesFor(site.userWhere((user) => user.role === 'colleague').login),
    ]);
  });

  it('lets a coordinator create one, with no theme and no goal to choose', async () => {
    const user = userEvent.setup();
    renderWithSite(<OrganisationActionsPage />, { repositories: coordinator, ...PAGE });

    await user.click(await screen.findByRole('button', { name: 'Nieuwe actie' }));
    const dialog = await findModal('Nieuwe actie');
    expect(
      within(dialog).queryByRole('combobox', { hidden: true, name: 'Doel' }),
    ).not.toBeInTheDocument();
    await enter(
      user,
      within(dialog).getByRole('textbox', { hidden: true, name: /Titel/ }),
      NEW_TITLE,
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    // In jsdom the focus trap may leave the page aria-hidden a moment (see find-modal.tsx).
    const row = rowOf(await screen.findByRole('button', { hidden: true, name: NEW_TITLE }));
    expect(within(row).getByText('Q2 2025')).toBeInTheDocument();
    expect(within(row).getByText('Niet gestart')).toBeInTheDocument();
    expect(await organisationWide(coordinator, NEW_TITLE)).toMatchObject({
      themeId: undefined,
      goalId: undefined,
      timing: 'Q2 2025',
    });
  });

  it('lets a coordinator edit one’s timing and shows the change in the list', async () => {
    const user = userEvent.setup();
    renderWithSite(<OrganisationActionsPage />, { repositories: coordinator, ...PAGE });

    await user.click(await screen.findByRole('button', { name: `Bewerk ${POLICY}` }));
    const dialog = await findModal('Actie bewerken');
    await user.click(within(dialog).getByRole('radio', { hidden: true, name: 'Eén kwartaal' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { hidden: true, name: 'Kwartaal' }),
      'Q4',
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    const row = rowOf(await screen.findByRole('button', { hidden: true, name: POLICY }));
    expect(await within(row).findByText('Q4 2025')).toBeInTheDocument();
    expect(await organisationWide(coordinator, POLICY)).toMatchObject({ timing: 'Q4 2025' });
  });

  it('shows a save over someone else’s change as a conflict, and saves the merge', async () => {
    const user = userEvent.setup();
    renderWithSite(<OrganisationActionsPage />, { repositories: coordinator, ...PAGE });

    await user.click(await screen.findByRole('button', { name: `Bewerk ${TENDERS}` }));
    const dialog = await findModal('Actie bewerken');
    const title = await within(dialog).findByRole('textbox', { hidden: true, name: /Titel/ });
    await user.clear(title);
    await enter(user, title, 'Bewustwording MVOI vergroten');
    const stored = await coordinator.actions.get(
      (await organisationWide(coordinator, TENDERS))?.id ?? 0,
    );
    await coordinator.actions.update(
      stored.id,
      { ...stored, ownerId: undefined, description: 'Via intranet en teamoverleg.' },
      stored.version,
    );
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Opslaan' }));

    expect(
      await within(dialog).findByText('Iemand anders heeft dit intussen gewijzigd'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { hidden: true, name: 'Keuze opslaan' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByRole('button', { hidden: true, name: 'Bewustwording MVOI vergroten' }),
    ).toBeInTheDocument();
    expect(await coordinator.actions.get(stored.id)).toMatchObject({
      title: 'Bewustwording MVOI vergroten',
      description: 'Via intranet en teamoverleg.',
      themeId: undefined,
    });
  });

  it('deletes one only after the coordinator confirms', async () => {
    const user = userEvent.setup();
    const doomed = await coordinator.actions.create({ title: 'Tijdelijke actie', timing: '2025' });
    renderWithSite(<OrganisationActionsPage />, { repositories: coordinator, ...PAGE });

    await user.click(await screen.findByRole('button', { name: 'Verwijder Tijdelijke actie' }));
    const confirm = await findModal('Weet u het zeker?');
    await user.click(within(confirm).getByRole('button', { hidden: true, name: 'Annuleren' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(await organisationWide(coordinator, 'Tijdelijke actie')).toBeDefined();

    await user.click(
      screen.getByRole('button', { hidden: true, name: 'Verwijder Tijdelijke actie' }),
    );
    const again = await findModal('Weet u het zeker?');
    await user.click(within(again).getByRole('button', { hidden: true, name: 'Verwijderen' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { hidden: true, name: 'Tijdelijke actie' }),
      ).not.toBeInTheDocument(),
    );
    await expect(coordinator.actions.get(doomed.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('opens the action a link from the deadline overview points at', async () => {
    const action = await organisationWide(colleague, AWARENESS);
    renderWithSite(<OrganisationActionsPage />, {
      repositories: colleague,
      path: PAGE.path,
      url: `${PAGE.url}?action=${action?.id}`,
    });
    const dialog = await findModal(AWARENESS);
    expect(
      within(dialog).getByRole('button', { hidden: true, name: 'Sluiten' }),
    ).toBeInTheDocument();
  });

  it('shows a colleague the list without any button to change it', async () => {
    const user = userEvent.setup();
    renderWithSite(<OrganisationActionsPage />, { repositories: colleague, ...PAGE });

    expect(await screen.findByRole('button', { name: AWARENESS })).toBeInTheDocument();
    expect(
      screen.getByText('U kunt deze acties bekijken. Alleen de coördinator kan ze wijzigen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe actie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Bewerk / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Verwijder / })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: AWARENESS }));
    const dialog = await findModal(AWARENESS);
    expect(
      within(dialog).queryByRole('button', { hidden: true, name: 'Opslaan' }),
    ).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { hidden: true })).not.toBeInTheDocument();
  });
});
