import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with type declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    // zod is bundled: loading its ~90 module files costs ~60 ms of every cold start, the
    // single bundled copy a few. Its schemas stay plain zod schemas for the user.
    noExternal: ['zod'],
    // The gazetteer data is bundled as JSON text and parsed on first use (src/gazetteer/builtin.ts):
    // JSON.parse reads it several times faster than V8 compiles the same data as object literals.
    loader: { '.json': 'text' },
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
