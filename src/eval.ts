/**
 * Scores extractions against gold annotations (shared/eval/GUIDELINES.md) with the same matching
 * rules and field names as the reference scorer, so `transfer-talk eval` and score.mjs agree.
 * Dependency-free at runtime: only types come from the schema, which keeps zod out of this module.
 */
import type { Extraction, FeeKind, Position, Status } from './schema.js';

export type GoldMoney = { currency: string; amount: number };
export type GoldFee = { kind: FeeKind; amounts: GoldMoney[] };
export type GoldTransfer = {
  player: string; from: string | null; to: string | null; suitors: string[]; fees: GoldFee[]; status: Status; main: boolean;
};
export type GoldFacts = {
  age: number | null; nationality: string | null; caps: number | null; position: Position | null;
  club: string | null; contractExpiry: number | null; formerClubs: string[];
};
export type GoldArticle = {
  id?: string; date: string | null; players_mentioned: string[]; clubs_mentioned: string[]; sources: string[];
  transfers: GoldTransfer[]; facts: Record<string, GoldFacts>; notes?: string;
};

export type Prf = { p: number; r: number; f1: number };
export type FieldScore = { field: string; tp: number; fp: number; fn: number; misses: string[] } & Prf;
export type EvalReport = { articles: number; fields: FieldScore[]; micro: Prf; mainStory: Prf };

// Kept local rather than imported from schema.ts: importing values would pull zod in at runtime.
const FEE_KINDS = ['fee', 'asking-price', 'bid', 'release-clause', 'valuation', 'wages'] as const satisfies readonly FeeKind[];
const STATUSES = ['interest', 'talks', 'bid', 'agreed', 'completed', 'off'] as const satisfies readonly Status[];
const POSITIONS = ['goalkeeper', 'defender', 'midfielder', 'forward'] as const satisfies readonly Position[];

// ---------- matching ----------

