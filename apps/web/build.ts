/**
 * Builds the search page (apps/web/src) into dist/web with esbuild: one JS bundle (Preact),
 * one CSS bundle with the Arabic font files copied next to it. No CDN, no network.
 * `npm start` calls buildWeb() before starting the services; `nx run web:build` runs this file.
 */
import { build, stop } from 'esbuild';
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { WORKSPACE_ROOT } from '@raseed/config';

// From the repository root, not __dirname: the launcher runs this file compiled, from dist/node.
const ROOT = WORKSPACE_ROOT;
const WEB = join(ROOT, 'apps', 'web');
export const WEB_DIST = join(ROOT, 'dist', 'web');

export interface WebBuildResult {
  outDir: string;
  ms: number;
}

export async function buildWeb(options: { outDir?: string; minify?: boolean } = {}): Promise<WebBuildResult> {
  const started = Date.now();
  const outDir = options.outDir ?? WEB_DIST;
  const src = join(WEB, 'src');
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { app: join(src, 'main.tsx') },
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    // The page talks to the API over HTTP: it imports only types from the libs (lint enforces it), erased here.
    tsconfig: join(WEB, 'tsconfig.json'),
    logLevel: 'silent',
    legalComments: 'none',
  });
  copyFileSync(join(src, 'index.html'), join(outDir, 'index.html'));
  // The page is built once per start: esbuild's service process (~30 MB) need not live with the launcher.
  await stop();
  return { outDir, ms: Date.now() - started };
}

if (require.main === module) {
  buildWeb()
    .then(({ outDir, ms }) => process.stdout.write(`web: built ${outDir} in ${ms} ms\n`))
    .catch((err: Error) => {
      process.stderr.write(`web: build failed: ${err.message}\n`);
      process.exit(1);
    });
}
