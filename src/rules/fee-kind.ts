/**
 * Fee kinds from context: the nearest cue before a sum (or right after it) decides whether it is a
 * fee, an asking price, a bid, a release clause, a valuation or wages.
 */
import type { FeeKind } from '../schema.js';
import { allMatches } from '../text.js';

const CUES: readonly [FeeKind, RegExp][] = [
  ['release-clause', /\b(?:release|buy-?out|buy-?back|exit|termination)[- ]clause\b|\bclause\b/gi],
  ['wages', /\b(?:wages?|salary|salaries|weekly|annual|earn(?:s|ing)?|pay packet|contract (?:reportedly |believed to be )?worth|finalized his contract|finalised his contract)\b/gi],
  ['valuation', /\b(?:values?|valued|valuation|market value|transfermarkt|rated|worth around|is worth)\b/gi],
  ['asking-price', /\b(?:asking price|demands?|demanding|demanded|want(?:s|ed)?(?: (?:at least|around))?|ask(?:ing|s)? for|(?:would|will|could|might|are willing to|is willing to|ready to) accept|let (?:him|the player|the \w+) (?:go|leave) for|hopes? to receive|price[- ]tag|available for|would cost|need to pay|needs to pay|set a price|quoted|insist(?:s|ing)? on|holding out for|at least)\b/gi],
  ['bid', /\b(?:bids?|offers?|offered|proposals?|approach|willing to pay|prepared to pay|ready to pay|tabled|submitted|opening offer)\b/gi],
  ['fee', /\b(?:fee|purchase option|option to buy|obligation to buy|buy option|paid|pay|deal (?:worth|for)|move|signing|sold|cost|for|transfer|swoop|outlay|received|earned|splashed out)\b/gi],
];

/** The kind of the sum at [start, end) inside `sentence` (offsets relative to the sentence). */
export function feeKind(sentence: string, start: number, end: number): FeeKind {
  const after = sentence.slice(end, end + 28);
  // "a €60m release clause, with €35m due up front": the part paid now is the fee.
  if (UP_FRONT.test(after)) return 'fee';
  // "£200,000 a week" (a period before the sum, "loaned for a season, with ... €4m", is no wage).
  if (WAGE_PERIOD.test(after)) return 'wages';
  for (const [kind, re] of CUES) {
    if (kind === 'fee') continue;
    re.lastIndex = 0;
    const m = re.exec(after);
    // ("a €40m offer", "their £25m bid": a bid word right after the sum; further on, "£30m, a
    // club-record bid" tells less)
    if (m && m.index < 16 && (kind !== 'bid' || m.index < 2)) return kind;
  }
  const before = sentence.slice(Math.max(0, start - 70), start);
  let best: FeeKind = 'fee';
  let bestAt = -1;
  for (const [kind, re] of CUES) {
    re.lastIndex = 0;
    for (const m of allMatches(re, before)) {
      const at = (m.index ?? 0) + m[0].length;
      // The nearest cue wins; a specific kind beats "fee" words at the same distance.
      if (at > bestAt + 2 || (at >= bestAt - 2 && best === 'fee' && kind !== 'fee')) {
        best = kind;
        bestAt = at;
      }
    }
  }
  return best;
}

const WAGE_PERIOD = /^\s*(?:\([^)]{0,20}\)\s*)?(?:-a-week|-a-year|a-week|(?:a|per|each|every) (?:week|year|annum|season|month))\b/i;
const UP_FRONT = /^\s*(?:\([^)]{0,20}\)\s*)?(?:(?:is |are |will be )?(?:due |paid )?(?:up ?front|upfront|initially|guaranteed)|(?:as an? )?(?:initial|guaranteed) (?:fee|payment|sum))\b/i;

/** A sum of add-ons ("a further €25m in add-ons"). */
export const ADD_ON_AFTER = /^\s*(?:\([^)]{0,20}\)\s*)?in (?:potential |possible |performance[- ]related )?(?:add-?ons|bonuses|variables|incentives)\b/i;

/** Sums that are not about a player's move: taxes, budgets, league caps, percentages. */
export const NOT_A_FEE = /\b(?:(?<!\b(?:after|before|net of) )tax(?:es)?|budget|salary cap|league[- ]maximum|cap(?:ped)? of|revenue|turnover|debt|loss(?:es)?|profit|sponsorship|prize money|stadium)\b/i;
