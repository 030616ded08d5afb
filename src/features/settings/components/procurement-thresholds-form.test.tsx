import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { enter } from '../../../../tests/support/enter-text';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { DEFAULT_PROCUREMENT_THRESHOLDS } from '../../../domain/procurement-thresholds';
import { SettingsPage } from './settings-page';

describe('procurement thresholds in the settings', () => {
  let site: TestSite;
  const coordinator = () =>
    site.repositoriesFor(site.userWhere((user) => user.role === 'coordinator').login);

  beforeAll(async () => {
    site = await freshSite();
  });

  const thresholdsForm = async () =>
    screen.findByRole('form', { name: 'Drempels aanbestedingskalender' });

  it('refuses a bad amount and a rule left without any amount, in Dutch', async () => {
    const user = userEvent.setup();
    renderWithSite(<SettingsPage />, { repositories: await coordinator() });
    const form = await thresholdsForm();
    const second = within(form).getByRole('group', { name: 'Drempel 2' });
    const amount = within(second).getByRole('textbox', { name: 'Bedrag (EUR)' });
    expect(amount).toHaveValue('100000');
    await user.clear(amount);
    await enter(user, amount, 'veel');
    await user.click(within(form).getByRole('button', { name: 'Drempels opslaan' }));
    expect(
      await within(second).findByText('Vul een heel bedrag in euro’s in, van 0 tot 1.000.000.000.'),
    ).toBeInTheDocument();
    expect(amount).toHaveFocus();

    await user.clear(amount);
    await enter(user, amount, '100.000');
    await user.click(
      within(form).getByRole('button', {
        name: 'Drempel MVOI-criteria toepassen vanaf 2025-01-01 verwijderen',
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Drempels opslaan' }));
    expect(
      await within(form).findByText(
        'Elke regel heeft minstens één bedrag nodig; ontbrekend: MVOI-criteria toepassen.',
      ),
    ).toBeInTheDocument();
    expect((await (await coordinator()).settings.get()).procurementThresholds).toBeUndefined();
  });

  it('saves a threshold changed from a date, and the other settings keep it', async () => {
    const user = userEvent.setup();
    const repositories = await coordinator();
    renderWithSite(<SettingsPage />, { repositories });
    const form = await thresholdsForm();
    await user.click(within(form).getByRole('button', { name: 'Drempel toevoegen' }));
    const added = within(form).getByRole('group', {
      name: `Drempel ${DEFAULT_PROCUREMENT_THRESHOLDS.length + 1}`,
    });
    await enter(user, within(added).getByRole('textbox', { name: 'Bedrag (EUR)' }), '75.000');
    await enter(user, within(added).getByLabelText('Geldt vanaf'), '2026-07-01');
    await user.click(within(form).getByRole('button', { name: 'Drempels opslaan' }));
    await waitFor(async () =>
      expect((await repositories.settings.get()).procurementThresholds).toContainEqual({
        rule: 'mvoi-criteria',
        amountEur: 75_000,
        effectiveFrom: '2026-07-01',
      }),
    );

    // Saving the reminders afterwards leaves the thresholds as they are.
    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('De instellingen zijn opgeslagen.'),
    );
    expect((await repositories.settings.get()).procurementThresholds).toHaveLength(
      DEFAULT_PROCUREMENT_THRESHOLDS.length + 1,
    );
  });
});
