/**
 * The `transfer-talk` command, as a function of its arguments and streams so tests can run it
 * in-process. User errors become one line on stderr and an exit code; only bugs throw.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor, extract } from './index.js';
import { formatReport, parseGold, scoreCorpus, type GoldArticle } from './eval.js';
import type { Extraction } from './schema.js';

export type CliIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream };
type ExtractFn = (text: string, options?: { date?: string }) => Extraction;

const USAGE = `Usage:
  transfer-talk [options] FILE...        extract transfer facts from each article
  transfer-talk [options] -              read one article from stdin (also the default when
                                         no FILE is given and stdin is piped)
  transfer-talk eval DIR [--verbose] [--json] [--gazetteer FILE]
                                         score extraction against the gold ID.json + ID.txt pairs in DIR

A FOLDER given as FILE stands for its *.txt files, sorted. One input prints pretty JSON; several
print JSON lines: {"file": ..., "extraction": {...}}. (A file named "eval": write ./eval.)

Options:
  --date YYYY-MM-DD   the publication date (default: the article's leading "date YYYY-MM-DD" line)
  --gazetteer FILE    a JSON object { clubs?, players?, sources? } to add to the built-in gazetteers
  --compact           print a single result on one line
  --verbose           eval: also list every miss
  --json              eval: print the report as JSON
  -h, --help          show this help
  --version           print the version

Examples:
  transfer-talk article.txt
  cat article.txt | transfer-talk --date 2024-05-20
  transfer-talk --gazetteer my-clubs.json news/ > extractions.jsonl
  transfer-talk eval corpus/dev --verbose

Exit status: 0 done, 1 some input could not be read or extracted, 2 bad usage.
`;

const OPTIONS = {
  date: { type: 'string' },
  gazetteer: { type: 'string' },
  compact: { type: 'boolean' },
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
  const isEval = positionals[0] === 'eval';
  const misplaced = isEval ? (['date', 'compact'] as const).find((k) => values[k] !== undefined) : (['verbose', 'json'] as const).find((k) => values[k] !== undefined);
  if (misplaced) throw new CliError(`--${misplaced} ${isEval ? 'does not apply to eval' : 'applies to eval only'}`, 2, true);
  if (isEval && positionals.length !== 2) throw new CliError('eval takes exactly one DIR', 2, true);
  if (values.date !== undefined && !isDate(values.date)) throw new CliError(`--date wants YYYY-MM-DD, got "${values.date}"`, 2, true);
  return { values, positionals, isEval };
}

function isDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function version(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return isRecord(pkg) && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

function loadExtractor(file: string | undefined): ExtractFn {
  if (file === undefined) return extract;
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
    // createExtractor validates the entries itself; the cast only hands it the unchecked object.
    return createExtractor(config as Parameters<typeof createExtractor>[0]).extract;
  } catch (e) {
    throw new CliError(`invalid gazetteer ${file}: ${describe(e)}`, 2);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Expands folders to their *.txt files; a path that cannot be listed stays as is, to fail on read. */
function expand(args: string[], warn: (s: string) => void): { files: string[]; sawFolder: boolean; ok: boolean } {
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
    const texts = entries.filter((f) => f.endsWith('.txt')).sort();
    if (texts.length === 0) {
      warn(`no .txt files in ${arg}`);
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
  return () => closed;
}

async function runExtract(args: string[], run: ExtractFn, values: { date?: string; compact?: boolean }, io: CliIo): Promise<number> {
  const warn = (s: string) => io.stderr.write(`transfer-talk: ${s}\n`);
  const { files, sawFolder, ok } = expand(args, warn);
  const several = args.length > 1 || sawFolder;
  let exitCode = ok ? 0 : 1;
  const pipeClosed = watchPipe(io.stdout);
  for (const file of files) {
    if (pipeClosed()) break;
    let text: string;
    try {
      text = file === '-' ? await readStream(io.stdin) : fs.readFileSync(file, 'utf8');
    } catch (e) {
      warn(`cannot read ${file}: ${reason(e)}`);
      exitCode = 1;
      continue;
    }
    let extraction: Extraction;
    try {
      extraction = run(text, values.date === undefined ? undefined : { date: values.date });
    } catch (e) {
      warn(`${file}: extract failed: ${reason(e)}`);
      exitCode = 1;
      continue;
    }
    const out = several ? JSON.stringify({ file, extraction }) : JSON.stringify(extraction, null, values.compact ? undefined : 2);
    io.stdout.write(`${out}\n`);
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
    const { values, positionals, isEval } = parse(argv);
    if (values.help || values.version) {
      io.stdout.write(values.help ? USAGE : `${version()}\n`);
      return 0;
    }
    const stdinIsTty = 'isTTY' in io.stdin && io.stdin.isTTY === true;
    if (!isEval && positionals.length === 0 && stdinIsTty) throw new CliError('no input: give FILE..., or pipe text to stdin', 2, true);
    const run = loadExtractor(values.gazetteer);
    if (isEval) return await runEval(positionals[1] ?? '', run, values, io);
    return await runExtract(positionals.length > 0 ? positionals : ['-'], run, values, io);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.stderr.write(`transfer-talk: ${e.message}\n${e.showHelpHint ? 'see transfer-talk --help\n' : ''}`);
    return e.exitCode;
  }
}
