import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { IdentityBadge } from '../features/identity/components/identity-badge';
import { useHost } from '../host/host-context';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Teams shows the app's name and the signed-in person itself; a browser tab needs a header. */
export function HostLayout() {
  const host = useHost();
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      {host.kind === 'standalone' && (
        <header className={styles.header}>
          <Text weight="semibold" size={400}>
            {t('app.title')}
          </Text>
          <IdentityBadge />
        </header>
      )}
      <main>
        <Outlet />
      </main>
    </>
  );
}
