/**
 * Batches: `extractMany` and `extractManySettled` run `extract` over many articles, spread over
 * worker threads (src/worker.ts), yielding results in input order as they arrive.
 *
 * The input is consumed lazily and only a bounded window of texts is in flight (a few chunks per
 * worker), so memory stays flat over any number of articles. `node:worker_threads` and `node:os`
 * are imported only when a batch starts: importing the package loads no Node-only module, and
 * where worker threads do not exist the batch runs in the calling thread.
 */
import * as z from 'zod/mini';
import { ExtractOptionsSchema, ExtractorConfigSchema, validate, type Extraction, type ExtractorConfig } from './schema.js';
// A cycle (index.ts re-exports this module), harmless: these are only used once a batch runs.
import { createExtractor, extract } from './index.js';
import { defaultThreads, workerLocation, workerThreads, type WorkerThreads } from './platform.js';

/**
 * One article of a batch: its text, or its text with its own publication date.
 * @example
 * ```ts
 * const items: BatchItem[] = [articleA, { text: articleB, date: '2024-05-20' }];
 * ```
 */
export type BatchItem = string | { text: string; date?: string | Date };

/**
 * What `extractMany` and `extractManySettled` read: any iterable or async iterable of items.
 * @example
 * ```ts
 * async function* lines(): AsyncGenerator<string> { for await (const l of readline) yield JSON.parse(l).text; }
 * const input: BatchInput = lines();
 * ```
 */
export type BatchInput = Iterable<BatchItem> | AsyncIterable<BatchItem>;

/**
 * `extractMany`'s options: a date for every item without one, the worker threads, gazetteer
 * entries and an abort signal.
 * @example
 * ```ts
 * extractMany(texts, { threads: 2, date: '2024-05-20', signal: AbortSignal.timeout(60_000) });
 * ```
 */
export interface BatchOptions {
  /** The publication date for every item without its own (YYYY-MM-DD or a Date), as in `extract`. */
  date?: string | Date;
  /**
   * Worker threads to use. Default: one per CPU core (`os.availableParallelism()`), but a batch of
   * fewer than 256 items runs in the calling thread, since a worker takes about a third of a second
   * to start (it loads the library and builds its gazetteers). `1` never starts a worker; neither
   * does a batch of a single item. Never more workers than there are chunks of work.
   */
  threads?: number;
  /** Extra gazetteer entries, the object `createExtractor` takes; every worker builds it once. */
  config?: ExtractorConfig;
  /** Aborting stops the batch: the iteration throws `signal.reason` and the workers are ended. */
  signal?: AbortSignal;
}

/**
 * `extractManySettled`'s options: `json: true` yields each extraction as its JSON text.
 * @example
 * ```ts
 * for await (const r of extractManySettled(texts, { json: true })) if (!r.error) out.write(`${r.extraction}\n`);
 * ```
 */
export interface SettledOptions extends BatchOptions {
  /**
   * Yield each extraction as `JSON.stringify(extraction)`, serialised in the worker: cheaper than
   * an object when the results are written out (the CLI does this).
   */
  json?: boolean;
}

/**
 * One item's outcome: its index in the input and its extraction, or the error it raised.
 * @example
 * ```ts
 * const r: BatchResult = { index: 0, extraction: extract(text) };
 * if (r.error) console.error(r.index, r.error.message);
 * ```
 */
export type BatchResult<T = Extraction> = { index: number; extraction: T; error?: undefined } | { index: number; error: Error; extraction?: undefined };

const BatchOptionsSchema = z.strictObject({
  date: ExtractOptionsSchema.shape.date,
  threads: z.optional(z.int().check(z.positive('a whole number of threads from 1'))),
  config: z.optional(ExtractorConfigSchema),
  signal: z.optional(z.custom<AbortSignal>((v) => typeof AbortSignal === 'function' && v instanceof AbortSignal, 'an AbortSignal')),
  json: z.optional(z.boolean()),
});

/**
 * Extracts every article of `texts`, spread over worker threads, yielding each `Extraction` in
 * input order as soon as it and those before it are done. The same results as `extract` on each
 * text, in a fraction of the time on several cores; memory stays flat however long the input.
 *
 * Validation happens at the call: a non-iterable `texts` (or a single string) throws a TypeError,
 * malformed `options` a ZodError naming the option. An item that is not a string (nor
 * `{ text, date? }`), or whose extraction throws, ends the iteration with an error naming its
 * index, after every result before it has been yielded; `extractManySettled` goes on instead.
 * Breaking out of the loop, an error or `options.signal` ends the workers, so nothing is left
 * running. (A worker hands each extraction over as JSON text, parsed here: the same plain data.)
 * @param texts an array, iterable or async iterable of texts or `{ text, date? }` items, read lazily.
 * @param options `date`, `threads`, `config` (as `createExtractor` takes it) and `signal`.
 * @example
 * ```ts
 * for await (const { transfers } of extractMany(articles, { date: '2024-05-20' })) console.log(transfers);
 * ```
 */
