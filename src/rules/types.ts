/** What a rule stage finds: a span, its normalised value, and the rule that said so. */
import { allMatches } from '../text.js';
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
export type HintHits = Map<string, readonly number[]>;

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
  return out.sort((a, b) => a.start - b.start);
}

/** Where `word` starts in `text`, every time, in order. */
export function positionsOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) out.push(k);
  return out;
}

/**
 * The matches of a global pattern, exactly as a scan of the whole text finds them, when every
 * match holds one of `words` (found in `lower`, the text in lower case) at most `reach`
 * characters after its start: the pattern is looked for only from where that allows, in order. Finding the words costs a few `indexOf` calls; a pattern that starts with a number or
 * a word boundary is otherwise tried at every position of the text. `hits` has the words'
 * positions when the caller found them, and keeps those found here for the next call.
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
  if (words.length > 1) at.sort((a, b) => a - b);
  // Every position before `s` has been tried, or lies inside a match found. `next` is the
  // leftmost match from where it was last looked for (null: none), kept while it may still be
  // wanted: one scan finds it however far off it is, where a try at each position of the reach
  // cost a call each.
  let s = 0;
  let next: RegExpExecArray | null | undefined;
  for (const a of at) {
    if (s < a - reach) s = a - reach;
    while (s <= a) {
      if (next === undefined || (next !== null && next.index < s)) {
        re.lastIndex = s;
        next = re.exec(text);
      }
      // (it was looked for from no later than s: none starts in [s, a] unless it does)
      if (next === null || next.index > a) break;
      out.push(next);
      s = next.index + (next[0].length || 1);
      next = undefined;
    }
  }
  re.lastIndex = 0;
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
