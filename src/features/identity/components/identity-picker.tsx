import {
  Button,
  CompoundButton,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRole, LocalSession, LocalUser } from '../../../host/host';

const ROLES: LocalRole[] = ['coordinator', 'theme-owner', 'colleague'];

const useStyles = makeStyles({
  page: {
    maxWidth: '48rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  choice: { width: '100%', height: '100%', justifyContent: 'flex-start' },
});

type Users = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; users: LocalUser[] };

/** Local mode: lists the local SharePoint's users by role; choosing one signs in as them. */
export function IdentityPicker({ session }: { session: LocalSession }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [users, setUsers] = useState<Users>({ state: 'loading' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    session.listUsers().then(
      (list) => current && setUsers({ state: 'ready', users: list }),
      (error: unknown) => {
        console.error(error);
        if (current) setUsers({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [session, attempt]);

  const retry = () => {
    setUsers({ state: 'loading' });
    setAttempt((count) => count + 1);
  };

  return (
    <main className={styles.page} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('identity.heading')}</h1>
      <p>{t('identity.intro')}</p>
      {users.state === 'loading' && <Spinner label={t('app.loading')} />}
      {users.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('identity.loadFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {users.state === 'ready' && users.users.length === 0 && <p>{t('identity.empty')}</p>}
      {users.state === 'ready' &&
        ROLES.map((role) => {
          const members = users.users.filter((user) => user.role === role);
          return members.length === 0 ? null : (
            <section key={role} aria-labelledby={`${headingId}-${role}`}>
              <h2 id={`${headingId}-${role}`}>{t(`identity.groups.${role}`)}</h2>
              <ul className={styles.list}>
                {members.map((user) => (
                  <li key={user.login}>
                    <CompoundButton
                      className={styles.choice}
                      secondaryContent={
                        user.themeKey
                          ? t('identity.ownerOf', { theme: t(`themeNames.${user.themeKey}`) })
                          : user.email
                      }
                      onClick={() => session.choose(user)}
                    >
                      {user.title}
                    </CompoundButton>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </main>
  );
}
