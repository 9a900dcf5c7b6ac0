import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli-main.js';
import { extract, toHtml } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = path.join(root, 'seeds');
const SEED0 = path.join(seeds, '000_180d16ba4a6361be.txt');
const SEED1 = path.join(seeds, '001_4b4f721cb9045dec.txt');

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[], stdinText?: string | Buffer | Readable, opts: { tty?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  // A fake terminal: the progress bar is drawn only where stderr.isTTY.
  if (opts.tty) Object.assign(err.stream, { isTTY: true });
  const stdin = stdinText instanceof Readable ? stdinText : Readable.from(stdinText === undefined ? [] : [stdinText]);
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin });
  return { code, out: out.text(), err: err.text() };
}

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-talk-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

// Invented stories (no real article text).
const STORY_A = 'date 2024-02-01\nHarrowgate Rovers have signed winger Lennart Quayle from Dunmere Athletic for £2m.';
const STORY_B = 'Kestrel Vale are in talks with Ostholm over midfielder Bram Teversham, with a bid of €5m expected.';
/** The line the CLI prints for a file among several: what extract gives, as today. */
const lineFor = (file: string) => JSON.stringify({ file, extraction: extract(fs.readFileSync(file, 'utf8')) });

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-talk-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

type Line = { file: string; extraction: { date: string | null; players: { name: string }[] } };
const jsonLines = (s: string): Line[] => s.trim().split('\n').map((l) => JSON.parse(l) as Line);

describe('transfer-talk FILE...', () => {
  it('prints one pretty JSON extraction for one file', async () => {
    const { code, out, err } = await run([SEED0]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('\n  "');
    const x = JSON.parse(out) as Line['extraction'];
    expect(x.date).toBe('2024-05-20');
    expect(typeof x.players[0]?.name).toBe('string');
    expect(x.players[0]?.name.length).toBeGreaterThan(0);
  });

  it('prints it on one line with --compact', async () => {
    const { code, out } = await run(['--compact', SEED0]);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints one JSON line per file for several files', async () => {
    const { code, out } = await run([SEED0, SEED1]);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.file)).toEqual([SEED0, SEED1]);
    expect(lines[0]?.extraction.date).toBe('2024-05-20');
  });

  it('expands a folder to its .txt files, sorted', async () => {
    const { code, out } = await run([seeds]);
    expect(code).toBe(0);
    const expected = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seeds, f));
    expect(jsonLines(out).map((l) => l.file)).toEqual(expected);
  });

  it('reads stdin with - and passes --date', async () => {
    const text = 'Liverpool are in talks with Bayer Leverkusen over defender Odilon Kossounou.';
    const { code, out } = await run(['--date', '2024-06-01', '-'], text);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Line['extraction']).date).toBe('2024-06-01');
  });

  it('reports an unreadable file in one line, goes on, and exits 1', async () => {
    const missing = path.join(seeds, 'no-such-article.txt');
    const { code, out, err } = await run([missing, SEED0]);
    expect(code).toBe(1);
    expect(err).toBe(`transfer-talk: cannot read ${missing}: no such file or directory\n`);
    expect(jsonLines(out).map((l) => l.file)).toEqual([SEED0]);
  });
});

describe('flags', () => {
  it('rejects an unknown flag with exit 2 and a pointer to --help', async () => {
    const { code, out, err } = await run(['--bogus', SEED0]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^transfer-talk: .*--bogus.*\nsee transfer-talk --help\n$/);
  });

  it('rejects a malformed --date and eval-only flags outside eval', async () => {
    expect((await run(['--date', '20-05-2024', SEED0])).code).toBe(2);
    expect((await run(['--date', '2024-02-30', SEED0])).code).toBe(2);
    expect((await run(['--verbose', SEED0])).code).toBe(2);
    expect((await run(['eval'])).code).toBe(2);
  });

  it('prints usage with examples for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out } = await run([flag]);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage:/);
      expect(out).toContain('transfer-talk eval DIR');
      expect(out).toContain('Examples:');
    }
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });
});

