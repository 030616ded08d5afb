import { describe, expect, it } from 'vitest';
import { sharePointScope } from './microsoft-auth';

describe('sharePointScope', () => {
  it('asks for the SharePoint resource of the configured site, not for Graph', () => {
    expect(sharePointScope('https://contoso.sharepoint.com/sites/mvoi')).toBe(
      'https://contoso.sharepoint.com/.default',
    );
  });
});
