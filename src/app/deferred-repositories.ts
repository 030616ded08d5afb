import { DataError } from '../data/errors';
import type { Repositories } from '../data/repositories';
import type * as DataLayer from '../data/sharepoint/create-repositories';
import type { SiteConnection } from '../data/sharepoint/sp-client';

let dataLayer: Promise<typeof DataLayer> | undefined;

/**
 * Loads the data layer's code (PnPjs, the mappers, the repositories). The app starts this as it
 * starts, so the code arrives while the host connects and the first view renders its skeleton,
 * instead of delaying that first view. A failed load is tried again at the next call.
 */
export function loadDataLayer(): Promise<typeof DataLayer> {
  dataLayer ??= import('../data/sharepoint/create-repositories').catch((error: unknown) => {
    dataLayer = undefined;
    throw new DataError('network', 'The data layer could not be loaded', { cause: error });
  });
  return dataLayer;
}

/**
 * The SharePoint repositories, to hand out at once: each call waits for the data layer's code,
 * then goes to the one PnPjs instance for the site, made on first use.
 */
export function createDeferredRepositories(connection: SiteConnection): Repositories {
  let created: Repositories | undefined;
  const repositories = async () => {
    created ??= (await loadDataLayer()).createSharePointRepositories(connection);
    return created;
  };
  const deferred = <K extends keyof Repositories>(key: K): Repositories[K] =>
    new Proxy({} as Repositories[K], {
      get: (_, method) =>
        typeof method !== 'string' || method === 'then'
          ? undefined
          : async (...args: unknown[]) => {
              const repository = (await repositories())[key];
              const call = Reflect.get(repository, method) as (...args: unknown[]) => unknown;
              return call.apply(repository, args);
            },
    });
  return {
    plan: deferred('plan'),
    themes: deferred('themes'),
    goals: deferred('goals'),
    actions: deferred('actions'),
    pilots: deferred('pilots'),
    practices: deferred('practices'),
    assessments: deferred('assessments'),
    settings: deferred('settings'),
    people: deferred('people'),
    planUpdates: deferred('planUpdates'),
    procurements: deferred('procurements'),
  };
}