describe('--format', () => {
  it('json: one array of {file, extraction} for several inputs, indented with --pretty', async () => {
    const expected = [SEED0, SEED1].map((file) => ({ file, extraction: extract(fs.readFileSync(file, 'utf8')) }));
    const compact = await run(['--format', 'json', SEED0, SEED1]);
    expect(compact.code).toBe(0);
    expect(JSON.parse(compact.out)).toEqual(expected);
    expect(compact.out.split('\n')).toHaveLength(5); // "[", an element per line, "]", ""
    const pretty = await run(['-f', 'json', '--pretty', SEED0, SEED1]);
    expect(JSON.parse(pretty.out)).toEqual(expected);
    expect(pretty.out).toContain('\n    "extraction": {\n      "date": "2024-05-20"');
    expect((await run(['-f', 'json', path.join(seeds, 'no-such.txt'), path.join(seeds, 'nor-this.txt')])).out).toBe('[]\n');
  });

  it('jsonl: a wrapped line even for one input', async () => {
    const { code, out } = await run(['--format', 'jsonl', SEED0]);
    expect(code).toBe(0);
    expect(out).toBe(`${JSON.stringify({ file: SEED0, extraction: extract(fs.readFileSync(SEED0, 'utf8')) })}\n`);
  });

  it('table: the transfers in aligned columns, under each file name when several', async () => {
    const file = tempFile('deal.txt', 'Liverpool have signed winger Lennart Quayle from Brentford for £2m, beating Fulham to him.');
    const { code, out } = await run(['--format', 'table', file]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'PLAYER          FROM       TO         STATUS     FEES            SUITORS',
        'Lennart Quayle  Brentford  Liverpool  completed  fee £2,000,000  Fulham',
        '',
      ].join('\n'),
    );
    // A fee kind reads as words, as in the HTML view.
    const ask = tempFile('ask.txt', 'Everton are in talks with Brentford over goalkeeper Tomas Brenlow, and Brentford are asking for £15m.');
    expect((await run(['-f', 'table', ask])).out).toContain('asking price £15,000,000');
    const none = tempFile('none.txt', 'It rained in the city all day.');
    const several = await run(['-f', 'table', file, none]);
    expect(several.out).toBe(`${file}\n${out}\n${none}\n(no transfers)\n`);
  });

  it('html: one self-contained page with every mention highlighted, several articles as sections', async () => {
    const text = fs.readFileSync(SEED0, 'utf8');
    const one = await run(['--format', 'html', SEED0]);
    expect(one.code).toBe(0);
    expect(one.out).toBe(toHtml(text, extract(text), { title: `transfer-talk: ${SEED0}` }));
    expect(one.out).toContain('title="player: Odilon Kossounou');
    const both = await run(['-f', 'html', SEED0, SEED1]);
    expect(both.out.match(/<section class="tt-article">\n<h2>/g)).toHaveLength(2);
    expect(both.out.match(/<\/html>/g)).toHaveLength(1);
    expect(both.out).toContain(`<h2>${SEED1}</h2>`);
  });

  it('html from JSON lines: each article under its id', async () => {
    const input = [JSON.stringify({ id: 'a<1>', text: STORY_B }), JSON.stringify('Liverpool have signed winger Lennart Quayle.')].join('\n');
    const { code, out } = await run(['--jsonl', '-f', 'html'], input);
    expect(code).toBe(0);
    expect(out).toContain('<h2>a&lt;1&gt;</h2>');
    expect(out).toContain('<h2>stdin:2</h2>');
    expect(out).toContain('data-type="player" title="player: Bram Teversham');
  });

  it('rejects an unknown format and JSON flags with other formats', async () => {
    expect(await run(['--format', 'xml', SEED0])).toEqual({ code: 2, out: '', err: 'transfer-talk: --format wants one of json, jsonl, table, html, got "xml"\nsee transfer-talk --help\n' });
    expect((await run(['--format', 'table', '--pretty', SEED0])).err).toBe('transfer-talk: --pretty applies to JSON output only, not --format table\nsee transfer-talk --help\n');
    expect((await run(['--pretty', '--compact', SEED0])).code).toBe(2);
    expect((await run(['eval', seeds, '--format', 'json'])).err).toBe('transfer-talk: --format does not apply to eval\nsee transfer-talk --help\n');
  });
});

