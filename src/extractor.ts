/**
 * The pipeline: tokenizer → gazetteer → rule stages → resolution. An Extractor owns its gazetteer
 * and nothing else; two extractors never share mutable state.
 */
import { ExtractOptionsSchema, ExtractorConfigSchema, validate, type Extraction, type ExtractOptions, type ExtractorConfig } from './schema.js';
import { Gazetteer, type GazetteerData } from './gazetteer/index.js';
import { BUILTIN, getLexicon } from './gazetteer/builtin.js';
import { tokenize } from './tokenizer.js';
import { resolveEntities } from './resolve/entities.js';
import { assemble } from './resolve/assemble.js';
import { keyOf } from './text.js';

/**
 * An extractor with its own gazetteers, made by `createExtractor`.
 * @example
 * ```ts
 * const extractor: Extractor = createExtractor({ clubs: [{ name: 'Wrexham', country: 'WAL' }] });
 * extractor.extract('Wrexham have signed ...');
 * ```
 */
export interface Extractor {
  /** Extracts players, clubs, transfers and sources from one article. */
  extract(text: string, options?: ExtractOptions): Extraction;
}

const EMPTY = (date: string | null): Extraction => ({ date, players: [], clubs: [], transfers: [], sources: [], mentions: [] });
const DATE_LINE = /^\s{0,8}date (\d{4}-\d{2}-\d{2})\b/;

/** The article date: the option if given, else a leading `date YYYY-MM-DD` line, else null. */
function articleDate(text: string, options: ExtractOptions | undefined): string | null {
  const d = options?.date;
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  if (typeof d === 'string') return d.slice(0, 10);
  return DATE_LINE.exec(text)?.[1] ?? null;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`transfer-talk: extract(text) needs a string as text, got ${text === null ? 'null' : typeof text}`);
}

/**
 * An extractor over `data`. The gazetteer is built at once, or at the first `extract` when `lazy`
 * (the default extractor: importing the package then costs nothing until it is used).
 */
export function buildExtractor(data: GazetteerData, lazy = false): Extractor {
  let gaz: Gazetteer | null = lazy ? null : new Gazetteer(data);
  return {
    extract(text: string, options?: ExtractOptions): Extraction {
      checkText(text);
      if (options !== undefined) validate(ExtractOptionsSchema, options, 'extract() options');
      const date = articleDate(text, options);
      if (text.trim() === '') return EMPTY(date);
      gaz ??= new Gazetteer(data);
      const lex = getLexicon();
      const { tokens, sentences, lower, oddSpaces } = tokenize(text);
      const matches = gaz.match(tokens, lower);
      const entities = resolveEntities(text, tokens, matches, gaz, lex);
      return assemble({ text, date, sentences, lower, oddSpaces, entities, gaz });
    },
  };
}

/** Built-in entries with the user's added; a user entry with a built-in's name replaces it. */
export function mergeGazetteer(config: ExtractorConfig): GazetteerData {
  const parsed = validate(ExtractorConfigSchema, config, 'createExtractor() config');
  const replace = <T extends { name: string }>(base: readonly T[], extra: readonly T[] | undefined): T[] => {
    if (!extra || extra.length === 0) return [...base];
    const names = new Set(extra.map((e) => keyOf(e.name)));
    return [...base.filter((b) => !names.has(keyOf(b.name))), ...extra];
  };
  return {
    ...BUILTIN,
    clubs: replace(BUILTIN.clubs, parsed.clubs),
    players: replace(BUILTIN.players, parsed.players),
    sources: replace(BUILTIN.sources, parsed.sources),
  };
}