export function fold(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
    .toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9& ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const CLUB_NOISE = new Set('fc afc cf sc ac ssc as the club de cd sv vfb vfl tsg rc ogc us sl fk sk'.split(' '));
const clubWords = (s: string): string[] => fold(s).split(' ').filter((w) => w !== '' && !CLUB_NOISE.has(w));

// Names of one club that share no words, so the word-subset rule alone cannot pair them.
const CLUB_SYNONYMS: readonly (readonly string[])[] = [
  ['manchester united', 'man utd', 'man united'], ['manchester city', 'man city'], ['tottenham hotspur', 'spurs'],
  ['paris saint germain', 'psg', 'paris sg'], ['inter milan', 'internazionale', 'inter'], ['ac milan', 'milan'],
  ['bayern munich', 'bayern munchen', 'fc bayern'], ['borussia monchengladbach', 'gladbach', 'borussia mgladbach'],
  ['wolverhampton wanderers', 'wolves'], ['brighton & hove albion', 'brighton and hove albion', 'brighton'],
  ['sporting cp', 'sporting lisbon', 'sporting'], ['atletico madrid', 'atletico de madrid', 'atleti'],
  ['zenit st petersburg', 'zenit saint petersburg', 'zenit'], ['club brugge', 'club bruges', 'brugge'],
  ['stuttgart', 'vfb stuttgart'], ['schalke 04', 'schalke'], ['rb leipzig', 'leipzig', 'rasenballsport leipzig'],
  ['psv eindhoven', 'psv'], ['al hilal', 'al hilal sfc'], ['al nassr', 'al nassr fc'], ['west ham united', 'west ham'],
  ['newcastle united', 'newcastle'], ['nottingham forest', 'forest'], ['juventus', 'juve'],
  ['west bromwich albion', 'west brom'], ['queens park rangers', 'qpr'], ['sheffield wednesday', 'sheff wed'],
  ['olympique lyonnais', 'lyon'], ['olympique de marseille', 'marseille'], ['athletic bilbao', 'athletic club'],
  ['celta vigo', 'celta de vigo', 'rc celta'], ['sporting kansas city', 'sporting kc'], ['napoli', 'ssc napoli'],
  ['as roma', 'roma'], ['barcelona', 'barca'],
];
// Later groups overwrite earlier ones on a shared key, exactly as the reference scorer builds it.
const SYNONYM_GROUP = new Map<string, number>();
CLUB_SYNONYMS.forEach((group, i) => group.forEach((name) => SYNONYM_GROUP.set(clubWords(name).join(' '), i)));

/** All of the shorter list's words appear in the longer one. */
function wordsContained(a: string[], b: string[]): { small: string[]; big: string[]; contained: boolean } {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return { small, big, contained: small.every((w) => big.includes(w)) };
}

export function sameClub(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const wa = clubWords(a);
  const wb = clubWords(b);
  if (wa.length === 0 || wb.length === 0) return fold(a) === fold(b);
  const ga = SYNONYM_GROUP.get(wa.join(' '));
  const gb = SYNONYM_GROUP.get(wb.join(' '));
  if (ga !== undefined && ga === gb) return true;
  // Two known clubs in different groups ("Inter" vs "AC Milan") must not pair on a shared word.
  if (ga !== undefined && gb !== undefined) return false;
  return wordsContained(wa, wb).contained;
}

export function samePlayer(a: string, b: string): boolean {
  const wa = fold(a).split(' ').filter(Boolean);
  const wb = fold(b).split(' ').filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  // "Kossounou" ~ "Odilon Kossounou": contained, and either the surnames agree or the short form is one name.
  const { small, big, contained } = wordsContained(wa, wb);
  return contained && (small.at(-1) === big.at(-1) || small.length === 1);
}

/** Tolerance is 1% of the second (gold) amount: callers pass (pred, gold). */
export function sameMoney(a: GoldMoney, b: GoldMoney): boolean {
  return a.currency.toUpperCase() === b.currency.toUpperCase() &&
    Math.abs(a.amount - b.amount) <= 0.01 * Math.max(Math.abs(b.amount), 1);
}

export function sameSource(a: string, b: string): boolean {
  const fa = fold(a).replace(/ /g, '');
  const fb = fold(b).replace(/ /g, '');
  return fa === fb || samePlayer(a, b) || (fa.length > 3 && fb.length > 3 && (fa.includes(fb) || fb.includes(fa)));
}

const eq = (a: string | number, b: string | number): boolean =>
  a === b || (typeof a === 'string' && typeof b === 'string' && fold(a) === fold(b));

// ---------- gold validation ----------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class GoldReader {
  constructor(private readonly id: string) {}
  fail(path: string, want: string, got: unknown): never {
    throw new Error(`gold ${this.id}: ${path} must be ${want}, got ${got === undefined ? 'nothing' : JSON.stringify(got).slice(0, 60)}`);
  }
  record(v: unknown, path: string): Record<string, unknown> { return isRecord(v) ? v : this.fail(path, 'an object', v); }
  array(v: unknown, path: string): unknown[] { return Array.isArray(v) ? v : this.fail(path, 'an array', v); }
  str(v: unknown, path: string): string { return typeof v === 'string' ? v : this.fail(path, 'a string', v); }
  num(v: unknown, path: string): number { return typeof v === 'number' && Number.isFinite(v) ? v : this.fail(path, 'a number', v); }
  strings(v: unknown, path: string): string[] { return this.array(v, path).map((s, i) => this.str(s, `${path}[${i}]`)); }
  oneOf<T extends string>(v: unknown, options: readonly T[], path: string): T {
    return options.find((o) => o === v) ?? this.fail(path, `one of ${options.join('|')}`, v);
  }
  // A missing value reads as null, as the reference scorer's `?? null` does.
  orNull<T>(v: unknown, path: string, read: (v: unknown, path: string) => T): T | null {
    return v === null || v === undefined ? null : read.call(this, v, path);
  }
}

