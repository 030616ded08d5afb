import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS, issueAccessToken, verifyAccessToken } from './access-token';

const secret = 'test-secret';
const login = 'i:0#.f|membership|coordinator@mvoi.local';

describe('local access tokens', () => {
  it('round-trips the login name while valid', () => {
    const token = issueAccessToken(secret, login, 1000);
    expect(verifyAccessToken(secret, token, 1001)).toEqual({ ok: true, loginName: login });
  });

  it('refuses tampered, foreign and expired tokens', () => {
    const token = issueAccessToken(secret, login, 1000);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from('{"sub":"x","aud":"local-sharepoint","exp":9e9}').toString('base64url')}.${signature}`;
    expect(verifyAccessToken(secret, forged, 1001).ok).toBe(false);
    expect(verifyAccessToken('other-secret', token, 1001).ok).toBe(false);
    expect(verifyAccessToken(secret, token, 1000 + TOKEN_LIFETIME_SECONDS).ok).toBe(false);
    expect(verifyAccessToken(secret, 'garbage', 1001).ok).toBe(false);
  });
});
