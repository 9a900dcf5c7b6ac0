/**
 * People: capitalised runs that no gazetteer claimed become person candidates; a candidate counts
 * when it is a known player, has a first name, or stands where prose puts a person ("Lille's
 * Gabriel", "defender Ko Itakura", "Furuhashi, 26,"). Mentions of one person are clustered
 * ("Kossounou" joins "Odilon Kossounou"), and each cluster is a player unless titles or the
 * non-player list say it is a coach, an official, an agent or a journalist.
 */
import { fold, ROLE_NOUNS } from '../text.js';
import type { Token } from '../tokenizer.js';
import { itemAt, sortBy } from '../sorted.js';
import type { Lexicon } from '../gazetteer/builtin.js';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly sent: number;
  readonly text: string;
  readonly words: readonly string[];
  /** Known from the player gazetteer (canonical name) or the non-player list. */
  readonly known?: { type: 'player' | 'nonplayer'; id: string };
}

export interface Person {
  name: string;
  words: string[];
  mentions: PersonMention[];
  role: 'player' | 'nonplayer' | 'journalist' | 'outlet';
  /** Index of first mention, for ordering. */
  first: number;
}

const ARTICLES = new Set(['le', 'la', 'les', 'los', 'las', 'il', 'lo', 'die', 'der', 'das']);
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'da', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'von', 'ter', 'ten', 'el', 'bin', 'ben', 'mac', 'du', 'st']);
// Capitalised words that open a sentence or a heading but never a name.
const NEVER = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'if', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'he', 'she', 'his', 'her', 'they', 'we', 'i', 'it', 'this', 'that', 'these', 'there', 'who', 'what', 'when', 'why', 'how', 'while', 'after', 'before', 'since', 'despite', 'although', 'however', 'meanwhile', 'instead', 'now', 'next', 'then', 'yet', 'still', 'also', 'exclusive', 'report', 'reports', 'according', 'sources', 'source', 'photo', 'getty', 'images', 'read', 'more', 'watch', 'sign', 'up', 'video', 'article', 'image', 'icon', 'ad', 'share', 'copy', 'link', 'football', 'news', 'today', 'sport', 'sports', 'transfer', 'transfers', 'latest', 'breaking', 'update', 'live', 'club', 'fc', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'sir', 'dr', 'written', 'author', 'european', 'world', 'cup', 'league', 'championship', 'premiership', 'division', 'stadium', 'park', 'arena', 'road', 'bbc', 'uefa', 'fifa', 'mls', 'spl', 'efl', 'var', 'no', 'vs', 'v', 'ceo', 'u21', 'u19', 'u17', 'u20', 'u23', 'under']);

/** Whether a folded word is ordinary English (and so, alone and capitalised, probably not a name). */
export const isCommon = (w: string, lex: Lexicon): boolean => lex.common.has(w) && !lex.firstNames.has(w);