describe('transfer-talk schema', () => {
  it('prints the JSON Schema the package ships', async () => {
    const { code, out, err } = await run(['schema']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(fs.readFileSync(path.join(root, 'dist', 'extraction.schema.json'), 'utf8'));
    expect(JSON.parse(out)).toMatchObject({ $id: 'urn:transfer-talk:extraction:v1', required: ['date', 'players', 'clubs', 'transfers', 'sources', 'mentions'] });
  });

  it('takes no arguments and no extraction flags', async () => {
    expect(await run(['schema', SEED0])).toEqual({ code: 2, out: '', err: 'transfer-talk: schema takes no arguments\nsee transfer-talk --help\n' });
    expect(await run(['schema', '--compact'])).toEqual({ code: 2, out: '', err: 'transfer-talk: --compact does not apply to schema\nsee transfer-talk --help\n' });
  });
});

describe('--gazetteer', () => {
  it('exits 2 with a one-line message for an invalid entry', async () => {
    const file = tempFile('bad.json', JSON.stringify({ clubs: [{ name: '' }] }));
    const { code, out, err } = await run(['--gazetteer', file, SEED0]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')).toHaveLength(2); // one line plus its newline
    expect(err).toContain(`invalid gazetteer ${file}`);
    expect(err).toMatch(/clubs/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a gazetteer that is not JSON or cannot be read', async () => {
    expect((await run(['--gazetteer', tempFile('x.json', '{ clubs: ['), SEED0])).code).toBe(2);
    expect((await run(['--gazetteer', path.join(os.tmpdir(), 'no-such-gazetteer.json'), SEED0])).code).toBe(2);
  });

  it('extracts with a valid gazetteer', async () => {
    const file = tempFile('ok.json', JSON.stringify({ clubs: [{ name: 'Wrexham', aliases: ['the Red Dragons'], country: 'WAL' }] }));
    const { code, out } = await run(['--gazetteer', file, SEED0]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Line['extraction']).date).toBe('2024-05-20');
  });
});

describe('transfer-talk eval DIR', () => {
  it('prints the score table', async () => {
    const { code, out } = await run(['eval', seeds]);
    expect(code).toBe(0);
    expect(out).toMatch(/^articles 3\n/);
    expect(out.split('\n').some((l) => l.startsWith('ALL FIELDS'))).toBe(true);
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await run(['eval', seeds, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { articles: number; micro: { f1: number } };
    expect(report.articles).toBe(3);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0);
  });

  it('exits 2 when DIR holds no gold pairs', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-talk-'));
    const { code, err } = await run(['eval', empty]);
    expect(code).toBe(2);
    expect(err).toContain('no gold pairs');
  });
});

describe('batches of files', () => {
  const fixtures = path.join(root, 'fixtures');
  const fixtureFiles = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(fixtures, f));

  it('gives the same JSON lines, in input order, with worker threads as without', async () => {
    const expected = fixtureFiles.slice(0, 12).map(lineFor).join('\n') + '\n';
    for (const threads of ['1', '2']) {
      const { code, out, err } = await run(['--threads', threads, ...fixtureFiles.slice(0, 12)]);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toBe(expected);
    }
  });

  it('stops when its output is destroyed under it, not waiting forever for a drain', async () => {
    // A destroyed stream takes writes without an event: waiting for 'drain' there would never end.
    let lines = 0;
    const stdout = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        lines++;
        this.destroy();
        done();
      },
    });
    const err = sink();
    const code = await main(['--threads', '1', ...fixtureFiles.slice(0, 6)], { stdout, stderr: err.stream, stdin: Readable.from([]) });
    expect(err.text()).toBe('');
    expect(code).toBe(0);
    expect(lines).toBe(1);
  });

  it('reports a folder named *.txt and invalid UTF-8 in one line each, goes on, and exits 1', async () => {
    const dir = tempDir({ 'a.txt': STORY_A, 'c.txt': Buffer.concat([Buffer.from('Ostholm want '), Buffer.from([0xc3, 0x28]), Buffer.from(' badly.')]), 'd.txt': STORY_B });
    fs.mkdirSync(path.join(dir, 'b.txt'));
    const { code, out, err } = await run(['--threads', '2', dir]);
    expect(code).toBe(1);
    expect(err).toBe(`transfer-talk: cannot read ${path.join(dir, 'b.txt')}: is a directory\ntransfer-talk: cannot read ${path.join(dir, 'c.txt')}: invalid UTF-8 at byte 13\n`);
    expect(jsonLines(out).map((l) => l.file)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'd.txt')]);
    expect(out).toBe([lineFor(path.join(dir, 'a.txt')), lineFor(path.join(dir, 'd.txt'))].join('\n') + '\n');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read (EACCES), goes on, and exits 1', async () => {
    const dir = tempDir({ 'a.txt': STORY_A, 'b.txt': STORY_B });
    fs.chmodSync(path.join(dir, 'a.txt'), 0o000);
    const { code, out, err } = await run([dir]);
    expect(code).toBe(1);
    expect(err).toBe(`transfer-talk: cannot read ${path.join(dir, 'a.txt')}: permission denied\n`);
    expect(jsonLines(out).map((l) => l.file)).toEqual([path.join(dir, 'b.txt')]);
  });

  it('reports invalid UTF-8 on stdin', async () => {
    const { code, out, err } = await run(['-'], Buffer.from([0x41, 0x20, 0xff, 0x42]));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('transfer-talk: cannot read -: invalid UTF-8 at byte 2\n');
  });

  it('rejects a bad --threads, and --threads or --jsonl with eval, with exit 2 and a hint', async () => {
    for (const bad of ['0', 'two', '1.5', '', '10000']) {
      const { code, out, err } = await run(['--threads', bad, SEED0]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(`transfer-talk: --threads wants a whole number from 1 to 9999, got "${bad}"\nsee transfer-talk --help\n`);
    }
    // A negative number looks like a flag to Node's parser: still exit 2 with the hint.
    expect(await run(['--threads', '-1', SEED0])).toEqual({ code: 2, out: '', err: "transfer-talk: Option '--threads' argument is ambiguous\nsee transfer-talk --help\n" });
    expect((await run(['eval', seeds, '--threads', '2'])).err).toMatch(/^transfer-talk: --threads does not apply to eval\n/);
    expect((await run(['eval', seeds, '--jsonl'])).code).toBe(2);
  });

  it('documents the new flags and the exit codes in --help', async () => {
    const { out } = await run(['--help']);
    expect(out).toContain('--threads N');
    expect(out).toContain('--jsonl');
    expect(out).toContain('--format FMT');
    expect(out).toContain('transfer-talk --format html article.txt > article.html');
    expect(out).toContain('Exit status: 0 done; 1 some input could not be read or extracted (the rest was printed);\n2 bad usage');
  });
});

