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
}

/**
 * Runs pattern rules over the whole text; every pattern must be global and backtrack-safe.
 * `lower` is the text in lower case (the caller's copy, when it has one, saves making another).
 */
export function runPatterns<T>(type: string, text: string, rules: readonly PatternRule<T>[], lower = text.toLowerCase()): Finding<T>[] {
  const out: Finding<T>[] = [];
  for (const r of rules) {
    if (r.hint && !r.hint.some((h) => lower.includes(h))) continue;
    for (const m of allMatches(r.re, text)) {
      const value = r.value(m.groups ?? {});
      if (value === null) continue;
      const start = m.index ?? 0;
      out.push({ type, start, end: start + m[0].length, value, rule: r.rule });
    }
  }
  return out.sort((a, b) => a.start - b.start);
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
