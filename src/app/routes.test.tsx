import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../host/fake-host';
import { HostContext } from '../host/host-context';
import { createI18n } from '../i18n/i18n';
import { routes, startPathOf } from './routes';

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

function renderAt(path: string) {
  const host = createFakeHost({ notifyLoaded: vi.fn() });
  render(
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={createI18n('en')}>
        <FluentProvider theme={webLightTheme}>
          <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
        </FluentProvider>
      </I18nextProvider>
    </HostContext.Provider>,
  );
  return host;
}

describe('routes', () => {
  it('shows the theme a deep link asks for and tells the host it loaded', () => {
    const host = renderAt('/themes/klimaat');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Climate');
    expect(host.notifyLoaded).toHaveBeenCalled();
  });

  it('shows the configured channel view', () => {
    renderAt('/channel?view=board&theme=circulair');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Board Circular economy');
  });

  it('sends unknown paths home', () => {
    renderAt('/themes/onbekend');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('MVOI Action Plan');
  });
});
