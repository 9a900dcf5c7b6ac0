/** The built-in gazetteers keep the counts and facts the project promises (see src/gazetteer/data/SOURCES.md). */
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN } from '../src/gazetteer/builtin.js';
import { Gazetteer, type Sense, type SenseType } from '../src/gazetteer/index.js';

const { clubs, nations, sources, players, leagues } = BUILTIN;
const gaz = new Gazetteer(BUILTIN);
const senses = (surface: string, type: SenseType): readonly Sense[] => gaz.lookup(surface).filter((s) => s.type === type);
/** Loose comparison key (case, accents and punctuation ignored), as the build script's `key`. */
const key = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/'/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string): string[] => key(s).split(' ').filter((w) => w.length >= 3 && !['the', 'club', 'football'].includes(w));

// Leagues whose every club must have a nickname or stadium metonym (scripts/gazetteer-hand.mjs NICKNAME_LEAGUES).
const NICKNAME_LEAGUES = ['Premier League', 'Championship', 'La Liga', 'Serie A', 'Bundesliga', 'Ligue 1', 'Eredivisie',
  'Primeira Liga', 'Scottish Premiership', 'Süper Lig', 'Saudi Pro League', 'MLS'];

const clubLeagues = new Set(clubs.flatMap((c) => (c.league ? [c.league] : [])));
const formsOf = (c: (typeof clubs)[number]): string[] => [...(c.aliases ?? []), ...(c.ambiguous ?? [])];
// clubs.json does not say which aliases are nicknames or stadium metonyms (the build script counts the
// hand-written CLUB_EXTRA forms and transfermarkt stadiums, which the output merges into `aliases` and
// `ambiguous`). Proxy for the count: a form that shares no word with the club's name ("Gers", "Ibrox",
// "Spurs", "Parken"); plain variants such as "FC Basel" or "Basel 1893" do not count.
const withNickname = clubs.filter((c) => {
  const own = new Set(words(c.name));
  return formsOf(c).some((f) => { const w = words(f); return w.length > 0 && w.every((x) => !own.has(x)); });
});
const summary: Record<string, number> = {};

afterAll(() => {
  console.log(`gazetteer: ${Object.entries(summary).map(([k, v]) => `${k} ${v}`).join(', ')}`);
});

describe('clubs', () => {
  it('has at least 3,000 clubs, each with a country', () => {
    summary.clubs = clubs.length;
    expect(clubs.length).toBeGreaterThanOrEqual(3000);
    const codes = new Set(nations.map((n) => n.code));
    expect(clubs.filter((c) => !c.country || !codes.has(c.country)).map((c) => c.name)).toEqual([]);
  });

  it('records the current league of clubs in at least 30 distinct leagues, each a leagues.json name', () => {
    summary['clubs with a league'] = clubs.filter((c) => c.league).length;
    summary['distinct leagues'] = clubLeagues.size;
    expect(clubLeagues.size).toBeGreaterThanOrEqual(30);
    const names = new Set(leagues.map((l) => l.name));
    expect([...clubLeagues].filter((l) => !names.has(l))).toEqual([]);
    for (const l of ['Scottish Championship', 'Swiss Super League', 'Danish Superliga', 'Saudi Pro League']) expect(clubLeagues).toContain(l);
  });

  it('has nicknames or stadium metonyms for at least 250 clubs', () => {
    summary['clubs with nicknames/metonyms (proxy)'] = withNickname.length;
    expect(withNickname.length).toBeGreaterThanOrEqual(250);
  });

  it('has a nickname or metonym for every club of the twelve main leagues', () => {
    // Weaker than the promise, for the reason above: each such club must have at least one alias or
    // ambiguous form beyond its own name (spelling variants of the name do not count). The build
    // script itself warns about any of these clubs without a hand-written nickname/metonym line.
    const inLeagues = clubs.filter((c) => c.league && NICKNAME_LEAGUES.includes(c.league));
    summary['clubs in the twelve leagues'] = inLeagues.length;
    expect(new Set(inLeagues.map((c) => c.league)).size).toBe(NICKNAME_LEAGUES.length);
    expect(inLeagues.filter((c) => !formsOf(c).some((f) => key(f) !== key(c.name))).map((c) => c.name)).toEqual([]);
  });
});

