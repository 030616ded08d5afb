import { CLAIMS_PREFIX } from '../local-users';
import type { PrincipalRecord } from '../store/records';
import type { SiteStore } from '../store/site-store';

/** Finds a site user by claims login (`i:0#.f|membership|x@y`), plain login or e-mail. */
export function findUserByLogin(store: SiteStore, login: string): PrincipalRecord | undefined {
  const wanted = login.trim().toLowerCase();
  const plain = wanted.startsWith(CLAIMS_PREFIX) ? wanted.slice(CLAIMS_PREFIX.length) : wanted;
  return store.principals
    .users()
    .find(
      (user) =>
        user.loginName.toLowerCase() === wanted ||
        user.loginName.toLowerCase() === `${CLAIMS_PREFIX}${plain}` ||
        user.email.toLowerCase() === plain,
    );
}
