import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extract, extractionJsonSchema, ExtractionSchema, type Extraction } from '../src/index.js';

// The JSON Schema is checked by a JSON Schema validator (ajv), not by zod: it is what users outside
// TypeScript get. npm test builds first, so dist/ holds the shipped file.
const root = fileURLToPath(new URL('..', import.meta.url));
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'extraction.schema.json'), 'utf8')) as Record<string, unknown>;
const read = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8'));
const ARTICLES = [...read('seeds'), ...read('fixtures')];

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(shipped);
const errorsOf = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('the JSON Schema', () => {
  it('is what extractionJsonSchema() gives, as shipped in dist/extraction.schema.json', () => {
    expect(shipped).toEqual(extractionJsonSchema());
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(shipped.$defs as object).sort()).toEqual(['Club', 'Fee', 'Mention', 'Money', 'Nationality', 'Player', 'Source', 'Span', 'Transfer']);
  });

  it('accepts the extraction of every seed and fixture', () => {
    expect(ARTICLES.length).toBeGreaterThan(40);
    for (const text of ARTICLES) {
      const x = extract(text);
      expect(errorsOf(JSON.parse(JSON.stringify(x)))).toEqual([]);
    }
  });

  it('rejects what the contract rules out, as the zod schema does', () => {
    // (real clubs, an invented player: invented clubs are unknown to the built-in gazetteer)
    const good = extract('Liverpool have signed 24-year-old English winger Lennart Quayle from Brentford for £2m.');
    expect(good.transfers).toHaveLength(1);
    const broken: [string, (x: Extraction) => void][] = [
      ['an age as text', (x) => Object.assign(x.players[0] as object, { age: 'twenty-four' })],
      ['an unknown fee kind', (x) => Object.assign((x.transfers[0] as Extraction['transfers'][number]).fees[0] as object, { kind: 'loan' })],
      ['an unknown status', (x) => Object.assign(x.transfers[0] as object, { status: 'rumour' })],
      ['a negative span start', (x) => Object.assign((x.players[0] as Extraction['players'][number]).mentions[0] as object, { start: -1 })],
      ['a date not YYYY-MM-DD', (x) => Object.assign(x, { date: '22/11/2026' })],
      ['no mentions list', (x) => Reflect.deleteProperty(x, 'mentions')],
      ['a four-letter currency', (x) => Object.assign(((x.transfers[0] as Extraction['transfers'][number]).fees[0] as Extraction['transfers'][number]['fees'][number]).amounts[0] as object, { currency: 'GBPX' })],
    ];
    for (const [what, breakIt] of broken) {
      const x = structuredClone(good);
      breakIt(x);
      expect(errorsOf(x), what).not.toEqual([]);
      expect(ExtractionSchema.safeParse(x).success, what).toBe(false);
    }
  });

  it('lets later versions add fields (the contract allows it)', () => {
    const x = structuredClone(extract('Liverpool have signed winger Lennart Quayle from Brentford.'));
    Object.assign(x, { language: 'en' });
    Object.assign(x.players[0] as object, { height: 181 });
    expect(errorsOf(x)).toEqual([]);
  });
});
