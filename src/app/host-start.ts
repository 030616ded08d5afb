import type { i18n as I18n } from 'i18next';
import { fluentThemeNameOf, loadFluentTheme } from '../host/fluent-theme';
import type { Host } from '../host/host';
import { connectHost } from '../host/start-host';
import { languageOf } from '../i18n/languages';
import { loadI18n } from '../i18n/load-i18n';
import { parseConfig, type ConfigIssue } from './config';
import { loadDataLayer } from './deferred-repositories';
import { startPathOf } from './routes';

export type AppStart =
  | { kind: 'ready'; host: Host; i18n: I18n }
  | { kind: 'invalid-config'; locale: string; issues: ConfigIssue[] }
  | { kind: 'failed'; locale: string };

/** Finds the host, validates the configuration, signs in and picks the first page. */
export async function startApp(): Promise<AppStart> {
  // Its code loads alongside the host's start; the repositories wait for it where needed.
  loadDataLayer().catch(console.error);
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
  // The first view in the host's language and theme, not a flash of the light one (a theme that
  // fails to load falls back to it).
  const [i18n] = await Promise.all([
    loadI18n(languageOf(host.locale)),
    loadFluentTheme(fluentThemeNameOf(host.theme, host.kind)).catch(console.error),
  ]);
  const start = startPathOf(host.page);
  if (start) history.replaceState(history.state, '', start);
  return { kind: 'ready', host, i18n };
}
