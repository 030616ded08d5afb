import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { IdentityBadge } from '../features/identity/components/identity-badge';
import { useHost } from '../host/host-context';
import { lazyWithStrings } from './lazy-with-strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nav: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, maxWidth: '1440px' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 1 },
  },
});

// Not needed for the first view: loaded after it, with its popover.
const MyDeadlinesButton = lazyWithStrings(
  async () =>
    (await import('../features/deadlines/components/my-deadlines-button')).MyDeadlinesButton,
);

const SECTIONS = [
  { path: '/', key: 'themes' },
  { path: '/deadlines', key: 'deadlines' },
  { path: '/pilots', key: 'pilots' },
  { path: '/procurements', key: 'procurements' },
  { path: '/practices', key: 'practices' },
  { path: '/reports', key: 'reports' },
  { path: '/settings', key: 'settings' },
] as const;

/** Teams shows the app's name and the signed-in person itself; a browser tab needs a header. */
export function HostLayout() {
  const host = useHost();
  const { t } = useTranslation();
  const styles = useStyles();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const section =
    SECTIONS.find(({ path }) => path !== '/' && pathname.startsWith(path))?.path ?? '/';
  const inChannel = pathname.startsWith('/channel');
  return (
    <>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      {host.kind === 'standalone' && (
        <header className={styles.header}>
          <Text weight="semibold" size={400}>
            {t('app.title')}
          </Text>
          <IdentityBadge />
        </header>
      )}
      {!inChannel && (
        <nav aria-label={t('app.title')} className={styles.nav}>
          <TabList
            selectedValue={section}
            onTabSelect={(_, data) => void navigate(String(data.value))}
          >
            {SECTIONS.map(({ path, key }) => (
              <Tab key={path} value={path}>
                {t(`nav.${key}`)}
              </Tab>
            ))}
          </TabList>
          <Suspense fallback={null}>
            <MyDeadlinesButton />
          </Suspense>
        </nav>
      )}
      <main id="main" className={styles.main}>
        <Outlet />
      </main>
    </>
  );
}
