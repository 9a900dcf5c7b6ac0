/**
 * Gazetteer stage: every surface form of every known club, nation, source, player, league and
 * non-player, indexed by its folded words so that one longest-match pass over the text finds them
 * all. A Gazetteer is immutable once built; `createExtractor` builds a new one from the built-in
 * entries plus the user's, so extractors never share state.
 */
import type { ClubEntry, NationEntry, PlayerEntry, SourceEntry } from '../schema.js';
import { foldWords } from '../text.js';
import type { Token } from '../tokenizer.js';

export type SenseType = 'club' | 'nation' | 'demonym' | 'source' | 'player' | 'league' | 'nonplayer';

export interface Sense {
  readonly type: SenseType;
  /** Canonical name (club, source, player, league) or FIFA code (nation, demonym). */
  readonly id: string;
  /** Counts only when the article supports it ("City", "the Reds", "Congolese"). */
  readonly ambiguous: boolean;
  /** Counts only next to a source cue ("according to AS"). */
  readonly needsCue?: boolean;
}

export interface LeagueEntry {
  name: string;
  country?: string | null;
  aliases?: string[];
}

export interface SourceData extends SourceEntry {
  needsCue?: boolean;
}

export interface GazetteerData {
  clubs: readonly (ClubEntry & { country?: string | null })[];
  nations: readonly NationEntry[];
  sources: readonly SourceData[];
  players: readonly PlayerEntry[];
  leagues: readonly LeagueEntry[];
  nonPlayers: readonly string[];
  /** For ambiguous forms, the clubs they may mean, most likely first ("the Reds": Liverpool, ...). */
  ambiguity?: readonly { form: string; clubs: readonly string[] }[];
}

export interface ClubInfo {
  readonly name: string;
  readonly country: string | null;
  readonly league: string | null;
  readonly city: string | null;
  /** Keys of the places the club stands for ("country:ESP", "city:madrid"), for "the Spanish club". */
  readonly places: readonly string[];
}