export function extractMany(texts: BatchInput, options?: BatchOptions): AsyncGenerator<Extraction, void, undefined> {
  const opts = checkArguments(texts, options, 'extractMany', false);
  return throwing(run(texts, opts));
}

/**
 * Like `extractMany`, but an item that fails does not end the batch: it yields a `BatchResult`
 * for every item, in input order, holding its `extraction` or its `error` (a non-string item gives
 * a TypeError; an extraction that throws, its error). With `json: true` the extraction comes as
 * its JSON text.
 * @example
 * ```ts
 * for await (const r of extractManySettled(articles)) {
 *   if (r.error) console.error(`article ${r.index}: ${r.error.message}`);
 *   else save(r.extraction);
 * }
 * ```
 */
export function extractManySettled(items: BatchInput, options: SettledOptions & { json: true }): AsyncGenerator<BatchResult<string>, void, undefined>;
export function extractManySettled(items: BatchInput, options?: SettledOptions & { json?: false }): AsyncGenerator<BatchResult<Extraction>, void, undefined>;
export function extractManySettled(items: BatchInput, options?: SettledOptions): AsyncGenerator<BatchResult<Extraction | string>, void, undefined>;
export function extractManySettled(items: BatchInput, options?: SettledOptions): AsyncGenerator<BatchResult<Extraction | string>, void, undefined> {
  return run(items, checkArguments(items, options, 'extractManySettled', true));
}

type Options = SettledOptions;

function checkArguments(input: unknown, options: unknown, name: string, settled: boolean): Options {
  if (typeof input === 'string' || !isIterable(input)) {
    const got = typeof input === 'string' ? 'a string (put a single text in an array)' : describeValue(input);
    throw new TypeError(`transfer-talk: ${name}(texts) needs an iterable or async iterable of texts, got ${got}`);
  }
  const opts = options === undefined ? {} : validate(BatchOptionsSchema, options, `${name}() options`);
  if (!settled && opts.json !== undefined) throw new TypeError(`transfer-talk: ${name}() has no "json" option (extractManySettled has)`);
  return opts;
}