/** Finds the capitalised runs in the tokens that are not covered by any gazetteer match. */
export function findPersonRuns(tokens: readonly Token[], covered: readonly number[], lex: Lexicon, textEnd = -1): PersonMention[] {
  const out: PersonMention[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (!startsName(t, covered[k] === 1, itemAt(tokens, k - 1))) {
      k++;
      continue;
    }
    let end = k + 1;
    let last = k;
    while (end < tokens.length) {
      const u = tokens[end] as Token;
      if (u.sent !== t.sent || u.lineBefore || covered[end] === 1) break;
      if (u.kind === 'word' && u.cap && !isAllCaps(u.text) && !/^['’]/.test(u.text)) {
        last = end;
        end++;
        continue;
      }
      // "Virgil van Dijk", "Hal Robson-Kanu": a particle or hyphen continues a name when a capital follows.
      const next = tokens[end + 1];
      if (next && next.kind === 'word' && next.cap && next.sent === t.sent && covered[end + 1] !== 1 &&
        ((PARTICLES.has(u.norm) && u.spaceBefore) || (u.text === '-' && !u.spaceBefore && !next.spaceBefore))) {
        end++;
        continue;
      }
      break;
    }
    let run = tokens.slice(k, last + 1);
    k = last + 1;
    // An excerpt cut mid-word ("... and Marina Gra"): the last word of the text may be a fragment.
    if (last === tokens.length - 1 && (tokens[last] as Token).end === textEnd) run = run.slice(0, -1);
    if (run.length === 0) continue;
    const trimmed = trimRun(run, tokens, lex);
    if (trimmed.length === 0) continue;
    // A capitalised line standing alone ("OneFootball Videos") is page furniture unless it opens
    // with a given name.
    const firstTok = trimmed[0] as Token;
    const after = tokens[(trimmed[trimmed.length - 1] as Token).i + 1];
    if ((firstTok.i === 0 || firstTok.lineBefore) && (!after || after.lineBefore) && !lex.firstNames.has(firstTok.norm)) continue;
    const first = trimmed[0] as Token;
    const lastTok = trimmed[trimmed.length - 1] as Token;
    // "BoubakarySoumare": a page that lost the space between given name and surname.
    const words: string[] = [];
    for (const x of trimmed) {
      if (x.text === '-') continue;
      const parts = splitJoined(x.text, lex);
      // (a word token's folded form is its norm; only the halves of a joined word need folding)
      if (parts.length === 1) words.push(x.norm);
      else for (const part of parts) words.push(fold(part).replace(/['’]/g, ''));
    }
    out.push({ start: first.start, end: lastTok.end, from: first.i, to: lastTok.i + 1, sent: first.sent, text: '', words });
  }
  return out;
}

/**
 * "BoubakarySoumare" → ["Boubakary", "Soumare"]; "McTominay", "DeAndre", "MacAllister" stay whole,
 * and so does "MadridDeal" (headings run together): neither half may be a place or an ordinary word.
 */
export function splitJoined(w: string, lex?: Lexicon): string[] {
  const m = JOINED.exec(w);
  if (!m) return [w];
  const parts = [m[1] as string, m[2] as string];
  if (lex && parts.some((x) => lex.places.has(fold(x)) || isCommon(fold(x), lex))) return [w];
  return parts;
}

// Module-level patterns: the build turns \p{} literals into `new RegExp` calls, so none stand in a function.
const JOINED = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u;
const UPPER = /\p{Lu}/u;
const isAllCaps = (w: string): boolean => {
  if (w.length <= 2) return false;
  // (a lower-case ASCII letter settles it without upper-casing the word)
  const c = w.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return w === w.toUpperCase() && UPPER.test(w);
};

function startsName(t: Token, covered: boolean, prev: Token | undefined): boolean {
  if (covered || t.kind !== 'word' || !t.cap) return false;
  // Inside an address ("twitter.com/JacobsBen", "@FabrizioRomano") nothing is a name.
  if (prev && !t.spaceBefore && /^[/.@#_]$/.test(prev.text)) return false;
  return !isAllCaps(t.text) && !NEVER.has(t.norm) && !/^['’]/.test(t.text);
}

/** Drops sentence-initial ordinary words ("Standing at 1.91 m, ..."), trailing titles, junk runs. */
const ROLE_WORDS = new Set(ROLE_NOUNS);

function trimRun(run: Token[], tokens: readonly Token[], lex: Lexicon): Token[] {
  let r = run.filter((t) => !NEVER.has(t.norm) || PARTICLES.has(t.norm));
  if (r.length !== run.length && r[0] !== run[0]) r = run.slice(run.indexOf(r[0] as Token));
  while (r.length > 0 && PARTICLES.has((r[0] as Token).norm) && r.length === 1) r = [];
  const head = r[0];
  if (!head) return [];
  // "Le Championnat", "Los Cafeteros": a run that opens with a foreign article is a title or a
  // nickname, not a person ("Robin Le Normand" opens with his given name).
  if (ARTICLES.has(head.norm)) return [];
  // "Under-17", "Class of 2019": names hold no digits.
  if (r.some((t) => /\d/.test(t.text))) return [];
  const prev = itemAt(tokens, head.i - 1);
  const sentenceStart = !prev || prev.sent !== head.sent || /^[“"‘'(:–—-]$/.test(prev.text);
  const content = r.filter((t) => !PARTICLES.has(t.norm) && t.text !== '-');
  if (content.length === 0) return [];
  const commonCount = content.filter((t) => isCommon(t.norm, lex)).length;
  if (content.length === 1) {
    // One capitalised ordinary word opening a sentence is just a capital letter.
    if (commonCount === 1 && (sentenceStart || lex.places.has(head.norm))) return [];
    if (lex.places.has(head.norm)) return [];
    return r;
  }
  if (sentenceStart && isCommon(head.norm, lex)) return trimRun(r.slice(1), tokens, lex);
  // "Winger Jon Etxeberria joined ...", "Striker Caspar Oyelaran": a capitalised role word before
  // the name (a sentence's first word, a headline's) is not part of it.
  if (ROLE_WORDS.has(head.norm)) return trimRun(r.slice(1), tokens, lex);
  // "Salary Budget", "Big Tech", "North Londoners": a name does not open with an ordinary word
  // unless it is also a first name ("Grant Hanley"), nor hold digits.
  // ... except right after a role word: "midfielder Pol Ferrer".
  const afterRole = prev !== undefined && prev.sent === head.sent && ROLE_WORDS.has(prev.norm);
  if ((isCommon(head.norm, lex) && !afterRole) || r.some((t) => /\d/.test(t.text))) return [];
  if (commonCount === content.length && !lex.firstNames.has(head.norm)) return [];
  // "OneFootball Videos", "Minas State": an ordinary last word needs a given name before it
  // ("John Stones" is a name).
  const last = content[content.length - 1] as Token;
  if (isCommon(last.norm, lex) && !lex.firstNames.has(head.norm)) return [];
  return r;
}

/** Groups mentions of one person: a shorter form joins the longer name that contains its words. */
export function clusterPeople(mentions: PersonMention[]): Person[] {
  const people: Person[] = [];
  // The first person (in order of creation) a mention belongs to, found through three indexes
  // instead of a scan: by gazetteer id, by the whole name, and by each word of the name.
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  const byLength = sortBy([...mentions], (a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of byLength) {
    let target = m.known ? byId.get(m.known.id) ?? Infinity : Infinity;
    const key = m.words.join(' ');
    target = Math.min(target, byName.get(key) ?? Infinity);
    // A surname or a first name alone stands for the full name; so does "de Ligt" for "Matthijs de Ligt".
    const content = m.words.filter((w) => !PARTICLES.has(w));
    for (const k of content.length > 0 ? byWord.get(content[0] as string) ?? [] : []) {
      if (k >= target) break;
      const p = people[k] as Person;
      if (p.words.length > m.words.length && content.every((w) => p.words.includes(w))) target = k;
    }
    if (target === Infinity) {
      target = people.length;
      people.push({ name: '', words: [...m.words], mentions: [], role: 'player', first: m.start });
      if (!byName.has(key)) byName.set(key, target);
      for (const w of new Set(m.words)) {
        const list = byWord.get(w);
        if (list) list.push(target);
        else byWord.set(w, [target]);
      }
    }
    (people[target] as Person).mentions.push(m);
    const had = m.known ? byId.get(m.known.id) : undefined;
    if (m.known && (had === undefined || had > target)) byId.set(m.known.id, target);
  }
  for (const p of people) {
    sortBy(p.mentions, (a, b) => a.start - b.start);
    p.first = (p.mentions[0] as PersonMention).start;
    const full = p.mentions.find((m) => m.words.length === p.words.length) ?? (p.mentions[0] as PersonMention);
    // A name run together on the page ("BoubakarySoumare") is given with its space back.
    const shown = full.text.split(' ');
    p.name = full.words.length > shown.length ? shown.flatMap((x) => splitJoined(x)).join(' ') : full.text;
  }
  return sortBy(people, (a, b) => a.first - b.first);
}

