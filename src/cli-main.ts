/**
 * The `transfer-talk` command, as a function of its arguments and streams so tests can run it
 * in-process. User errors become one line on stderr and an exit code; only bugs throw.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor, extract, extractionJsonSchema, extractManySettled, ExtractorConfigSchema, validate, type BatchItem, type ExtractorConfig } from './index.js';
import { formatReport, parseGold, scoreCorpus, type GoldArticle } from './eval.js';
import type { Extraction } from './schema.js';
import { FORMATS, printer, type Format } from './cli-format.js';

export type CliIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream };
type ExtractFn = (text: string, options?: { date?: string }) => Extraction;

const USAGE = `Usage:
  transfer-talk [options] FILE...        extract transfer facts from each article
  transfer-talk [options] -              read one article from stdin (also the default when
                                         no FILE is given and stdin is piped)
  transfer-talk --jsonl [options] [FILE...]
                                         read articles as JSON lines from each FILE, or stdin
  transfer-talk eval DIR [--verbose] [--json] [--gazetteer FILE]
                                         score extraction against the gold ID.json + ID.txt pairs in DIR
  transfer-talk schema                   print the JSON Schema of an extraction (draft 2020-12)

A FOLDER given as FILE stands for its *.txt files (with --jsonl, its *.jsonl files), sorted. One
input prints pretty JSON; several print JSON lines, in input order as they are done:
{"file": ..., "extraction": {...}}. (A file named "eval" or "schema": write ./eval, ./schema.)

Output formats (--format, -f):
  json    one input: its extraction; several: one array of {"file" (or "id"), "extraction"}
  jsonl   a line {"file" (or "id"), "extraction"} per input (the default for several)
  table   the transfers, aligned in columns (player, from, to, status, fees, suitors)
  html    a self-contained page: each article with every mention highlighted by type (hover
          for its value and rule), its transfers and players as tables

JSON lines (--jsonl): each line is {"text": "...", "id": ..., "date": "YYYY-MM-DD"} (id and date
optional) or a bare JSON string; blank lines are skipped. Each prints {"id": ..., "extraction":
{...}}, in input order; a line without an id gets "FILE:LINE" ("stdin:LINE") as its id.

Many articles are shared among worker threads. When stderr is a terminal, a progress bar shows.
An input that cannot be read (missing, a folder, no permission, invalid UTF-8), a bad JSON line or
a failed extraction is named in one line on stderr and skipped: the others are still processed.

Options:
  -f, --format FMT    json, jsonl, table or html (see above)
  --pretty            indent JSON (json output; the default for one input)
  --compact           print JSON without indentation (a single result on one line)
  --date YYYY-MM-DD   the publication date (default: the article's leading "date YYYY-MM-DD" line;
                      a JSON line's own "date" comes first)
  --gazetteer FILE    a JSON object { clubs?, players?, sources? } to add to the built-in gazetteers
  --jsonl             read JSON lines of articles (see above)
  --threads N         worker threads to extract with (default: one per CPU core, or none for fewer
                      than 256 articles, where starting them costs more than they save)
  --verbose           eval: also list every miss
  --json              eval: print the report as JSON
  -h, --help          show this help
  --version           print the version

Examples:
  transfer-talk article.txt
  transfer-talk --format table news/
  transfer-talk --format html article.txt > article.html
  transfer-talk --format json --pretty a.txt b.txt > both.json
  cat article.txt | transfer-talk --date 2024-05-20
  transfer-talk --gazetteer my-clubs.json news/ > extractions.jsonl
  transfer-talk --jsonl --threads 4 < articles.jsonl > extractions.jsonl
  transfer-talk eval corpus/dev --verbose

Exit status: 0 done; 1 some input could not be read or extracted (the rest was printed);
2 bad usage (an unknown flag, a bad value, an unreadable --gazetteer file).
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  pretty: { type: 'boolean' },
  date: { type: 'string' },
  gazetteer: { type: 'string' },
  compact: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  threads: { type: 'string' },
  verbose: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** A user error: reported as one line, never with a stack. */
