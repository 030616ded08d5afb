import { parseArgs } from 'node:util';
import { buildPackage } from '../teams-package/build-package';
import { PackageError } from '../teams-package/package-error';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { env: { type: 'string' } },
  strict: true,
});

if (!values.env) {
  console.error('Usage: npm run package -- --env NAME   (reads manifest/env/NAME.env.json)');
  process.exit(2);
}

try {
  const built = buildPackage({ envName: values.env });
  const { env } = built;
  console.info(
    [
      `Teams app package: ${built.zipPath}`,
      `  contains ${built.files.join(', ')}`,
      `  app ${env.appId} version ${env.version}, served from ${env.hostUrl}`,
      '',
      'Build the web app for this package with:',
      `  VITE_APP_MODE=sharepoint VITE_CLIENT_ID=${env.clientId} VITE_TENANT_ID=${env.tenant} \\`,
      `  VITE_SHAREPOINT_SITE_URL=${env.sharePointSiteUrl} npm run build`,
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  console.error(
    `The Teams app package was not built:\n${error.issues.map((i) => `  ${i}`).join('\n')}`,
  );
  process.exit(1);
}
