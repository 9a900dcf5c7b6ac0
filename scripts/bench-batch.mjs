#!/usr/bin/env node
// Benchmark: extractMany over the seeds and fixtures repeated, in this thread (threads: 1) against
// two worker threads (threads: 2); then the CLI over a folder of ~2,000 files with --threads 1 and 2.
//   npm run build && node scripts/bench-batch.mjs
//
// Warm means warm for V8: in a fresh thread, extract() keeps V8's optimising compiler (TurboFan)
// busy on a background thread for its first ~10,000-20,000 articles, which takes most of a second
// core (process CPU / wall ~1.85 for one thread; `node --turbo-stats`: 5.6 s of compilation over
// the first 3,900 articles, the largest being assemble(), 113 MB of compiler memory, compiled and
// deoptimised ("wrong map") again and again). A lone thread hardly notices (the second core does
// the compiling), but two workers on two cores then share the cores with two compilers. After
// that a thread uses one core and runs faster. Each run therefore extracts `run` texts and its
// rate is taken per window of WINDOW results: `single` and `two` are the median window of the
// second half of the run (warm); the curves show the rest. `startupMs` is the time until the
// first result of a two-worker run (spawn, library load, gazetteer build, first chunk).
//
// The ceiling: one and two bare workers extracting their share from one message, sending nothing
// back, warmed the same way. Their ratio is the best speedup the machine gives at that moment
// (other work on the shared cores lowers it); `efficiency` = extractMany's two-thread rate over
// the bare two workers' rate: what chunks, messages and results cost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WINDOW = 2000;

/**
 * Measures extractMany with one thread and with two, the bare-worker ceiling, the per-article
 * costs that bound the speedup, and the CLI over a folder of files.
 * @param {{ root: string, run?: number, rounds?: number, cli?: boolean }} options the repository
 *   root (with a built dist/); texts per run (default 40,000: past the JIT's settling on both
 *   workers); rounds (best of); whether to time the CLI.
 * @returns {Promise<{ single: number, two: number, speedup: number, startupMs: number, twoJson: number,
 *   curves: { single: number[], two: number[], twoJson: number[] }, ceiling: { one: number, two: number, speedup: number },
 *   efficiency: number, costs: { extractMs: number, stringifyMs: number, parseMs: number, jsonKb: number,
 *   boundObjects: number, boundJson: number }, cli: null | { files: number, singleMs: number, twoMs: number, speedup: number } }>}
 *   rates in articles per second (twoJson: extractManySettled with json: true, as the CLI uses it).
 */
