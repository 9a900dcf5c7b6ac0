import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  formatReport, parseGold, sameClub, sameMoney, samePlayer, sameSource, scoreCorpus, toGoldShape,
  type EvalReport, type GoldArticle, type GoldFacts,
} from '../src/eval.js';
import type { Extraction, Player, Transfer } from '../src/schema.js';

const NO_FACTS: GoldFacts = { age: null, nationality: null, caps: null, position: null, club: null, contractExpiry: null, formerClubs: [] };

function player(name: string, f: Partial<GoldFacts> = {}): Player {
  const x = { ...NO_FACTS, ...f };
  const nationality = x.nationality === null ? null : { code: x.nationality, name: x.nationality };
  return { name, age: x.age, nationality, caps: x.caps, position: x.position, club: x.club, contractExpiry: x.contractExpiry, formerClubs: x.formerClubs, mentions: [] };
}
function transfer(t: Partial<Transfer> & { player: string }): Transfer {
  return { from: null, to: null, suitors: [], fees: [], status: 'interest', main: false, evidence: [], ...t };
}
function extraction(x: Partial<Extraction>): Extraction {
  return { date: null, players: [], clubs: [], transfers: [], sources: [], mentions: [], ...x };
}
const clubs = (...names: string[]) => names.map((name) => ({ name, country: null, mentions: [] }));
const eur = (amount: number) => ({ currency: 'EUR', amount });
const gbp = (amount: number) => ({ currency: 'GBP', amount });

const GOLD: GoldArticle = {
  date: '2024-05-20',
  players_mentioned: ['Odilon Kossounou', 'Joel Matip'],
  clubs_mentioned: ['Liverpool', 'Bayer Leverkusen', 'Tottenham Hotspur', 'Inter Milan'],
  sources: ['CaughtOffside'],
  transfers: [
    { player: 'Odilon Kossounou', from: 'Bayer Leverkusen', to: 'Liverpool', suitors: ['Tottenham Hotspur', 'Inter Milan'],
      fees: [{ kind: 'asking-price', amounts: [eur(60e6), gbp(51e6)] }], status: 'talks', main: true },
    { player: 'Joel Matip', from: 'Liverpool', to: null, suitors: [], fees: [], status: 'completed', main: false },
  ],
  facts: {
    'Odilon Kossounou': { age: 23, nationality: 'CIV', caps: 21, position: 'defender', club: 'Bayer Leverkusen', contractExpiry: 2026, formerClubs: ['Club Brugge'] },
    'Joel Matip': { ...NO_FACTS, formerClubs: ['Liverpool'] },
  },
};

const PRED = extraction({
  date: '2024-05-20',
  players: [
    player('Kossounou', { age: 23, nationality: 'CIV', caps: 20, position: 'defender', club: 'Leverkusen', formerClubs: ['Club Bruges', 'Chelsea'] }),
    player('Virgil van Dijk'),
  ],
  clubs: clubs('Liverpool FC', 'Leverkusen', 'Spurs', 'AC Milan'),
  sources: [{ name: 'caughtoffside.com', kind: 'outlet', mentions: [] }],
  transfers: [
    transfer({ player: 'Kossounou', from: 'Leverkusen', to: 'Liverpool', suitors: ['Spurs', 'AC Milan'], status: 'talks', main: true,
      fees: [{ kind: 'bid', amounts: [eur(60.5e6), gbp(55e6)], mentions: [] }] }),
    transfer({ player: 'Virgil van Dijk', from: 'Liverpool', to: 'Al-Hilal', suitors: ['Al-Nassr'], fees: [{ kind: 'bid', amounts: [eur(50e6)], mentions: [] }] }),
  ],
});

const counts = (r: EvalReport) => Object.fromEntries(r.fields.map((f) => [f.field, `${f.tp}/${f.fp}/${f.fn}`]));

