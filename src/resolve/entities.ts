/**
 * Entity resolution: decides which gazetteer matches count (ambiguous aliases need the article's
 * support, outlets need a reporting cue), and which person candidates are people at all.
 */
import type { Gazetteer, Match, Sense } from '../gazetteer/index.js';
import type { Lexicon } from '../gazetteer/builtin.js';
import type { Token } from '../tokenizer.js';
import { foldWords, isCapitalised } from '../text.js';
import { clusterPeople, findPersonRuns, isCommon, type Person, type PersonMention } from './people.js';

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
const SOURCE_CUE_AFTER = /^(?:['’]s?\s+\S+(?:\s+\S+)?\s+)?\s*(?:\]|\)|,?\s*(?:has |have |had )?(?:also )?(?:reports?|reported|reporting|claims?|claimed|says|said|understands|understood|revealed|reveals|confirmed|confirms|can confirm|values?|valued|wrote|writes|adds|added|first reported|suggests|states|insists|notes|have claimed|report|news service))/i;
const PERSON_NEXT = /^(?:,\s\d{2},|\s\(\d{2}\)|\s(?:has|had|is|was|will|would|could|can|joined|signed|scored|said|says|made|moved|left|arrived|remains|became|played|started|netted|struck|agreed|completed|rejected|is set|looks|wants|himself))\b/;
// "defender Ko Itakura", "two youngsters, Saka and Hutchinson", "Lille's Gabriel".
const PERSON_PREV = /(?:\b(?:(?:defender|midfielder|striker|winger|forward|goalkeeper|keeper|centre-back|full-back|left-back|right-back|wing-back|playmaker|teenager|youngster|starlet|star|talent|prospect|international|captain)s?,?|sign(?:ing)?|signed|signing of|duo|pair|trio|frontrunner|frontman|['’]s)\s|-year-old\s)$/i;
const POSSESSOR = /(\p{L}+)['’]s\s$/u;
const CITY_CLUB = /\b[Tt]he ([A-Z][a-z]{3,}) (?:club|side|outfit|team|giants|champions)\b/g;
// Credits and bylines name photographers and authors, not players.
// ("THE BIGGER PICTURE: Endrick ..." is a heading, not a credit.)
const CREDIT_BEFORE = /(?:\b(?:photo|picture|pic|image|photograph)s?\s+(?:by|credit)|\bphoto\s*:|\bwritten by|\bcredit)\s*:?\s*$/i;

export function resolveEntities(text: string, tokens: readonly Token[], matches: readonly Match[], gaz: Gazetteer, lex: Lexicon): Entities {
  const covered = new Uint8Array(tokens.length);
  const clubs: ClubMention[] = [];
  const pendingAmbiguous: { m: Match; senses: Sense[] }[] = [];
  const nations: NationMention[] = [];
  const sources: SourceMention[] = [];
  const leagues: Entities['leagues'] = [];
  const known: PersonMention[] = [];
  const sentOf = (m: Match) => (tokens[m.from] as Token).sent;

  for (const m of matches) {
    const surface = text.slice(m.start, m.end);
    const capital = tokens.slice(m.from, m.to).some((t) => t.kind === 'word' && isCapitalised(t.text)) || /^\d/.test(surface);
    const senses = m.senses;
    const top = senses[0] as Sense;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 40);
    const mark = () => covered.fill(1, m.from, m.to);
    if (top.type === 'source' || senses.some((s) => s.type === 'source' && !capital)) {
      const src = senses.find((s) => s.type === 'source') as Sense;
      // "... Fabrizio Romano, Sky Sports and several other media": a list goes on crediting.
      const prevSource = sources[sources.length - 1];
      const listed = prevSource !== undefined && /^(?:,\s|\sand\s|,\sand\s)$/.test(text.slice(prevSource.end, m.start));
      const cue = SOURCE_CUE_BEFORE.test(before) || SOURCE_CUE_AFTER.test(after) || listed;
      const kind = gaz.sources.get(src.id) ?? 'outlet';
      if (cue || (kind === 'journalist' && capital && !src.needsCue)) {
        sources.push({ name: src.id, kind, start: m.start, end: m.end });
        mark();
        continue;
      }
      if (top.type === 'source') {
        // An uncredited outlet name ("The Independent is on the ground") is not a source; a
        // club or a person that shares it may still be.
        const rest = senses.filter((s) => s.type !== 'source');
        if (rest.length === 0) {
          if (kind === 'journalist') mark();
          continue;
        }
      }
    }
    if (!capital) continue;
    // "on Wednesday" is a day; "Wednesday are chasing a keeper" (Sheffield Wednesday named) is the club.
    if (WEEKDAYS.test(surface)) {
      const asClub = senses.filter((x) => x.type === 'club');
      if (asClub.length > 0 && !TEMPORAL_BEFORE.test(before) && !TEMPORAL_AFTER.test(after)) pendingAmbiguous.push({ m, senses: asClub });
      continue;
    }
    const club = senses.filter((s) => s.type === 'club');
    // "Leon Bailey" is no Club León: a one-word club alias that is a given name, followed by a
    // capitalised word no gazetteer knows, starts a person's name.
    const nextTok = tokens[m.to];
    if (m.to - m.from === 1 && lex.firstNames.has((tokens[m.from] as Token).norm) && nextTok && nextTok.kind === 'word' && isCapitalised(nextTok.text) && nextTok.sent === sentOf(m) && !matches.some((x) => x.from === m.to)) continue;
    if (top.type === 'club' || (club.length > 0 && top.type !== 'player' && top.type !== 'nonplayer')) {
      const sure = club.find((s) => !s.ambiguous);
      // "Mexico City", "David Villa", "Everton Matos", "born in Liverpool": the form is part of
      // another name, or the place itself.
      if ((m.to - m.from === 1 && inLongerName(m, tokens, matches, lex, !sure)) || placeUse(before, !sure)) {
        mark();
        continue;
      }
      if (sure) clubs.push({ club: sure.id, start: m.start, end: m.end, sent: sentOf(m), rule: 'gazetteer/club' });
      else pendingAmbiguous.push({ m, senses: club });
      mark();
      continue;
    }
    // "Savio Morella de Oliveira": a known name that the text continues is part of a longer name.
    const continues = nextTok !== undefined && nextTok.kind === 'word' && isCapitalised(nextTok.text) && !nextTok.spaceBefore === false && nextTok.sent === sentOf(m) && !matches.some((x) => x.from === m.to);
    if ((top.type === 'player' || top.type === 'nonplayer') && continues) continue;
    if (top.type === 'player' || top.type === 'nonplayer') {
      const words = tokens.slice(m.from, m.to).filter((t) => t.kind === 'word').map((t) => t.norm);
      known.push({ start: m.start, end: m.end, from: m.from, to: m.to, sent: sentOf(m), text: surface, words, known: { type: top.type, id: top.id } });
      mark();
      continue;
    }
    if (top.type === 'league') {
      leagues.push({ name: top.id, start: m.start, end: m.end });
      mark();
      continue;
    }
    if (top.type === 'nation' || top.type === 'demonym') {
      const sure = senses.find((s) => (s.type === 'nation' || s.type === 'demonym') && !s.ambiguous);
      if (sure) nations.push({ code: sure.id, start: m.start, end: m.end, sent: sentOf(m), demonym: sure.type === 'demonym', text: surface });
      mark();
    }
  }

  // A one-word form that ends the full name of a club the article names is that club: "Rangers"
  // after "Queens Park Rangers", "City" after "Hull City", unless its own club is named in full too.
  // Clubs named in full (a mention of more than one word), with the folded words of their names.
  const fullNames = new Map<string, string[]>();
  for (const c of clubs) if (/\s/.test(text.slice(c.start, c.end).trim()) && !fullNames.has(c.club)) fullNames.set(c.club, foldWords(c.club));
  const namedWith = (test: (words: string[]) => boolean): string | null => {
    const hits = [...fullNames].filter(([, words]) => test(words));
    return hits.length === 1 ? (hits[0] as [string, string[]])[0] : null;
  };
  const endsNamed = (m: Match): string | null => {
    if (m.to - m.from !== 1) return null;
    const word = (tokens[m.from] as Token).norm;
    return namedWith((words) => words.length > 1 && words[words.length - 1] === word);
  };
  for (let i = 0; i < clubs.length; i++) {
    const c = clubs[i] as ClubMention;
    const m = matches.find((x) => x.start === c.start);
    const other = m ? endsNamed(m) : null;
    if (other && other !== c.club && !fullNames.has(c.club)) clubs[i] = { ...c, club: other, rule: 'gazetteer/club-short-form' };
  }
  // An ambiguous alias counts when the article names one of its clubs plainly elsewhere; with
  // several named, the one named in the nearest sentence before it, if that sentence names only one
  // ("Chelsea and Everton both want him. The Blues ..." stays unresolved).
  const plain = [...clubs];
  for (const { m, senses } of pendingAmbiguous) {
    const ids = new Set(senses.map((s) => s.id));
    const supported = plain.filter((c) => ids.has(c.club));
    let club: string | null = null;
    if (new Set(supported.map((c) => c.club)).size === 1) club = (supported[0] as ClubMention).club;
    else if (supported.length === 0) club = endsNamed(m);
    else {
      const before = supported.filter((c) => c.start < m.start);
      const nearest = before.length > 0 ? Math.max(...before.map((c) => c.sent)) : -1;
      const there = new Set(before.filter((c) => c.sent === nearest).map((c) => c.club));
      if (there.size === 1) club = [...there][0] as string;
    }
    if (club) clubs.push({ club, start: m.start, end: m.end, sent: sentOf(m), rule: 'gazetteer/club-ambiguous' });
  }
  // "the Miami club", "the Turin side": a word of the name of one club the article names in full.
  for (const m of text.matchAll(CITY_CLUB)) {
    const word = (m[1] as string).toLowerCase();
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    if (clubs.some((c) => c.start <= start && start < c.end)) continue;
    const t = tokens.find((x) => x.start === start);
    if (!t) continue;
    const hit = namedWith((words) => words.includes(word));
    if (hit) {
      clubs.push({ club: hit, start, end: start + word.length, sent: t.sent, rule: 'gazetteer/club-city' });
      covered[t.i] = 1;
      continue;
    }
    // "the London club", "the French club", "the Spanish giants": the club of that city or country
    // named last before it.
    const country = gaz.lookup(m[1] as string).find((x) => x.type === 'demonym' && !x.ambiguous)?.id;
    const fits = (club: string) => {
      const info = gaz.clubs.get(club);
      return country !== undefined ? info?.country === country : info?.city?.toLowerCase() === word;
    };
    const last = clubs.filter((c) => c.start < start && fits(c.club)).pop();
    if (last) {
      const end = (m.index ?? 0) + m[0].length;
      clubs.push({ club: last.club, start, end, sent: t.sent, rule: country !== undefined ? 'gazetteer/club-country' : 'gazetteer/club-city' });
      covered[t.i] = 1;
      const at = nations.findIndex((n) => n.start === start);
      if (at >= 0) nations.splice(at, 1);
    }
  }
  clubs.sort((a, b) => a.start - b.start);

  const runs = findPersonRuns(tokens, covered, lex, text.trimEnd().length).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
  const multi = runs.filter((r) => r.words.length > 1);
  const knownWords = new Set([...multi, ...known].flatMap((r) => r.words));
  // "the West Midlands outfit", "the Wearside club", "the Catalan club": a place standing for a
  // club, not a person.
  const placeForClub = (r: { start: number; end: number }) =>
    /\bthe\s$/i.test(text.slice(Math.max(0, r.start - 4), r.start)) && /^\s(?:outfit|side|club|giants|team|region|area|city)\b/i.test(text.slice(r.end, r.end + 8));
  const accepted = runs.filter((r) => {
    if (placeForClub(r)) return false;
    if (r.words.length > 1) return true;
    const w = r.words[0] as string;
    if (knownWords.has(w)) return true;
    const prev = text.slice(Math.max(0, r.start - 30), r.start);
    const next = text.slice(r.end, r.end + 20);
    if (isCommon(w, lex)) return false;
    // "London's Kearney": a place's possession is a district, not a person.
    const owner = POSSESSOR.exec(prev)?.[1];
    const byPlace = owner !== undefined && lex.places.has(owner.toLowerCase()) && !clubs.some((c) => c.end >= r.start - 4 && c.end <= r.start - 2);
    return (PERSON_PREV.test(prev) && !byPlace) || PERSON_NEXT.test(next) || inListWithPerson(text, r, [...multi, ...known]);
  });
  // A name listed with an accepted one is a person too ("youngsters, Saka and Hutchinson").
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of runs) {
      const w = r.words[0] as string;
      // ... and so is the same name again ("John has long been admired" makes "make John a Rangers player" his).
      const again = accepted.some((x) => x.words.length === 1 && x.words[0] === w);
      if (accepted.includes(r) || r.words.length !== 1 || isCommon(w, lex) || (!again && !inListWithPerson(text, r, accepted))) continue;
      accepted.push(r);
      grew = true;
    }
  }
  accepted.sort((a, b) => a.start - b.start);
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
    const id = accepted.includes(r) || lex.places.has(r.words[0] as string) || placeForClub(r) ? null : surnameOf(r);
    if (id) bySurname.push({ ...r, known: { type: 'player', id } });
  }
  const people = clusterPeople([...known, ...bySurname]);
  for (const p of people) classify(p, text, lex, sources);
  return { clubs, nations, sources, people, leagues };
}

const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'for', 'to', 'at', 'in', 'on', 'with', 'from', 'by', 'as', 'if', 'when', 'while', 'of', 'said']);

