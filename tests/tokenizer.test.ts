import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenizer.js';

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
});
