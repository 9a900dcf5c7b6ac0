#!/usr/bin/env node
// Derives the English word lists that tell a name from an ordinary capitalised word
// ("However", "Standing") from compromise's lexicon. compromise costs ~0.5 s to import and
// ~20 ms per article to tag, far over the extraction budget, so its knowledge is taken once,
// here, at build time, and shipped as a compact list: src/gazetteer/data/lexicon.json.
//   node scripts/build-lexicon.mjs
import fs from 'node:fs';
import nlp from 'compromise';

const lexicon = nlp.model().one.lexicon;
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PLACE = new Set(['City', 'Country', 'Region', 'Place']);
const PROPER = new Set([...NAME, ...PLACE, 'ProperNoun', 'SportsTeam', 'Organization', 'Company', 'Demonym']);

const common = new Set();
const firstNames = new Set();
const places = new Set();
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!/^[a-z][a-z'-]*$/.test(word)) {
    if (tags.some((t) => PLACE.has(t)) && /^[a-z .'-]+$/.test(word)) places.add(word);
    continue;
  }
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.add(word);
  if (tags.some((t) => PLACE.has(t))) places.add(word);
  if (!tags.some((t) => PROPER.has(t))) common.add(word);
}
// Given names that compromise files as ordinary words ("max", "jay") or not at all: footballers
// carry them ("Max Meyer", "Jay Rodriguez", "Declan Rice").
for (const w of ['max', 'jay', 'frank', 'dean', 'ray', 'nat', 'jean', 'sonny', 'miles', 'rex', 'reed', 'mason', 'jordan', 'callum', 'declan', 'lewis', 'rio', 'mo', 'kai', 'reece', 'jude']) firstNames.add(w);
// Inflections compromise derives at run time rather than listing.
for (const w of [...common]) {
  if (/[^s]$/.test(w)) common.add(`${w}s`);
}
const sorted = (s) => [...s].sort();
const out = { _source: 'derived from compromise (MIT) lexicon by scripts/build-lexicon.mjs', common: sorted(common), firstNames: sorted(firstNames), places: sorted(places) };
fs.writeFileSync(new URL('../src/gazetteer/data/lexicon.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`lexicon: ${common.size} common words, ${firstNames.size} first names, ${places.size} places`);