function isIterable(v: unknown): v is BatchInput {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  const o = v as Record<symbol, unknown>;
  return typeof o[Symbol.iterator] === 'function' || typeof o[Symbol.asyncIterator] === 'function';
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** extractMany's iteration: the settled results, ending with the first error (named by its index). */
async function* throwing(results: AsyncGenerator<BatchResult<Extraction | string>, void, undefined>): AsyncGenerator<Extraction, void, undefined> {
  // A break in the caller's loop closes this generator, and this for-await then closes `results`.
  for await (const r of results) {
    if (r.error) throw indexed(r.error, r.index);
    yield r.extraction as Extraction;
  }
}

function indexed(error: Error, index: number): Error {
  const message = `transfer-talk: extractMany() item ${index}: ${error.message.replace(/^transfer-talk: /, '')}`;
  const wrapped = error instanceof TypeError ? new TypeError(message, { cause: error }) : new Error(message, { cause: error });
  if (!(error instanceof TypeError) && error.name !== 'Error') wrapped.name = error.name;
  return Object.assign(wrapped, { index });
}

// ---------- the input ----------

/** An item read from the input: a text to extract, or an item already known to be bad. */
type Entry = { index: number; text: string; date: string | Date | undefined } | { index: number; error: Error };

const STALL = Symbol('stall');

/** The input, read lazily one item at a time, with a look-ahead buffer. */
class Input {
  private readonly it: Iterator<unknown> | AsyncIterator<unknown>;
  private pending: Promise<IteratorResult<unknown>> | null = null;
  private readonly ahead: Entry[] = [];
  private count = 0;
  /** The input has ended (or was closed). */
  done = false;

  constructor(
    source: BatchInput,
    private readonly date: string | Date | undefined,
  ) {
    this.it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  }

  /** Items read ahead and not yet taken. */
  get buffered(): number {
    return this.ahead.length;
  }

  /** The next entry; null at the end; STALL if `stallMs` passes first (the read stays pending). */
  async next(stallMs?: number): Promise<Entry | null | typeof STALL> {
    return this.ahead.shift() ?? this.read(stallMs);
  }

  /** Reads ahead until `n` entries wait, the input ends, or no item comes for `stallMs`. */
  async peek(n: number, stallMs: number, stop: Stopper): Promise<void> {
    while (this.ahead.length < n && !this.done) {
      const e = await stop.race(this.read(stallMs));
      if (e === STALL || e === null) return;
      this.ahead.push(e);
    }
  }

  /** Ends the input early: the iterator's `return()` is called (not awaited: a read may be pending). */
  close(): void {
    if (this.done) return;
    this.done = true;
    try {
      const r: unknown = this.it.return?.();
      if (r instanceof Promise) r.catch(() => {});
    } catch {
      // The input's own clean-up failed: nothing to do about it here.
    }
  }

  private async read(stallMs?: number): Promise<Entry | null | typeof STALL> {
    if (this.done) return null;
    this.pending ??= this.pull();
    const r = stallMs === undefined ? await this.pending : await raceTimer(this.pending, stallMs);
    if (r === STALL) return STALL;
    this.pending = null;
    if (r.done) {
      this.done = true;
      return null;
    }
    return this.entry(r.value);
  }

  private pull(): Promise<IteratorResult<unknown>> {
    let p: Promise<IteratorResult<unknown>>;
    try {
      p = Promise.resolve(this.it.next());
    } catch (e) {
      p = Promise.reject(e);
    }
    // Awaited later, maybe after other awaits: mark it handled so a failing input is not reported
    // as an unhandled rejection in between. The error still reaches whoever awaits `p`.
    p.catch(() => {});
    return p;
  }

  private entry(value: unknown): Entry {
    const index = this.count++;
    if (typeof value === 'string') return { index, text: value, date: this.date };
    if (value !== null && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
      const item = value as { text: string; date?: string | Date };
      return { index, text: item.text, date: item.date ?? this.date };
    }
    return { index, error: new TypeError(`transfer-talk: expected a string or { text: string }, got ${describeValue(value)}`) };
  }
}

/**
 * Ends every wait of a batch at once when it must stop (an abort). Not `Promise.race([p, stop])`
 * with one long-lived promise: each race leaves a reaction on it until it settles, which it never
 * does in a batch that ends normally, so a million waits would hold a million reactions.
 */
class Stopper {
  private stopped = false;
  private reason: unknown;
  private readonly waiting = new Set<(reason: unknown) => void>();

  stop(reason: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.reason = reason;
    for (const reject of this.waiting) reject(reason);
    this.waiting.clear();
  }

  /** `p`'s outcome, or a rejection with the stop reason if the batch stops first. */
  race<T>(p: Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(this.reason);
    return new Promise<T>((resolve, reject) => {
      this.waiting.add(reject);
      p.then(
        (v) => {
          this.waiting.delete(reject);
          resolve(v);
        },
        (e: unknown) => {
          this.waiting.delete(reject);
          reject(e);
        },
      );
    });
  }
}

function raceTimer<T>(p: Promise<T>, ms: number): Promise<T | typeof STALL> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stall = new Promise<typeof STALL>((resolve) => {
    timer = setTimeout(() => resolve(STALL), ms);
  });
  return Promise.race([p, stall]).finally(() => clearTimeout(timer));
}

// ---------- running a batch ----------

/** Without `threads`, a batch smaller than this runs in the calling thread (see BatchOptions). */
const SMALL_BATCH = 256;
/** Texts per message to a worker, at most; fewer for a short array, and the first few ramp up. */
const MAX_CHUNK = 32;
/** ...and at most this many UTF-16 units of text per message. */
const MAX_CHUNK_CHARS = 256 * 1024;
/** Chunks queued on one worker: with two, it starts the next as soon as it posts a result. */
const PER_WORKER = 2;
/** Chunks in flight or done but not yet yielded, per worker: the bound on memory. */
const WINDOW_PER_WORKER = 4;
/** With a worker idle, a partly filled chunk goes out when the input gives nothing for this long. */
const STALL_MS = 5;

/** What a worker is started with (its workerData). */
export type WorkerInit = { config: ExtractorConfig | undefined };
/** A chunk of texts sent to a worker. */
export type WorkerRequest = { id: number; items: { text: string; date?: string | Date }[] };
/** An error as it crosses the thread boundary. */
export type WireError = { name: string; message: string };
/**
 * A worker's answer to one request: one result per item, in order, each extraction as its JSON
 * text. Receiving a string costs the main thread almost nothing and JSON.parse about half what
 * structured-clone deserialisation of the same object costs: the main thread shares the cores
 * with the workers, so this is throughput. (An Extraction is JSON data: the round trip is exact.)
 */