function readFee(r: GoldReader, v: unknown, path: string): GoldFee {
  const f = r.record(v, path);
  const amounts = r.array(f.amounts, `${path}.amounts`).map((a, i): GoldMoney => {
    const m = r.record(a, `${path}.amounts[${i}]`);
    return { currency: r.str(m.currency, `${path}.amounts[${i}].currency`), amount: r.num(m.amount, `${path}.amounts[${i}].amount`) };
  });
  return { kind: r.oneOf(f.kind, FEE_KINDS, `${path}.kind`), amounts };
}

function readTransfer(r: GoldReader, v: unknown, path: string): GoldTransfer {
  const t = r.record(v, path);
  return {
    player: r.str(t.player, `${path}.player`),
    from: r.orNull(t.from, `${path}.from`, r.str),
    to: r.orNull(t.to, `${path}.to`, r.str),
    suitors: r.strings(t.suitors, `${path}.suitors`),
    fees: r.array(t.fees, `${path}.fees`).map((f, i) => readFee(r, f, `${path}.fees[${i}]`)),
    status: r.oneOf(t.status, STATUSES, `${path}.status`),
    main: typeof t.main === 'boolean' ? t.main : r.fail(`${path}.main`, 'true or false', t.main),
  };
}

function readFacts(r: GoldReader, v: unknown, path: string): GoldFacts {
  const f = r.record(v, path);
  return {
    age: r.orNull(f.age, `${path}.age`, r.num),
    nationality: r.orNull(f.nationality, `${path}.nationality`, r.str),
    caps: r.orNull(f.caps, `${path}.caps`, r.num),
    position: r.orNull(f.position, `${path}.position`, (p, at) => r.oneOf(p, POSITIONS, at)),
    club: r.orNull(f.club, `${path}.club`, r.str),
    contractExpiry: r.orNull(f.contractExpiry, `${path}.contractExpiry`, r.num),
    formerClubs: f.formerClubs === undefined ? [] : r.strings(f.formerClubs, `${path}.formerClubs`),
  };
}

/** Checks parsed JSON against the GUIDELINES shape; throws an Error naming `id` and the bad field. */
export function parseGold(json: unknown, id: string): GoldArticle {
  const r = new GoldReader(id);
  const g = r.record(json, '(top level)');
  const facts: Record<string, GoldFacts> = {};
  const factsIn = g.facts === undefined ? {} : r.record(g.facts, 'facts');
  for (const [name, f] of Object.entries(factsIn)) facts[name] = readFacts(r, f, `facts[${JSON.stringify(name)}]`);
  return {
    ...(g.id === undefined ? {} : { id: r.str(g.id, 'id') }),
    date: r.orNull(g.date, 'date', r.str),
    players_mentioned: r.strings(g.players_mentioned, 'players_mentioned'),
    clubs_mentioned: r.strings(g.clubs_mentioned, 'clubs_mentioned'),
    sources: r.strings(g.sources, 'sources'),
    transfers: r.array(g.transfers, 'transfers').map((t, i) => readTransfer(r, t, `transfers[${i}]`)),
    facts,
    ...(g.notes === undefined ? {} : { notes: r.str(g.notes, 'notes') }),
  };
}

// ---------- extraction → gold shape ----------

const NO_FACTS: GoldFacts = { age: null, nationality: null, caps: null, position: null, club: null, contractExpiry: null, formerClubs: [] };

export function toGoldShape(x: Extraction): GoldArticle {
  const facts: Record<string, GoldFacts> = {};
  for (const t of x.transfers) {
    const p = x.players.find((q) => samePlayer(q.name, t.player));
    facts[t.player] = p
      ? { age: p.age, nationality: p.nationality?.code ?? null, caps: p.caps, position: p.position, club: p.club, contractExpiry: p.contractExpiry, formerClubs: [...p.formerClubs] }
      : { ...NO_FACTS, formerClubs: [] };
  }
  return {
    date: x.date,
    players_mentioned: x.players.map((p) => p.name),
    clubs_mentioned: x.clubs.map((c) => c.name),
    sources: x.sources.map((s) => s.name),
    transfers: x.transfers.map((t) => ({
      player: t.player, from: t.from, to: t.to, suitors: [...t.suitors],
      fees: t.fees.map((f) => ({ kind: f.kind, amounts: f.amounts.map((a) => ({ currency: a.currency, amount: a.amount })) })),
      status: t.status, main: t.main,
    })),
    facts,
  };
}

