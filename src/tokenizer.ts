/**
 * Tokenizer stage: wink-nlp's tokenizer (no pipe: tagging would cost more than the whole
 * extraction) gives tokens; this stage adds character offsets, folded word forms and sentences.
 * The input string is never rewritten: `text.slice(t.start, t.end) === t.text` for every token.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fold } from './text.js';

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
}

const APOSTROPHES = /['’`]/g;
const EX_PREFIX = /^(?:ex|former)-(?=\p{Lu})/iu;
const nlp = winkNLP(model, []);
const its = nlp.its;

const KIND: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  punctuation: 'punct',
  currency: 'currency',
  symbol: 'symbol',
  tabCRLF: 'space',
};

export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const kind = KIND[types[i] ?? ''] ?? 'other';
    // Line breaks and tabs are tokens in wink's output; here they are whitespace before the next token.
    if (kind === 'space' || (isSpace(w.charCodeAt(0)) && w.trim() === '')) continue;
    // The whitespace before a token is whatever the text holds between it and the last one.
    let start = at;
    let line = false;
    while (start < text.length && isSpace(text.charCodeAt(start))) {
      const c = text.charCodeAt(start);
      if (c === 10 || c === 13) line = true;
      start++;
    }
    // wink normally reproduces the text exactly; resynchronise defensively if it ever does not.
    if (text.startsWith(w, start) === false) {
      const found = text.indexOf(w, at);
      if (found < 0) continue;
      if (/[\n\r]/.test(text.slice(at, found))) line = true;
      start = found;
    }
    // "ex-Genk": wink keeps the prefix on the name; the gazetteer needs the name alone.
    const ex = (w.charCodeAt(0) | 32) === 101 || (w.charCodeAt(0) | 32) === 102 ? EX_PREFIX.exec(w) : null;
    const spaced = start > at;
    if (ex) {
      const p = ex[0].length;
      pushToken(tokens, w.slice(0, p - 1), start, 'word', line, spaced);
      pushToken(tokens, '-', start + p - 1, 'punct', false, false);
      pushToken(tokens, w.slice(p), start + p, 'word', false, false);
    } else pushToken(tokens, w, start, kind, line, spaced);
    at = start + w.length;
  }
  return { tokens, sentences: splitSentences(tokens) };
}

function pushToken(tokens: Token[], w: string, start: number, kind: TokenKind, lineBefore: boolean, spaceBefore: boolean): void {
  tokens.push({ i: tokens.length, text: w, start, end: start + w.length, kind, norm: kind === 'word' || kind === 'number' ? normOf(w) : w, lineBefore, spaceBefore, sent: 0 });
}

/** Whitespace as JavaScript's `\s` knows it, tested on a char code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The folded form of a word: lower case, no accents, no apostrophes. ASCII words take a fast path. */
function normOf(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127 || c === 39 || c === 96) return fold(w).replace(APOSTROPHES, '');
  }
  return w.toLowerCase();
}

const END = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Sentences end at . ! ? (abbreviations stay inside words in wink's output) and at line breaks. */
function splitSentences(tokens: Token[]): Sentence[] {
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
    if (END.has(t.text)) {
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
