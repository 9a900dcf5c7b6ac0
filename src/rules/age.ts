/** Ages: "the 23-year-old", "aged 23", "Kossounou, 23,", "Furuhashi (26)", "just 20 years old". */
import { runPatterns, toInt, type Finding, type HintHits, type PatternRule } from './types.js';

// Footballers in transfer news are 15 to 42; "a 5-year-old club record" is not an age.
const plausible = (g: Record<string, string | undefined>): number | null => {
  const n = toInt(g.n);
  return n !== null && n >= 14 && n <= 42 ? n : null;
};

export const AGE_RULES: PatternRule<number>[] = [
  { rule: 'age/year-old', re: /\b(?<n>\d{2})[-\s]years?[-\s]old\b/gi, value: plausible, hint: ['old'], reach: 12 },
  { rule: 'age/aged', re: /\baged (?<n>\d{2})\b/gi, value: plausible, hint: ['aged'], reach: 0 },
  // The lookbehinds stand after the first character: a pattern that starts with a literal is
  // scanned for fast, one that starts with a lookbehind is tried at every position.
  { rule: 'age/apposition', re: /,(?<=\p{L},)\s(?<n>\d{2}),\s/gu, value: plausible },
  { rule: 'age/bracket', re: /\((?<=\p{L}\s\()(?<n>\d{2})\)/gu, value: plausible },
  { rule: 'age/turned', re: /\bturned (?<n>\d{2})\b/gi, value: plausible, hint: ['turned'], reach: 0 },
];

export const findAges = (text: string, lower?: string, hits?: HintHits): Finding<number>[] => runPatterns('age', text, AGE_RULES, lower, hits);
