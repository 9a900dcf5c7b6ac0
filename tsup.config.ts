import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The batch worker (src/worker.ts) loads the library beside it instead of bundling a second copy:
 * its `./index.js` import stays external, as ./index.js in the ESM build and ./index.cjs in the
 * CommonJS one. Only the worker's import: src/batch.ts imports ./index.js too and is bundled.
 */
const workerLoadsLibrary: Plugin = {
  name: 'worker-loads-library',
  setup(build) {
    const file = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\.\/index\.js$/ }, (args) => (/[\\/]worker\.ts$/.test(args.importer) ? { path: file, external: true } : undefined));
  },
};

/** The browser build takes src/platform.browser.ts wherever src/platform.ts is imported. */
const browserPlatform: Plugin = {
  name: 'browser-platform',
  setup(build) {
    build.onResolve({ filter: /^\.\/platform\.js$/ }, (args) => ({ path: path.join(args.resolveDir, 'platform.browser.ts') }));
  },
};

export default defineConfig([
  {
    // The library and its batch worker: ESM + CJS, with type declarations for the library.
    // src/batch.ts finds the worker beside itself: new URL('./worker.js', import.meta.url) in ESM,
    // `${__dirname}/worker.cjs` in CJS, where esbuild leaves import.meta empty. tsup's `shims` are
    // not used: its CJS import.meta.url (`file:${__filename}`) breaks on paths holding # or %, and
    // its ESM __dirname shim would import node:path and node:url when the package is loaded.
    entry: { index: 'src/index.ts', worker: 'src/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    target: 'node20',
    sourcemap: false,
    // Two entries that share no module: no chunk files.
    splitting: false,
    // zod is bundled: loading its ~90 module files costs ~60 ms of every cold start, the
    // single bundled copy a few. Its schemas stay plain zod schemas for the user.
    noExternal: ['zod'],
    // The gazetteer data is bundled as JSON text and parsed on first use (src/gazetteer/builtin.ts):
    // JSON.parse reads it several times faster than V8 compiles the same data as object literals.
    loader: { '.json': 'text' },
    esbuildPlugins: [workerLoadsLibrary],
    // The CJS build's empty import.meta is intended (see above): do not warn about it.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
    },
    // The JSON Schema the package ships (transfer-talk/extraction.schema.json), made by the
    // library just built from its zod schemas.
    async onSuccess() {
      const lib = (await import(`${pathToFileURL('dist/index.js').href}?at=${Date.now()}`)) as typeof import('./src/index.js');
      fs.writeFileSync('dist/extraction.schema.json', `${JSON.stringify(lib.extractionJsonSchema(), null, 2)}\n`);
    },
  },
  {
    // The browser build (the package's "browser" condition; the playground loads it as is): one
    // ES module with no import at all (zod and currency.js inside, no Node built-in named), the
    // gazetteers as JSON text inside it too. Minified: its size is what a page downloads.
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: ['zod', 'currency.js'],
    loader: { '.json': 'text' },
    minify: true,
    splitting: false,
    esbuildPlugins: [browserPlatform],
  },
  {
    // The command line tool, ESM only, with its shebang.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['./index.js'],
  },
]);
