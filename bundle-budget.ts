import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

/*
 * The first view's JavaScript: what `index.html` loads before the app shows anything, its entry
 * and its modulepreloads. One chunk for it, and a budget that every production build checks.
 */

const KIB = 1024;

/** An entry of the build (an HTML page), not a module that is only imported lazily. */
function isPageEntry(info: Rolldown.ModuleInfo | null): boolean {
  return info !== null && info.isEntry && info.dynamicImporters.length === 0;
}

/**
 * Puts the app's initial modules (those its page loads statically, after tree-shaking) into one
 * chunk. Left to itself the bundler cuts them into dozens of chunks along the lines of the lazy
 * pages that share them, which costs the first view requests, import glue and compression.
 * Modules that another page (the local Teams host) also loads stay out, and so do the page's own
 * scripts, so that loading this chunk never starts the app.
 */
export function firstViewChunk(appPage: string): Rolldown.CodeSplittingGroup {
  const otherPageReaches = new Map<string, boolean>();
  const reachedFromOtherPage = (id: string, ctx: Rolldown.ChunkingContext): boolean => {
    const known = otherPageReaches.get(id);
    if (known !== undefined) return known;
    const seen = new Set([id]);
    const queue = [id];
    let found = false;
    while (queue.length > 0 && !found) {
      for (const importer of ctx.getModuleInfo(queue.pop() ?? '')?.importers ?? []) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        if (importer !== appPage && isPageEntry(ctx.getModuleInfo(importer))) found = true;
        queue.push(importer);
      }
    }
    otherPageReaches.set(id, found);
    return found;
  };
  /** A page, or a script a page names itself (`<script type="module" src>`). */
  const isPageScript = (info: Rolldown.ModuleInfo | null, ctx: Rolldown.ChunkingContext) =>
    info === null ||
    isPageEntry(info) ||
    info.importers.some((importer) => isPageEntry(ctx.getModuleInfo(importer)));
  return {
    debugName: 'first-view',
    tags: ['$initial'],
    includeDependenciesRecursively: false,
    name: (id, ctx) =>
      isPageScript(ctx.getModuleInfo(id), ctx) || reachedFromOtherPage(id, ctx)
        ? null
        : 'first-view',
  };
}

interface InitialChunk {
  file: string;
  raw: number;
  gzip: number;
  /** The largest packages (or our own folders) in it, by size before minification. */
  parts: [string, number][];
}

/** `node_modules/@scope/name/…` and `node_modules/name/…` by package, our code by folder. */
function partOf(id: string, root: string): string {
  const inPackage = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (inPackage?.[1]) return inPackage[1].replace('\\', '/');
  const local = id.startsWith(root) ? id.slice(root.length + 1) : id;
  return local.split(/[\\/]/).slice(0, 3).join('/');
}

/** The scripts `index.html` loads before the first view: its entry and its modulepreloads. */
function initialFiles(html: string, base: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    return (isEntry || isPreload) && url && url.startsWith(base) ? [url.slice(base.length)] : [];
  });
}

function initialChunks(bundle: Rolldown.OutputBundle, base: string, root: string): InitialChunk[] {
  const page = bundle['index.html'];
  if (page?.type !== 'asset') return [];
  return initialFiles(String(page.source), base).flatMap((file): InitialChunk[] => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return [];
    const parts = new Map<string, number>();
    for (const [id, module] of Object.entries(chunk.modules)) {
      const part = partOf(id, root);
      parts.set(part, (parts.get(part) ?? 0) + module.renderedLength);
    }
    return [
      {
        file,
        raw: Buffer.byteLength(chunk.code),
        gzip: gzipSync(chunk.code).length,
        parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 12),
      },
    ];
  });
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

/**
 * Fails the build when the first view's JavaScript is over `maxGzipKiB` gzipped, and prints what
 * is in it either way: per file its raw and gzipped size and its largest parts.
 */
export function bundleBudget({ maxGzipKiB }: { maxGzipKiB: number }): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'mvoi:bundle-budget',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunks = initialChunks(bundle, base, root);
        if (chunks.length === 0) return;
        const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
        const lines = chunks.flatMap((chunk) => [
          `  ${chunk.file}: ${kib(chunk.raw)} raw, ${kib(chunk.gzip)} gzipped`,
          ...chunk.parts.map(([part, size]) => `      ${kib(size).padStart(10)}  ${part}`),
        ]);
        const verdict = total <= maxGzipKiB * KIB ? 'within' : 'OVER';
        const report = [
          `First view JavaScript (index.html's entry and modulepreloads): ${kib(total)} gzipped, ${verdict} the budget of ${maxGzipKiB} KiB`,
          '  (parts by size before minification)',
          ...lines,
        ].join('\n');
        if (verdict === 'OVER') this.error(report);
        this.info(report);
      },
    },
  };
}
