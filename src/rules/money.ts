/**
 * Money recogniser: finds sums of money and normalises them to ISO 4217 and major units.
 * "€60m (£51m)" is one sum in two currencies; "£40-50m" and "£1m to £1.5m" are two sums.
 * The patterns are built from named pieces, each quantifier bounded, so no input backtracks badly.
 */
import currency from 'currency.js';
import type { Money } from '../schema.js';
import { positionsOf, stickyOf, type HintHits } from './types.js';
import { lowerBound, sortBy } from '../sorted.js';

export interface MoneyFound {
  readonly start: number;
  readonly end: number;
  /** Each sum found here; a range gives two, each possibly in several currencies. */
  readonly sums: Money[][];
  /** Whether the sum came with "plus add-ons", "rising to", "+". */
  readonly plus: boolean;
}

const SYMBOLS: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '$': 'USD', 'us$': 'USD', 's$': 'SGD', 'a$': 'AUD', 'c$': 'CAD', 'r$': 'BRL',
  'hk$': 'HKD', '¥': 'JPY', eur: 'EUR', gbp: 'GBP', usd: 'USD', brl: 'BRL', chf: 'CHF', sgd: 'SGD',
  aud: 'AUD', cad: 'CAD', jpy: 'JPY', sar: 'SAR', aed: 'AED', cny: 'CNY', sek: 'SEK', nok: 'NOK',
  dkk: 'DKK', try: 'TRY', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP',
  dollar: 'USD', dollars: 'USD', reais: 'BRL', real: 'BRL', francs: 'CHF', riyals: 'SAR',
};
const MULT: Record<string, number> = { m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, bn: 1e9, billion: 1e9, k: 1e3, thousand: 1e3 };
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const SYM = String.raw`(?:US\$|S\$|A\$|C\$|R\$|HK\$|\$|€|£|¥)`;
/** ISO codes a sum may open with ("EUR 30m"), in lower case. */
export const CURRENCY_CODES = ['eur', 'gbp', 'usd', 'brl', 'chf', 'sgd', 'aud', 'cad', 'jpy', 'sar', 'aed', 'cny', 'sek', 'nok', 'dkk'];
const CODE = String.raw`(?:${CURRENCY_CODES.map((c) => c.toUpperCase()).join('|')})(?=\s?\d)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,3})?|\d{1,6}(?:\.\d{1,3})?)`;
const WORDNUM = String.raw`(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).reverse().join('|')}|a hundred|one hundred|a|half a)`;
const MUL = String.raw`(?:million|billion|thousand|mln|mn|bn|m|k)(?![a-z])`;
const CUR_WORD = String.raw`(?:euros?|pounds(?: sterling)?|pound|dollars?|reais|francs|riyals)(?![a-z])`;
const DASH = String.raw`\s?(?:-|–|to)\s?`;

// Symbol first: "€60m", "£1million to £1.5million", "£40-50m", "BRL 30m".
const PREFIXED = String.raw`(?<cur>${SYM}|${CODE})\s?(?<n1>${NUM})(?:\s?(?<m1>${MUL}))?(?:${DASH}(?:${SYM})?(?<n2>${NUM})(?:\s?(?<m2>${MUL}))?)?`;
// Currency word last: "800,000 Euros", "40 million pounds", "forty million pounds", "55m euros".
const SUFFIXED = String.raw`(?<w1>${NUM}|${WORDNUM})(?:\s?(?<wm1>${MUL}))?(?:${DASH}(?<w2>${NUM})(?:\s?(?<wm2>${MUL}))?)?\s(?<wcur>${CUR_WORD})`;
// Two patterns, not one alternation: the currency-word form starts with any number or number
// word, so it is run only when a currency word occurs at all. Neither has the 'u' flag (with 'i',
// it makes irregexp several times slower); "not after a letter or digit" is checked in code.
export const PREFIXED_RE = new RegExp(PREFIXED, 'gi');
const SUFFIXED_RE = new RegExp(SUFFIXED, 'gi');
export const CURRENCY_WORDS = ['euro', 'pound', 'dollar', 'reais', 'franc', 'riyal'];

