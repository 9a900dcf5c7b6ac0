import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { extract } from '../src/index.js';

// The browser build (dist/browser.js, built by npm test) and the playground page that runs it,
// in a real browser: Debian's chromium, which .ci/run installs, driven by playwright-core.
const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = path.join(root, 'dist', 'browser.js');
const SEED = fs.readFileSync(path.join(root, 'seeds', '000_180d16ba4a6361be.txt'), 'utf8');

/** The bundle's size budget: what a page downloads (gzip) and what it parses. */
const BUDGET = { gzipKB: 300, rawKB: 1100 };

describe('the browser build', () => {
  const code = fs.readFileSync(bundle, 'utf8');

  it(`fits its budget (${BUDGET.gzipKB} KB gzipped, ${BUDGET.rawKB} KB raw)`, () => {
    const gzip = zlib.gzipSync(code, { level: 9 }).length / 1024;
    const raw = Buffer.byteLength(code) / 1024;
    console.log(`dist/browser.js: ${raw.toFixed(0)} KB, ${gzip.toFixed(0)} KB gzipped`);
    expect(gzip).toBeLessThan(BUDGET.gzipKB);
    expect(raw).toBeLessThan(BUDGET.rawKB);
  });

  it('is one module with no import and no Node built-in', () => {
    // (statement forms: the word lists inside hold "import" as a word)
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*[{*]|\bimport\s+[\w$]+\s+from\b|(?:^|[;}])\s*import\s*["']|\brequire\s*\(|\bnode:|worker_threads|__dirname/);
  });

  it('extracts what the Node build extracts', async () => {
    const lib = (await import(pathToFileURL(bundle).href)) as typeof import('../src/index.js');
    const texts = [SEED, 'Liverpool have signed 24-year-old English winger Lennart Quayle from Brentford for £2m.'];
    for (const t of texts) expect(lib.extract(t)).toEqual(extract(t));
    const many: string[] = [];
    for await (const x of lib.extractMany(texts, { threads: 2 })) many.push(x.players[0]?.name ?? '');
    expect(many).toEqual(['Odilon Kossounou', 'Lennart Quayle']);
  }, 30_000);
});

/** Debian's chromium, or CHROMIUM_PATH. */
function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && fs.existsSync(p)) return p;
  return null;
}
const executable = chromiumPath();
if (executable === null && process.env.CI) throw new Error('no chromium for the browser test: .ci/run installs Debian\'s chromium (or set CHROMIUM_PATH)');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

describe.skipIf(executable === null)('the playground in chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    // The repository's docs/ and dist/ over HTTP: browsers do not load modules from file:// pages.
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
      const allowed = [path.join(root, 'docs'), path.join(root, 'dist')].some((d) => file.startsWith(d + path.sep));
      if (!allowed || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: executable as string, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('highlights a pasted seed article and shows its JSON, naming Odilon Kossounou', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}/docs/playground.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.fill('#article', SEED);
    await page.waitForFunction("document.querySelectorAll('#highlights mark').length > 10", undefined, { timeout: 30_000 });

    const expected = extract(SEED);
    const marks = await page.$$eval('#highlights mark', (ms) => ms.map((m) => ({ type: m.getAttribute('data-type'), text: m.textContent })));
    expect(marks).toHaveLength(expected.mentions.length);
    expect(marks).toContainEqual({ type: 'player', text: 'Odilon Kossounou' });
    expect(marks).toContainEqual({ type: 'fee', text: '€60m (£51m)' });
    expect(await page.textContent('#status')).toMatch(/^\d+ players, \d+ clubs, 2 transfers, in \d+\.\d ms$/);

    await page.click('#tab-json');
    expect(await page.isVisible('#json')).toBe(true);
    const json = JSON.parse((await page.textContent('#json')) ?? '') as typeof expected;
    expect(json.players.map((p) => p.name)).toContain('Odilon Kossounou');
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));

    const shot = path.join(os.tmpdir(), 'transfer-talk-playground.png');
    await page.click('#tab-highlights');
    await page.screenshot({ path: shot, fullPage: false });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    console.log(`playground screenshot: ${shot}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
