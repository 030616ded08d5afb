import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import { findModal } from '../../../../tests/support/find-modal';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Theme } from '../../../domain/theme';
import { ThemeAssessments } from './theme-assessments';

describe('a theme’s ambition ladder over the years', () => {
  let site: TestSite;
  let klimaat: Theme;
  const login = (match: Parameters<TestSite['userWhere']>[0]) => site.userWhere(match).login;
  const colleague = () => login((user) => user.role === 'colleague');
  const owner = () => login((user) => user.themeKey === 'klimaat');
  const coordinator = () => login((user) => user.role === 'coordinator');

  beforeAll(async () => {
    site = await freshSite();
    const repositories = await site.repositoriesFor(colleague());
    klimaat = (await repositories.themes.list()).items.find(
      (theme) => theme.key === 'klimaat',
    ) as Theme;
  });

  it('starts from the nulmeting and says the gap, with nothing to draft for a colleague', async () => {
    renderWithSite(<ThemeAssessments theme={klimaat} />, {
      repositories: await site.repositoriesFor(colleague()),
    });
    expect(await screen.findByText('Nog 2 stappen tot Borging, 4 jaar.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Stappen van Klimaat per jaar' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'MomentStap',
      'Nulmeting2 Pilots',
      'Ambitie van het thema4 Borging',
      'Doel eind 20284 Borging',
    ]);
    expect(
      screen.getByRole('img', { name: /Ambitieladder van Klimaat door de jaren/ }),
    ).toBeVisible();
    expect(screen.getByText(/Er is nog geen jaarlijkse meting/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meting opstellen' })).toBeNull();
  });

  it('refuses a draft without explanation in the owner’s form, saying why', async () => {
    renderWithSite(<ThemeAssessments theme={klimaat} />, {
      repositories: await site.repositoriesFor(owner()),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Meting opstellen' }));
    const dialog = await findModal('Meting opstellen voor Klimaat');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Concept opslaan', hidden: true }));
    expect(await within(dialog).findByText('Geef een toelichting.')).toBeInTheDocument();
  });

  it('turns a draft saved meanwhile in another tab into a choice per field', async () => {
    const ownerRepositories = await site.repositoriesFor(owner());
    const draft = await ownerRepositories.assessments.draft(klimaat.id, 2026, {
      level: 3,
      status: 'on-track',
      explanation: 'Eerste versie.',
      evidence: [],
      act: '',
    });
    const user = userEvent.setup();
    renderWithSite(<ThemeAssessments theme={klimaat} />, {
      repositories: ownerRepositories,
      now: new Date('2026-06-01T10:00:00Z'),
    });
    const year = await screen.findByRole('region', { name: 'Meting 2026' });
    // The button waits for the current user too, who may come after the assessments.
    await user.click(await within(year).findByRole('button', { name: 'Concept bewerken' }));
    const dialog = await findModal('Concept 2026 van Klimaat bewerken');
    await ownerRepositories.assessments.draft(
      klimaat.id,
      2026,
      {
        level: 3,
        status: 'at-risk',
        explanation: 'Uit het andere tabblad.',
        evidence: [],
        act: '',
      },
      draft,
    );
    await enter(
      user,
      within(dialog).getByRole('textbox', { name: /Bijsturing/, hidden: true }),
      'Meer teams.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Concept opslaan', hidden: true }));
    expect(await within(dialog).findByText('Uit het andere tabblad.')).toBeInTheDocument();
    expect(within(dialog).getByText('Meer teams.')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Keuze opslaan', hidden: true }),
    ).toBeVisible();
  });

  it('shows a confirmed year in the table and keeps the draft and its revision visible', async () => {
    const drafted = await (
      await site.repositoriesFor(owner())
    ).assessments.draft(klimaat.id, 2025, {
      level: 3,
      status: 'at-risk',
      explanation: 'Verbreed in twee teams.',
      evidence: ['https://intranet.example/a'],
      act: '',
    });
    await (
      await site.repositoriesFor(coordinator())
    ).assessments.confirm(drafted.id, drafted.version);
    renderWithSite(<ThemeAssessments theme={klimaat} />, {
      repositories: await site.repositoriesFor(colleague()),
      now: new Date('2026-03-01T10:00:00Z'),
    });
    const table = await screen.findByRole('table', { name: 'Stappen van Klimaat per jaar' });
    expect(
      within(table).getByRole('row', { name: '2025 (vastgesteld) 3 Verbreding' }),
    ).toBeVisible();
    expect(screen.getByText('Nog 1 stap tot Borging, 3 jaar.')).toBeInTheDocument();
    const year = screen.getByRole('region', { name: 'Meting 2025' });
    expect(within(year).getByText('Vastgesteld')).toBeInTheDocument();
    expect(within(year).getByText('Concept')).toBeInTheDocument();
    expect(within(year).getAllByText('Risico')).toHaveLength(2);
  });
});
