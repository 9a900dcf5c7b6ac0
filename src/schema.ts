/**
 * The one definition of transfer-talk's output and input shapes (CONTRACT.md, version 1).
 * Every exported type is inferred from its schema, so the runtime check and the static type never
 * drift apart. Fields may be added; none of the contract's fields are renamed.
 */
// zod's tree-shakable "mini" build: the same schemas (`.parse`, `.safeParse`, `z.infer`,
// `z.toJSONSchema`) at a fraction of the load time and bundle size of the classic API.
import * as z from 'zod/mini';

const count = () => z.int().check(z.nonnegative());
const text = (n = 1) => z.string().check(z.minLength(n));

/** A UTF-16 span of the input: `text === input.slice(start, end)`. */
export const SpanSchema = z.object({
  start: count(),
  end: count(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const POSITIONS = ['goalkeeper', 'defender', 'midfielder', 'forward'] as const;
export const PositionSchema = z.enum(POSITIONS);
export type Position = z.infer<typeof PositionSchema>;

export const FEE_KINDS = ['fee', 'asking-price', 'bid', 'release-clause', 'valuation', 'wages'] as const;
export const FeeKindSchema = z.enum(FEE_KINDS);
export type FeeKind = z.infer<typeof FeeKindSchema>;

/** The status ladder, lowest first; `off` stands apart (a deal abandoned at any stage). */
export const STATUSES = ['interest', 'talks', 'bid', 'agreed', 'completed', 'off'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const NationalitySchema = z.object({ code: z.string().check(z.length(3)), name: z.string() });
export type Nationality = z.infer<typeof NationalitySchema>;

export const PlayerSchema = z.object({
  name: text(),
  age: z.nullable(z.int().check(z.positive())),
  nationality: z.nullable(NationalitySchema),
  caps: z.nullable(count()),
  position: z.nullable(PositionSchema),
  club: z.nullable(z.string()),
  contractExpiry: z.nullable(z.int()),
  formerClubs: z.array(z.string()),
  mentions: z.array(SpanSchema),
});
export type Player = z.infer<typeof PlayerSchema>;

export const ClubSchema = z.object({
  name: text(),
  country: z.nullable(z.string()),
  mentions: z.array(SpanSchema),
});
export type Club = z.infer<typeof ClubSchema>;

/** ISO 4217 currency and an amount in major units: €60m → { currency: 'EUR', amount: 60000000 }. */
export const MoneySchema = z.object({ currency: z.string().check(z.length(3)), amount: z.number().check(z.nonnegative()) });
export type Money = z.infer<typeof MoneySchema>;

export const FeeSchema = z.object({
  kind: FeeKindSchema,
  amounts: z.array(MoneySchema).check(z.minLength(1)),
  mentions: z.array(SpanSchema),
});
export type Fee = z.infer<typeof FeeSchema>;

export const TransferSchema = z.object({
  player: text(),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  suitors: z.array(z.string()),
  fees: z.array(FeeSchema),
  status: StatusSchema,
  main: z.boolean(),
  evidence: z.array(SpanSchema),
});
export type Transfer = z.infer<typeof TransferSchema>;

export const SourceKindSchema = z.enum(['outlet', 'journalist']);
export const SourceSchema = z.object({ name: text(), kind: SourceKindSchema, mentions: z.array(SpanSchema) });
export type Source = z.infer<typeof SourceSchema>;

export const MentionSchema = z.extend(SpanSchema, {
  type: z.string(),
  value: z.optional(z.unknown()),
  ref: z.optional(z.string()),
  rule: z.optional(z.string()),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ExtractionSchema = z.object({
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  players: z.array(PlayerSchema),
  clubs: z.array(ClubSchema),
  transfers: z.array(TransferSchema),
  sources: z.array(SourceSchema),
  mentions: z.array(MentionSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

// ---------- gazetteer entries (what users pass to createExtractor) ----------

const FifaCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'a three-letter FIFA code such as "WAL"'));
const Alias = z.string().check(z.trim(), z.minLength(1, 'a non-empty name'));

export const ClubEntrySchema = z.object({
  name: Alias,
  aliases: z.optional(z.array(Alias)),
  /** Aliases that count only when the article supports this club ("the Dragons", "City"). */
  ambiguous: z.optional(z.array(Alias)),
  country: z.optional(FifaCode),
  league: z.optional(z.string()),
  /** The city it plays in, in English ("London"): "the London club" is it when it is named. */
  city: z.optional(z.string()),
});
export type ClubEntry = z.infer<typeof ClubEntrySchema>;

export const PlayerEntrySchema = z.object({
  name: Alias,
  aliases: z.optional(z.array(Alias)),
  nationality: z.optional(FifaCode),
  position: z.optional(PositionSchema),
  club: z.optional(z.string()),
});
export type PlayerEntry = z.infer<typeof PlayerEntrySchema>;

export const SourceEntrySchema = z.object({
  name: Alias,
  kind: SourceKindSchema,
  aliases: z.optional(z.array(Alias)),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

export const NationEntrySchema = z.object({
  code: FifaCode,
  name: Alias,
  aliases: z.optional(z.array(Alias)),
  demonyms: z.optional(z.array(Alias)),
  /** Demonyms shared by several nations ("Congolese", "Irish"): used only with context. */
  ambiguousDemonyms: z.optional(z.array(Alias)),
});
export type NationEntry = z.infer<typeof NationEntrySchema>;

export const ExtractorConfigSchema = z.strictObject({
  clubs: z.optional(z.array(ClubEntrySchema)),
  players: z.optional(z.array(PlayerEntrySchema)),
  sources: z.optional(z.array(SourceEntrySchema)),
});
export type ExtractorConfig = z.infer<typeof ExtractorConfigSchema>;

/** "2024-05-01" or an ISO date-time that starts with one ("2024-05-01T09:30:00Z"), and a real day. */
const isCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
const DATE_OPTION = 'a date as YYYY-MM-DD or a valid Date';

export const ExtractOptionsSchema = z.strictObject({
  date: z.optional(
    z.union([z.string().check(z.refine(isCalendarDate, DATE_OPTION)), z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), DATE_OPTION))], { error: DATE_OPTION }),
  ),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/**
 * Parses `value` with `schema`; on failure throws zod's error with a message that names, for each
 * problem, its path and the value found there: `clubs[0].country: a three-letter FIFA code such
 * as "WAL" (got "Wales")`. The error keeps zod's `issues` for programs.
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = result.error;
  error.message = `transfer-talk: invalid ${what}: ${error.issues.map((i) => describeIssue(i, value)).join('; ')}`;
  throw error;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path.map((k, n) => (typeof k === 'number' ? `[${k}]` : n === 0 ? String(k) : `.${String(k)}`)).join('') || '(the value)';
  let got: unknown = root;
  for (const k of issue.path) got = got !== null && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[k] : undefined;
  if (issue.code === 'unrecognized_keys') return `${path === '(the value)' ? '' : `${path}: `}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  const what = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code === 'invalid_value' ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : issue.message;
  const shown = got === undefined ? 'undefined' : got instanceof Date ? (Number.isNaN(got.getTime()) ? 'Invalid Date' : got.toISOString()) : JSON.stringify(got);
  return `${path}: ${what} (got ${shown})`;
}
