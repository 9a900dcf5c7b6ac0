/**
 * Shared by the robustness tests (properties, adversarial, regex-audit): a walker that finds every
 * span in an extraction, a span check, and fast-check generators of hostile and realistic text.
 * Every player name here is invented.
 */
import fc from 'fast-check';

export interface FoundSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Where in the output it was found: `transfers[0].evidence[1]`. */
  readonly path: string;
}

const isSpan = (v: object): v is { start: number; end: number; text: string } => {
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
};

/** Every object anywhere in `value` with a numeric `start` and `end` and a string `text`. */
export function collectSpans(value: unknown, path = '', out: FoundSpan[] = []): FoundSpan[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
    return out;
  }
  if (isSpan(value)) out.push({ start: value.start, end: value.end, text: value.text, path });
  for (const [k, v] of Object.entries(value)) collectSpans(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** The first span of `value` that is not grounded in `input`, described; null when all are. */
export function badSpan(input: string, value: unknown): string | null {
  for (const s of collectSpans(value)) {
    const inRange = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length;
    if (!inRange || input.slice(s.start, s.end) !== s.text) {
      return `${s.path}: [${s.start}, ${s.end}) ${JSON.stringify(s.text)} but the input holds ${JSON.stringify(input.slice(s.start, s.end))} (input length ${input.length})`;
    }
  }
  return null;
}

// ---------- vocabulary (invented players; real clubs and outlets) ----------

export const CLUBS = ['Liverpool', 'Chelsea', 'Bayern Munich', 'Arsenal', 'Real Madrid', 'Borussia Dortmund', 'Manchester United', 'Celtic', 'Kilmarnock', 'Ajax', 'Benfica', 'Napoli'] as const;
export const PLAYERS = ['Quentin Marsh', 'Tomas Velkoro', 'Arno Deshpaul', 'Jonny Rowlands', 'Ilkka Vantanen', 'Mateo Brisquel', 'Sami Okonkwadi', 'Luca Ferravanti'] as const;
export const FEES = ['£51m', '€40 million', '$12.5m', '£30,000-a-week', '€60m (£51m)', 'around £25 million', '€1.5bn', 'a fee of £7m plus add-ons'] as const;
export const POSITIONS = ['defender', 'midfielder', 'striker', 'winger', 'goalkeeper', 'centre-back', 'forward'] as const;
export const OUTLETS = ['the Guardian', 'Sky Sports', 'The Athletic', 'BBC Sport', 'Marca'] as const;
export const PHRASES = ['have agreed a fee with', 'are interested in', 'have had a bid rejected by', 'are in talks with', 'have completed the signing of', 'are keeping tabs on', 'have made an offer for', 'are set to open talks with'] as const;
export const TRANSFER_WORDS = ['£51m', 'Liverpool', 'the 23-year-old', 'signed from', 'Chelsea', '€40 million', 'defender', 'Bayern Munich', 'bid', 'loan', 'Quentin Marsh', 'according to', 'year-old', 'm'] as const;
/** The library's internal template placeholders: user text holding them must not confuse it. */
export const PLACEHOLDERS = ['⟦c1⟧', '⟦p0⟧', '⟦c9⟧', '⟦', '⟧'] as const;

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** One realistic sentence assembled from the fragments above. */
export const sentenceArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(CLUBS), pick(PHRASES), pick(CLUBS), pick(POSITIONS), pick(PLAYERS)).map(([a, v, b, pos, p]) => `${a} ${v} ${b} ${pos} ${p}.`),
  fc.tuple(pick(CLUBS), pick(FEES), fc.integer({ min: 16, max: 38 }), pick(POSITIONS), pick(PLAYERS)).map(([a, f, age, pos, p]) => `${a} have agreed a ${f} deal for the ${age}-year-old ${pos} ${p}.`),
  fc.tuple(pick(PLAYERS), pick(CLUBS), pick(CLUBS), pick(FEES), pick(OUTLETS)).map(([p, a, b, f, o]) => `${p} signed from ${a} and could join ${b} for ${f}, according to ${o}.`),
  fc.tuple(pick(CLUBS), pick(PLAYERS), pick(FEES)).map(([a, p, f]) => `${a} are interested in ${p}, who has a release clause of ${f}.`),
  fc.tuple(fc.integer({ min: 16, max: 38 }), pick(POSITIONS), pick(CLUBS), fc.integer({ min: 2025, max: 2031 })).map(([age, pos, c, y]) => `The ${age}-year-old ${pos} is under contract at ${c} until ${y}.`),
  fc.tuple(pick(CLUBS), pick(PLAYERS)).map(([c, p]) => `${c} boss says ${p} is not for sale.`),
  fc.tuple(pick(PLAYERS), pick(CLUBS), pick(FEES)).map(([p, c, f]) => `"${p} wants to join ${c}," his agent said. The fee: ${f}.`),
);

/** An article: a few realistic sentences, sometimes in paragraphs, sometimes with a date line. */
export const articleArb: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(sentenceArb, fc.constantFrom(' ', ' ', '\n\n', '\n')), { minLength: 1, maxLength: 8 }))
  .map(([dated, parts]) => (dated ? 'date 2024-05-20 ' : '') + parts.map(([s, sep]) => s + sep).join('').trimEnd());

/** Deterministic realistic text of at least `size` characters (no randomness: the same every run). */
export function realisticText(size: number): string {
  const sentences = fc.sample(sentenceArb, { seed: 42, numRuns: 60 });
  let out = '';
  for (let i = 0; out.length < size; i++) out += (sentences[i % sentences.length] ?? '') + (i % 5 === 4 ? '\n\n' : ' ');
  return out;
}
