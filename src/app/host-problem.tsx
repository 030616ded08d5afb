import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { languageOf } from '../i18n/languages';
import type { ConfigIssue } from './config';

const useStyles = makeStyles({
  page: { maxWidth: '48rem', margin: '0 auto', padding: tokens.spacingHorizontalXL },
});

/** What the app shows when it cannot start: invalid configuration or a failed sign-in set-up. */
export function HostProblem({ locale, issues }: { locale: string; issues?: ConfigIssue[] }) {
  const i18n = useMemo(() => createI18n(languageOf(locale)), [locale]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        {issues ? <ConfigProblem issues={issues} /> : <StartProblem />}
      </FluentProvider>
    </I18nextProvider>
  );
}

function ConfigProblem({ issues }: { issues: ConfigIssue[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('host.configTitle')}</MessageBarTitle>
          <p>{t('host.configHelp')}</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue.variable}>
                {issue.problem === 'missing'
                  ? t('host.configMissing', { name: issue.variable })
                  : t('host.configInvalid', {
                      name: issue.variable,
                      expected: t(`host.expected.${issue.expected}`),
                    })}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

function StartProblem() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error">
        <MessageBarBody>{t('errors.loadFailed')}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
