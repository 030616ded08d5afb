import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { enter } from '../../../../tests/support/enter-text';
import { DataError } from '../../../data/errors';
import type { Repositories } from '../../../data/repositories';
import type { ActionSummary } from '../../../domain/action';
import { needsDecision, type PlanUpdateDraft } from '../../../domain/plan-update';
import { PlanUpdatePage } from './plan-update-page';

const NOW = new Date('2026-11-16T10:00:00Z');
const route = (year: number) => ({ path: '/plan-update/:year', url: `/plan-update/${year}` });

describe('the yearly update wizard', () => {
  let site: TestSite;
  let coordinator: Repositories;
  let open: ActionSummary[];
  const klimaatOpen = () => open.filter((action) => action.themeId === open[0]?.themeId);

  beforeAll(async () => {
    site = await freshSite();
    coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    const plan = await coordinator.plan.loadPlan();
    const klimaat = plan.themes.find((theme) => theme.key === 'klimaat');
    open = plan.actions
      .filter((action) => needsDecision(action, 2027))
      .sort((a, b) => Number(b.themeId === klimaat?.id) - Number(a.themeId === klimaat?.id));
  });

  const render = (repositories: Repositories, year: number) =>
    renderWithSite(<PlanUpdatePage />, { repositories, ...route(year), now: NOW });

  it('tells a colleague that only a coordinator prepares a new year', async () => {
    const colleague = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'colleague').login,
    );
    render(colleague, 2027);
    expect(
      await screen.findByText(/Alleen een coördinator kan het actieplan van een nieuw jaar/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toepassen' })).not.toBeInTheDocument();
  });

  it('speaks English to a coordinator who reads English', async () => {
    renderWithSite(<PlanUpdatePage />, {
      repositories: coordinator,
      ...route(2027),
      now: NOW,
      language: 'en',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Prepare action plan 2027' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Save and continue later' })).toBeVisible();
  });

  it('asks a reason to stop, saves the step as a draft and shows it again when reopened', async () => {
    const user = userEvent.setup();
    const [carry, stop] = klimaatOpen();
    if (!carry || !stop) throw new Error('the seed has too few open klimaat actions');
    const view = render(coordinator, 2027);
    await screen.findByRole('heading', { level: 2, name: 'Klimaat' });

    const stopChoice = screen.getByRole('radiogroup', {
      name: `Wat gebeurt er met “${stop.title}”?`,
    });
    await user.click(within(stopChoice).getByRole('radio', { name: 'Stoppen' }));
    const carryChoice = screen.getByRole('radiogroup', {
      name: `Wat gebeurt er met “${carry.title}”?`,
    });
    await user.click(within(carryChoice).getByRole('radio', { name: 'Doorschuiven naar 2027' }));
    const carryRow = screen.getByRole('group', { name: carry.title });
    await user.selectOptions(within(carryRow).getByRole('combobox', { name: 'Kwartaal' }), '2');
    expect(within(carryRow).getByText('Wordt opgeslagen als: Q2 2027')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opslaan en later verder' }));
    expect(await screen.findByText('Geef een reden om te stoppen.')).toBeInTheDocument();
    expect((await coordinator.planUpdates.get(2027)).version).toBeUndefined();

    const reason = screen.getByRole('textbox', { name: /Reden om te stoppen/ });
    await enter(user, reason, 'Past niet meer in de begroting');
    await user.click(screen.getByRole('button', { name: 'Opslaan en later verder' }));
    expect(await screen.findByText(/^Opgeslagen\. U of een andere coördinator/)).toBeVisible();
    const stored = await coordinator.planUpdates.get(2027);
    expect(stored.draft.choices).toEqual({
      [carry.id]: { kind: 'carry', timing: 'Q2 2027' },
      [stop.id]: { kind: 'stop', reason: 'Past niet meer in de begroting' },
    });

    view.unmount();
    render(coordinator, 2027);
    const reopened = await screen.findByRole('group', { name: stop.title });
    expect(within(reopened).getByRole('radio', { name: 'Stoppen' })).toBeChecked();
    expect(within(reopened).getByRole('textbox', { name: /Reden/ })).toHaveValue(
      'Past niet meer in de begroting',
    );
    const carried = screen.getByRole('group', { name: carry.title });
    expect(within(carried).getByText('Wordt opgeslagen als: Q2 2027')).toBeInTheDocument();
  });

  it('shows another coordinator’s save as a conflict and reloads their draft', async () => {
    const user = userEvent.setup();
    const [, , done] = klimaatOpen();
    if (!done) throw new Error('the seed has too few open klimaat actions');
    render(coordinator, 2027);
    const row = await screen.findByRole('group', { name: done.title });

    const other = await coordinator.planUpdates.get(2027);
    await coordinator.planUpdates.save(
      { ...other.draft, choices: { ...other.draft.choices, [done.id]: { kind: 'done' } } },
      other.version,
    );
    await user.click(within(row).getByRole('radio', { name: 'Stoppen' }));
    await enter(user, within(row).getByRole('textbox', { name: /Reden/ }), 'Mijn reden');
    await user.click(screen.getByRole('button', { name: 'Opslaan en later verder' }));
    expect(await screen.findByText('Het concept is intussen gewijzigd')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: done.title })).getByRole('radio', {
          name: 'Afronden als gereed',
        }),
      ).toBeChecked(),
    );
  });

  it('asks before leaving a step with unsaved choices', async () => {
    const user = userEvent.setup();
    const [first] = klimaatOpen();
    if (!first) throw new Error('no open klimaat action');
    render(coordinator, 2028);
    const row = await screen.findByRole('group', { name: first.title });
    await user.click(within(row).getByRole('radio', { name: 'Afronden als gereed' }));
    await user.click(screen.getByRole('button', { name: /^Circulair/ }));
    const ask = await screen.findByRole('alertdialog', { hidden: true });
    expect(ask).toHaveTextContent('Wijzigingen weggooien?');
    await user.click(within(ask).getByRole('button', { name: 'Verder bewerken', hidden: true }));
    expect(screen.getByRole('heading', { level: 2, name: 'Klimaat' })).toBeInTheDocument();
    expect(within(row).getByRole('radio', { name: 'Afronden als gereed' })).toBeChecked();
  });

  it('applies a complete draft, and says how far a failed apply came', async () => {
    const user = userEvent.setup();
    const year = 2029;
    const choices: PlanUpdateDraft['choices'] = Object.fromEntries(
      open.map((action) => [String(action.id), { kind: 'done' as const }]),
    );
    const saved = await coordinator.planUpdates.save(
      { year, choices, newActions: [], targets: {} },
      undefined,
    );
    let attempts = 0;
    const failing: Repositories = {
      ...coordinator,
      planUpdates: {
        ...coordinator.planUpdates,
        apply: async (applyYear, version) => {
          attempts += 1;
          if (attempts === 1) {
            throw new DataError('network', 'offline', {
              current: { created: 0, closed: 2, targets: 0 },
            });
          }
          expect(version).toBe(saved.version);
          return { created: 0, closed: open.length, targets: 0 };
        },
      },
    };
    render(failing, year);
    await user.click(await screen.findByRole('button', { name: 'Overzicht en toepassen' }));
    expect(screen.getByText('Afronden als gereed').nextElementSibling).toHaveTextContent(
      String(open.length),
    );
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));
    expect(
      await screen.findByText(
        new RegExp(`Toepassen is halverwege gestopt: 2 van ${open.length} geschreven`),
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Probeer opnieuw' }));
    expect(
      await screen.findByText(
        `Het actieplan ${year} is bijgewerkt: 0 acties aangemaakt, ${open.length} afgesloten, 0 doelen aangepast.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Bord Klimaat van ${year} bekijken` })).toHaveAttribute(
      'href',
      `/themes/klimaat/board?year=${year}`,
    );
  });

  it('shows an applied year as done, with the way to its boards, and no forms', async () => {
    const year = 2031;
    const saved = await coordinator.planUpdates.save(
      { year, choices: {}, newActions: [], targets: {} },
      undefined,
    );
    await coordinator.planUpdates.apply(year, saved.version as string);
    render(coordinator, year);
    expect(
      await screen.findByText(
        new RegExp(`Dit concept is op .+ toegepast\\. Het actieplan ${year}`),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Bord Klimaat van ${year} bekijken` })).toHaveAttribute(
      'href',
      `/themes/klimaat/board?year=${year}`,
    );
    expect(screen.queryByRole('button', { name: 'Opslaan en verder' })).not.toBeInTheDocument();
  });
});
