import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import {
  fluentThemeNameOf,
  loadedFluentTheme,
  loadFluentTheme,
  type FluentThemeName,
} from '../host/fluent-theme';
import type { Host } from '../host/host';
import { HostContext } from '../host/host-context';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh' } });

/**
 * Language (loaded at start, for the host's locale), Fluent theme and the host itself, following
 * the host's live theme changes.
 */
export function HostProvider({
  host,
  i18n,
  children,
}: {
  host: Host;
  i18n: I18n;
  children: ReactNode;
}) {
  useGlobalStyles();
  const styles = useStyles();
  const theme = useSyncExternalStore(host.onThemeChange, () => host.theme);
  const fluentTheme = useFluentTheme(fluentThemeNameOf(theme, host.kind));
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);
  return (
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={fluentTheme} data-theme={theme} className={styles.root}>
          {children}
        </FluentProvider>
      </I18nextProvider>
    </HostContext.Provider>
  );
}

/**
 * The Fluent theme for the host's theme. The first is loaded before the first render (see
 * host-start.ts); after a change of theme the previous one stays until the next is loaded.
 */
function useFluentTheme(name: FluentThemeName): Theme {
  const ready = loadedFluentTheme(name);
  const [shown, setShown] = useState(() => ready ?? webLightTheme);
  useEffect(() => {
    let live = true;
    loadFluentTheme(name).then(
      (theme) => {
        if (live) setShown(theme);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [name]);
  return ready ?? shown;
}
