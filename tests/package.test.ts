import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The package as users get it: `npm pack`'s tarball unpacked into a consumer's node_modules (its
// dependencies linked from ours: no network), then imported from ESM, CommonJS and TypeScript.
// npm test builds first, so dist/ is current.
const root = fileURLToPath(new URL('..', import.meta.url));
let work = '';
let consumer = '';
let packed: string[] = [];

const node = (file: string) => spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8', timeout: 60_000 });
const tsc = (tsconfig: string) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig], { cwd: consumer, encoding: 'utf8', timeout: 120_000 });

// An invented story with real clubs (the built-in gazetteer knows them).
const STORY = 'Liverpool have signed 24-year-old English winger Lennart Quayle from Brentford for £2m.';

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-talk-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error('npm pack gave no tarball');
  packed = info.files.map((f) => f.path).sort();
  consumer = path.join(work, 'consumer');
  const pkg = path.join(consumer, 'node_modules', 'transfer-talk');
  fs.mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(work, info.filename), '-C', pkg, '--strip-components=1']);
  for (const dep of ['zod', 'currency.js', '@types/node']) {
    fs.mkdirSync(path.dirname(path.join(consumer, 'node_modules', dep)), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules', dep), path.join(consumer, 'node_modules', dep), 'dir');
  }
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only what users need: the build, the JSON Schema, the README, the changelog, the licence and the data notices', () => {
    expect(packed).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/browser.js',
      'dist/cli.js',
      'dist/extraction.schema.json',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/worker.cjs',
      'dist/worker.js',
      'package.json',
      'src/gazetteer/data/SOURCES.md',
    ]);
  });

  it('works from ESM: extract, toHtml, the schema file and worker threads', () => {
    fs.writeFileSync(
      path.join(consumer, 'esm.mjs'),
      `import { extract, extractMany, toHtml } from 'transfer-talk';
import schema from 'transfer-talk/extraction.schema.json' with { type: 'json' };
const x = extract(${JSON.stringify(STORY)});
const many = [];
for await (const y of extractMany(Array(4).fill(${JSON.stringify(STORY)}), { threads: 2 })) many.push(y.players[0].name);
console.log(JSON.stringify({ player: x.players[0], to: x.transfers[0].to, html: toHtml(${JSON.stringify(STORY)}, x).includes('data-type="fee"'), schema: schema.$id, many }));
`,
    );
    const r = node('esm.mjs');
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as { player: { name: string; age: number; nationality: { code: string } }; to: string; html: boolean; schema: string; many: string[] };
    expect(got.player).toMatchObject({ name: 'Lennart Quayle', age: 24, nationality: { code: 'ENG' } });
    expect(got).toMatchObject({ to: 'Liverpool', html: true, schema: 'urn:transfer-talk:extraction:v1', many: Array(4).fill('Lennart Quayle') });
  }, 60_000);

  it('works from CommonJS, and its command line runs', () => {
    fs.writeFileSync(
      path.join(consumer, 'cjs.cjs'),
      `const { extract, createExtractor } = require('transfer-talk');
const schema = require('transfer-talk/extraction.schema.json');
const kv = createExtractor({ clubs: [{ name: 'Kestrel Vale FC', aliases: ['the Kestrels'], country: 'ENG' }] });
const y = kv.extract('The Kestrels have signed midfielder Tomas Brenlow from Brentford.');
console.log(JSON.stringify({ player: extract(${JSON.stringify(STORY)}).players[0].name, to: y.transfers[0].to, defs: Object.keys(schema.$defs).length }));
`,
    );
    const r = node('cjs.cjs');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ player: 'Lennart Quayle', to: 'Kestrel Vale FC', defs: 9 });
    const cli = spawnSync(process.execPath, [path.join(consumer, 'node_modules', 'transfer-talk', 'dist', 'cli.js'), '-f', 'table', '-'], { input: STORY, encoding: 'utf8' });
    expect(cli.stdout).toContain('Lennart Quayle  Brentford  Liverpool  completed');
  }, 60_000);

  const TS_CONSUMER = `import { extract, createExtractor, toHtml, type Extraction, type Transfer, type FeeKind } from 'transfer-talk';
const x: Extraction = extract(${JSON.stringify(STORY)}, { date: '2024-07-01' });
const t: Transfer | undefined = x.transfers[0];
const kinds: FeeKind[] = t ? t.fees.map((f) => f.kind) : [];
const code: string | undefined = x.players[0]?.nationality?.code;
const page: string = toHtml('text', x, { title: 'T' });
createExtractor({ clubs: [{ name: 'Kestrel Vale FC', country: 'ENG' }] });
export { kinds, code, page };
`;

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks a TypeScript consumer under moduleResolution %s', (name, options) => {
    fs.writeFileSync(path.join(consumer, 'index.ts'), TS_CONSUMER);
    // Beside it a line with a type error: the check must be able to fail, and fail only there.
    fs.writeFileSync(path.join(consumer, 'wrong.ts'), `import { extract } from 'transfer-talk';\nconst age: string = extract('x').players[0]!.age;\nexport { age };\n`);
    const compilerOptions = { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] };
    fs.writeFileSync(path.join(consumer, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ['index.ts', 'wrong.ts'] }));
    const r = tsc(`tsconfig.${name}.json`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      "wrong.ts(2,7): error TS2322: Type 'number | null' is not assignable to type 'string'.",
      "  Type 'null' is not assignable to type 'string'.",
    ]);
  }, 120_000);
});
