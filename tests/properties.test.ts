/**
 * Property tests (issue 5, robustness): whatever text comes in, `extract`
 *   1. never throws,
 *   2. returns an extraction that `ExtractionSchema` accepts,
 *   3. grounds every span anywhere in its output (`text === input.slice(start, end)`, in range),
 *   4. is deterministic (twice the same, and a fresh `createExtractor()` agrees),
 *   5. leaves its arguments alone (the options object and a Date option are not mutated).
 * Each property runs on every generator below: arbitrary Unicode (astral code points, lone
 * surrogates), HTML fragments, huge whitespace runs, repeated symbols, mixed line endings, and
 * realistic sentences assembled from fragments. Runs use a fixed seed (override with FC_SEED=n;
 * FC_RUNS=k multiplies the run counts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExtractor, extract, ExtractionSchema, type Extraction } from '../src/index.js';
import { articleArb, badSpan, collectSpans, PLACEHOLDERS, sentenceArb, TRANSFER_WORDS } from './robustness-helpers.js';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20240520;
/** FC_RUNS=k multiplies every run count, for a longer hunt than CI can afford. */
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;
const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

// ---------- generators ----------

const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unicodeArb = fc.string({
  unit: fc.oneof(anyCodePoint, astral, loneSurrogate, pick(TRANSFER_WORDS), pick(PLACEHOLDERS), pick([' ', '. ', '\n', "'s ", '-'])),
  maxLength: 120,
});
// Realistic sentences with astral characters and lone surrogates spliced in between their words.
const unicodeInProseArb = fc
  .tuple(sentenceArb, fc.array(fc.oneof(astral, loneSurrogate, anyCodePoint), { minLength: 1, maxLength: 6 }), fc.nat())
  .map(([s, inserts, at]) => {
    const words = s.split(' ');
    inserts.forEach((c, i) => {
      const k = (at + i * 7) % words.length;
      words[k] = (i % 2 === 0 ? c : '') + (words[k] ?? '') + (i % 2 === 1 ? c : '');
    });
    return words.join(' ');
  });

const htmlArb = fc
  .array(
    fc.oneof(
      pick(['<p>', '</p>', '<br/>', '<div class="article">', '</div>', '<a href="https://example.com/liverpool-51m">', '</a>', '<!-- £51m -->', '<script>var fee = "£51m";</script>', '<img alt="Liverpool &amp; Chelsea" src="x.png">', "<span data-fee='€40 million'>", '</span>', '<h1>', '</h1>', '<strong>', '</strong>', '<li>', '<td colspan=2>']),
      pick(['&amp;', '&pound;51m', '&#163;51m', '&euro;40 million', '&nbsp;', '&lt;', '&gt;', '&quot;', '&#x1F600;', '&#8217;s', '&mdash;', '&']),
      pick(TRANSFER_WORDS),
      pick(PLACEHOLDERS),
      sentenceArb,
      pick([' ', '\n']),
    ),
    { maxLength: 30 },
  )
  .map((xs) => xs.join(''));

const wsChar = pick([' ', '\t', '\r\n', '\u00a0', '\u2028', '\u2029', '\n', '\r', '\u3000', '\v', '\f', '\u200b', '\u202f']);
const whitespaceArb = fc
  .array(
    fc.oneof(
      fc.tuple(wsChar, fc.integer({ min: 1, max: 4000 })).map(([c, n]) => c.repeat(n)),
      fc.string({ unit: wsChar, minLength: 1, maxLength: 400 }),
      pick(TRANSFER_WORDS),
      sentenceArb,
    ),
    { maxLength: 8 },
  )
  .map((xs) => xs.join(''));

const SYMBOLS = ['£', '€', '$', '£££', 'year-old ', 'm ', '1,', '(', ')', '((((', '"', '“', '”', "'", '’', '-', '—', '.', ...PLACEHOLDERS, '£51m ', 'the ', 'Liverpool ', 'Aaa ', '1', ', and '];
const repeatedArb = fc
  .tuple(fc.option(sentenceArb), fc.array(fc.tuple(pick(SYMBOLS), fc.integer({ min: 1, max: 1500 })), { minLength: 1, maxLength: 3 }), fc.option(sentenceArb))
  .map(([before, runs, after]) => `${before ?? ''}${runs.map(([s, n]) => s.repeat(n)).join(' ')}${after ?? ''}`);

const eol = pick(['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r']);
const lineEndingArb = fc
  .array(fc.tuple(sentenceArb, eol, fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), eol), { minLength: 1, maxLength: 6 })
  .map((parts) =>
    parts
      .map(([s, end, breaks, inner]) =>
        s
          .split(' ')
          .map((w, i) => w + (breaks[i] ? inner : ' '))
          .join('')
          .trimEnd() + end,
      )
      .join(''),
  );

interface Generator {
  readonly name: string;
  readonly arb: fc.Arbitrary<string>;
  /** Runs of each property: more for cheap generators, fewer for big inputs. */
  readonly numRuns: number;
}

