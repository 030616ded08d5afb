import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { isDataError } from '../data/errors';
import { channelViewFromEntityId, channelViewFromSearch } from '../features/channel/channel-view';
import type { Repositories } from '../data/repositories';
import type { Host } from '../host/host';
import { useHost } from '../host/host-context';
import { useRepositories } from '../ui/repositories-context';
import { getCurrentUserQueryOptions } from '../ui/use-current-user';
import { getPlanQueryOptions } from '../ui/use-plan';
import { LadderStep5Context } from '../ui/use-ladder-label';
import { createQueryClient, DataProviders } from './data-providers';
import { createDeferredRepositories } from './deferred-repositories';

/**
 * The data layer for the signed-in person: one PnPjs instance for the host's site, with the
 * host's token. The identity gate remounts this for a new person, so no cache is shared.
 */
export function DataRoot({ children }: { children: ReactNode }) {
  const host = useHost();
  const repositories = useMemo(
    () => createDeferredRepositories({ siteUrl: host.siteUrl, getToken: () => host.getToken() }),
    [host],
  );
  const queryClient = useMemo(() => createQueryClient(), []);
  // Who is signed in goes out at once, as the settings do (LadderLabels), alongside the page's
  // code rather than with the page's data: the board, the pilots and the header wait for it.
  useEffect(() => {
    void queryClient.prefetchQuery(getCurrentUserQueryOptions(repositories));
    // The deadline pages read the whole plan, the largest read there is: opened on one of them,
    // the app asks at once instead of after the page's code has loaded.
    if (opensOnPlanPage(host)) void queryClient.prefetchQuery(getPlanQueryOptions(repositories));
  }, [host, queryClient, repositories]);
  return (
    <DataProviders repositories={repositories} queryClient={queryClient}>
      <LoadSignal host={host} />
      <LadderLabels>{children}</LadderLabels>
    </DataProviders>
  );
}

function opensOnPlanPage(host: Host): boolean {
  const { pathname, search } = window.location;
  if (pathname === '/channel') {
    const view =
      channelViewFromSearch(new URLSearchParams(search)) ?? channelViewFromEntityId(host.page.id);
    return view?.view === 'deadlines';
  }
  return pathname === '/deadlines' || pathname === '/my-deadlines';
}

/** Tells the host when the first data has arrived, or why it could not (Teams shows its own page). */
function LoadSignal({ host }: { host: Host }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let told = false;
    return queryClient.getQueryCache().subscribe((event) => {
      if (told || event.type !== 'updated') return;
      const { status, error } = event.query.state;
      if (status === 'success') {
        told = true;
        host.notifyLoaded();
      } else if (status === 'error' && isDataError(error)) {
        told = true;
        const reasons = {
          forbidden: 'forbidden',
          throttled: 'throttled',
          'not-found': 'not-found',
          network: 'offline',
        } as const;
        const reason =
          error.kind in reasons ? reasons[error.kind as keyof typeof reasons] : 'other';
        host.notifyLoadFailure(reason);
      }
    });
  }, [host, queryClient]);
  return null;
}

export const settingsQueryKey = ['settings'] as const;

function settingsQuery(repositories: Repositories) {
  return {
    queryKey: settingsQueryKey,
    queryFn: () => repositories.settings.get(),
    staleTime: 5 * 60_000,
  };
}

/** The coordinator's name for ladder step 5, wherever the ladder is shown. */
function LadderLabels({ children }: { children: ReactNode }) {
  const settings = useQuery(settingsQuery(useRepositories()));
  return (
    <LadderStep5Context.Provider value={settings.data?.ladderStep5Label}>
      {children}
    </LadderStep5Context.Provider>
  );
}
