/**
 * The one definition of transfer-talk's output and input shapes (CONTRACT.md, version 1).
 * Every exported type is inferred from its schema, so the runtime check and the static type never
 * drift apart. Fields may be added; none of the contract's fields are renamed.
 */
import { z } from 'zod';

/** A UTF-16 span of the input: `text === input.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
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

export const NationalitySchema = z.object({ code: z.string().length(3), name: z.string() });
export type Nationality = z.infer<typeof NationalitySchema>;

export const PlayerSchema = z.object({
  name: z.string().min(1),
  age: z.number().int().positive().nullable(),
  nationality: NationalitySchema.nullable(),
  caps: z.number().int().nonnegative().nullable(),
  position: PositionSchema.nullable(),
  club: z.string().nullable(),
  contractExpiry: z.number().int().nullable(),
  formerClubs: z.array(z.string()),
  mentions: z.array(SpanSchema),
});
export type Player = z.infer<typeof PlayerSchema>;

export const ClubSchema = z.object({
  name: z.string().min(1),
  country: z.string().nullable(),
  mentions: z.array(SpanSchema),
});
export type Club = z.infer<typeof ClubSchema>;

/** ISO 4217 currency and an amount in major units: €60m → { currency: 'EUR', amount: 60000000 }. */
export const MoneySchema = z.object({ currency: z.string().length(3), amount: z.number().nonnegative() });
export type Money = z.infer<typeof MoneySchema>;

export const FeeSchema = z.object({
  kind: FeeKindSchema,
  amounts: z.array(MoneySchema).min(1),
  mentions: z.array(SpanSchema),
});
export type Fee = z.infer<typeof FeeSchema>;

export const TransferSchema = z.object({
  player: z.string().min(1),
  from: z.string().nullable(),
  to: z.string().nullable(),
  suitors: z.array(z.string()),
  fees: z.array(FeeSchema),
  status: StatusSchema,
  main: z.boolean(),
  evidence: z.array(SpanSchema),
});
export type Transfer = z.infer<typeof TransferSchema>;

export const SourceKindSchema = z.enum(['outlet', 'journalist']);
export const SourceSchema = z.object({ name: z.string().min(1), kind: SourceKindSchema, mentions: z.array(SpanSchema) });
export type Source = z.infer<typeof SourceSchema>;

export const MentionSchema = SpanSchema.extend({
  type: z.string(),
  value: z.unknown().optional(),
  ref: z.string().optional(),
  rule: z.string().optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ExtractionSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  players: z.array(PlayerSchema),
  clubs: z.array(ClubSchema),
  transfers: z.array(TransferSchema),
  sources: z.array(SourceSchema),
  mentions: z.array(MentionSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

// ---------- gazetteer entries (what users pass to createExtractor) ----------

const FifaCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter FIFA code such as "WAL"');
const Alias = z.string().trim().min(1);

export const ClubEntrySchema = z.object({
  name: Alias,
  aliases: z.array(Alias).optional(),
  /** Aliases that count only when the article supports this club ("the Dragons", "City"). */
  ambiguous: z.array(Alias).optional(),
  country: FifaCode.optional(),
  league: z.string().optional(),
});
export type ClubEntry = z.infer<typeof ClubEntrySchema>;

export const PlayerEntrySchema = z.object({
  name: Alias,
  aliases: z.array(Alias).optional(),
  nationality: FifaCode.optional(),
  position: PositionSchema.optional(),
  club: z.string().optional(),
});
export type PlayerEntry = z.infer<typeof PlayerEntrySchema>;

export const SourceEntrySchema = z.object({
  name: Alias,
  kind: SourceKindSchema,
  aliases: z.array(Alias).optional(),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

export const NationEntrySchema = z.object({
  code: FifaCode,
  name: Alias,
  aliases: z.array(Alias).optional(),
  demonyms: z.array(Alias).optional(),
  /** Demonyms shared by several nations ("Congolese", "Irish"): used only with context. */
  ambiguousDemonyms: z.array(Alias).optional(),
});
export type NationEntry = z.infer<typeof NationEntrySchema>;

export const ExtractorConfigSchema = z.object({
  clubs: z.array(ClubEntrySchema).optional(),
  players: z.array(PlayerEntrySchema).optional(),
  sources: z.array(SourceEntrySchema).optional(),
});
export type ExtractorConfig = z.infer<typeof ExtractorConfigSchema>;

export const ExtractOptionsSchema = z.object({
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date as YYYY-MM-DD'), z.date()]).optional(),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