const GENERATORS: readonly Generator[] = [
  { name: 'arbitrary Unicode (astral, lone surrogates)', arb: unicodeArb, numRuns: 500 },
  { name: 'Unicode spliced into prose', arb: unicodeInProseArb, numRuns: 400 },
  { name: 'HTML fragments', arb: htmlArb, numRuns: 300 },
  { name: 'huge whitespace runs', arb: whitespaceArb, numRuns: 200 },
  { name: 'repeated symbols', arb: repeatedArb, numRuns: 250 },
  { name: 'mixed line endings', arb: lineEndingArb, numRuns: 300 },
  { name: 'realistic sentences', arb: articleArb, numRuns: 300 },
];

// ---------- the library's placeholder syntax in user text ----------

// Templates stand clubs and players as "⟦c1⟧", "⟦p0⟧"; the same marks in an article are plain text.
describe('placeholder syntax in user text', () => {
  it('gives schema-valid output for "⟦c1⟧ Aaa Aaa Aaa "', () => {
    const x = extract('⟦c1⟧ Aaa Aaa Aaa ');
    expect(ExtractionSchema.safeParse(x).success).toBe(true);
  });
  it('reads "⟦c0⟧" as text, like any other bracketed word', () => {
    const summary = (text: string) => extract(text).transfers.map((t) => [t.player, t.from, t.to, t.status]);
    expect(summary('Liverpool have signed ⟦c0⟧ defender Quentin Marsh.')).toEqual(summary('Liverpool have signed «c0» defender Quentin Marsh.'));
    expect(summary('Liverpool have signed ⟦c0⟧ defender Quentin Marsh.')).toEqual([['Quentin Marsh', null, 'Liverpool', 'completed']]);
  });
});

// ---------- properties ----------

/** Per-test time limit: generous, since the machine running the suite may be loaded. */
const LIMIT = 20_000 * RUNS;
const params = (numRuns: number): fc.Parameters<[string]> => ({ numRuns: Math.ceil(numRuns * RUNS), seed: SEED });

describe.each(GENERATORS)('extract over $name', ({ arb, numRuns }) => {
  it('never throws', () => {
    fc.assert(
      fc.property(arb, (text) => {
        extract(text);
      }),
      params(numRuns),
    );
  }, LIMIT);

  it('returns output that ExtractionSchema accepts', () => {
    fc.assert(
      fc.property(arb, (text) => {
        const result = ExtractionSchema.safeParse(extract(text));
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      params(numRuns),
    );
  }, LIMIT);

  it('grounds every span in the input', () => {
    let spans = 0;
    fc.assert(
      fc.property(arb, (text) => {
        const x = extract(text);
        spans += collectSpans(x).length;
        expect(badSpan(text, x)).toBeNull();
      }),
      params(numRuns),
    );
    // Guards against a vacuous pass: these generators contain club names, so spans must turn up.
    expect(spans).toBeGreaterThan(0);
  }, LIMIT);

  it('is deterministic, and a fresh extractor agrees', () => {
    const fresh = createExtractor();
    fc.assert(
      fc.property(arb, (text) => {
        const first = extract(text);
        expect(extract(text)).toEqual(first);
        expect(fresh.extract(text)).toEqual(first);
      }),
      params(Math.ceil(numRuns / 2)),
    );
  }, LIMIT);

  it('leaves its arguments alone', () => {
    fc.assert(
      fc.property(arb, (text) => {
        const call = { text, options: { date: '2024-05-01' } };
        const before = structuredClone(call);
        const x: Extraction = extract(call.text, call.options);
        expect(call).toEqual(before);
        expect(call.text).toBe(text);
        expect(x.date).toBe('2024-05-01');
        const when = new Date('2023-01-31T12:00:00Z');
        const frozen = Object.freeze({ date: when });
        expect(extract(text, frozen).date).toBe('2023-01-31');
        expect(when.getTime()).toBe(Date.UTC(2023, 0, 31, 12));
      }),
      params(Math.ceil(numRuns / 2)),
    );
  }, LIMIT);
});

describe('the generators', () => {
  // The properties above are only as good as their inputs: check they reach what they claim to.
  const sample = (arb: fc.Arbitrary<string>) => fc.sample(arb, { seed: SEED, numRuns: 300 });
  it('produce astral characters and lone surrogates', () => {
    const xs = sample(unicodeArb).join('');
    expect(xs).toMatch(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
    expect(xs).toMatch(/(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  it('produce whitespace runs of thousands of characters', () => {
    expect(Math.max(...sample(whitespaceArb).map((s) => s.length))).toBeGreaterThan(3000);
  });
  it('produce \\r, \\r\\n and \\n line endings', () => {
    const xs = sample(lineEndingArb).join('');
    expect(xs).toMatch(/\r(?!\n)/);
    expect(xs).toContain('\r\n');
    expect(xs).toMatch(/[^\r]\n/);
  });
});