class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2, readonly showHelpHint = false) {
    super(message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function reason(e: unknown): string {
  const code = isRecord(e) ? e.code : undefined;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return oneLine(e instanceof Error ? e.message : String(e));
}

// zod's own message is its issues as pretty JSON; `path: message` pairs read better on one line.
function describe(e: unknown): string {
  // The library's errors name the path and value of each problem already.
  return oneLine((e instanceof Error ? e.message : String(e)).replace(/^transfer-talk: /, ''));
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's unknown-option message goes on to explain `--`; its first sentence is the point.
    throw new CliError(oneLine(e instanceof Error ? e.message : String(e)).split('. ')[0] ?? 'bad arguments', 2, true);
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseFlags(argv);
  const isSchema = positionals[0] === 'schema';
  if (isSchema) {
    const flag = Object.keys(values).find((k) => k !== 'help' && k !== 'version');
    if (flag !== undefined) throw new CliError(`--${flag} does not apply to schema`, 2, true);
    if (positionals.length !== 1) throw new CliError('schema takes no arguments', 2, true);
  }
  const isEval = positionals[0] === 'eval';
  const misplaced = isEval
    ? (['date', 'compact', 'jsonl', 'threads', 'format', 'pretty'] as const).find((k) => values[k] !== undefined)
    : (['verbose', 'json'] as const).find((k) => values[k] !== undefined);
  if (misplaced) throw new CliError(`--${misplaced} ${isEval ? 'does not apply to eval' : 'applies to eval only'}`, 2, true);
  if (isEval && positionals.length !== 2) throw new CliError('eval takes exactly one DIR', 2, true);
  if (values.date !== undefined && !isDate(values.date)) throw new CliError(`--date wants YYYY-MM-DD, got "${values.date}"`, 2, true);
  if (values.threads !== undefined && !/^[1-9]\d{0,3}$/.test(values.threads)) throw new CliError(`--threads wants a whole number from 1 to 9999, got "${values.threads}"`, 2, true);
  if (values.format !== undefined && !isFormat(values.format)) throw new CliError(`--format wants one of ${FORMATS.join(', ')}, got "${values.format}"`, 2, true);
  if (values.pretty && values.compact) throw new CliError('--pretty and --compact contradict each other', 2, true);
  if ((values.pretty || values.compact) && values.format !== undefined && values.format !== 'json') throw new CliError(`--${values.pretty ? 'pretty' : 'compact'} applies to JSON output only, not --format ${values.format}`, 2, true);
  return { values, positionals, isEval, isSchema, threads: values.threads === undefined ? undefined : Number(values.threads) };
}

const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

function isDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function version(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return isRecord(pkg) && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** The --gazetteer file's entries, validated (the workers build their extractors from them). */
function loadConfig(file: string | undefined): ExtractorConfig | undefined {
  if (file === undefined) return undefined;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${reason(e)}`, 2);
  }
  let config: unknown;
  try {
    config = JSON.parse(raw);
  } catch (e) {
    throw new CliError(`invalid gazetteer ${file}: not JSON: ${reason(e)}`, 2);
  }
  if (!isRecord(config)) throw new CliError(`invalid gazetteer ${file}: expected an object { clubs?, players?, sources? }`, 2);
  try {
    return validate(ExtractorConfigSchema, config, 'gazetteer');
  } catch (e) {
    throw new CliError(`invalid gazetteer ${file}: ${describe(e).replace(/^invalid gazetteer: /, '')}`, 2);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The text of a file or stream, which must be UTF-8. A byte order mark is kept, as before. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A JSON line's text: a byte order mark (on the first line) is dropped, JSON.parse rejects it. */
const utf8Line = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, decoder = utf8): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`invalid UTF-8 at byte ${firstBadUtf8(bytes)}`);
  }
}

/** The offset of the first byte that does not belong to well-formed UTF-8 (the error path only). */
function firstBadUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][n]! || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** Splits a byte stream into lines (without their \n), lazily; UTF-8 never has 0x0A inside a character. */
async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer, void, undefined> {
  let carry: Buffer[] = [];
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const piece = buf.subarray(start, nl);
      yield carry.length === 0 ? piece : Buffer.concat([...carry, piece]);
      carry = [];
      start = nl + 1;
    }
    if (start < buf.length) carry.push(buf.subarray(start));
  }
  if (carry.length > 0) yield Buffer.concat(carry);
}

type JsonLine = { item: BatchItem; id: string | number | undefined } | { problem: string } | null;

/** One line of --jsonl input: an article, a problem to report, or null for a blank line. */
function parseJsonLine(bytes: Buffer): JsonLine {
  let line: string;
  try {
    line = decode(bytes, utf8Line);
  } catch (e) {
    return { problem: reason(e) };
  }
  if (line.trim() === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { problem: `not JSON: ${reason(e)}` };
  }
  if (typeof v === 'string') return { item: v, id: undefined };
  if (!isRecord(v) || typeof v.text !== 'string') return { problem: 'expected {"text": "...", "id"?: ..., "date"?: "YYYY-MM-DD"} or a JSON string' };
  if (v.id !== undefined && typeof v.id !== 'string' && typeof v.id !== 'number') return { problem: `"id" must be a string or a number, got ${JSON.stringify(v.id)}` };
  if (v.date !== undefined && v.date !== null && (typeof v.date !== 'string' || !isDate(v.date))) return { problem: `"date" wants YYYY-MM-DD, got ${JSON.stringify(v.date)}` };
  return { item: typeof v.date === 'string' ? { text: v.text, date: v.date } : v.text, id: v.id };
}

/** Expands folders to their `ext` files; a path that cannot be listed stays as is, to fail on read. */
function expand(args: string[], ext: string, warn: (s: string) => void): { files: string[]; sawFolder: boolean; ok: boolean } {
  const files: string[] = [];
  let sawFolder = false;
  let ok = true;
  for (const arg of args) {
    let entries: string[] | null = null;
    try {
      entries = arg !== '-' && fs.statSync(arg).isDirectory() ? fs.readdirSync(arg) : null;
    } catch {
      entries = null;
    }
    if (entries === null) {
      files.push(arg);
      continue;
    }
    sawFolder = true;
    const texts = entries.filter((f) => f.endsWith(ext)).sort();
    if (texts.length === 0) {
      warn(`no ${ext} files in ${arg}`);
      ok = false;
    }
    files.push(...texts.map((f) => path.join(arg, f)));
  }
  return { files, sawFolder, ok };
}

// `transfer-talk news/ | head` closes stdout early: stop quietly instead of dying on EPIPE.
function watchPipe(stdout: NodeJS.WritableStream): () => boolean {
  let closed = false;
  stdout.on('error', (e: unknown) => {
    if (!isRecord(e) || e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return () => closed || isDestroyed(stdout);
}

/** A stream destroyed (its reader gone): writes to it vanish, and no event follows them. */
const isDestroyed = (stream: NodeJS.WritableStream): boolean => (stream as { destroyed?: boolean }).destroyed === true;

const isTty = (stream: NodeJS.WritableStream): boolean => (stream as { isTTY?: boolean }).isTTY === true;

/**
 * Writes to a stream; when its buffer is full, waits for it to drain (or fail, or close), holding
 * nothing. A stream already destroyed (its reader gone) takes the write without a word (write
 * returns false, no event follows): that resolves at once, or the wait would never end.
 */
function write(stream: NodeJS.WritableStream, s: string): Promise<void> | undefined {
  let settle: (() => void) | undefined;
  let failed = false;
  const ok = stream.write(s, (e?: Error | null) => {
    if (!e) return;
    failed = true;
    settle?.();
  });
  if (ok || failed || isDestroyed(stream)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      settle = undefined;
      resolve();
    };
    settle = done;
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * The progress bar on stderr, `[#####---------------] 120/400 files 85 art/s`, redrawn in place at
 * most ten times a second and cleared at the end. Off (null stream) unless stderr is a terminal and
 * there is more than one input; messages go above it.
 */
class Progress {
  private done = 0;
  private drawn = false;
  private last = 0;
  private readonly start = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream | null,
    private readonly total: number | undefined,
    private readonly unit: string,
  ) {
    if (total !== undefined) this.draw(true);
  }

  /** One more input done. */
  tick(): void {
    this.done++;
    this.draw(false);
  }

  /** A line of stderr, above the bar. */
  log(line: string, stderr: NodeJS.WritableStream): void {
    if (this.stream && this.drawn) {
      this.stream.write(`\r\x1b[K${line}\n`);
      this.drawn = false;
      this.draw(true);
    } else stderr.write(`${line}\n`);
  }

  /** Shows the final count (a burst at the end may have fallen inside one redraw interval), then removes the bar. */
  end(): void {
    if (this.stream && this.done > 0) this.draw(true);
    if (this.stream && this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.stream) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    if (this.total === undefined && this.done < 2) return; // one JSON line so far: maybe the only one
    this.last = now;
    const secs = (now - this.start) / 1000;
    const rate = secs >= 0.2 && this.done > 0 ? ` ${Math.round(this.done / secs)} art/s` : '';
    let line = `${this.done} ${this.unit}${rate}`;
    if (this.total !== undefined) {
      const filled = Math.min(20, Math.round((20 * this.done) / Math.max(1, this.total)));
      line = `[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${this.done}/${this.total} ${this.unit}${rate}`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }
}

type ExtractValues = { date?: string; compact?: boolean; jsonl?: boolean; format?: string; pretty?: boolean };

/**
 * Extracts every input through the batch API (worker threads for many), printing results in input
 * order as they come. Each result's label and output prefix wait in `pending` meanwhile: the batch
 * yields results in the order the inputs were read, so they match one for one.
 */
async function runExtract(args: string[], config: ExtractorConfig | undefined, threads: number | undefined, values: ExtractValues, io: CliIo): Promise<number> {
  const jsonl = values.jsonl === true;
  const { files, sawFolder, ok } = expand(args, jsonl ? '.jsonl' : '.txt', (s) => io.stderr.write(`transfer-talk: ${s}\n`));
  const several = jsonl || args.length > 1 || sawFolder;
  const progress = new Progress(isTty(io.stderr) && (jsonl || files.length > 1) ? io.stderr : null, jsonl ? undefined : files.length, jsonl ? 'articles' : 'files');
  let exitCode = ok ? 0 : 1;
  const fail = (s: string) => {
    progress.log(`transfer-talk: ${s}`, io.stderr);
    exitCode = 1;
  };
  const pipeClosed = watchPipe(io.stdout);
  const format = values.format as Format | undefined;
  // The text waits with its result only where the output shows it.
  const keepText = format === 'html';
  const print = printer(format, several, { pretty: values.pretty === true, compact: values.compact === true, title: several ? 'transfer-talk' : `transfer-talk: ${files[0] === '-' || files[0] === undefined ? 'stdin' : files[0]}` });
  const pending: { where: string; label: string; head: string; text: string }[] = [];

  async function* fromFiles(): AsyncGenerator<BatchItem, void, undefined> {
    for (const file of files) {
      if (pipeClosed()) return;
      let text: string;
      try {
        // Sync: a small file costs the main thread (which shares the cores with the workers)
        // about 0.01 ms so, against ~0.09 ms through fs.promises' several thread-pool round trips.
        text = decode(file === '-' ? await readStream(io.stdin) : fs.readFileSync(file));
      } catch (e) {
        fail(`cannot read ${file}: ${reason(e)}`);
        progress.tick();
        continue;
      }
      pending.push({ where: file, label: file, head: `{"file":${JSON.stringify(file)},"extraction":`, text: keepText ? text : '' });
      yield text;
    }
  }

  async function* fromJsonLines(): AsyncGenerator<BatchItem, void, undefined> {
    for (const file of files) {
      const name = file === '-' ? 'stdin' : file;
      const stream = file === '-' ? io.stdin : fs.createReadStream(file);
      let n = 0;
      try {
        for await (const bytes of byteLines(stream)) {
          n++;
          if (pipeClosed()) return;
          const line = parseJsonLine(bytes);
          if (line === null) continue;
          if ('problem' in line) {
            fail(`${name}:${n}: ${line.problem}`);
            progress.tick();
            continue;
          }
          const id = line.id ?? `${name}:${n}`;
          const text = keepText ? (typeof line.item === 'string' ? line.item : line.item.text) : '';
          pending.push({ where: `${name}:${n}`, label: String(id), head: `{"id":${JSON.stringify(id)},"extraction":`, text });
          yield line.item;
        }
      } catch (e) {
        fail(`cannot read ${name}${n > 0 ? ` after line ${n}` : ''}: ${reason(e)}`);
      } finally {
        if (file !== '-') (stream as fs.ReadStream).destroy();
      }
    }
  }

  try {
    const results = extractManySettled(jsonl ? fromJsonLines() : fromFiles(), { json: true, threads, config, date: values.date });
    await write(io.stdout, print.start());
    for await (const r of results) {
      const { where, label, head, text } = pending.shift() ?? { where: '?', label: '?', head: '', text: '' };
      progress.tick();
      if (r.error) {
        fail(`${where}: extract failed: ${reason(r.error)}`);
        continue;
      }
      await write(io.stdout, print.item({ label, head, text, json: r.extraction }));
      if (pipeClosed()) break;
    }
    if (!pipeClosed()) await write(io.stdout, print.end());
  } finally {
    progress.end();
  }
  return exitCode;
}

const EMPTY: Extraction = { date: null, players: [], clubs: [], transfers: [], sources: [], mentions: [] };

async function runEval(dir: string, run: ExtractFn, values: { verbose?: boolean; json?: boolean }, io: CliIo): Promise<number> {
  const warn = (s: string) => io.stderr.write(`transfer-talk: ${s}\n`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    throw new CliError(`cannot read ${dir}: ${reason(e)}`, 2);
  }
  const ids = names.filter((f) => f.endsWith('.json') && names.includes(`${f.slice(0, -5)}.txt`)).map((f) => f.slice(0, -5)).sort();
  if (ids.length === 0) throw new CliError(`no gold pairs (ID.json with ID.txt) in ${dir}`, 2);
  const items: { id: string; gold: GoldArticle; pred: Extraction }[] = [];
  let exitCode = 0;
  for (const id of ids) {
    let gold: GoldArticle;
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
      gold = parseGold(JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')), id);
    } catch (e) {
      warn(`skipping ${path.join(dir, id)}: ${reason(e)}`);
      exitCode = 1;
      continue;
    }
    let pred = EMPTY;
    try {
      pred = run(text);
    } catch (e) {
      // Scored as an empty extraction, as the reference scorer does, so the numbers stay comparable.
      warn(`${id}: extract failed: ${reason(e)}`);
      exitCode = 1;
    }
    items.push({ id, gold, pred });
  }
  const report = scoreCorpus(items);
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose ?? false }));
  return exitCode;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals, isEval, isSchema, threads } = parse(argv);
    if (values.help || values.version) {
      io.stdout.write(values.help ? USAGE : `${version()}\n`);
      return 0;
    }
    if (isSchema) {
      io.stdout.write(`${JSON.stringify(extractionJsonSchema(), null, 2)}\n`);
      return 0;
    }
    const stdinIsTty = 'isTTY' in io.stdin && io.stdin.isTTY === true;
    if (!isEval && positionals.length === 0 && stdinIsTty) throw new CliError('no input: give FILE..., or pipe text to stdin', 2, true);
    const config = loadConfig(values.gazetteer);
    if (isEval) return await runEval(positionals[1] ?? '', config === undefined ? extract : createExtractor(config).extract, values, io);
    return await runExtract(positionals.length > 0 ? positionals : ['-'], config, threads, values, io);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.stderr.write(`transfer-talk: ${e.message}\n${e.showHelpHint ? 'see transfer-talk --help\n' : ''}`);
    return e.exitCode;
  }
}
