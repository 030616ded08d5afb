import { createBrowserRouter } from 'react-router';
import type { Host } from '../host/host';
import { connectHost } from '../host/start-host';
import { parseConfig, type ConfigIssue } from './config';
import { routes, startPathOf } from './routes';

export type AppStart =
  | { kind: 'ready'; host: Host; router: ReturnType<typeof createBrowserRouter> }
  | { kind: 'invalid-config'; locale: string; issues: ConfigIssue[] }
  | { kind: 'failed'; locale: string };

/** Finds the host, validates the configuration, signs in and picks the first page. */
export async function startApp(): Promise<AppStart> {
  const connection = await connectHost();
  const config = parseConfig(import.meta.env, location.origin);
  if (!config.ok) {
    connection.notifyShown();
    return { kind: 'invalid-config', locale: connection.locale, issues: config.issues };
  }
  let host: Host;
  try {
    host = await connection.createHost(config.settings);
  } catch (error) {
    console.error(error);
    connection.notifyShown();
    return { kind: 'failed', locale: connection.locale };
  }
  const start = startPathOf(host.page);
  if (start) history.replaceState(history.state, '', start);
  return { kind: 'ready', host, router: createBrowserRouter(routes) };
}