/** Whether a currency word stands in the (lower-case) text as a word of its own: "euros", not "European". */
function hasCurrencyWord(lower: string, hits?: HintHits): boolean {
  for (const w of CURRENCY_WORDS) {
    for (const at of hits?.get(w) ?? positionsOf(lower, w)) {
      let end = at + w.length;
      if (lower.charCodeAt(end) === 115) end++; // "s"
      const c = lower.charCodeAt(end);
      if (!(c >= 97 && c <= 122)) return true;
    }
  }
  return false;
}
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const PLUS_RE = /^(?:\+|\s?(?:-|–)?\s?plus\b|\s(?:plus|with) (?:add-?ons|bonuses|extras)|\s?-plus)/i;
// The gap between a sum and its equivalent in another currency: "€60m (£51m)", "£60m/$77m".
const EQUIV_GAP = /^\s?[(/]\s?$|^\s?\/\s?$|^\s?,\s?$/;

function wordValue(w: string): number | null {
  const s = w.toLowerCase().replace(/-/g, ' ').trim();
  if (s === 'a' || s === 'one hundred' || s === 'a hundred') return s === 'a' ? 1 : 100;
  if (s === 'half a') return 0.5;
  const parts = s.split(' ');
  let n = 0;
  for (const p of parts) {
    const u = UNITS.indexOf(p);
    const t = TENS.indexOf(p);
    if (u > 0) n += u;
    else if (t > 1) n += t * 10;
    else return null;
  }
  return n;
}

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  // (digits, thousands commas and at most three decimals: the NUM pattern allows nothing else, so
  // dropping the commas is the whole parse; currency.js would build two RegExps per string)
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return Number(raw.includes(',') ? raw.replaceAll(',', '') : raw);
  return wordValue(raw);
}

const PRECISION = { precision: 3 };
function amount(n: number, mult: string | undefined): number {
  const m = mult ? MULT[mult.toLowerCase()] ?? 1 : 1;
  // (a whole number times a power of ten is exact as it is, as long as it stays a safe integer in
  // thousandths, as currency.js counts: no object needed)
  if (Number.isInteger(n) && n * m * 1000 <= Number.MAX_SAFE_INTEGER) return n * m;
  // currency.js keeps the arithmetic exact: 37.3 × 1e6 is 37300000, not 37299999.999.
  return currency(n, PRECISION).multiply(m).value;
}

interface Atom {
  start: number;
  end: number;
  currency: string;
  values: number[];
}

/**
 * Adds to `out` the matches of `re` that do not start inside a word, as a lookbehind
 * `(?<![\p{L}\p{N}])` would. With `starts` (sorted), every position a match may start at, the
 * pattern is tried there only, and finds what the scan of the whole text finds.
 */
function freeStanding(re: RegExp, text: string, out: RegExpExecArray[], starts?: readonly number[]): RegExpExecArray[] {
  let s = 0;
  let k = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (starts === undefined) {
      re.lastIndex = s;
      m = re.exec(text);
    } else {
      const sticky = stickyOf(re);
      for (; k < starts.length && m === null; k++) {
        if ((starts[k] as number) < s) continue;
        sticky.lastIndex = starts[k] as number;
        m = sticky.exec(text);
      }
    }
    if (m === null) break;
    if (m.index > 0 && WORD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) s = m.index + 1;
    else {
      out.push(m);
      s = m.index + (m[0].length || 1);
    }
    // (a later start is tried from `s` on; one passed over inside this match is skipped)
    k = starts === undefined ? k : lowerBound(starts, s, (x) => x);
  }
  re.lastIndex = 0;
  return out;
}

const SIGN = /[$€£¥]/g;

/**
 * Every position a sum in symbol form may start at: on a currency sign, or one or two letters
 * before it ("S$", "HK$"), or at an ISO code. Undefined when there are more than `limit` of them.
 */
