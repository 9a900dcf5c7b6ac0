/** Positions: every way prose names a role, mapped to the four of the contract. */
import type { Position } from '../schema.js';
import { anchoredMatches, type Finding, type HintHits } from './types.js';
import { allMatches } from '../text.js';

const WORDS: Record<Position, string[]> = {
  goalkeeper: ['goalkeeper', 'keeper', 'goalie', 'shot-stopper'],
  defender: ['defender', 'centre-back', 'center-back', 'centre back', 'center back', 'centre-half', 'center-half', 'centre half', 'center half', 'full-back', 'fullback', 'left-back', 'right-back', 'left back', 'right back', 'wing-back', 'wingback', 'sweeper', 'central defender'],
  midfielder: ['midfielder', 'playmaker', 'holding midfielder', 'attacking midfielder', 'defensive midfielder', 'central midfielder', 'midfield talent', 'midfield star', 'midfield player', 'midfield prospect', 'midfield general', 'number 10', 'regista'],
  forward: ['forward', 'striker', 'winger', 'centre-forward', 'center-forward', 'attacker', 'frontman', 'front man', 'frontrunner', 'front-runner', 'wide man', 'inside forward', 'marksman', 'goalscorer', 'poacher', 'wide player'],
};

const escape = (s: string) => s.replace(/[-\s]/g, '[-\\s]');

// A plural names a group ("the club's defenders"), except after "one of" ("one of the hottest
// midfield prospects"), where it still describes him.
// One pass for all four, each position's words longest first ("holding midfielder" before
// "midfielder"); no word of one position starts a longer word of another.
export const POSITIONS_RE = new RegExp(
  String.raw`\b(?:${(Object.keys(WORDS) as Position[])
    .map((pos) => `(?<${pos}>${[...WORDS[pos]].sort((a, b) => b.length - a.length).map(escape).join('|')})`)
    .join('|')})(?:s\b(?<=\bone of (?:the |his |their )?(?:[\w-]+ ){0,4}\S+)|\b(?!['’]s\b))`,
  'gi',
);

// Words every position word holds (its last word), and how far into the match they stand at most
// ("attacking midfielder": 10): the pattern is tried only near them.
export const POSITION_HINTS = ['keeper', 'goalie', 'stopper', 'defender', 'back', 'half', 'sweeper', 'midfield', 'playmaker', 'number', 'regista', 'forward', 'striker', 'winger', 'attacker', 'front', 'wide', 'marksman', 'scorer', 'poacher'];
export const POSITION_REACH = 10;

/**
 * Position words in `text`. With `lower` (the text in lower case) the pattern is tried only near
 * the hint words, found there (or in `hits`, when the caller has found them).
 */
export function findPositions(text: string, lower?: string, hits?: HintHits): Finding<Position>[] {
  const out: Finding<Position>[] = [];
  for (const m of lower === undefined ? allMatches(POSITIONS_RE, text) : anchoredMatches(POSITIONS_RE, text, lower, POSITION_HINTS, POSITION_REACH, hits)) {
    const pos = (Object.keys(WORDS) as Position[]).find((k) => m.groups?.[k] !== undefined);
    if (!pos) continue;
    const start = m.index ?? 0;
    out.push({ type: 'position', start, end: start + m[0].length, value: pos, rule: `position/${pos}` });
  }
  return out;
}
