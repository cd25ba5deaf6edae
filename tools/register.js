// Runs TypeScript sources directly (CLIs, benches, tests; `npm start` runs compiled JavaScript,
// see tools/stack/build-node.ts) with the same swc settings as jest: decorator metadata for
// NestJS DI, and the @raseed/* aliases mapped to lib sources.
const path = require('path');
const fs = require('fs');
const { transformSync } = require('@swc/core');
const root = path.join(__dirname, '..');
const { compilerOptions } = require('../tsconfig.base.json');

require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
process.setSourceMapsEnabled(true);

// The settings tools/stack/build-node.ts compiles `npm start`'s programs to dist/node with.
const swcOptions = { ...require('./swc-options.json'), sourceMaps: 'inline' };

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcOptions, filename });
  module._compile(code, filename);
};
require('reflect-metadata');
