import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { inject } from 'vitest';
import { createQueryClient, DataProviders } from '../../src/app/data-providers';
import type { Repositories } from '../../src/data/repositories';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import { createFakeHost } from '../../src/host/fake-host';
import { HostContext } from '../../src/host/host-context';
import { createI18n, type Language } from '../../src/i18n/i18n';
import {
  localToken,
  localUsers,
  type LocalUserInfo,
} from '../../src/local-sharepoint/local-identity-client';
import { ClockContext } from '../../src/ui/clock';
import { TestFluentProvider } from './test-fluent-provider';

export interface TestSite {
  siteUrl: string;
  users: LocalUserInfo[];
  /** The real SharePoint repositories over the local SharePoint, signed in as `login`. */
  repositoriesFor(login: string): Promise<Repositories>;
  userWhere(match: (user: LocalUserInfo) => boolean): LocalUserInfo;
}

/** A fresh, seeded local SharePoint for this test file (see site-factory.ts). */
export async function freshSite(): Promise<TestSite> {
  const response = await fetch(`${inject('siteFactoryUrl')}/sites`, { method: 'POST' });
  if (!response.ok) throw new Error(`site factory: ${response.status} ${await response.text()}`);
  const { siteUrl } = (await response.json()) as { siteUrl: string };
  const users = await localUsers(siteUrl);
  return {
    siteUrl,
    users,
    repositoriesFor: async (login) => {
      const token = await localToken(siteUrl, login);
      return createSharePointRepositories({ siteUrl, getToken: async () => token });
    },
    userWhere: (match) => {
      const user = users.find(match);
      if (!user) throw new Error('no such local user');
      return user;
    },
  };
}

export interface RenderOptions {
  repositories: Repositories;
  /** The route the page is mounted at, and the URL to open. */
  path?: string;
  url?: string;
  language?: Language;
  now?: Date;
}

/** Renders a page with the app's own providers, over real repositories. */
export function renderWithSite(page: ReactElement, options: RenderOptions) {
  const {
    repositories,
    path = '/',
    url = '/',
    language = 'nl',
    now = new Date('2025-05-15T10:00:00Z'),
  } = options;
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <TestFluentProvider>
        <HostContext.Provider value={createFakeHost()}>
          <ClockContext.Provider value={() => now}>
            <DataProviders repositories={repositories} queryClient={createQueryClient()}>
              <MemoryRouter initialEntries={[url]}>
                <Routes>
                  <Route path={path} element={page} />
                </Routes>
              </MemoryRouter>
            </DataProviders>
          </ClockContext.Provider>
        </HostContext.Provider>
      </TestFluentProvider>
    </I18nextProvider>,
  );
}