export type WorkerReply = { id: number; results: ({ json: string; error?: undefined } | { error: WireError })[] };

async function* run(source: BatchInput, opts: Options): AsyncGenerator<BatchResult<Extraction | string>, void, undefined> {
  const input = new Input(source, opts.date);
  const signal = opts.signal;
  const stop = new Stopper();
  const onAbort = () => stop.stop(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    const known = Array.isArray(source) ? source.length : undefined;
    let threads = opts.threads;
    if (threads === undefined) {
      threads = await defaultThreads();
      // A small batch runs here. An input of unknown length is read ahead (at most SMALL_BATCH
      // items) to find out; one that pauses for 50 ms first (a pipe, the network) counts as long.
      if (threads > 1 && known === undefined) await input.peek(SMALL_BATCH, 50, stop);
      if ((known ?? (input.done ? input.buffered : Infinity)) < SMALL_BATCH) threads = 1;
    }
    if (known !== undefined) threads = Math.min(threads, known);
    if (threads > 1) {
      await input.peek(2, 50, stop);
      if (input.done && input.buffered < 2) threads = 1;
    }
    const wt = threads > 1 ? await workerThreads() : null;
    if (wt === null) yield* inThread(input, opts, stop);
    else yield* pooled(input, opts, threads, wt, known, stop);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    input.close();
  }
}

function toWire(e: unknown): WireError {
  return e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
}

