import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import type { Theme } from '../../../domain/theme';
import { OrganisationProgressCard } from './organisation-progress-card';

describe('the organisation’s progress toward step 4 in 2028', () => {
  let site: TestSite;
  let themes: Theme[];
  const colleague = () => site.userWhere((user) => user.role === 'colleague').login;

  beforeAll(async () => {
    site = await freshSite();
    themes = (await (await site.repositoriesFor(colleague())).themes.list()).items;
  });

  it('counts the themes at step 4 and cannot yet judge the pace without confirmed years', async () => {
    renderWithSite(<OrganisationProgressCard themes={themes} />, {
      repositories: await site.repositoriesFor(colleague()),
    });
    const card = await screen.findByRole('region', { name: 'Voortgang naar stap 4 in 2028' });
    expect(
      await within(card).findByText('1 van de 6 thema’s staat op stap 4 (Borging) of hoger.'),
    ).toBeInTheDocument();
    expect(within(card).getByText(/Nog niet te zeggen of het tempo genoeg is/)).toBeInTheDocument();
    const lagging = within(card).getAllByRole('listitem');
    expect(lagging).toHaveLength(5);
    expect(lagging[0]?.textContent).toBe(
      'Klimaat: nog geen vastgestelde meting. Nog 2 stappen tot Borging, 4 jaar.',
    );
  });

  it('says a theme behind is behind, in English too', async () => {
    const owner = site.userWhere((user) => user.themeKey === 'ketenverantwoordelijkheid').login;
    const theme = themes.find((candidate) => candidate.key === 'ketenverantwoordelijkheid');
    const draft = await (
      await site.repositoriesFor(owner)
    ).assessments.draft(theme?.id ?? 0, 2025, {
      level: 1,
      status: 'behind',
      explanation: 'Nog niet begonnen.',
      evidence: [],
      act: '',
    });
    const coordinator = site.userWhere((user) => user.role === 'coordinator').login;
    await (await site.repositoriesFor(coordinator)).assessments.confirm(draft.id, draft.version);
    renderWithSite(<OrganisationProgressCard themes={themes} />, {
      repositories: await site.repositoriesFor(colleague()),
      language: 'en',
      now: new Date('2026-02-01T10:00:00Z'),
    });
    const card = await screen.findByRole('region', { name: 'Progress toward step 4 in 2028' });
    expect(await within(card).findByText(/The pace is not enough/)).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain(
      'Ketenverantwoordelijkheid: behind. 3 steps to go to Embedding, 3 years. To the theme’s own ambition, Broadening: 2 steps to go.',
    );
  });
});
