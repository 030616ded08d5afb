import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The hosting configuration of the built app: Azure Static Web Apps' own file, which also drives
 * `npm start`'s server, so the headers tried locally are the headers deployed.
 */
export const HOSTING_CONFIG_PATH = fileURLToPath(
  new URL('../../../public/staticwebapp.config.json', import.meta.url),
);

const headers = z.record(z.string(), z.string());

/** The part of Static Web Apps' schema this app uses; anything else would go unserved locally. */
const hostingConfigSchema = z.object({
  navigationFallback: z.object({
    rewrite: z.string().startsWith('/'),
    exclude: z.array(z.string().startsWith('/')).default([]),
  }),
  routes: z.array(z.object({ route: z.string().startsWith('/'), headers })).default([]),
  globalHeaders: headers.default({}),
});

export type HostingConfig = z.infer<typeof hostingConfigSchema>;

export function readHostingConfig(path = HOSTING_CONFIG_PATH): HostingConfig {
  return hostingConfigSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\?]/g, '\\$&');
}

/**
 * Static Web Apps' route patterns: `*` matches anything (also `/`), `{a,b}` either word; the
 * rest literally, without regard to case, as that service compares paths.
 */
export function matchesRoute(pattern: string, pathname: string): boolean {
  let source = '';
  for (const part of pattern.split(/(\*|\{[^}]*\})/)) {
    if (part === '*') source += '.*';
    else if (part.startsWith('{') && part.endsWith('}')) {
      source += `(?:${part.slice(1, -1).split(',').map(escapeRegExp).join('|')})`;
    } else source += escapeRegExp(part);
  }
  return new RegExp(`^${source}$`, 'i').test(pathname);
}

/** Directive name → its values, in the policy's order. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function formatCsp(directives: Map<string, string[]>): string {
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Local mode only: the local Teams host frames the app from the app's own origin, which the
 * deployed policy must not allow.
 */
export function localHostingConfig(config: HostingConfig): HostingConfig {
  const globalHeaders = { ...config.globalHeaders };
  const name = Object.keys(globalHeaders).find(
    (header) => header.toLowerCase() === 'content-security-policy',
  );
  if (name) {
    const directives = parseCsp(globalHeaders[name] ?? '');
    directives.set('frame-ancestors', ["'self'", ...(directives.get('frame-ancestors') ?? [])]);
    globalHeaders[name] = formatCsp(directives);
  }
  return { ...config, globalHeaders };
}

/** The headers for a path: the global ones, overridden by the first matching route's. */
export function headersFor(config: HostingConfig, pathname: string): Record<string, string> {
  const route = config.routes.find((candidate) => matchesRoute(candidate.route, pathname));
  const merged = new Map<string, [string, string]>();
  for (const [name, value] of Object.entries({ ...config.globalHeaders })) {
    merged.set(name.toLowerCase(), [name, value]);
  }
  for (const [name, value] of Object.entries(route?.headers ?? {})) {
    merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}

/** Whether a path with no file behind it gets the app's page (a client route) instead of 404. */
export function fallsBackToApp(config: HostingConfig, pathname: string): boolean {
  return !config.navigationFallback.exclude.some((pattern) => matchesRoute(pattern, pathname));
}
