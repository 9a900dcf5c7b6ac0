/**
 * Tokenizer stage: tokens with character offsets and folded word forms, and sentences. The
 * boundaries are wink-nlp's (the pipeline was first built on its tokenizer; tests/tokenizer.test.ts
 * checks the two agree), found by a single scan that costs a fifth of wink's `readDoc`, loads no
 * model (half the cold start and heap) and runs anywhere JavaScript does.
 * The input string is never rewritten: `text.slice(t.start, t.end) === t.text` for every token.
 */
import { fold, isCapitalised } from './text.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'currency' | 'symbol' | 'space' | 'other';

export interface Token {
  readonly i: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Folded form: lower case, no accents, no apostrophes. */
  readonly norm: string;
  /** A line break stands between this token and the one before. */
  readonly lineBefore: boolean;
  /** Whitespace stands before this token. */
  readonly spaceBefore: boolean;
  /**
   * Its first character is an upper-case letter ("Kossounou", "É"), as `isCapitalised(text)` says:
   * read from the text once here, not from the many kinds of token strings in every later test.
   */
  readonly cap: boolean;
  /**
   * A word or number of ASCII letters and digits only: its norm is one word as the gazetteer
   * keys it (read from the text here, for the same reason as `cap`).
   */
  readonly plain: boolean;
  sent: number;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first token and one past its last. */
  readonly from: number;
  readonly to: number;
}

export interface Tokenized {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  /**
   * The text in lower case, character for character (the few characters whose lower case is
   * longer, such as "İ", keep their case): one lower-casing per article, which the token norms
   * and the templates both read.
   */
  readonly lower: string;
  /**
   * Where whitespace other than a single space starts: runs of two or more whitespace characters,
   * and any one that is not a space (as `oddSpaces` finds them), noted by the scan in passing.
   */
  readonly oddSpaces: number[];
}

