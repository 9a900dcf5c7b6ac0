/** Rule tables: each recogniser with positive cases (value and span) and negative ones. */
import { describe, expect, it } from 'vitest';
import { findMoney, PREFIXED_RE, symbolStarts } from '../src/rules/money.js';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { AGE_RULES, findAges } from '../src/rules/age.js';
import { CAPS_RULES, findCaps } from '../src/rules/caps.js';
import { findPositions, POSITION_HINTS, POSITION_REACH, POSITIONS_RE } from '../src/rules/position.js';
import { CONTRACT_RULES, findContracts, resolveRelative } from '../src/rules/contract.js';
import { anchoredMatches, positionsOf } from '../src/rules/types.js';
import { wordPositions } from '../src/automaton.js';
import { buildTemplate } from '../src/resolve/template.js';
import { tokenize } from '../src/tokenizer.js';
import { allMatches } from '../src/text.js';
import { feeKind } from '../src/rules/fee-kind.js';
import { CUE_SOURCE, cueMatches, findStatusCues, furthest } from '../src/rules/status.js';
import { alternativesOf, byFirstLetter } from '../src/factor.js';
import { sortBy } from '../src/sorted.js';

describe('money', () => {
  const cases: [string, string, [string, number][][]][] = [
    ['an offer of around €60m (£51m) could', '€60m (£51m)', [[['EUR', 60e6], ['GBP', 51e6]]]],
    ['pay €70 million (£60m/$77m) to sign', '€70 million (£60m/$77m)', [[['EUR', 70e6], ['GBP', 60e6], ['USD', 77e6]]]],
    ['a fee of 800,000 Euros', '800,000 Euros', [[['EUR', 800000]]]],
    ['£35,000,000 bid', '£35,000,000', [[['GBP', 35e6]]]],
    ['worth 40 million pounds', '40 million pounds', [[['GBP', 40e6]]]],
    ['forty million pounds', 'forty million pounds', [[['GBP', 40e6]]]],
    ['valued at £40-50m', '£40-50m', [[['GBP', 40e6]], [['GBP', 50e6]]]],
    ['a £1million to £1.5million fee', '£1million to £1.5million', [[['GBP', 1e6]], [['GBP', 1.5e6]]]],
    ['a BRL 30m (£4m) offer', 'BRL 30m (£4m)', [[['BRL', 30e6], ['GBP', 4e6]]]],
    ['£37.3m', '£37.3m', [[['GBP', 37.3e6]]]],
    ['£200k a year', '£200k', [[['GBP', 200000]]]],
  ];
  for (const [text, spanText, sums] of cases) {
    it(`finds ${spanText}`, () => {
      const [m] = findMoney(text);
      expect(m).toBeDefined();
      expect(text.slice(m!.start, m!.end)).toBe(spanText);
      expect(m!.sums.map((s) => s.map((a) => [a.currency, a.amount]))).toEqual(sums);
    });
  }
  for (const text of ['the 2024-25 season', '23 goals in 40 games', 'he weighs 146 pounds', 'standing at 1.91 m', 'a 20% sell-on clause']) {
    it(`finds no money in "${text}"`, () => expect(findMoney(text)).toEqual([]));
  }
  it('notes add-ons', () => expect(findMoney('a reported $22 million plus add-ons')[0]?.plus).toBe(true));
});

describe('age', () => {
  const pos: [string, number, string][] = [
    ['The 23-year-old has been', 23, '23-year-old'],
    ['aged 19, he', 19, 'aged 19'],
    ['Furuhashi, 26, has won', 26, ', 26, '],
    ['Kyogo Furuhashi (26) to Celtic', 26, '(26)'],
    ['despite being just 20 years old', 20, '20 years old'],
  ];
  for (const [text, age, spanText] of pos) {
    it(`reads ${age} from "${text}"`, () => {
      const [f] = findAges(text);
      expect(f?.value).toBe(age);
      expect(text.slice(f!.start, f!.end)).toBe(spanText);
    });
  }
  for (const text of ['a 125-year-old club', 'the 2024-25 season', 'in the 89th minute', 'a 5-year-old record']) {
    it(`finds no age in "${text}"`, () => expect(findAges(text)).toEqual([]));
  }
});

