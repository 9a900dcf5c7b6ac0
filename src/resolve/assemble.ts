/**
 * Resolution: turns entities, findings and relations into the contract's players, clubs,
 * transfers and sources. This is where "the 23-year-old" becomes Kossounou's age, where the club
 * furthest along becomes `to` and the rest suitors, and where career history becomes formerClubs.
 */
import type { Extraction, Fee, FeeKind, Mention, Money, Player, Position, Span, Status, Transfer } from '../schema.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { Sentence } from '../tokenizer.js';
import type { ClubMention, Entities, SourceMention } from './entities.js';
import type { Person } from './people.js';
import { buildTemplate, hasOddSpace, templateSource, type Slot } from './template.js';
import { findRelations, hintsBySentence, isDescriptor, isHistory, referenceYear, SOURCE_HINTS, type Relation } from './relations.js';
import { collapses, findStatusCues, furthest, LADDER, type StatusCue } from '../rules/status.js';
import { CURRENCY_CODES, CURRENCY_WORDS, findMoney } from '../rules/money.js';
import { wordPositions } from '../automaton.js';
import { ADD_ON_AFTER, feeKind, NOT_A_FEE } from '../rules/fee-kind.js';
import { AGE_RULES, findAges } from '../rules/age.js';
import { CAPS_RULES, findCaps } from '../rules/caps.js';
import { findPositions, POSITION_HINTS } from '../rules/position.js';
import { CONTRACT_RULES, findContracts, resolveRelative, type ContractValue } from '../rules/contract.js';
import type { Finding, HintHits } from '../rules/types.js';
import { covering, firstFrom, groupBy, itemAt, lastOf, lowerBound, sortBy, startOf } from '../sorted.js';
import { allMatches } from '../text.js';

export interface Input {
  text: string;
  date: string | null;
  sentences: readonly Sentence[];
  /** The text in lower case, every character at its offset (the tokenizer's). */
  lower: string;
  /** Where odd whitespace starts (the tokenizer's `oddSpaces`). */
  oddSpaces: readonly number[];
  entities: Entities;
  gaz: Gazetteer;
}

