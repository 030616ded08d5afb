import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the bundle is made of; tests never are. */
const SOURCE_DIRS = ['src', 'public'];
const SOURCE_FILES = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'package.json',
  'package-lock.json',
];
/** The env files a production build reads (Vite's `loadEnv` for mode `production`). */
const ENV_FILES = ['.env', '.env.local', '.env.production', '.env.production.local'];
const LOCAL_TEAMS_HOST_PAGE = 'src/local-teams-host/index.html';
export const BUILD_STAMP = '.build-stamp';

export interface AppBuildOptions {
  root: string;
  outDir: string;
  /** Where Vite reads `.env` files from. */
  envDir: string;
  /** Also build the local Teams host page: for `npm start` and e2e, never for deployment. */
  withLocalTeamsHost: boolean;
  /** Called when a build is needed, before it starts. */
  onBuild?: () => void;
}

export interface AppBuildResult {
  /** False when the stamp in `outDir` showed the build to be current. */
  built: boolean;
  ms: number;
}

function filesUnder(root: string, dir: string): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => !/\.test\.tsx?$/.test(path) && statSync(join(root, path)).isFile());
}

/** A hash of everything that goes into the build, so a stale `dist/` is never served. */
export function buildFingerprint(options: AppBuildOptions): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) => {
    hash.update(`${label}\0${createHash('sha256').update(content).digest('hex')}\0`);
  };
  const sources = [
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(options.root, dir)),
    ...SOURCE_FILES.filter((file) => existsSync(join(options.root, file))),
  ].sort();
  for (const path of sources)
    add(path.split('\\').join('/'), readFileSync(join(options.root, path)));
  for (const file of ENV_FILES) {
    const path = join(options.envDir, file);
    if (existsSync(path)) add(`env:${file}`, readFileSync(path));
  }
  // Vite also takes VITE_* variables from the environment.
  const variables = Object.entries(process.env)
    .filter(([name]) => name.startsWith('VITE_'))
    .sort(([a], [b]) => a.localeCompare(b));
  add('process.env', JSON.stringify(variables));
  add('options', JSON.stringify({ withLocalTeamsHost: options.withLocalTeamsHost }));
  return hash.digest('hex');
}

function readStamp(outDir: string): string | undefined {
  try {
    return readFileSync(join(outDir, BUILD_STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** `vite build` into `outDir`, unless the stamp there says the sources are unchanged. */
export async function buildIfChanged(options: AppBuildOptions): Promise<AppBuildResult> {
  const started = performance.now();
  const fingerprint = buildFingerprint(options);
  if (readStamp(options.outDir) === fingerprint) {
    return { built: false, ms: performance.now() - started };
  }
  const { root, outDir, envDir } = options;
  options.onBuild?.();
  // Loaded only to build: importing Vite costs a second of every start.
  const { build } = await import('vite');
  const shared = {
    root,
    configFile: join(root, 'vite.config.ts'),
    envDir,
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
  } as const;
  // Vite keeps a NODE_ENV it finds (Vitest's `test`), which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The app exactly as `npm run build` bundles it (a second entry would change its chunks).
    await build({ ...shared, build: { outDir, emptyOutDir: true } });
    if (options.withLocalTeamsHost) {
      await build({
        ...shared,
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          rolldownOptions: { input: { 'local-teams-host': join(root, LOCAL_TEAMS_HOST_PAGE) } },
        },
      });
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(join(outDir, BUILD_STAMP), `${fingerprint}\n`);
  return { built: true, ms: performance.now() - started };
}