describe('caps', () => {
  const pos: [string, number][] = [
    ['the 21-cap Ivory Coast International', 21],
    ['he has been capped 12 times', 12],
    ['won 45 caps for Wales', 45],
    ['three goals in six international games for Japan', 6],
    ['12 goals in 19 appearances with Spain’s national team', 19],
    ['he is yet to be capped', 0],
  ];
  for (const [text, n] of pos) it(`reads ${n} from "${text}"`, () => expect(findCaps(text)[0]?.value).toBe(n));
  for (const text of ['23 goals this season', 'an England Under-21 international with 12 caps', '117 times for the club']) {
    it(`finds no senior caps in "${text}"`, () => expect(findCaps(text)).toEqual([]));
  }
});

describe('position', () => {
  const pos: [string, string][] = [
    ['defender Odilon Kossounou', 'defender'],
    ['the centre-back', 'defender'],
    ['an attacking left winger', 'forward'],
    ['the playmaker', 'midfielder'],
    ['31-year-old goalkeeper Vicente Guaita', 'goalkeeper'],
    ['the race for the midfield talent', 'midfielder'],
  ];
  for (const [text, p] of pos) it(`reads ${p} from "${text}"`, () => expect(findPositions(text)[0]?.value).toBe(p));
  it('ignores plurals', () => expect(findPositions('the only recognizable centre-backs in the squad')).toEqual([]));
  it('reads a plural after "one of"', () => {
    const text = 'he became one of the hottest midfield prospects in Europe';
    expect(findPositions(text)).toEqual([{ type: 'position', start: text.indexOf('midfield'), end: text.indexOf(' in Europe'), value: 'midfielder', rule: 'position/midfielder' }]);
  });
});

describe('contract', () => {
  it('reads a current deal', () => {
    const [f] = findContracts('Kossounou is contracted at BayArena until 2026 and');
    expect(f?.value).toEqual({ year: 2026, kind: 'current' });
  });
  it('reads an expiry', () => expect(findContracts('Itakura’s contract at Borussia-Park is set to expire in 2026')[0]?.value.year).toBe(2026));
  it('reads "his contract runs until 2029" and "which runs to June 2027" as the current deal', () => {
    expect(findContracts('His contract in Lisbon runs until 2029.')[0]?.value).toEqual({ year: 2029, kind: 'current' });
    expect(findContracts('the release clause in his contract, which runs to June 2027')[0]?.value).toEqual({ year: 2027, kind: 'current' });
  });
  it('tells a new deal', () => expect(findContracts('Alcácer signed a contract until June 2025.')[0]?.value.kind).toBe('new'));
  it('resolves "out of contract next summer" against the date', () => {
    const [f] = findContracts('he will be out of contract next summer');
    expect(resolveRelative(f!.value, '2024-05-20')).toBe(2025);
    expect(resolveRelative(f!.value, null)).toBeNull();
  });
  it('resolves "at the end of the season"', () => {
    const [f] = findContracts('his deal expires at the end of the season');
    expect(resolveRelative(f!.value, '2024-09-02')).toBe(2025);
    expect(resolveRelative(f!.value, '2024-03-02')).toBe(2024);
  });
  it('finds nothing in "the 2024-25 season"', () => expect(findContracts('ahead of the 2024-25 season')).toEqual([]));
});

