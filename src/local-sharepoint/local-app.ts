import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfChanged, type AppBuildResult } from './app-server/build-if-changed';
import { startDevServer } from './app-server/dev-server';
import { localHostingConfig, readHostingConfig } from './app-server/hosting-config';
import { startBuildServer } from './app-server/serve-build';
import type { LocalInbox } from './inbox/local-inbox';
import { prepareLocalSite, type PreparedSite } from './prepare-local-site';
import { startLocalSharePoint } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const LOCAL_TEAMS_HOST_PATH = '/src/local-teams-host/index.html';

export interface LocalAppOptions {
  dbPath: string;
  /** 0 picks a free port. */
  port: number;
  /** `build` (default): the production build, rebuilt when its sources changed; `dev`: Vite's dev server. */
  serve?: 'build' | 'dev';
  /** Where the build goes. Default `dist/`, or a cache of its own when env files are ignored. */
  outDir?: string;
  /** Ignore the developer's `.env` files, so tests always run the default local mode. */
  ignoreEnvFiles?: boolean;
  latencyMs?: number;
  throttleRate?: number;
  /** Progress lines while starting (the build takes seconds). */
  log?: (line: string) => void;
}

export interface LocalApp {
  appUrl: string;
  /** The local Teams host page, framing the app. */
  teamsHostUrl: string;
  /** The site as the browser sees it, through the app's origin. */
  siteUrl: string;
  /** The local SharePoint's own origin and site URL, for Node callers. */
  sharePoint: { origin: string; siteUrl: string };
  /** What the local Graph activity feed and Workflows webhooks received; `runCheck` is set here. */
  inbox: LocalInbox;
  prepared: PreparedSite;
  /** How the build went; undefined on the dev server. */
  build?: AppBuildResult;
  close(): Promise<void>;
}

/** Resolves once the page and, through the app's proxy, the local SharePoint both answer. */
async function waitUntilAnswering(appUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const path of ['/', '/_local/users']) {
    for (;;) {
      const response = await fetch(`${appUrl}${path}`).catch(() => undefined);
      await response?.arrayBuffer();
      if (response?.ok) break;
      if (Date.now() > deadline) {
        throw new Error(`${appUrl}${path} did not answer (${response?.status ?? 'no connection'})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The whole product on one machine: the local SharePoint, provisioned and seeded, and the app on
 * one origin with it. The build (when needed) and the site's preparation run side by side.
 */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const { dbPath, port, latencyMs, throttleRate, ignoreEnvFiles } = options;
  const dev = options.serve === 'dev';
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const envDir = ignoreEnvFiles ? mkdtempSync(join(tmpdir(), 'mvoi-env-')) : root;
  const cleanUp: (() => Promise<void> | void)[] = [];
  if (ignoreEnvFiles) cleanUp.push(() => rmSync(envDir, { recursive: true, force: true }));
  const close = async () => {
    for (const step of cleanUp.splice(0).reverse()) await step();
  };
  const outDir =
    options.outDir ?? join(root, ignoreEnvFiles ? 'node_modules/.cache/mvoi-local-build' : 'dist');
  const building = dev
    ? undefined
    : buildIfChanged({
        root,
        outDir,
        envDir,
        withLocalTeamsHost: true,
        onBuild: () => options.log?.('Building the app: no build of its current sources yet…'),
      });
  // Awaited below; this keeps a rejection during the site's preparation from going unhandled.
  building?.catch(() => undefined);
  try {
    const sharePoint = await startLocalSharePoint({ port: 0, dbPath, latencyMs, throttleRate });
    cleanUp.push(() => sharePoint.close());
    const prepared = await prepareLocalSite(sharePoint.siteUrl);
    const build = await building;
    const app = dev
      ? await startDevServer({
          root,
          sharePointOrigin: sharePoint.origin,
          port,
          envDir,
          hmr: !ignoreEnvFiles,
        })
      : await startBuildServer({
          outDir,
          sharePointOrigin: sharePoint.origin,
          port,
          config: localHostingConfig(readHostingConfig()),
        });
    cleanUp.push(() => app.close());
    await waitUntilAnswering(app.url);
    return {
      appUrl: app.url,
      teamsHostUrl: `${app.url}${LOCAL_TEAMS_HOST_PATH}`,
      siteUrl: `${app.url}${new URL(sharePoint.siteUrl).pathname}`,
      sharePoint: { origin: sharePoint.origin, siteUrl: sharePoint.siteUrl },
      inbox: sharePoint.site.inbox,
      prepared,
      build,
      close,
    };
  } catch (error) {
    await building?.catch(() => undefined);
    await close();
    throw error;
  }
}
