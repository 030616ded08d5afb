import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { PracticesPage } from './practices-page';
import { PracticePage } from './practice-page';

describe('the practice feed', () => {
  let site: TestSite;
  const loginOf = (role: string, index = 0) =>
    site.users.filter((user) => user.role === role)[index]?.login as string;

  beforeAll(async () => {
    site = await freshSite();
  });

  it('shows the posts newest first, their Markdown rendered', async () => {
    const repositories = await site.repositoriesFor(loginOf('colleague'));
    const themeIds = [(await repositories.plan.loadPlan()).themes[0]?.id as number];
    await repositories.practices.create({ title: 'Eerder voorbeeld', body: 'Ouder', themeIds });
    await repositories.practices.create({
      title: 'Deelscooters',
      body: 'Een **vette** zaak',
      themeIds,
    });
    renderWithSite(<PracticesPage />, { repositories, path: '/practices', url: '/practices' });
    const newest = await screen.findByRole('heading', { name: 'Deelscooters' });
    const card = newest.closest('[role="article"]') as HTMLElement;
    expect(within(card).getByText('vette').tagName).toBe('STRONG');
    const titles = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles.indexOf('Deelscooters')).toBeLessThan(titles.indexOf('Eerder voorbeeld'));
  });

  it('counts a reaction once, however fast the clicks', async () => {
    const user = userEvent.setup();
    const author = await site.repositoriesFor(loginOf('colleague'));
    const { themes } = await author.plan.loadPlan();
    await author.practices.create({
      title: 'Om te waarderen',
      body: 'Tekst',
      themeIds: [themes[0]?.id as number],
    });
    const reader = await site.repositoriesFor(loginOf('colleague', 1));
    renderWithSite(<PracticesPage />, {
      repositories: reader,
      path: '/practices',
      url: '/practices',
    });
    const card = await screen.findByRole('article', { name: 'Om te waarderen' });
    const useful = await within(card).findByRole('button', { name: 'Nuttig: 0' });
    await waitFor(() => expect(useful).toBeEnabled());
    await user.dblClick(useful);
    await waitFor(() =>
      expect(within(card).getByRole('button', { name: 'Nuttig: 1' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    const practiceId = (await reader.practices.page({})).items.find(
      (practice) => practice.title === 'Om te waarderen',
    )?.id as number;
    const me = await reader.people.currentUser();
    expect(
      (await reader.practices.stats([practiceId], me.id)).get(practiceId)?.reactions.useful,
    ).toBe(1);
  });

  it('shows a post on its own page, where a colleague comments', async () => {
    const user = userEvent.setup();
    const author = await site.repositoriesFor(loginOf('colleague'));
    const { themes } = await author.plan.loadPlan();
    const practice = await author.practices.create({
      title: 'Met een gesprek',
      body: 'Tekst',
      themeIds: [themes[0]?.id as number],
    });
    const reader = await site.repositoriesFor(loginOf('colleague', 1));
    renderWithSite(<PracticePage />, {
      repositories: reader,
      path: '/practices/:id',
      url: `/practices/${practice.id}`,
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Met een gesprek' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Nog geen reacties.')).toBeInTheDocument();
    await enter(user, screen.getByRole('textbox', { name: 'Jouw reactie' }), 'Mooi gedaan!');
    await user.click(screen.getByRole('button', { name: 'Reageren' }));
    const comments = await screen.findByRole('region', { name: 'Reacties' });
    expect(await within(comments).findByText('Mooi gedaan!')).toBeInTheDocument();
    // The commenter may edit their own comment.
    expect(await within(comments).findByRole('button', { name: 'Bewerken' })).toBeInTheDocument();
  });

  it('says so when a post does not exist or may not be seen', async () => {
    renderWithSite(<PracticePage />, {
      repositories: await site.repositoriesFor(loginOf('colleague')),
      path: '/practices/:id',
      url: '/practices/99999',
    });
    expect(
      await screen.findByText('Dit voorbeeld bestaat niet (meer) of je mag het niet zien.'),
    ).toBeInTheDocument();
  });
});
