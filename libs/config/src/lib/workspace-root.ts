import { dirname, join, resolve, sep } from 'path';

/** Where `npm start` and the image compile the Node.js programs to (tools/stack/build-node.ts), relative to the workspace root. */
export const NODE_DIST_DIR = join('dist', 'node');

/**
 * The workspace root, whether this file runs as its source (libs/config/src/lib) or as its
 * compiled copy under dist/node (which mirrors the source tree), for code that finds files by
 * their place in the repository (dist/web, deploy/dashboards) rather than next to itself.
 */
export const WORKSPACE_ROOT = rootOf(resolve(__dirname, '..', '..', '..', '..'));

function rootOf(dir: string): string {
  return dir.endsWith(sep + NODE_DIST_DIR) ? dirname(dirname(dir)) : dir;
}
