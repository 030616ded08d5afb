import { describe, expect, it, vi } from 'vitest';
import { siteAccessFromArgs } from './site-access';

describe('siteAccessFromArgs', () => {
  it('refuses a site that is not an absolute URL, naming the argument', async () => {
    await expect(siteAccessFromArgs(['--site', 'sites/mvoi'])).rejects.toThrow(
      '--site must be the absolute URL of the SharePoint site',
    );
  });

  it('refuses an argument it does not know', async () => {
    await expect(
      siteAccessFromArgs(['--site', 'https://x.sharepoint.com/sites/a', '--seed']),
    ).rejects.toThrow(/Unknown option '--seed'/);
  });

  it('uses SHAREPOINT_ACCESS_TOKEN for SharePoint Online, without asking anything local', async () => {
    vi.stubEnv('SHAREPOINT_ACCESS_TOKEN', 'eyJ.token');
    const access = await siteAccessFromArgs([
      '--site',
      'https://contoso.sharepoint.com/sites/mvoi/',
    ]);
    expect(access.siteUrl).toBe('https://contoso.sharepoint.com/sites/mvoi');
    expect(await access.getToken()).toBe('eyJ.token');
    expect(access.identity).toBe('SHAREPOINT_ACCESS_TOKEN');
  });

  it('says which server it cannot reach when there is no token and no local SharePoint', async () => {
    vi.stubEnv('SHAREPOINT_ACCESS_TOKEN', '');
    await expect(siteAccessFromArgs(['--site', 'http://127.0.0.1:9/sites/mvoi'])).rejects.toThrow(
      'Cannot reach http://127.0.0.1:9',
    );
  });
});
