import { Navigate, type RouteObject } from 'react-router';
import { ChannelConfig } from '../features/channel/components/channel-config';
import { ThemePage } from '../features/themes/components/theme-page';
import { ThemesOverview } from '../features/themes/components/themes-overview';
import { parseSubPageId } from '../host/deep-link';
import type { HostPage } from '../host/host';
import { ChannelTab } from './channel-tab';
import { HostLayout } from './host-layout';

/** All of the app's routes. */
export const routes: RouteObject[] = [
  {
    element: <HostLayout />,
    children: [
      { index: true, element: <ThemesOverview /> },
      { path: 'themes/:key', element: <ThemePage /> },
      // The board and the pilots bring drag and drop and dialogs: loaded when first opened.
      {
        path: 'themes/:key/board',
        lazy: async () => ({
          Component: (await import('../features/board/components/theme-board-page')).ThemeBoardPage,
        }),
      },
      {
        path: 'actions/:id',
        lazy: async () => ({
          Component: (await import('../features/board/components/action-link-page')).ActionLinkPage,
        }),
      },
      {
        path: 'pilots',
        lazy: async () => ({
          Component: (await import('../features/pilots/components/pilots-page')).PilotsPage,
        }),
      },
      {
        path: 'deadlines',
        lazy: async () => ({
          Component: (await import('../features/deadlines/components/deadline-overview-page'))
            .DeadlineOverviewPage,
        }),
      },
      { path: 'channel', element: <ChannelTab /> },
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
