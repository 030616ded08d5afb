import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startLocalApp } from '../local-sharepoint/local-app';
import { runCli } from './run-cli';

const argsSchema = z.object({
  port: z.coerce.number({ error: '--port must be a number' }).int().min(0).max(65535).default(5173),
  db: z.string().min(1).default('.data/mvoi.sqlite'),
  dev: z.boolean().default(false),
});

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, db: { type: 'string' }, dev: { type: 'boolean' } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  // `npm start` serves the production build, quick to open; `npm run dev` Vite's dev server, hot-reloading.
  const app = await startLocalApp({
    dbPath: args.db,
    port: args.port,
    serve: args.dev ? 'dev' : 'build',
    log: (line) => console.info(line),
  });
  const { seeded } = app.prepared;
  const added = Object.values(seeded.created).reduce((sum, count) => sum + count, 0);
  console.info(
    [
      '',
      `  MVOI Actieplan is running (${args.dev ? 'dev server' : 'production build'}, local SharePoint, data in ${args.db}${added ? ', seeded with the plan' : ''})`,
      ...(app.build?.built ? [`  Built in ${(app.build.ms / 1000).toFixed(1)} s`] : []),
      '',
      `  App:                ${app.appUrl}/`,
      `  As in Teams:        ${app.teamsHostUrl}`,
      `  Local SharePoint:   ${app.siteUrl}`,
      '',
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
