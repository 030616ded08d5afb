import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fallsBackToApp, headersFor, type HostingConfig } from './hosting-config';

export interface BuildServerOptions {
  /** The built app (`vite build`'s outDir). */
  outDir: string;
  /** Where `/sites/**` and `/_local/**` go, so the browser sees one origin. */
  sharePointOrigin: string;
  /** 0 picks a free port. */
  port: number;
  config: HostingConfig;
}

export interface BuildServer {
  /** e.g. http://127.0.0.1:5173 */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const PROXIED = /^\/(sites|_local)(\/|$)/;

/** Static Web Apps keeps its configuration to itself. */
const HIDDEN = new Set(['/staticwebapp.config.json', '/.build-stamp']);

interface StaticFile {
  body: Buffer;
  etag: string;
  contentType: string;
}

function proxy(target: URL, agent: Agent, request: IncomingMessage, response: ServerResponse) {
  const host = request.headers.host ?? '';
  const upstream = httpRequest(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: request.method,
      path: request.url,
      agent,
      headers: {
        ...request.headers,
        'x-forwarded-host': host,
        'x-forwarded-proto': 'http',
        'x-forwarded-for': request.socket.remoteAddress ?? '',
      },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
    response.end(`Local SharePoint unreachable: ${error.message}`);
  });
  request.pipe(upstream);
}

/**
 * The production build as Azure Static Web Apps serves it, after the same configuration file:
 * its headers, its navigation fallback, a 404 for a missing asset; plus the local SharePoint
 * behind `/sites` and `/_local`.
 */
export async function startBuildServer(options: BuildServerOptions): Promise<BuildServer> {
  const root = resolve(options.outDir);
  const target = new URL(options.sharePointOrigin);
  const agent = new Agent({ keepAlive: true });
  // The build does not change under a running server (a rebuild means a restart), so cache it.
  const files = new Map<string, Promise<StaticFile | undefined>>();

  function load(pathname: string): Promise<StaticFile | undefined> {
    let file = files.get(pathname);
    if (!file) {
      const path = join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      file = (async () => {
        if (!path.startsWith(root + sep) || HIDDEN.has(pathname)) return undefined;
        const info = await stat(path).catch(() => undefined);
        if (info?.isDirectory()) return load(`${pathname}/`);
        if (!info?.isFile()) return undefined;
        const body = await readFile(path);
        return {
          body,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        };
      })();
      files.set(pathname, file);
      // Client routes are endless; remember only what exists.
      void file.then((found) => found ?? files.delete(pathname));
    }
    return file;
  }

  async function serveStatic(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://app').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const config = options.config;
    let file = await load(pathname);
    if (!file && fallsBackToApp(config, pathname)) {
      file = await load(config.navigationFallback.rewrite);
    }
    const headers: Record<string, string> = headersFor(config, pathname);
    if (!file) {
      // Not the route's year-long caching: an asset missing now may be deployed a moment later.
      response.writeHead(404, {
        ...headersFor({ ...config, routes: [] }, pathname),
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end(request.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    headers['Content-Type'] = file.contentType;
    headers.ETag = file.etag;
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = String(file.body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
    const path = request.url ?? '/';
    if (PROXIED.test(path)) {
      proxy(target, agent, request, response);
      return;
    }
    serveStatic(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        agent.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
