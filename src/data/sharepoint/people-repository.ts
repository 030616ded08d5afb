import type { SPFI } from '@pnp/sp';
import type { Person } from '../../domain/person';
import type { CurrentUser, PeopleRepository } from '../repositories';
import { SITE_GROUPS } from './list-schema';
import { guarded } from './to-data-error';

interface UserInfo {
  Id: number;
  Title: string;
  Email?: string | null;
  IsSiteAdmin?: boolean;
  Groups?: { Title: string }[];
}

const toPerson = (user: UserInfo): Person => ({
  id: user.Id,
  name: user.Title,
  email: user.Email ?? '',
});

export function createPeopleRepository(sp: SPFI): PeopleRepository {
  return {
    currentUser: () =>
      guarded(async (): Promise<CurrentUser> => {
        const user = (await sp.web.currentUser
          .select('Id', 'Title', 'Email', 'IsSiteAdmin', 'Groups/Title')
          .expand('Groups')()) as UserInfo;
        const isCoordinator =
          user.IsSiteAdmin === true ||
          (user.Groups ?? []).some((group) => group.Title === SITE_GROUPS.coordinators);
        return { ...toPerson(user), isCoordinator };
      }),
    /** People, not system accounts or groups: only site users with an e-mail address. */
    siteUsers: () =>
      guarded(async () => {
        const users = (await sp.web.siteUsers.select('Id', 'Title', 'Email')()) as UserInfo[];
        return users.filter((user) => user.Email).map(toPerson);
      }),
  };
}