describe('--jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'a-1', text: STORY_A }),
    '',
    JSON.stringify({ text: STORY_B, date: '2024-03-09' }),
    '{"id": "broken", "text": ',
    JSON.stringify(STORY_B),
    JSON.stringify({ id: 7, text: 42 }),
    JSON.stringify({ id: 'late', text: STORY_B, date: '09/03/2024' }),
    JSON.stringify({ id: 9, text: STORY_A }),
  ];

  it('reads JSON lines from stdin and prints {"id", "extraction"} lines in order; bad lines are named by number', async () => {
    const { code, out, err } = await run(['--jsonl', '--threads', '2'], lines.join('\r\n') + '\n');
    expect(code).toBe(1);
    expect(out).toBe(
      [
        JSON.stringify({ id: 'a-1', extraction: extract(STORY_A) }),
        JSON.stringify({ id: 'stdin:3', extraction: extract(STORY_B, { date: '2024-03-09' }) }),
        JSON.stringify({ id: 'stdin:5', extraction: extract(STORY_B) }),
        JSON.stringify({ id: 9, extraction: extract(STORY_A) }),
      ].join('\n') + '\n',
    );
    const errs = err.trimEnd().split('\n');
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/^transfer-talk: stdin:4: not JSON: /);
    expect(errs[1]).toBe('transfer-talk: stdin:6: expected {"text": "...", "id"?: ..., "date"?: "YYYY-MM-DD"} or a JSON string');
    expect(errs[2]).toBe('transfer-talk: stdin:7: "date" wants YYYY-MM-DD, got "09/03/2024"');
  });

  it('applies --date to lines without their own date', async () => {
    const { code, out } = await run(['--jsonl', '--date', '2022-07-01'], `${JSON.stringify({ text: STORY_B })}\n${JSON.stringify({ text: STORY_B, date: '2024-03-09' })}`);
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { extraction: { date: string } }).extraction.date)).toEqual(['2022-07-01', '2024-03-09']);
  });

  it('reads JSON lines files and folders of *.jsonl; an unreadable file or invalid UTF-8 line is one line on stderr', async () => {
    const dir = tempDir({
      'one.jsonl': `${JSON.stringify({ id: 'x', text: STORY_A })}\n`,
      'two.jsonl': Buffer.concat([Buffer.from(`{"id": "y", "text": "caf`), Buffer.from([0xe9]), Buffer.from(`"}\n${JSON.stringify({ id: 'z', text: STORY_B })}`)]),
      'notes.txt': 'not read with --jsonl',
    });
    const missing = path.join(dir, 'missing.jsonl');
    const { code, out, err } = await run(['--jsonl', dir, missing]);
    expect(code).toBe(1);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['x', 'z']);
    expect(err).toBe(`transfer-talk: ${path.join(dir, 'two.jsonl')}:1: invalid UTF-8 at byte 24\ntransfer-talk: cannot read ${missing}: no such file or directory\n`);
  });
});

