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

/** The folded words of a surface form: "Borussia-Park" → ["borussia", "park"]. Apostrophes join. */
export function foldWords(s: string): string[] {
  return fold(s).replace(/['’`]/g, '').match(WORD_RE) ?? [];
}

/** One key for a surface form, as the gazetteer index stores it. */
export const keyOf = (s: string): string => foldWords(s).join(' ');

/** True when the first letter of the word is upper-case ("Kossounou", "McTominay", "É"). */
export const isCapitalised = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
