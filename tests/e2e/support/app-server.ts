import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** What the app's dev server proxies to: the real local SharePoint or a fake of it. */
export interface LocalSharePoint {
  origin: string;
  siteUrl: string;
  close(): Promise<void>;
}

export interface AppServer {
  /** The app's origin, e.g. http://127.0.0.1:41234; the site is at `${url}/sites/mvoi`. */
  url: string;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The app on Vite's dev server (the repo's vite.config.ts) on a free port, proxying `/sites`
 * and `/_local` to the local SharePoint so the browser sees one origin, as with `npm start`.
 */
export async function startAppServer(sharePointOrigin: string): Promise<AppServer> {
  // No .env files: the tests run the default local mode whatever a developer configured.
  const envDir = mkdtempSync(join(tmpdir(), 'mvoi-e2e-env-'));
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    envDir,
    cacheDir: join(root, 'node_modules/.vite-e2e'),
    clearScreen: false,
    logLevel: 'warn',
    optimizeDeps: { entries: ['index.html', 'src/local-teams-host/index.html'] },
    server: {
      host: '127.0.0.1',
      port: 0,
      hmr: false,
      proxy: {
        '/sites': { target: sharePointOrigin },
        '/_local': { target: sharePointOrigin },
      },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (typeof address !== 'object' || !address) throw new Error('Vite is not listening');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await server.close();
      rmSync(envDir, { recursive: true, force: true });
    },
  };
}