const HEAD = String.raw`(?:\d{2}[- ]year[- ]old|star|ace|captain|skipper|hitman|defender|midfielder|striker|winger|forward|goalkeeper|keeper|centre-back|centre-half|centre half|full-back|left-back|right-back|wing-back|teenager|youngster|player|starlet|international|internationalist|frenchman|englishman|spaniard|dutchman|scotsman|welshman|talent|prospect|attacker|playmaker|frontman|wonderkid)`;
// "the 23-year-old" refers back; "the 26-year-old Alcácer" names him, and is no anaphor.
const ANAPHOR_RE = new RegExp(String.raw`\b(?:the|this) (?:(?!the |this )[^\s.,;:!?()\[\]"“”]+ ){0,4}?${HEAD}(?: ${HEAD}){0,2}\b(?!-)`, 'gi');
const DEMONYM_ANAPHOR = /^the $/i;
// "the Ivorian" is a person when a verb, a function word or punctuation follows; "the Portuguese
// game", "the Dutch side" use the demonym as an adjective.
const DEMONYM_NOUN_NEXT = /^(?:\s*(?:[,.;:)!?'’"”]|$)|\s+(?:is|was|has|had|have|will|would|could|can|may|might|must|should|does|did|and|or|but|who|which|that|at|in|on|for|to|from|with|after|before|this|last|next|as|by|of|since|until|when|while|also|now|only|then|already|still|yet|again|himself|[a-z]+ed|joins|signs|moves|wants|remains|looks|says|admits|insists|plays|scores|arrives|leaves|prefers|needs|earns)\b)/;
const CLUB_HEAD_RE = new RegExp(String.raw`^(?:['’]s)? (?:[\p{Ll}-]+ ){0,2}?${HEAD}\b(?!['’]s? (?:side|club|team))(?! [\p{Lu}])`, 'u');
const HEAD_WORD = new RegExp(String.raw`^(?:year-old|${HEAD})$`, 'i');
const NEXT_OF_KIND = /^\s+international\s+to\s+(?:join|sign for|arrive at)\b[^.;]{0,50}?\b(?:after|following)\s+(?:the\s+[a-z-]+\s+)?$/;
// "earned his first two caps for Spain", "capped by Ghana", "represents Mali".
const NAT_CAPS_BEFORE = /\b(?:caps?|appearances|goals|debut) for\s$|\b(?:capped (?:\d+ times )?by|represents?|represented|chose to play for|switched allegiance to)\s$/i;
const INDEFINITE_BEFORE = /\b(?:another|an?)\s+(?:[\w-]+\s+){0,2}$/i;
const NAT_NOUN = /^\s(?:(?:under|u)[- ]?\d\d\s)?(?:senior\s)?(?:\d{2}-year-old|international|internationalist|star|starlet|captain|youngster|teenager|wonderkid|talent|prodigy|forward|striker|defender|midfielder|winger|goalkeeper|keeper|centre-back|full-back|left-back|right-back|wing-back|playmaker|frontrunner|frontman|attacker|player|national team player|youth international|man|ace|hitman|stopper|sensation|teen)\b/i;
const GAP_OK = /^[,\s\p{L}\d'’-]{0,42}$/u;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
const NAME_WORD = /[\p{Lu}][\p{L}.'’-]*/gu;
const GAP_STOP = /\b(?:is|are|was|were|has|have|had|will|would|could|to|with|for|from|about|on|in|at|by|of|and|or|but|as|that|who|which|after|before|than|also|not|the|a|an|his|their)\b/i;

// The hint words of the attribute, money and relation rules, all found in one scan of the article.
const HINT_WORDS = wordPositions([...AGE_RULES, ...CAPS_RULES, ...CONTRACT_RULES].flatMap((r) => r.hint ?? []).concat(CURRENCY_WORDS, CURRENCY_CODES, POSITION_HINTS, SOURCE_HINTS));

const OWNERSHIP: ReadonlySet<Relation['kind']> = new Set(['current', 'seller', 'buyer', 'to']);
const OPENER_BONUS = 2;
const BOSS_TITLE = String.raw`\b(?:manager|boss|head coach|coach|sporting director|technical director|director of football|director|chairman|president|owner)\b`;
const BOSS_WORDS = new RegExp(BOSS_TITLE, 'gi');
// "Postecoglou's side", "Arteta's men": a manager and his team.
const BOSS_TEAM_AFTER = /^['’]s (?:men|charges|side|squad)\b/;
const BOSS_BEFORE = new RegExp(`${BOSS_TITLE}\\s+$`, 'i');

// The keys lists are grouped by, made once: an arrow written at the call is a new function at
// every call, which V8 sets up again at its first call (and one key per kind of item keeps each
// read of its field to one object shape).
const clubSent = (c: ClubMention): number => c.sent;
const clubName = (c: ClubMention): string => c.club;
const sourceName = (s: SourceMention): string => s.name;
const mentionSent = (m: { sent: number }): number => m.sent;
const anaphorSent = (a: Anaphor): number => a.sent;
const anaphorPerson = (a: Anaphor): number => a.person;
const relationPlayer = (r: Relation): number => r.player;

interface Anaphor {
  start: number;
  end: number;
  person: number;
  sent: number;
  /** "he": used by relations, but not reported as a mention. */
  pronoun?: boolean;
}

export function assemble(input: Input): Extraction {
  const { text, sentences, entities, gaz } = input;
  const people = entities.people;
  const source = templateSource(text, input.lower);
  const odd = input.oddSpaces;
  const hits = HINT_WORDS(source);
  // The relation rules each sentence's hint words let run; a sentence with odd whitespace has its
  // template scanned instead (its template's spaces are not the article's).
  const hinted = hintsBySentence(hits, sentences);
  const hintsOf = (s: Sentence): Uint8Array | undefined => (hasOddSpace(odd, s.start, s.end) ? undefined : hinted[s.i]);
  const clubNames = unique(entities.clubs.map((c) => c.club));
  const clubIndex = new Map(clubNames.map((n, i) => [n, i]));
  const sentOfOffset = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Sentence).start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // --- anaphors and focus, sentence by sentence ---
  // Coaches, agents and journalists stand in templates as ⟦n#⟧: "Palace boss ⟦n1⟧ has added
  // midfielder ⟦p0⟧" reaches the player.
  const kindOf = (person: number): 'p' | 'n' => ((people[person] as Person).role === 'player' ? 'p' : 'n');
  // "The departure of Joel Matip", "departed the club": the club is the one the article is about.
  // (clubs in the order first named: the first of the most named wins a tie)
  const counts = new Array<number>(clubNames.length).fill(0);
  for (const c of entities.clubs) {
    const k = clubIndex.get(c.club) as number;
    counts[k] = (counts[k] as number) + 1;
  }
  let homeClub: number | null = null;
  counts.forEach((n, c) => {
    if (n > 0 && (homeClub === null || n > (counts[homeClub] as number))) homeClub = c;
  });
  // A manager or director buys for his club: "Celtic boss Ange Postecoglou", or else the club the
  // article is about. In templates he then stands as that club ("⟦c0⟧ has snapped up ⟦p1⟧").
  const clubOfBoss = new Map<number, number>();
  for (const p of people.keys()) {
    const person = people[p] as Person;
    if (person.role !== 'nonplayer') continue;
    for (const m of person.mentions) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      if (!BOSS_BEFORE.test(before) && !BOSS_TEAM_AFTER.test(text.slice(m.end, m.end + 12))) continue;
      const near = entities.clubs.slice(lowerBound(entities.clubs, m.start - 40, (c) => c.end), lowerBound(entities.clubs, m.start + 1, (c) => c.end));
      const owner = near.filter((c) => /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(c.end, m.start).replace(BOSS_WORDS, ''))).pop();
      const club = owner ? (clubIndex.get(owner.club) as number) : homeClub;
      if (club !== null) {
        clubOfBoss.set(p, club);
        break;
      }
    }
  }
  // (loops, not flatMap and map: these per-article lists are built on every call)
  const personMentions: { start: number; end: number; sent: number; person: number }[] = [];
  people.forEach((p, pi) => {
    for (const m of p.mentions) personMentions.push({ start: m.start, end: m.end, sent: m.sent, person: pi });
  });
  sortBy(personMentions, (a, b) => a.start - b.start);
  const personStarts = new Set(personMentions.map((m) => m.start));
  const clubsIn = groupBy(entities.clubs, clubSent);
  const mentionsIn = groupBy(personMentions, mentionSent);
  const anaphors: Anaphor[] = [];
  const rawAnaphors: { start: number; end: number; pronoun?: boolean }[] = allMatches(ANAPHOR_RE, text)
    // "the 21-cap Ivory Coast international" is a noun phrase; "the Reds need new defender" is not.
    .filter((m) => m[0].split(/\s+/).slice(1, -1).every((w) => CAPITAL_OR_DIGIT.test(w) || isDescriptor(w.toLowerCase()) || HEAD_WORD.test(w)))
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((a) => !personStarts.has(a.end + 1));
  for (const n of entities.nations) {
    if (n.demonym && DEMONYM_ANAPHOR.test(text.slice(Math.max(0, n.start - 4), n.start)) && DEMONYM_NOUN_NEXT.test(text.slice(n.end, n.end + 24)))
      rawAnaphors.push({ start: n.start - 4, end: n.end });
  }
  // "Norwich City winger", "the Everton striker" with no name after: the club's player in the story.
  for (const c of entities.clubs) {
    // "a Rangers player" is a kind of player, not a reference back to one.
    if (/\b(?:an?|another|every|any)\s+$/i.test(text.slice(Math.max(0, c.start - 9), c.start))) continue;
    const m = CLUB_HEAD_RE.exec(text.slice(c.end, c.end + 50));
    const words = m ? m[0].replace(/^['’]s/, '').trim().split(/\s+/).slice(0, -1) : [];
    if (m && words[0] !== 'and' && words.every((w) => isDescriptor(w.toLowerCase())) && !((firstFrom(personMentions, c.end)?.start ?? Infinity) <= c.end + m[0].length + 2)) rawAnaphors.push({ start: c.start, end: c.end + m[0].length });
  }
  for (const m of allMatches(/\b[Hh]e\b/g, text)) rawAnaphors.push({ start: m.index ?? 0, end: (m.index ?? 0) + 2, pronoun: true });
  sortBy(rawAnaphors, (a, b) => a.start - b.start);
  // "the Schalke defender" is whichever recent player belongs to Schalke: a first pass over the
  // named mentions alone tells who belongs where.
  const currentOf = new Map<number, Set<string>>();
  // The player a sentence pursues ("Marseille finally decided in favour of Maupay").
  const pursuedIn = new Map<number, number>();
  // (entity.clubs is in text order; club mentions never overlap one another)
  const clubWithin = (a: { start: number; end: number }) => {
    const c = firstFrom(entities.clubs, a.start);
    return c !== undefined && c.end <= a.end ? c : undefined;
  };
  const clubAnaphor = rawAnaphors.some((a) => !a.pronoun && clubWithin(a) !== undefined);
  for (const s of clubAnaphor ? sentences : []) {
    const slots: Slot[] = [];
    for (const c of clubsIn.get(s.i) ?? []) slots.push({ kind: 'c', id: clubIndex.get(c.club) as number, start: c.start, end: c.end });
    for (const m of mentionsIn.get(s.i) ?? []) slots.push({ kind: kindOf(m.person), id: m.person, start: m.start, end: m.end });
    if (slots.length < 2) continue;
    for (const r of findRelations(buildTemplate(s.i, source, s.start, s.end, dedupeSlots(slots), odd), null, OWNERSHIP, null, hintsOf(s))) {
      if (r.kind === 'buyer' || r.kind === 'to') {
        if ((people[r.player] as Person | undefined)?.role === 'player') pursuedIn.set(s.i, r.player);
        continue;
      }
      const set = currentOf.get(r.player) ?? new Set<string>();
      set.add(clubNames[r.club] as string);
      currentOf.set(r.player, set);
    }
  }
  // Characters inside a named person: an anaphor never overlaps a name.
  // (the furthest end of a name so far, at each name in text order: a binary search then tells
  // whether an offset lies inside one, without a buffer the length of the text)
  const namedEnd: number[] = [];
  for (const m of personMentions) namedEnd.push(Math.max(m.end, lastOf(namedEnd) ?? 0));
  const isNamed = (at: number): boolean => (itemAt(namedEnd, lowerBound(personMentions, at + 1, startOf) - 1) ?? 0) > at;
  let pm = 0;
  // Players named (or referred to) so far, in order; the anaphor goes to the most mentioned of the
  // last few, the most recent on a tie: "the 28-year-old" in a story about Silva is Silva, even
  // just after Ziyech is named in passing.
  const seen: number[] = [];
  const seenCount = new Map<number, number>();
  const seenLast = new Map<number, number>();
  // The player last seen who belongs to a club ("the Schalke defender").
  const lastOwner = new Map<string, number>();
  const see = (p: number) => {
    seenCount.set(p, (seenCount.get(p) ?? 0) + 1);
    seenLast.set(p, seen.length);
    seen.push(p);
    for (const club of currentOf.get(p) ?? []) lastOwner.set(club, p);
  };
  const mostSalient = (): number | null => {
    let best: number | null = null;
    let bestCount = -1;
    for (const p of new Set(seen.slice(-4))) {
      const n = seenCount.get(p) as number;
      if (n > bestCount || (n === bestCount && (seenLast.get(p) as number) > (best === null ? -1 : (seenLast.get(best) as number)))) {
        best = p;
        bestCount = n;
      }
    }
    return best;
  };
  let anaphorsEnd = -1;
  const anaphorRelations: Relation[] = [];
  let lastPerson: number | null = null;
  const focusAt: (number | null)[] = [];
  // (the body of each long loop here is a function of its own: as one function, V8 took seconds to
  // compile assemble and kept throwing the result away)
  const readAnaphor = (a: (typeof rawAnaphors)[number]): void => {
    if (isNamed(a.start) || isNamed(a.end - 1)) return;
    while (pm < personMentions.length && (personMentions[pm] as { start: number }).start < a.start) {
      const m = personMentions[pm] as { person: number };
      lastPerson = m.person;
      if ((people[m.person] as Person).role === 'player') see(m.person);
      pm++;
    }
    const sent = sentOfOffset(a.start);
    const initial = a.start <= (sentences[sent] as Sentence).start + 1;
    const club = clubWithin(a)?.club;
    let owner = club ? lastOwner.get(club) : undefined;
    // "... decided in favour of Maupay. The Everton striker will be loaned": with no player known
    // to be at that club, the target just pursued, unless he is known to be elsewhere.
    if (club && owner === undefined && pm > 0) {
      const lastSent = (personMentions[pm - 1] as { sent: number }).sent;
      const target = pursuedIn.get(lastSent);
      if (target !== undefined && !currentOf.has(target)) owner = target;
    }
    const salient = mostSalient();
    // A player named earlier in the same sentence is the one it refers to ("the Crew's Cucho
    // Hernández era is over, the do-it-all striker moving to Betis").
    const lastNamed = pm > 0 ? (personMentions[pm - 1] as { sent: number; person: number }) : undefined;
    const inSentence = !a.pronoun && lastNamed !== undefined && lastNamed.sent === sent && (people[lastNamed.person] as Person).role === 'player' ? lastNamed.person : null;
    // Before any player is named, an opening "The powerful 27-year-old ..." looks ahead: it is the
    // first player the article goes on to name.
    const ahead = seen.length === 0 && !a.pronoun && !club ? (personMentions.slice(pm).find((m) => (people[m.person] as Person).role === 'player')?.person ?? null) : null;
    // "... one key figure in midfielder Gabriel Sara. He had also been linked ...", "... decided in
    // favour of Maupay. According to our information, the player will arrive": a reference early in
    // the sentence after one that ends on a player's name is that player.
    const early = a.start - (sentences[sent] as Sentence).start < 40;
    const endsOn = early && lastNamed !== undefined && lastNamed.sent === sent - 1 && (people[lastNamed.person] as Person).role === 'player' && /^\W{0,3}$/.test(text.slice((personMentions[pm - 1] as { end: number }).end, (sentences[sent - 1] as Sentence).end)) ? lastNamed.person : null;
    const who = owner ?? inSentence ?? ahead ?? endsOn ?? (initial ? (lastPerson !== null && (people[lastPerson] as Person).role === 'player' ? salient : null) : salient);
    // (anaphors come in text order: one overlaps an earlier one when it starts before their last end)
    if (who !== null && a.start < anaphorsEnd) return;
    if (who !== null && club) anaphorRelations.push({ kind: 'current', player: who, club: clubIndex.get(club) as number, sent, rule: 'current/anaphor-club', text: '', around: '', at: 0 });
    if (who !== null) {
      anaphors.push({ start: a.start, end: a.end, person: who, sent, ...(a.pronoun ? { pronoun: true } : {}) });
      anaphorsEnd = Math.max(anaphorsEnd, a.end);
      if (!a.pronoun) see(who);
    }
  };
  for (const a of rawAnaphors) readAnaphor(a);
  // Focus per sentence: the player last named or referred to before it ends (for relations with
  // no name in them).
  {
    // (both lists are in text order: merged, a name before a reference at the same offset)
    const references = anaphors.filter((x) => !x.pronoun);
    const refs: { start: number; person: number }[] = [];
    let a = 0;
    for (const m of personMentions) {
      while (a < references.length && (references[a] as Anaphor).start < m.start) refs.push(references[a++] as Anaphor);
      refs.push(m);
    }
    refs.push(...references.slice(a));
    let k = 0;
    let cur: number | null = null;
    for (const s of sentences) {
      while (k < refs.length && (refs[k] as { start: number }).start < s.end) {
        const m = refs[k] as { person: number };
        if ((people[m.person] as Person).role === 'player') cur = m.person;
        k++;
      }
      focusAt[s.i] = cur;
    }
  }

  // --- templates and relations ---
  // (by sentence index: arrays, not maps)
  const slotsBySent: Slot[][] = sentences.map(() => []);
  const addSlot = (sent: number, s: Slot) => (slotsBySent[sent] as Slot[]).push(s);
  for (const c of entities.clubs) addSlot(c.sent, { kind: 'c', id: clubIndex.get(c.club) as number, start: c.start, end: c.end });
  for (const m of personMentions) {
    const club = clubOfBoss.get(m.person);
    // Only as the subject: nothing but punctuation before him in his sentence.
    const subject = club !== undefined && /^\W*$/.test(text.slice((sentences[m.sent] as Sentence).start, m.start));
    if (subject && club !== undefined) addSlot(m.sent, { kind: 'c', id: club, start: m.start, end: m.end });
    else addSlot(m.sent, { kind: kindOf(m.person), id: m.person, start: m.start, end: m.end });
  }
  for (const a of anaphors) addSlot(a.sent, { kind: 'p', id: a.person, start: a.start, end: a.end, anaphor: true });
  const refYear = referenceYear(text, input.date);
  const relations: Relation[] = [...anaphorRelations];
  // Status cues are read only for sentences that carry a relation or name a player with a club,
  // and only once each.
  const templateText: (string | undefined)[] = new Array(sentences.length);
  const cueMemo: (StatusCue[] | undefined)[] = new Array(sentences.length);
  const cuesOf = (sent: number): StatusCue[] => (cueMemo[sent] ??= findStatusCues(templateText[sent] ?? ''));
  // A cue that names a player ("lost one key figure in ⟦p2⟧") speaks for him alone.
  const sentStatus = (sent: number, player?: number): Status | null =>
    furthest(cuesOf(sent).filter((c) => player === undefined || !c.text.includes('⟦p') || c.text.includes(`⟦p${player}`)));
  let lastPursued = null as number | null;
  // The clubs each player is known to belong to (current or selling club).
  const ownClubs = new Map<number, Set<number>>();
  const readSentence = (s: Sentence): void => {
    // A sentence that names no club and no player carries no relation and no status of one.
    const slots = dedupeSlots(slotsBySent[s.i] as Slot[]);
    if (slots.length === 0) return;
    const t = buildTemplate(s.i, source, s.start, s.end, slots, odd);
    templateText[s.i] = t.text;
    const prevFocus = s.i > 0 ? focusAt[s.i - 1] ?? null : null;
    const focus = slots.some((x) => x.kind === 'p') ? null : prevFocus;
    // "Arsenal have already started further talks": a club alone as subject goes on with the last
    // pursuit, not with whoever was named last ("two youngsters, Saka and Hutchinson"), and not
    // with a player of its own ("a replacement for X, who left Leeds ... Leeds were set to bid").
    const found: Relation[] = findRelations(t, focus, undefined, slots.some((x) => x.kind === 'p') ? null : lastPursued ?? focus, hintsOf(s)).filter(
      (r) => (people[r.player] as Person | undefined)?.role === 'player' && !(r.rule === 'buyer/subject-alone' && ownClubs.get(r.player)?.has(r.club)),
    );
    relations.push(...found);
    for (const r of found) if (r.kind === 'current' || r.kind === 'seller') ownClubs.set(r.player, (ownClubs.get(r.player) ?? new Set<number>()).add(r.club));
    // A move told in a relative clause ("X, who left Leeds to join West Ham") is not the pursuit
    // the article goes on with.
    const pursued = found.find((r) => (r.kind === 'buyer' || r.kind === 'to') && !/^⟦p\d+⟧,? who\b/.test(r.text));
    // ... nor a move already completed or fallen apart ("Leicester splashed out £25m on Daka.
    // Villa are desperate to prevail in this race" goes on with the pursuit before it).
    const stage = pursued ? sentStatus(s.i, pursued.player) : null;
    if (pursued && stage !== 'completed' && stage !== 'off') lastPursued = pursued.player;
  };
  for (const s of sentences) readSentence(s);

  // --- per player: clubs, transfer ---
  const players: Player[] = [];
  const transfers: (Transfer & { first: number; playerIndex: number })[] = [];
  const mentionsOut: Mention[] = [];
  const playerIdx: number[] = [];
  for (let i = 0; i < people.length; i++) if ((people[i] as Person).role === 'player') playerIdx.push(i);
  const relsOf = groupBy(relations, relationPlayer);
  const playerSents = new Map<number, Set<number>>();
  for (const m of [...personMentions, ...anaphors]) {
    const set = playerSents.get(m.person) ?? new Set<number>();
    set.add(m.sent);
    playerSents.set(m.person, set);
  }
  const playersIn = new Map<number, Set<number>>();
  for (const [p, sents] of playerSents) {
    for (const sent of sents) {
      const set = playersIn.get(sent) ?? new Set<number>();
      set.add(p);
      playersIn.set(sent, set);
    }
  }
  const clubSents = new Map<number, Set<number>>();
  for (const c of entities.clubs) {
    const k = clubIndex.get(c.club) as number;
    const set = clubSents.get(k) ?? new Set<number>();
    set.add(c.sent);
    clubSents.set(k, set);
  }
  const anaphorsOf = groupBy(anaphors.filter((a) => !a.pronoun), anaphorPerson);
  const attrs = attachAttributes(text, source, hits, input, people, personMentions, anaphors, sentOfOffset, focusAt);
  const readPlayer = (pi: number): void => {
    const p = people[pi] as Person;
    const rel = relsOf.get(pi) ?? [];
    const current: number[] = [];
    const buyers = new Map<number, { status: Status; explicit: boolean; sent: number }>();
    const suitors: number[] = [];
    const history: number[] = [];
    let departedHome = false;
    for (const r of rel) {
      // A rival's interest placed in an earlier window: "they tried to offload him in the summer
      // amid interest from West Ham".
      if ((r.kind === 'suitor' || r.kind === 'buyer') && EARLIER_WINDOW.test((templateText[r.sent] ?? '').slice(Math.max(0, r.at - 80), r.at))) continue;
      const hist = r.kind === 'history' || isHistory(r.around, refYear, r.kind !== 'suitor', r.head ?? r.around, r.ownFrom);
      if (hist) {
        // (a move he turned down long ago, "snubbed a move to Newcastle", is no club of his past)
        const refused = (r.kind === 'to' || r.kind === 'buyer') && cuesOf(r.sent).some((c) => c.status === 'off' && c.start >= r.at - 40 && c.end <= r.at + r.text.length);
        if (r.kind !== 'suitor' && r.kind !== 'current' && !refused) history.push(r.club);
        continue;
      }
      if (r.kind === 'current' || r.kind === 'seller') current.push(r.club);
      else if (r.kind === 'suitor') suitors.push(r.club);
      else if (r.kind === 'departure') {
        if (homeClub !== null) current.push(homeClub);
        departedHome = true;
      } else if (r.kind === 'arrival') {
        if (homeClub !== null) buyers.set(homeClub, { status: 'completed', explicit: true, sent: Math.min(buyers.get(homeClub)?.sent ?? r.sent, r.sent) });
      } else {
        // Cues inside the relation's own words first ("considering ... Gabriel"), then the sentence's.
        const own = cuesOf(r.sent).filter((c) => c.start >= r.at && c.end <= r.at + r.text.length);
        const st = furthest(own) ?? sentStatus(r.sent, pi) ?? 'interest';
        const prev = buyers.get(r.club);
        const status = prev ? better(prev.status, st) : st;
        buyers.set(r.club, { status, explicit: (prev?.explicit ?? false) || r.kind === 'to', sent: Math.min(prev?.sent ?? r.sent, r.sent) });
      }
    }
    // A club he belongs to is no buyer, unless a rule saw him move there and no other club wants him.
    for (const c of current) if (buyers.has(c) && (buyers.get(c)?.explicit === false || buyers.size > 1)) buyers.delete(c);
    const from = current.find((c) => !buyers.has(c)) ?? null;
    // The club "leading the race" / "the favourite" is the destination while no one has gone
    // beyond a bid (a rejected loan offer does not beat the favourite).
    const leaders = rel.filter((r) => r.rule === 'buyer/leading' && buyers.has(r.club)).map((r) => r.club);
    let noneBeyondBid = true;
    for (const b of buyers.values()) if (LADDER[b.status] > LADDER.bid) noneBeyondBid = false;
    let to: number | null = leaders.length > 0 && noneBeyondBid ? (leaders[0] as number) : null;
    for (const [c, b] of to !== null ? [] : buyers) {
      const best = to === null ? null : (buyers.get(to) as { status: Status; explicit: boolean; sent: number });
      if (!best || LADDER[b.status] > LADDER[best.status] || (LADDER[b.status] === LADDER[best.status] && b.explicit && !best.explicit)) to = c;
    }
    const departed = to === null && from !== null && (departedHome || rel.some((r) => r.kind === 'seller' && sentStatus(r.sent, pi) === 'completed'));
    // The stage reached with the chosen club: its relations, and every sentence that names both.
    let status: Status | null = to !== null ? (buyers.get(to) as { status: Status }).status : departed ? 'completed' : null;
    if (to !== null && status !== null) {
      for (const sent of playerSents.get(pi) ?? []) {
        if (!clubSents.get(to)?.has(sent) || (playersIn.get(sent)?.size ?? 0) > 1) continue;
        const st = sentStatus(sent, pi);
        if (st && st !== 'off') status = better(status, st);
      }
      // A move that collapsed ("failed his medical", "the deal broke down") is off, however far it got.
      const collapsed = Array.from(playerSents.get(pi) ?? []).some((sent) => clubSents.get(to as number)?.has(sent) && (playersIn.get(sent)?.size ?? 0) <= 1 && collapses(cuesOf(sent)));
      if (collapsed && status !== 'completed') status = 'off';
    }
    const name = (c: number | null) => (c === null || c < 0 ? null : (clubNames[c] as string));
    const a = attrs.get(pi);
    const completed = status === 'completed';
    const contract = pickContract(a?.contracts ?? [], completed, input.date);
    // (no array spreads in this function: they sent V8 back to unoptimised code on every article)
    const formerSet = unique((completed && from !== null ? history.concat(from) : history).map(name).filter((n): n is string => n !== null));
    const clubNow = completed ? name(to) : name(from);
    const spans = p.mentions.map((m) => span(text, m.start, m.end));
    for (const an of anaphorsOf.get(pi) ?? []) spans.push(span(text, an.start, an.end));
    sortBy(spans, (x, y) => x.start - y.start);
    players.push({
      name: p.name,
      age: a?.age?.value ?? null,
      nationality: a?.nationality ? { code: a.nationality.value, name: gaz.nations.get(a.nationality.value) ?? a.nationality.value } : null,
      caps: a?.caps?.value ?? null,
      position: a?.position?.value ?? null,
      club: clubNow,
      contractExpiry: contract?.year ?? null,
      formerClubs: formerSet.filter((n) => n !== clubNow),
      mentions: spans,
    });
    for (const m of p.mentions) mentionsOut.push(mention(text, m.start, m.end, 'player', p.name, p.name, m.known ? 'gazetteer/player' : 'rules/person'));
    for (const an of anaphorsOf.get(pi) ?? []) mentionsOut.push(mention(text, an.start, an.end, 'player', p.name, p.name, 'resolve/anaphor'));
    for (const f of a?.all ?? []) mentionsOut.push(mention(text, f.start, f.end, f.type, f.value, p.name, f.rule));
    if (status !== null) {
      const evidence = unique(rel.map((r) => r.sent)).map((s) => span(text, (sentences[s] as Sentence).start, (sentences[s] as Sentence).end));
      transfers.push({
        player: p.name,
        from: name(from),
        to: name(to),
        suitors: unique(suitors.concat(Array.from(buyers.keys())).filter((c) => c !== to && c !== from).map(name).filter((n): n is string => n !== null)),
        fees: [],
        status,
        main: false,
        evidence,
        first: p.first,
        playerIndex: pi,
      });
    }
  };
  for (const pi of playerIdx) readPlayer(pi);
  sortBy(transfers, (x, y) => x.first - y.first);
  // The headline story: the transfer whose player the article talks about most, the first on a tie.
  // The article's first story counts a little extra: headlines lead with it.
  const opener = transfers[0]?.playerIndex;
  const weight = (t: { playerIndex: number }) =>
    (people[t.playerIndex] as Person).mentions.length + (anaphorsOf.get(t.playerIndex)?.length ?? 0) + (t.playerIndex === opener ? OPENER_BONUS : 0);
  const main = transfers.reduce<(typeof transfers)[number] | undefined>((best, t) => (!best || weight(t) > weight(best) ? t : best), undefined);
  if (main) {
    main.main = true;
    transfers.splice(transfers.indexOf(main), 1);
    transfers.unshift(main);
  }

  // --- fees: each sum goes to the transfer of the player its sentence is about ---
  const bySent = new Map<number, number>();
  const transferOf = new Map(transfers.map((t) => [t.playerIndex, t]));
  for (const t of transfers) for (const r of relsOf.get(t.playerIndex) ?? []) if (!bySent.has(r.sent)) bySent.set(r.sent, t.playerIndex);
  const anaphorsBySent = groupBy(anaphors, anaphorSent);
  const readFee = (m: ReturnType<typeof findMoney>[number]): void => {
    const s = sentOfOffset(m.start);
    const sent = sentences[s] as Sentence;
    const local = text.slice(sent.start, sent.end);
    const from = Math.max(sent.start, m.start - 70);
    if (isHistory(text.slice(from, Math.min(sent.end, m.end + 30)).toLowerCase(), refYear, true, undefined, m.start - from) || NOT_A_FEE.test(local.slice(Math.max(0, m.start - sent.start - 40), m.end - sent.start + 30))) return;
    // The player named (or referred to: "The 26-year-old ... are asking for €15m") nearest before
    // the sum in its sentence, else the first after it.
    const inSentence: { start: number; end: number; person: number }[] = [];
    for (const x of mentionsIn.get(s) ?? []) if (transferOf.has(x.person)) inSentence.push(x);
    for (const x of anaphorsBySent.get(s) ?? []) if (transferOf.has(x.person)) inSentence.push(x);
    sortBy(inSentence, (a, b) => a.start - b.start);
    const named = inSentence.filter((x) => x.end <= m.start).pop() ?? inSentence[0];
    const who = named?.person ?? bySent.get(s) ?? focusAt[s] ?? null;
    let t = (who !== null ? transferOf.get(who) : undefined) ?? (transfers.length > 0 && who === null ? transfers[0] : undefined);
    // "The reported figure of over €100 million": a sum that refers back to one already given to
    // another player's move is that fee again.
    if (BACK_REFERENCE.test(text.slice(Math.max(sent.start, m.start - 40), m.start))) {
      const again = transfers.find((x) => x !== t && x.fees.some((f) => sharesSum(f, m.sums.flat())));
      if (again) t = again;
    }
    const kind = feeKind(local, m.start - sent.start, m.end - sent.start);
    // "€60m, with €35m due up front and a further €25m in add-ons": the add-ons are part of the
    // whole already given; "an initial €50m plus €10m in add-ons" lists them as a fee of their own.
    if (ADD_ON_AFTER.test(text.slice(m.end, m.end + 40)) && /\b(?:up ?front|upfront)\b/i.test(local)) return;
    mentionsOut.push(mention(text, m.start, m.end, 'fee', { kind, amounts: m.sums.flat() }, t?.player, `rules/money+kind/${kind}`));
    if (!t) return;
    for (const sum of m.sums) addFee(t.fees, kind, sum, span(text, m.start, m.end));
  };
  for (const m of findMoney(text, source, hits)) readFee(m);

  // --- clubs, sources, nations for grounding ---
  const clubMentions = groupBy(entities.clubs, clubName);
  const clubs = clubNames.map((n) => ({
    name: n,
    country: gaz.clubs.get(n)?.country ?? null,
    mentions: (clubMentions.get(n) ?? []).map((c) => span(text, c.start, c.end)),
  }));
  for (const c of entities.clubs) mentionsOut.push(mention(text, c.start, c.end, 'club', c.club, c.club, c.rule));
  const sourceNames = unique(entities.sources.map((s) => s.name));
  const sourceMentions = groupBy(entities.sources, sourceName);
  const sources = sourceNames.map((n) => {
    const ms = sourceMentions.get(n) ?? [];
    return { name: n, kind: (ms[0] as { kind: 'outlet' | 'journalist' }).kind, mentions: ms.map((s) => span(text, s.start, s.end)) };
  });
  for (const l of entities.leagues) mentionsOut.push(mention(text, l.start, l.end, 'league', l.name, undefined, 'gazetteer/league'));
  for (const s of entities.sources) mentionsOut.push(mention(text, s.start, s.end, 'source', s.name, s.name, 'gazetteer/source'));
  sortBy(mentionsOut, (a, b) => a.start - b.start || a.end - b.end);

  return {
    date: input.date,
    players,
    clubs,
    transfers: transfers.map(({ first: _f, playerIndex: _p, ...t }) => t),
    sources,
    mentions: dedupeMentions(mentionsOut),
  };
}

const EARLIER_WINDOW = /\b(?:tried|failed|attempted|wanted|sought|rejected|turned down|was|were|had|did)\b[^.;⟦]{0,40}\b(?:in|during) the (?:summer|winter|january)(?: window)?\b[^.;⟦]{0,20}$/;
const BACK_REFERENCE = /\b(?:the|that|this) (?:reported |quoted |proposed |mooted |same )?(?:figure|fee|sum|amount|price)(?: of)?(?: over| around| about| up to)? $/i;

const FEE_PRIORITY: Record<FeeKind, number> = { 'release-clause': 6, wages: 5, 'asking-price': 4, fee: 3, valuation: 2, bid: 1 };

/** Whether a fee already holds one of these sums (same currency, within half a per cent). */
function sharesSum(fee: Fee, amounts: readonly Money[]): boolean {
  return fee.amounts.some((a) => amounts.some((b) => a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005 * b.amount));
}

function addFee(fees: Fee[], kind: FeeKind, amounts: Money[], where: Span): void {
  // A sum mentioned twice is one fee; the more specific kind of the two wins.
  const same = fees.find((f) => sharesSum(f, amounts));
  if (same) {
    if (FEE_PRIORITY[kind] > FEE_PRIORITY[same.kind]) same.kind = kind;
    for (const b of amounts) if (!same.amounts.some((a) => a.currency === b.currency)) same.amounts.push(b);
    same.mentions.push(where);
    return;
  }
  fees.push({ kind, amounts: [...amounts], mentions: [where] });
}

interface Attrs {
  age: Finding<number> | undefined;
  caps: Finding<number> | undefined;
  position: Finding<Position> | undefined;
  nationality: Finding<string> | undefined;
  contracts: Finding<ContractValue>[];
  all: Finding[];
}

function attachAttributes(
  text: string,
  /** The text in lower case (the template source: its hint words are found there as in the text). */
  lower: string,
  /** Where the rules' hint words stand in `lower`. */
  hits: HintHits,
  input: Input,
  people: readonly Person[],
  /** Every mention of a person, in text order. */
  mentions: readonly { start: number; end: number; sent: number; person: number }[],
  anaphors: readonly Anaphor[],
  sentOf: (at: number) => number,
  focusAt: readonly (number | null)[],
): Map<number, Attrs> {
  const out = new Map<number, Attrs>();
  const inSentence = groupBy(mentions, mentionSent);
  const named = anaphors.filter((a) => !a.pronoun);
  const anaphorsIn = groupBy(named, anaphorSent);
  // A nation inside a reference to a player, or right after one ("the 23-year-old Ivorian").
  const nextToReference = (at: number) => {
    const a = itemAt(named, lowerBound(named, at + 1, (x) => x.start) - 1);
    return a !== undefined && at <= a.end + 1;
  };
  const capsFor = (n: { start: number }) => NAT_CAPS_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start));
  const nat: Finding<string>[] = input.entities.nations
    .filter((n) => NAT_NOUN.test(text.slice(n.end, n.end + 40)) || capsFor(n) || nextToReference(n.start))
    .map((n) => ({ type: 'nationality', start: n.start, end: n.end, value: n.code, rule: capsFor(n) ? 'rules/nationality/caps-for' : n.demonym ? 'rules/nationality/demonym' : 'rules/nationality/nation' }));
  const findings: Finding[] = (findAges(text, lower, hits) as Finding[]).concat(findCaps(text, lower, hits), findPositions(text, lower, hits), nat);
  const get = (p: number) => {
    let a = out.get(p);
    // (every field from the start: one object shape, whatever order the findings come in)
    if (!a) out.set(p, (a = { age: undefined, caps: undefined, position: undefined, nationality: undefined, contracts: [], all: [] }));
    return a;
  };
  const target = (f: Finding, loose: boolean): number | null => {
    const an = covering(anaphors, f.start, f.end);
    if (an) return an.person;
    const s = sentOf(f.start);
    const here = inSentence.get(s) ?? [];
    const after = here.find((m) => m.start >= f.end);
    if (after) {
      const gap = text.slice(f.end, after.start);
      const clean = gap.replace(NAME_WORD, ' ');
      if (GAP_OK.test(gap) && !GAP_STOP.test(clean) && gap.length < 45) return after.person;
    }
    // "Kossounou, a 23-year-old ...", "The 22-year-old is poised to become the second Netherlands international".
    const before = sortBy((here as { end: number; person: number }[]).concat(anaphorsIn.get(s) ?? []).filter((m) => m.end <= f.start), (a, b) => a.end - b.end).pop();
    // ("The 23-year-old Guinean", "Pennock, an England international", "Kane, the Tottenham striker")
    if (before && /^(?:|\s|,\s|,\s(?:an?|the)\s(?:[\w-]+\s){0,2}|\s\(|\sis an?\s|\s(?:is|was|(?:is |was )?(?:\w+ )?(?:poised |set |expected |likely )?to become|becomes|became) (?:one of )?(?:a|an|the)\s(?:[\w-]+\s){0,2}|,? who (?:can|could) (?:also )?play as an?\s|\sas an?\s)$/.test(text.slice(before.end, f.start))) return before.person;
    if (loose) {
      const named = here.find((m) => (people[m.person] as Person).role === 'player');
      return named?.person ?? focusAt[s] ?? null;
    }
    // "Arsenal are eyeing another Brazilian teenager after being alerted to Flamengo winger
    // Goncalves", "... their eye on another Brazilian wonderkid. Arsenal are keen on Reinier": an
    // indefinite description introduces the next player named (in its sentence or the next).
    if (f.type === 'nationality' && INDEFINITE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) {
      let next: (typeof mentions)[number] | undefined;
      for (let k = lowerBound(mentions, f.end, (m) => m.start); k < mentions.length && (mentions[k] as { sent: number }).sent <= s + 1 && !next; k++) {
        if ((people[(mentions[k] as { person: number }).person] as Person).role === 'player') next = mentions[k];
      }
      if (next) return next.person;
    }
    return null;
  };
  const give = (p: number | null, f: Finding) => {
    if (p === null || (people[p] as Person).role !== 'player') return;
    const a = get(p);
    const key = f.type as 'age' | 'caps' | 'position' | 'nationality';
    if (a[key] === undefined) (a as unknown as Record<string, Finding>)[key] = f;
    a.all.push(f);
  };
  for (const f of findings) {
    // Caps, and a nation capped for, belong to the player the sentence is about.
    give(target(f, f.type === 'caps' || f.rule === 'rules/nationality/caps-for'), f);
    // "the second Netherlands international to join Bayern after Gravenberch": he is one too.
    if (f.type === 'nationality') {
      const next = firstFrom(mentions, f.end + 1);
      if (next && next.start - f.end < 90 && NEXT_OF_KIND.test(text.slice(f.end, next.start))) give(next.person, f);
    }
  }
  for (const f of findContracts(text, lower, hits)) {
    const p = target(f, true);
    if (p === null || (people[p] as Person).role !== 'player') continue;
    const a = get(p);
    a.contracts.push(f);
    a.all.push({ ...f, value: resolveRelative(f.value, input.date) });
  }
  return out;
}

function pickContract(list: readonly Finding<ContractValue>[], completed: boolean, date: string | null): { year: number } | null {
  const want = completed ? 'new' : 'current';
  const f = list.find((x) => x.value.kind === want) ?? (completed ? undefined : undefined);
  if (!f) return null;
  const year = resolveRelative(f.value, date);
  return year === null ? null : { year };
}

function better(a: Status, b: Status): Status {
  if (a === 'off' || b === 'off') return a === 'off' && b === 'off' ? 'off' : LADDER[a === 'off' ? b : a] >= LADDER.agreed ? (a === 'off' ? b : a) : 'off';
  return LADDER[a] >= LADDER[b] ? a : b;
}

function dedupeSlots(slots: Slot[]): Slot[] {
  const sorted = sortBy([...slots], (a, b) => a.start - b.start || b.end - a.end);
  const out: Slot[] = [];
  for (const s of sorted) {
    const last = lastOf(out);
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Drops repeats of a mention (same span, type and referent) from a list sorted by span. */
function dedupeMentions(list: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Repeats share a span, and sorted by span they stand together: only the run of mentions with
  // this one's span needs looking at.
  let runFrom = 0;
  for (const m of list) {
    const first = out[runFrom];
    if (first === undefined || first.start !== m.start || first.end !== m.end) runFrom = out.length;
    let repeat = false;
    for (let k = runFrom; k < out.length && !repeat; k++) repeat = (out[k] as Mention).type === m.type && ((out[k] as Mention).ref ?? '') === (m.ref ?? '');
    if (!repeat) out.push(m);
  }
  return out;
}


function mention(text: string, start: number, end: number, type: string, value: unknown, ref: string | undefined, rule: string): Mention {
  const m: Mention = { start, end, text: text.slice(start, end), type, value, rule };
  if (ref !== undefined) m.ref = ref;
  return m;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
