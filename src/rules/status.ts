/**
 * Status cues: the words that place a story on the ladder interest → talks → bid → agreed →
 * completed, or mark it off. Hypothetical offers ("an offer of €60m could seal the deal",
 * "set to make an opening offer") do not make a bid; negated cues ("no formal bids") count for nothing.
 */
import type { Status } from '../schema.js';
import { allMatches } from '../text.js';
import { alternativesOf, byFirstLetter } from '../factor.js';
import { lastOf } from '../sorted.js';

interface Cue {
  readonly status: Status;
  readonly re: RegExp;
}

const CUES: readonly Cue[] = [
  { status: 'off', re: /\b(?:opted not to|decided against|abandon(?:ed|s)?|collapsed?|fell apart|fall apart|broke down|broken down|pulled out|walked away|no longer (?:interested|wanted)|not for sale|called off|cool(?:ed)? (?:its|their) interest|ended (?:their|its) interest|snubbed|miss(?:ed)? out|lost out|failed to (?:agree|reach)|denied (?:any )?(?:interest|talks|contact)|failed (?:his |a |the )?medical)\b/gi },
  { status: 'completed', re: /\b(?:complet(?:e|ed|es|ing) (?:the |a |his |their )?(?:signing|move|transfer|deal|switch|capture)|(?:has|have|had) (?:officially |now |just |also |already |recently |finally |so far )?(?:signed|joined|sold|bought|snapped up|added|landed|secured|completed)|(?:following|after) the (?:transfers?|sales?|departures?) of|signed (?:for|with|a \S+[- ]year|a contract|a deal|a \S+ deal)|joined|joins|seal(?:ed|s) (?:a|his|the) (?:move|switch|transfer)|announced (?:the signing|the deal|the arrival|the capture)|(?:move|transfer|deal|signing|switch) (?:was |has been |had been )?(?:officially )?(?:announced|confirmed|completed)|announce the signing|confirmed (?:the signing|the arrival|the transfer)|(?:was|were|been) (?:sold|signed|bought|confirmed)|departed|departure of|left (?:the club|for|⟦c\d+)|(?:have|has|had) (?:\w+ )?(?:sought|found) (?:pastures new|new pastures|a new challenge|a fresh start)|(?:have|has|had|already) (?:already |just )?lost (?!out\b)(?:[a-z-]+ ){0,5}?⟦p\d+|sold to|splashed out|earned £?\S* for|arriving as|arrives? in|official(?:ly)? (?:announced|confirmed|unveiled|joined|signed)|signed|permanently|summer signings?|(?:after|following) (?:the [a-z-]+ )?⟦p\d+(?<=to (?:join|sign for|arrive at) ⟦c\d+⟧[^.;⟦]{0,30}(?:after|following) (?:the [a-z-]+ )?⟦p\d+)|made (?:[\w-]+ ){0,5}?signings|signings? (?:so far|this summer)|triggered)\b/gi },
  { status: 'agreed', re: /\b(?:agreed|agreement|here we go|medical|deal (?:was )?struck|struck a deal|reached a deal|verbal(?:ly)? (?:agreement|agreed)|personal terms|green[- ]light|will join|set to join|is to join|pre-contract|to be confirmed|concluding a deal|deal (?:is|was) (?:done|close|agreed))\b/gi },
  { status: 'bid', re: /\b(?:(?:made|submitted|tabled|lodged|launched|sent|placed|had) (?:an? |their |his |its )?(?:\S+ ){0,3}?(?:bid|offer|proposal)|(?:bid|offer|proposal)s? (?:of \S+ )?(?:was |were |has been |had been )?(?:rejected|knocked back|turned down|accepted|refused|submitted|made)|(?:rejected|turned down|knocked back|refused|accepted) (?:an? |their |the |his )?(?:\S+ ){0,3}?(?:bid|offer|proposal)|have bid|had bid|has bid|bid £|bid €|facing rejection|offered)\b/gi },
  { status: 'talks', re: /\b(?:talks|negotiat\w*|contacted|contact|closing in|in discussions?|discuss(?:ed|ing)?|approach(?:ed)?|in touch|close to (?:joining|signing|a deal|completing)|advanced|working on a deal|formal approach|getting closer|get closer|edging closer|told)\b/gi },
  { status: 'interest', re: /\b(?:interest(?:ed)?|keen|monitor(?:ing|ed|s)?|keeping tabs|keep(?:ing)? an eye|scout(?:s|ed|ing)?|tracking|track|eye(?:ing|d)?|linked|target(?:ed|ing|s)?|consider(?:ing|ed)?|admire[ds]?|admirers?|watch(?:ing|ed)?|pursu(?:e|ing|it)|chas(?:e|ing)|want(?:s|ed)?|alerted|circling|in the race|shortlist(?:ed)?|options?|sights|suitors?|would like|eager|hoping to sign|looking to sign|bid to sign)\b/gi },
];