function fromWire(w: WireError): Error {
  const error = w.name === 'TypeError' ? new TypeError(w.message) : w.name === 'RangeError' ? new RangeError(w.message) : new Error(w.message);
  if (error.name !== w.name) error.name = w.name;
  return error;
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
// setImmediate (Node) runs right after pending I/O; setTimeout(0) waits a millisecond or more.
const later = (f: () => void) => (typeof setImmediate === 'function' ? setImmediate(f) : setTimeout(f, 0));

/** The batch in the calling thread, one item at a time, letting timers and I/O run every ~20 ms. */
async function* inThread(input: Input, opts: Options, stop: Stopper): AsyncGenerator<BatchResult<Extraction | string>, void, undefined> {
  const run = opts.config === undefined ? extract : createExtractor(opts.config).extract;
  let lastBreak = now();
  for (;;) {
    const e = await stop.race(input.next());
    if (e === null || e === STALL) return;
    if ('error' in e) {
      yield e;
      continue;
    }
    let result: BatchResult<Extraction | string>;
    try {
      const x = run(e.text, e.date === undefined ? undefined : { date: e.date });
      result = { index: e.index, extraction: opts.json ? JSON.stringify(x) : x };
    } catch (error) {
      result = { index: e.index, error: error instanceof Error ? error : fromWire(toWire(error)) };
    }
    yield result;
    if (now() - lastBreak > 20) {
      await stop.race(new Promise<void>((resolve) => later(resolve)));
      lastBreak = now();
    }
  }
}

/** A chunk's results once its worker answers: extractions still as JSON text, parsed when yielded. */
type Chunk = { entries: Entry[]; results: BatchResult<string>[] | null };
type Thread = { worker: import('node:worker_threads').Worker; busy: number; chunks: Map<number, Chunk> };

/**
 * The Node options for a worker: the process's own, which workers inherit, less `--input-type`
 * (`node --input-type=module -e ...`): with it Node refuses to load the worker's file.
 */
function workerExecArgv(): string[] | undefined {
  const argv = (globalThis as { process?: { execArgv?: string[] } }).process?.execArgv;
  if (!argv?.some((a) => a === '--input-type' || a.startsWith('--input-type='))) return undefined;
  return argv.filter((a, i) => !(a === '--input-type' || a.startsWith('--input-type=') || argv[i - 1] === '--input-type'));
}

/** The batch over worker threads, started on demand up to `threads`, results in input order. */
async function* pooled(
  input: Input,
  opts: Options,
  threads: number,
  wt: WorkerThreads,
  known: number | undefined,
  stop: Stopper,
): AsyncGenerator<BatchResult<Extraction | string>, void, undefined> {
  const pool: Thread[] = [];
  const queue: Chunk[] = []; // dispatched or settled, not yet yielded, in input order
  const window = threads * WINDOW_PER_WORKER;
  const init: WorkerInit = { config: opts.config };
  const location = workerLocation();
  const execArgv = workerExecArgv();
  let nextId = 0;
  let closing = false;
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (why: unknown) => {
    if (closing || failed) return;
    const message = why instanceof Error ? why.message : String(why);
    failed = new Error(`transfer-talk: a batch worker failed: ${message}`, { cause: why });
    notify();
  };

  const spawn = (): Thread => {
    const worker = new wt.Worker(location, execArgv === undefined ? { workerData: init } : { workerData: init, execArgv });
    const thread: Thread = { worker, busy: 0, chunks: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      // A reply that lands while the pool is being terminated is dropped. Above all it must not
      // unref the worker: terminate() refs it until its 'exit', and an unref then could let the
      // event loop drain first, leaving the awaited terminate() (and a caller's top-level await,
      // exit code 13) unsettled.
      if (closing) return;
      const chunk = thread.chunks.get(reply.id);
      if (!chunk) return;
      thread.chunks.delete(reply.id);
      let k = 0;
      chunk.results = chunk.entries.map((e): BatchResult<string> => {
        if ('error' in e) return e;
        const r = reply.results[k++];
        if (r === undefined) return { index: e.index, error: new Error('transfer-talk: a batch worker gave no result') };
        return r.error ? { index: e.index, error: fromWire(r.error) } : { index: e.index, extraction: r.json };
      });
      // An idle worker must not keep the process alive (e.g. an iteration abandoned without return()).
      if (--thread.busy === 0) worker.unref();
      notify();
    });
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => fail(new Error(`it stopped (exit code ${code})`)));
    worker.unref();
    pool.push(thread);
    return thread;
  };

  // The worker for the next chunk: an idle one, else a new one, else the least busy with room.
  const pick = (): Thread | null => {
    let best: Thread | null = null;
    for (const t of pool) if (t.busy === 0 || (t.busy < PER_WORKER && (best === null || t.busy < best.busy))) best = t;
    if (best?.busy === 0) return best;
    if (pool.length < threads) return spawn();
    return best;
  };
  const hasRoom = () => pool.length < threads || pool.some((t) => t.busy < PER_WORKER);
  const hasIdle = () => pool.length < threads || pool.some((t) => t.busy === 0);

  let chunkNo = 0;
  const chunkSize = () => {
    if (known !== undefined) return Math.max(1, Math.min(MAX_CHUNK, Math.ceil(known / (threads * WINDOW_PER_WORKER))));
    return Math.min(MAX_CHUNK, 2 ** chunkNo); // 1, 2, 4, ...: both workers get work from a short input
  };

  const dispatch = (entries: Entry[]) => {
    chunkNo++;
    const chunk: Chunk = { entries, results: null };
    queue.push(chunk);
    const items: WorkerRequest['items'] = [];
    for (const e of entries) if (!('error' in e)) items.push(e.date === undefined ? { text: e.text } : { text: e.text, date: e.date });
    if (items.length === 0) {
      chunk.results = entries as BatchResult<string>[];
      return;
    }
    const thread = pick();
    if (thread === null) throw new Error('transfer-talk: internal error: no worker to dispatch to');
    const id = nextId++;
    thread.chunks.set(id, chunk);
    if (thread.busy++ === 0) thread.worker.ref();
    thread.worker.postMessage({ id, items } satisfies WorkerRequest);
  };

  try {
    let current: Entry[] = [];
    let chars = 0;
    for (;;) {
      if (failed) throw failed;
      // Fill: read and send chunks while a worker has room and the window is not full.
      while (!input.done && queue.length < window && hasRoom()) {
        const e = await stop.race(input.next(current.length > 0 && hasIdle() ? STALL_MS : undefined));
        if (failed) throw failed;
        if (e === STALL) {
          dispatch(current);
          current = [];
          chars = 0;
          continue;
        }
        if (e === null) break;
        current.push(e);
        chars += 'text' in e ? e.text.length : 0;
        if (current.length >= chunkSize() || chars >= MAX_CHUNK_CHARS) {
          dispatch(current);
          current = [];
          chars = 0;
        }
      }
      if (input.done && current.length > 0) {
        dispatch(current);
        current = [];
      }
      const head = queue[0];
      if (head === undefined) {
        if (input.done) return;
        continue;
      }
      if (head.results !== null) {
        queue.shift();
        for (const r of head.results) {
          opts.signal?.throwIfAborted();
          yield r.error || opts.json ? r : { index: r.index, extraction: JSON.parse(r.extraction) as Extraction };
        }
        continue;
      }
      await stop.race(new Promise<void>((resolve) => (wake = resolve)));
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((t) => t.worker.terminate()));
  }
}
