import { parseLocalSharePointArgs } from '../local-sharepoint/cli-args';
import { prepareLocalSite } from '../local-sharepoint/prepare-local-site';
import { startLocalSharePoint } from '../local-sharepoint/server';
import { runCli } from './run-cli';

runCli(async () => {
  const { seed, ...options } = parseLocalSharePointArgs(process.argv.slice(2));
  const server = await startLocalSharePoint(options);
  if (seed) {
    const { provisioned, seeded } = await prepareLocalSite(server.siteUrl);
    const added = Object.values(seeded.created).reduce((sum, count) => sum + count, 0);
    console.info(
      `Provisioned (${provisioned.changes.length} changes), seeded (${added} items added).`,
    );
  }
  console.info(`Local SharePoint site: ${server.siteUrl}`);
  console.info(`Local users: ${server.origin}/_local/users`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
