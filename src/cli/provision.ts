import { connectSite } from '../data/sharepoint/sp-client';
import { provisionSite } from '../data/sharepoint/provision-site';
import { runCli } from './run-cli';
import { siteAccessFromArgs } from './site-access';

runCli(async () => {
  const access = await siteAccessFromArgs(process.argv.slice(2));
  const report = await provisionSite(connectSite(access), access.siteUrl);
  console.info(
    report.changes.length
      ? `Provisioned ${access.siteUrl} as ${access.identity}:\n${report.changes.map((change) => `  ${change}`).join('\n')}`
      : `${access.siteUrl} already matches the schema: nothing changed.`,
  );
});
