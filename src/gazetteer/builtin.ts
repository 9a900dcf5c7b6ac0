/**
 * The built-in gazetteers, generated from ../shared/data by scripts/build-gazetteers.mjs and
 * scripts/build-lexicon.mjs (see src/gazetteer/data/SOURCES.md for sources and licences).
 * They are bundled as data, so the library needs no file system or network at run time.
 */
import clubs from './data/clubs.json';
import nations from './data/nations.json';
import sources from './data/sources.json';
import players from './data/players.json';
import leagues from './data/leagues.json';
import people from './data/people.json';
import lexicon from './data/lexicon.json';
import ambiguity from './data/club-ambiguity.json';
import type { GazetteerData, SourceData } from './index.js';
import type { ClubEntry, NationEntry, PlayerEntry } from '../schema.js';
import { keyOf } from '../text.js';

export interface Lexicon {
  /** Ordinary English words, lower case (not names, not places). */
  readonly common: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  /** Words that title a non-player: "manager", "boss", "agent". */
  readonly titles: readonly string[];
}

/** The package build bundles the data files as JSON text (see tsup.config.ts); tests import objects. */
const data = <T>(x: unknown): T => (typeof x === 'string' ? JSON.parse(x) : x) as T;

const PLAYERS = data<PlayerEntry[]>(players);
const PEOPLE = data<typeof people>(people);
const LEXICON = data<typeof lexicon>(lexicon);

export const BUILTIN: GazetteerData = {
  clubs: data<(ClubEntry & { country?: string | null })[]>(clubs),
  nations: data<NationEntry[]>(nations),
  sources: data<SourceData[]>(sources),
  players: PLAYERS,
  leagues: data<GazetteerData['leagues']>(leagues),
  nonPlayers: PEOPLE.nonPlayers,
  ambiguity: data<GazetteerData['ambiguity']>(ambiguity),
};

let lex: Lexicon | null = null;
/** Built on first use: sets of some 25,000 words are cheap, but not free at import. */
export function getLexicon(): Lexicon {
  lex ??= {
    common: new Set(LEXICON.common),
    // compromise's first names, plus every given name of the squad players ("Leo", "Jhon").
    firstNames: new Set([...LEXICON.firstNames, ...PLAYERS.map((p) => keyOf(p.name).split(' ')[0] ?? '').filter((w) => w.length > 2)]),
    places: new Set(LEXICON.places),
    titles: PEOPLE.titles,
  };
  return lex;
}
