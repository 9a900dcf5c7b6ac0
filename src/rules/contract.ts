/**
 * Contract expiry. Two kinds matter: the player's current deal ("contracted until 2026", "his deal
 * expires in 2026", "out of contract next summer") and the new one a move brings ("signed a
 * contract until June 2025", "on a deal until 2029"). Resolution keeps the new one only for a
 * completed move. Relative phrases need the article date, and resolve to null without it.
 */
import { runPatterns, type Finding, type HintHits, type PatternRule } from './types.js';
import { sortBy } from '../sorted.js';

export interface ContractValue {
  readonly year: number | null;
  readonly kind: 'current' | 'new';
  /** For relative phrases: which year offset from the article's season. */
  readonly relative?: 'this-summer' | 'next-summer' | 'season-end' | 'next-season-end';
}

const MONTH = String.raw`(?:(?:the end of |end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december) )`;
const YEAR = String.raw`(?<y>20\d\d)`;
const UNTIL = String.raw`(?:until|till|to|through(?: to)?|in)\s(?:the summer of |the end of |${MONTH})?${YEAR}`;
const y = (kind: ContractValue['kind']) => (g: Record<string, string | undefined>): ContractValue => ({ year: Number(g.y), kind });

// Words each rule cannot match without (the rest need "contract", "deal", "tied" or "free agent").
const HINTS: Readonly<Record<string, readonly string[]>> = {
  'contract/contracted-until': ['contracted', 'under contract', 'tied down'],
  'contract/end-of-deal': ['end of'],
  'contract/valid-until': ['will be valid'],
  'contract/tied-until': ['will be tied to'],
};

// How far before its hint word a match may start ("put pen to paper on a ... deal": up to 90).
const REACH: Readonly<Record<string, number>> = {
  'contract/new-deal': 90,
  'contract/valid-until': 10,
  'contract/out-of-contract': 10,
};

export const CONTRACT_RULES: PatternRule<ContractValue>[] = ([
  { rule: 'contract/contracted-until', re: new RegExp(String.raw`\b(?:contracted|under contract|tied down)\b[^.;]{0,40}?\b${UNTIL}\b`, 'gi'), value: y('current') },
  {
    rule: 'contract/expires',
    re: new RegExp(String.raw`\b(?:contract|deal)\b[^.;]{0,50}?\b(?:expires?|expiring|runs? out|running out|runs? (?=until|till|to|through)|running (?=until|till|to)|lasts?|ends?|ending|due to run|set to run out|set to expire)\b[^.;]{0,12}?\b(?:in |at the end of |until |in the summer of |${MONTH})?${YEAR}\b`, 'gi'),
    value: y('current'),
  },
  { rule: 'contract/end-of-deal', re: new RegExp(String.raw`\bend of (?:his|her|the) (?:current )?(?:contract|deal) in ${YEAR}\b`, 'gi'), value: y('current') },
  {
    rule: 'contract/new-deal',
    re: new RegExp(String.raw`\b(?:sign(?:ed|s|ing)?|pen(?:ned|s)?|agreed?|put pen to paper on|tied to [^.;]{1,40}?|on|initial)\b[^.;]{0,30}?\b(?:contract|deal)\b[^.;]{0,30}?\b${UNTIL}\b`, 'gi'),
    value: y('new'),
  },
  { rule: 'contract/valid-until', re: new RegExp(String.raw`\bcontract will be valid ${UNTIL}\b`, 'gi'), value: y('new') },
  { rule: 'contract/tied-until', re: new RegExp(String.raw`\bwill be tied to [^.;]{1,40}? ${UNTIL}\b`, 'gi'), value: y('new') },
  {
    rule: 'contract/out-of-contract',
    re: /\b(?:out of contract|(?:contract|deal) (?:expires|ends|runs out|is up)|become a free agent)\b[^.;]{0,12}?\b(?<when>this summer|next summer|at the end of (?:the|this) season|at the end of next season|next year)\b/gi,
    value: (g) => {
      const w = (g.when ?? '').toLowerCase();
      const relative = w === 'this summer' ? 'this-summer' : w === 'next summer' || w === 'next year' ? 'next-summer' : w.includes('next season') ? 'next-season-end' : 'season-end';
      return { year: null, kind: 'current', relative };
    },
  },
] as PatternRule<ContractValue>[]).map((r) => ({ ...r, hint: HINTS[r.rule] ?? ['contract', 'deal', 'tied', 'free agent'], reach: REACH[r.rule] ?? 0 }));

/** The year a relative phrase means, given the article date. */
export function resolveRelative(v: ContractValue, date: string | null): number | null {
  if (v.year !== null || !v.relative) return v.year;
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // A season ends in the summer: from July on, "the end of the season" is next year's.
  const seasonEnd = month >= 7 ? year + 1 : year;
  switch (v.relative) {
    case 'this-summer':
      return month >= 9 ? year + 1 : year;
    case 'next-summer':
      return year + 1;
    case 'season-end':
      return seasonEnd;
    case 'next-season-end':
      return seasonEnd + 1;
  }
}

export function findContracts(text: string, lower?: string, hits?: HintHits): Finding<ContractValue>[] {
  const all = sortBy(runPatterns('contract', text, CONTRACT_RULES, lower, hits), (a, b) => a.start - b.start || b.end - a.end);
  return all.filter((f, i) => !all.slice(0, i).some((g) => g.start <= f.start && f.end <= g.end));
}