describe('fee kinds', () => {
  const cases: [string, string, string][] = [
    ['his deal contains a staggering release clause of £88m.', '£88m', 'release-clause'],
    ['transfermarkt values Itakura at £13m', '£13m', 'valuation'],
    ["match Leverkusen's €60m (£51m) demands", '€60m (£51m)', 'asking-price'],
    ['After seeing their initial bid of £25million knocked back', '£25million', 'bid'],
    ['offering Silva a €50m per year salary', '€50m', 'wages'],
    ['Villarreal have signed striker Enes Unal in a £12m deal', '£12m', 'fee'],
    ['Madrid will pay his €60m release clause, with €35m due up front', '€35m', 'fee'],
    ['he will be loaned for a season, with a mandatory purchase option of €4m', '€4m', 'fee'],
    ['he would earn a reported £180,000 a week', '£180,000', 'wages'],
    ['paying a €2m loan fee for the season', '€2m', 'fee'],
    ['Porto want €65m for the winger', '€65m', 'asking-price'],
    ['the club would accept around €10m', '€10m', 'asking-price'],
    ['they are prepared to let him go for around €12m', '€12m', 'asking-price'],
    ['Spurs have made a €40m offer for the defender', '€40m', 'bid'],
    ['a three-year contract worth €12m per year after tax', '€12m', 'wages'],
  ];
  for (const [s, sum, kind] of cases) {
    it(`${kind}: "${s}"`, () => {
      const at = s.indexOf(sum);
      expect(feeKind(s, at, at + sum.length)).toBe(kind);
    });
  }
});

describe('status', () => {
  const cases: [string, string | null][] = [
    ['liverpool are set to open talks with leverkusen', 'talks'],
    ['celtic have completed the signing of kyogo furuhashi', 'completed'],
    ['personal terms have been agreed', 'agreed'],
    ['fulham had bid £8m for the 26-year-old which was rejected', 'bid'],
    ['the reds opted not to make a move for werner', 'off'],
    ['liverpool are keeping tabs on itakura', 'interest'],
    ['an offer of around €60m could seal the deal', null],
    ['no formal bids have been made', null],
    ['arsenal are hoping to complete the signing of the winger', null],
    ['villa will push to convince the germans to green-light the move', null],
    ['he left ⟦c0 at the weekend to seal a move to ⟦c1', 'completed'],
    ['brentford sealed a move for the striker', 'completed'],
    ['the move was announced on monday', 'completed'],
    ['norwich have already lost one key figure in ⟦p2', 'completed'],
  ];
  for (const [s, st] of cases) it(`"${s}" → ${st}`, () => expect(furthest(findStatusCues(s))).toBe(st));
});

describe('sortBy', () => {
  it('sorts as the built-in sort does, stably, short lists and long, in order or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat()), { maxLength: 40 }), fc.boolean(), (xs, presorted) => {
        const items = xs.map(([key, id], k) => ({ key, id: id + k / 100 }));
        if (presorted) items.sort((a, b) => a.key - b.key);
        const cmp = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const mine = items.slice();
        expect(sortBy(mine, cmp)).toBe(mine);
        expect(mine).toEqual(items.slice().sort(cmp));
      }),
      { numRuns: 500 },
    );
  });
});

describe('alternations by first letter', () => {
  // The regrouped alternation must find exactly the matches of the plain one: the same first
  // alternative at every position, whatever the case and whatever follows.
  const alternatives = ['has signed', 'had signed', '(?:has|have|had) (?:now )?joined', '(?:the )?move', 'made (?:an? )?(?:\\S+ ){0,2}?offer', 'bid', 'bids?', '(?:bid )?bids?', 'offer', 'off', 'agreed', 'agreement', 'a deal', 'Arsenal', 'arsenal fc'];
  const words = ['has', 'had', 'have', 'signed', 'now', 'joined', 'the', 'move', 'made', 'an', 'a', 'big', 'offer', 'bid', 'bids', 'off', 'agreed', 'agreement', 'deal', 'Arsenal', 'ARSENAL', 'fc', 'x'];
  const texts = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '', '. ', '-')), { maxLength: 12 }).map((ps) => ps.map(([w, g]) => w + g).join(''));
  const found = (re: RegExp, t: string) => allMatches(re, t).map((m) => `${m.index}:${m[0]}`);
  for (const flags of ['g', 'gi']) {
    it(`finds what the plain alternation finds (flags ${flags})`, () => {
      fc.assert(
        fc.property(fc.subarray(alternatives, { minLength: 1 }), texts, (alts, t) => {
          const plain = new RegExp(String.raw`\b(?:${alts.join('|')})\b`, flags);
          const grouped = new RegExp(String.raw`\b(?:${byFirstLetter(alts, flags === 'gi')})\b`, flags);
          expect(found(grouped, t)).toEqual(found(plain, t));
        }),
        { numRuns: 400 },
      );
    });
  }
  it('regroups letter-led alternatives, and leaves the others as they are', () => {
    expect(byFirstLetter(['bid', '(?:has|had) bid', '(?:big )?offer', 'Ban'], true)).toBe('b(?:id|ig offer|an)|h(?:as bid|ad bid)|o(?:ffer)');
    expect(byFirstLetter(['bid', 'Ban'], false)).toBe('b(?:id)|B(?:an)');
    // (an optional group is tried first, then left out, as the engine does)
    expect(byFirstLetter(['(?:bid )?bids?'], true)).toBe('b(?:id bids?|ids?)');
    expect(new RegExp(byFirstLetter(['(?:bid )?bids?'], true)).exec('bid bids')?.[0]).toBe('bid bids');
    for (const alts of [['bid', '\\d+m'], ['a?b', 'c'], ['(?:x|y)+z'], ['(bid)'], ['(?=a)b']]) expect(byFirstLetter(alts, true)).toBe(alts.join('|'));
    expect(alternativesOf('a|(?:b|c)|[|]|\\|d')).toEqual(['a', '(?:b|c)', '[|]', '\\|d']);
  });
});

