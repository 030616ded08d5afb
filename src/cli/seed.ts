import { SEED_PLAN } from '../domain/seed-plan';
import { seedSite } from '../data/sharepoint/seed-site';
import { connectSite } from '../data/sharepoint/sp-client';
import { runCli } from './run-cli';
import { siteAccessFromArgs } from './site-access';

runCli(async () => {
  const access = await siteAccessFromArgs(process.argv.slice(2));
  const { created } = await seedSite(connectSite(access), access.siteUrl, SEED_PLAN);
  const total = Object.values(created).reduce((sum, count) => sum + count, 0);
  console.info(
    total
      ? `Seeded ${access.siteUrl}: ${created.themes} themes, ${created.goals} goals, ${created.pilots} pilots, ${created.actions} actions.`
      : `${access.siteUrl} already holds the plan: nothing added.`,
  );
});