// ---------- counting ----------

type Counts = { tp: number; fp: number; fn: number; misses: string[] };
type Tally = Map<string, Counts>;

function add(t: Tally, field: string, tp: number, fp: number, fn: number, miss?: string): void {
  const c = t.get(field) ?? { tp: 0, fp: 0, fn: 0, misses: [] };
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
  if (miss) c.misses.push(miss);
  t.set(field, c);
}

/** Greedy one-to-one matching, each gold item taking the first unused prediction it matches. */
function countSets<T>(t: Tally, field: string, gold: readonly T[], pred: readonly T[], same: (p: T, g: T) => boolean, ctx: string): void {
  const left = [...pred];
  const missed: T[] = [];
  for (const g of gold) {
    const i = left.findIndex((p) => same(p, g));
    if (i >= 0) left.splice(i, 1);
    else missed.push(g);
  }
  const miss = missed.length || left.length ? `${ctx}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(left)}` : undefined;
  add(t, field, gold.length - missed.length, left.length, missed.length, miss);
}

/** A single value: both null scores nothing; a wrong value is both a false positive and a miss. */
function countValue<T>(t: Tally, field: string, gold: T | null | undefined, pred: T | null | undefined, same: (p: T, g: T) => boolean, ctx: string): void {
  const g = gold ?? null;
  const p = pred ?? null;
  if (g === null && p === null) return;
  if (g !== null && p !== null && same(p, g)) return add(t, field, 1, 0, 0);
  add(t, field, 0, p === null ? 0 : 1, g === null ? 0 : 1, `${ctx}: gold ${JSON.stringify(g)} got ${JSON.stringify(p)}`);
}

type KindedMoney = GoldMoney & { kind: FeeKind };
const moneyOf = (fees: GoldFee[]): KindedMoney[] => fees.flatMap((f) => f.amounts.map((a) => ({ ...a, kind: f.kind })));
const factsOf = (a: GoldArticle, name: string): GoldFacts => (Object.hasOwn(a.facts, name) ? a.facts[name] : undefined) ?? NO_FACTS;
const FACT_VALUES = ['age', 'nationality', 'caps', 'position', 'contractExpiry'] as const;

function scoreTransfer(t: Tally, g: GoldTransfer, p: GoldTransfer | undefined, gold: GoldArticle, pred: GoldArticle, id: string): void {
  const ctx = `${id} ${g.player}`;
  const pre = g.main ? 'main ' : '';
  countValue(t, `${pre}transfer.from`, g.from, p?.from, sameClub, ctx);
  countValue(t, `${pre}transfer.to`, g.to, p?.to, sameClub, ctx);
  countSets(t, `${pre}transfer.suitors`, g.suitors, p?.suitors ?? [], sameClub, ctx);
  const gm = moneyOf(g.fees);
  const pm = moneyOf(p?.fees ?? []);
  countSets(t, `${pre}transfer.fees`, gm, pm, sameMoney, ctx);
  countSets(t, `${pre}transfer.fee kinds`, gm, pm, (a, b) => sameMoney(a, b) && a.kind === b.kind, ctx);
  countValue(t, `${pre}transfer.status`, g.status, p?.status, eq, ctx);

  const gf = factsOf(gold, g.player);
  const pkey = p ? Object.keys(pred.facts).find((k) => samePlayer(k, p.player)) : undefined;
  const pf = pkey === undefined ? NO_FACTS : factsOf(pred, pkey);
  for (const k of FACT_VALUES) countValue<string | number>(t, `${pre}player.${k}`, gf[k], pf[k], eq, ctx);
  countValue(t, `${pre}player.club`, gf.club, pf.club, sameClub, ctx);
  countSets(t, `${pre}player.formerClubs`, gf.formerClubs, pf.formerClubs, sameClub, ctx);
}

