import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { SettingsPage } from './settings-page';

describe('settings page', () => {
  let site: TestSite;
  const loginOf = (role: string) => site.userWhere((user) => user.role === role).login;

  beforeAll(async () => {
    site = await freshSite();
  });

  it('tells a colleague the settings are the coordinators’', async () => {
    renderWithSite(<SettingsPage />, {
      repositories: await site.repositoriesFor(loginOf('colleague')),
    });
    expect(
      await screen.findByText('Alleen coördinatoren kunnen de instellingen bekijken en wijzigen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
  });

  it('refuses bad values at their fields, in Dutch', async () => {
    const user = userEvent.setup();
    const coordinator = await site.repositoriesFor(loginOf('coordinator'));
    renderWithSite(<SettingsPage />, { repositories: coordinator });

    const leadTimes = await screen.findByRole('textbox', { name: /Herinneringen/ });
    expect(leadTimes).toHaveValue('30, 7');
    await user.clear(leadTimes);
    await enter(user, leadTimes, '120, 7');
    const webhook = screen.getByRole('textbox', { name: /Webhookadres/ });
    await enter(user, webhook, 'http://prod.example.com/flow');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('Elke herinnering ligt tussen 1 en 90 dagen voor de deadline.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Vul een volledig https-adres in (https://…).')).toBeInTheDocument();
    expect(leadTimes).toHaveFocus();

    await user.clear(leadTimes);
    await enter(user, leadTimes, 'een week');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('Vul hele dagen in, gescheiden door komma’s.'),
    ).toBeInTheDocument();
  });

  it('saves the coordinator’s settings', async () => {
    const user = userEvent.setup();
    const coordinator = await site.repositoriesFor(loginOf('coordinator'));
    renderWithSite(<SettingsPage />, { repositories: coordinator });
    const leadTimes = await screen.findByRole('textbox', { name: /Herinneringen/ });
    const webhook = screen.getByRole('textbox', { name: /Webhookadres/ });
    await user.clear(leadTimes);
    await enter(user, leadTimes, '14, 3');
    await user.clear(webhook);
    await enter(user, webhook, 'https://prod.example.com/flow?sig=geheim');
    await user.selectOptions(screen.getByRole('combobox', { name: /Dag van het overzicht/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('De instellingen zijn opgeslagen.'),
    );
    expect(await coordinator.settings.get()).toMatchObject({
      leadTimeDays: [14, 3],
      digestWeekday: 5,
      channelWebhookUrl: 'https://prod.example.com/flow?sig=geheim',
    });
  });
});
