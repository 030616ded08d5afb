import { createHmac, timingSafeEqual } from 'node:crypto';

/** Local tokens live a day; the app asks `/_local/token` again when one is refused. */
export const TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

const AUDIENCE = 'local-sharepoint';

interface TokenPayload {
  sub: string;
  aud: string;
  iat: number;
  exp: number;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function sign(secret: string, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

/** An HS256 JWT naming the user's login name; `nowSeconds` is passed in for tests. */
export function issueAccessToken(secret: string, loginName: string, nowSeconds: number): string {
  const payload: TokenPayload = {
    sub: loginName,
    aud: AUDIENCE,
    iat: nowSeconds,
    exp: nowSeconds + TOKEN_LIFETIME_SECONDS,
  };
  const data = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${data}.${sign(secret, data).toString('base64url')}`;
}

export type TokenCheck = { ok: true; loginName: string } | { ok: false; reason: string };

export function verifyAccessToken(secret: string, token: string, nowSeconds: number): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'the token is not a JWT.' };
  const [header, body, signature] = parts as [string, string, string];
  const expected = sign(secret, `${header}.${body}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'the token signature is invalid.' };
  }
  let payload: Partial<TokenPayload>;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenPayload>;
  } catch {
    return { ok: false, reason: 'the token payload is not JSON.' };
  }
  if (payload.aud !== AUDIENCE || typeof payload.sub !== 'string') {
    return { ok: false, reason: 'the token is not meant for this server.' };
  }
  if (typeof payload.exp !== 'number' || payload.exp <= nowSeconds) {
    return { ok: false, reason: 'the token is expired.' };
  }
  return { ok: true, loginName: payload.sub };
}