describe('nations', () => {
  it('has exactly the 211 FIFA members with three-letter codes, home nations separate, KVX for Kosovo', () => {
    summary.nations = nations.length;
    expect(nations.length).toBe(211);
    expect(new Set(nations.map((n) => n.code)).size).toBe(211);
    expect(nations.filter((n) => !/^[A-Z]{3}$/.test(n.code)).map((n) => n.code)).toEqual([]);
    const codes = nations.map((n) => n.code);
    for (const c of ['ENG', 'SCO', 'WAL', 'NIR', 'KVX']) expect(codes).toContain(c);
    expect(nations.find((n) => n.code === 'KVX')?.name).toBe('Kosovo');
  });

  const names: [string, string][] = [['Ivory Coast', 'CIV'], ["Côte d'Ivoire", 'CIV'], ['Holland', 'NED'], ['Türkiye', 'TUR'], ['Korea Republic', 'KOR'], ['Kosovo', 'KVX']];
  for (const [surface, code] of names) {
    it(`resolves "${surface}" to ${code}`, () => expect(senses(surface, 'nation')).toEqual([{ type: 'nation', id: code, ambiguous: false }]));
  }

  const demonyms: [string, string][] = [['Ivorian', 'CIV'], ['Dutch', 'NED'], ['Brazilian', 'BRA'], ['Scottish', 'SCO']];
  for (const [surface, code] of demonyms) {
    it(`resolves the demonym "${surface}" to ${code}`, () => expect(senses(surface, 'demonym')).toEqual([{ type: 'demonym', id: code, ambiguous: false }]));
  }

  for (const surface of ['Congolese', 'Irish', 'Korean', 'Guinean']) {
    it(`marks "${surface}" ambiguous rather than assigning it`, () => {
      const ds = senses(surface, 'demonym');
      expect(ds.length).toBeGreaterThanOrEqual(2);
      expect(ds.every((s) => s.ambiguous)).toBe(true);
    });
  }

  it('counts demonyms', () => {
    summary.demonyms = nations.reduce((s, n) => s + (n.demonyms?.length ?? 0), 0);
    expect(summary.demonyms).toBeGreaterThan(200);
  });
});

describe('players and sources', () => {
  it('has at least 1,000 players', () => {
    summary.players = players.length;
    expect(players.length).toBeGreaterThanOrEqual(1000);
  });

  it('has at least 100 sources (outlets and journalists)', () => {
    summary.sources = sources.length;
    expect(sources.length).toBeGreaterThanOrEqual(100);
    expect(sources.filter((s) => s.kind === 'outlet').length).toBeGreaterThan(0);
    expect(sources.filter((s) => s.kind === 'journalist').length).toBeGreaterThan(0);
  });

  const named: [string, string][] = [['Sky Sports', 'Sky Sports'], ['Sky Sport Germany', 'Sky Sport Germany'], ["L'Equipe", "L'Équipe"], ['Fabrizio Romano', 'Fabrizio Romano'], ['Romano', 'Fabrizio Romano']];
  for (const [surface, name] of named) {
    it(`knows the source "${surface}"`, () => expect(senses(surface, 'source').map((s) => s.id)).toEqual([name]));
  }

  it('lists "Romano" as an alias of Fabrizio Romano', () => {
    expect(sources.find((s) => s.name === 'Fabrizio Romano')?.aliases).toContain('Romano');
  });
});

describe('lookups fold accents', () => {
  const pairs: [string, string][] = [['Mbappe', 'Mbappé'], ['Monchengladbach', 'Mönchengladbach']];
  for (const [plain, accented] of pairs) {
    it(`"${plain}" = "${accented}"`, () => {
      expect(gaz.lookup(accented).length).toBeGreaterThan(0);
      expect(gaz.lookup(plain)).toEqual(gaz.lookup(accented));
    });
  }
});
