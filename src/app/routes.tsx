import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, type RouteObject } from 'react-router';
import { isThemeKey } from '../domain/theme';
import { ChannelConfig } from '../features/channel/components/channel-config';
import { ChannelContent } from '../features/channel/components/channel-content';
import { parseSubPageId } from '../host/deep-link';
import type { HostPage } from '../host/host';
import { useHost } from '../host/host-context';
import { HostLayout } from './host-layout';

/** All of the app's routes. */
export const routes: RouteObject[] = [
  {
    element: <HostLayout />,
    children: [
      { index: true, element: <HomePlaceholder /> },
      { path: 'themes/:key', element: <ThemePlaceholder /> },
      { path: 'channel', element: <ChannelContent /> },
      { path: 'channel/config', element: <ChannelConfig /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

/**
 * Where the app opens when the host asks for a particular page: the channel tab's settings, or
 * a deep link's sub-page ("theme-klimaat" opens /themes/klimaat).
 */
export function startPathOf(page: HostPage): string | undefined {
  if (page.frame === 'settings') return '/channel/config';
  const subPage = parseSubPageId(page.subPageId);
  switch (subPage?.kind) {
    case 'theme':
      return `/themes/${subPage.key}`;
    case 'action':
      return `/actions/${subPage.id}`;
    case 'practice':
      return `/practices/${subPage.id}`;
    case undefined:
      return undefined;
  }
}

// Stand-ins until the themes feature provides the overview and the theme page.
function HomePlaceholder() {
  const { t } = useTranslation();
  useLoaded();
  return <h1>{t('app.title')}</h1>;
}

function ThemePlaceholder() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  useLoaded();
  if (!isThemeKey(key)) return <Navigate to="/" replace />;
  return <h1>{t(`themeNames.${key}`)}</h1>;
}

function useLoaded() {
  const host = useHost();
  useEffect(() => host.notifyLoaded(), [host]);
}