/**
 * Whether a one-word club form stands inside a longer capitalised name: a capitalised word right
 * before or after it that is no ordinary word ("Mexico City", "David Villa", "United Nations",
 * "Everton Matos"). For a plain alias the word before must not itself be a club, league or nation
 * ("Brazilian Flamengo" is still Flamengo). Title-case headlines are left alone.
 */
function inLongerName(m: Match, tokens: readonly Token[], matches: readonly Match[], lex: Lexicon, ambiguous: boolean): boolean {
  const self = tokens[m.from] as Token;
  const nameLike = (t: Token | undefined, adjacent: Token): t is Token =>
    // Adjacent tokens one character apart have a single space between them.
    t !== undefined && t.kind === 'word' && t.sent === self.sent && isCapitalised(t.text) && !NOT_NAME_WORDS.has(t.norm) && !isCommon(t.norm, lex) && Math.max(adjacent.start - t.end, t.start - adjacent.end) === 1;
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  const matchAt = (t: Token) => matches.find((x) => x.from <= t.i && t.i < x.to);
  const prevHit = nameLike(prev, self) && (ambiguous || !matchAt(prev));
  const nextHit = nameLike(next, self) && !matchAt(next);
  if (!prevHit && !nextHit) return false;
  // A headline in title case ("Liverpool Eye Move For Kossounou") capitalises every word.
  const line = tokens.filter((t) => t.sent === self.sent && t.kind === 'word');
  return line.filter((t) => isCapitalised(t.text)).length < 0.6 * line.length;
}


