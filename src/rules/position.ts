/** Positions: every way prose names a role, mapped to the four of the contract. */
import type { Position } from '../schema.js';
import { runPatterns, type Finding, type PatternRule } from './types.js';

const WORDS: Record<Position, string[]> = {
  goalkeeper: ['goalkeeper', 'keeper', 'goalie', 'shot-stopper'],
  defender: ['defender', 'centre-back', 'center-back', 'centre back', 'center back', 'centre-half', 'center-half', 'centre half', 'center half', 'full-back', 'fullback', 'left-back', 'right-back', 'left back', 'right back', 'wing-back', 'wingback', 'sweeper', 'central defender'],
  midfielder: ['midfielder', 'playmaker', 'holding midfielder', 'attacking midfielder', 'defensive midfielder', 'central midfielder', 'midfield talent', 'midfield star', 'midfield player', 'midfield prospect', 'midfield general', 'number 10', 'regista'],
  forward: ['forward', 'striker', 'winger', 'centre-forward', 'center-forward', 'attacker', 'frontman', 'front man', 'frontrunner', 'front-runner', 'wide man', 'inside forward', 'marksman', 'goalscorer', 'poacher', 'wide player'],
};

const escape = (s: string) => s.replace(/[-\s]/g, '[-\\s]');
const RULES: PatternRule<Position>[] = (Object.keys(WORDS) as Position[]).map((pos) => {
  const alternatives = [...WORDS[pos]].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A plural ("centre-backs in the squad") names no one player.
  return { rule: `position/${pos}`, re: new RegExp(String.raw`\b(?:${alternatives})\b(?!s\b|['’]s\b)`, 'gi'), value: () => pos };
});

export function findPositions(text: string): Finding<Position>[] {
  // Longest wins where two overlap ("holding midfielder" over "midfielder").
  const all = runPatterns('position', text, RULES).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding<Position>[] = [];
  for (const f of all) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
