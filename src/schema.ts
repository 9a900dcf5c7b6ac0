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

/**
 * A UTF-16 span of the input: `text === input.slice(start, end)`.
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 9, text: 'Liverpool' });
 * ```
 */
export const SpanSchema = z.object({
  start: count(),
  end: count(),
  text: z.string(),
});
/**
 * Where a value was read: offsets into the article and the text between them.
 * @example
 * ```ts
 * const { start, end } = extraction.players[0].mentions[0];
 * article.slice(start, end); // 'Odilon Kossounou'
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * The four positions a player's role is reduced to (a winger is a forward).
 * @example
 * ```ts
 * POSITIONS.includes('defender'); // true
 * ```
 */
export const POSITIONS = ['goalkeeper', 'defender', 'midfielder', 'forward'] as const;
/**
 * One of {@link POSITIONS}.
 * @example
 * ```ts
 * PositionSchema.parse('midfielder');
 * ```
 */
export const PositionSchema = z.enum(POSITIONS);
/**
 * `'goalkeeper' | 'defender' | 'midfielder' | 'forward'`.
 * @example
 * ```ts
 * const forwards = players.filter((p) => p.position === ('forward' satisfies Position));
 * ```
 */
export type Position = z.infer<typeof PositionSchema>;

/**
 * What a sum of money is to a transfer: a fee paid, an asking price, a bid, a release clause, a
 * valuation or wages.
 * @example
 * ```ts
 * FEE_KINDS.indexOf('bid'); // 2
 * ```
 */
export const FEE_KINDS = ['fee', 'asking-price', 'bid', 'release-clause', 'valuation', 'wages'] as const;
/**
 * One of {@link FEE_KINDS}.
 * @example
 * ```ts
 * FeeKindSchema.parse('release-clause');
 * ```
 */
export const FeeKindSchema = z.enum(FEE_KINDS);
/**
 * One of {@link FEE_KINDS}.
 * @example
 * ```ts
 * const bids = transfer.fees.filter((f) => f.kind === ('bid' satisfies FeeKind));
 * ```
 */
export type FeeKind = z.infer<typeof FeeKindSchema>;

/**
 * The status ladder, lowest first; `off` stands apart (a deal abandoned at any stage).
 * @example
 * ```ts
 * STATUSES.indexOf('agreed') > STATUSES.indexOf('talks'); // true
 * ```
 */
export const STATUSES = ['interest', 'talks', 'bid', 'agreed', 'completed', 'off'] as const;
/**
 * One of {@link STATUSES}.
 * @example
 * ```ts
 * StatusSchema.parse('completed');
 * ```
 */
export const StatusSchema = z.enum(STATUSES);
/**
 * How far a transfer has gone: one of {@link STATUSES}.
 * @example
 * ```ts
 * const done = transfers.filter((t) => t.status === ('completed' satisfies Status));
 * ```
 */
export type Status = z.infer<typeof StatusSchema>;

/**
 * A FIFA country code and the nation's English name.
 * @example
 * ```ts
 * NationalitySchema.parse({ code: 'CIV', name: 'Ivory Coast' });
 * ```
 */
export const NationalitySchema = z.object({ code: z.string().check(z.length(3)), name: z.string() });
/**
 * A FIFA country code (`'CIV'`) and the nation's English name (`'Ivory Coast'`).
 * @example
 * ```ts
 * extraction.players[0].nationality?.code; // 'CIV'
 * ```
 */
export type Nationality = z.infer<typeof NationalitySchema>;

/**
 * A player named in the article and what it says of him; `null` where it says nothing.
 * @example
 * ```ts
 * PlayerSchema.safeParse(extraction.players[0]).success; // true
 * ```
 */
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
/**
 * A player: age, nationality, caps, position, current club, contract expiry (a year), former
 * clubs, and every span that names him.
 * @example
 * ```ts
 * const { name, age, club } = extract(text).players[0];
 * // 'Odilon Kossounou', 23, 'Bayer Leverkusen'
 * ```
 */
export type Player = z.infer<typeof PlayerSchema>;

/**
 * A club named in the article, under its canonical name.
 * @example
 * ```ts
 * ClubSchema.parse({ name: 'Liverpool', country: 'ENG', mentions: [] });
 * ```
 */
export const ClubSchema = z.object({
  name: text(),
  country: z.nullable(z.string()),
  mentions: z.array(SpanSchema),
});
/**
 * A club under its canonical name ("the Reds", "Anfield" → Liverpool), its country as a FIFA
 * code, and every span that names it.
 * @example
 * ```ts
 * extract(text).clubs.map((c) => c.name); // ['Liverpool', 'Bayer Leverkusen', ...]
 * ```
 */
export type Club = z.infer<typeof ClubSchema>;

/**
 * ISO 4217 currency and an amount in major units: €60m → `{ currency: 'EUR', amount: 60000000 }`.
 * @example
 * ```ts
 * MoneySchema.parse({ currency: 'GBP', amount: 51_000_000 });
 * ```
 */
