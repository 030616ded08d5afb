import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../../../host/fake-host';
import type { LocalUser } from '../../../host/host';
import { HostContext } from '../../../host/host-context';
import { createLocalSession } from '../../../host/local-identity';
import { createI18n } from '../../../i18n/i18n';
import { IdentityBadge } from './identity-badge';
import { IdentityGate } from './identity-gate';
import { TestFluentProvider } from '../../../../tests/support/test-fluent-provider';

const users: LocalUser[] = [
  {
    login: 'lotte@mvoi.local',
    title: 'Lotte Peeters',
    email: 'lotte@mvoi.local',
    role: 'colleague',
    themeKey: undefined,
  },
  {
    login: 'klimaat@mvoi.local',
    title: 'Joris Hermans',
    email: 'klimaat@mvoi.local',
    role: 'theme-owner',
    themeKey: 'klimaat',
  },
  {
    login: 'coordinator@mvoi.local',
    title: 'Sanne Vermeulen',
    email: 'coordinator@mvoi.local',
    role: 'coordinator',
    themeKey: undefined,
  },
];

function renderWithSession(children: ReactNode, listUsers = () => Promise.resolve(users)) {
  const session = createLocalSession(listUsers, undefined);
  const host = createFakeHost({ session });
  render(
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={createI18n('nl')}>
        <TestFluentProvider>{children}</TestFluentProvider>
      </I18nextProvider>
    </HostContext.Provider>,
  );
  return session;
}

describe('IdentityGate in local mode', () => {
  it('lists the local users grouped by role, theme owners with their theme', async () => {
    renderWithSession(<IdentityGate>app</IdentityGate>);

    expect(await screen.findByRole('heading', { name: 'Wie bent u?' })).toBeInTheDocument();
    const groups = await screen.findAllByRole('region');
    expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual([
      'Coördinator',
      'Thema-eigenaren',
      'Collega’s',
    ]);
    const owners = screen.getByRole('region', { name: 'Thema-eigenaren' });
    expect(within(owners).getByRole('button')).toHaveTextContent('Joris Hermans');
    expect(within(owners).getByRole('button')).toHaveTextContent('Eigenaar van Klimaat');
    expect(screen.queryByText('app')).not.toBeInTheDocument();
  });

  it('shows the app as the chosen person, and the picker again after switching', async () => {
    const session = renderWithSession(
      <IdentityGate>
        <IdentityBadge />
        <p>app</p>
      </IdentityGate>,
    );
    await userEvent.click(await screen.findByRole('button', { name: /Joris Hermans/ }));

    expect(screen.getByText('app')).toBeInTheDocument();
    expect(screen.getByText('Joris Hermans')).toBeInTheDocument();
    expect(session.current?.login).toBe('klimaat@mvoi.local');

    await userEvent.click(screen.getByRole('button', { name: 'Wisselen van identiteit' }));
    expect(await screen.findByRole('heading', { name: 'Wie bent u?' })).toBeInTheDocument();
    expect(session.current).toBeUndefined();
  });

  it('offers a retry when the users cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const listUsers = vi
      .fn<() => Promise<LocalUser[]>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValue(users);
    renderWithSession(<IdentityGate>app</IdentityGate>, listUsers);

    await userEvent.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('button', { name: /Sanne Vermeulen/ })).toBeInTheDocument();
  });
});
