import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createExtractor, extract, extractMany, extractManySettled, type BatchItem, type Extraction } from '../src/index.js';

// Run from the sources, extractMany's workers are the built dist/worker.js (npm test builds first).
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const read = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8'));
const TEXTS = [...read('seeds'), ...read('fixtures')];
const EXPECTED = TEXTS.map((t) => extract(t));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const x of items) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    yield x;
  }
}

// Invented clubs and players only.
const CLUB = { name: 'Kestrel Vale FC', aliases: ['the Kestrels'], country: 'ENG' };
const STORY = 'Kestrel Vale FC have signed midfielder Tomas Brenlow from Harrowgate Rovers for £4m. The Kestrels beat two rivals to him.';
const STORY2 = 'The Kestrels are in talks with Dunmere Athletic over forward Caspar Oyelaran, according to reports.';

describe('extractMany', () => {
  it.each([1, 2])('gives exactly what extract gives, in input order (threads %i)', async (threads) => {
    expect(await collect(extractMany(TEXTS, { threads }))).toEqual(EXPECTED);
  });

  it('reads an async iterable lazily', async () => {
    expect(await collect(extractMany(slowly(TEXTS), { threads: 2 }))).toEqual(EXPECTED);
  });

  it('reads a plain iterable (a generator) and runs small batches in this thread by default', async () => {
    function* gen() {
      yield* TEXTS.slice(0, 5);
    }
    expect(await collect(extractMany(gen()))).toEqual(EXPECTED.slice(0, 5));
  });

  it('applies options.date and each item\'s own date', async () => {
    const items: BatchItem[] = [STORY, { text: STORY2, date: '2023-08-01' }, { text: STORY2 }];
    for (const threads of [1, 2]) {
      const dates = (await collect(extractMany(items, { date: '2024-06-30', threads }))).map((x) => x.date);
      expect(dates).toEqual(['2024-06-30', '2023-08-01', '2024-06-30']);
    }
  });

  it('honours a gazetteer config in the workers', async () => {
    const own = createExtractor({ clubs: [CLUB] });
    const texts = [STORY, STORY2, STORY];
    const got = await collect(extractMany(texts, { threads: 2, config: { clubs: [CLUB] } }));
    expect(got).toEqual(texts.map((t) => own.extract(t)));
    expect(got[0]?.clubs.map((c) => c.name)).toContain('Kestrel Vale FC');
    // The default extractor does not know the club: the config made the difference.
    expect(extract(STORY).clubs.map((c) => c.name)).not.toContain('Kestrel Vale FC');
  });

  it('consumes an endless input lazily and stops it on break', async () => {
    let pulled = 0;
    let closed = false;
    function* endless() {
      try {
        for (;;) {
          yield TEXTS[pulled++ % TEXTS.length] as string;
        }
      } finally {
        closed = true;
      }
    }
    let n = 0;
    for await (const x of extractMany(endless(), { threads: 2 })) {
      expect(x).toEqual(EXPECTED[n % TEXTS.length]);
      if (++n === 100) break;
    }
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(100 + 2 * 4 * 32 + 1); // the window: 4 chunks of at most 32 per worker
  });

  it('throws at a non-string item, naming its index, after the results before it', async () => {
    for (const threads of [1, 2]) {
      const seen: Extraction[] = [];
      const run = async () => {
        for await (const x of extractMany([TEXTS[0], 42, TEXTS[1]] as unknown as string[], { threads })) seen.push(x);
      };
      await expect(run()).rejects.toThrow(TypeError);
      await expect(collect(extractMany([TEXTS[0], 42] as unknown as string[], { threads }))).rejects.toThrow(/item 1: expected a string or \{ text: string \}, got number/);
      expect(seen).toEqual([EXPECTED[0]]);
    }
  });

  it('stops on options.signal', async () => {
    const controller = new AbortController();
    const run = async () => {
      let n = 0;
      for await (const _ of extractMany(TEXTS, { threads: 2, signal: controller.signal })) if (++n === 3) controller.abort(new Error('enough'));
    };
    await expect(run()).rejects.toThrow('enough');
    const aborted = AbortSignal.abort();
    await expect(collect(extractMany(TEXTS, { signal: aborted }))).rejects.toThrow(/abort/i);
  });

  it('rejects bad arguments at the call, with clear errors', () => {
    expect(() => extractMany(42 as unknown as string[])).toThrow(TypeError);
    expect(() => extractMany(42 as unknown as string[])).toThrow(/needs an iterable or async iterable of texts, got number/);
    expect(() => extractMany('one text' as unknown as string[])).toThrow(/got a string \(put a single text in an array\)/);
    expect(() => extractMany(null as unknown as string[])).toThrow(TypeError);
    expect(() => extractMany([], { threads: 0 })).toThrow(/threads: a whole number of threads from 1/);
    expect(() => extractMany([], { threads: 1.5 })).toThrow(/threads: expected int/);
    expect(() => extractMany([], { thread: 2 } as never)).toThrow(/options: unknown key "thread"/);
    expect(() => extractMany([], { date: 'soon' })).toThrow(/date: a date as YYYY-MM-DD/);
    expect(() => extractMany([], { config: { clubs: [{ name: '' }] } })).toThrow(/config\.clubs\[0\]\.name/);
    expect(() => extractMany([], { signal: 'stop' } as never)).toThrow(/signal: an AbortSignal/);
    expect(() => extractMany([], { json: true } as never)).toThrow(/no "json" option/);
  });

  it('yields nothing for an empty input', async () => {
    expect(await collect(extractMany([], { threads: 2 }))).toEqual([]);
    expect(await collect(extractMany(slowly([]), { threads: 2 }))).toEqual([]);
  });
});