function scoreArticle(t: Tally, gold: GoldArticle, pred: GoldArticle, id: string): void {
  countSets(t, 'players mentioned', gold.players_mentioned, pred.players_mentioned, samePlayer, id);
  countSets(t, 'clubs mentioned', gold.clubs_mentioned, pred.clubs_mentioned, sameClub, id);
  countSets(t, 'sources', gold.sources, pred.sources, sameSource, id);
  countValue(t, 'date', gold.date, pred.date, eq, id);

  // Pair predicted transfers with gold ones by player, first come first served.
  const left = [...pred.transfers];
  const pairs = gold.transfers.map((g) => {
    const i = left.findIndex((p) => samePlayer(p.player, g.player));
    return [g, i >= 0 ? left.splice(i, 1)[0] : undefined] as const;
  });
  countSets(t, 'transfer subjects', gold.transfers.map((g) => g.player), pred.transfers.map((p) => p.player), samePlayer, id);
  const gmain = gold.transfers.find((g) => g.main) ?? gold.transfers[0];
  const pmain = pred.transfers.find((p) => p.main) ?? pred.transfers[0];
  countValue(t, 'main story player', gmain?.player, pmain?.player, samePlayer, id);

  for (const [g, p] of pairs) scoreTransfer(t, g, p, gold, pred, id);
  // A transfer the gold lacks: every field it asserts is a false positive.
  for (const p of left) {
    const asserted = 1 + (p.from ? 1 : 0) + (p.to ? 1 : 0) + p.suitors.length + p.fees.length;
    add(t, 'spurious transfer fields', 0, asserted, 0, `${id}: extra transfer ${p.player}`);
  }
}

function prf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function pooled(fields: FieldScore[]): Prf {
  return prf(fields.reduce((a, f) => ({ tp: a.tp + f.tp, fp: a.fp + f.fp, fn: a.fn + f.fn }), { tp: 0, fp: 0, fn: 0 }));
}

export function scoreCorpus(items: { id: string; gold: GoldArticle; pred: Extraction }[]): EvalReport {
  const t: Tally = new Map();
  for (const { id, gold, pred } of items) scoreArticle(t, gold, toGoldShape(pred), id);
  const fields = [...t.entries()]
    .map(([field, c]): FieldScore => ({ field, ...c, ...prf(c) }))
    .sort((a, b) => a.field.localeCompare(b.field));
  // "main story player" starts with "main " too, so it counts toward the main story, as in score.mjs.
  return { articles: items.length, fields, micro: pooled(fields), mainStory: pooled(fields.filter((f) => f.field.startsWith('main '))) };
}

// ---------- report ----------

const pct = (x: number): string => (100 * x).toFixed(1).padStart(7);
const row = (label: string, s: Prf, counts = ''): string => `${label.padEnd(30)}${pct(s.p)}${pct(s.r)}${pct(s.f1)}${counts ? `   ${counts}` : ''}`;

export function formatReport(report: EvalReport, { verbose = false }: { verbose?: boolean } = {}): string {
  const lines = [
    `articles ${report.articles}`,
    `${'field'.padEnd(30)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`,
    ...report.fields.map((f) => row(f.field, f, `${f.tp}/${f.fp}/${f.fn}`)),
    row('MAIN STORY (micro)', report.mainStory),
    row('ALL FIELDS (micro)', report.micro),
  ];
  if (verbose) for (const f of report.fields) for (const m of f.misses) lines.push(`  [${f.field}] ${m}`);
  return `${lines.join('\n')}\n`;
}
