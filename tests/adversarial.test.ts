/**
 * Hostile inputs (issue 5, robustness): `extract` finishes in bounded time on text built to hurt
 * it (runs of symbols, huge whitespace, thousands of capitalised words, nested quotes, a megabyte
 * article, the library's own ⟦c1⟧ placeholder syntax, and the attack strings the regex audit in
 * tests/regex-audit.test.ts reports, embedded in ordinary text), and its spans stay grounded.
 *
 * Budgets: each case's time was measured on the project's 2-core machine (the figure in its
 * comment, warm) and given ~5x headroom, at least 500 ms, so a loaded machine does not flake.
 * A case that is slow because of a known vulnerable regex is marked `fails` with the regex named:
 * once src/ is fixed it starts failing, and the marker goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, ExtractionSchema, type Extraction } from '../src/index.js';
import { badSpan, realisticText } from './robustness-helpers.js';

const SENTENCE = 'Liverpool have agreed a £51m fee with Chelsea for the 23-year-old defender Quentin Marsh, according to the Guardian.';

interface Case {
  readonly name: string;
  readonly text: () => string;
  /** Milliseconds allowed. */
  readonly budget: number;
  /** Extra checks on the output. */
  readonly check?: (x: Extraction, text: string) => void;
  /** A known vulnerable regex makes this case slow: the test documents it until src/ is fixed. */
  readonly pendingFix?: string;
}

/** Asserts that SENTENCE, embedded in hostile text, still yields its clubs and its player. */
function expectSentenceFound(x: Extraction, text: string): void {
  expect(x.clubs.map((c) => c.name)).toEqual(expect.arrayContaining(['Liverpool', 'Chelsea']));
  const marsh = x.players.find((p) => p.name === 'Quentin Marsh');
  expect(marsh?.mentions.map((m) => m.start)).toContain(text.lastIndexOf('Quentin Marsh'));
}

/** `x` with every span moved `by` characters on: what a prefix of blank text should do to it. */
function shifted<T>(x: T, by: number): T {
  if (Array.isArray(x)) return x.map((v: unknown) => shifted(v, by)) as T;
  if (x === null || typeof x !== 'object') return x;
  const o = Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shifted(v, by)])) as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    o.start += by;
    o.end += by;
  }
  return o as T;
}

