import { lazy, Suspense } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { IdentityGate } from '../features/identity/components/identity-gate';
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
              <AppRoutes />
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