describe('extractManySettled', () => {
  it('goes on past bad items, each result with its index', async () => {
    const items = [TEXTS[0], 7, { text: TEXTS[1], date: 'not a date' }, { text: TEXTS[2] }] as unknown as BatchItem[];
    for (const threads of [1, 2]) {
      const got = await collect(extractManySettled(items, { threads }));
      expect(got.map((r) => r.index)).toEqual([0, 1, 2, 3]);
      expect(got[0]?.extraction).toEqual(EXPECTED[0]);
      expect(got[1]?.error).toBeInstanceOf(TypeError);
      expect(got[2]?.error?.message).toMatch(/date/);
      expect(got[3]?.extraction).toEqual(EXPECTED[2]);
    }
  });

  it('gives JSON text with json: true', async () => {
    const got = await collect(extractManySettled(TEXTS.slice(0, 6), { threads: 2, json: true }));
    expect(got.map((r) => r.extraction)).toEqual(EXPECTED.slice(0, 6).map((x) => JSON.stringify(x)));
  });
});

describe('the built package', () => {
  const texts = TEXTS.slice(0, 8);
  const expected = EXPECTED.slice(0, 8);

  it('works through import (dist/index.js, dist/worker.js)', async () => {
    const lib = (await import(path.join(dist, 'index.js'))) as typeof import('../src/index.js');
    expect(await collect(lib.extractMany(texts, { threads: 2 }))).toEqual(expected);
  });

  it('works through require (dist/index.cjs, dist/worker.cjs)', async () => {
    const lib = createRequire(import.meta.url)(path.join(dist, 'index.cjs')) as typeof import('../src/index.js');
    expect(await collect(lib.extractMany(texts, { threads: 2, config: { clubs: [CLUB] } }))).toEqual(texts.map((t) => createExtractor({ clubs: [CLUB] }).extract(t)));
  });

  // A worker left running would keep the process alive: these scripts must end by themselves.
  const script = (body: string, cjs = false) =>
    spawnSync(process.execPath, cjs ? ['-e', body] : ['--input-type=module', '-e', body], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  const TEXTS_JSON = JSON.stringify(texts);

  it('ends the workers on break: the process exits', () => {
    const r = script(`
      const { extractMany } = await import('./dist/index.js');
      let n = 0;
      for await (const x of extractMany(${TEXTS_JSON}, { threads: 2 })) if (++n === 2) break;
      console.log('done', n);
    `);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('done 2\n');
    expect(r.status).toBe(0);
  });

  it('settles the break when a reply reaches a worker being terminated (no exit code 13)', () => {
    // The consumer is slow (30 ms): by the break the other worker's reply waits in the queue and
    // lands after terminate() was called. Were the worker unref'd then, the event loop could
    // drain before its 'exit' and the awaited break would never settle.
    const r = script(`
      const { extractMany } = await import('./dist/index.js');
      let n = 0;
      for (let i = 0; i < 5; i++) {
        for await (const x of extractMany(${JSON.stringify(TEXTS)}, { threads: 2 })) {
          const t = Date.now();
          while (Date.now() - t < 30);
          break;
        }
        n++;
      }
      console.log('done', n);
    `);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('done 5\n');
    expect(r.status).toBe(0);
  }, 60_000);

  it('ends the workers on an error and on an abandoned iteration (CommonJS)', () => {
    const r = script(
      `
      const { extractMany } = require('./dist/index.cjs');
      (async () => {
        try { for await (const x of extractMany([${JSON.stringify(texts[0])}, 1, 'x'], { threads: 2 })); } catch (e) { console.log(e.name); }
        const it = extractMany(${TEXTS_JSON}, { threads: 2 });
        await it.next(); // then dropped without return(): idle workers must not hold the process
        console.log('done');
      })();
    `,
      true,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('TypeError\ndone\n');
    expect(r.status).toBe(0);
  });
});
