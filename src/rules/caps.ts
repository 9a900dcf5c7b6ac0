/**
 * Senior international caps: "21-cap", "capped 21 times", "21 caps", "six international games",
 * "19 appearances with Spain's national team", "yet to be capped" (0). Youth caps do not count:
 * a match preceded by "U21", "Under-21" or "youth" is dropped.
 */
import { runPatterns, SMALL_NUMBER, toInt, type Finding, type HintHits, type PatternRule } from './types.js';

const n = (g: Record<string, string | undefined>) => toInt(g.n);
export const CAPS_RULES: PatternRule<number>[] = [
  { rule: 'caps/n-cap', re: /\b(?<n>\d{1,3})-cap\b/gi, value: n, hint: ['-cap'], reach: 4 },
  { rule: 'caps/capped-n-times', re: new RegExp(String.raw`\bcapped (?<n>${SMALL_NUMBER}) times\b`, 'gi'), value: n, hint: ['capped'], reach: 0 },
  { rule: 'caps/n-caps', re: new RegExp(String.raw`\b(?<n>${SMALL_NUMBER}) (?:senior |international )?caps\b`, 'gi'), value: n, hint: ['caps'], reach: 30 },
  {
    rule: 'caps/international-games',
    re: new RegExp(String.raw`\b(?<n>${SMALL_NUMBER}) (?:senior )?international (?:games|matches|appearances)\b`, 'gi'),
    value: n,
    hint: ['international games', 'international matches', 'international appearances'],
    reach: 20,
  },
  {
    rule: 'caps/national-team',
    re: new RegExp(String.raw`\b(?<n>${SMALL_NUMBER}) (?:appearances|games|matches) (?:for|with) (?:his country|(?:the|[a-z\u00C0-\u024F]{3,21}['’]s) national (?:team|side))`, 'gi'),
    value: n,
    hint: ['national team', 'national side', 'his country'],
    reach: 60,
  },
  { rule: 'caps/uncapped', re: /\b(?:yet to (?:be capped|win (?:a|his first) (?:senior )?cap)|uncapped)\b/gi, value: () => 0, hint: ['yet to', 'uncapped'], reach: 0 },
];

const YOUTH = /(?:\bU-?\d{2}|\bunder[- ]\d{2}|\byouth|\bjunior)[^.]{0,25}$/i;

export function findCaps(text: string, lower?: string, hits?: HintHits): Finding<number>[] {
  return runPatterns('caps', text, CAPS_RULES, lower, hits).filter((f) => !YOUTH.test(text.slice(Math.max(0, f.start - 30), f.start)));
}