// ("last but not least, Leicester splashed out" and "not only ... but" negate nothing.)
const NEGATION = /(?:\bno|\bnot(?! least\b| only\b)|\bnever|n't|\bwithout|\byet to)\s+(?:\S+\s+){0,2}$/i;
// Future or conditional offers are plans, not bids.
const HYPOTHETICAL = /\b(?:could|would|might|may|set to|preparing to|plan(?:s|ning)? to|expected to|ready to|willing to|likely to|will)\s+(?:\S+\s+){0,2}$/i;

export interface StatusCue {
  readonly status: Status;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// All cues in one pass: at any position the first alternative wins, so `off` beats `completed`
// beats ... beats `interest`, as the list above is ordered. Every cue starts at a word boundary,
// tested once for all of them.
export const CUE_SOURCE = String.raw`\b(?:${CUES.map((c) => `(?<${c.status}>${c.re.source.replace(/^\\b/, '')})`).join('|')})`;
const ALL = new RegExp(CUE_SOURCE, 'y');
// The same alternatives by first letter, without the groups: it finds the same matches at a
// fraction of the cost (a try per letter at each word, not one per alternative), and ALL, tried
// where it found one, says which status that is.
const SCAN = new RegExp(String.raw`\b(?:${byFirstLetter(CUES.flatMap((c) => alternativesOf(c.re.source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, ''))), false)})\b`, 'g');

/** The cues a scan of the whole text with CUE_SOURCE finds, in order, before any is ruled out. */
export function cueMatches(text: string): StatusCue[] {
  const out: StatusCue[] = [];
  for (const found of allMatches(SCAN, text)) {
    ALL.lastIndex = found.index;
    const m = ALL.exec(text);
    const g = m?.groups;
    const status = g && CUES.find((c) => g[c.status] !== undefined)?.status;
    if (m && status) out.push({ status, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Every status cue in a piece of lower-case text, such as a sentence template (offsets relative to it). */
export function findStatusCues(text: string): StatusCue[] {
  return cueMatches(text).filter(({ status, start }) => {
    const before = text.slice(Math.max(0, start - 40), start);
    if (NEGATION.test(before)) return false;
    if ((status === 'bid' || status === 'completed') && HYPOTHETICAL.test(before)) return false;
    // "hoping to complete the signing", "to convince them to green-light the move": an aim.
    return !((status === 'agreed' || status === 'completed') && /\bto\s+$/.test(before));
  });
}

export const LADDER: Record<Status, number> = { interest: 1, talks: 2, bid: 3, agreed: 4, completed: 5, off: 0 };

/** The furthest stage among cues; `off` only when nothing got further than a bid. */
export function furthest(cues: readonly { status: Status }[]): Status | null {
  let best: Status | null = null;
  for (const c of cues) if (c.status !== 'off' && (best === null || LADDER[c.status] > LADDER[best])) best = c.status;
  if (cues.some((c) => c.status === 'off') && (best === null || LADDER[best] <= LADDER.bid)) return 'off';
  return best;
}

const COLLAPSE = /^(?:collapsed?|fell apart|fall apart|broke down|broken down|called off|pulled out|walked away|failed (?:his |a |the )?medical)$/i;

/** Whether the cues end with the deal falling apart ("... but the move collapsed"). */
export function collapses(cues: readonly StatusCue[]): boolean {
  const last = lastOf(cues);
  return last !== undefined && last.status === 'off' && COLLAPSE.test(last.text);
}
