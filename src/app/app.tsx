import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, languageOf } from '../i18n/i18n';

export function App() {
  const i18n = useMemo(() => createI18n(languageOf(navigator.language)), []);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <main>{i18n.t('app.title')}</main>
      </FluentProvider>
    </I18nextProvider>
  );
}
