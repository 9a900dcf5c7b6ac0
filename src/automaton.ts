/**
 * Many words found in one scan of a text: an Aho-Corasick automaton turned into a table. Rules
 * name the words they cannot match without; one scan finds them all, where an `indexOf` per word
 * (a full scan each, slow on texts with characters beyond Latin-1) or one regex over them all
 * cost more than the rules they let skip.
 */

interface Table {
  /** Next state: `table[state * width + symbol]`. */
  readonly table: Uint16Array;
  readonly width: number;
  /** The symbol of each ASCII character; `open` and `close` are ⟦'s and ⟧'s. */
  readonly ascii: Uint8Array;
  readonly open: number;
  readonly close: number;
  /** For each state, the ids of the words that end there. */
  readonly ends: readonly Int32Array[];
}

// ⟦ and ⟧, the placeholder marks of sentence templates.
const OPEN = 0x27e6;
const CLOSE = 0x27e7;

/**
 * The automaton over `words`. Its alphabet is only the characters the words hold, every other
 * character one more symbol: the table stays small enough to stay in the processor's cache.
 */
function build(words: readonly string[]): Table {
  // Symbol 0 is any character no word holds.
  const chars = [...new Set(words.join(''))].sort();
  const ascii = new Uint8Array(128);
  let open = 0;
  let close = 0;
  chars.forEach((ch, k) => {
    const c = ch.charCodeAt(0);
    if (c < 128) ascii[c] = k + 1;
    else if (c === OPEN) open = k + 1;
    else if (c === CLOSE) close = k + 1;
    else throw new Error(`transfer-talk: automaton words hold ASCII, ⟦ and ⟧ only, not ${ch}`);
  });
  const width = chars.length + 1;
  const symbolOf = (c: number): number => (c < 128 ? (ascii[c] as number) : c === OPEN ? open : c === CLOSE ? close : 0);
  const goto: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  words.forEach((w, id) => {
    let s = 0;
    for (let k = 0; k < w.length; k++) {
      const c = symbolOf(w.charCodeAt(k));
      let t = (goto[s] as Map<number, number>).get(c);
      if (t === undefined) {
        t = goto.length;
        goto.push(new Map());
        out.push([]);
        (goto[s] as Map<number, number>).set(c, t);
      }
      s = t;
    }
    (out[s] as number[]).push(id);
  });
  // Breadth first, each state's row is its own moves over its failure state's row (the longest
  // proper suffix that is also a state), whose row is complete by then.
  // (one element type, so that the scans' loads stay monomorphic)
  if (goto.length >= 0x10000) throw new Error(`transfer-talk: ${goto.length} automaton states, more than 65,535`);
  const table = new Uint16Array(goto.length * width);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    for (let c = 0; c < width; c++) {
      const t = (goto[s] as Map<number, number>).get(c);
      if (t === undefined) {
        table[s * width + c] = s === 0 ? 0 : (table[(fail[s] as number) * width + c] as number);
        continue;
      }
      table[s * width + c] = t;
      fail[t] = s === 0 ? 0 : (table[(fail[s] as number) * width + c] as number);
      (out[t] as number[]).push(...(out[fail[t] as number] as number[]));
      queue.push(t);
    }
  }
  return { table, width, ascii, open, close, ends: out.map((ids) => Int32Array.from(new Set(ids))) };
}

/** Where the words of a `wordPositions` finder start in one text: only the words found hold a list. */
export class WordHits {
  private readonly extra = new Map<string, readonly number[]>();

  constructor(
    private readonly words: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly at: (number[] | undefined)[],
  ) {}

  /** Where `word` starts; an empty list for a word of the finder's that the text lacks, undefined for another word (unless `set`). */
  get(word: string): readonly number[] | undefined {
    const id = this.index.get(word);
    return id === undefined ? this.extra.get(word) : this.at[id] ?? NONE;
  }

  /** Keeps where a word the finder does not know starts (found by whoever looked). */
  set(word: string, at: readonly number[]): this {
    if (!this.index.has(word)) this.extra.set(word, at);
    return this;
  }

  /**
   * Calls `fn` with each of the finder's words the text holds and where it starts (a loop, not a
   * generator: no iterator objects made per word).
   */
  eachFound(fn: (word: string, at: readonly number[]) => void): void {
    for (let id = 0; id < this.words.length; id++) {
      const at = this.at[id];
      if (at !== undefined) fn(this.words[id] as string, at);
    }
  }
}
const NONE: readonly number[] = [];

/**
 * A finder that gives, in one scan of a text, where each of the `words` starts (every occurrence,
 * overlapping ones too, in order, as repeated `indexOf` calls would).
 */
export function wordPositions(words: readonly string[]): (text: string) => WordHits {
  const list = [...new Set(words)];
  const index = new Map(list.map((w, id) => [w, id]));
  const { table, width, ascii, open, close, ends } = build(list);
  const ending = Uint8Array.from(ends, (ids) => (ids.length > 0 ? 1 : 0));
  const lengths = list.map((w) => w.length);
  return (text) => {
    // (a list only for the words found: most are not)
    const at: (number[] | undefined)[] = new Array(list.length);
    // (locals, not the closure's bindings, inside the loop: it runs once per character)
    const tb = table;
    const w = width;
    const sym = ascii;
    const end = ending;
    let s = 0;
    for (let k = 0, n = text.length; k < n; k++) {
      const c = text.charCodeAt(k);
      s = tb[s * w + (c < 128 ? (sym[c] as number) : c === OPEN ? open : c === CLOSE ? close : 0)] as number;
      if (end[s] === 0) continue;
      const ids = ends[s] as Int32Array;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j] as number;
        (at[id] ??= []).push(k + 1 - (lengths[id] as number));
      }
    }
    return new WordHits(list, index, at);
  };
}