export async function benchBatch({ root, run = 40_000, rounds = 2, cli = true }) {
  const lib = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const read = (d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(root, d, f), 'utf8'));
  const base = [...read('seeds'), ...read('fixtures')];
  const repeat = (n) => Array.from({ length: n }, (_, i) => base[i % base.length]);
  const texts = repeat(run);
  // The median window of the second half: warm, and robust to a moment of other work on the machine.
  const warmOf = (curve) => median(curve.slice(Math.floor(curve.length / 2)));

  /** The rate per window of results, and the ms until the first result. */
  async function measure(threads, json = false) {
    const t0 = performance.now();
    let first = 0;
    let last = t0;
    let n = 0;
    const curve = [];
    const iterate = json ? lib.extractManySettled(texts, { threads, json: true }) : lib.extractMany(texts, { threads });
    for await (const _ of iterate) {
      n++;
      if (n === 1) first = performance.now() - t0;
      if (n % WINDOW === 0) {
        const now = performance.now();
        curve.push((WINDOW / (now - last)) * 1000);
        last = now;
      }
    }
    return { curve, firstMs: first };
  }

  /** The warm rate of k bare workers, each extracting run / k texts, then WINDOW more timed. */
  async function bare(k) {
    const code = `const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)}).then(({ extract }) => {
        parentPort.on('message', (texts) => { for (const t of texts) extract(t); parentPort.postMessage(0); });
        parentPort.postMessage(0);
      });`;
    const workers = Array.from({ length: k }, () => new Worker(code, { eval: true }));
    const ask = (w, msg) => new Promise((resolve) => { w.once('message', resolve); if (msg) w.postMessage(msg); });
    try {
      await Promise.all(workers.map((w) => ask(w, null))); // loaded
      await Promise.all(workers.map((w) => ask(w, repeat(Math.floor(run / 2)))));
      const share = repeat(2 * WINDOW);
      const t0 = performance.now();
      await Promise.all(workers.map((w) => ask(w, share)));
      return ((share.length * k) / (performance.now() - t0)) * 1000;
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }

  let best = null;
  let one1 = 0;
  let two2 = 0;
  for (let r = 0; r < rounds; r++) {
    const s = await measure(1);
    const t = await measure(2);
    const j = await measure(2, true);
    const round = { single: warmOf(s.curve), two: warmOf(t.curve), twoJson: warmOf(j.curve), startupMs: t.firstMs, curves: { single: s.curve, two: t.curve, twoJson: j.curve } };
    if (best === null || round.two / round.single > best.two / best.single) best = round;
    one1 = Math.max(one1, await bare(1));
    two2 = Math.max(two2, await bare(2));
  }
  const ceiling = { one: Math.round(one1), two: Math.round(two2), speedup: round2(two2 / one1) };

  // What bounds the speedup on two cores, where the main thread shares them with the workers:
  // per article a worker extracts and stringifies; the main thread parses (objects) or not (json).
  const xs = base.map((t) => lib.extract(t));
  const js = xs.map((x) => JSON.stringify(x));
  const fastest = (fn, n) => {
    let min = Infinity;
    for (let r = 0; r < 15; r++) {
      const t0 = performance.now();
      fn();
      min = Math.min(min, (performance.now() - t0) / n);
    }
    return min;
  };
  const extractMs = fastest(() => base.forEach((t) => lib.extract(t)), base.length);
  const stringifyMs = fastest(() => xs.forEach((x) => JSON.stringify(x)), xs.length);
  const parseMs = fastest(() => js.forEach((j) => JSON.parse(j)), js.length);
  const costs = {
    extractMs: round3(extractMs),
    stringifyMs: round3(stringifyMs),
    parseMs: round3(parseMs),
    jsonKb: round2(js.reduce((n, j) => n + j.length, 0) / js.length / 1024),
    // Two cores' time over the CPU time one article costs in all threads together, against one
    // thread yielding objects (extract only).
    boundObjects: round2((2 * extractMs) / (extractMs + stringifyMs + parseMs)),
    boundJson: round2((2 * extractMs) / (extractMs + stringifyMs)),
  };

  let cliFigures = null;
  if (cli) {
    const files = repeat(Math.ceil(2000 / base.length) * base.length);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-talk-bench-'));
    try {
      files.forEach((t, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), t));
      const time = (threads) => {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), '--threads', String(threads), dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`the CLI failed (${r.status}): ${r.stderr}`);
        return performance.now() - t0;
      };
      let singleMs = Infinity;
      let twoMs = Infinity;
      for (let r = 0; r < 3; r++) {
        singleMs = Math.min(singleMs, time(1));
        twoMs = Math.min(twoMs, time(2));
      }
      cliFigures = { files: files.length, singleMs: Math.round(singleMs), twoMs: Math.round(twoMs), speedup: round2(singleMs / twoMs) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  return {
    single: Math.round(best.single),
    two: Math.round(best.two),
    speedup: round2(best.two / best.single),
    startupMs: Math.round(best.startupMs),
    twoJson: Math.round(best.twoJson),
    curves: { single: best.curves.single.map(Math.round), two: best.curves.two.map(Math.round), twoJson: best.curves.twoJson.map(Math.round) },
    ceiling,
    efficiency: round2(best.two / two2),
    costs,
    cli: cliFigures,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
const round2 = (x) => Math.round(x * 100) / 100;
const round3 = (x) => Math.round(x * 1000) / 1000;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const r = await benchBatch({ root });
  const lines = [
    `cores (os.availableParallelism): ${os.availableParallelism()}`,
    `extractMany, threads 1:  ${r.single} articles/s (warm)`,
    `extractMany, threads 2:  ${r.two} articles/s (warm): speedup ${r.speedup}x`,
    `  with json: true (extractManySettled, as the CLI): ${r.twoJson} articles/s, ${round2(r.twoJson / r.single)}x`,
    `  per ${WINDOW} results, threads 1: ${r.curves.single.join(' ')}`,
    `  per ${WINDOW} results, threads 2: ${r.curves.two.join(' ')}`,
    `  per ${WINDOW} results, threads 2, json: ${r.curves.twoJson.join(' ')}`,
    `worker start-up (until the first result): ${r.startupMs} ms`,
    `ceiling, bare warm workers: 1 -> ${r.ceiling.one}, 2 -> ${r.ceiling.two} articles/s (${r.ceiling.speedup}x: the most this machine gives now)`,
    `extractMany threads 2 / bare 2 workers: ${r.efficiency}`,
    `per article: extract ${r.costs.extractMs} ms, JSON.stringify ${r.costs.stringifyMs} ms (worker), JSON.parse ${r.costs.parseMs} ms (main), ${r.costs.jsonKb} KB of JSON`,
    `  so at best, on 2 cores: ${r.costs.boundObjects}x for objects, ${r.costs.boundJson}x for JSON text`,
  ];
  if (r.cli) lines.push(`CLI over ${r.cli.files} files (cold processes: start-up and JIT warm-up included): --threads 1 ${r.cli.singleMs} ms, --threads 2 ${r.cli.twoMs} ms: ${r.cli.speedup}x`);
  console.log(lines.join('\n'));
  console.log(JSON.stringify(r));
}
