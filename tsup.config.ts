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