/** A run of gazetteer words matched in the text. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly senses: readonly Sense[];
  readonly possessive: boolean;
}

// Order matters when two senses share a surface form: a club beats a nation of the same name
// ("Brazil" is not a club, but "Monaco" is, and a club name in transfer prose is the club).
const PRIORITY: Record<SenseType, number> = { club: 0, player: 1, source: 2, nonplayer: 3, league: 4, nation: 5, demonym: 6 };

export class Gazetteer {
  readonly clubs = new Map<string, ClubInfo>();
  readonly nations = new Map<string, string>();
  readonly sources = new Map<string, SourceEntry['kind']>();
  readonly players = new Map<string, PlayerEntry>();
  /** Folded surname → the one known player who bears it (null when several do). */
  private readonly surnames = new Map<string, string | null>();
  /** Every surface form as a trie of folded words, so matching walks word by word without building strings. */
  private readonly root: TrieNode = { senses: undefined, next: undefined };
  /**
   * A bit per word shape (length, first, second and last letters) of every first word of a form:
   * most words of a text start no form, and this rules them out without a lookup in the trie's
   * large first level (the single costliest step of matching).
   */
  private readonly starts = new Uint8Array(SHAPES / 8);

  constructor(data: GazetteerData) {
    // One sense object per entity and kind, shared by all its surface forms.
    for (const c of data.clubs) {
      const places = [c.country ? `country:${c.country}` : null, c.city ? `city:${c.city.toLowerCase()}` : null].filter((x): x is string => x !== null);
      this.clubs.set(c.name, { name: c.name, country: c.country ?? null, league: c.league ?? null, city: c.city ?? null, places });
      const sense: Sense = { type: 'club', id: c.name, ambiguous: false };
      this.add(c.name, sense);
      this.addAll(c.aliases, sense);
      if (c.ambiguous?.length) this.addAll(c.ambiguous, { type: 'club', id: c.name, ambiguous: true });
    }
    for (const n of data.nations) {
      this.nations.set(n.code, n.name);
      const sense: Sense = { type: 'nation', id: n.code, ambiguous: false };
      this.add(n.name, sense);
      this.addAll(n.aliases, sense);
      if (n.demonyms?.length) this.addAll(n.demonyms, { type: 'demonym', id: n.code, ambiguous: false });
      if (n.ambiguousDemonyms?.length) this.addAll(n.ambiguousDemonyms, { type: 'demonym', id: n.code, ambiguous: true });
    }
    for (const s of data.sources) {
      this.sources.set(s.name, s.kind);
      const sense: Sense = { type: 'source', id: s.name, ambiguous: false, needsCue: s.needsCue === true };
      this.add(s.name, sense);
      this.addAll(s.aliases, sense);
    }
    for (const p of data.players) {
      this.players.set(p.name, p);
      const words = foldWords(p.name);
      const surname = words[words.length - 1];
      if (words.length > 1 && surname !== undefined && surname.length > 2) this.surnames.set(surname, this.surnames.has(surname) ? null : p.name);
      const sense: Sense = { type: 'player', id: p.name, ambiguous: false };
      this.add(p.name, sense);
      this.addAll(p.aliases, sense);
    }
    for (const l of data.leagues) {
      const sense: Sense = { type: 'league', id: l.name, ambiguous: false };
      this.add(l.name, sense);
      this.addAll(l.aliases, sense);
    }
    for (const n of data.nonPlayers) this.add(n, { type: 'nonplayer', id: n, ambiguous: false });
    for (const { form, clubs } of data.ambiguity ?? []) {
      const senses = this.lookup(form) as Sense[];
      const rank = (x: Sense) => (x.type === 'club' && x.ambiguous ? clubs.indexOf(x.id) + 1 || clubs.length + 1 : 0);
      senses?.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || Number(a.ambiguous) - Number(b.ambiguous) || rank(a) - rank(b));
    }
  }

  private addAll(surfaces: readonly string[] | undefined, sense: Sense): void {
    if (surfaces) for (const a of surfaces) this.add(a, sense);
  }

  private add(surface: string, sense: Sense): void {
    const words = foldWords(surface);
    if (words.length === 0) return;
    const first = words[0] as string;
    const bit = shapeOf(first, 0, first.length);
    this.starts[bit >> 3] = (this.starts[bit >> 3] as number) | (1 << (bit & 7));
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { senses: undefined, next: undefined }));
      node = child;
    }
    const list = (node.senses ??= []);
    if (list.some((s) => s.type === sense.type && s.id === sense.id)) return;
    list.push(sense);
    if (list.length > 1) list.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || Number(a.ambiguous) - Number(b.ambiguous));
  }

  /** The known player whose surname (folded) this is, when exactly one is. */
  playerBySurname(word: string): string | null {
    return this.surnames.get(word) ?? null;
  }

  /** The senses of one surface form, for lookups outside the text ("is 'Liverpool' a club?"). */
  lookup(surface: string): readonly Sense[] {
    let node: TrieNode | undefined = this.root;
    for (const w of foldWords(surface)) node = node?.next?.get(w);
    return node === this.root ? [] : node?.senses ?? [];
  }

  /**
   * Longest matches, left to right, over the word tokens of the text. `lower`: the text in lower
   * case with every character at its offset (the tokenizer's), when the caller has it: the words'
   * shapes are read from it rather than from each token's string.
   */
  match(tokens: readonly Token[], lower?: string): Match[] {
    const out: Match[] = [];
    // Each token's folded words, computed once rather than at every start position; null for a
    // token whose one word is its norm (most are: no array made for those).
    const parts = tokens.map((t) => (!isWordish(t) ? NO_WORDS : t.plain ? null : foldWords(t.text)));
    let i = 0;
    while (i < tokens.length) {
      const found = this.longestAt(tokens, parts, i, lower);
      if (found) {
        out.push(found);
        i = found.to;
      } else i++;
    }
    return out;
  }

  private longestAt(tokens: readonly Token[], parts: readonly (readonly string[] | null)[], from: number, lower: string | undefined): Match | null {
    const first = tokens[from];
    if (!first || !isWordish(first)) return null;
    // A plain word no form starts with starts nothing, unless the next token is written onto it.
    if (parts[from] === null) {
      // (a plain word's norm is the lower-case text under it)
      const bit = lower === undefined ? shapeOf(first.norm, 0, first.norm.length) : shapeOf(lower, first.start, first.end);
      if (((this.starts[bit >> 3] as number) & (1 << (bit & 7))) === 0 && !this.canGlue(tokens, from)) return null;
    }
    let best: Match | null = null;
    // `node` is where the words so far lead; `before` and `word` are the node and the word that
    // led there, kept so that a token written together with the last ("90" + "min") extends it.
    let node: TrieNode | undefined = this.root;
    let before: TrieNode | undefined = this.root;
    let word = '';
    let k = from;
    while (k < tokens.length) {
      const t = tokens[k] as Token;
      if (k > from) {
        // Inside a name only spaces, hyphens, dots and apostrophes may stand between words.
        if (t.sent !== first.sent || t.lineBefore) break;
        if (!isWordish(t)) {
          if (!JOINERS.has(t.text)) break;
          k++;
          continue;
        }
      }
      if (isPossessive(t)) break;
      const pieces = parts[k] as readonly string[] | null;
      const count = pieces === null ? 1 : pieces.length;
      if (count === 0) break;
      // Tokens written together ("90" + "min") form one word, as the alias "90min" does.
      const glued = k > from && !t.spaceBefore && isWordish(tokens[k - 1] as Token);
      for (let n = 0; n < count; n++) {
        const piece = pieces === null ? t.norm : (pieces[n] as string);
        if (n === 0 && glued) word += piece;
        else {
          before = node;
          word = piece;
        }
        node = before?.next?.get(word);
      }
      if (node?.senses) {
        const next = tokens[k + 1];
        best = { start: first.start, end: t.end, from, to: k + 1, senses: node.senses, possessive: next !== undefined && isPossessive(next) };
      }
      if (node?.next === undefined && !this.canGlue(tokens, k)) break;
      k++;
    }
    return best;
  }

  private canGlue(tokens: readonly Token[], k: number): boolean {
    const next = tokens[k + 1];
    return next !== undefined && !next.spaceBefore && isWordish(next) && !isPossessive(next);
  }
}

interface TrieNode {
  senses: Sense[] | undefined;
  /** Only nodes that some longer key passes through have children. */
  next: Map<string, TrieNode> | undefined;
}

const SHAPES = 1 << 16;
/**
 * The shape of the word `s` holds from `start` to `end`: its length and three of its characters,
 * hashed to one of SHAPES bits.
 */
function shapeOf(s: string, start: number, end: number): number {
  const n = end - start;
  return (Math.imul(Math.imul(Math.imul(n, 31) + s.charCodeAt(start), 31) + (n > 1 ? s.charCodeAt(start + 1) : 0), 31) + s.charCodeAt(end - 1)) & (SHAPES - 1);
}
const NO_WORDS: readonly string[] = [];
const JOINERS = new Set(['-', '–', '.', '&', "'", '’']);
const isWordish = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.text === '&';
/**
 * "'", "’", "'s" or "’s" (a per-token check: plain comparisons, no regex, and no property of the
 * token's string, which comes in too many kinds of string for a fast property read).
 */
export const isPossessive = (t: Token): boolean => {
  const n = t.end - t.start;
  if (n > 2 || n === 0) return false;
  const w = t.text;
  return w === "'" || w === '’' || w === "'s" || w === '’s' || w === "'S" || w === '’S';
};