export const MoneySchema = z.object({ currency: z.string().check(z.length(3)), amount: z.number().check(z.nonnegative()) });
/**
 * An ISO 4217 currency and an amount in major units.
 * @example
 * ```ts
 * const total = fee.amounts.filter((m: Money) => m.currency === 'EUR').reduce((a, m) => a + m.amount, 0);
 * ```
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * A sum tied to a transfer, by kind; several amounts for a range, add-ons or other currencies.
 * @example
 * ```ts
 * FeeSchema.parse({ kind: 'bid', amounts: [{ currency: 'EUR', amount: 6e7 }], mentions: [] });
 * ```
 */
export const FeeSchema = z.object({
  kind: FeeKindSchema,
  amounts: z.array(MoneySchema).check(z.minLength(1)),
  mentions: z.array(SpanSchema),
});
/**
 * A sum of money tied to a transfer: its kind, its amounts, and the spans it was read from.
 * @example
 * ```ts
 * transfer.fees[0]; // { kind: 'asking-price', amounts: [{ currency: 'EUR', amount: 60000000 }, ...], mentions: [...] }
 * ```
 */
export type Fee = z.infer<typeof FeeSchema>;

/**
 * A move of a player, possible or done.
 * @example
 * ```ts
 * TransferSchema.safeParse(extraction.transfers[0]).success; // true
 * ```
 */
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
/**
 * A move of a player: from and to (null where unknown), competing suitors, fees, a status,
 * whether it is the article's main story, and the sentences that tell it.
 * @example
 * ```ts
 * const { player, from, to, status } = extract(text).transfers[0];
 * // 'Odilon Kossounou', 'Bayer Leverkusen', 'Liverpool', 'talks'
 * ```
 */
export type Transfer = z.infer<typeof TransferSchema>;

/**
 * What a credited source is: an outlet or a journalist.
 * @example
 * ```ts
 * SourceKindSchema.parse('journalist');
 * ```
 */
export const SourceKindSchema = z.enum(['outlet', 'journalist']);
/**
 * An outlet or journalist the article credits.
 * @example
 * ```ts
 * SourceSchema.parse({ name: 'CaughtOffside', kind: 'outlet', mentions: [] });
 * ```
 */
export const SourceSchema = z.object({ name: text(), kind: SourceKindSchema, mentions: z.array(SpanSchema) });
/**
 * An outlet or journalist the article credits, with the spans that name it.
 * @example
 * ```ts
 * extract(text).sources.map((s) => `${s.name} (${s.kind})`); // ['CaughtOffside (outlet)']
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * A span of the input with what was read there.
 * @example
 * ```ts
 * MentionSchema.parse({ start: 0, end: 9, text: 'Liverpool', type: 'club', value: 'Liverpool' });
 * ```
 */
export const MentionSchema = z.extend(SpanSchema, {
  type: z.string(),
  value: z.optional(z.unknown()),
  ref: z.optional(z.string()),
  rule: z.optional(z.string()),
});
/**
 * The grounding layer: a span with its type (`player`, `club`, `age`, `fee`, ...), its normalised
 * value, the player or club it belongs to (`ref`) and the rule that found it.
 * @example
 * ```ts
 * extract(text).mentions.filter((m) => m.type === 'age');
 * // [{ start: 186, end: 197, text: '23-year-old', type: 'age', value: 23, ref: 'Odilon Kossounou', rule: 'age/year-old' }]
 * ```
 */
export type Mention = z.infer<typeof MentionSchema>;

/**
 * What `extract` returns, as a zod schema: the single source of truth for the output shape.
 * @example
 * ```ts
 * ExtractionSchema.parse(JSON.parse(storedJson)); // checks an extraction read back from storage
 * ```
 */
export const ExtractionSchema = z.object({
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  players: z.array(PlayerSchema),
  clubs: z.array(ClubSchema),
  transfers: z.array(TransferSchema),
  sources: z.array(SourceSchema),
  mentions: z.array(MentionSchema),
});
/**
 * What `extract` returns for one article: its date, players, clubs, transfers, sources and
 * every mention, each value with its span.
 * @example
 * ```ts
 * const x: Extraction = extract(text);
 * x.transfers.filter((t) => t.main);
 * ```
 */
export type Extraction = z.infer<typeof ExtractionSchema>;

// ---------- gazetteer entries (what users pass to createExtractor) ----------

const FifaCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'a three-letter FIFA code such as "WAL"'));
const Alias = z.string().check(z.trim(), z.minLength(1, 'a non-empty name'));

/**
 * A club for the gazetteer, as `createExtractor` takes it (validated).
 * @example
 * ```ts
 * ClubEntrySchema.parse({ name: 'Wrexham', aliases: ['the Red Dragons'], country: 'WAL' });
 * ```
 */
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
/**
 * A club to add to the gazetteer: its name, aliases, ambiguous aliases (used only where the article
 * supports the club), country (FIFA code), league and city.
 * @example
 * ```ts
 * const wrexham: ClubEntry = { name: 'Wrexham', aliases: ['the Red Dragons'], country: 'WAL' };
 * ```
 */