export function symbolStarts(text: string, lower: string, hits?: HintHits, limit = Infinity): number[] | undefined {
  const out: number[] = [];
  // (a pattern finds the signs: a loop over the characters costs several times more)
  SIGN.lastIndex = 0;
  for (let m = SIGN.exec(text); m !== null; m = SIGN.exec(text)) {
    if (out.length >= limit) {
      SIGN.lastIndex = 0;
      return undefined;
    }
    out.push(m.index - 2, m.index - 1, m.index);
  }
  for (const code of CURRENCY_CODES) for (const at of hits?.get(code) ?? positionsOf(lower, code)) out.push(at);
  if (out.length > limit) return undefined;
  sortBy(out, (a, b) => a - b);
  // (sorted: each position once, none before the text)
  let n = 0;
  for (const k of out) if (k >= 0 && (n === 0 || k !== out[n - 1])) out[n++] = k;
  out.length = n;
  return out;
}

/** Both patterns' matches, leftmost first, the symbol form first at one position, none overlapping. */
function moneyMatches(text: string, lower: string, hits?: HintHits): RegExpExecArray[] {
  // (the symbol form is tried only where it may start: a pattern opening with an alternation of
  // signs and codes is otherwise tried at every position of the text)
  // (where the signs stand thick, "€€€€...", one scan of the whole text is the cheaper)
  const found = freeStanding(PREFIXED_RE, text, [], lower.length === text.length ? symbolStarts(text, lower, hits, text.length / 16) : undefined);
  if (hasCurrencyWord(lower, hits)) freeStanding(SUFFIXED_RE, text, found);
  sortBy(found, (a, b) => a.index - b.index || (a.groups?.cur ? 0 : 1) - (b.groups?.cur ? 0 : 1));
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const m of found) {
    if (m.index < end) continue;
    out.push(m);
    end = m.index + m[0].length;
  }
  return out;
}

function atoms(text: string, lower: string, hits?: HintHits): Atom[] {
  const out: Atom[] = [];
  for (const m of moneyMatches(text, lower, hits)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const cur = SYMBOLS[(g.cur ?? g.wcur ?? '').toLowerCase()];
    if (!cur) continue;
    const n1 = toNumber(g.n1 ?? g.w1);
    const n2 = toNumber(g.n2 ?? g.w2);
    const m2 = g.m2 ?? g.wm2;
    const m1 = g.m1 ?? g.wm1 ?? (n2 !== null ? m2 : undefined);
    if (n1 === null) continue;
    // "146 pounds" is a weight, "90 minutes" never matches: a sum named by a currency word
    // needs a multiplier or four figures.
    if (g.wcur && !m1 && n1 < 1000) continue;
    // "a pounds" is no sum: number words need a multiplier ("forty million pounds").
    if (g.w1 && !/^\d/.test(g.w1) && !m1) continue;
    const values = [amount(n1, m1)];
    if (n2 !== null) values.push(amount(n2, m2));
    if (values.some((v) => v <= 0)) continue;
    out.push({ start, end, currency: cur, values });
  }
  return out;
}

/**
 * Every sum of money in `text`, with equivalents in other currencies folded into one finding.
 * (`lower`: the text in lower case, when the caller has it already.)
 */
export function findMoney(text: string, lower = text.toLowerCase(), hits?: HintHits): MoneyFound[] {
  const list = atoms(text, lower, hits);
  const out: MoneyFound[] = [];
  for (let i = 0; i < list.length; i++) {
    const first = list[i] as Atom;
    const group = [first];
    let end = first.end;
    while (i + 1 < list.length) {
      const next = list[i + 1] as Atom;
      if (!EQUIV_GAP.test(text.slice(end, next.start)) || next.values.length !== first.values.length) break;
      group.push(next);
      end = next.end;
      i++;
    }
    if (group.length > 1 && text[first.start - 1] !== '(' && /^\s?\)/.test(text.slice(end))) end = text.indexOf(')', end) + 1;
    const sums = first.values.map((_, k) => group.map((a) => ({ currency: a.currency, amount: a.values[k] as number })));
    const plus = PLUS_RE.test(text.slice(first.end, first.end + 24));
    out.push({ start: first.start, end, sums, plus });
  }
  return out;
}
