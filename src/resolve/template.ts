/**
 * Sentence templates: each sentence rewritten with its clubs and people as placeholders
 * (`⟦c3⟧`, `⟦p1⟧`), lower case, so that relation rules are plain patterns over
 * "⟦c0⟧ are set to open talks with ⟦c1⟧ defender ⟦p0⟧". Anaphors ("the 23-year-old", "the
 * Ivorian", "he") become the placeholder of the person they refer to before the rules run.
 */
import { allMatches, ROLE_NOUNS } from '../text.js';
import { lowerBound } from '../sorted.js';
import { lowerInPlace } from '../tokenizer.js';

export interface Slot {
  /** Club, player, or a person who is no player (a coach, an agent: `⟦n2⟧`, which no player rule reads). */
  readonly kind: 'c' | 'p' | 'n';
  /** Club index or person index. */
  readonly id: number;
  readonly start: number;
  readonly end: number;
  /** An anaphor or pronoun, not a name. */
  readonly anaphor?: boolean;
}

export interface Template {
  readonly sent: number;
  readonly text: string;
  /** Coordinated lists: a placeholder's id → every id listed with it ("A, B and C"). */
  readonly groups: Map<string, string[]>;
}

export const PH = String.raw`⟦[cp]\d+⟧`;

/**
 * The article as templates read it: lower case, curly quotes and long dashes made plain, every
 * character at its original offset. Computed once per article; templates are slices of it.
 */
export function templateSource(text: string, lower = lowerInPlace(text)): string {
  // (`lower`: the text in lower case with every character at its offset, as the tokenizer gives
  // it; the placeholder marks themselves, should the text hold them, become plain brackets)
  return lower.replace(PLAIN_RE, (c) => PLAIN[c] ?? c);
}

const PLAIN: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '`': "'", '“': '"', '”': '"', '–': '-', '—': '-', '⟦': '[', '⟧': ']' };
const PLAIN_RE = /[’‘`“”–—⟦⟧]/g;

// Two or more whitespace characters, or one that is not a space (as /\s{2,}|[^\S ]/g, written to
// open with the whitespace class, which the engine scans for faster).
const ODD_SPACE = /\s(?:\s+|(?<=[^ ]))/g;

/**
 * Whether odd whitespace starts between `start` and `end`; `odd` is where it starts in the text
 * (sorted offsets: the tokenizer's `oddSpaces`). A template without any is left as it is, instead
 * of being searched for some.
 */
export function hasOddSpace(odd: readonly number[], start: number, end: number): boolean {
  return (odd[lowerBound(odd, start, (x) => x)] ?? end) < end;
}

/**
 * Replaces the slots (sorted, non-overlapping) of `source` between `start` and `end`. `odd` is
 * where odd whitespace starts in the text (the tokenizer's `oddSpaces`), when the caller has it.
 */
export function buildTemplate(sent: number, source: string, start: number, end: number, slots: readonly Slot[], odd?: readonly number[]): Template {
  let out = '';
  let at = start;
  let players = 0;
  for (const s of slots) {
    if (s.start < at || s.end > end) continue;
    out += `${source.slice(at, s.start)}⟦${s.kind}${s.id}⟧`;
    at = s.end;
    if (s.kind === 'p') players++;
  }
  out += source.slice(at, end);
  // Whitespace runs become one space (a single space is left alone: most of them are).
  if (odd === undefined || hasOddSpace(odd, start, end)) out = out.replace(ODD_SPACE, ' ');
  return { sent, text: out, groups: slots.length > 1 ? coordinate(out, players > 1) : new Map() };
}

const LIST_RE = new RegExp(String.raw`${PH}(?:(?:, | and | & |, and | or )${PH}){1,12}`, 'g');
// Players listed with their clubs: "Lille's ⟦p1⟧, Aston Villa's ⟦p2⟧ and ⟦p3⟧ of ⟦c4⟧", "⟦p1⟧ from ⟦c1⟧ and
// 31-year-old goalkeeper ⟦p2⟧".
const ROLE = `(?:${ROLE_NOUNS.join('|')})`;
// (word lengths are bounded: tried at every letter of a 60,000-letter word, [a-z]+ cost quadratic time)
const ITEM = String.raw`(?:⟦c\d+⟧'s? |the [a-z-]{1,30} |(?:the |an? )?(?:\d{2}-year-old |[a-z]{1,20}-footed |young |experienced |veteran |teenage )?${ROLE} )?⟦p\d+⟧(?:,? (?:of|from) ⟦c\d+⟧)?`;
const PLAYER_LIST_RE = new RegExp(String.raw`${ITEM}(?:(?:, | and |, and )${ITEM}){1,12}`, 'g');
const P_RE = /⟦p\d+⟧/g;
// What every list of players holds: a player (with his club, perhaps) and a separator after him.
const PLAYER_THEN_SEPARATOR = /⟦p\d+⟧(?:,? (?:of|from) ⟦c\d+⟧)?(?:, | and )/;
const ONE_RE = new RegExp(PH, 'g');

function coordinate(t: string, players: boolean): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const m of allMatches(LIST_RE, t)) {
    const members = listMembers(t, m, m[0].match(ONE_RE) ?? []);
    const kinds = new Set(members.map((x) => x[1]));
    if (kinds.size !== 1 || members.length < 2) continue;
    for (const x of members) groups.set(x, members);
  }
  // (the list pattern may start anywhere, so it is tried at every character: only when a list may be there)
  for (const m of players && PLAYER_THEN_SEPARATOR.test(t) ? allMatches(PLAYER_LIST_RE, t) : []) {
    const members = listMembers(t, m, m[0].match(P_RE) ?? []);
    if (members.length > 1) for (const x of members) groups.set(x, members);
  }
  return groups;
}

/**
 * "⟦p0⟧ and ⟦p1⟧ looking like he'll stay": a participle right after the list starts a clause of
 * its last member's own, which then shares nothing with the others.
 */
function listMembers(t: string, m: RegExpMatchArray, members: string[]): string[] {
  const after = t.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16);
  return /^ [a-z]+ing\b/.test(after) && !/^ (?:during|including|following|according)\b/.test(after) ? members.slice(0, -1) : members;
}

/** The placeholder and every placeholder coordinated with it. */
export const expand = (t: Template, ph: string): string[] => t.groups.get(ph) ?? [ph];

/** Every placeholder of one kind in a captured piece of template. */
export function slotsIn(s: string | undefined, kind: 'c' | 'p'): number[] {
  const out: number[] = [];
  if (!s) return out;
  const open = `⟦${kind}`;
  for (let at = s.indexOf(open); at >= 0; at = s.indexOf(open, at + 2)) {
    const close = s.indexOf('⟧', at);
    if (close > at) out.push(Number(s.slice(at + 2, close)));
  }
  return out;
}