const CASES: readonly Case[] = [
  // ---------- the list ----------
  { name: '200 KB of "£££…"', text: () => '£'.repeat(200_000), budget: 1000 }, // 145 ms
  // (every sum is read, kinded and given a mention: a cost per sum, linear, not a blow-up)
  { name: '"$1m " × 25k (100 KB, all sums)', text: () => '$1m '.repeat(25_000), budget: 3000 }, // 560 ms
  { name: '"year-old " × 20k', text: () => 'year-old '.repeat(20_000), budget: 500 }, // 60 ms
  { name: '"((((" × 50k', text: () => '(((('.repeat(50_000), budget: 500 }, // 55 ms
  {
    name: '100k spaces, then a sentence',
    text: () => ' '.repeat(100_000) + SENTENCE,
    budget: 500, // 20 ms
    check: (x, text) => {
      expectSentenceFound(x, text);
      // Leading blanks move every span and change nothing else.
      expect(x).toEqual(shifted(extract(SENTENCE), 100_000));
    },
  },
  {
    name: 'a 1 MB article of realistic sentences',
    text: () => realisticText(1_000_000),
    budget: 7000, // 1.3 s (the fixtures repeated to 1 MB: 1.5 s)
    check: (x) => expect(x.clubs.length).toBeGreaterThan(3),
  },
  {
    name: '50k capitalised words ("Aaa Bbb Ccc …")',
    text: () => Array.from({ length: 50_000 }, (_, i) => ['Aaa', 'Bbb', 'Ccc', 'Ddd', 'Eee'][i % 5]).join(' '),
    budget: 1500, // 310 ms
  },
  { name: '"€1,1,1,1,…" (100 KB)', text: () => `€${'1,'.repeat(50_000)}1`, budget: 500 }, // 45 ms
  {
    name: '5k nested quotes around a sentence',
    text: () => `${'“‘"\''.repeat(1250)}${SENTENCE}${'\'"’”'.repeat(1250)}`,
    budget: 500, // 15 ms
    check: expectSentenceFound,
  },
  {
    name: '"⟦c1⟧" × 20k (the library\'s own placeholder syntax)',
    text: () => '⟦c1⟧ '.repeat(20_000),
    budget: 1000, // 120 ms (200 ms beside the other suites)
    check: (x) => expect(x.clubs).toEqual([]),
  },
  {
    name: 'placeholders mixed with real names',
    text: () => `${'Liverpool ⟦c0⟧ want Quentin Marsh ⟦p0⟧, ⟦p1⟧ and ⟦c9⟧. '.repeat(2000)}${SENTENCE}`,
    budget: 2000, // 380 ms
  },
  // ---------- attack strings from the regex audit, embedded in ordinary text ----------
  // recheck's attack strings for src/ regexes that run on a bounded slice (40 characters either side
  // of a name) or whose polynomial is bounded by `{0,220}`-style quantifiers cost 2-100 ms here:
  // V8 handles them; these cases keep it so.
  {
    // src/resolve/entities.ts SOURCE_CUE_AFTER (3rd degree): "' R " + spaces + "T" after an outlet.
    name: 'audit: spaces after an outlet name',
    text: () => `Liverpool want Quentin Marsh, according to the Guardian' R ${' '.repeat(20_000)}T. ${SENTENCE}`,
    budget: 500,
    check: expectSentenceFound,
  },
  {
    // src/resolve/entities.ts POSSESSOR (2nd degree): a long word ending "'s " before a name.
    name: "audit: 50k letters ending in 's before a name",
    text: () => `${'s'.repeat(50_000)}'s Quentin Marsh is wanted by Liverpool. ${SENTENCE}`,
    budget: 500,
    check: expectSentenceFound,
  },
  {
    // src/resolve/entities.ts CREDIT_BEFORE (2nd degree): "PHOTO:" + tabs + "CREDIT" before a name.
    name: 'audit: photo credit with 50k tabs',
    text: () => `PHOTO:${'\t'.repeat(50_000)}\tCREDIT Ilkka Vantanen. ${SENTENCE}`,
    budget: 500,
    check: expectSentenceFound,
  },
  {
    // src/resolve/relations.ts buyer/subject (3rd degree, fuzz): ':' + '-- ⟦c0⟧c' × n, with a
    // player; once with real club names, once with the placeholder typed in.
    name: 'audit: "-- Liverpool c" × 1000 in one sentence with a player',
    text: () => `Quentin Marsh: ${'-- Liverpool c '.repeat(1000)}Quentin Marsh. ${SENTENCE}`,
    budget: 500,
  },
  {
    name: 'audit: ":-- ⟦c0⟧c" × 1000 typed in, with a player',
    text: () => `Quentin Marsh:${'-- ⟦c0⟧c'.repeat(1000)} Quentin Marsh. ${SENTENCE}`,
    budget: 500,
  },
  {
    // src/resolve/relations.ts suitor/also-interested (3rd degree, fuzz): club lists joined by "&" and ",".
    name: 'audit: "Liverpool & Chelsea, Arsenal, …" × 600',
    text: () => `Liverpool, ${'Liverpool & Chelsea, Arsenal, Celtic, Ajax, Napoli, Benfica, Kilmarnock, '.repeat(600)}n want Quentin Marsh. ${SENTENCE}`,
    budget: 500,
  },
  {
    // src/resolve/relations.ts to/listed-moves (3rd degree, fuzz): ", ⟦p0⟧ to ⟦c0⟧" lists after "moves of".
    name: 'audit: "the moves of , Quentin Marsh to Chelsea" × 700',
    text: () => `The moves of ${', Quentin Marsh to Chelsea transfe'.repeat(700)}l. ${SENTENCE}`,
    budget: 500,
  },
  {
    // src/rules/money.ts (3rd degree, fuzz): 'M–0,000,000,000,000' × 780.
    name: 'audit: "M–0,000,000,000,000" × 780 after a currency sign',
    text: () => `Liverpool bid £A${'M–0,000,000,000,000'.repeat(780)}N for Quentin Marsh. ${SENTENCE}`,
    budget: 500,
    check: expectSentenceFound,
  },
  {
    // currency.js /\((.*)\)/ (2nd degree): '(' × n + '\n()' next to a fee.
    name: 'audit: "(" × 50k next to a fee (currency.js)',
    text: () => `Liverpool bid £51m ${'('.repeat(50_000)}\n() for Quentin Marsh. ${SENTENCE}`,
    budget: 500,
    check: expectSentenceFound,
  },
  {
    // src/resolve/template.ts PLAYER_LIST_RE (2nd degree until its word lengths were bounded):
    // `[a-z]+-footed ` was tried at every letter of a long word, in any sentence naming two players:
    // 60k letters took 3.3 s, 200 KB ~ 40 s. Now ~30 ms.
    name: 'audit: a 60k-letter word in a sentence naming two players',
    text: () => `Liverpool have signed defender Quentin Marsh and striker Tomas Velkoro from Chelsea ${'a'.repeat(60_000)} today. ${SENTENCE}`,
    budget: 800,
  },
];

const timings: string[] = [];

beforeAll(() => {
  extract(SENTENCE); // the first call builds the gazetteer: keep it out of every budget
});

afterAll(() => {
  console.info(`extract times (ms, budget):\n${timings.join('\n')}`);
});

describe('extract on hostile input', () => {
  for (const c of CASES) {
    const test = c.pendingFix ? it.fails : it;
    const title = c.pendingFix ? `${c.name} (pending fix: ${c.pendingFix})` : c.name;
    test(
      title,
      () => {
        const text = c.text();
        const t0 = performance.now();
        const x = extract(text);
        const ms = performance.now() - t0;
        timings.push(`${ms.toFixed(0).padStart(6)} ${String(c.budget).padStart(6)}  ${c.name} (${text.length} chars)`);
        expect(ms, `${c.name}: ${ms.toFixed(0)} ms for ${text.length} characters`).toBeLessThan(c.budget);
        expect(badSpan(text, x)).toBeNull();
        expect(ExtractionSchema.safeParse(x).success).toBe(true);
        c.check?.(x, text);
      },
      Math.max(30_000, c.budget * 3),
    );
  }
});
