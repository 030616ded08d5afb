import { lazy, Suspense, type ComponentProps } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { IdentityGate } from '../features/identity/components/identity-gate';
import { AmbitionProgressContext } from '../ui/ambition-progress';
import { LinkedPracticesContext, type LinkedPracticesProps } from '../ui/linked-practices';
import { DataRoot } from './data-root';
import { HostProvider } from './host-provider';
import { lazyWithStrings } from './lazy-with-strings';
import type { AppStart } from './host-start';
import { routes } from './routes';

// Shown only when the app cannot start; it brings both languages, the first view only one.
const HostProblem = lazy(async () => ({ default: (await import('./host-problem')).HostProblem }));
// The themes, pilots and board show the practices feature's list without importing it; it
// loads with the first dialog or theme page that shows it, not with the first view.
const LinkedPracticesList = lazyWithStrings(
  async () =>
    (await import('../features/practices/components/linked-practices-list')).LinkedPracticesList,
);
const renderLinkedPractices = (props: LinkedPracticesProps) => <LinkedPracticesList {...props} />;
// The ladder over the years and the organisation's progress: on the theme page and the home page,
// loaded after the first view, which shows the themes without waiting for them.
const ThemeAssessments = lazyWithStrings(
  async () =>
    (await import('../features/assessments/components/theme-assessments')).ThemeAssessments,
);
const OrganisationProgressCard = lazyWithStrings(
  async () =>
    (await import('../features/assessments/components/organisation-progress-card'))
      .OrganisationProgressCard,
);
const ambitionProgress = {
  theme: (props: ComponentProps<typeof ThemeAssessments>) => <ThemeAssessments {...props} />,
  organisation: (props: ComponentProps<typeof OrganisationProgressCard>) => (
    <OrganisationProgressCard {...props} />
  ),
};

export function App({ start }: { start: AppStart }) {
  if (start.kind !== 'ready') {
    return (
      <Suspense fallback={null}>
        <HostProblem
          locale={start.locale}
          issues={start.kind === 'invalid-config' ? start.issues : undefined}
        />
      </Suspense>
    );
  }
  return (
    <HostProvider host={start.host} i18n={start.i18n}>
      <IdentityGate>
        <DataRoot>
          <BrowserRouter>
            <LinkedPracticesContext.Provider value={renderLinkedPractices}>
              <AmbitionProgressContext.Provider value={ambitionProgress}>
                <AppRoutes />
              </AmbitionProgressContext.Provider>
            </LinkedPracticesContext.Provider>
          </BrowserRouter>
        </DataRoot>
      </IdentityGate>
    </HostProvider>
  );
}

/**
 * The routes in React Router's declarative mode: the app loads no data in routes (TanStack Query
 * does), so the data router's code would only weigh on the first view.
 */
function AppRoutes() {
  return useRoutes(routes);
}