export type ClubEntry = z.infer<typeof ClubEntrySchema>;

/**
 * A player for the gazetteer, as `createExtractor` takes it (validated).
 * @example
 * ```ts
 * PlayerEntrySchema.parse({ name: 'Paul Mullin', nationality: 'ENG', position: 'forward' });
 * ```
 */
export const PlayerEntrySchema = z.object({
  name: Alias,
  aliases: z.optional(z.array(Alias)),
  nationality: z.optional(FifaCode),
  position: z.optional(PositionSchema),
  club: z.optional(z.string()),
});
/**
 * A player to add to the gazetteer: name, aliases, nationality (FIFA code), position and club.
 * @example
 * ```ts
 * const mullin: PlayerEntry = { name: 'Paul Mullin', position: 'forward', club: 'Wrexham' };
 * ```
 */
export type PlayerEntry = z.infer<typeof PlayerEntrySchema>;

/**
 * A source for the gazetteer, as `createExtractor` takes it (validated).
 * @example
 * ```ts
 * SourceEntrySchema.parse({ name: 'The Leader', kind: 'outlet' });
 * ```
 */
export const SourceEntrySchema = z.object({
  name: Alias,
  kind: SourceKindSchema,
  aliases: z.optional(z.array(Alias)),
});
/**
 * An outlet or journalist to add to the gazetteer.
 * @example
 * ```ts
 * const paper: SourceEntry = { name: 'The Leader', kind: 'outlet', aliases: ['Leader'] };
 * ```
 */
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/**
 * A nation of the built-in gazetteer: FIFA code, name, aliases and demonyms.
 * @example
 * ```ts
 * NationEntrySchema.parse({ code: 'WAL', name: 'Wales', demonyms: ['Welsh'] });
 * ```
 */
export const NationEntrySchema = z.object({
  code: FifaCode,
  name: Alias,
  aliases: z.optional(z.array(Alias)),
  demonyms: z.optional(z.array(Alias)),
  /** Demonyms shared by several nations ("Congolese", "Irish"): used only with context. */
  ambiguousDemonyms: z.optional(z.array(Alias)),
});
/**
 * A nation: FIFA code, English name, aliases and demonyms (ambiguous ones used only with context).
 * @example
 * ```ts
 * const wales: NationEntry = { code: 'WAL', name: 'Wales', demonyms: ['Welsh', 'Welshman'] };
 * ```
 */
export type NationEntry = z.infer<typeof NationEntrySchema>;

/**
 * What `createExtractor` takes; unknown keys are rejected.
 * @example
 * ```ts
 * ExtractorConfigSchema.parse(JSON.parse(fs.readFileSync('my-clubs.json', 'utf8')));
 * ```
 */
export const ExtractorConfigSchema = z.strictObject({
  clubs: z.optional(z.array(ClubEntrySchema)),
  players: z.optional(z.array(PlayerEntrySchema)),
  sources: z.optional(z.array(SourceEntrySchema)),
});
/**
 * Gazetteer entries to add to the built-in ones: `clubs`, `players`, `sources`.
 * @example
 * ```ts
 * const config: ExtractorConfig = { clubs: [{ name: 'Wrexham', country: 'WAL' }] };
 * createExtractor(config);
 * ```
 */
export type ExtractorConfig = z.infer<typeof ExtractorConfigSchema>;

/** "2024-05-01" or an ISO date-time that starts with one ("2024-05-01T09:30:00Z"), and a real day. */
const isCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
const DATE_OPTION = 'a date as YYYY-MM-DD or a valid Date';

/**
 * What `extract` takes as options; unknown keys are rejected.
 * @example
 * ```ts
 * ExtractOptionsSchema.parse({ date: '2024-05-20' });
 * ```
 */
export const ExtractOptionsSchema = z.strictObject({
  date: z.optional(
    z.union([z.string().check(z.refine(isCalendarDate, DATE_OPTION)), z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), DATE_OPTION))], { error: DATE_OPTION }),
  ),
});
/**
 * `extract`'s options: `date` (YYYY-MM-DD, an ISO date-time or a Date) resolves relative phrases
 * such as "out of contract next summer".
 * @example
 * ```ts
 * extract(text, { date: '2024-05-20' } satisfies ExtractOptions);
 * ```
 */
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/**
 * Parses `value` with `schema`; on failure throws zod's error with a message that names, for each
 * problem, its path and the value found there: `clubs[0].country: a three-letter FIFA code such
 * as "WAL" (got "Wales")`. The error keeps zod's `issues` for programs.
 * @example
 * ```ts
 * const config = validate(ExtractorConfigSchema, JSON.parse(raw), 'gazetteer'); // throws, naming each bad path
 * ```
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
