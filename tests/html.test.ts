import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extract, toHtml, type Extraction, type Mention } from '../src/index.js';
import { highlight, formatMoney } from '../src/html.js';

// Invented players; real clubs (invented ones are unknown to the built-in gazetteer).
const STORY = 'Liverpool have signed 24-year-old English winger Lennart Quayle from Brentford for £2m.';

/** The page's text as a browser shows it: tags dropped, entities decoded (enough for these pages). */
const textOf = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');

const mention = (start: number, end: number, text: string, type = 'club'): Mention => ({ start, end, text: text.slice(start, end), type });

describe('toHtml', () => {
  const x = extract(STORY);
  const page = toHtml(STORY, x, { title: 'Quayle signs' });

  it('gives a self-contained page: inline CSS, no script, no external resource', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<style>');
    expect(page).toContain('<title>Quayle signs</title>');
    expect(page).not.toMatch(/<script|<link|\bsrc=|@import|url\(/i);
  });

  it('highlights every mention by type, with its value and rule in the tooltip', () => {
    expect(x.mentions.length).toBeGreaterThanOrEqual(6);
    for (const m of x.mentions) expect(page).toContain(`data-type="${m.type}"`);
    expect(page).toContain('<mark class="tt-player" data-type="player" title="player: Lennart Quayle&#10;rule: rules/person">Lennart Quayle</mark>');
    expect(page).toContain('<mark class="tt-fee" data-type="fee" title="fee: fee £2,000,000&#10;of: Lennart Quayle&#10;rule: rules/money+kind/fee">£2m</mark>');
    expect(page).toContain('data-type="age" title="age: 24&#10;of: Lennart Quayle&#10;rule: age/year-old">24-year-old</mark>');
    expect((page.match(/<mark /g) ?? []).length).toBe(x.mentions.length);
  });

  it('lists the transfers and players in tables under the text', () => {
    expect(page).toContain('<tr class="tt-main"><td>Lennart Quayle</td><td>Brentford</td><td>Liverpool</td><td class="tt-none">–</td><td>fee £2,000,000</td><td>completed</td></tr>');
    expect(page).toContain('<td>England (ENG)</td>');
  });

  it('shows an article holding HTML as text', () => {
    const evil = `Liverpool have signed <script>alert("x")</script> winger Lennart Quayle from Brentford <img src=x onerror=alert(1)> & co.`;
    const html = toHtml(evil, extract(evil), { title: '</title><script>alert(2)</script>' });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>');
  });

  it('gives the article section alone with fragment: true', () => {
    const section = toHtml(STORY, x, { fragment: true, title: 'One' });
    expect(section.startsWith('<section class="tt-article">\n<h2>One</h2>')).toBe(true);
    expect(section).not.toContain('<html');
  });

  it('rejects what is not an article and its extraction', () => {
    expect(() => toHtml(42 as unknown as string, x)).toThrow(TypeError);
    expect(() => toHtml(STORY, {} as Extraction)).toThrow(/needs the extraction/);
  });
});

describe('highlight', () => {
  it('nests a mention inside another and splits one that crosses another', () => {
    const text = 'the Everton defender said';
    expect(highlight(text, [mention(0, 20, text, 'player'), mention(4, 11, text, 'club')])).toBe(
      '<mark class="tt-player" data-type="player" title="player: the Everton defender">the <mark class="tt-club" data-type="club" title="club: Everton">Everton</mark> defender</mark> said',
    );
    // [4, 20) crosses [0, 11): it is cut at 11, its rest stands on its own.
    const crossed = highlight(text, [mention(0, 11, text), mention(4, 20, text, 'player')]);
    expect(crossed.match(/<mark /g)).toHaveLength(3);
    expect(textOf(crossed.replace(/ title="[^"]*"/g, ''))).toBe(text);
    expect(crossed).toMatch(/^<mark class="tt-club"[^>]*>the <mark class="tt-player"[^>]*>Everton<\/mark><\/mark><mark class="tt-player"[^>]*> defender<\/mark> said$/);
  });

  it('keeps the text whole and the marks balanced for any mentions (property)', () => {
    const arb = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat({ max: text.length + 2 }), fc.nat({ max: text.length + 2 }), fc.constantFrom('club', 'player', 'fee', 'x"<y')).map(([a, b, type]) => mention(Math.min(a, b), Math.max(a, b), text, type)),
          { maxLength: 12 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([text, mentions]) => {
        const html = highlight(text, mentions);
        expect(textOf(html.replace(/ title="[^"]*"/g, ''))).toBe(text);
        let depth = 0;
        for (const tag of html.match(/<\/?mark\b/g) ?? []) {
          depth += tag === '<mark' ? 1 : -1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect(html).not.toMatch(/<(?!\/?mark\b)/);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('groups thousands and shows the symbol of the three main currencies', () => {
    expect(formatMoney({ currency: 'EUR', amount: 60_000_000 })).toBe('€60,000,000');
    expect(formatMoney({ currency: 'GBP', amount: 250_000 })).toBe('£250,000');
    expect(formatMoney({ currency: 'USD', amount: 999 })).toBe('$999');
    expect(formatMoney({ currency: 'CHF', amount: 1_500_000.5 })).toBe('CHF 1,500,000.50');
  });
});
