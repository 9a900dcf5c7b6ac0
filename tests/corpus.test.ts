/**
 * Golden articles: the seeds must extract perfectly; the project's own fixtures are scored and
 * held to a floor, with every extraction validated against the schema and its spans checked.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, ExtractionSchema, type Extraction } from '../src/index.js';
import { parseGold, scoreCorpus } from '../src/eval.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const text = fs.readFileSync(path.join(root, dir, f), 'utf8');
      const gold = parseGold(JSON.parse(fs.readFileSync(path.join(root, dir, `${id}.json`), 'utf8')), id);
      return { id, text, gold };
    });

function checkSpans(text: string, x: Extraction): void {
  const spans = [...x.mentions, ...x.players.flatMap((p) => p.mentions), ...x.clubs.flatMap((c) => c.mentions), ...x.transfers.flatMap((t) => t.evidence)];
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('seeds', () => {
  const seeds = load('seeds');
  it('holds the three seed articles', () => expect(seeds).toHaveLength(3));
  for (const { id, text, gold } of seeds) {
    it(`${id} extracts perfectly`, () => {
      const pred = extract(text);
      ExtractionSchema.parse(pred);
      checkSpans(text, pred);
      const report = scoreCorpus([{ id, gold, pred }]);
      const misses = report.fields.flatMap((f) => f.misses);
      expect(misses).toEqual([]);
      expect(report.micro.f1).toBe(1);
    });
  }
});

describe('fixtures', () => {
  const fixtures = load('fixtures');
  it('holds at least 15 articles with gold', () => expect(fixtures.length).toBeGreaterThanOrEqual(15));
  it('every extraction validates and grounds its spans', () => {
    for (const { text } of fixtures) {
      const pred = extract(text);
      ExtractionSchema.parse(pred);
      checkSpans(text, pred);
    }
  });
  it('scores above the floor (all fields F1)', () => {
    const report = scoreCorpus(fixtures.map(({ id, text, gold }) => ({ id, gold, pred: extract(text) })));
    // A floor, raised as the extractor improves; the per-field table is printed by `transfer-talk eval fixtures`.
    expect(report.micro.f1).toBeGreaterThan(0.5);
  });
});