describe('matching rules', () => {
  it('pairs clubs by synonym group or word subset, never across groups', () => {
    expect(sameClub('Spurs', 'Tottenham Hotspur')).toBe(true);
    expect(sameClub('Tottenham', 'Tottenham Hotspur')).toBe(true);
    expect(sameClub('Man Utd', 'Manchester United')).toBe(true);
    expect(sameClub('Liverpool FC', 'Liverpool')).toBe(true);
    expect(sameClub('Borussia Mönchengladbach', 'Gladbach')).toBe(true);
    expect(sameClub('Inter', 'AC Milan')).toBe(false);
    expect(sameClub('Inter Milan', 'Milan')).toBe(false);
    expect(sameClub('Manchester City', 'Manchester United')).toBe(false);
    expect(sameClub('Liverpool', 'Everton')).toBe(false);
    expect(sameClub(null, null)).toBe(true);
    expect(sameClub(null, 'Liverpool')).toBe(false);
  });

  it('pairs a surname or a lone given name with the full name', () => {
    expect(samePlayer('Kossounou', 'Odilon Kossounou')).toBe(true);
    expect(samePlayer('Odilon', 'Odilon Kossounou')).toBe(true);
    expect(samePlayer('van Dijk', 'Virgil van Dijk')).toBe(true);
    expect(samePlayer('Konaté', 'Ibrahima Konate')).toBe(true);
    expect(samePlayer('Joel Kossounou', 'Odilon Kossounou')).toBe(false);
    expect(samePlayer('Virgil van', 'Virgil van Dijk')).toBe(false);
    expect(samePlayer('', 'Odilon Kossounou')).toBe(false);
  });

  it('accepts money within 1% of the gold amount, in the same currency only', () => {
    expect(sameMoney(eur(60.5e6), eur(60e6))).toBe(true);
    expect(sameMoney(eur(60.6e6), eur(60e6))).toBe(true);
    expect(sameMoney(eur(61e6), eur(60e6))).toBe(false);
    expect(sameMoney(gbp(60e6), eur(60e6))).toBe(false);
    expect(sameMoney({ currency: 'eur', amount: 60e6 }, eur(60e6))).toBe(true);
  });

  it('matches sources by folded name, name words or containment of 4+ letters', () => {
    expect(sameSource('caughtoffside.com', 'CaughtOffside')).toBe(true);
    expect(sameSource('Romano', 'Fabrizio Romano')).toBe(true);
    expect(sameSource('Sky Sports News', 'Sky Sports')).toBe(true);
    expect(sameSource('BBC', 'BBC Sport')).toBe(true); // a lone word pairs as a lone given name does
    expect(sameSource('The Sun', 'The Times')).toBe(false);
    expect(sameSource('Marca', 'AS')).toBe(false);
    expect(sameSource('Sky Sports', 'Sky News')).toBe(false);
  });
});

describe('scoreCorpus', () => {
  const report = scoreCorpus([{ id: 'a1', gold: GOLD, pred: PRED }]);

  it('counts tp/fp/fn per field', () => {
    expect(report.articles).toBe(1);
    expect(counts(report)).toEqual({
      'clubs mentioned': '3/1/1', // Inter Milan vs AC Milan is the one miss
      date: '1/0/0',
      'main player.age': '1/0/0',
      'main player.caps': '0/1/1',
      'main player.club': '1/0/0',
      'main player.contractExpiry': '0/0/1',
      'main player.formerClubs': '1/1/0', // Club Bruges ~ Club Brugge; Chelsea extra
      'main player.nationality': '1/0/0',
      'main player.position': '1/0/0',
      'main story player': '1/0/0',
      'main transfer.fee kinds': '0/2/2',
      'main transfer.fees': '1/1/1', // €60.5m ~ €60m; £55m is not £51m
      'main transfer.from': '1/0/0',
      'main transfer.status': '1/0/0',
      'main transfer.suitors': '1/1/1',
      'main transfer.to': '1/0/0',
      'player.formerClubs': '0/0/1',
      'players mentioned': '1/1/1',
      sources: '1/0/0',
      'spurious transfer fields': '0/5/0', // the record, from, to, one suitor, one fee
      'transfer subjects': '1/1/1',
      'transfer.fee kinds': '0/0/0',
      'transfer.fees': '0/0/0',
      'transfer.from': '0/0/1',
      'transfer.status': '0/0/1',
      'transfer.suitors': '0/0/0',
    });
  });

  it('pools all fields into micro and the "main " fields into the main story', () => {
    expect(report.micro.p).toBeCloseTo(18 / 32, 10);
    expect(report.micro.r).toBeCloseTo(18 / 30, 10);
    expect(report.mainStory.p).toBeCloseTo(11 / 17, 10);
    expect(report.mainStory.r).toBeCloseTo(11 / 17, 10);
  });

  it('records misses with the article and player', () => {
    const caps = report.fields.find((f) => f.field === 'main player.caps');
    expect(caps?.misses).toEqual(['a1 Odilon Kossounou: gold 21 got 20']);
    expect(report.fields.find((f) => f.field === 'spurious transfer fields')?.misses).toEqual(['a1: extra transfer Virgil van Dijk']);
  });

  it('scores a perfect extraction at 1 and an empty one at recall 0', () => {
    const perfect = extraction({
      date: GOLD.date,
      players: GOLD.players_mentioned.map((n) => player(n, GOLD.facts[n])),
      clubs: clubs(...GOLD.clubs_mentioned),
      sources: [{ name: 'CaughtOffside', kind: 'outlet', mentions: [] }],
      transfers: GOLD.transfers.map((t) => transfer({ ...t, fees: t.fees.map((f) => ({ ...f, mentions: [] })) })),
    });
    const good = scoreCorpus([{ id: 'p', gold: GOLD, pred: perfect }]);
    expect(good.micro).toEqual({ p: 1, r: 1, f1: 1 });
    expect(good.fields.every((f) => f.fp === 0 && f.fn === 0 && f.misses.length === 0)).toBe(true);

    const empty = scoreCorpus([{ id: 'e', gold: GOLD, pred: extraction({}) }]);
    expect(empty.micro.r).toBe(0);
    expect(empty.micro.p).toBe(1); // nothing predicted, nothing wrong
    expect(empty.fields.reduce((n, f) => n + f.tp + f.fp, 0)).toBe(0);
  });
});

