import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'vite';
import { prepareLocalSite, type PreparedSite } from './prepare-local-site';
import { startLocalSharePoint } from './server';

export interface LocalAppOptions {
  dbPath: string;
  /** The app's port; 0 picks a free one. */
  port: number;
  latencyMs?: number;
  throttleRate?: number;
}

export interface LocalApp {
  appUrl: string;
  siteUrl: string;
  sharePointOrigin: string;
  prepared: PreparedSite;
  close(): Promise<void>;
}

/**
 * The whole product on one machine: the local SharePoint (provisioned and seeded on first start)
 * and the app, served from one origin by proxying `/sites` and `/_local`, so no CORS is needed.
 */
export async function startLocalApp({
  dbPath,
  port,
  latencyMs,
  throttleRate,
}: LocalAppOptions): Promise<LocalApp> {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const sharePoint = await startLocalSharePoint({ port: 0, dbPath, latencyMs, throttleRate });
  try {
    const prepared = await prepareLocalSite(sharePoint.siteUrl);
    const target = sharePoint.origin;
    const vite = await createServer({
      configFile: 'vite.config.ts',
      clearScreen: false,
      logLevel: 'warn',
      server: {
        port,
        strictPort: port !== 0,
        host: '127.0.0.1',
        proxy: {
          '/sites': { target, xfwd: true },
          '/_local': { target, xfwd: true },
        },
      },
    });
    await vite.listen();
    const address = vite.httpServer?.address();
    const appUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    return {
      appUrl,
      siteUrl: `${appUrl}${new URL(sharePoint.siteUrl).pathname}`,
      sharePointOrigin: target,
      prepared,
      close: async () => {
        await vite.close();
        await sharePoint.close();
      },
    };
  } catch (error) {
    await sharePoint.close();
    throw error;
  }
}
