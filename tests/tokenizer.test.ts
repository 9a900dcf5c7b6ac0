import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../src/tokenizer.js';
import { fold, isCapitalised } from '../src/text.js';

describe('tokenizer', () => {
  it('gives every token its offsets into the unchanged text', () => {
    const text = 'Liverpool’s “bid” — £51m —\r\nfor the ex-Genk man, Kossounou.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Genk');
    const genk = tokens.find((t) => t.text === 'Genk');
    expect(genk).toMatchObject({ start: text.indexOf('Genk'), spaceBefore: false, norm: 'genk' });
  });

  it('marks line breaks and splits sentences at them and at full stops', () => {
    const { tokens, sentences } = tokenize('Arsenal want him.\nChelsea too. And Spurs');
    expect(sentences.map((s) => s.end - s.start)).toEqual([17, 12, 9]);
    expect(tokens.find((t) => t.text === 'Chelsea')?.lineBefore).toBe(true);
  });

  it('folds accents and case in the token norm', () => {
    expect(tokenize('Mönchengladbach').tokens[0]?.norm).toBe('monchengladbach');
  });
  it("gives every word the norm its text folds to and its capital, whatever letters it holds (the scan's shortcut for plain words)", () => {
    const piece = fc.constantFrom('Kossounou', 'kane', 'O’Neill', "D'Ambrosio", 'Mönchengladbach', 'U.S.', 'St.', 'pre-season', 'ex-Genk', 'UEFA', 'wo', "n't", "Arsenal's", 'MacAllister', 'İstanbul', 'ß', 'x1', '23-year-old', 'Ødegaard', 'É', 'émile', 'Ωmega', '𝐀lpha', 'İ', 'Ö', 'J', 'vice-Captain', 'ABC12');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '. ', ', ', '-', '\n')), { maxLength: 12 }), (parts) => {
        const text = parts.map(([p, g]) => p + g).join('');
        for (const t of tokenize(text).tokens) {
          if (t.kind === 'number') expect(t.plain, JSON.stringify(t.text)).toBe(/^[0-9]+$/.test(t.text));
          if (t.kind !== 'word') continue;
          expect(t.norm, JSON.stringify(t.text)).toBe(fold(t.text).replace(/['’`]/g, ''));
          // (and the scan's note of a capital is what the word's own first letter says)
          expect(t.cap, JSON.stringify(t.text)).toBe(isCapitalised(t.text));
          // (and its note of a plain word: ASCII letters and digits only)
          expect(t.plain, JSON.stringify(t.text)).toBe(/^[A-Za-z0-9]+$/.test(t.text));
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('tokenizer boundaries', () => {
  const texts = (s: string) => tokenize(s).tokens.map((t) => t.text);

  it('splits clitics and keeps names with apostrophes whole', () => {
    expect(texts("Dunmore's agent won't talk; O'Keefe can't wait")).toEqual(['Dunmore', "'s", 'agent', 'wo', "n't", 'talk', ';', "O'Keefe", 'ca', "n't", 'wait']);
    expect(texts('They’re sure')).toEqual(['They', '’re', 'sure']);
  });

  it('keeps numbers with their separators, and ordinals whole', () => {
    expect(texts('£1,250,000 or €40.5m in 2024/25, a 2-1 win, his 89th game')).toEqual(['£', '1,250,000', 'or', '€', '40.5', 'm', 'in', '2024/25', ',', 'a', '2-1', 'win', ',', 'his', '89th', 'game']);
    expect(tokenize('£1,250,000').tokens.map((t) => t.kind)).toEqual(['currency', 'number']);
  });

  it('splits hyphens except after prefixes, and ex- before a name', () => {
    expect(texts('the ex-Vardo centre-back, an under-21 pre-season regular')).toEqual(['the', 'ex', '-', 'Vardo', 'centre', '-', 'back', ',', 'an', 'under-21', 'pre-season', 'regular']);
  });

  it('keeps the full stop of abbreviations and initials, which then end no sentence', () => {
    expect(texts('St. Olaf and the U.S. side met F. Brandt.')).toEqual(['St.', 'Olaf', 'and', 'the', 'U.S.', 'side', 'met', 'F.', 'Brandt', '.']);
    expect(tokenize('Jan. 2025 is when Dr. Holm signs. He is 20.').sentences).toHaveLength(2);
  });

  it('never splits a character written as a surrogate pair, and spans stay exact', () => {
    const text = 'Gol 𝐀𝐁 by 𝟏𝟐 and 😀 \ud800 end';
    const { tokens } = tokenize(text);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(/^[\udc00-\udfff]/.test(t.text) || /[\ud800-\udbff]$/.test(t.text) ? t.text : 'whole').toBe(t.text === '\ud800' ? '\ud800' : 'whole');
    }
    expect(texts(text)).toContain('𝐀𝐁');
  });
});

describe('agreement with wink-nlp', () => {
  it("finds wink-nlp's token boundaries on the seeds and fixtures (at least 99.5% of its tokens)", async () => {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, []);
    const { readdirSync, readFileSync } = await import('node:fs');
    let total = 0;
    let same = 0;
    for (const dir of ['seeds', 'fixtures']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        const ours = new Set(tokenize(text).tokens.map((t) => `${t.start}:${t.text}`));
        let at = 0;
        for (const w of nlp.readDoc(text).tokens().out() as string[]) {
          if (w.trim() === '') continue;
          const start = text.indexOf(w, at);
          at = start + w.length;
          total++;
          if (ours.has(`${start}:${w}`)) same++;
        }
      }
    }
    expect(total).toBeGreaterThan(5000);
    expect(same / total).toBeGreaterThan(0.995);
  });
});