describe('status cue scan', () => {
  // The cues are found by the alternatives regrouped by first letter and named by the grouped
  // pattern where one was found: the same cues, with the same statuses, as one scan with the
  // grouped pattern.
  const reference = new RegExp(CUE_SOURCE, 'g');
  const pieces = ['has signed', 'have officially joined', 'signed for', 'joined', 'joins', 'bid', 'offer', 'made an offer', 'rejected their bid', 'talks', 'interest', 'interested', 'agreed',
    'agreement', 'medical', 'failed his medical', 'here we go', 'after the', 'following', 'to join ⟦c1⟧ after ⟦p2⟧', 'lost', 'have lost ⟦p3⟧', 'lost out', 'the', 'move', 'deal', 'was', 'announced',
    '⟦p1⟧', '⟦c2⟧', 'x', 'no longer interested', 'close to joining', 'keen', 'eye', 'eyeing'];
  it('finds what one scan with the grouped pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', ', ', '. ')), { maxLength: 14 }), (ps) => {
        const t = ps.map(([w, g]) => w + g).join('');
        const expected = allMatches(reference, t).map((m) => ({ status: Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0], start: m.index, end: m.index + m[0].length, text: m[0] }));
        expect(cueMatches(t)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('anchored pattern scans', () => {
  // A rule with `reach` is tried only near its hint words: it must find exactly what a scan of the
  // whole text finds. Texts built from the rules' own words, numbers and separators put matches
  // side by side, overlapping and at the edges.
  const rules = [...AGE_RULES, ...CAPS_RULES, ...CONTRACT_RULES, { rule: 'position', re: POSITIONS_RE, value: () => 0, hint: POSITION_HINTS, reach: POSITION_REACH }].filter((r) => r.reach !== undefined);
  const pieces = [
    'attacking midfielder', 'Defensive Midfielder', 'centre-back', 'center back', 'shot-stopper', 'goalkeepers', 'one of the best strikers', 'inside forward', 'front-runner',
    'wide man', 'number 10', 'goalscorer', 'wing-back', 'back', 'half', 'midfield star', "winger's", 'keeper',
    'he signed a new contract until 2027', 'his deal expires in 2026', 'contracted until june 2028', 'put pen to paper on a four-year deal to 2029',
    'tied to the club until 2027', 'out of contract this summer', 'become a free agent next summer', 'end of his contract in 2025',
    'the contract will be valid until 2030', 'he will be tied to them until 2026', 'the 23-year-old', 'aged 19', 'turned 30', 'a 21-cap international',
    'capped 12 times', 'seventeen international caps', '3 senior international games', '19 appearances for his country', 'twenty games with Spain’s national team',
    'yet to be capped', 'uncapped', 'Contract', 'DEAL', '2024', ', ', '. ', '; ', '\n', ' ', 'on', 'initial', 'deal', 'caps', 'old', 'İ',
  ];
  it('finds what the whole-text scan finds, rule by rule', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.array(fc.constantFrom('', ' ', 'x', '-'), { minLength: 14, maxLength: 14 }), (parts, glue) => {
        const text = parts.map((p, k) => p + glue[k]).join('');
        const lower = text.toLowerCase();
        for (const r of rules) {
          const whole = allMatches(r.re, text).map((m) => [m.index, m[0]]);
          const anchored = anchoredMatches(r.re, text, lower, r.hint ?? [], r.reach as number).map((m) => [m.index, m[0]]);
          expect(anchored, `${r.rule} on ${JSON.stringify(text)}`).toEqual(whole);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it('finds the same on every seed and fixture', () => {
    for (const dir of ['seeds', 'fixtures']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        const lower = text.toLowerCase();
        for (const r of rules) expect(anchoredMatches(r.re, text, lower, r.hint ?? [], r.reach as number).map((m) => m.index), `${r.rule} in ${f}`).toEqual(allMatches(r.re, text).map((m) => m.index));
      }
    }
  });
});

describe('money: where a sum in symbol form may start', () => {
  // The symbol form is tried only at these positions: every match of the pattern must start at one.
  const piece = fc.constantFrom('€60m', '£51m', '$77m', 'US$5m', 'HK$ 3m', 'S$10m', 'R$30m', 'EUR 30m', 'eur30m', 'BRL 15m', 'gbp 2m', 'academy', 'Cad 5', '¥500m', '£', '$', 'US', ' ', ', ', 'x', '2', '(', ')');
  const sticky = new RegExp(PREFIXED_RE.source, 'iy');
  it('the pattern matches at no other position', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const starts = new Set(symbolStarts(text, text.toLowerCase()) ?? []);
        for (let k = 0; k < text.length; k++) {
          sticky.lastIndex = k;
          if (sticky.test(text)) expect(starts.has(k), `a match at ${k} in ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});

describe('template whitespace', () => {
  it('finds where runs of whitespace and whitespace other than a space start, as /\\s{2,}|[^\\S ]/g does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2009', 'a', 'bc', '.', '\u3000', '\u2028', '\ufeff', 'A'), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        // The tokenizer notes where odd whitespace starts as it scans ...
        expect(tokenize(text).oddSpaces).toEqual(allMatches(/\s{2,}|[^\S ]/g, text).map((m) => m.index));
        // ... and a template makes each such run one space, as the plain pattern would.
        expect(buildTemplate(0, text, 0, text.length, []).text).toBe(text.replace(/\s{2,}|[^\S ]/g, ' '));
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});

describe('word automaton', () => {
  // Words that overlap, nest and share prefixes and suffixes, as hint words do.
  const words = ['deal', 'ideal', 'de', 'contract', 'act', 'tract', 'aa', 'a', 'aaa', ' of ⟦c', '⟦c', 'of'];
  const text = fc.array(fc.constantFrom('a', 'de', 'al', 'i', 'contr', 'act', ' of ', '⟦c1⟧', 'é', '€', 'x', ' '), { maxLength: 30 }).map((p) => p.join(''));
  it('finds every start of every word, as repeated indexOf calls do', () => {
    const find = wordPositions(words);
    fc.assert(
      fc.property(text, (t) => {
        const hits = find(t);
        for (const w of words) expect(hits.get(w), `${w} in ${JSON.stringify(t)}`).toEqual(positionsOf(t, w));
      }),
      { numRuns: 400, seed: 11 },
    );
    expect(find('an ideal deal').get('deal')).toEqual([4, 9]);
    expect(find('aaaa').get('aa')).toEqual([0, 1, 2]);
  });
  it('refuses words beyond ASCII and the placeholder marks', () => {
    expect(() => wordPositions(['café'])).toThrow(/ASCII/);
    expect(wordPositions(['⟧, a'])('⟦p1⟧, a winger').get('⟧, a')).toEqual([3]);
  });
});
