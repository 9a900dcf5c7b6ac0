/**
 * Bad arguments (issue 5, robustness): a non-string text throws a TypeError naming `text`; a bad
 * option or gazetteer entry throws zod's error (`$ZodError`: the library validates with zod/mini)
 * whose message and `issues[].path` name the offending path; blank text gives an empty extraction.
 * tests/api.test.ts already covers '' and '   \n\t ', `extract(undefined)` being a TypeError and a
 * "yesterday" date throwing at all; this file adds the rest of the issue's cases.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createExtractor, extract, type ExtractOptions, type ExtractorConfig } from '../src/index.js';

/** The error `f` throws (the test fails if it throws nothing). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw, got none');
}

/** Asserts `e` is zod's error naming `path`, in its issues and in the message (`clubs[0].name`). */
function expectZodError(e: unknown, path: readonly (string | number)[]): void {
  expect(e).toBeInstanceOf(z.core.$ZodError);
  const err = e as z.core.$ZodError;
  expect(err.issues.map((i) => i.path)).toContainEqual(path);
  const written = path.map((k, n) => (typeof k === 'number' ? `[${k}]` : n === 0 ? k : `.${k}`)).join('');
  expect(err.message).toContain(`${written}:`);
}

const EMPTY = { players: [], clubs: [], transfers: [], sources: [], mentions: [] };

describe('extract(text) with a non-string', () => {
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['42', 42],
    ['null', null],
    ['{}', {}],
    ['[]', []],
    ['true', true],
    ['a String object', new String('Liverpool are keen.')],
    ['a symbol', Symbol('text')],
  ];
  it.each(cases)('throws a TypeError naming `text` for %s', (_, value) => {
    const e = thrown(() => extract(value as string));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as TypeError).message).toMatch(/\btext\b/);
  });
});

describe('extract options', () => {
  const bad: [string, unknown][] = [
    ['"yesterday"', 'yesterday'],
    ['42', 42],
    ['an invalid Date', new Date('not a date')],
    ['null', null],
  ];
  it.each(bad)('rejects date %s with a zod error naming `date`', (_, date) => {
    expectZodError(
      thrown(() => extract('Liverpool are keen.', { date } as ExtractOptions)),
      ['date'],
    );
  });

  it('rejects options that are not an object', () => {
    expect(thrown(() => extract('Liverpool are keen.', '2024-05-01' as unknown as ExtractOptions))).toBeInstanceOf(z.core.$ZodError);
    expect(thrown(() => extract('Liverpool are keen.', null as unknown as ExtractOptions))).toBeInstanceOf(z.core.$ZodError);
  });

  it('rejects an impossible calendar date, and text after the date, naming `date`', () => {
    expectZodError(thrown(() => extract('Liverpool are keen.', { date: '2024-13-45' })), ['date']);
    expectZodError(thrown(() => extract('Liverpool are keen.', { date: '2024-02-30' })), ['date']);
    expectZodError(thrown(() => extract('Liverpool are keen.', { date: '2024-05-01garbage' })), ['date']);
    expect(extract('Liverpool are keen.', { date: '2024-02-29' }).date).toBe('2024-02-29');
    expect(extract('Liverpool are keen.', { date: '2024-05-01T09:30:00Z' }).date).toBe('2024-05-01');
  });

  it('rejects an unknown option key, naming it (a typo must not pass silently)', () => {
    const e = thrown(() => extract('Liverpool are keen.', { when: '2024-05-01' } as ExtractOptions));
    expect(e).toBeInstanceOf(z.core.$ZodError);
    expect((e as Error).message).toContain('unknown key "when"');
  });
});

describe('createExtractor config', () => {
  const bad: [string, unknown, (string | number)[]][] = [
    ['a club name that is a number', { clubs: [{ name: 42 }] }, ['clubs', 0, 'name']],
    ['a player without a name', { players: [{}] }, ['players', 0, 'name']],
    ['clubs that are not a list', { clubs: 'x' }, ['clubs']],
    ['a blank alias', { clubs: [{ name: 'Zorblax Rovers', aliases: ['  '] }] }, ['clubs', 0, 'aliases', 0]],
    ['an unknown source kind', { sources: [{ name: 'Zorbton Gazette', kind: 'blog' }] }, ['sources', 0, 'kind']],
    ['a bad position on the second player', { players: [{ name: 'Quentin Marsh' }, { name: 'Tomas Velkoro', position: 'sweeper' }] }, ['players', 1, 'position']],
  ];
  it.each(bad)('rejects %s with a zod error naming its path', (_, config, path) => {
    expectZodError(
      thrown(() => createExtractor(config as ExtractorConfig)),
      path,
    );
  });

  it('rejects a config that is not an object', () => {
    expect(thrown(() => createExtractor(null as unknown as ExtractorConfig))).toBeInstanceOf(z.core.$ZodError);
  });

  it('says what it found at the path', () => {
    const e = thrown(() => createExtractor({ clubs: [{ name: 42 }] } as unknown as ExtractorConfig)) as Error;
    expect(e.message).toBe('transfer-talk: invalid createExtractor() config: clubs[0].name: expected string (got 42)');
  });
});

describe('blank text', () => {
  it.each([
    ['Unicode blanks', '\u00a0\u2028\u2029\r\n\u3000\ufeff\t'],
    ['a lone newline', '\n'],
  ])('gives an empty extraction for %s', (_, text) => {
    expect(extract(text)).toEqual({ date: null, ...EMPTY });
  });
  it('keeps the date of the option or of a date line, with nothing else', () => {
    expect(extract('  \n', { date: '2024-05-01' })).toEqual({ date: '2024-05-01', ...EMPTY });
    expect(extract(' date 2024-05-20 \n\n')).toEqual({ date: '2024-05-20', ...EMPTY });
  });
});
