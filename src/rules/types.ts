/** What a rule stage finds: a span, its normalised value, and the rule that said so. */
import { allMatches } from '../text.js';
import { sortBy } from '../sorted.js';
export interface Finding<T = unknown> {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly value: T;
  readonly rule: string;
}

/** A rule as data: a pattern and how its match becomes a value (compromise's `{ match, tag, reason }`). */
export interface PatternRule<T> {
  readonly rule: string;
  readonly re: RegExp;
  readonly value: (groups: Record<string, string | undefined>) => T | null;
  /** Lower-case words the pattern cannot match without; the regex is skipped when none occurs. */
  readonly hint?: readonly string[];
  /**
   * How far before a hint word a match may start at most. With it, the pattern is tried only
   * there (see `anchoredMatches`) instead of over the whole text.
   */
  readonly reach?: number;
}

/** Where hint words start in a text (see `wordPositions`): filled by whoever finds them first. */
export interface HintHits {
  /** Where the word starts, every time; undefined when it has not been looked for. */
  get(word: string): readonly number[] | undefined;
  set(word: string, at: readonly number[]): unknown;
}

/**
 * Runs pattern rules over the whole text; every pattern must be global and backtrack-safe.
 * `lower` is the text in lower case (the caller's copy, when it has one, saves making another);
 * `hits`, where hint words stand in it, when the caller has found them (words it lacks are looked
 * for here, and added).
 */
export function runPatterns<T>(type: string, text: string, rules: readonly PatternRule<T>[], lower = text.toLowerCase(), hits: HintHits = new Map()): Finding<T>[] {
  const out: Finding<T>[] = [];
  for (const r of rules) {
    // (with a reach, finding the hint words is the anchored scan's own first step)
    if (r.hint && r.reach === undefined && !r.hint.some((h) => (hits.get(h)?.length ?? (lower.includes(h) ? 1 : 0)) > 0)) continue;
    const found = r.hint && r.reach !== undefined ? anchoredMatches(r.re, text, lower, r.hint, r.reach, hits) : allMatches(r.re, text);
    for (const m of found) {
      const value = r.value(m.groups ?? {});
      if (value === null) continue;
      const start = m.index ?? 0;
      out.push({ type, start, end: start + m[0].length, value, rule: r.rule });
    }
  }
  return sortBy(out, (a, b) => a.start - b.start);
}

/** Where `word` starts in `text`, every time, in order. */
export function positionsOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) out.push(k);
  return out;
}

const STICKY = new WeakMap<RegExp, RegExp>();
/** A sticky copy of a pattern (made once): it matches only where its `lastIndex` says. */
export function stickyOf(re: RegExp): RegExp {
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  return sticky;
}
/** A character `\w` matches (as `\b` sees it without the u flag). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The matches of a global pattern, exactly as a scan of the whole text finds them, when every
 * match holds one of `words` (found in `lower`, the text in lower case) at most `reach`
 * characters after its start: the pattern is tried only at the positions that allows, each once,
 * in order. The words' positions come from `hits` (one scan of the text for every rule family's
 * words) or else from `indexOf`; a pattern that starts with a number or a word boundary is
 * otherwise tried at every position of the text. A pattern that starts with
 * `\b` must go on with a word character (it is then not tried inside words). `hits` has the
 * words' positions when the caller found them, and keeps those found here for the next call.
 */
export function anchoredMatches(re: RegExp, text: string, lower: string, words: readonly string[], reach: number, hits?: HintHits): RegExpExecArray[] {
  // (a pattern with the u flag moves by code points; tried at every code unit, it could match
  // inside a surrogate pair where a scan would not)
  if (!re.global || re.unicode) throw new TypeError(`transfer-talk: anchoredMatches needs a global pattern without the u flag, got ${re}`);
  // (offsets in `lower` are offsets in `text` only when lower-casing kept every character's length)
  if (lower.length !== text.length) return allMatches(re, text);
  const at: number[] = [];
  for (const w of words) {
    let found = hits?.get(w);
    if (found === undefined) {
      found = positionsOf(lower, w);
      hits?.set(w, found);
    }
    for (const k of found) at.push(k);
  }
  const out: RegExpExecArray[] = [];
  if (at.length === 0) return out;
  if (words.length > 1) sortBy(at, (a, b) => a - b);
  const sticky = stickyOf(re);
  // A pattern that opens with a word boundary and a word character can start only where a word
  // does: the positions inside words are not tried.
  const wordStart = re.source.startsWith(String.raw`\b`);
  // Every position before `s` has been tried, or lies inside a match found.
  let s = 0;
  for (const a of at) {
    if (s < a - reach) s = a - reach;
    while (s <= a) {
      if (wordStart && s > 0 && isWordChar(text.charCodeAt(s - 1))) {
        s++;
        continue;
      }
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m === null) s++;
      else {
        out.push(m);
        s = m.index + (m[0].length || 1);
      }
    }
  }
  sticky.lastIndex = 0;
  return out;
}

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** "21" or "twenty-one"-free small number words ("six international games"). */
export const SMALL_NUMBER = String.raw`(?:\d{1,3}|${NUMBER_WORDS.join('|')})`;
export const toInt = (s: string | undefined): number | null => {
  if (s === undefined) return null;
  const w = NUMBER_WORDS.indexOf(s.toLowerCase());
  if (w >= 0) return w;
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : null;
};
