/**
 * Entity resolution: decides which gazetteer matches count (ambiguous aliases need the article's
 * support, outlets need a reporting cue), and which person candidates are people at all.
 */
import type { Gazetteer, Match, Sense } from '../gazetteer/index.js';
import type { Lexicon } from '../gazetteer/builtin.js';
import type { Token } from '../tokenizer.js';
import { allMatches, foldWords } from '../text.js';
import { clusterPeople, findPersonRuns, isCommon, type Person, type PersonMention } from './people.js';
import { groupBy, itemAt, lastOf, lowerBound, sortBy } from '../sorted.js';

export interface ClubMention {
  readonly club: string;
  readonly start: number;
  readonly end: number;
  readonly sent: number;
  readonly rule: string;
}
export interface NationMention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly sent: number;
  readonly demonym: boolean;
  readonly text: string;
}
export interface SourceMention {
  readonly name: string;
  readonly kind: 'outlet' | 'journalist';
  readonly start: number;
  readonly end: number;
}

export interface Entities {
  clubs: ClubMention[];
  nations: NationMention[];
  sources: SourceMention[];
  people: Person[];
  /** Token ranges of league names ("the Bundesliga outfit"), kept for grounding. */
  leagues: { name: string; start: number; end: number }[];
}

const SOURCE_CUE_BEFORE = /(?:according to|as per|per|via|told|reports? (?:by|from|in)|reported by|claims? (?:by|from)|\bto|by|as|\[|\()\s*(?:the\s+)?$/i;
// (no two whitespace runs side by side: on a long run of spaces they cost cubic time)
const SOURCE_CUE_AFTER = /^(?:['’]s?\s+\S+(?:\s+\S+)?)?\s*(?:\]|\)|(?:,\s*)?(?:has |have |had )?(?:also )?(?:reports?|reported|reporting|claims?|claimed|says|said|understands|understood|revealed|reveals|confirmed|confirms|can confirm|values?|valued|wrote|writes|adds|added|first reported|suggests|states|insists|notes|have claimed|report|news service))/i;
const PERSON_NEXT = /^(?:,\s\d{2},|\s\(\d{2}\)|\s(?:has|had|is|was|will|would|could|can|joined|signed|scored|said|says|made|moved|left|arrived|remains|became|played|started|netted|struck|agreed|completed|rejected|is set|looks|wants|himself))\b/;
// "defender Ko Itakura", "two youngsters, Saka and Hutchinson", "Lille's Gabriel".
const PERSON_PREV = /(?:\b(?:(?:defender|midfielder|striker|winger|forward|goalkeeper|keeper|centre-back|full-back|left-back|right-back|wing-back|playmaker|teenager|youngster|starlet|star|talent|prospect|international|captain)s?,?|sign(?:ing)?|signed|signing of|duo|pair|trio|frontrunner|frontman|['’]s)\s|-year-old\s)$/i;
const POSSESSIVE_END = /['’]s\s$/;
const LETTER = /^\p{L}$/u;

/**
 * "London's " before a name: the possessor ("London"). Read backwards from the "'s", letter by
 * letter (a pattern with the letters first was tried from every letter of a long word: quadratic).
 */
function possessor(before: string): string | undefined {
  if (!POSSESSIVE_END.test(before)) return undefined;
  const end = before.length - 3;
  let k = end;
  for (;;) {
    const pair = k >= 2 && (before.charCodeAt(k - 1) & 0xfc00) === 0xdc00 && (before.charCodeAt(k - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (k - pair < 0 || !LETTER.test(before.slice(k - pair, k))) break;
    k -= pair;
  }
  return k < end ? before.slice(k, end) : undefined;
}
const CITY_CLUB = /\b[Tt]he ([A-Z][a-z]{3,}) (?:club|side|outfit|team|giants|champions)\b/g;
// Credits and bylines name photographers and authors, not players.
// ("THE BIGGER PICTURE: Endrick ..." is a heading, not a credit.)
const CREDIT_BEFORE = /(?:\b(?:photo|picture|pic|image|photograph)s?\s+(?:by|credit)|\bphoto\s*:|\bwritten by|\bcredit)\s*(?::\s*)?$/i;

export function resolveEntities(text: string, tokens: readonly Token[], matches: readonly Match[], gaz: Gazetteer, lex: Lexicon): Entities {
  // (plain arrays, not typed ones: a typed array of more than 64 bytes lives outside the heap,
  // and allocating and freeing that per article cost more than the flags' use)
  const covered: number[] = new Array<number>(tokens.length).fill(0);
  const clubs: ClubMention[] = [];
  const pendingAmbiguous: { m: Match; senses: Sense[] }[] = [];
  const nations: NationMention[] = [];
  const sources: SourceMention[] = [];
  const leagues: Entities['leagues'] = [];
  const known: PersonMention[] = [];
  const sentOf = (m: Match) => (tokens[m.from] as Token).sent;
  // Matches by first token and by start offset (the first one there), looked up instead of scanned.
  const matchFrom = new Set<number>();
  const matchAtStart = new Map<number, Match>();
  const titleCased = titleCase(tokens);
  const matchedToken: number[] = new Array<number>(tokens.length).fill(0);
  for (const m of matches) {
    matchedToken.fill(1, m.from, m.to);
    matchFrom.add(m.from);
    if (!matchAtStart.has(m.start)) matchAtStart.set(m.start, m);
  }

  // (the loop body is a function of its own: V8 optimises it apart from this long function)
  const readMatch = (m: Match): void => {
    const surface = text.slice(m.start, m.end);
    let capital = /^\d/.test(surface);
    for (let k = m.from; k < m.to && !capital; k++) capital = (tokens[k] as Token).kind === 'word' && (tokens[k] as Token).cap;
    const senses = m.senses;
    const top = senses[0] as Sense;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 40);
    const mark = () => covered.fill(1, m.from, m.to);
    if (top.type === 'source' || senses.some((s) => s.type === 'source' && !capital)) {
      const src = senses.find((s) => s.type === 'source') as Sense;
      // "... Fabrizio Romano, Sky Sports and several other media": a list goes on crediting.
      const prevSource = lastOf(sources);
      const listed = prevSource !== undefined && /^(?:,\s|\sand\s|,\sand\s)$/.test(text.slice(prevSource.end, m.start));
      const cue = SOURCE_CUE_BEFORE.test(before) || SOURCE_CUE_AFTER.test(after) || listed;
      const kind = gaz.sources.get(src.id) ?? 'outlet';
      if (cue || (kind === 'journalist' && capital && !src.needsCue)) {
        sources.push({ name: src.id, kind, start: m.start, end: m.end });
        mark();
        return;
      }
      if (top.type === 'source') {
        // An uncredited outlet name ("The Independent is on the ground") is not a source; a
        // club or a person that shares it may still be.
        const rest = senses.filter((s) => s.type !== 'source');
        if (rest.length === 0) {
          if (kind === 'journalist') mark();
          return;
        }
      }
    }
    if (!capital) return;
    // "on Wednesday" is a day; "Wednesday are chasing a keeper" (Sheffield Wednesday named) is the club.
    if (WEEKDAYS.test(surface)) {
      const asClub = senses.filter((x) => x.type === 'club');
      if (asClub.length > 0 && !TEMPORAL_BEFORE.test(before) && !TEMPORAL_AFTER.test(after)) pendingAmbiguous.push({ m, senses: asClub });
      return;
    }
    const club = senses.filter((s) => s.type === 'club');
    // "Leon Bailey" is no Club León: a one-word club alias that is a given name, followed by a
    // capitalised word no gazetteer knows, starts a person's name.
    const nextTok = tokens[m.to];
    // (the set lookup last: it hashes the word, most often for nothing)
    if (m.to - m.from === 1 && nextTok && nextTok.kind === 'word' && nextTok.cap && nextTok.sent === sentOf(m) && !matchFrom.has(m.to) && lex.firstNames.has((tokens[m.from] as Token).norm)) return;
    if (top.type === 'club' || (club.length > 0 && top.type !== 'player' && top.type !== 'nonplayer')) {
      const sure = club.find((s) => !s.ambiguous);
      // "Mexico City", "David Villa", "Everton Matos", "born in Liverpool": the form is part of
      // another name, or the place itself.
      if ((m.to - m.from === 1 && inLongerName(m, tokens, matchedToken, lex, !sure, titleCased)) || placeUse(before, !sure)) {
        mark();
        return;
      }
      if (sure) clubs.push({ club: sure.id, start: m.start, end: m.end, sent: sentOf(m), rule: 'gazetteer/club' });
      else pendingAmbiguous.push({ m, senses: club });
      mark();
      return;
    }
    // "Savio Morella de Oliveira": a known name that the text continues is part of a longer name.
    const continues = nextTok !== undefined && nextTok.kind === 'word' && nextTok.cap && !nextTok.spaceBefore === false && nextTok.sent === sentOf(m) && !matchFrom.has(m.to);
    if ((top.type === 'player' || top.type === 'nonplayer') && continues) return;
    if (top.type === 'player' || top.type === 'nonplayer') {
      const words = tokens.slice(m.from, m.to).filter((t) => t.kind === 'word').map((t) => t.norm);
      known.push({ start: m.start, end: m.end, from: m.from, to: m.to, sent: sentOf(m), text: surface, words, known: { type: top.type, id: top.id } });
      mark();
      return;
    }
    if (top.type === 'league') {
      leagues.push({ name: top.id, start: m.start, end: m.end });
      mark();
      return;
    }
    if (top.type === 'nation' || top.type === 'demonym') {
      const sure = senses.find((s) => (s.type === 'nation' || s.type === 'demonym') && !s.ambiguous);
      if (sure) nations.push({ code: sure.id, start: m.start, end: m.end, sent: sentOf(m), demonym: sure.type === 'demonym', text: surface });
      mark();
    }
  };
  for (const m of matches) readMatch(m);

  // A one-word form that ends the full name of a club the article names is that club: "Rangers"
  // after "Queens Park Rangers", "City" after "Hull City", unless its own club is named in full too.
  // Clubs named in full (a mention of more than one word), with the folded words of their names.
  const fullNames = new Map<string, string[]>();
  for (const c of clubs) if (/\s/.test(text.slice(c.start, c.end).trim()) && !fullNames.has(c.club)) fullNames.set(c.club, foldWords(c.club));
  // The one club named in full whose name ends with / holds a word (null when none or several do).
  const endingWith = new Map<string, string[]>();
  const holding = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, word: string, club: string) => {
    const list = index.get(word);
    if (!list) index.set(word, [club]);
    else if (!list.includes(club)) list.push(club);
  };
  for (const [club, words] of fullNames) {
    if (words.length > 1) add(endingWith, words[words.length - 1] as string, club);
    for (const w of words) add(holding, w, club);
  }
  const onlyOne = (list: string[] | undefined): string | null => (list?.length === 1 ? (list[0] as string) : null);
  const endsNamed = (m: Match): string | null => (m.to - m.from !== 1 ? null : onlyOne(endingWith.get((tokens[m.from] as Token).norm)));
  for (let i = 0; i < clubs.length; i++) {
    const c = clubs[i] as ClubMention;
    const m = matchAtStart.get(c.start);
    const other = m ? endsNamed(m) : null;
    if (other && other !== c.club && !fullNames.has(c.club)) clubs[i] = { ...c, club: other, rule: 'gazetteer/club-short-form' };
  }
  // An ambiguous alias counts when the article names one of its clubs plainly elsewhere; with
  // several named, the one named in the nearest sentence before it, if that sentence names only one
  // ("Chelsea and Everton both want him. The Blues ..." stays unresolved).
  const sureCount = clubs.length;
  const plainByClub = groupBy(clubs, (c) => c.club);
  for (const { m, senses } of pendingAmbiguous) {
    const supported = [...new Set(senses.map((s) => s.id))].filter((id) => plainByClub.has(id));
    let club: string | null = null;
    if (supported.length === 1) club = supported[0] as string;
    else if (supported.length === 0) club = endsNamed(m);
    else {
      // The sentence each club was last named in before this one.
      const lastSent = supported.map((id) => {
        const list = plainByClub.get(id) as ClubMention[];
        return itemAt(list, lowerBound(list, m.start, (c) => c.start) - 1)?.sent ?? -1;
      });
      const nearest = Math.max(...lastSent);
      const there = supported.filter((_, k) => nearest >= 0 && lastSent[k] === nearest);
      if (there.length === 1) club = there[0] as string;
    }
    if (club) clubs.push({ club, start: m.start, end: m.end, sent: sentOf(m), rule: 'gazetteer/club-ambiguous' });
  }
  // "the Miami club", "the Turin side": a word of the name of one club the article names in full.
  // (clubs named so far, in text order, and those this loop adds, which come in text order too)
  const named = sortBy([...clubs], (a, b) => a.start - b.start);
  // Club mentions by the country and the city of the club, in text order: the named ones, those
  // resolved from a nickname, and those this loop adds.
  const placesOf = (club: string): readonly string[] => gaz.clubs.get(club)?.places ?? NO_PLACES;
  const indexByPlace = (list: readonly ClubMention[], index = new Map<string, ClubMention[]>()) => {
    for (const c of list) {
      for (const k of placesOf(c.club)) {
        const at = index.get(k);
        if (at) at.push(c);
        else index.set(k, [c]);
      }
    }
    return index;
  };
  const [sure, nicknamed, added] = [indexByPlace(clubs.slice(0, sureCount)), indexByPlace(clubs.slice(sureCount)), new Map<string, ClubMention[]>()];
  const lastBefore = (index: Map<string, ClubMention[]>, place: string, at: number): ClubMention | undefined => {
    const list = index.get(place) ?? [];
    return itemAt(list, lowerBound(list, at, (c) => c.start) - 1);
  };
  let lastAdded: ClubMention | undefined;
  const dropped = new Set<number>();
  for (const m of allMatches(CITY_CLUB, text)) {
    const word = (m[1] as string).toLowerCase();
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const inside = (c: ClubMention) => c.start <= start && start < c.end;
    // (club mentions do not nest: the one starting last before `start` is the only one that may cover it)
    const prev = itemAt(named, lowerBound(named, start + 1, (c) => c.start) - 1);
    if ((prev && inside(prev)) || (lastAdded && inside(lastAdded))) continue;
    const t = tokenStartingAt(tokens, start);
    if (!t) continue;
    const hit = onlyOne(holding.get(word));
    if (hit) {
      const c: ClubMention = { club: hit, start, end: start + word.length, sent: t.sent, rule: 'gazetteer/club-city' };
      clubs.push(c);
      indexByPlace([c], added);
      lastAdded = c;
      covered[t.i] = 1;
      continue;
    }
    // "the London club", "the French club", "the Spanish giants": the club of that city or country
    // named last before it.
    const country = gaz.lookup(m[1] as string).find((x) => x.type === 'demonym' && !x.ambiguous)?.id;
    const place = country !== undefined ? `country:${country}` : `city:${word}`;
    // (a club resolved from a nickname, "the Eagles", counts before one named plainly)
    const last = lastBefore(added, place, start) ?? lastBefore(nicknamed, place, start) ?? lastBefore(sure, place, start);
    if (last) {
      const end = (m.index ?? 0) + m[0].length;
      const c: ClubMention = { club: last.club, start, end, sent: t.sent, rule: country !== undefined ? 'gazetteer/club-country' : 'gazetteer/club-city' };
      clubs.push(c);
      indexByPlace([c], added);
      lastAdded = c;
      covered[t.i] = 1;
      dropped.add(start);
    }
  }
  // (the demonym of "the French club" is no nationality)
  if (dropped.size > 0) {
    let k = 0;
    for (const n of nations) if (!dropped.has(n.start)) nations[k++] = n;
    nations.length = k;
  }
  sortBy(clubs, (a, b) => a.start - b.start);

  const runs = findPersonRuns(tokens, covered, lex, text.trimEnd().length).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
  const multi = runs.filter((r) => r.words.length > 1);
  const knownWords = new Set<string>();
  for (const list of [multi, known]) for (const r of list) for (const w of r.words) knownWords.add(w);
  // "the West Midlands outfit", "the Wearside club", "the Catalan club": a place standing for a
  // club, not a person.
  const placeForClub = (r: { start: number; end: number }) =>
    /\bthe\s$/i.test(text.slice(Math.max(0, r.start - 4), r.start)) && /^\s(?:outfit|side|club|giants|team|region|area|city)\b/i.test(text.slice(r.end, r.end + 8));
  const clubEnds = new Set(clubs.map((c) => c.end));
  const names = byEnd([...multi, ...known]);
  const accepted = runs.filter((r) => {
    if (placeForClub(r)) return false;
    if (r.words.length > 1) return true;
    const w = r.words[0] as string;
    if (knownWords.has(w)) return true;
    const prev = text.slice(Math.max(0, r.start - 30), r.start);
    const next = text.slice(r.end, r.end + 20);
    if (isCommon(w, lex)) return false;
    // "London's Kearney": a place's possession is a district, not a person.
    const owner = possessor(prev);
    const byPlace = owner !== undefined && lex.places.has(owner.toLowerCase()) && ![2, 3, 4].some((d) => clubEnds.has(r.start - d));
    return (PERSON_PREV.test(prev) && !byPlace) || PERSON_NEXT.test(next) || listedWith(text, r, names);
  });
  // A name listed with an accepted one is a person too ("youngsters, Saka and Hutchinson"), and so
  // is the same name again ("John has long been admired" makes "make John a Rangers player" his):
  // each name accepted lets its neighbours and its namesakes in, until none is left to add.
  const isAccepted = new Set(accepted);
  const acceptedWords = new Set(accepted.filter((r) => r.words.length === 1).map((r) => r.words[0] as string));
  const runsByWord = groupBy(
    runs.filter((r) => r.words.length === 1),
    (r) => r.words[0] as string,
  );
  const candidate = (r: (typeof runs)[number]) => !isAccepted.has(r) && r.words.length === 1 && !isCommon(r.words[0] as string, lex);
  const queue = [...accepted];
  const namesakesDone = new Set<string>();
  for (let q = 0; q < queue.length; q++) {
    const a = queue[q] as (typeof runs)[number];
    const near = runs.slice(lowerBound(runs, a.start - LIST_GAP_MAX, (r) => r.end), lowerBound(runs, a.end + LIST_GAP_MAX + 1, (r) => r.start));
    // (a name's namesakes are all let in the first time it is accepted)
    const word = a.words.length === 1 ? (a.words[0] as string) : null;
    const namesakes = word !== null && !namesakesDone.has(word) ? runsByWord.get(word) ?? [] : [];
    if (word !== null) namesakesDone.add(word);
    for (const r of [...near, ...namesakes]) {
      if (!candidate(r) || !(acceptedWords.has(r.words[0] as string) || listedPair(text, a, r))) continue;
      isAccepted.add(r);
      accepted.push(r);
      acceptedWords.add(r.words[0] as string);
      queue.push(r);
    }
  }
  sortBy(accepted, (a, b) => a.start - b.start);
  // "Saka and Hutchinson": a single word that is the surname of exactly one known player is him.
  // A surname the article gives in full elsewhere is that person ("Matias Pellegrini ... Pellegrini").
  const surnameOf = (r: PersonMention): string | null => {
    const w = r.words[0] as string;
    return r.words.length !== 1 || knownWords.has(w) || lex.common.has(w) || lex.firstNames.has(w) ? null : gaz.playerBySurname(w);
  };
  const bySurname = accepted.map((r) => {
    const id = surnameOf(r);
    return id ? { ...r, known: { type: 'player' as const, id } } : r;
  });
  // Unaccepted runs count only as a known player's surname, and never as a place.
  for (const r of runs) {
    const id = isAccepted.has(r) || lex.places.has(r.words[0] as string) || placeForClub(r) ? null : surnameOf(r);
    if (id) bySurname.push({ ...r, known: { type: 'player', id } });
  }
  const people = clusterPeople([...known, ...bySurname]);
  for (const p of people) classify(p, text, lex, sources);
  return { clubs, nations, sources, people, leagues };
}

const NO_PLACES: readonly string[] = [];
const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'for', 'to', 'at', 'in', 'on', 'with', 'from', 'by', 'as', 'if', 'when', 'while', 'of', 'said']);

/**
 * Whether a one-word club form stands inside a longer capitalised name: a capitalised word right
 * before or after it that is no ordinary word ("Mexico City", "David Villa", "United Nations",
 * "Everton Matos"). For a plain alias the word before must not itself be a club, league or nation
 * ("Brazilian Flamengo" is still Flamengo). Title-case headlines are left alone.
 */
function inLongerName(m: Match, tokens: readonly Token[], matchedToken: readonly number[], lex: Lexicon, ambiguous: boolean, titleCased: (t: Token) => boolean): boolean {
  const self = tokens[m.from] as Token;
  const nameLike = (t: Token | undefined, adjacent: Token): t is Token =>
    // Adjacent tokens one character apart have a single space between them.
    t !== undefined && t.kind === 'word' && t.sent === self.sent && t.cap && !NOT_NAME_WORDS.has(t.norm) && !isCommon(t.norm, lex) && Math.max(adjacent.start - t.end, t.start - adjacent.end) === 1;
  const prev = itemAt(tokens, m.from - 1);
  const next = tokens[m.to];
  const matchAt = (t: Token) => matchedToken[t.i] === 1;
  const prevHit = nameLike(prev, self) && (ambiguous || !matchAt(prev));
  const nextHit = nameLike(next, self) && !matchAt(next);
  if (!prevHit && !nextHit) return false;
  // A headline in title case ("Liverpool Eye Move For Kossounou") capitalises every word.
  return !titleCased(self);
}


/** Whether a token's sentence capitalises (nearly) every word, as headlines do; counted once per sentence. */
function titleCase(tokens: readonly Token[]): (t: Token) => boolean {
  const memo = new Map<number, boolean>();
  return (self) => {
    let known = memo.get(self.sent);
    if (known === undefined) {
      let words = 0;
      let capitals = 0;
      for (const step of [-1, 1]) {
        for (let k = step < 0 ? self.i : self.i + 1; k >= 0 && k < tokens.length && (tokens[k] as Token).sent === self.sent; k += step) {
          const t = tokens[k] as Token;
          if (t.kind !== 'word') continue;
          words++;
          if (t.cap) capitals++;
        }
      }
      memo.set(self.sent, (known = capitals >= 0.6 * words));
    }
    return known;
  };
}

// "born in Liverpool", "lives in Madrid": the city, not its club. An ambiguous city form after a
// bare "in" is the place too.
const PLACE_BEFORE = /\b(?:born|raised|grew up|based|lived|lives|living|settled|studied|holiday(?:ed|ing)?|honeymoon|apartment|house|home)\b[^.;,]{0,25}\bin\s+$/i;
const IN_BEFORE = /\bin\s+$/i;
function placeUse(before: string, ambiguous: boolean): boolean {
  // (both end on "in": that short test first)
  return IN_BEFORE.test(before) && (PLACE_BEFORE.test(before) || (ambiguous && /\bin\s+$/.test(before)));
}

// "Neres to Ajax, Lyanco to Torino": list items may carry their own club.
const LIST_GAP = /^(?:\s(?:to|from)\s[^,;.\n]{1,30}?)?(?:,\s|\sand\s|,\sand\s)$/;
const LIST_GAP_MAX = 42;

/** Whether two names stand next to each other in a list ("Saka and Hutchinson", "Neres to Ajax, Lyanco"). */
function listedPair(text: string, o: { start: number; end: number }, r: { start: number; end: number }): boolean {
  const [from, to] = o.end <= r.start ? [o.end, r.start] : r.end <= o.start ? [r.end, o.start] : [0, -1];
  return to >= from && to - from <= LIST_GAP_MAX && LIST_GAP.test(text.slice(from, to));
}

/** Names sorted by where they end (and so by where they start: names never overlap). */
function byEnd<T extends { start: number; end: number }>(list: readonly T[]): T[] {
  return sortBy([...list], (a, b) => a.end - b.end);
}

/** Whether `r` stands in a list with one of `names` (sorted by `byEnd`). */
function listedWith(text: string, r: { start: number; end: number }, names: readonly { start: number; end: number }[]): boolean {
  const near = names.slice(lowerBound(names, r.start - LIST_GAP_MAX, (o) => o.end), lowerBound(names, r.end + LIST_GAP_MAX + 1, (o) => o.start));
  return near.some((o) => listedPair(text, o, r));
}

/** The token that starts at this offset, if any. */
function tokenStartingAt(tokens: readonly Token[], start: number): Token | undefined {
  const t = tokens[lowerBound(tokens, start, (x) => x.start)];
  return t?.start === start ? t : undefined;
}

// "on Wednesday" is a day, whatever Sheffield's fans call their club.
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const TEMPORAL_BEFORE = /\b(?:on|last|next|this|that|until|till|by|from|since|every|each|ash|a|early|late|before|after|of|for|scheduled|planned|due)\s+$/i;
const TEMPORAL_AFTER = /^(?:['’]s\s+(?:game|match|deadline|meeting)|\s+(?:morning|afternoon|evening|night|\d))/i;

const JOURNALIST = /\b(?:journalist|reporter|insider|transfer expert|expert|correspondent|columnist)\s+$/i;
// "Croatian newspaper Sportske Novosti reports": a name the gazetteer does not know, right after
// the word for an outlet, is that outlet.
const OUTLET = /\b(?:newspaper|outlet|daily|tabloid|broadsheet|magazine|publication|website|broadcaster|radio station)\s+$/i;

const titleCache = new WeakMap<Lexicon, RegExp>();
function titleRe(lex: Lexicon): RegExp {
  let re = titleCache.get(lex);
  if (!re) {
    re = new RegExp(String.raw`\b(?:${lex.titles.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|')})(?:\s+of\s+\S+)?\s+$`, 'i');
    titleCache.set(lex, re);
  }
  return re;
}

function classify(p: Person, text: string, lex: Lexicon, sources: SourceMention[]): void {
  const title = titleRe(lex);
  for (const m of p.mentions) {
    if (m.known?.type === 'nonplayer') {
      p.role = 'nonplayer';
      return;
    }
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 40);
    if (CREDIT_BEFORE.test(before)) {
      p.role = 'nonplayer';
      return;
    }
    if (JOURNALIST.test(before)) {
      p.role = 'journalist';
      sources.push({ name: p.name, kind: 'journalist', start: m.start, end: m.end });
      return;
    }
    if (OUTLET.test(before)) {
      p.role = 'outlet';
      sources.push({ name: p.name, kind: 'outlet', start: m.start, end: m.end });
      return;
    }
    if (title.test(before) || /^['’]s (?:men|charges)\b/.test(after) || /^,? (?:the|who is the) (?:\S+ )?(?:manager|coach|boss|director|chairman|owner|agent)\b/i.test(after) || /\bunder\s+$/i.test(before)) {
      p.role = 'nonplayer';
      return;
    }
  }
}
