/**
 * transfer-talk: football transfer prose in, typed and grounded entities out.
 *
 * @example
 * ```ts
 * import { extract } from 'transfer-talk';
 * const { transfers } = extract('Liverpool are keeping tabs on Borussia Monchengladbach defender Ko Itakura.');
 * transfers[0]; // { player: 'Ko Itakura', from: 'Borussia Monchengladbach', to: 'Liverpool', status: 'interest', ... }
 * ```
 */
import { buildExtractor, mergeGazetteer, type Extractor } from './extractor.js';
import { BUILTIN } from './gazetteer/builtin.js';
import type { Extraction, ExtractOptions, ExtractorConfig } from './schema.js';

export * from './schema.js';
export { extractionJsonSchema, JSON_SCHEMA_ID, type JsonSchema } from './json-schema.js';
export { toHtml, HTML_STYLE, type HtmlOptions } from './html.js';
export type { Extractor } from './extractor.js';
export { extractMany, extractManySettled, type BatchInput, type BatchItem, type BatchOptions, type BatchResult, type SettledOptions } from './batch.js';

const defaultExtractor = buildExtractor(BUILTIN, true);

/**
 * Extracts every player, club, transfer and source from one article, each value with its span.
 * @param text the article; a leading `date YYYY-MM-DD` line sets the article date.
 * @param options `date` (YYYY-MM-DD or a Date) resolves relative phrases such as "next summer".
 * @throws TypeError when `text` is not a string; a ZodError when `options` is malformed.
 * @example
 * ```ts
 * const { players, transfers } = extract(article, { date: '2024-05-20' });
 * transfers[0].status; // 'talks'
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  return defaultExtractor.extract(text, options);
}

/**
 * An independent extractor whose gazetteers hold the built-in entries plus `config`'s; an entry
 * with a built-in's name replaces it. Entries are validated: a bad one throws a ZodError naming
 * its path and value. The default `extract` and every other extractor are unaffected.
 * @example
 * ```ts
 * const welsh = createExtractor({ clubs: [{ name: 'Wrexham', aliases: ['the Red Dragons'], country: 'WAL' }] });
 * welsh.extract('The Red Dragons have signed ...');
 * ```
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  return buildExtractor(mergeGazetteer(config));
}
