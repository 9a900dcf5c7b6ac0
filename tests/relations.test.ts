/** Relations, suitors, sources and career history, through extract() on one or two sentences. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { COMPILED, HINTS, hintsBySentence, SOURCE_HINTS } from '../src/resolve/relations.js';
import { wordPositions } from '../src/automaton.js';
import { buildTemplate, templateSource, type Slot } from '../src/resolve/template.js';
import { tokenize } from '../src/tokenizer.js';
import { Gazetteer } from '../src/gazetteer/index.js';
import { BUILTIN, getLexicon } from '../src/gazetteer/builtin.js';
import { resolveEntities } from '../src/resolve/entities.js';
import { allMatches } from '../src/text.js';

const story = (text: string) => extract(text).transfers[0];

describe('relations', () => {
  const cases: [string, { player: string; from: string | null; to: string | null; status: string; suitors?: string[] }][] = [
    ['Liverpool are keeping tabs on Borussia Monchengladbach defender Ko Itakura.', { player: 'Ko Itakura', from: 'Borussia Monchengladbach', to: 'Liverpool', status: 'interest' }],
    ['Celtic have completed the signing of Vissel Kobe striker Kyogo Furuhashi.', { player: 'Kyogo Furuhashi', from: 'Vissel Kobe', to: 'Celtic', status: 'completed' }],
    ['Arsenal have held talks with Lille about defender Gabriel Magalhaes.', { player: 'Gabriel Magalhaes', from: 'Lille', to: 'Arsenal', status: 'talks' }],
    ['Ajax have reached an agreement with Feyenoord for the signing of winger Steven Berghuis.', { player: 'Steven Berghuis', from: 'Feyenoord', to: 'Ajax', status: 'agreed' }],
    [
      'Aston Villa are leading the race for Leverkusen forward Leon Bailey, but face competition from Everton and Southampton.',
      { player: 'Leon Bailey', from: 'Bayer Leverkusen', to: 'Aston Villa', status: 'interest', suitors: ['Everton', 'Southampton'] },
    ],
    // A club named by a foreign nickname with an English article; a decision "in favour of" a player.
    ['Several strikers were mentioned at Marseille, but the Phocéens opted in the end and decided in favour of Lyle Dunmore.', { player: 'Lyle Dunmore', from: null, to: 'Marseille', status: 'interest' }],
    // "a Rangers player" names the club he would join, not a player already named.
    ['Their wish to make Tobias Ferrant a Rangers player was no secret.', { player: 'Tobias Ferrant', from: null, to: 'Rangers', status: 'interest' }],
    ['Arsenal are interested in Davi Rocha, a young winger at Brazilian club Atletico Mineiro.', { player: 'Davi Rocha', from: 'Atletico Mineiro', to: 'Arsenal', status: 'interest' }],
    ['Crystal Palace are interested in signing striker Kofi Mensah after the Ghana international was relegated with Swansea City.', { player: 'Kofi Mensah', from: 'Swansea City', to: 'Crystal Palace', status: 'interest' }],
    // A deal that collapses is off, however far it got.
    ['Wolves had agreed a fee with Salzburg for Petar Ilkov, but the deal collapsed.', { player: 'Petar Ilkov', from: 'RB Salzburg', to: 'Wolverhampton Wanderers', status: 'off' }],
    ["Wolves' move for Salzburg striker Petar Ilkov has fallen through after the forward failed his medical.", { player: 'Petar Ilkov', from: 'RB Salzburg', to: 'Wolverhampton Wanderers', status: 'off' }],
    ['2. Rune Okafor (Chelsea to Napoli): €30m', { player: 'Rune Okafor', from: 'Chelsea', to: 'Napoli', status: 'interest' }],
    // "previously" after the relation belongs to the next clause, not to this pursuit.
    ['West Ham are also negotiating for Manchester City midfielder Kalvan Phelps and previously faced rejection elsewhere.', { player: 'Kalvan Phelps', from: 'Manchester City', to: 'West Ham United', status: 'talks' }],
    // "the Miami club": a word of a club named in full; a player in talks with a club.
    ['Inter Miami are busy. Banfield forward Julio Carrera has been in talks with the Miami club for months.', { player: 'Julio Carrera', from: 'Banfield', to: 'Inter Miami', status: 'talks' }],
    // No club in the sentence: the article's own club signed him.
    ['Leeds United are busy. The club announced the signing of Kasper Thiel late on Friday.', { player: 'Kasper Thiel', from: null, to: 'Leeds United', status: 'completed' }],
    // "to the signing of", "last but not least" (no negation), "have also bought".
    ['Last but not least, Leicester splashed out £25m to beat Liverpool to the signing of Rune Halvorsen.', { player: 'Rune Halvorsen', from: null, to: 'Leicester City', status: 'completed', suitors: ['Liverpool'] }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const t = story(text);
      expect(t).toMatchObject({ player: want.player, from: want.from, to: want.to, status: want.status });
      if (want.suitors) expect(t?.suitors).toEqual(want.suitors);
    });
  }

  it('reads past a coach to the player ("Palace boss X has added midfielder Y")', () => {
    const t = story('Crystal Palace are rebuilding. Palace boss Roy Hodgson has so far added midfielder Teodor Lindqvist from West Ham to his squad.');
    expect(t).toMatchObject({ player: 'Teodor Lindqvist', from: 'West Ham United', to: 'Crystal Palace' });
  });

  it('keeps a club-only sentence on the player being pursued, not on the last name', () => {
    const x = extract('Arsenal are keen on winger Tiago Morais.\nThe club already has two youngsters, Ilian Brooke and Kit Danvers.\nArsenal have already started further talks.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([['Tiago Morais', 'Arsenal', 'talks']]);
  });

  it('does not share a pursuit with a list member who starts a clause of his own', () => {
    const x = extract('Newcastle are still hoping to sign striker Ivo Brandt and Dario Kells looking like he will stay.');
    expect(x.transfers.map((t) => t.player)).toEqual(['Ivo Brandt']);
  });

  it('reads a list of moves ("following the transfers of A to X, B to Y and C to Z")', () => {
    const x = extract('It comes following the transfers of Duda Ferraz to Ajax, Lyancinho to Torino and Beto Galvao to Real Madrid.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([
      ['Duda Ferraz', 'Ajax', 'completed'],
      ['Lyancinho', 'Torino', 'completed'],
      ['Beto Galvao', 'Real Madrid', 'completed'],
    ]);
  });

  it('lets a manager buy for his club ("Celtic boss X has snapped up A, B and defender C")', () => {
    const x = extract('Celtic boss Ange Postecoglou has snapped up winger Lior Abadi, Liam Shawcross and defender Osaze Okoro.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([
      ['Lior Abadi', 'Celtic', 'completed'],
      ['Liam Shawcross', 'Celtic', 'completed'],
      ['Osaze Okoro', 'Celtic', 'completed'],
    ]);
  });

  it("lets a manager known by his side ('Postecoglou's side') buy for the article's club", () => {
    const x = extract('Celtic are busy. Having faced manager Ange Postecoglou’s side, Kyo Furu joined Celtic.\n\nAnge Postecoglou has snapped up winger Lior Abadi.');
    expect(x.transfers.map((t) => [t.player, t.to])).toContainEqual(['Lior Abadi', 'Celtic']);
  });

  it('lets a manager named as a sentence subject buy for the club he was named with', () => {
    const x = extract('Celtic manager Ange Postecoglou is delighted. Postecoglou has signed winger Lior Abadi.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([['Lior Abadi', 'Celtic', 'completed']]);
  });

  it('reads an opening anaphor as the first player named after it', () => {
    const x = extract('The powerful 27-year-old has signed a three-year deal at Rangers.\n\nRyan Jonas said he was delighted.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([['Ryan Jonas', 'Rangers', 'completed']]);
    expect(x.players[0]?.age).toBe(27);
  });

  it('gives an anaphor the player named earlier in its sentence', () => {
    const x = extract('The Crew’s Cucho Hernan era is over, the do-it-all striker moving to Real Betis.');
    expect(x.transfers.map((t) => [t.player, t.to])).toEqual([['Cucho Hernan', 'Real Betis']]);
  });

  it('gives each listed player his own club ("A from X and B from Y")', () => {
    const x = extract('Bayern have also bought Anton Riedl from Liverpool and the right-back Malik Osei from Ajax.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to, t.status])).toEqual([
      ['Anton Riedl', 'Liverpool', 'Bayern Munich', 'completed'],
      ['Malik Osei', 'Ajax', 'Bayern Munich', 'completed'],
    ]);
  });

  it('tells career history from a transfer', () => {
    const x = extract('Liverpool are interested in Schalke defender Ozan Kabak. He moved to Stuttgart in January 2019 after starting at Galatasaray.');
    expect(x.transfers).toHaveLength(1);
    expect(x.players[0]?.formerClubs).toContain('Stuttgart');
    expect(x.transfers[0]?.suitors).not.toContain('Stuttgart');
  });
  it("dates a move by the year in its own clause ('paid in 2019 for X, who left for Y in 2023')", () => {
    const x = extract('Napoli hope to sign Lukas Brenner before the 2022-23 season. The bid tops the €60m they paid in 2019 for defender Adem Sorli, who left for Lazio in 2023 for €30m.');
    const sorli = x.transfers.find((t) => t.player === 'Adem Sorli');
    expect(sorli).toMatchObject({ to: 'Lazio', status: 'completed' });
    expect(sorli?.fees.map((f) => f.amounts[0]?.amount)).toEqual([30_000_000]);
    expect(extract('Napoli want Lukas Brenner. Defender Adem Sorli left for Lazio in 2019.').transfers.map((t) => t.player)).toEqual(['Lukas Brenner']);
  });
  it("gives a sum to the player its sentence refers to, past another player named there ('The 26-year-old ..., and Dinamo want €15m')", () => {
    const x = extract(
      'Everton are in talks with Dinamo Zagreb over goalkeeper Tomas Brenlow. The 26-year-old would compete with Jordan Pickford, and Dinamo are asking for €15m.',
    );
    expect(x.transfers.map((t) => [t.player, t.from, t.to, t.fees.map((f) => `${f.kind} ${f.amounts[0]?.amount}`)])).toEqual([
      ['Tomas Brenlow', 'Dinamo Zagreb', 'Everton', ['asking-price 15000000']],
    ]);
  });
  it("gives a sum that refers back ('the reported figure of €80m') to the move it was first given to", () => {
    const x = extract('Napoli have agreed to sign Lukas Brenner from Hertha for €80m. The reported figure of €80m dwarfs the fee paid when defender Adem Sorli joined Lazio.');
    const fees = Object.fromEntries(x.transfers.map((t) => [t.player, t.fees.map((f) => f.amounts[0]?.amount)]));
    expect(fees['Lukas Brenner']).toEqual([80_000_000]);
    expect(fees['Adem Sorli'] ?? []).toEqual([]);
  });
  it("reads a move told in a relative clause and keeps the story's pursuit ('a replacement for X, who left Y to seal a move to Z')", () => {
    const x = extract(
      'Leeds are chasing Norwich winger Jonah Rove. He is seen as a replacement for Cristian Sommerfeld, who left Elland Road at the weekend to seal a move to Premier League side West Ham. Leeds were set to make an opening offer of £7m. Talks between Leeds and Norwich are ongoing.',
    );
    expect(x.transfers.map((t) => [t.player, t.from, t.to, t.status, t.fees.map((f) => `${f.kind} ${f.amounts[0]?.amount}`)])).toEqual([
      ['Jonah Rove', 'Norwich City', 'Leeds United', 'talks', ['bid 7000000']],
      ['Cristian Sommerfeld', 'Leeds United', 'West Ham United', 'completed', []],
    ]);
  });
  it("reads a club that has lost a player, and 'He' after a sentence ending on his name", () => {
    const x = extract('Losing him would hurt Hull City, who have already lost playmaker Tomas Vidal. He had also been linked with Stoke but has instead sought pastures new in Greece with Olympiacos.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to, t.suitors, t.status])).toEqual([['Tomas Vidal', 'Hull City', 'Olympiacos', ['Stoke City'], 'completed']]);
    expect(story('Ajax lost winger Piet Draaier to Benfica in the summer.')).toMatchObject({ player: 'Piet Draaier', from: 'Ajax', to: 'Benfica' });
    expect(extract('Arsenal have lost out on Piet Draaier to Benfica.').transfers[0]?.from ?? null).not.toBe('Arsenal');
  });
  it("reads 'the French club' as the French club named last, and 'a deal with X to send Y' as a sale", () => {
    const x = extract('Marseille are busy. Sevilla have reached a deal with Marseille to send forward Yaw Mensah to the French club on loan.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to])).toEqual([['Yaw Mensah', 'Sevilla', 'Marseille']]);
    const club = x.mentions.find((m) => m.text === 'French club');
    expect(club).toMatchObject({ type: 'club', value: 'Marseille' });
    expect(x.players[0]?.nationality).toBeNull();
    // No French club named before: "the French side" stays unresolved.
    expect(extract('The French side beat Belgium on Sunday.').clubs).toEqual([]);
  });
  it("takes the subject of 'agreed to send X to Y' for the seller", () => {
    expect(story('Everton have agreed to send striker Josh Whitfield to West Ham United in a swap deal.')).toMatchObject({ from: 'Everton', to: 'West Ham United', suitors: [] });
  });
  it("reads 'a move announced on Monday' as completed and 'the previous record, X's swoop for Y' as this window's move", () => {
    expect(story('The Rovers era of Dani Prieto is over, the striker moving to Getafe in a $9 million move announced on Monday.')).toMatchObject({ to: 'Getafe', status: 'completed' });
    const x = extract("Atlanta United paid a club record for Kofi Amankwah. The previous record, Atlanta United's $6 million swoop for Togolese winger Eli Agbo, stood for three months.");
    expect(x.transfers.find((t) => t.player === 'Eli Agbo')).toMatchObject({ to: 'Atlanta United' });
  });
  it("never reads 'joined from X' as a move to X", () => {
    expect(story('Midfielder Anton Varga joined from Lille this summer to add energy to the midfield.')).toMatchObject({ from: 'Lille', to: null, status: 'completed' });
  });
  it('gives each sum to the player named nearest before it in the sentence', () => {
    const x = extract('Porto full-back Rui Matos joined Everton for €40m and Braga striker Tiago Lobo signed for Lyon for €25m.');
    expect(x.transfers.map((t) => [t.player, t.fees.map((f) => f.amounts[0]?.amount)])).toEqual([
      ['Rui Matos', [40_000_000]],
      ['Tiago Lobo', [25_000_000]],
    ]);
  });
  it("reads 'The German champions ... concluding a deal to sell X to Y' as the German club selling X", () => {
    const x = extract('Bayern Munich want a centre-back. The German champions stepped up talks for Ivo Lenz after concluding a deal to sell the striker Marek Nowak to Barcelona for €45m.');
    expect(x.transfers.find((t) => t.player === 'Marek Nowak')).toMatchObject({ from: 'Bayern Munich', to: 'Barcelona' });
  });
  it("does not take a 'track record' for tracking a player", () => {
    const x = extract('Ajax have a strong track record with young strikers, having taken Pim Molenaar from Utrecht.');
    expect(x.transfers).toEqual([]);
  });
  it("reads 'the London club' as the London club named last, and the club a fee is paid to as the seller", () => {
    const x = extract('Atletico Madrid and Chelsea reach agreement for Tiago Ramos. Of the total, €40m will be paid to the London club up front.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to])).toEqual([['Tiago Ramos', 'Chelsea', 'Atletico Madrid']]);
    expect(x.mentions.find((m) => m.text === 'London club')).toMatchObject({ type: 'club', value: 'Chelsea' });
  });
  it("reads 'A from X and 31-year-old goalkeeper B' as a list, with the age on B", () => {
    const x = extract('Crystal Palace are busy. Palace boss Roy Hodgson has so far added midfielder Kofi Adu from West Ham and 31-year-old goalkeeper Vicente Gual to his squad.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to])).toEqual([
      ['Kofi Adu', 'West Ham United', 'Crystal Palace'],
      ['Vicente Gual', null, 'Crystal Palace'],
    ]);
    expect(x.players.map((p) => [p.name, p.age])).toEqual([['Kofi Adu', null], ['Vicente Gual', 31]]);
  });
  it('gives references after a newly chosen target to him, not to the player named more often earlier', () => {
    const x = extract(
      'Since Faris Obiang was injured, Marseille wanted a replacement for the Cameroonian. Several names came up, but Marseille decided in favour of Neal Moreau. According to our sources, the player will arrive on Monday. The Everton striker will join on loan, and the 28-year-old Frenchman is tied to Marseille until 2028. Last year, he was also loaned to Brentford.',
    );
    expect(x.transfers.map((t) => [t.player, t.from, t.to, t.main])).toEqual([['Neal Moreau', 'Everton', 'Marseille', true]]);
    expect(x.players.find((p) => p.name === 'Neal Moreau')).toMatchObject({ age: 28, nationality: { code: 'FRA' }, formerClubs: ['Brentford'] });
  });
  it("tells interest placed in an earlier window, a move turned down years ago and a match result from this window's rivals", () => {
    const x = extract(
      'Frankfurt have agreed a deal for PSG forward Hugo Ekwa. PSG tried to offload him in the summer amid interest from West Ham and Everton. Frankfurt were beaten 2-1 by Bayern Munich at the weekend. The move comes two years after Ekwa snubbed a move to Newcastle.',
    );
    expect(x.transfers[0]).toMatchObject({ player: 'Hugo Ekwa', from: 'Paris Saint-Germain', to: 'Eintracht Frankfurt', suitors: [] });
    expect(x.players[0]?.formerClubs).toEqual([]);
    // A rival now: "amid interest from West Ham" with no earlier window named.
    expect(extract('Frankfurt have agreed a deal for PSG forward Hugo Ekwa amid interest from West Ham.').transfers[0]?.suitors).toEqual(['West Ham United']);
  });
  it('gives a later clause its own subject ("..., and the London club ... made other signings, notably A from X")', () => {
    const x = extract(
      'Chelsea wanted Enzo Ferraz. However, Benfica refused to budge on the release clause, and the London club cooled its interest as they made other big-name signings, notably Mykola Dudka from Shakhtar Donetsk and Noah Maduro from PSV.',
    );
    expect(x.transfers.filter((t) => !t.main).map((t) => [t.player, t.from, t.to, t.status])).toEqual([
      ['Mykola Dudka', 'Shakhtar Donetsk', 'Chelsea', 'completed'],
      ['Noah Maduro', 'PSV Eindhoven', 'Chelsea', 'completed'],
    ]);
    // ... but not when the later clause wants nobody: the rival stays a rival.
    const y = extract('West Ham have signed Davide Ferro. Fulham tried to hijack the deal with a €20m offer, but Napoli preferred the structure of the proposal and the player had given his word.');
    expect(y.transfers[0]?.suitors).toEqual(['Fulham']);
  });
  it("reads 'midfielder Pol Ferrer' as a name, and 'the Catalan club' as no person", () => {
    const x = extract('Osasuna have opened talks with Espanyol over midfielder Pol Ferrer. He has a €12m release clause, but Osasuna hope to agree a lower fee with the Catalan club.');
    expect(x.players.map((p) => p.name)).toEqual(['Pol Ferrer']);
    expect(x.transfers[0]).toMatchObject({ player: 'Pol Ferrer', from: 'Espanyol', to: 'Osasuna' });
  });
  it('goes on with the open pursuit, not a move just completed, in a club-only sentence', () => {
    const x = extract('Aston Villa are leading the race for Leon Baird. Last but not least, Leicester splashed out £25m to beat Liverpool to the signing of Pat Dakar. However, Villa are desperate to prevail in this race.');
    expect(x.transfers.find((t) => t.player === 'Pat Dakar')?.suitors).toEqual(['Liverpool']);
  });
  it("gives an apposition's age and nationality to the name after it ('another Argentine 19-year-old, Banfield forward X')", () => {
    const x = extract('Inter Miami could sign another Argentine 19-year-old, Banfield forward Julio Carrera, who has been in talks with the Miami club.');
    expect(x.players[0]).toMatchObject({ name: 'Julio Carrera', age: 19, nationality: { code: 'ARG' }, position: 'forward', club: 'Banfield' });
  });
  it("gives the club that 'sold' a player this year to the moves listed after it", () => {
    const x = extract('He is the fourth player to be sold by Santos this year, following the transfers of Duda Ferraz to Ajax and Beto Galvao to Real Madrid.');
    expect(x.transfers.map((t) => [t.player, t.from, t.to])).toEqual([
      ['Duda Ferraz', 'Santos', 'Ajax'],
      ['Beto Galvao', 'Santos', 'Real Madrid'],
    ]);
  });
  it("gives 'another Brazilian teenager' to the player the sentence (or the next) goes on to name", () => {
    const x = extract('Arsenal are eyeing another Brazilian teenager after being alerted to Flamengo winger Mateo Goncal.');
    expect(x.players[0]).toMatchObject({ name: 'Mateo Goncal', nationality: { code: 'BRA' } });
    const y = extract('Arsenal have their eye on another Brazilian wonderkid. According to reports, Arsenal are keen on Real Madrid midfielder Renan Jesus.');
    expect(y.players[0]).toMatchObject({ name: 'Renan Jesus', nationality: { code: 'BRA' } });
  });
  it("reads 'the second X to join Bayern this summer after Y' as Y's completed move, and leaves the subject's stage alone", () => {
    const x = extract('Bayern have reached a verbal agreement with Juventus to sign the centre-back Jurrien de Lange. The 22-year-old is poised to become the second Netherlands international to join Bayern this summer after the midfielder Ryan Graven.');
    expect(x.transfers.map((t) => [t.player, t.to, t.status])).toEqual([
      ['Jurrien de Lange', 'Bayern Munich', 'agreed'],
      ['Ryan Graven', 'Bayern Munich', 'completed'],
    ]);
    expect(x.players.map((p) => p.nationality?.code)).toEqual(['NED', 'NED']);
  });
  it('takes the favourite over a club whose loan offer was rejected, even just after another player is named', () => {
    const x = extract(
      'Bayern Munich have rejected a loan offer from Borussia Monchengladbach for Pius Wanke. Although the absence of Jonas Meier creates a gap in the squad, Bayern see no place for him. For a long time, PSV Eindhoven have been considered the favourite.',
    );
    expect(x.transfers.map((t) => [t.player, t.to, t.suitors])).toEqual([['Pius Wanke', 'PSV Eindhoven', ['Borussia Monchengladbach']]]);
  });
  it("gives 'X are also open to signing him after seeing their bid to land Y fall apart' to X as Y's failed pursuer", () => {
    const x = extract(
      'Al-Hilal have told Benfica they are willing to pay €70m to sign Bernardo Silveira. The winger has been considering Al-Hilal\'s offer and Al-Nassr are also open to signing him after seeing their bid to land Hakan Zeki from Chelsea fall apart. Barcelona have long been chasing his signature.',
    );
    expect(x.transfers.find((t) => t.player === 'Hakan Zeki')).toMatchObject({ from: 'Chelsea', to: 'Al-Nassr', suitors: [], status: 'off' });
  });
  it('reads the common nationality forms of a profile paragraph', () => {
    const nat = (text: string) => extract(text).players[0]?.nationality?.code ?? null;
    expect(nat('Spurs want Lille centre-back Bafo Kamara. The 23-year-old Ghanaian has started 31 league matches.')).toBe('GHA');
    expect(nat('Bayern want Benfica winger Rui Valente. The 21-year-old Portugal international, who has three caps, is keen.')).toBe('POR');
    expect(nat('Leeds want Jamie Pennick. Pennick, an England international with two caps, joined Palace in 2021.')).toBe('ENG');
    expect(nat('Arsenal want Athletic forward Unai Arrate, who earned his first two caps for Spain in October.')).toBe('ESP');
  });
  it("takes clubs that 'asked about' a player, 'made enquiries' or 'were the first to show interest' for rivals", () => {
    const x = extract(
      'Aston Villa have agreed a fee with Lille for Bafo Kamara. West Ham United have also asked about his availability. Fenerbahce made enquiries earlier in the window but were put off by the price. Brentford were the first to show interest, sending scouts to France.',
    );
    expect(x.transfers[0]?.suitors).toEqual(['West Ham United', 'Fenerbahçe', 'Brentford']);
  });
  it("reads a second verb phrase of the subject ('... over Roux and are also considering a move for his team-mate, defender Sy'), 'identified X as a replacement' and 'has left the club'", () => {
    const x = extract('Newcastle have opened talks with Lyon over midfielder Mathis Rouxel and are also considering a move for his team-mate, defender Abdou Sylla.');
    expect(x.transfers.map((t) => [t.player, t.to])).toEqual([
      ['Mathis Rouxel', 'Newcastle United'],
      ['Abdou Sylla', 'Newcastle United'],
    ]);
    expect(story("Stuttgart have identified Hoffenheim's Marco Lindau as a possible replacement.")).toMatchObject({ from: 'Hoffenheim', to: 'Stuttgart' });
    expect(story('Elsewhere, Burnley goalkeeper Harvey Lunde has left the club on a free.')).toMatchObject({ from: 'Burnley', to: null, status: 'completed' });
  });
  it('makes no transfer of a player merely mentioned', () => {
    expect(extract('Joel Matip has been ruled out for most of the season with an injury.').transfers).toEqual([]);
  });
  it('does not take a club a coach once managed for a suitor', () => {
    const t = story('Tottenham are monitoring Gladbach defender Ko Itakura. Ange Postecoglou previously targeted him while coaching Celtic.');
    expect(t?.suitors).not.toContain('Celtic');
  });
});

it('does not take talks over a new contract, or a new deal signed, for a move', () => {
  expect(extract('Arsenal winger Bukayo Saka is in talks with Arsenal over a new contract.').transfers).toEqual([]);
  expect(extract('Arsenal winger Bukayo Saka has signed a new five-year deal with Arsenal.').transfers).toEqual([]);
});

describe('sources', () => {
  it('credits outlets and journalists after a reporting cue', () => {
    const x = extract('Liverpool are keen on Ko Itakura, according to Fabrizio Romano, and Sky Sports reports talks have begun.');
    expect(x.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Fabrizio Romano', 'journalist'],
      ['Sky Sports', 'outlet'],
    ]);
  });
  it('does not credit an outlet that is only named', () => {
    expect(extract('The Independent is on the ground when the story is developing.').sources).toEqual([]);
  });
  it('credits a journalist named by title', () => {
    const x = extract('Norwegian journalist Kari Nordmann said that Sunderland are close to a deal.');
    expect(x.sources.map((s) => s.name)).toEqual(['Kari Nordmann']);
    expect(x.players.map((p) => p.name)).not.toContain('Kari Nordmann');
  });
  it('credits an outlet the gazetteer does not know, named after the word for one', () => {
    const x = extract('Croatian newspaper Jutarnji Vjesnik reports that Everton are in talks with Brentford over goalkeeper Tomas Brenlow.');
    expect(x.sources).toEqual([{ name: 'Jutarnji Vjesnik', kind: 'outlet', mentions: [{ start: 19, end: 35, text: 'Jutarnji Vjesnik' }] }]);
    expect(x.players.map((p) => p.name)).toEqual(['Tomas Brenlow']);
    // ("on paper" is no outlet)
    expect(extract('Brentford want £8m, and on paper Tomas Brenlow would be a bargain for Everton.').players.map((p) => p.name)).toEqual(['Tomas Brenlow']);
  });
  it('credits an outlet through its journalist and the outlets listed after a credited one', () => {
    const x = extract('The Athletic’s David Ornstein first reported the deal, followed by Italian transfer insider Fabrizio Romano, Sky Sports and other media.');
    expect(x.sources.map((s) => s.name)).toEqual(['The Athletic', 'David Ornstein', 'Fabrizio Romano', 'Sky Sports']);
  });
});

// Known failures, kept visible: each names the phrasing and why the rules miss it.
describe('known failures', () => {
  it.fails('a move told only inside an agent\'s quote ("Tottenham have spoken to us") is not read: quotes carry no relation rules yet', () => {
    const x = extract('His agent Ruud Bakker said: "Tottenham and Newcastle have both spoken to us about Joris Lint."');
    expect(x.transfers[0]?.to).toBe('Tottenham Hotspur');
  });
});

describe('relation rule hints', () => {
  // A rule is skipped on a template without one of its hint words: no match the rule keeps may
  // lack them. Checked on the sentence templates of every seed and fixture, every rule run on all.
  const gaz = new Gazetteer(BUILTIN);
  const templates: string[] = [];
  // Each template with the rules its sentence's hint words (found in the article) let run.
  const flags: Uint8Array[] = [];
  const findHints = wordPositions(SOURCE_HINTS);
  for (const dir of ['seeds', 'fixtures']) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const { tokens, sentences } = tokenize(text);
      const e = resolveEntities(text, tokens, gaz.match(tokens), gaz, getLexicon());
      const clubs = [...new Set(e.clubs.map((c) => c.club))];
      const slots: Slot[] = [
        ...e.clubs.map((c) => ({ kind: 'c' as const, id: clubs.indexOf(c.club), start: c.start, end: c.end })),
        ...e.people.flatMap((p, i) => p.mentions.map((m) => ({ kind: 'p' as const, id: i, start: m.start, end: m.end }))),
      ].sort((a, b) => a.start - b.start);
      const source = templateSource(text);
      const hinted = hintsBySentence(findHints(source), sentences);
      for (const s of sentences) {
        templates.push(buildTemplate(s.i, source, s.start, s.end, slots.filter((x) => x.start >= s.start && x.end <= s.end)).text);
        flags.push(hinted[s.i] as Uint8Array);
      }
    }
  }
  it('has templates where the hinted rules match', () => {
    const matched = COMPILED.filter((r) => HINTS[r.rule] && templates.some((t) => allMatches(r.re, t).some((m) => !r.check || r.check(m))));
    expect(matched.length).toBeGreaterThan(25);
  });
  it('never skips a template where a rule matches', () => {
    for (const r of COMPILED) {
      const hints = HINTS[r.rule];
      if (!hints) continue;
      for (const t of templates) {
        if (!allMatches(r.re, t).some((m) => !r.check || r.check(m))) continue;
        expect(hints.some((h) => t.includes(h)), `${r.rule} matches ${JSON.stringify(t)} without any of its hints`).toBe(true);
      }
    }
  });
  it("lets every rule run where it matches, by the hint words found in the article's own text", () => {
    let runs = 0;
    COMPILED.forEach((r, k) => {
      templates.forEach((t, i) => {
        if (!allMatches(r.re, t).some((m) => !r.check || r.check(m))) return;
        runs++;
        expect((flags[i] as Uint8Array)[k], `${r.rule} on ${JSON.stringify(t)}`).toBe(1);
      });
    });
    expect(runs).toBeGreaterThan(100);
  });
});
