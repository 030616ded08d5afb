import { describe, expect, it } from 'vitest';
import {
  fallsBackToApp,
  headersFor,
  localHostingConfig,
  matchesRoute,
  parseCsp,
  readHostingConfig,
} from './hosting-config';

/** Where Microsoft 365 frames tabs (Teams tab requirements), and nothing else. */
const TEAMS_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

const config = readHostingConfig();
const csp = (headers: Record<string, string>) => parseCsp(headers['Content-Security-Policy'] ?? '');

describe('the deployed hosting configuration (staticwebapp.config.json)', () => {
  it('lets exactly the Microsoft 365 hosts frame the app', () => {
    const frameAncestors = csp(headersFor(config, '/')).get('frame-ancestors') ?? [];
    expect([...frameAncestors].sort()).toEqual([...TEAMS_HOSTS].sort());
  });

  it('lets the app reach only itself, SharePoint Online and Entra sign-in', () => {
    const policy = csp(headersFor(config, '/'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(
      expect.arrayContaining([
        "'self'",
        'https://*.sharepoint.com',
        'https://login.microsoftonline.com',
      ]),
    );
    expect(policy.get('connect-src')?.some((source) => source.startsWith('http:'))).toBe(false);
  });

  it('shows images only from the app and from blob URLs, which hold bytes read with a token', () => {
    // A post's images are fetched with the user's token and shown as blob URLs, which 'self' does not cover.
    expect(csp(headersFor(config, '/')).get('img-src')).toEqual(["'self'", 'blob:']);
  });

  it('sends nosniff and a referrer policy with every file', () => {
    for (const path of ['/', '/themes/klimaat', '/assets/index-abc123.js']) {
      expect(headersFor(config, path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    }
  });

  it('caches hashed assets for a year, the page and other files never without asking', () => {
    expect(headersFor(config, '/assets/index-abc123.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/themes/klimaat/board', '/auth-redirect.html']) {
      expect(headersFor(config, path)['Cache-Control']).toBe('no-cache');
    }
  });

  it('serves the app for client routes, never for a missing asset', () => {
    expect(config.navigationFallback.rewrite).toBe('/index.html');
    expect(fallsBackToApp(config, '/themes/klimaat/board')).toBe(true);
    expect(fallsBackToApp(config, '/practices')).toBe(true);
    expect(fallsBackToApp(config, '/assets/index-gone.js')).toBe(false);
    expect(fallsBackToApp(config, '/favicon.ico')).toBe(false);
  });
});

describe('the local variant', () => {
  it('adds only the app’s own origin, for the local Teams host', () => {
    const local = localHostingConfig(config);
    expect(csp(headersFor(local, '/')).get('frame-ancestors')).toEqual(["'self'", ...TEAMS_HOSTS]);
    const rest = (headers: Record<string, string>) => {
      const policy = csp(headers);
      policy.delete('frame-ancestors');
      return { ...headers, 'Content-Security-Policy': [...policy] };
    };
    expect(rest(headersFor(local, '/'))).toEqual(rest(headersFor(config, '/')));
  });
});

describe('route patterns as Static Web Apps reads them', () => {
  it('matches a trailing wildcard, braces and nothing more', () => {
    expect(matchesRoute('/assets/*', '/assets/a-1.js')).toBe(true);
    expect(matchesRoute('/assets/*', '/assetsx/a.js')).toBe(false);
    expect(matchesRoute('/*.{png,svg}', '/favicon.svg')).toBe(true);
    expect(matchesRoute('/*.{png,svg}', '/favicon.svgz')).toBe(false);
    expect(matchesRoute('/index.html', '/INDEX.html')).toBe(true);
    expect(matchesRoute('/a.b', '/aXb')).toBe(false);
  });
});
