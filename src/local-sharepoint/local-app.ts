import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { prepareLocalSite, type PreparedSite } from './prepare-local-site';
import { startLocalSharePoint } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface AppServerOptions {
  sharePointOrigin: string;
  /** 0 picks a free port. */
  port: number;
  /** Ignore the developer's `.env` files, so tests always run the default local mode. */
  ignoreEnvFiles?: boolean;
}

export interface AppServer {
  /** The app's origin, e.g. http://127.0.0.1:5173. */
  url: string;
  close(): Promise<void>;
}

/**
 * The app on Vite's dev server, proxying `/sites` and `/_local` to the local SharePoint, so the
 * browser sees one origin and needs no CORS, as it would on SharePoint Online's own domain.
 */
export async function startAppServer({
  sharePointOrigin,
  port,
  ignoreEnvFiles,
}: AppServerOptions): Promise<AppServer> {
  const envDir = ignoreEnvFiles ? mkdtempSync(join(tmpdir(), 'mvoi-env-')) : root;
  const target = sharePointOrigin;
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    envDir,
    clearScreen: false,
    logLevel: 'warn',
    optimizeDeps: { entries: ['index.html', 'src/local-teams-host/index.html'] },
    server: {
      host: '127.0.0.1',
      port,
      strictPort: port !== 0,
      hmr: ignoreEnvFiles ? false : undefined,
      proxy: { '/sites': { target, xfwd: true }, '/_local': { target, xfwd: true } },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (typeof address !== 'object' || !address) throw new Error('Vite is not listening');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await server.close();
      if (ignoreEnvFiles) rmSync(envDir, { recursive: true, force: true });
    },
  };
}

export interface LocalAppOptions {
  dbPath: string;
  port: number;
  ignoreEnvFiles?: boolean;
  latencyMs?: number;
  throttleRate?: number;
}

export interface LocalApp {
  appUrl: string;
  /** The site as the browser sees it, through the app's origin. */
  siteUrl: string;
  /** The local SharePoint's own origin and site URL, for Node callers. */
  sharePoint: { origin: string; siteUrl: string };
  prepared: PreparedSite;
  close(): Promise<void>;
}

/** The whole product on one machine: the local SharePoint, provisioned and seeded, and the app. */
export async function startLocalApp({
  dbPath,
  port,
  ignoreEnvFiles,
  latencyMs,
  throttleRate,
}: LocalAppOptions): Promise<LocalApp> {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const sharePoint = await startLocalSharePoint({ port: 0, dbPath, latencyMs, throttleRate });
  try {
    const prepared = await prepareLocalSite(sharePoint.siteUrl);
    const app = await startAppServer({ sharePointOrigin: sharePoint.origin, port, ignoreEnvFiles });
    return {
      appUrl: app.url,
      siteUrl: `${app.url}${new URL(sharePoint.siteUrl).pathname}`,
      sharePoint: { origin: sharePoint.origin, siteUrl: sharePoint.siteUrl },
      prepared,
      close: async () => {
        await app.close();
        await sharePoint.close();
      },
    };
  } catch (error) {
    await sharePoint.close();
    throw error;
  }
}
