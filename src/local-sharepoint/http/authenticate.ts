import { verifyAccessToken } from '../auth/access-token';
import { SETTING } from '../bootstrap-site';
import type { LocalSite } from '../local-site';
import type { PrincipalRecord } from '../store/records';
import { unauthorized } from './sp-error';

/** The caller of an `/_api` request from its `Authorization: Bearer` token; 401 otherwise. */
export function authenticate(site: LocalSite, authorization: string | undefined): PrincipalRecord {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('a bearer token is required (POST /_local/token).');
  const check = verifyAccessToken(
    site.setting(SETTING.tokenSecret),
    match[1] as string,
    Math.floor(site.now().getTime() / 1000),
  );
  if (!check.ok) throw unauthorized(check.reason);
  const user = site.store.principals.findByLoginName(check.loginName);
  if (!user || user.kind !== 'user') throw unauthorized('the token names an unknown user.');
  return user;
}
