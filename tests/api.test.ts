/** The public API: input checks, determinism, grounding, and extension that never leaks. */
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, ExtractionSchema } from '../src/index.js';

const TEXT = 'Wrexham are keeping tabs on Kilmarnock striker Jonny Rowlands, according to the Leader. The Red Dragons face competition from Hibernian.';

describe('input', () => {
  it('rejects a non-string with a TypeError naming the argument', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(TypeError);
    expect(() => extract(42 as unknown as string)).toThrow(/text/);
  });
  it('returns an empty extraction for empty or blank text', () => {
    for (const t of ['', '   \n\t ']) expect(extract(t)).toEqual({ date: null, players: [], clubs: [], transfers: [], sources: [], mentions: [] });
  });
  it('rejects a malformed date option', () => {
    expect(() => extract('Liverpool', { date: 'yesterday' })).toThrow();
  });
  it('takes the date from the option, else from a date line', () => {
    expect(extract(' date 2024-05-20 Liverpool are keen.').date).toBe('2024-05-20');
    expect(extract('Liverpool are keen.', { date: '2023-01-31' }).date).toBe('2023-01-31');
    expect(extract('Liverpool are keen.', { date: new Date('2022-07-01T00:00:00Z') }).date).toBe('2022-07-01');
  });
  it('gives the same output for the same input, and leaves the input alone', () => {
    const text = `${TEXT}`;
    expect(extract(text)).toEqual(extract(text));
    expect(text).toBe(TEXT);
  });
});

describe('grounding', () => {
  it('ties every mention to its span', () => {
    const x = extract(TEXT);
    ExtractionSchema.parse(x);
    expect(x.mentions.length).toBeGreaterThan(0);
    for (const m of x.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });
  it('finds a player unknown to the gazetteer from his context, with his club', () => {
    const text = 'Celtic have completed the signing of Kilmarnock striker Jonny Rowlands.';
    const x = extract(text);
    const t = x.transfers[0];
    expect(t?.player).toBe('Jonny Rowlands');
    expect(t?.to).toBe('Celtic');
    expect(t?.from).toBe('Kilmarnock');
    expect(t?.status).toBe('completed');
    const p = x.players.find((q) => q.name === 'Jonny Rowlands');
    expect(p?.position).toBe('forward');
    const at = text.indexOf('Jonny');
    expect(p?.mentions[0]).toEqual({ start: at, end: at + 'Jonny Rowlands'.length, text: 'Jonny Rowlands' });
  });
});

describe('createExtractor', () => {
  it('adds clubs, with ambiguous aliases counting only when supported', () => {
    const mine = createExtractor({ clubs: [{ name: 'Zorblax Rovers', aliases: ['Zorblax'], ambiguous: ['the Zorbs'], country: 'WAL' }] });
    const x = mine.extract('Zorblax are keen. The Zorbs want him.');
    const club = x.clubs.find((c) => c.name === 'Zorblax Rovers');
    expect(club?.mentions.map((m) => m.text)).toEqual(['Zorblax', 'The Zorbs']);
    expect(club?.country).toBe('WAL');
    expect(mine.extract('The Zorbs want him.').clubs).toEqual([]);
  });
  it("takes a club's city for 'the Zorbton club'", () => {
    const mine = createExtractor({ clubs: [{ name: 'Zorblax Rovers', aliases: ['Zorblax'], city: 'Zorbton' }] });
    const x = mine.extract('Zorblax are keen on a striker. The Zorbton club have made an offer.');
    expect(x.clubs.find((c) => c.name === 'Zorblax Rovers')?.mentions.map((m) => m.text)).toEqual(['Zorblax', 'Zorbton club']);
  });
  it('never changes the default extract or another extractor', () => {
    const text = 'Zorblax United have signed defender Quentin Marsh.';
    const before = extract(text);
    const a = createExtractor({ clubs: [{ name: 'Zorblax United', aliases: ['Zorblax'] }] });
    const b = createExtractor();
    expect(a.extract(text).clubs.map((c) => c.name)).toContain('Zorblax United');
    expect(b.extract(text).clubs.map((c) => c.name)).not.toContain('Zorblax United');
    expect(extract(text)).toEqual(before);
  });
  it('rejects a bad entry with an error naming its path', () => {
    expect(() => createExtractor({ clubs: [{ name: '' }] })).toThrow(/clubs/);
    expect(() => createExtractor({ clubs: [{ name: 'X', country: 'Wales' }] })).toThrow(/country/);
  });
});
