import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const ORIGIN = 'http://127.0.0.1:5173';
const CLIENT_ID = '0b6a3f52-9c1e-4a7d-8e2f-5d4c3b2a1f0e';
const TENANT_ID = '7d9e1c2b-3a4f-4b5c-8d6e-9f0a1b2c3d4e';

describe('parseConfig', () => {
  it('defaults to local mode against the local SharePoint behind the dev server', () => {
    expect(parseConfig({}, ORIGIN)).toEqual({
      ok: true,
      settings: { mode: 'local', siteUrl: `${ORIGIN}/sites/mvoi` },
    });
    expect(parseConfig({ VITE_APP_MODE: 'local', VITE_CLIENT_ID: '' }, ORIGIN)).toMatchObject({
      ok: true,
    });
  });

  it('reads a complete SharePoint configuration', () => {
    const result = parseConfig(
      {
        VITE_CLIENT_ID: CLIENT_ID,
        VITE_TENANT_ID: 'contoso.onmicrosoft.com',
        VITE_SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/mvoi/',
      },
      ORIGIN,
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        mode: 'sharepoint',
        clientId: CLIENT_ID,
        tenantId: 'contoso.onmicrosoft.com',
        siteUrl: 'https://contoso.sharepoint.com/sites/mvoi',
      },
    });
  });

  it('names every missing setting of SharePoint mode', () => {
    expect(parseConfig({ VITE_APP_MODE: 'sharepoint' }, ORIGIN)).toEqual({
      ok: false,
      issues: [
        { variable: 'VITE_CLIENT_ID', problem: 'missing', expected: 'guid' },
        { variable: 'VITE_TENANT_ID', problem: 'missing', expected: 'tenant' },
        { variable: 'VITE_SHAREPOINT_SITE_URL', problem: 'missing', expected: 'httpsUrl' },
      ],
    });
  });

  it('names invalid settings', () => {
    const result = parseConfig(
      {
        VITE_CLIENT_ID: 'not-a-guid',
        VITE_TENANT_ID: TENANT_ID,
        VITE_SHAREPOINT_SITE_URL: 'http://contoso.sharepoint.com/sites/mvoi',
      },
      ORIGIN,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { variable: 'VITE_CLIENT_ID', problem: 'invalid', expected: 'guid' },
        { variable: 'VITE_SHAREPOINT_SITE_URL', problem: 'invalid', expected: 'httpsUrl' },
      ],
    });
  });

  it('rejects an unknown mode', () => {
    expect(parseConfig({ VITE_APP_MODE: 'cloud' }, ORIGIN)).toEqual({
      ok: false,
      issues: [{ variable: 'VITE_APP_MODE', problem: 'invalid', expected: 'mode' }],
    });
  });
});
