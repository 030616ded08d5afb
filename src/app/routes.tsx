import { Suspense, type ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { ThemesOverview } from '../features/themes/components/themes-overview';
import { parseSubPageId } from '../host/deep-link';
import type { HostPage } from '../host/host';
import { HostLayout } from './host-layout';
import { lazyWithStrings } from './lazy-with-strings';

/**
 * A page loaded when first opened, so the first view carries only itself. Navigations are
 * transitions: the page shown stays until the next one is there; a first load shows nothing.
 */
function page(load: () => Promise<ComponentType>) {
  const Page = lazyWithStrings(load);
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}

/** All of the app's routes. */
export const routes: RouteObject[] = [
  {
    element: <HostLayout />,
    children: [
      { index: true, element: <ThemesOverview /> },
      {
        path: 'themes/:key',
        element: page(
          async () => (await import('../features/themes/components/theme-page')).ThemePage,
        ),
      },
      // The board and the pilots bring drag and drop and dialogs: loaded when first opened.
      {
        path: 'themes/:key/board',
        element: page(
          async () =>
            (await import('../features/board/components/theme-board-page')).ThemeBoardPage,
        ),
      },
      {
        path: 'actions/:id',
        element: page(
          async () =>
            (await import('../features/board/components/action-link-page')).ActionLinkPage,
        ),
      },
      {
        path: 'organisation-actions',
        element: page(
          async () =>
            (await import('../features/board/components/organisation-actions-page'))
              .OrganisationActionsPage,
        ),
      },
      {
        path: 'pilots',
        element: page(
          async () => (await import('../features/pilots/components/pilots-page')).PilotsPage,
        ),
      },
      {
        path: 'procurements',
        element: page(
          async () =>
            (await import('../features/procurements/components/procurements-page'))
              .ProcurementsPage,
        ),
      },
      {
        path: 'practices',
        element: page(
          async () =>
            (await import('../features/practices/components/practices-page')).PracticesPage,
        ),
      },
      {
        path: 'practices/:id',
        element: page(
          async () => (await import('../features/practices/components/practice-page')).PracticePage,
        ),
      },
      {
        path: 'deadlines',
        element: page(
          async () =>
            (await import('../features/deadlines/components/deadline-overview-page'))
              .DeadlineOverviewPage,
        ),
      },
      // The year report brings docx and exceljs only when a file is asked for.
      {
        path: 'reports/:year?',
        element: page(
          async () =>
            (await import('../features/reports/components/year-report-page')).YearReportPage,
        ),
      },
      {
        path: 'plan-update/:year',
        element: page(
          async () =>
            (await import('../features/board/components/plan-update-page')).PlanUpdatePage,
        ),
      },
      {
        path: 'my-deadlines',
        element: page(
          async () =>
            (await import('../features/deadlines/components/my-deadlines-page')).MyDeadlinesPage,
        ),
      },
      {
        path: 'settings',
        element: page(
          async () => (await import('../features/settings/components/settings-page')).SettingsPage,
        ),
      },
      { path: 'channel', element: page(async () => (await import('./channel-tab')).ChannelTab) },
      {
        path: 'channel/config',
        element: page(
          async () => (await import('../features/channel/components/channel-config')).ChannelConfig,
        ),
      },
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
