import { createServer, type Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { prepareLocalSite } from '../../src/local-sharepoint/prepare-local-site';
import { startLocalSharePoint } from '../../src/local-sharepoint/server';

/**
 * Vitest global setup for component tests: jsdom tests cannot start Node servers themselves, so
 * this serves `POST /sites` → a fresh, provisioned and seeded local SharePoint for each caller.
 */
export default async function setup(project: TestProject) {
  const sites: { close(): Promise<void> }[] = [];
  const factory: Server = createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405).end();
      return;
    }
    startLocalSharePoint({ port: 0, dbPath: ':memory:' })
      .then(async (site) => {
        sites.push(site);
        await prepareLocalSite(site.siteUrl);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ siteUrl: site.siteUrl, origin: site.origin }));
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve) => factory.listen(0, '127.0.0.1', resolve));
  const address = factory.address();
  if (typeof address !== 'object' || !address) throw new Error('site factory has no address');
  project.provide('siteFactoryUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await new Promise((resolve) => factory.close(resolve));
    await Promise.all(sites.map((site) => site.close()));
  };
}
