import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../../../host/fake-host';
import type { TabConfigurator, TabSettings } from '../../../host/host';
import { HostContext } from '../../../host/host-context';
import { createI18n } from '../../../i18n/i18n';
import { ChannelConfig } from './channel-config';
import { TestFluentProvider } from '../../../../tests/support/test-fluent-provider';

function renderConfig(pageId?: string) {
  let save: (() => TabSettings) | undefined;
  const configurator = {
    setValid: vi.fn<TabConfigurator['setValid']>(),
    onSave: vi.fn<TabConfigurator['onSave']>((handler) => (save = handler)),
  };
  const host = createFakeHost({
    kind: 'teams',
    tabConfigurator: configurator,
    page: { id: pageId, subPageId: undefined, frame: 'settings' },
  });
  render(
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={createI18n('nl')}>
        <TestFluentProvider>
          <ChannelConfig />
        </TestFluentProvider>
      </I18nextProvider>
    </HostContext.Provider>,
  );
  const valid = () => configurator.setValid.mock.lastCall?.[0];
  return { valid, saved: () => save?.() };
}

describe('ChannelConfig', () => {
  it('keeps Save disabled until a choice is made, then stores the deadline overview', async () => {
    const { valid, saved } = renderConfig();
    expect(valid()).toBe(false);

    await userEvent.click(
      screen.getByRole('radio', { name: 'Deadline-overzicht van alle thema’s' }),
    );
    expect(valid()).toBe(true);
    expect(saved()).toEqual({
      entityId: 'deadlines',
      contentPath: '/channel?view=deadlines',
      displayName: 'Deadlines',
    });
  });

  it('needs a theme for a board', async () => {
    const { valid, saved } = renderConfig();
    await userEvent.click(screen.getByRole('radio', { name: 'Het bord van één thema' }));
    expect(valid()).toBe(false);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Thema/ }), 'circulair');
    expect(valid()).toBe(true);
    expect(saved()).toEqual({
      entityId: 'board-circulair',
      contentPath: '/channel?view=board&theme=circulair',
      displayName: 'Bord Circulair',
    });
  });

  it('opens an existing tab on its current choice', () => {
    const { valid } = renderConfig('board-social-return');
    expect(screen.getByRole('radio', { name: 'Het bord van één thema' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Thema/ })).toHaveValue('social-return');
    expect(valid()).toBe(true);
  });
});
