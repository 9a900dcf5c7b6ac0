/**
 * Text folding shared by the gazetteer and the rules, so that "Mönchengladbach", "Monchengladbach"
 * and "MONCHENGLADBACH" all meet at "monchengladbach".
 */

const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', œ: 'oe', þ: 'th' };
const SPECIAL_RE = /[æøßłđıœþ]/g;
const MARKS_RE = /[\u0300-\u036f]/g;

/** Lower-cases and strips accents; keeps every other character, so lengths may change. */
const ASCII_RE = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is far cheaper than NFKD.
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s.toLowerCase().normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

const WORD_RE = /[\p{L}\p{N}&]+/gu;

// Latin letters beyond ASCII, folded once: "é" → "e", "ß" → "ss", a combining accent → "" (dropped),
// anything that is not a letter or digit → null (a word break). Other scripts take the general path.
const LATIN = new Map<number, string | null>();
for (const [lo, hi] of [[0x80, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff]] as const) {
  for (let c = lo; c <= hi; c++) {
    const f = fold(String.fromCharCode(c));
    // "½" folds to "1⁄2": such characters are left to the general path.
    if (f === '' || /^[\p{L}\p{N}]+$/u.test(f)) LATIN.set(c, f);
    else if (f.length === 1) LATIN.set(c, null);
  }
}

/** The folded words of a surface form: "Borussia-Park" → ["borussia", "park"]. Apostrophes join. */
export function foldWords(s: string): string[] {
  // One pass over the characters: letters and digits (folded) make words, apostrophes join them,
  // anything else ends a word.
  const out: string[] = [];
  let word = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    let piece: string | null;
    if (c < 128) {
      if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38) piece = s[k] as string;
      else piece = c === 39 || c === 96 ? '' : null;
    } else if (c === 0x2019) piece = '';
    else {
      const f = LATIN.get(c);
      if (f === undefined) return fold(s).replace(/['’`]/g, '').match(WORD_RE) ?? [];
      piece = f;
    }
    if (piece !== null) word += piece;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/** One key for a surface form, as the gazetteer index stores it. */
export const keyOf = (s: string): string => foldWords(s).join(' ');

/** True when the first letter of the word is upper-case ("Kossounou", "McTominay", "É"). */
export const isCapitalised = (w: string): boolean => {
  const code = w.charCodeAt(0);
  // (ASCII by its code: no strings made for the common case)
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/** Words that name a player by his role and stand right before his name ("midfielder Pol Ferrer"). */
export const ROLE_NOUNS: readonly string[] = ['defender', 'midfielder', 'striker', 'winger', 'forward', 'goalkeeper', 'keeper', 'centre-back', 'full-back', 'left-back', 'right-back', 'wing-back', 'youngster', 'teenager', 'playmaker', 'attacker', 'starlet'];

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, without its cost: matchAll
 * copies the pattern on every call, which over the many short sentence templates cost more than
 * the matching. The pattern's `lastIndex` is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`transfer-talk: allMatches needs a global pattern, got ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole one: code points in a /u pattern).
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}
