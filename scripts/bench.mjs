#!/usr/bin/env node
// Benchmark: extract() per ~2 KB article on the seeds and fixtures, against compromise's nlp(text)
// and wink-nlp's readDoc(text) (empty and full pipe) on the same texts, in the same run.
//   npm run bench            (builds first)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = performance.now();
const { extract } = await import(path.join(root, 'dist/index.js'));
const texts = ['seeds', 'fixtures'].flatMap((d) =>
  fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(root, d, f), 'utf8')),
);
extract(texts[0]);
const coldMs = performance.now() - t0;
const kb = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024;

// The median of several timed batches: this machine is a shared VM, and one slow batch should
// not decide the figure.
function time(fn, batches = 9, minMs = 200, set = texts) {
  // V8 needs a few thousand calls before the regular expressions and hot loops are optimised.
  const warm = performance.now();
  while (performance.now() - warm < 1500) for (const t of set) fn(t);
  const per = [];
  for (let b = 0; b < batches; b++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      for (const t of set) fn(t);
      n += set.length;
    }
    per.push((performance.now() - start) / n);
  }
  return per.sort((a, b) => a - b)[batches >> 1];
}

const ours = time((t) => extract(t));
const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
const winkEmpty = winkNLP(model, []);
const winkFull = winkNLP(model);
const winkEmptyMs = time((t) => winkEmpty.readDoc(t));
const winkFullMs = time((t) => winkFull.readDoc(t));
let compromiseMs = null;
try {
  const nlp = (await import('compromise')).default;
  compromiseMs = time((t) => nlp(t), 5);
} catch {
  // compromise is a devDependency (it builds the lexicon); without it the ratio is skipped.
}
const heapMb = process.memoryUsage().heapUsed / 1e6;
const fmt = (x) => x.toFixed(3);
console.log(`articles: ${texts.length} (mean ${kb.toFixed(1)} KB)`);
console.log(`transfer-talk extract():     ${fmt(ours)} ms/article  (${Math.round(1000 / ours)} articles/s, one thread)`);
// The 2 KB figure, from the seeds alone (2.0 to 2.6 KB each), scaled to exactly 2 KB.
const seeds = texts.slice(0, 3);
const seedKb = seeds.reduce((n, t) => n + t.length, 0) / seeds.length / 1024;
const seedMs = time((t) => extract(t), 9, 200, seeds);
console.log(`  on the seeds (mean ${seedKb.toFixed(1)} KB): ${fmt(seedMs)} ms/article = ${fmt((seedMs * 2) / seedKb)} ms per 2 KB`);
console.log(`wink-nlp readDoc, empty pipe: ${fmt(winkEmptyMs)} ms/article  (extract is ${fmt(ours / winkEmptyMs)}x its time)`);
console.log(`wink-nlp readDoc, full pipe:  ${fmt(winkFullMs)} ms/article  (extract is ${fmt(winkFullMs / ours)}x faster)`);
if (compromiseMs !== null) console.log(`compromise nlp(text):         ${fmt(compromiseMs)} ms/article  (extract is ${fmt(compromiseMs / ours)}x faster)`);
console.log(`cold start (import + first extract): ${coldMs.toFixed(0)} ms; heap after run: ${heapMb.toFixed(0)} MB`);
