import type { IncomingHttpHeaders } from 'node:http';
import type { SiteLinks } from '../rest/api-types';

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim() || undefined;
}

/**
 * The origin the caller used, so absolute links (`odata.nextLink`, web Url) work behind a
 * same-origin dev proxy: X-Forwarded-Host / X-Forwarded-Proto first, then Host.
 */
export function siteLinks(
  headers: IncomingHttpHeaders,
  sitePath: string,
  fallbackHost: string,
): SiteLinks {
  const host = first(headers['x-forwarded-host']) ?? first(headers.host) ?? fallbackHost;
  const forwardedProto = first(headers['x-forwarded-proto'])?.toLowerCase();
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  const safeHost = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : fallbackHost;
  const origin = `${proto}://${safeHost}`;
  const siteUrl = `${origin}${sitePath}`;
  return { origin, siteUrl, apiUrl: `${siteUrl}/_api` };
}
