/**
 * The extraction's shape as JSON Schema (draft 2020-12), for users outside TypeScript: generated
 * from the zod schemas in src/schema.ts, so it cannot drift from them. The package ships the result
 * as `transfer-talk/extraction.schema.json`, and `transfer-talk schema` prints it.
 */
import * as z from 'zod/mini';
import {
  ClubSchema,
  ExtractionSchema,
  FeeSchema,
  MentionSchema,
  MoneySchema,
  NationalitySchema,
  PlayerSchema,
  SourceSchema,
  SpanSchema,
  TransferSchema,
} from './schema.js';

/**
 * The `$id` of the schema: the extraction contract, version 1.
 * @example
 * ```ts
 * extractionJsonSchema().$id === JSON_SCHEMA_ID; // true
 * ```
 */
export const JSON_SCHEMA_ID = 'urn:transfer-talk:extraction:v1';

/** The record types named in `$defs`, with their descriptions. */
const NAMED: [z.ZodMiniType, string, string][] = [
  [SpanSchema, 'Span', 'A UTF-16 span of the input: text === input.slice(start, end).'],
  [NationalitySchema, 'Nationality', 'A FIFA country code ("CIV") and the nation\'s English name.'],
  [PlayerSchema, 'Player', 'A player named in the article, with what the article says of him; null where it says nothing. contractExpiry is a year.'],
  [ClubSchema, 'Club', 'A club named in the article (nicknames and stadiums resolved), country as a FIFA code.'],
  [MoneySchema, 'Money', 'An ISO 4217 currency and an amount in major units: "€60m" is { "currency": "EUR", "amount": 60000000 }.'],
  [FeeSchema, 'Fee', 'A sum of money tied to a transfer, by kind; several amounts for a range or a sum with add-ons.'],
  [TransferSchema, 'Transfer', 'A move of a player, possible or done: the clubs, the competing suitors, the fees and a status from interest to completed (or off).'],
  [SourceSchema, 'Source', 'An outlet or journalist the article credits.'],
  [MentionSchema, 'Mention', 'A span of the input with what was read there (type, normalised value, the rule that found it).'],
];

/**
 * A plain JSON Schema document (what `JSON.parse` of the shipped file gives).
 * @example
 * ```ts
 * const schema: JsonSchema = extractionJsonSchema();
 * fs.writeFileSync('extraction.schema.json', JSON.stringify(schema, null, 2));
 * ```
 */
export type JsonSchema = { [key: string]: unknown };

/**
 * The extraction's JSON Schema. Each record type is a named `$defs` entry (`Player`, `Transfer`,
 * ...: code generators such as quicktype name their types after them) with a description.
 * Objects allow properties beyond those listed: the contract lets later versions add fields, and
 * a document checked against this schema should not fail for that.
 * @example
 * ```ts
 * import Ajv from 'ajv/dist/2020.js';
 * const validate = new Ajv().compile(extractionJsonSchema());
 * validate(extract(text)); // true
 * ```
 */
export function extractionJsonSchema(): JsonSchema {
  // A registry of its own: the global one would be a side effect of importing the package.
  const registry = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of NAMED) registry.add(schema, { id, description });
  const schema = z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12', io: 'input', metadata: registry, reused: 'inline' });
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: 'transfer-talk extraction',
    description: 'What transfer-talk extract(text) returns for one article: players, clubs, transfers, sources and every mention, each value with its span.',
    ...schema,
  };
}
