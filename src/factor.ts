/**
 * Long alternations regrouped by their first letter. A pattern such as `\b(?:agreed|bid|...)`
 * with a hundred alternatives costs the engine a hundred tries at every word of the text; the
 * same alternatives under their first letters (`a(?:greed|...)|b(?:id|...)|...`) cost one try per
 * letter group, and at any position only one group can match. The first match is unchanged: at
 * each position the alternatives that can match there are tried in their original order.
 */

/** The top-level alternatives of a pattern source (`a|(?:b|c)|d` → `a`, `(?:b|c)`, `d`). */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, k));
      from = k + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** One past the `)` that closes the group opening at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = open; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/**
 * The alternative as alternatives that each open with a plain letter, in the order the engine
 * would try them: `(?:has|had) signed` → `has signed`, `had signed`; `(?:the )?move` → `the move`,
 * `move`. Null when it opens otherwise (a class, an escape, a lookaround, a capturing group).
 */
function letterLed(alt: string): string[] | null {
  // (a letter with a quantifier on it, "a?b", is no plain first letter)
  if (/^[a-z]/i.test(alt)) return /^.[?*+{]/.test(alt) ? null : [alt];
  if (!alt.startsWith('(?:')) return null;
  const end = groupEnd(alt, 0);
  if (end < 0) return null;
  const inner = alternativesOf(alt.slice(3, end - 1));
  const rest = alt.slice(end);
  const q = rest[0];
  if (q === '*' || q === '+' || q === '{') return null;
  // (a greedy `?` tries the group first, then goes on without it; a lazy one is left alone)
  const optional = q === '?';
  if (optional && rest[1] === '?') return null;
  const tail = optional ? rest.slice(1) : rest;
  const out: string[] = [];
  for (const x of optional ? [...inner.map((i) => i + tail), tail] : inner.map((i) => i + tail)) {
    const led = letterLed(x);
    if (led === null) return null;
    out.push(...led);
  }
  return out;
}

/**
 * The alternation `alternatives.join('|')` regrouped by first letter (upper and lower case
 * together when the pattern ignores case); the plain alternation when some alternative does not
 * open with a plain letter.
 */
export function byFirstLetter(alternatives: readonly string[], ignoreCase: boolean): string {
  const groups = new Map<string, string[]>();
  for (const alt of alternatives) {
    const led = letterLed(alt);
    if (led === null) return alternatives.join('|');
    for (const x of led) {
      const first = ignoreCase ? (x[0] as string).toLowerCase() : (x[0] as string);
      const list = groups.get(first);
      if (list) list.push(x.slice(1));
      else groups.set(first, [x.slice(1)]);
    }
  }
  return Array.from(groups, ([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}
