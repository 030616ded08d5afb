import { writeFileSync } from 'node:fs';
import { createSharePointRepositories } from '../../src/data/sharepoint/create-repositories';
import { connectSite } from '../../src/data/sharepoint/sp-client';
import type { Repositories } from '../../src/data/repositories';
import type { ListName } from '../../src/data/sharepoint/list-schema';
import {
  localToken,
  localUsers,
  type LocalUserInfo,
} from '../../src/local-sharepoint/local-identity-client';
import { addItems } from '../../src/local-sharepoint/model/item-writes';
import { prepareLocalSite } from '../../src/local-sharepoint/prepare-local-site';
import { startLocalSharePoint } from '../../src/local-sharepoint/server';

export type Role =
  'coordinator' | 'klimaat-owner' | 'circulair-owner' | 'colleague' | 'other-colleague';

export interface LocalSite {
  siteUrl: string;
  origin: string;
  users: LocalUserInfo[];
  login(role: Role): string;
  /** The real SharePoint repositories, signed in as one of the local users. */
  as(role: Role): Promise<Repositories>;
  /** A raw PnPjs instance for a role, for setup the repositories do not offer. */
  spAs(role: Role): Promise<ReturnType<typeof connectSite>>;
  /**
   * Adds items at a list's root straight into the store, in one transaction: setup for a large
   * list, which item by item over REST would take most of a test's time. Reads stay on PnPjs.
   */
  addItemsDirectly(list: ListName, rows: readonly Record<string, unknown>[]): void;
  close(): Promise<void>;
}

let preparedSnapshot: Promise<Buffer> | undefined;

/**
 * A site provisioned and seeded through PnPjs once per test process, as bytes: each in-memory
 * site starts from a copy, so a suite pays for provisioning once, not once per site.
 */
function preparedSite(): Promise<Buffer> {
  preparedSnapshot ??= (async () => {
    const server = await startLocalSharePoint({ port: 0, dbPath: ':memory:' });
    try {
      await prepareLocalSite(server.siteUrl);
      return server.site.store.snapshot();
    } finally {
      await server.close();
    }
  })();
  return preparedSnapshot;
}

/** A local SharePoint on a free port, provisioned and seeded with the plan through PnPjs. */
export async function startLocalSite(
  dbPath = ':memory:',
  options: { prepare?: boolean } = {},
): Promise<LocalSite> {
  const prepared = options.prepare === false ? undefined : await preparedSite();
  const inMemory = dbPath === ':memory:';
  // A file-backed site starts as a copy of the prepared site on disk: its own writes are still
  // what a restart must keep.
  if (prepared && !inMemory) writeFileSync(dbPath, prepared);
  const server = await startLocalSharePoint({
    port: 0,
    dbPath: prepared && inMemory ? prepared : dbPath,
  });
  const users = await localUsers(server.siteUrl);
  const login = (role: Role) => {
    const colleagues = users.filter((user) => user.role === 'colleague');
    const owner = (themeKey: string) => users.find((candidate) => candidate.themeKey === themeKey);
    const user = {
      coordinator: () => users.find((candidate) => candidate.role === 'coordinator'),
      'klimaat-owner': () => owner('klimaat'),
      'circulair-owner': () => owner('circulair'),
      colleague: () => colleagues[0],
      'other-colleague': () => colleagues[1],
    }[role]();
    if (!user) throw new Error(`No local user for ${role}`);
    return user.login;
  };
  const connection = async (role: Role) => {
    const token = await localToken(server.siteUrl, login(role));
    return { siteUrl: server.siteUrl, getToken: async () => token };
  };
  return {
    siteUrl: server.siteUrl,
    origin: server.origin,
    users,
    login,
    as: async (role) => createSharePointRepositories(await connection(role)),
    spAs: async (role) => connectSite(await connection(role)),
    addItemsDirectly: (name, rows) => {
      const { store } = server.site;
      const list = store.lists.findByUrlName(name);
      if (!list) throw new Error(`No list ${name}`);
      addItems(store, list, rows, 1, new Date());
    },
    close: () => server.close(),
  };
}
