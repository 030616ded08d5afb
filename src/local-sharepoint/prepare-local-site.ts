import { SEED_PLAN } from '../domain/seed-plan';
import { provisionSite, type ProvisionReport } from '../data/sharepoint/provision-site';
import { seedSite, type SeedReport } from '../data/sharepoint/seed-site';
import { connectSite } from '../data/sharepoint/sp-client';
import { createThemeRepository } from '../data/sharepoint/theme-repository';
import { localToken, localUsers } from './local-identity-client';

export interface PreparedSite {
  provisioned: ProvisionReport;
  seeded: SeedReport;
  ownersAssigned: number;
}

/**
 * Makes a local site ready to use, through the same PnPjs path as SharePoint Online: provision,
 * seed the plan, and make each local theme owner the owner of their theme (the plan names none).
 */
export async function prepareLocalSite(siteUrl: string): Promise<PreparedSite> {
  const users = await localUsers(siteUrl);
  const coordinator = users.find((user) => user.role === 'coordinator');
  if (!coordinator) throw new Error('The local SharePoint has no coordinator');
  const token = await localToken(siteUrl, coordinator.login);
  const sp = connectSite({ siteUrl, getToken: async () => token });

  const provisioned = await provisionSite(sp, siteUrl);
  const seeded = await seedSite(sp, siteUrl, SEED_PLAN);
  const themes = createThemeRepository(sp, siteUrl);
  const siteUsers = (await sp.web.siteUsers.select('Id', 'Email')()) as {
    Id: number;
    Email: string;
  }[];
  let ownersAssigned = 0;
  for (const theme of (await themes.list()).items) {
    const owner = users.find((user) => user.role === 'theme-owner' && user.themeKey === theme.key);
    const ownerId = siteUsers.find((user) => user.Email === owner?.email)?.Id;
    if (!theme.owner && ownerId !== undefined) {
      await themes.setOwner(theme.id, ownerId, theme.version);
      ownersAssigned += 1;
    }
  }
  return { provisioned, seeded, ownersAssigned };
}
