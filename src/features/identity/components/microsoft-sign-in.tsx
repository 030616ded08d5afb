import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MicrosoftSession } from '../../../host/host';

const useStyles = makeStyles({
  page: {
    maxWidth: '32rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
  },
});

/** SharePoint mode outside Teams: a button, because browsers only allow popups from a click. */
export function MicrosoftSignIn({ session }: { session: MicrosoftSession }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const signIn = () => {
    setBusy(true);
    setFailed(false);
    session.signIn().then(
      () => setBusy(false),
      (error: unknown) => {
        console.error(error);
        setBusy(false);
        setFailed(true);
      },
    );
  };

  return (
    <main className={styles.page} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('identity.signInHeading')}</h1>
      <p>{t('identity.signInIntro')}</p>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('identity.signInFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={busy} onClick={signIn}>
        {t('identity.signIn')}
      </Button>
    </main>
  );
}