describe('toGoldShape', () => {
  it('keys facts by the transfer player and reads the nationality code', () => {
    const g = toGoldShape(PRED);
    expect(g.players_mentioned).toEqual(['Kossounou', 'Virgil van Dijk']);
    expect(g.facts.Kossounou).toMatchObject({ nationality: 'CIV', caps: 20, club: 'Leverkusen' });
    expect(g.facts['Virgil van Dijk']).toEqual(NO_FACTS);
    expect(g.transfers[0]?.fees).toEqual([{ kind: 'bid', amounts: [eur(60.5e6), gbp(55e6)] }]);
  });
});

describe('parseGold', () => {
  it('accepts the seed annotations', () => {
    for (const id of ['000_180d16ba4a6361be', '001_4b4f721cb9045dec', '002_3d14b923a68d5ee0']) {
      const file = fileURLToPath(new URL(`../seeds/${id}.json`, import.meta.url));
      const g = parseGold(JSON.parse(fs.readFileSync(file, 'utf8')), id);
      expect(g.transfers.filter((t) => t.main)).toHaveLength(1);
    }
  });

  it('names the file and the bad field', () => {
    const bad = (patch: Record<string, unknown>) => () => parseGold({ ...GOLD, ...patch }, 'x42');
    expect(bad({ players_mentioned: 'Matip' })).toThrow(/x42: players_mentioned must be an array/);
    expect(bad({ transfers: [{ ...GOLD.transfers[0], status: 'pending' }] })).toThrow(/x42: transfers\[0\]\.status must be one of/);
    expect(bad({ transfers: [{ ...GOLD.transfers[0], fees: [{ kind: 'fee', amounts: [{ currency: 'EUR', amount: '60m' }] }] }] }))
      .toThrow(/transfers\[0\]\.fees\[0\]\.amounts\[0\]\.amount must be a number/);
    expect(bad({ facts: { Matip: { position: 'centre-back' } } })).toThrow(/facts\["Matip"\]\.position/);
    expect(() => parseGold([], 'x43')).toThrow(/x43/);
  });

  it('reads missing fact values as null', () => {
    expect(parseGold({ ...GOLD, facts: { Matip: { age: 32 } } }, 'x').facts.Matip).toEqual({ ...NO_FACTS, age: 32 });
  });
});

describe('formatReport', () => {
  const report = scoreCorpus([{ id: 'a1', gold: GOLD, pred: PRED }]);

  it('prints an aligned table ending in the two summary rows', () => {
    const lines = formatReport(report, {}).trimEnd().split('\n');
    expect(lines[0]).toBe('articles 1');
    expect(lines.at(-2)).toMatch(/^MAIN STORY \(micro\)\s+64\.7\s+64\.7\s+64\.7$/);
    expect(lines.at(-1)).toMatch(/^ALL FIELDS \(micro\)/);
    const rows = lines.slice(2);
    expect(new Set(rows.map((l) => l.slice(0, 51).length))).toEqual(new Set([51]));
    for (const l of rows) expect(l.slice(30, 51)).toMatch(/^(\s+\d+\.\d){3}$/);
    expect(lines.find((l) => l.startsWith('main player.caps'))).toMatch(/\s0\/1\/1$/);
    expect(lines.some((l) => l.startsWith('  ['))).toBe(false);
  });

  it('lists the misses when verbose', () => {
    expect(formatReport(report, { verbose: true })).toContain('  [main player.caps] a1 Odilon Kossounou: gold 21 got 20');
  });
});
