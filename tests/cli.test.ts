import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli-main.js';

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

async function run(args: string[], stdinText?: string): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const stdin = Readable.from(stdinText === undefined ? [] : [stdinText]);
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin });
  return { code, out: out.text(), err: err.text() };
}

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