// "born in Liverpool", "lives in Madrid": the city, not its club. An ambiguous city form after a
// bare "in" is the place too.
const PLACE_BEFORE = /\b(?:born|raised|grew up|based|lived|lives|living|settled|studied|holiday(?:ed|ing)?|honeymoon|apartment|house|home)\b[^.;,]{0,25}\bin\s+$/i;
function placeUse(before: string, ambiguous: boolean): boolean {
  return PLACE_BEFORE.test(before) || (ambiguous && /\bin\s+$/.test(before));
}

function inListWithPerson(text: string, r: PersonMention, others: readonly PersonMention[]): boolean {
  return others.some((o) => {
    const gap = o.end <= r.start ? text.slice(o.end, r.start) : r.end <= o.start ? text.slice(r.end, o.start) : null;
    // "Neres to Ajax, Lyanco to Torino": list items may carry their own club.
    return gap !== null && /^(?:\s(?:to|from)\s[^,;.\n]{1,30}?)?(?:,\s|\sand\s|,\sand\s)$/.test(gap);
  });
}

// "on Wednesday" is a day, whatever Sheffield's fans call their club.
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const TEMPORAL_BEFORE = /\b(?:on|last|next|this|that|until|till|by|from|since|every|each|ash|a|early|late|before|after|of|for|scheduled|planned|due)\s+$/i;
const TEMPORAL_AFTER = /^(?:['’]s\s+(?:game|match|deadline|meeting)|\s+(?:morning|afternoon|evening|night|\d))/i;

const JOURNALIST = /\b(?:journalist|reporter|insider|transfer expert|expert|correspondent|columnist)\s+$/i;

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
    if (title.test(before) || /^['’]s (?:men|charges)\b/.test(after) || /^,? (?:the|who is the) (?:\S+ )?(?:manager|coach|boss|director|chairman|owner|agent)\b/i.test(after) || /\bunder\s+$/i.test(before)) {
      p.role = 'nonplayer';
      return;
    }
  }
}