describe('progress bar', () => {
  const files = fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().slice(0, 6).map((f) => path.join(root, 'fixtures', f));

  it('is drawn on a terminal for several inputs, then cleared', async () => {
    // stdin (`-`) sends its article after 200 ms: the bar, redrawn at most every 100 ms, moves on.
    async function* slowStdin() {
      await new Promise((resolve) => setTimeout(resolve, 200));
      yield STORY_B;
    }
    const args = [...files.slice(0, 3), '-', ...files.slice(3), path.join(seeds, 'no-such-article.txt')];
    const { code, out, err } = await run(args, Readable.from(slowStdin()), { tty: true });
    expect(code).toBe(1);
    expect(jsonLines(out)).toHaveLength(7);
    expect(err).toMatch(/^\r\[-{20}\] 0\/8 files\x1b\[K/);
    expect(err).toMatch(/\r\[#+-*\] [1-8]\/8 files \d+ art\/s\x1b\[K/);
    // The error line is written above the bar, on a line of its own.
    expect(err).toContain(`\r\x1b[Ktransfer-talk: cannot read ${path.join(seeds, 'no-such-article.txt')}: no such file or directory\n`);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is never drawn when stderr is not a terminal, nor for a single input', async () => {
    expect((await run(files)).err).toBe('');
    expect((await run([files[0] as string], undefined, { tty: true })).err).toBe('');
  });

  it('counts articles for JSON lines', async () => {
    const input = Array.from({ length: 4 }, (_, i) => JSON.stringify({ id: i, text: STORY_B })).join('\n');
    const { code, err } = await run(['--jsonl'], input, { tty: true });
    expect(code).toBe(0);
    expect(err).toMatch(/\r\d articles( \d+ art\/s)?\x1b\[K/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('dist/cli.js as a process', () => {
  const cli = path.join(root, 'dist', 'cli.js');
  const fixtureFiles = fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, 'fixtures', f));

  it('extracts a batch of files over worker threads, in input order', () => {
    const files = fixtureFiles.slice(0, 10);
    const missing = path.join(root, 'fixtures', 'no-such-article.txt');
    const r = spawnSync(process.execPath, [cli, '--threads', '2', ...files.slice(0, 5), missing, ...files.slice(5)], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`transfer-talk: cannot read ${missing}: no such file or directory\n`);
    expect(r.stdout).toBe(files.map(lineFor).join('\n') + '\n');
  });

  it('reads --jsonl from a pipe over worker threads', () => {
    const input = fixtureFiles.slice(0, 8).map((f, i) => JSON.stringify({ id: i, text: fs.readFileSync(f, 'utf8') })).join('\n');
    const r = spawnSync(process.execPath, [cli, '--jsonl', '--threads', '2'], { input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fixtureFiles.slice(0, 8).map((f, i) => JSON.stringify({ id: i, extraction: extract(fs.readFileSync(f, 'utf8')) })).join('\n') + '\n');
  });

  it('stops quietly, workers and all, when its output is closed early', async () => {
    const child = spawn(process.execPath, [cli, '--threads', '2', path.join(root, 'fixtures')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
