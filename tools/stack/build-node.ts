/**
 * Compiles the Node.js programs that `npm start` and the image run (the six services, the
 * launcher and the compose one-shots) to JavaScript under dist/node, so none of them loads a
 * compiler at run time: swc with the settings of tools/register.js (tools/swc-options.json:
 * legacy decorators and their metadata for NestJS DI), the @raseed/* aliases rewritten to
 * relative paths at build time, and a source map next to every file (run the output with
 * `node --enable-source-maps`: stack traces name the .ts lines). dist/node mirrors the source
 * tree (dist/node/apps/api/src/main.js), so a relative path between two files stays valid.
 *
 * Only what the entry points import is compiled, followed file by file, and only what changed
 * since the last build: each source's size and mtime are kept in dist/node/build-manifest.json
 * with the files it imports, so an unchanged tree costs a stat per file (swc is loaded only
 * when something changed).
 * A different swc version, swc setting or alias compiles everything again.
 *
 * `npm start` runs this file first (as `npm run build:node` does), then the compiled launcher;
 * the launcher calls buildNode() again (a check that finds nothing to do then), so that starting
 * it from source, as the tests do, also runs up-to-date services. The Dockerfile runs it once.
 */
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import type { Options } from '@swc/core';
import { NODE_DIST_DIR, WORKSPACE_ROOT } from '../../libs/config/src/lib/workspace-root';

/** What is run compiled: the services (`npm start`, the compose file), the launcher, and the compose one-shots. */
export const NODE_ENTRIES = [
  'apps/api/src/main.ts',
  'apps/broker/src/main.ts',
  'apps/extractor/src/main.ts',
  'apps/fetcher/src/main.ts',
  'apps/indexer/src/main.ts',
  'apps/normaliser/src/main.ts',
  'tools/stack/launch.ts',
  'tools/stack/start.ts',
  'tools/stack/provision.ts',
  'apps/cli/src/dashboards-import.ts',
  // Preloaded into each service the launcher runs: stack traces mapped to the .ts lines.
  'libs/config/src/register-source-maps.ts',
] as const;

const MANIFEST = 'build-manifest.json';
/** Raised when the output of an unchanged source would differ (how imports are traced, how files are named). */
const BUILDER_VERSION = 1;

export interface NodeBuildResult {
  outDir: string;
  /** Source files the entry points reach. */
  files: number;
  /** Of those, compiled (or copied) by this build: new or changed since the last. */
  compiled: number;
  /** Outputs deleted because nothing imports their source any more. */
  removed: number;
  ms: number;
}

interface SourceEntry {
  mtimeMs: number;
  size: number;
  /** Workspace-relative sources this one requires. */
  deps: string[];
}

interface Manifest {
  fingerprint: string;
  files: Record<string, SourceEntry>;
}

export function buildNode(options: { root?: string; outDir?: string; entries?: readonly string[] } = {}): NodeBuildResult {
  const started = Date.now();
  const root = options.root ?? WORKSPACE_ROOT;
  const outDir = options.outDir ?? join(root, NODE_DIST_DIR);
  const swcOptions = loadSwcOptions(root);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ BUILDER_VERSION, swc: swcVersion(root), swcOptions, outDir }))
    .digest('hex');
  const previous = readManifest(outDir);
  const old = previous?.fingerprint === fingerprint ? previous.files : {};
  const files: Record<string, SourceEntry> = {};
  let swc: typeof import('@swc/core') | undefined;
  let compiled = 0;

  const queue = [...(options.entries ?? NODE_ENTRIES)].map((e) => resolve(root, e));
  for (const abs of queue) {
    const rel = toPosix(relative(root, abs));
    if (files[rel]) continue;
    const stat = statSync(abs);
    const out = outputOf(outDir, rel);
    const known = old[rel];
    let deps: string[];
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && existsSync(out)) {
      deps = known.deps;
    } else if (rel.endsWith('.ts')) {
      swc ??= require('@swc/core') as typeof import('@swc/core');
      const { code, map } = swc.transformSync(readFileSync(abs, 'utf8'), {
        ...swcOptions,
        filename: abs,
        swcrc: false,
        configFile: false,
        sourceMaps: true,
        inlineSourcesContent: false,
        sourceFileName: toPosix(relative(dirname(out), abs)),
      });
      deps = requiredSources(code, abs, root);
      writeAtomically(out, `${code}\n//# sourceMappingURL=${out.slice(dirname(out).length + 1)}.map\n`);
      writeAtomically(`${out}.map`, map ?? '');
      compiled++;
    } else {
      // JSON (or JavaScript) a source requires next to itself: copied as it is.
      deps = [];
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(abs, out);
      compiled++;
    }
    files[rel] = { mtimeMs: stat.mtimeMs, size: stat.size, deps };
    for (const dep of deps) queue.push(resolve(root, dep));
  }

  let removed = 0;
  for (const rel of Object.keys(previous?.files ?? {})) {
    if (files[rel]) continue;
    const out = outputOf(outDir, rel);
    for (const f of [out, `${out}.map`]) rmSync(f, { force: true });
    removed++;
  }
  if (compiled || removed || !previous || previous.fingerprint !== fingerprint || Object.keys(previous.files).length !== Object.keys(files).length) {
    writeAtomically(join(outDir, MANIFEST), JSON.stringify({ fingerprint, files } satisfies Manifest));
  }
  return { outDir, files: Object.keys(files).length, compiled, removed, ms: Date.now() - started };
}

/** tools/swc-options.json (shared with tools/register.js), with the @raseed/* aliases of tsconfig.base.json rewritten to relative paths. */
function loadSwcOptions(root: string): Options {
  const base = JSON.parse(readFileSync(join(root, 'tools', 'swc-options.json'), 'utf8')) as Options;
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  return { ...base, jsc: { ...base.jsc, baseUrl: root, paths: compilerOptions.paths } };
}

function swcVersion(root: string): string {
  const file = require.resolve('@swc/core/package.json', { paths: [root] });
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function readManifest(outDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const outputOf = (outDir: string, rel: string) => join(outDir, rel.replace(/\.ts$/, '.js'));
const toPosix = (p: string) => p.split(sep).join('/');

/**
 * The workspace files a compiled module requires by relative path (the aliases are relative by
 * now; packages are left to Node). A path that names no file (a type-only module swc already
 * dropped, or text in a string) is skipped: a missing module fails `npm run typecheck`.
 */
function requiredSources(code: string, from: string, root: string): string[] {
  const deps = new Set<string>();
  for (const [, , spec] of code.matchAll(/\brequire\((["'])(\.\.?(?:\/[^"']*)?)\1\)/g)) {
    const base = resolve(dirname(from), spec);
    const file = [`${base}.ts`, join(base, 'index.ts'), base].find(isFile);
    if (file && !relative(root, file).startsWith('..')) deps.add(toPosix(relative(root, file)));
  }
  return [...deps];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Two builds at once (two stacks starting) write the same bytes; a reader never sees half a file. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

if (require.main === module) {
  try {
    const r = buildNode();
    process.stdout.write(`build:node: ${r.compiled ? `compiled ${r.compiled} of ${r.files} files` : `${r.files} files up to date`} in ${r.ms} ms (${relative(process.cwd(), r.outDir) || '.'})\n`);
  } catch (err) {
    process.stderr.write(`build:node: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