/** `text` in lower case with every character at its offset (see `Tokenized.lower`). */
export function lowerInPlace(text: string): string {
  const low = text.toLowerCase();
  return low.length === text.length ? low : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

const APOSTROPHES = /['’`]/g;

/**
 * One pass over the characters, no backtracking: a word is letters and digits, with inner
 * hyphens, apostrophes and dots where names and abbreviations have them ("Robson-Kanu",
 * "O'Neill", "U.S.", "St."); a number keeps its inner separators ("1,000,000", "2023/24", "2-1");
 * clitics stand apart ("Arsenal" + "'s", "wo" + "n't"). The boundaries follow wink-nlp's English
 * tokenizer, which the pipeline was first built on, at a fraction of its cost.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  // (a word with capitals takes its norm from here: lower-casing each such word on its own went,
  // for the many texts held in two-byte strings, through ICU once per word)
  const lower = lowerInPlace(text);
  const n = text.length;
  let at = 0;
  let line = false;
  let spaced = false;
  const push = (end: number, kind: TokenKind, shape = UNKNOWN, plain?: boolean) => {
    const c = text.charCodeAt(at);
    const cap = c < 128 ? c >= 65 && c <= 90 : kind === 'word' && isCapitalised(text.charAt(at));
    pushToken(tokens, text, text.slice(at, end), at, end, kind, line, spaced, cap, plain ?? ((kind === 'word' || kind === 'number') && isPlainAt(text, at, end)), shape === UPPER ? lower.slice(at, end) : shape === LOWER ? null : undefined);
    at = end;
    line = false;
    spaced = false;
  };
  const oddSpaces: number[] = [];
  while (at < n) {
    const c = text.charCodeAt(at);
    if (isSpace(c)) {
      // (the first character of a run: odd when it is no space or has whitespace after it)
      if (!spaced && (c !== 32 || (at + 1 < n && isSpace(text.charCodeAt(at + 1))))) oddSpaces.push(at);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) line = true;
      spaced = true;
      at++;
      continue;
    }
    const cls = classOf(text, at);
    if (cls === DIGIT) {
      // "89th", "22nd": an ordinal is one token.
      const e = scanNumber(text, at);
      if (isOrdinalSuffix(text.charCodeAt(e) | 32, text.charCodeAt(e + 1) | 32) && !isLetterAt(text, e + 2)) push(e + 2, 'other');
      else push(e, 'number');
    } else if (cls === LETTER) scanWord(text, lower, at, push);
    else if (c === 35 || c === 64) {
      // "#deal", "@FabrizioRomano": one token, as tags are.
      let e = at + 1;
      while (e < n && classOf(text, e) >= LETTER) e += charLength(text, e);
      push(e > at + 1 ? e : at + 1, e > at + 1 ? 'other' : 'symbol');
    } else if (c === 46 && text.startsWith('...', at)) push(at + 3, 'punct');
    else if (CURRENCY.has(c)) push(at + 1, 'currency');
    else if (cls === PUNCT) push(at + 1, 'punct');
    else push(at + charLength(text, at), cls === SYMBOL ? 'symbol' : 'other');
  }
  return { tokens, sentences: splitSentences(text, tokens), lower, oddSpaces };
}

const OTHER = 0;
const PUNCT = 1;
const SYMBOL = 2;
const LETTER = 3;
const DIGIT = 4;
const CURRENCY = new Set([0x24, 0xa3, 0xa5, 0x20ac, 0x20b9, 0x20bd, 0x20a9, 0x20ba, 0x20a6, 0x20b1, 0x20aa]);
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const PUNCT_RE = /^\p{P}$/u;
const SYMBOL_RE = /^\p{S}$/u;
// Character classes of the Basic Multilingual Plane, filled in as characters are first met.
const BMP = new Uint8Array(0x10000).fill(255);

function classOf(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    if (c >= 48 && c <= 57) return DIGIT;
    return c === 36 || c === 38 || c === 43 || c === 60 || c === 61 || c === 62 || c === 94 || c === 96 || c === 124 || c === 126 ? SYMBOL : c > 32 && c !== 127 ? PUNCT : OTHER;
  }
  if (c >= 0xd800 && c <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(k) as number));
  let known = BMP[c] as number;
  if (known === 255) BMP[c] = known = classify(String.fromCharCode(c));
  return known;
}

function classify(ch: string): number {
  return LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : PUNCT_RE.test(ch) ? PUNCT : SYMBOL_RE.test(ch) ? SYMBOL : OTHER;
}

/** 2 for a surrogate pair (an astral character), else 1. */
function charLength(text: string, k: number): number {
  const c = text.charCodeAt(k);
  return c >= 0xd800 && c <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** "st", "nd", "rd", "th" (char codes, lower-cased by `| 32`). */
const isOrdinalSuffix = (a: number, b: number) => (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
const isLetterAt = (text: string, k: number) => k < text.length && classOf(text, k) === LETTER;
const isDigitAt = (text: string, k: number) => k < text.length && classOf(text, k) === DIGIT;

/** "1,000,000", "40.5", "2023/24", "2-1", "10:30": digits with single separators between digits. */
function scanNumber(text: string, from: number): number {
  let e = from;
  for (;;) {
    while (isDigitAt(text, e)) e += charLength(text, e);
    const c = text.charCodeAt(e);
    if ((c === 44 || c === 46 || c === 47 || c === 58 || c === 45) && isDigitAt(text, e + 1)) {
      e++;
      continue;
    }
    return e;
  }
}

// Words whose full stop belongs to them ("St. Pauli", "Jan. 2025"), not to the sentence.
const ABBREVIATIONS = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'prof', 'inc', 'ltd']);
const ABBREVIATION_MAX = Math.max(...Array.from(ABBREVIATIONS, (a) => a.length));
const PREFIXES = new Set(['pre', 'under', 'vice', 'co', 'non', 'anti', 'post', 'semi', 'mid', 'sub', 'self', 'ex', 'e', 'a', 're']);
const CLITICS = new Set(['s', 're', 've', 'll', 'd']);

// What a scan saw of a word's letters, so that its folded form needs no second look: only ASCII
// lower case (the word is its own form), some upper case too, or anything else (folded in full).
const UNKNOWN = 0;
const LOWER = 1;
const UPPER = 2;

/** A word from `from` (a letter), with the clitic after it as a token of its own. */
function scanWord(text: string, lower: string, from: number, push: (end: number, kind: TokenKind, shape?: number, plain?: boolean) => void): void {
  const n = text.length;
  let e = from;
  let shape = LOWER;
  // (a hyphenated word keeps its shape, for its norm, but is no plain word)
  let hyphen = false;
  for (;;) {
    while (e < n) {
      // (ASCII letters and digits by their codes: most of the text, and the loop runs per character)
      const c = text.charCodeAt(e);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) e++;
      else if (c >= 65 && c <= 90) {
        if (shape === LOWER) shape = UPPER;
        e++;
      } else if (c < 128) break;
      else {
        const cls = classOf(text, e);
        if (cls !== LETTER && cls !== DIGIT) break;
        shape = UNKNOWN;
        e += charLength(text, e);
      }
    }
    const c = text.charCodeAt(e);
    // "pre-season", "under-21", "vice-captain" are words; other hyphens split ("centre" - "back"), and
    // so does "ex-" before a name ("ex" - "Genk": the gazetteer sees the name alone).
    if (c === 45 && (isLetterAt(text, e + 1) || isDigitAt(text, e + 1)) && PREFIXES.has(lower.slice(from, e)) && !(e - from <= 2 && /^\p{Lu}/u.test(text.slice(e + 1, e + 3)))) {
      e++;
      hyphen = true;
      continue;
    }
    // "O'Neill", but not the clitic of "Arsenal's", "we're".
    if (isApostrophe(c) && isLetterAt(text, e + 1)) {
      let k = e + 1;
      while (isLetterAt(text, k)) k += charLength(text, k);
      const rest = lower.slice(e + 1, k);
      if (!CLITICS.has(rest) && !(rest === 't' && (text.charCodeAt(e - 1) | 32) === 110)) {
        e = k;
        shape = UNKNOWN;
        continue;
      }
    }
    break;
  }
  // (what the letters say, before a full stop perhaps joins them)
  const wordEnd = e;
  const plain = shape !== UNKNOWN && !hyphen;
  // "U.S.", "St.", "Jan.": the full stop of an abbreviation or of initials stays on the word.
  if (text.charCodeAt(e) === 46) {
    const length = e - from;
    if (length <= ABBREVIATION_MAX && ABBREVIATIONS.has(lower.slice(from, e)) && !isLetterAt(text, e + 1)) e++;
    else if (length === 1 && isLetterAt(text, e + 1) && text.charCodeAt(e + 2) === 46) {
      while (isLetterAt(text, e + 1) && text.charCodeAt(e + 2) === 46 && !isLetterAt(text, e + 3)) e += 2;
      e++;
    } else if (length === 1 && (text.charCodeAt(from) !== lower.charCodeAt(from) || (text.charCodeAt(from) > 127 && text.charAt(from) !== text.charAt(from).toLowerCase()))) e++; // an initial: "Yokohama F. Marinos"
  }
  // (a word that took a full stop has it in its text, not in its norm's shortcut)
  if (e !== wordEnd) shape = UNKNOWN;
  // "won't", "can't": "wo" + "n't".
  if (isApostrophe(text.charCodeAt(e)) && (text.charCodeAt(e + 1) | 32) === 116 && !isLetterAt(text, e + 2) && (text.charCodeAt(e - 1) | 32) === 110 && e - 1 > from) {
    push(e - 1, 'word');
    push(e + 2, 'word');
    return;
  }
  push(e, 'word', shape, plain && e === wordEnd);
  // "Arsenal's", "we're": the clitic stands alone.
  const c = text.charCodeAt(e);
  if (isApostrophe(c) && isLetterAt(text, e + 1)) {
    let k = e + 1;
    while (isLetterAt(text, k)) k += charLength(text, k);
    if (!isLetterAt(text, k) && !isDigitAt(text, k)) push(k, 'word');
  }
}

/** `folded`: the word's norm when the scan knows it, null when it is the word itself, else undefined. */
function pushToken(tokens: Token[], text: string, w: string, start: number, end: number, kind: TokenKind, lineBefore: boolean, spaceBefore: boolean, cap: boolean, plain: boolean, folded: string | null | undefined): void {
  const norm = kind !== 'word' && kind !== 'number' ? w : folded === null ? w : folded ?? normOf(w, text, start, end);
  tokens.push({ i: tokens.length, text: w, start, end, kind, norm, lineBefore, spaceBefore, cap, plain, sent: 0 });
}

/** Whether `text` holds only ASCII letters and digits between `start` and `end` (and something). */
function isPlainAt(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return end > start;
}

/** Whitespace as JavaScript's `\s` knows it, tested on a char code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The folded form of a word: lower case, no accents, no apostrophes. ASCII words take a fast path. */
function normOf(w: string, text: string, start: number, end: number): string {
  let upper = false;
  // (read from the text: the word's own string is one of many kinds of string)
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || c === 39 || c === 96) return fold(w).replace(APOSTROPHES, '');
    if (c >= 65 && c <= 90) upper = true;
  }
  // (most words are lower case already: the word itself, no new string)
  return upper ? w.toLowerCase() : w;
}

/**
 * ".", "!", "?", "…" or "..." (char codes, not a set lookup: a set would hash every token's text;
 * read from the text, where the token's own string would be one of many kinds of string).
 */
function isEnd(text: string, t: Token): boolean {
  const n = t.end - t.start;
  if (n === 3) return t.kind === 'punct' && t.text === '...';
  if (n !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Sentences end at . ! ? (abbreviations stay inside words in wink's output) and at line breaks. */
function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const s: Sentence = { i: sentences.length, start: first.start, end: last.end, from, to };
    for (let k = from; k < to; k++) (tokens[k] as Token).sent = s.i;
    sentences.push(s);
    from = to;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > from && t.lineBefore) close(k);
    if (isEnd(text, t)) {
      let j = k + 1;
      while (j < tokens.length && CLOSERS.has((tokens[j] as Token).text) && !(tokens[j] as Token).spaceBefore) j++;
      const next = tokens[j];
      if (!next || next.lineBefore || (next.spaceBefore && !/^[a-z]/.test(next.text))) {
        close(j);
        k = j - 1;
      }
    }
  }
  close(tokens.length);
  return sentences;
}
