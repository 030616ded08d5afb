import { join } from 'node:path';

export interface DevServerOptions {
  root: string;
  sharePointOrigin: string;
  /** 0 picks a free port. */
  port: number;
  /** Where Vite reads `.env` files from. */
  envDir: string;
  hmr: boolean;
}

export interface DevServer {
  /** The app's origin, e.g. http://127.0.0.1:5173. */
  url: string;
  close(): Promise<void>;
}

/**
 * The app on Vite's dev server (`npm run dev`: hot reload), proxying `/sites` and `/_local` to
 * the local SharePoint, so the browser sees one origin and needs no CORS.
 */
export async function startDevServer({
  root,
  sharePointOrigin,
  port,
  envDir,
  hmr,
}: DevServerOptions): Promise<DevServer> {
  const target = sharePointOrigin;
  // Loaded only here, so `npm start` (the build) starts without it.
  const { createServer } = await import('vite');
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
      hmr: hmr ? undefined : false,
      proxy: { '/sites': { target, xfwd: true }, '/_local': { target, xfwd: true } },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (typeof address !== 'object' || !address) throw new Error('Vite is not listening');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
