import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, languageOf } from '../i18n/i18n';
import { fluentThemeOf } from '../host/fluent-theme';
import type { Host } from '../host/host';
import { HostContext } from '../host/host-context';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh' } });

/** Language, Fluent theme and the host itself, following the host's live theme changes. */
export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  useGlobalStyles();
  const styles = useStyles();
  const i18n = useMemo(() => createI18n(languageOf(host.locale)), [host]);
  const theme = useSyncExternalStore(host.onThemeChange, () => host.theme);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);
  return (
    <HostContext.Provider value={host}>
      <I18nextProvider i18n={i18n}>
        <FluentProvider
          theme={fluentThemeOf(theme, host.kind)}
          data-theme={theme}
          className={styles.root}
        >
          {children}
        </FluentProvider>
      </I18nextProvider>
    </HostContext.Provider>
  );
}
