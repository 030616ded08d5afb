import { describe, expect, it } from 'vitest';
import { productionConfig, wantsProduction } from './app-only-tokens';

const GUID = '11111111-2222-4333-8444-555555555555';
const valid = {
  NOTIFY_TENANT_ID: GUID,
  NOTIFY_CLIENT_ID: GUID,
  NOTIFY_CERTIFICATE_THUMBPRINT_SHA256: 'a'.repeat(64),
  NOTIFY_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
  NOTIFY_SITE_URL: 'https://contoso.sharepoint.com/sites/mvoi/',
  NOTIFY_TEAMS_APP_ID: GUID,
  NOTIFY_APP_URL: 'https://mvoi.example.org',
};

describe('the deadline job’s production configuration', () => {
  it('reads a complete configuration', () => {
    expect(productionConfig(valid)).toMatchObject({
      siteUrl: 'https://contoso.sharepoint.com/sites/mvoi',
      thumbprintSha256: 'a'.repeat(64),
    });
    expect(wantsProduction(valid)).toBe(true);
    expect(wantsProduction({ PATH: '/usr/bin' })).toBe(false);
  });

  it.each<[Record<string, string | undefined>, RegExp]>([
    [{ NOTIFY_TENANT_ID: undefined }, /NOTIFY_TENANT_ID is missing/],
    [{ NOTIFY_CLIENT_ID: 'app' }, /NOTIFY_CLIENT_ID must be/],
    [{ NOTIFY_CERTIFICATE_THUMBPRINT_SHA256: 'ab:cd' }, /THUMBPRINT_SHA256 must be 64/],
    [{ NOTIFY_SITE_URL: 'http://contoso.sharepoint.com/sites/mvoi' }, /NOTIFY_SITE_URL must be/],
    [{ NOTIFY_PRIVATE_KEY: 'secret' }, /private key/],
    [
      { NOTIFY_PRIVATE_KEY: undefined, NOTIFY_PRIVATE_KEY_PATH: '/nonexistent.pem' },
      /cannot be read/,
    ],
  ])('names what is wrong in %o', (changes, message) => {
    expect(() => productionConfig({ ...valid, ...changes })).toThrow(message);
  });
});
