#!/usr/bin/env node
// Build the compact gazetteer JSON files in src/gazetteer/data/ from the openly licensed raw data
// in ../shared/data (override with --data DIR) plus the hand-written tables in
// ./gazetteer-hand.mjs.
//
//   node scripts/build-gazetteers.mjs [--data DIR]
//
// Output is deterministic: every list is sorted, nothing depends on time, locale or file order.
// Files written: clubs.json, nations.json, sources.json, players.json, leagues.json,
// club-ambiguity.json (ambiguous club forms with their candidate clubs, most likely first)
// and SOURCES.md (credits).
// No dependencies beyond node built-ins.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as H from './gazetteer-hand.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let DATA = path.resolve(ROOT, '../shared/data');
let VERBOSE = false;
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') DATA = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--data=')) DATA = path.resolve(argv[i].slice(7));
    else if (argv[i] === '--verbose') VERBOSE = true;
    else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
  }
}
const OUT = path.join(ROOT, 'src/gazetteer/data');
const warnings = [];
const warn = (m) => warnings.push(m);

// ------------------------------------------------------------------------------------------------
// text utilities
// ------------------------------------------------------------------------------------------------
const SPECIAL = { 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'þ': 'th', 'Þ': 'Th', 'ð': 'd' };
/** case- and accent-insensitive form (what the matcher compares) */
const fold = (s) => s.replace(/[øØæÆœŒßıłŁđĐþÞð]/g, (c) => SPECIAL[c]).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
/** looser key: also ignores punctuation ("Al-Hilal" = "Al Hilal", "St. Pauli" = "St Pauli") */
const key = (s) => fold(s).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byForm = (a, b) => cmp(fold(a), fold(b)) || cmp(a, b);
const read = (...p) => fs.readFileSync(path.join(DATA, ...p), 'utf8');
const readJSON = (...p) => JSON.parse(read(...p));
const exists = (...p) => fs.existsSync(path.join(DATA, ...p));
/** tidy a surface form: sponsor markers, brackets, stray punctuation, spaces */
const tidy = (s) => s.replace(/\$\$[^$]*\$\$/g, ' ').replace(/[()]/g, ' ').replace(/[’`´]/g, "'").replace(/\s+/g, ' ').replace(/^[\s,;:/|-]+|[\s,;:/|]+$/g, '').trim();
/** unique by fold, first spelling wins, sorted */
function uniqForms(list, exclude = []) {
  const seen = new Set(exclude.map(fold));
  const out = [];
  for (const f of list) {
    if (!f) continue;
    const k = fold(f);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out.sort(byForm);
}
function writeJSONLines(file, arr) {
  const body = arr.length ? '[\n' + arr.map((x) => JSON.stringify(x)).join(',\n') + '\n]\n' : '[]\n';
  fs.writeFileSync(path.join(OUT, file), body);
  return Buffer.byteLength(body);
}
const stripYears = (s) => s.replace(/\s*\(\s*\d{0,4}\s*-\s*\d{0,4}\s*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

// ================================================================================================
// NATIONS
// ================================================================================================
function buildNations() {
  const regions = ['africa', 'asia', 'caribbean', 'central-america', 'europe', 'middle-east', 'north-america', 'pacific', 'south-america'];
  const nations = [];
  for (const r of regions) {
    let cur = null;
    for (const raw of read('sportdb-fifa', 'config', `${r}.txt`).split(/\r?\n/)) {
      const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
      if (!line.trim()) continue;
      const m = line.match(/^([a-z]{2,4})\s+(.+?)(?:\s*›\s*[A-Z]{2})?,\s*([A-Z]{3,4})\s*,\s*fifa\b/);
      if (m) { cur = { iso: m[1], name: m[2].trim(), code: m[3], variants: [] }; nations.push(cur); continue; }
      if (/^\s+\|/.test(line) && cur) {
        for (let v of line.split('|')) {
          v = v.trim();
          if (!v) continue;
          const lang = v.match(/\[([a-z]{2})\]\s*$/);
          if (lang && lang[1] !== 'en') continue;
          v = v.replace(/\[[a-z]{2}\]\s*$/, '').trim();
          if (/^[a-zäöüé]{1,4}$/.test(v)) continue; // codes like "a", "ö", "bos", "kvx"
          cur.variants.push(v);
        }
        continue;
      }
      if (!/^\s/.test(line)) cur = null;
    }
  }
  for (const n of nations) if (n.code === 'KOS') { n.code = 'KVX'; n.iso = 'xk'; }
  const codes = new Set(nations.map((n) => n.code));
  if (nations.length !== 211 || codes.size !== 211) warn(`sportdb-fifa: expected 211 FIFA members, got ${nations.length} (${codes.size} codes)`);

  // i18n-iso-countries (MIT) English names and datahub country-codes (PDDL) CLDR / UN short names
  const iso = readJSON('i18n-iso-countries', 'langs', 'en.json').countries;
  const dh = new Map();
  {
    const rows = parseCSV(read('datahub-country-codes', 'country-codes.csv'));
    const hdr = rows[0];
    const ia = hdr.indexOf('ISO3166-1-Alpha-2'), cl = hdr.indexOf('CLDR display name'), un = hdr.indexOf('UNTERM English Short');
    for (const r of rows.slice(1)) if (r[ia]) dh.set(r[ia].toLowerCase(), [r[cl], (r[un] || '').replace(/\s*\(the\)\s*\**$/, '').replace(/\s*\*+$/, '').trim()]);
  }
  // i18n-nationality (MIT) English demonyms
  const nat = readJSON('i18n-nationality', 'langs', 'en.json').nationalities;
  // hand-seed (checked row by row; rejected forms listed in H.NATION_SEED_REJECT)
  const seed = exists('hand-seed', 'home-nations-demonyms.seed.json') ? readJSON('hand-seed', 'home-nations-demonyms.seed.json') : { nations: [], ambiguous_demonyms: {} };
  const seedBy = new Map(seed.nations.map((s) => [s.fifa, s]));
  const reject = new Set(H.NATION_SEED_REJECT.map(fold));

  const out = [];
  for (const n of nations) {
    const name = H.NATION_NAMES[n.code] || n.name;
    const extra = H.NATION_EXTRA[n.code] || {};
    let aliases = [n.name, ...n.variants];
    let demonyms = [];
    const isoKey = n.iso.length === 2 ? n.iso.toUpperCase() : null;
    if (isoKey && iso[isoKey]) aliases.push(...[].concat(iso[isoKey]));
    if (isoKey && dh.has(n.iso)) aliases.push(...dh.get(n.iso));
    if (isoKey && nat[isoKey] && !H.DEMONYM_BAD_ROWS.includes(isoKey)) demonyms.push(nat[isoKey]);
    const s = seedBy.get(n.code);
    if (s) {
      aliases.push(s.name, ...(s.variants || []));
      demonyms.push(...(s.demonyms || []));
    }
    aliases.push(...(extra.aliases || []));
    demonyms.push(...(extra.demonyms || []));
    const drop = new Set([...(extra.drop || []), ...reject].map(fold));
    const dropD = new Set([...(extra.dropDemonyms || []), ...reject].map(fold));
    // no abbreviations ("Czech Rep.", "Congo-Brazz.") or annotated forms
    const okForm = (a) => a && !/[,()\/#]/.test(a) && !/\p{L}{3,}\./u.test(a);
    aliases = aliases.filter(okForm).map(tidy).filter((a) => a && !drop.has(fold(a)) && a.length > 1);
    demonyms = demonyms.filter(okForm).map(tidy).filter((d) => d && !dropD.has(fold(d)));
    out.push({ code: n.code, name, aliases, demonyms, ambiguousDemonyms: [] });
  }
  // aliases claimed by two nations: keep with the nation whose name it is, else drop from both
  const claim = new Map();
  for (const n of out) for (const a of new Set(n.aliases.map(key))) claim.set(a, [...(claim.get(a) || []), n]);
  for (const [k, ns] of claim) {
    if (ns.length < 2) continue;
    const owner = ns.find((n) => key(n.name) === k);
    for (const n of ns) if (n !== owner) n.aliases = n.aliases.filter((a) => key(a) !== k);
    if (!owner) warn(`nation alias "${k}" shared by ${ns.map((n) => n.code).join('/')}: dropped`);
  }
  // ambiguous demonyms: hand list + hand-seed list + any demonym claimed by several members
  const amb = new Map();
  const addAmb = (d, code) => { const k = fold(d); if (!amb.has(k)) amb.set(k, { d, codes: new Set() }); amb.get(k).codes.add(code); };
  for (const [d, cs] of Object.entries({ ...(seed.ambiguous_demonyms || {}), ...H.AMBIGUOUS_DEMONYMS })) for (const c of cs) if (codes.has(c)) addAmb(d, c);
  const dclaim = new Map();
  for (const n of out) for (const d of n.demonyms) { const k = fold(d); dclaim.set(k, [...new Set([...(dclaim.get(k) || []), n.code])]); }
  for (const [k, cs] of dclaim) if (cs.length > 1) for (const c of cs) addAmb(out.find((n) => n.code === c).demonyms.find((d) => fold(d) === k), c);
  const byCode = new Map(out.map((n) => [n.code, n]));
  for (const { d, codes: cs } of amb.values()) for (const c of cs) byCode.get(c).ambiguousDemonyms.push(d);
  const result = [];
  for (const n of out.sort((a, b) => cmp(a.code, b.code))) {
    const ambSet = new Set(n.ambiguousDemonyms.map(fold));
    const e = { code: n.code, name: n.name, aliases: uniqForms(n.aliases, [n.name]), demonyms: uniqForms(n.demonyms.filter((d) => !ambSet.has(fold(d)))) };
    if (n.ambiguousDemonyms.length) e.ambiguousDemonyms = uniqForms(n.ambiguousDemonyms);
    result.push(e);
  }
  return result;
}

function parseCSV(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && text[i + 1] === '\n') i++; row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// ================================================================================================
// CLUBS
// ================================================================================================
const STRIP_LEAD = new Set(['fc', 'afc', 'cf', 'cd', 'ud', 'sd', 'sc', 'sv', 'vfl', 'vfb', 'tsg', 'spvgg', 'rcd', 'rc', 'fk', 'nk', 'sk', 'hnk', 'gnk', 'ca', 'cr', 'se', 'ec', 'sl', 'gd', 'krc', 'kaa', 'kv', 'kvc', 'rsc', 'pfc', 'pfk', 'ofc', 'pofc', 'sfc', 'fcv', 'ac', 'as', 'ss', 'ssc', 'us', 'usl', 'ogc', 'aj', 'ea', 'es', 'bk', 'if', 'ik', '1', 'csd', 'cdc', 'cs', 'ad', 'uc', 'acf', 'ks', 'mks', 'fcm', 'cfr', 'csm', 'acs', 'tsv', 'fsv', 'bsc', 'ksv', 'sv', 'rfc', 'kfc', 'kvk', 'sbv', 'fbc']);
const STRIP_TAIL = new Set(['fc', 'afc', 'cf', 'sc', 'ud', 'cd', 'sd', 'fk', 'bk', 'if', 'ff', 'sk', 'cfc', 'calcio', 'sad', 'ssd', 'fbpa', 'ac', 'kv', 'vv', 'osc', 'sco', 'hsc', 'af', 'ec', 'bc', 'ik']);
const BR_STATES = new Set(['sp', 'rj', 'mg', 'rs', 'pr', 'ba', 'pe', 'go', 'ce', 'pa', 'al', 'mt', 'am', 'rn', 'pb', 'es', 'df', 'ma', 'pi', 'se', 'to', 'ro', 'ac', 'ap', 'rr', 'ms']);
/** "FC Porto" -> "Porto", "Bologna FC 1909" -> "Bologna", "Palmeiras SP" -> "Palmeiras" */
function stripName(name, ck) {
  let t = stripYears(name).split(' ');
  const low = (x) => fold(x).replace(/\./g, '');
  let changed = true;
  while (changed && t.length > 1) {
    changed = false;
    if (STRIP_LEAD.has(low(t[0])) || /^1\.$/.test(t[0])) { t = t.slice(1); changed = true; continue; }
    const last = t[t.length - 1];
    if (STRIP_TAIL.has(low(last)) || /^(18|19|20)\d\d$/.test(last) || (ck === 'br' && /^[A-Z]{2}$/.test(last) && BR_STATES.has(low(last)))) { t = t.slice(0, -1); changed = true; }
  }
  return t.join(' ');
}

const RESERVE_RE = /(^|\s)(II|III|B|2|U-?\d\d|Am\.?|Amat\.?|Amateure|Juniors|Reserves|Jong)(\s|$)/;
const GENERIC_STADIUM = new Set(['stadium', 'stadion', 'stade', 'estadio', 'estadi', 'stadio', 'arena', 'park', 'coliseum', 'olympia', 'municipal', 'central stadium', 'county ground', 'victoria park', 'memorial stadium', 'the valley', 'stadion municipal', 'stadium municipal', 'estadi nacional', 'estadio nacional', 'national stadium', 'stadion miejski', 'mestsky', 'mestsky stadion', 'mestsky fotbalovy stadion', 'idrottsparken', 'olympiastadion', 'olympic stadium', 'stadio olimpico', 'estadio olimpico', 'stade municipal', 'gradski stadion', 'city stadium', 'town ground', 'recreation ground', 'athletic ground', 'sportpark', 'stadion miejski w gliwicach', 'home park', 'the den', 'den', 'ukraina', 'kolos', 'obolon', 'girnyk', 'fakel', 'gazovik', 'avangard', 'dinamo', 'spartak', 'tsentralnyi', 'letna', 'fortuna sittard stadion', 'recep tayyip erdogan stadyumu', 'arena lviv', 'obolon arena', 'tsentralnyi polissya']);
const isGenericStadium = (s) => { const k = key(s); return GENERIC_STADIUM.has(k) || k.split(' ').length === 1 && k.length < 5; };

function buildClubs(nations) {
  const raw = readJSON('openfootball-clubs', '_parsed', 'clubs.parsed.json');
  // FIFA code per openfootball country key
  const fifaByIso = new Map();
  for (const r of ['africa', 'asia', 'caribbean', 'central-america', 'europe', 'middle-east', 'north-america', 'pacific', 'south-america'])
    for (const line of read('sportdb-fifa', 'config', `${r}.txt`).split(/\r?\n/)) {
      const m = line.match(/^([a-z]{2,4})\s+(.+?)(?:\s*›\s*[A-Z]{2})?,\s*([A-Z]{3,4})\s*,\s*fifa\b/);
      if (m) fifaByIso.set(m[1], m[3] === 'KOS' ? 'KVX' : m[3]);
    }
  fifaByIso.set('mc', 'FRA'); // AS Monaco plays in the French league system (Monaco is not a FIFA member)
  fifaByIso.set('lv', 'LVA');

  // "London (Fulham)" → "London"; local names in English ("Lisboa" → "Lisbon").
  const englishCity = (city) => {
    if (!city) return null;
    const base = city.replace(/\s*\(.*\)\s*$/, '').trim();
    return H.CITY_EXONYMS[base] ?? base;
  };

  // ---- 1. base records ------------------------------------------------------------------------
  let clubs = [];
  const byOf = new Map();
  for (const c of raw) {
    const of = c.name.replace(/\s+/g, ' ').trim();
    const reserve = !!c.reserve && RESERVE_RE.test(of);
    if (reserve) continue; // reserve / B teams with derived names
    const rec = {
      of, ck: c.country_key, country: fifaByIso.get(c.country_key) || null,
      defunct: /\(\s*\d{0,4}\s*-\s*\d{4}\s*\)/.test(of) || /\(\s*-\s*\d{4}\s*\)/.test(of),
      reserve: !!c.reserve, league: null, score: 0, name: null,
      data: [of, ...c.aliases, ...(c.aliases_lang || []).filter((a) => a.lang === 'en').map((a) => a.name)].map(stripYears),
      match: (c.aliases_lang || []).map((a) => a.name), // other-language forms: only for matching season files
      stadiums: c.stadium ? [c.stadium] : [], hand: [], handCount: 0, amb: [],
      city: englishCity(c.city),
    };
    if (!rec.country) warn(`no FIFA code for openfootball country "${c.country_key}" (${of})`);
    // dedupe: same country and same name key
    const dk = rec.ck + '|' + key(stripYears(of));
    if (byOf.has(dk)) { const k = byOf.get(dk); k.data.push(...rec.data); k.stadiums.push(...rec.stadiums); continue; }
    byOf.set(dk, rec);
    clubs.push(rec);
  }
  const ofIndex = new Map(clubs.map((c) => [c.of, c]));
  for (const [keep, drop] of H.CLUB_MERGE) {
    const a = ofIndex.get(keep), b = ofIndex.get(drop);
    if (!a || !b) { warn(`CLUB_MERGE: ${keep} / ${drop} not found`); continue; }
    a.data.push(...b.data); a.stadiums.push(...b.stadiums); clubs = clubs.filter((c) => c !== b);
  }
  const newClub = (name, country, aliases = []) => {
    const rec = { of: name, ck: null, country, defunct: false, reserve: false, league: null, score: 0, name, forced: true, data: [name, ...aliases], match: [], stadiums: [], hand: [], handCount: 0, amb: [] };
    clubs.push(rec); ofIndex.set(name, rec); return rec;
  };
  for (const [name, country, aliases] of H.NEW_CLUBS) newClub(name, country, aliases);

  // ---- 2. current leagues from the season files -------------------------------------------------
  const idx = new Map(), sidx = new Map();
  const put = (m, k, c) => { if (!k) return; if (!m.has(k)) m.set(k, []); if (!m.get(k).includes(c)) m.get(k).push(c); };
  for (const c of clubs) for (const f of [...c.data, ...c.match]) { put(idx, key(f), c); put(sidx, key(stripName(f, c.ck)), c); }
  const seasonTeams = [];
  for (const [file, [league, cks]] of Object.entries(H.SEASON_FILES)) {
    if (!exists('openfootball-football.json', file)) { warn(`missing season file ${file}`); continue; }
    const d = readJSON('openfootball-football.json', file);
    const teams = new Set();
    for (const m of d.matches) for (const t of [m.team1, m.team2]) if (typeof t === 'string') teams.add(t);
    for (const t of [...teams].sort()) {
      let club;
      if (Object.hasOwn(H.SEASON_TEAM_FIX, t)) {
        const fx = H.SEASON_TEAM_FIX[t];
        if (fx === null) continue;
        if (typeof fx === 'string') { club = ofIndex.get(fx); if (!club) { warn(`SEASON_TEAM_FIX ${t} -> ${fx}: not found`); continue; } }
        else club = ofIndex.get(fx.new) || newClub(fx.new, fifaByIso.get(cks[0]), [t, ...fx.aliases]);
      } else {
        const pick = (list) => (list || []).filter((c) => cks.includes(c.ck));
        let cands = pick(idx.get(key(t)));
        if (!cands.length) cands = pick(sidx.get(key(stripName(t, cks[0]))));
        if (cands.length > 1) cands = cands.filter((c) => !c.defunct).length ? cands.filter((c) => !c.defunct) : cands;
        if (cands.length > 1) warn(`season team "${t}" (${file}) matches ${cands.map((c) => c.of).join(' / ')}; took the first`);
        club = cands[0];
        if (!club) { warn(`season team "${t}" (${file}) not in openfootball-clubs: created`); club = newClub(stripName(t, cks[0]), fifaByIso.get(cks[0]), [t]); }
      }
      if (club.league && club.league !== league) warn(`${club.of} in two leagues: ${club.league} / ${league}`);
      club.league = league; club.defunct = false;
      club.data.push(t);
      seasonTeams.push([league, t, club]);
    }
  }

  // ---- 3. prominence (decides who keeps a shared surface form) -----------------------------------
  const major = new Set(H.MAJOR_CLUBS.map(key));
  const tier = H.LEAGUE_WEIGHT;
  for (const c of clubs) {
    c.score = c.league ? (tier[c.league] ?? 50) : c.defunct ? 0 : c.reserve ? 5 : 20;
  }

  // ---- 4. canonical English names ------------------------------------------------------------------
  const nationKeys = new Set(nations.flatMap((n) => [n.name, ...n.aliases]).map(key));
  const ambKeys = new Set(Object.keys(H.AMBIGUOUS).map(key));
  const dropKeys = new Set(H.DROP_ALIASES.map(key));
  const taken = new Map();
  const forcedName = (c) => c.forced ? c.name : H.CLUB_NAMES[c.of];
  for (const c of clubs) {
    const f = forcedName(c);
    if (!f) continue;
    if (taken.has(key(f))) warn(`canonical name "${f}" used twice (${taken.get(key(f)).of} / ${c.of})`);
    c.name = f; taken.set(key(f), c);
  }
  const usedOverrides = new Set(clubs.map((c) => c.of).filter((o) => H.CLUB_NAMES[o]));
  for (const o of Object.keys(H.CLUB_NAMES)) if (!usedOverrides.has(o)) warn(`CLUB_NAMES: "${o}" not in openfootball-clubs`);
  // hand-written league memberships (Saudi Pro League, Scottish Championship, Swiss Super League,
  // Danish Superliga): not in the season files
  for (const [league, country, names] of H.HAND_LEAGUES) for (const n of names) {
    const cands = clubs.filter((c) => c.country === country && (key(c.name || '') === key(n) || c.data.some((f) => key(f) === key(n) || key(stripName(f, c.ck)) === key(n))));
    if (cands.length !== 1) { warn(`${league} club "${n}": ${cands.length} matches`); continue; }
    if (cands[0].league && cands[0].league !== league) warn(`${cands[0].of} in two leagues: ${cands[0].league} / ${league}`);
    cands[0].league = league; cands[0].defunct = false;
    if (!cands[0].name) { cands[0].name = n; taken.set(key(n), cands[0]); }
  }
  for (const c of clubs) {
    c.score = c.league ? (tier[c.league] ?? 50) : c.defunct ? 0 : c.reserve ? 5 : 20;
    if (c.name && major.has(key(c.name))) c.score += 50;
  }
  const order = [...clubs].sort((a, b) => b.score - a.score || cmp(a.of, b.of));
  // strongest claim on each form among the data aliases: a weaker club may not take it as its name
  const formScore = new Map();
  for (const c of clubs) for (const f of c.data) { const k = key(f); if ((formScore.get(k)?.score ?? -1) < c.score) formScore.set(k, c); }
  for (const c of order) {
    if (c.name) continue;
    const base = stripYears(c.of);
    const light = base.replace(c.ck === 'br' ? /\s+[A-Z]{2}$/ : /^$/, '');
    const cands = [stripName(base, c.ck), light, base, c.of, `${base} (${c.country || c.ck})`];
    for (const cand of cands) {
      const k = key(cand);
      if (!k || taken.has(k)) continue;
      const strongest = formScore.get(k);
      if (cand !== c.of && strongest && strongest !== c && strongest.score > c.score) continue;
      if (cand !== base && cand !== c.of && (ambKeys.has(k) || dropKeys.has(k) || nationKeys.has(k) || cand.length < 3)) continue;
      c.name = tidy(cand); taken.set(k, c); break;
    }
    if (major.has(key(c.name))) c.score += 50;
  }
  const byName = new Map(clubs.map((c) => [key(c.name), c]));

  // ---- 5. hand-written nicknames, short forms, stadiums, training grounds ------------------------
  for (const raw of H.CLUB_EXTRA.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name, ...cols] = line.split('|').map((s) => s.trim());
    const c = byName.get(key(name));
    if (!c) { warn(`CLUB_EXTRA: unknown club "${name}"`); continue; }
    const forms = cols.flatMap((col) => col.split(';').map((s) => s.trim()).filter(Boolean));
    c.hand.push(...forms);
    c.handCount += forms.filter((f) => key(f) !== key(c.name)).length;
  }
  // transfermarkt-clubs (CC0): current stadium names of 14 European leagues
  attachTransfermarktStadiums(clubs);

  // ---- 6. surface forms per club ----------------------------------------------------------------
  for (const c of clubs) {
    const forms = [];
    const add = (f, src) => { f = tidy(f); if (f) forms.push({ f, src }); };
    for (const f of c.data) add(f, 'data');
    for (const f of c.stadiums) if (!isGenericStadium(f)) add(f, 'stadium');
    for (const f of c.hand) add(f, 'hand');
    // spelling variants
    for (const { f, src } of [...forms]) {
      if (/\p{L}-\p{L}/u.test(f) && !/^Al-/i.test(f)) add(f.replace(/(\p{L})-(\p{L})/gu, '$1 $2'), src);
      if (/\bSt\. /.test(f)) add(f.replace(/\bSt\. /g, 'St '), src);
      if (/^Al[- ]\p{L}/u.test(f)) {
        const rest = f.slice(3);
        add(`Al-${rest}`, src); add(`Al ${rest}`, src);
        if (!/\s/.test(rest) && rest.length >= 4) add(`Al${rest.toLowerCase()}`, src);
      }
    }
    // drop truncations ("Montreal Impac", "Leverk.", "Wolverhampton Wand.")
    const all = forms.map((x) => x.f).concat([c.name]);
    c.forms = forms.filter(({ f, src }) => {
      if (src === 'hand') return true;
      if (f.length < 2) return false;
      if (/(^|\s)\p{L}{3,}\.(\s|$)/u.test(f) && !/(^|\s)(Utd|Ath|Atl|Dep|Wed|Jrs|Sta|Sto)\./i.test(f)) return false;
      if (/\p{L}$/u.test(f) && all.some((g) => g.length > f.length && g.startsWith(f) && /\p{L}/u.test(g[f.length]))) return false;
      if (/^[A-Z]\.?$/.test(f)) return false;
      return true;
    });
  }

  // ---- 7. ambiguity and collisions -----------------------------------------------------------------
  const ambiguity = new Map(); // key -> { form, clubs: [club...] } ordered
  const setAmb = (form, list) => {
    const k = key(form);
    if (!ambiguity.has(k)) ambiguity.set(k, { form, clubs: [] });
    const e = ambiguity.get(k);
    for (const c of list) if (!e.clubs.includes(c)) e.clubs.push(c);
  };
  for (const [form, names] of Object.entries(H.AMBIGUOUS)) {
    const list = [];
    for (const n of names) { const c = byName.get(key(n)); if (c) list.push(c); else warn(`AMBIGUOUS "${form}": unknown club "${n}"`); }
    setAmb(form, list);
  }
  // a form that is a nation (or a nation's alias) is never an unambiguous club alias
  // claims: key -> list of {c, f, src}
  const claims = new Map(); // key -> [{ c, forms: [...], src }]
  for (const c of clubs) c.aliasSet = new Map(); // fold -> form
  for (const c of clubs) {
    for (const x of c.forms) {
      const k = key(x.f);
      if (!k || fold(x.f) === fold(c.name)) continue;
      if (k === key(c.name)) { if (!c.aliasSet.has(fold(x.f))) c.aliasSet.set(fold(x.f), x.f); continue; } // spelling variant of its own name
      if (!claims.has(k)) claims.set(k, []);
      const l = claims.get(k);
      const y = l.find((y) => y.c === c);
      if (y) { y.forms.push(x.f); if (x.src === 'hand') y.src = 'hand'; } else l.push({ c, forms: [x.f], f: x.f, src: x.src });
    }
  }
  const keepAll = (x) => { for (const f of x.forms) if (!x.c.aliasSet.has(fold(f))) x.c.aliasSet.set(fold(f), f); };
  const nameOwner = new Map(clubs.map((c) => [key(c.name), c]));
  for (const [k, list] of claims) {
    if (ambiguity.has(k)) continue; // hand-listed ambiguous form
    const hand = list.filter((x) => x.src === 'hand');
    if (dropKeys.has(k) && !hand.length) continue;
    if (nameOwner.has(k)) continue; // another club's canonical name: only that club answers to it
    if (nationKeys.has(k)) { // "Andorra", "Brasil", ...: needs context
      const top = list.filter((x) => x.c.score >= 50).sort((a, b) => b.c.score - a.c.score || cmp(a.c.name, b.c.name));
      if (top.length) setAmb(top[0].f, top.slice(0, 3).map((x) => x.c));
      continue;
    }
    if (list.length === 1) { keepAll(list[0]); continue; }
    // a hand-written form wins over data forms of other clubs
    const pool = hand.length === 1 ? hand : list;
    const sorted = [...pool].sort((a, b) => b.c.score - a.c.score || cmp(a.c.name, b.c.name));
    if (sorted.length === 1 || sorted[0].c.score - sorted[1].c.score >= 25 || (sorted[1].c.score === 0 && sorted[0].c.score > 0)) { keepAll(sorted[0]); continue; }
    const cands = [...list].sort((a, b) => b.c.score - a.c.score || cmp(a.c.name, b.c.name)).filter((x) => x.c.score >= 20).slice(0, 4);
    if (cands.length) setAmb(cands[0].f, cands.map((x) => x.c));
  }
  for (const { form, clubs: cs } of ambiguity.values()) for (const c of cs) c.amb.push(form);

  // English prose keeps a foreign nickname but swaps its article: "Les Phocéens" → "the Phocéens",
  // "Los Blancos" → "the Blancos", "Die Werkself" → "the Werkself".
  const FOREIGN_ARTICLE = /^(?:les|los|las|die|der|das|il|i|gli|le|la|os|as|el)\s+(?=\p{Lu})/iu;
  // Only for plural nicknames ("Phocéens", "Blancos", "Rossoneri") or forms no English word
  // spells: "Le Stadium" must not make "the Stadium" a club.
  const swappable = (rest) => /(?:s|i)$/.test(rest) || /[^\x00-\x7f]/.test(rest);
  const withEnglishArticle = (forms) => [
    ...forms,
    ...forms.filter((f) => FOREIGN_ARTICLE.test(f) && swappable(f.replace(FOREIGN_ARTICLE, ''))).map((f) => f.replace(FOREIGN_ARTICLE, 'the ')),
  ];

  // ---- 8. output -----------------------------------------------------------------------------------
  const out = [];
  for (const c of clubs) {
    const e = { name: c.name, country: c.country };
    if (c.league) e.league = c.league;
    // The city only where it adds to the name ("the London club" is Chelsea; "the Hull club" is
    // found from the name itself).
    if (c.city && !fold(c.name).split(/[^a-z0-9]+/).includes(fold(c.city))) e.city = c.city;
    const ambK = new Set(c.amb.map(key));
    e.aliases = uniqForms(withEnglishArticle([...c.aliasSet.values()].filter((f) => !ambK.has(key(f)))), [c.name]);
    if (c.amb.length) e.ambiguous = uniqForms(withEnglishArticle(c.amb.filter((f) => key(f) !== key(c.name))));
    if (e.ambiguous && !e.ambiguous.length) delete e.ambiguous;
    out.push(e);
  }
  out.sort((a, b) => byForm(a.name, b.name));
  const ambOut = [...ambiguity.values()]
    .map(({ form, clubs: cs }) => ({ form, clubs: cs.filter((c) => key(c.name) !== key(form)).map((c) => c.name) }))
    .filter((e) => e.clubs.length)
    .sort((a, b) => byForm(a.form, b.form));
  const stats = {
    withLeague: clubs.filter((c) => c.league).length,
    leagues: new Set(clubs.filter((c) => c.league).map((c) => c.league)).size,
    withHand: clubs.filter((c) => c.handCount > 0 || c.tmStadium).length,
    withHandOnly: clubs.filter((c) => c.handCount > 0).length,
  };
  if (VERBOSE) for (const [l, t, c] of seasonTeams) console.log(`season ${l}: ${t} -> ${c.name}`);
  for (const c of clubs) if (c.league && H.NICKNAME_LEAGUES.includes(c.league) && !c.handCount) warn(`no hand-written nickname/stadium for ${c.name} (${c.league})`);
  return { clubs: out, ambiguity: ambOut, stats };
}

function attachTransfermarktStadiums(clubs) {
  if (!exists('transfermarkt-clubs', 'clubs.csv')) return;
  const rows = parseCSV(read('transfermarkt-clubs', 'clubs.csv'));
  const h = rows[0];
  const col = (n) => h.indexOf(n);
  const [iCode, iName, iComp, iStad, iLast] = ['club_code', 'name', 'domestic_competition_id', 'stadium_name', 'last_season'].map(col);
  const compCk = { GB1: ['eng', 'wal'], ES1: ['es'], IT1: ['it'], L1: ['de'], FR1: ['fr', 'mc'], NL1: ['nl'], PO1: ['pt'], SC1: ['sco'], TR1: ['tr'], BE1: ['be'], GR1: ['gr'], DK1: ['dk'], RU1: ['ru'], UKR1: ['ua'] };
  const STOP = new Set(['fc', 'afc', 'cf', 'sc', 'ac', 'as', 'ss', 'us', 'fk', 'sk', 'if', 'bk', 'ff', 'sv', 'vfl', 'vfb', 'kv', 'kaa', 'krc', 'rsc', 'cd', 'ud', 'sd', 'rcd', 'rc', 'gd', 'sl', 'ogc', 'aj', 'football', 'club', 'futbol', 'futebol', 'fussball', 'calcio', 'de', 'da', 'do', 'del', 'di', 'the', 'and', 'sad', 's', 'a', 'd', 'spa', 'association', 'associazione', 'sportiva', 'societa', 'sportiva', 'sporting', 'royal', 'royale', 'koninklijke', 'voetbal', 'voetbalvereniging', 'vereniging', 'spor', 'kulubu', 'fodbold', 'boldklub', 'idraetsforening', 'futbolniy', 'klub', 'u', 'ag', 'ev', 'e', 'v', '1', 'fsv', 'tsg', 'spvgg']);
  const core = (s) => key(s).split(' ').filter((t) => !STOP.has(t) && !/^(18|19|20)\d\d$/.test(t)).join(' ');
  const tm = rows.slice(1).filter((r) => r[iLast] >= '2024' && compCk[r[iComp]]);
  const stadCount = new Map();
  for (const r of tm) { const k = key(r[iStad] || ''); stadCount.set(k, (stadCount.get(k) || 0) + 1); }
  for (const r of tm) {
    const cks = compCk[r[iComp]];
    const slug = r[iCode].replace(/-/g, ' ');
    const targets = new Set([core(r[iName]), core(slug)].filter(Boolean));
    const pool = clubs.filter((c) => cks.includes(c.ck));
    let hit = pool.filter((c) => [c.name, ...c.data].some((f) => targets.has(core(f))));
    if (hit.length > 1) hit = hit.filter((c) => c.league);
    if (hit.length !== 1) { if (VERBOSE) console.log(`transfermarkt: no unique match for ${r[iName]} (${hit.length})`); continue; }
    const st = (r[iStad] || '').replace(/["“”]/g, '').replace(/®/g, '').replace(/\s*\(\d{4}\)\s*$/, '').trim();
    if (!st || stadCount.get(key(r[iStad])) > 1) continue; // shared grounds are ambiguous: hand table only
    for (const part of st.split(/\s+-\s+|,\s*/)) {
      if (!part || isGenericStadium(part) || /connected by/i.test(part) || /^home of the /i.test(part)) continue;
      hit[0].stadiums.push(part);
      hit[0].tmStadium = true;
    }
  }
}

// ================================================================================================
// LEAGUES
// ================================================================================================
function buildLeagues(nations) {
  const files = ['leagues.txt', 'europe/leagues.txt', 'africa/leagues.txt', 'asia/leagues.txt', 'caribbean/leagues.txt', 'central-america/leagues.txt', 'middle-east/leagues.txt', 'north-america/leagues.txt', 'pacific/leagues.txt', 'south-america/leagues.txt'];
  const nationByKey = new Map();
  for (const n of nations) for (const f of [n.name, ...n.aliases]) if (!nationByKey.has(key(f))) nationByKey.set(key(f), n);
  const GERMAN_PREFIX = /^(Schottland|Nordirland|Irland|Island|Spanien|Frankreich|Italien|Türkei|Griechenland|Zypern|Dänemark|Norwegen|Schweden|Finnland|Niederlande|Belgien|Polen|Ungarn|Tschechien|Schweiz|Slowakei|Slowenien|Kroatien|Bosnien|Serbien|Rumänien|Bulgarien|Lettland|Litauen|Estland|Russland|Weißrussland|Österreich|Deutschland|Färöer|Luxemburg|Mazedonien|Nordmazedonien|Georgien|Armenien|Aserbaidschan|Kasachstan|Moldau|Albanien)\b/;
  const parsed = [];
  for (const f of files) {
    if (!exists('openfootball-leagues', f)) continue;
    let section = null, cur = null;
    for (const raw of read('openfootball-leagues', f).split(/\r?\n/)) {
      const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
      if (!line.trim()) continue;
      const sec = line.match(/^=+\s*(.+?)\s*=+\s*$/);
      if (sec) { section = sec[1]; cur = null; continue; }
      if (/^\s+\|/.test(line)) {
        if (!cur) continue;
        for (let a of line.split('|')) {
          a = a.trim();
          if (!a) continue;
          if (/\[[a-z]{2}\]$/.test(a)) continue; // German and other language labels
          if (/^[a-z0-9]+(\.[a-z0-9]+)+$/.test(a) || /^[a-z]{2,8}$/.test(a) || a.includes('$$')) continue; // codes, sponsor names
          a = tidy(a);
          if (!a || GERMAN_PREFIX.test(a)) continue;
          cur.aliases.push(a);
        }
        continue;
      }
      if (/^\s/.test(line)) continue;
      const m = line.match(/^(\S+)\s+(?:(\d{4}(?:\/\d{2})?)-(\d{4}(?:\/\d{2})?)?\s+)?(.+)$/);
      if (!m) { cur = null; continue; }
      let [, k, , end, name] = m;
      name = name.trim();
      const aliases = [];
      if (name.includes('=>')) { const [from, to] = name.split('=>').map((s) => s.trim()); aliases.push(from); name = to; }
      name = tidy(name.replace(/\[[a-z]{2}\]$/, ''));
      cur = { section, k, closed: !!end, name, aliases, file: f };
      parsed.push(cur);
    }
  }
  // keep: current top tiers and national cups of every country, international competitions
  const INTL = /^(International|National Teams|UEFA|CONMEBOL|CONCACAF|AFC|CAF|OFC|FIFA|World|Europe|South America|North America|Asia|Africa|Oceania|Pacific)/i;
  const keep = parsed.filter((e) => !e.closed && e.section
    && !/quali|playoff|\.po$|^po$|comeback|\.q$|league [a-d]$|^\d{4}/i.test(e.k + ' ' + e.name)
    && (/^(1|cup)$/.test(e.k) || (!nationByKey.has(key(e.section)) && INTL.test(e.section))));
  const GENERIC = /^(the )?(\d\.|i{1,3}|1a|2a)?\s*(cup|coupe|kupa|kubok|pokal|cupen|taca|copa|liga|lig|liqa|league|division|divisie|deild|super ?cup|super ?liga|supercopa|premiership|championship|knockout|professional league|national division|first division|second division|first league|second league|super league|premier league|premier division|primera division|primera divison|liga nacional|national league|higher league|premier liga|prva liga|prva nl|ligue|premier soccer league|national first division|first football league|primera|serie|state cup|euros?)\s*(\d|a|b)?$/i;
  const isGeneric = (f) => GENERIC.test(fold(f)) || GENERIC.test(key(f));
  const NOUNS = new Set(['Kiwi', 'Aussie', 'Scot', 'Swede', 'Dane', 'Finn', 'Turk', 'Briton', 'Spaniard', 'Filipino', 'Bajan']);
  const adjective = (n) => (n.demonyms.find((d) => !/(man|er|ard)$/.test(d) && !NOUNS.has(d)) || n.name);
  const curated = H.LEAGUES.map(([name, country, aliases]) => ({ name, country, aliases: [...aliases], curated: true }));
  const cKeys = new Map();
  for (const c of curated) for (const f of [c.name, ...c.aliases]) cKeys.set(key(f), c);
  const entries = [...curated];
  for (const e of keep) {
    const nation = nationByKey.get(key(e.section)) || null;
    const country = nation ? nation.code : null;
    const forms = [e.name, ...e.aliases].map((f) => f.replace(/^\d{4}\/\d{2}\s+/, ''));
    // already covered by a curated entry? then only add its specific (non-generic) aliases
    const cur = forms.map((f) => cKeys.get(key(f))).find((c) => c && c.country === country);
    if (cur) { for (const f of forms) if (!cKeys.has(key(f)) && !isGeneric(f)) cur.aliases.push(f); continue; }
    const adj = nation ? adjective(nation) : null;
    let name = forms[0];
    if (isGeneric(name) || cKeys.has(key(name))) {
      const ok = (a) => !isGeneric(a) && !cKeys.has(key(a)) && nation;
      const better = forms.slice(1).find((a) => ok(a) && fold(a).includes(fold(adj))) || forms.slice(1).find((a) => ok(a) && fold(a).includes(fold(nation.name)));
      name = better || (adj ? `${adj} ${name}` : name);
    }
    entries.push({ name, country, aliases: forms.filter((f) => !isGeneric(f) && key(f) !== key(name)) });
  }
  // never let one form point at two competitions; curated entries win
  const result = [];
  const owner = new Map();
  for (const e of entries) {
    if (owner.has(key(e.name))) continue;
    owner.set(key(e.name), e);
    result.push(e);
  }
  for (const e of result) e.aliases = e.aliases.filter((a) => { const k = key(a); if (owner.has(k) && owner.get(k) !== e) return false; owner.set(k, e); return true; });
  for (const e of result) { e.aliases = uniqForms(e.aliases, [e.name]); delete e.curated; }
  return result.sort((a, b) => byForm(a.name, b.name) || cmp(a.country || '', b.country || ''));
}

// ================================================================================================
// PLAYERS
// ================================================================================================
function buildPlayers(nations) {
  const nationByKey = new Map();
  for (const n of nations) for (const f of [n.name, ...n.aliases]) if (!nationByKey.has(key(f))) nationByKey.set(key(f), n.code);
  const POS = { GK: 'goalkeeper', DF: 'defender', MF: 'midfielder', FW: 'forward' };
  const players = new Map();
  for (const dir of fs.readdirSync(path.join(DATA, 'openfootball-squads')).sort()) {
    const sq = path.join('openfootball-squads', dir, 'squads');
    if (!exists(sq)) continue;
    for (const file of fs.readdirSync(path.join(DATA, sq)).sort()) {
      const text = read(sq, file);
      const head = text.match(/^=\s+(.+?)\s+-\s+/m);
      const code = head ? nationByKey.get(key(head[1])) : null;
      if (!code) warn(`squads: no FIFA code for ${file}`);
      for (const line of text.split(/\r?\n/)) {
        const m = line.match(/^\s*\d+,\s+([^,]+?),\s+(GK|DF|MF|FW),/);
        if (!m) continue;
        const name = m[1].trim();
        const k = key(name) + '|' + code;
        if (players.has(k)) continue;
        const p = { name };
        const al = H.PLAYER_ALIASES[name];
        if (al) p.aliases = uniqForms(al, [name]);
        if (code) p.nationality = code;
        p.position = POS[m[2]];
        players.set(k, p);
      }
    }
  }
  for (const n of Object.keys(H.PLAYER_ALIASES)) if (![...players.values()].some((p) => p.name === n)) warn(`PLAYER_ALIASES: "${n}" not in the squads`);
  return [...players.values()].sort((a, b) => byForm(a.name, b.name) || cmp(a.nationality || '', b.nationality || ''));
}

// ================================================================================================
// SOURCES (outlets, journalists): hand-seed, checked, plus H.SOURCES
// ================================================================================================
function buildSources() {
  const seed = exists('hand-seed', 'sources.seed.json') ? readJSON('hand-seed', 'sources.seed.json') : { outlets: [], journalists: [] };
  const reject = new Set(H.SOURCE_SEED_REJECT.map(fold));
  const fix = H.SOURCE_FIX;
  const list = new Map();
  const add = (name, kind, aliases) => {
    if (reject.has(fold(name))) return;
    const f = fix[name] || {};
    const nm = f.name || name;
    const k = fold(nm);
    const e = list.get(k) || { name: nm, kind, aliases: [] };
    e.aliases.push(...aliases.filter((a) => !reject.has(fold(a))), ...(f.add || []));
    if (f.drop) { const d = new Set(f.drop.map(fold)); e.aliases = e.aliases.filter((a) => !d.has(fold(a))); }
    list.set(k, e);
  };
  for (const o of seed.outlets) add(o.name, 'outlet', o.aliases || []);
  for (const j of seed.journalists) add(j.name, 'journalist', j.aliases || []);
  for (const [name, kind, aliases] of H.SOURCES) add(name, kind, aliases);
  const cue = new Set(H.SOURCES_NEED_CUE.map(fold));
  const out = [];
  for (const e of list.values()) {
    const r = { name: e.name, kind: e.kind, aliases: uniqForms(e.aliases.map(tidy), [e.name]) };
    if (cue.has(fold(e.name))) r.needsCue = true;
    out.push(r);
  }
  // an alias must not name two sources
  const owner = new Map();
  for (const e of out) for (const f of [e.name, ...e.aliases]) { const k = fold(f); owner.set(k, [...(owner.get(k) || []), e]); }
  for (const [k, es] of owner) if (es.length > 1) { warn(`source form "${k}" shared by ${es.map((e) => e.name).join(' / ')}`); for (const e of es) if (fold(e.name) !== k) e.aliases = e.aliases.filter((a) => fold(a) !== k); }
  for (const n of H.SOURCES_NEED_CUE) if (!list.has(fold(n))) warn(`SOURCES_NEED_CUE: unknown source "${n}"`);
  return out.sort((a, b) => byForm(a.name, b.name));
}

// ================================================================================================
// SOURCES.md
// ================================================================================================
// compromise is a devDependency; its notice is copied from node_modules when present.
function compromiseLicence() {
  const file = new URL('../node_modules/compromise/LICENSE', import.meta.url);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : 'The MIT License (MIT)\n\nCopyright (c) 2019 Spencer Kelly';
}

function writeCredits() {
  const lic = (p) => (exists(...p) ? read(...p).trim() : '(licence file missing)');
  const src = (d) => (exists(d, 'SOURCE.txt') ? read(d, 'SOURCE.txt').trim() : '');
  const md = `# Gazetteer data: sources and credits

The JSON files in this folder are generated by \`scripts/build-gazetteers.mjs\` (run \`npm run gazetteer\`)
from openly licensed raw data plus hand-written tables in \`scripts/gazetteer-hand.mjs\`. They hold facts
only: names, aliases, codes. Do not edit them by hand; change the script or the hand tables and rebuild.

| file | built from |
|---|---|
| \`clubs.json\` | openfootball/clubs (names, aliases, country, city, some stadiums); openfootball/football.json 2025/26 and 2025 season files (current league); transfermarkt-clubs (current stadium names); hand tables (English canonical names, English city names, nicknames, stadium and training-ground metonyms, ambiguous forms, 2025/26 membership of the Saudi Pro League, Scottish Championship, Swiss Super League and Danish Superliga) |
| \`club-ambiguity.json\` | the ambiguous club forms of \`clubs.json\` with their candidate clubs, most likely first (hand-ordered, then by league weight) |
| \`nations.json\` | sportdb-fifa (211 FIFA members and codes); i18n-iso-countries and datahub country-codes (English name variants); i18n-nationality (English demonyms, bad rows replaced by hand); hand tables |
| \`leagues.json\` | openfootball/leagues (league and cup names, sponsor-free); hand table of English names and aliases |
| \`players.json\` | openfootball/euro and openfootball/copa-america squads (Euro 2024, Copa América 2024): name, nationality, position only (clubs and caps are dated and left out); a few hand-written short forms |
| \`sources.json\` | hand-written (the project's hand-seed, checked row by row, plus additions) |

## Sources and licences

| folder | source | licence |
|---|---|---|
| openfootball-clubs | ${src('openfootball-clubs')} | CC0 1.0 (public domain dedication) |
| openfootball-football.json | ${src('openfootball-football.json')} | CC0 1.0 |
| openfootball-leagues | ${src('openfootball-leagues')} | CC0 1.0 |
| openfootball-squads | ${src('openfootball-squads')} | CC0 1.0 |
| sportdb-fifa | ${src('sportdb-fifa')} | CC0 1.0 |
| transfermarkt-clubs | ${src('transfermarkt-clubs').replace(/\n/g, ' ')} | CC0 1.0 as published by dcaribou/transfermarkt-datasets (stadium names only are used) |
| datahub-country-codes | ${src('datahub-country-codes')} | ODC-PDDL 1.0 (public domain) |
| i18n-iso-countries | ${src('i18n-iso-countries')} | MIT, notice below |
| i18n-nationality | ${src('i18n-nationality')} | MIT, notice below |
| compromise (for \`lexicon.json\`, built by \`scripts/build-lexicon.mjs\`) | npm compromise, its lexicon of English words, first names and places | MIT, notice below |

### i18n-iso-countries (MIT)

\`\`\`
${lic(['i18n-iso-countries', 'LICENSE'])}
\`\`\`

### i18n-nationality (MIT)

\`\`\`
${lic(['i18n-nationality', 'LICENSE'])}
\`\`\`

### compromise (MIT)

\`\`\`
${compromiseLicence()}
\`\`\`

## Hand-written parts (project's own work, MIT like the package)

All of \`scripts/gazetteer-hand.mjs\`, written from general football knowledge, not copied from any source:

- canonical English club names (e.g. "Bayern Munich", "Inter Milan", "Atletico Madrid", "Sao Paulo");
- club nicknames, short forms, stadium metonyms (current and well-known former names) and training grounds;
- ambiguous club forms ("City", "the Reds", "San Siro", "Madrid"...) and which clubs they may mean;
- the Saudi Pro League 2025/26 membership (18 clubs; not in the season files; approximate, re-check each season);
- the 2025/26 membership of the Scottish Championship (10 clubs), Swiss Super League (12) and Danish Superliga (12)
  (not in the season files; approximate, re-check each season);
- clubs missing from openfootball-clubs (some Saudi, Qatari, Emirati and newly promoted clubs);
- nation name choices ("Ivory Coast", "DR Congo", "Republic of Ireland"...), extra variants, demonyms that
  i18n-nationality lacks or gets wrong, ambiguous demonyms ("Irish", "Congolese", "Korean", "Guinean"...);
- English league and cup names and aliases;
- the outlet and journalist list (\`sources.json\`), including which names need a source cue ("according to",
  "reports", "told", "via") before they count (\`needsCue\`).

The \`hand-seed\` folder of the raw data was a starting point that was checked row by row: its sources and
home-nation demonyms are read by the script and filtered (rejected rows and aliases are listed in
\`SOURCE_SEED_REJECT\` / \`NATION_SEED_REJECT\`); its club nicknames were checked and rewritten into
\`CLUB_EXTRA\` / \`AMBIGUOUS\` (deliberate differences: "St James' Park" and "Stadium of Light" are kept
unambiguous for Newcastle United and Sunderland, "Allianz Stadium" for Juventus).

## Known limits

- League membership is for 2025/26 (European files and the hand-written Saudi, Scottish Championship, Swiss and
  Danish lists) or 2025 (Brazil, Argentina, MLS, Japan, China, Colombia).
- Club stadium names change with sponsors; former names are kept as aliases where still used in prose.
- Nation names that are also ordinary words or first names ("Chad", "Jordan", "Georgia", "Turkey", "Guinea")
  are kept as nation names; the extractor must use context. Same for demonyms that are ordinary words ("Polish").
- "US" is kept as an alias of the United States; a case-insensitive matcher must require capitals for it.
  The same holds for club names that are ordinary words ("Nice", "Reading", "Barrow", "Excelsior").
- Demonyms that fit several FIFA members are only in \`ambiguousDemonyms\` (listed under each): "British" and
  "Briton" (ENG/SCO/WAL/NIR), "Irish" (IRL/NIR), "Congolese" (COD/CGO), "Korean" (KOR/PRK), "Guinean"
  (GUI/GNB/EQG), "Samoan" (SAM/ASA), "Dominican" (DOM/DMA), "Virgin Islander" (VIR/VGB). So IRL, GUI, SAM,
  DMA, DOM, CGO and COD have no unambiguous demonym. "Chinese" is given to China only, "Macedonian" to North
  Macedonia, "Georgian" to Georgia.
- Monaco is not a FIFA member: AS Monaco gets \`country: "FRA"\` (French league system).
- Club forms shared by clubs of similar standing, or that are also cities, countries or common words, are
  listed in \`ambiguous\` (and in \`club-ambiguity.json\` with the likely order); a form shared with a much
  weaker club (by current league) is kept only by the stronger club.
`;
  fs.writeFileSync(path.join(OUT, 'SOURCES.md'), md);
}

// ================================================================================================
// main
// ================================================================================================
fs.mkdirSync(OUT, { recursive: true });
const nations = buildNations();
const { clubs, ambiguity, stats } = buildClubs(nations);
const leagues = buildLeagues(nations);
const players = buildPlayers(nations);
const sources = buildSources();
let bytes = 0;
bytes += writeJSONLines('nations.json', nations);
bytes += writeJSONLines('clubs.json', clubs);
bytes += writeJSONLines('club-ambiguity.json', ambiguity);
bytes += writeJSONLines('leagues.json', leagues);
bytes += writeJSONLines('players.json', players);
bytes += writeJSONLines('sources.json', sources);
writeCredits();

for (const w of warnings) console.warn(`warning: ${w}`);
const clubLeagues = new Set(clubs.filter((c) => c.league).map((c) => c.league));
for (const l of clubLeagues) if (!leagues.some((x) => x.name === l)) console.warn(`warning: club league "${l}" is not a leagues.json name`);
console.log(`clubs: ${clubs.length}`);
console.log(`clubs with a league: ${stats.withLeague}`);
console.log(`distinct leagues covered: ${stats.leagues}`);
console.log(`clubs with nicknames/stadium metonyms: ${stats.withHand} (hand-written: ${stats.withHandOnly})`);
console.log(`ambiguous club forms: ${ambiguity.length}`);
console.log(`nations: ${nations.length}`);
console.log(`demonyms: ${nations.reduce((s, n) => s + n.demonyms.length, 0)} (+ ${nations.reduce((s, n) => s + (n.ambiguousDemonyms || []).length, 0)} ambiguous)`);
console.log(`sources: ${sources.length} (${sources.filter((s) => s.kind === 'outlet').length} outlets, ${sources.filter((s) => s.kind === 'journalist').length} journalists)`);
console.log(`players: ${players.length}`);
console.log(`leagues: ${leagues.length}`);
console.log(`total JSON size: ${(bytes / 1024).toFixed(0)} KiB`);
