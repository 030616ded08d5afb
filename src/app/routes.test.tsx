import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../host/fake-host';
import { HostContext } from '../host/host-context';
import { createI18n } from '../i18n/i18n';
import { findModal } from '../../tests/support/find-modal';
import { freshSite, type TestSite } from '../../tests/support/render-with-site';
import { localToken } from '../local-sharepoint/local-identity-client';
import { DataRoot } from './data-root';
import { routes, startPathOf } from './routes';
import { TestFluentProvider } from '../../tests/support/test-fluent-provider';

describe('startPathOf', () => {
  it.each([
    [{ frame: 'settings', subPageId: undefined }, '/channel/config'],
    [{ frame: 'content', subPageId: 'theme-klimaat' }, '/themes/klimaat'],
    [{ frame: 'content', subPageId: 'action-12' }, '/actions/12'],
    [{ frame: 'content', subPageId: 'practice-3' }, '/practices/3'],
    [{ frame: 'content', subPageId: 'onbekend' }, undefined],
    [{ frame: 'content', subPageId: undefined }, undefined],
  ] as const)('opens %o at %s', (page, path) => {
    expect(startPathOf({ id: undefined, ...page })).toBe(path);
  });
});

// Every test here only reads: they share one seeded site.
let site: TestSite;
beforeAll(async () => {
  // A lazy route's first import compiles it in Vitest, which on a busy machine takes longer than a
  // find waits; a browser fetches a built chunk instead. Compile them while the site is seeded.
  [site] = await Promise.all([
    freshSite(),
    import('../features/board/components/theme-board-page'),
    import('../features/board/components/action-link-page'),
    import('../features/board/components/organisation-actions-page'),
    import('../features/deadlines/components/deadline-overview-page'),
  ]);
});

async function renderAt(path: string) {
  const login = site.userWhere((user) => user.role === 'colleague').login;
  const token = await localToken(site.siteUrl, login);
  const host = createFakeHost({
    notifyLoaded: vi.fn(),
    siteUrl: site.siteUrl,
    getToken: () => Promise.resolve(token),
  });
  render(
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={createI18n('en')}>
        <TestFluentProvider>
          <DataRoot>
            <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
          </DataRoot>
        </TestFluentProvider>
      </I18nextProvider>
    </HostContext.Provider>,
  );
  return host;
}

describe('routes', () => {
  it('shows the theme a deep link asks for and tells the host once its data arrived', async () => {
    const host = await renderAt('/themes/klimaat');
    expect(await screen.findByRole('heading', { level: 1, name: 'Klimaat' })).toBeInTheDocument();
    expect(host.notifyLoaded).toHaveBeenCalledTimes(1);
  });

  it('opens the board a channel tab was configured to show', async () => {
    await renderAt('/channel?view=board&theme=circulair');
    expect(await screen.findByRole('heading', { level: 1, name: /Circulair/ })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Not started' })).toBeInTheDocument();
  });

  it('opens the deadline overview a channel tab was configured to show', async () => {
    await renderAt('/channel?view=deadlines');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deadline overview' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Deadlines per theme' })).toBeInTheDocument();
  });

  it('opens the action a deep link points to, in a dialog on its theme’s board', async () => {
    const repositories = await site.repositoriesFor(site.users[0]?.login ?? '');
    const { actions } = await repositories.plan.loadThemeBoard('circulair');
    const action = actions[1];
    if (!action) throw new Error('no action');
    await renderAt(`/actions/${action.id}`);
    // A colleague reads it; the theme's owner would edit it. The focus trap may have hidden the
    // dialog or the board behind it (see findModal); Chromium tests what it hides.
    const dialog = await findModal(action.title);
    expect(within(dialog).getByRole('button', { name: 'Close', hidden: true })).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { hidden: true })).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: /Circulair/, hidden: true }),
    ).toBeInTheDocument();
  });

  it('opens an organisation-wide action a deep link points to on its own page', async () => {
    const repositories = await site.repositoriesFor(site.users[0]?.login ?? '');
    const { actions } = await repositories.plan.loadPlan();
    const action = actions.find((candidate) => candidate.themeId === undefined);
    if (!action) throw new Error('no organisation-wide action');
    await renderAt(`/actions/${action.id}`);
    const dialog = await findModal(action.title);
    expect(within(dialog).queryByRole('textbox', { hidden: true })).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Organisation-wide actions', hidden: true }),
    ).toBeInTheDocument();
  });

  it('says so when a deep link points to an action that is gone', async () => {
    await renderAt('/actions/99999');
    expect(await screen.findByText('This action does not exist (any more).')).toBeInTheDocument();
  });

  it('sends unknown paths home', async () => {
    await renderAt('/onbekend');
    expect(await screen.findByRole('heading', { level: 1, name: 'Themes' })).toBeInTheDocument();
  });
});
