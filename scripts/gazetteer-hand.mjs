// Hand-written gazetteer knowledge for scripts/build-gazetteers.mjs.
//
// Everything in this file was written by hand from general football knowledge (no upstream
// dataset, so it ships under the project's own MIT licence). It is read by the build script,
// which merges it with the openly licensed raw data in ../shared/data. Keep entries factual:
// names, aliases, codes. Affiliations, sponsor names and league membership change; re-check
// them each season.

// ---------------------------------------------------------------------------------------------
// 1. Canonical English club names.
//    openfootball-clubs name (exact) -> the common English full name used as `name`.
//    Clubs not listed here get an automatic name: the openfootball name without "FC"/"AFC"/...
//    prefixes and suffixes, founding years or Brazilian state codes (see deriveName()).
// ---------------------------------------------------------------------------------------------
export const CLUB_NAMES = {
  // England / Wales
  'AFC Wimbledon': 'AFC Wimbledon',
  'Milton Keynes Dons FC': 'MK Dons',
  'Brighton & Hove Albion FC': 'Brighton & Hove Albion',
  'Hull City AFC': 'Hull City',
  'Queens Park Rangers FC': 'Queens Park Rangers',
  'Wimbledon FC': 'Wimbledon FC',
  // Scotland
  'Saint Mirren FC': 'St Mirren',
  'Heart of Midlothian FC': 'Heart of Midlothian',
  // Germany
  'Bayern München': 'Bayern Munich',
  'Bor. Mönchengladbach': 'Borussia Monchengladbach',
  'Bayer 04 Leverkusen': 'Bayer Leverkusen',
  'FC Schalke 04': 'Schalke 04',
  '1. FC Köln': 'Cologne',
  '1. FC Union Berlin': 'Union Berlin',
  '1. FSV Mainz 05': 'Mainz',
  '1. FC Heidenheim': 'Heidenheim',
  'TSG 1899 Hoffenheim': 'Hoffenheim',
  'VfB Stuttgart': 'Stuttgart',
  'FC St. Pauli': 'St Pauli',
  'Hamburger SV': 'Hamburg',
  'Hertha BSC': 'Hertha Berlin',
  '1. FC Nürnberg': 'Nuremberg',
  '1. FC Kaiserslautern': 'Kaiserslautern',
  'SV Darmstadt 98': 'Darmstadt',
  'SC Paderborn 07': 'Paderborn',
  'SpVgg Greuther Fürth': 'Greuther Fürth',
  'Karlsruher SC': 'Karlsruhe',
  'TSV 1860 München': '1860 Munich',
  // Spain
  'Athletic Club Bilbao': 'Athletic Bilbao',
  'Atlético Madrid': 'Atletico Madrid',
  'RC Celta Vigo': 'Celta Vigo',
  'RCD La Coruña': 'Deportivo La Coruña',
  'Real Racing Santander': 'Racing Santander',
  'Real Valladolid CF': 'Real Valladolid',
  'Albacete Balompié': 'Albacete',
  'Deportivo Alavés': 'Alavés',
  'Rayo Vallecano': 'Rayo Vallecano',
  'FC Andorra': 'FC Andorra',
  // Italy
  'FC Internazionale Milano': 'Inter Milan',
  'AC Milan': 'AC Milan',
  'Atalanta Bergamo': 'Atalanta',
  'UC Sampdoria': 'Sampdoria',
  'SS Juve Stabia': 'Juve Stabia',
  // France
  'Olympique de Marseille': 'Marseille',
  'Olympique Lyonnais': 'Lyon',
  'Stade Rennais FC': 'Rennes',
  'Stade Brestois 29': 'Brest',
  'Stade de Reims': 'Stade de Reims',
  'ES Troyes AC': 'Troyes',
  'Clermont Foot 63': 'Clermont',
  'Grenoble Foot 38': 'Grenoble',
  'Stade Lavallois': 'Laval',
  'AS Nancy Lorraine': 'Nancy',
  'Red Star FC': 'Red Star FC',
  'Paris FC': 'Paris FC',
  'Lille OSC': 'Lille',
  'OGC Nice': 'Nice',
  'AS Saint-Étienne': 'Saint-Étienne',
  'Montpellier HSC': 'Montpellier',
  'Angers SCO': 'Angers',
  'Le Havre AC': 'Le Havre',
  'RC Strasbourg': 'Strasbourg',
  'RC Lens': 'Lens',
  // Netherlands
  'Ajax Amsterdam': 'Ajax',
  'Feyenoord Rotterdam': 'Feyenoord',
  'SBV Excelsior Rotterdam': 'Excelsior',
  'SC Telstar': 'Telstar',
  'NEC Nijmegen': 'NEC Nijmegen',
  'AZ Alkmaar': 'AZ Alkmaar',
  'PSV Eindhoven': 'PSV Eindhoven',
  // Portugal
  'SL Benfica': 'Benfica',
  'Vitória de Guimarães': 'Vitória Guimarães',
  'CD Nacional Madeira': 'CD Nacional',
  'AVS Futebol': 'AVS',
  'Estoril Praia': 'Estoril',
  // Belgium
  'Saint-Gilloise': 'Union Saint-Gilloise',
  'Royal Antwerp FC': 'Antwerp',
  'Sint-Truidense VV': 'Sint-Truiden',
  'Sporting Charleroi': 'Charleroi',
  'FCV Dender EH': 'Dender',
  'Standard Liège': 'Standard Liège',
  'KAA Gent': 'Gent',
  // Austria
  'FC RB Salzburg': 'RB Salzburg',
  'SK Rapid Wien': 'Rapid Vienna',
  'FK Austria Wien': 'Austria Vienna',
  'LASK Linz': 'LASK',
  'SCR Altach': 'Altach',
  'FC Blau-Weiß Linz': 'Blau-Weiß Linz',
  'SKN St. Pölten': 'St. Pölten',
  'Austria Klagenfurt': 'Austria Klagenfurt',
  // Scotland / Greece / Turkey
  'Olympiacos Piraeus FC': 'Olympiacos',
  'AEK Athens FC': 'AEK Athens',
  'Aris Thessaloniki FC': 'Aris Thessaloniki',
  'OFI Crete FC': 'OFI Crete',
  'Volos FC': 'Volos',
  'AE Larissa FC': 'AEL Larissa',
  'Galatasaray İstanbul': 'Galatasaray',
  'Fenerbahçe İstanbul': 'Fenerbahçe',
  'Beşiktaş İstanbul': 'Beşiktaş',
  'Kasımpaşa İstanbul': 'Kasımpaşa',
  'Göztepe İzmir': 'Göztepe',
  'Gençlerbirliği Ankara SK': 'Gençlerbirliği',
  'Gazişehir Gaziantep FK': 'Gaziantep',
  // Eastern Europe and Scandinavia
  'Zenit St. Petersburg': 'Zenit St Petersburg',
  'FC Spartak Moskva': 'Spartak Moscow',
  'PFC CSKA Moskva': 'CSKA Moscow',
  'Lokomotiv Moskva': 'Lokomotiv Moscow',
  'Dynamo Moskva': 'Dynamo Moscow',
  'Torpedo Moskva': 'Torpedo Moscow',
  'FC Moskva': 'FC Moscow',
  'FC Dynamo Kyiv': 'Dynamo Kyiv',
  'FC Shakhtar Donetsk': 'Shakhtar Donetsk',
  'AC Sparta Praha': 'Sparta Prague',
  'SK Slavia Praha': 'Slavia Prague',
  'Bohemians Praha 1905': 'Bohemians 1905',
  'FK Dukla Praha': 'Dukla Prague',
  'Viktoria Plzeň': 'Viktoria Plzeň',
  'Legia Warszawa': 'Legia Warsaw',
  'KSP Polonia Warszawa': 'Polonia Warsaw',
  'KKS Lech Poznań': 'Lech Poznań',
  'Steaua București': 'FCSB',
  'Dinamo București': 'Dinamo Bucharest',
  'Rapid București': 'Rapid Bucharest',
  'PFC CSKA Sofia': 'CSKA Sofia',
  'PFC Levski Sofia': 'Levski Sofia',
  'PFC Ludogorets Razgrad': 'Ludogorets',
  'Ferencvárosi TC': 'Ferencváros',
  'FC København': 'FC Copenhagen',
  'BSC Young Boys': 'Young Boys',
  'Grasshoppers Zürich': 'Grasshoppers',
  'Malmö FF': 'Malmö',
  'Djurgårdens IF': 'Djurgården',
  'Bodø/Glimt': 'Bodø/Glimt',
  'Rosenborg BK': 'Rosenborg',
  'Vålerenga Fotball': 'Vålerenga',
  // Americas
  'Flamengo RJ': 'Flamengo',
  'Fluminense RJ': 'Fluminense',
  'Botafogo RJ': 'Botafogo',
  'CR Vasco da Gama': 'Vasco da Gama',
  'Palmeiras SP': 'Palmeiras',
  'Corinthians SP': 'Corinthians',
  'Santos SP': 'Santos',
  'São Paulo FC': 'Sao Paulo',
  'Atlético MG': 'Atletico Mineiro',
  'América MG': 'América Mineiro',
  'Cruzeiro MG': 'Cruzeiro',
  'Grêmio RS': 'Grêmio',
  'Internacional Porto Alegre': 'Internacional',
  'Atlético PR': 'Athletico Paranaense',
  'Atlético GO': 'Atlético Goianiense',
  'Ceára SC': 'Ceará',
  'CRB AL': 'CRB',
  'Esporte Clube Juventude': 'Juventude',
  'RB Bragantino': 'Red Bull Bragantino',
  'Ituano FC SP': 'Ituano',
  'Mirassol FC SP': 'Mirassol',
  'Clube do Remo': 'Remo',
  'Estudiantes LP': 'Estudiantes',
  'Gimnasia y Esgrima LP': 'Gimnasia La Plata',
  'CA Independiente de Avellaneda': 'Independiente',
  'Club Atlético Banfield': 'Banfield',
  'Club Atlético Aldosivi': 'Aldosivi',
  'Club Atlético Belgrano': 'Belgrano',
  'Talleres de Córdoba': 'Talleres',
  'CA Peñarol': 'Peñarol',
  'Nacional de Montevideo': 'Nacional',
  'Junior de Barranquilla': 'Junior Barranquilla',
  'Brown': 'Brown de Adrogué',
  'Mitre': 'Mitre Santiago del Estero',
  'Cavalier': 'Cavalier FC',
  'Rotor': 'Rotor Volgograd',
  'RFC Liège': 'RFC Liège',
  'Millonarios Bogotá': 'Millonarios',
  'Panetolikos GFS': 'Panetolikos',
  'Calcio Padova': 'Padova',
  'Wolfsberger AC': 'Wolfsberger AC',
  'Floridsdorfer AC': 'Floridsdorfer AC',
  'SKU Amstetten': 'Amstetten',
  'SW Bregenz': 'Schwarz-Weiß Bregenz',
  'FC Liefering': 'FC Liefering',
  'Qingdao Huanghai FC': 'Qingdao Hainiu',
  'Atlético Nacional': 'Atlético Nacional',
  'Club América': 'Club América',
  'CD Guadalajara Chivas': 'Guadalajara',
  'CF Monterrey': 'Monterrey',
  'Tigres UANL': 'Tigres UANL',
  'Columbus Crew SC': 'Columbus Crew',
  'Inter Miami CF': 'Inter Miami',
  'Atlanta United FC': 'Atlanta United',
  'FC Cincinnati': 'FC Cincinnati',
  'FC Dallas': 'FC Dallas',
  'FC Tokyo': 'FC Tokyo',
  'Toronto FC': 'Toronto FC',
  'Austin FC': 'Austin FC',
  'Charlotte FC': 'Charlotte FC',
  'Los Angeles FC': 'Los Angeles FC',
  'New York City FC': 'New York City FC',
  'Minnesota United FC': 'Minnesota United',
  'Seattle Sounders FC': 'Seattle Sounders',
  'Vancouver Whitecaps FC': 'Vancouver Whitecaps',
  'Saint Louis City': 'St. Louis City SC',
  'Orlando City SC': 'Orlando City',
  'CF Montréal': 'CF Montréal',
  'Yokohama FC': 'Yokohama FC',
  'Machida Zelvia': 'Machida Zelvia',
  // Asia / Africa
  'Al Qadsiah FC': 'Al-Qadsiah',
  'Al Batin FC': 'Al-Batin',
  'Al Ahly': 'Al Ahly',
  'Al-Sadd SC': 'Al-Sadd',
  'Al-Duhail SC': 'Al-Duhail',
  'Al Gharafa SC': 'Al-Gharafa',
  'Al Ain FC': 'Al Ain',
  'FK Partizan Belgrade': 'Partizan',
  'GNK Dinamo Zagreb': 'Dinamo Zagreb',
  'HNK Hajduk Split': 'Hajduk Split',
  'Maccabi Tel-Aviv FC': 'Maccabi Tel Aviv',
  'Maccabi Haifa FC': 'Maccabi Haifa',
  'Hapoel Tel-Aviv FC': 'Hapoel Tel Aviv',
  'Girondins de Bordeaux': 'Bordeaux',
  'VVV Venlo': 'VVV-Venlo',
  'Tianjin Tigers': 'Tianjin Jinmen Tiger',
  'Henan Jianye': 'Henan FC',
  'Beijing Sinobo Guoan': 'Beijing Guoan',
  'Shanghai Greenland Shenhua': 'Shanghai Shenhua',
  'Jeonbuk Motors': 'Jeonbuk Hyundai Motors',
  'Ulsan HD FC': 'Ulsan HD',
  'Espérance Sportive de Tunis': 'Espérance de Tunis',
  'Western Sydney Wanderers': 'Western Sydney Wanderers',
  'Newcastle United Jets': 'Newcastle Jets',
  'St Johnstone FC': 'St Johnstone',
};

// Openfootball entries that are really the same club (duplicates to fold into the first).
export const CLUB_MERGE = [
  // [keep, drop]
  ['BSV Schwarz-Weiß Rehden', 'BSV SW Rehden'],
];

// ---------------------------------------------------------------------------------------------
// 2. Season files (openfootball-football.json) -> clubs.
//    Team names that the automatic matcher cannot place. Value: the openfootball club name,
//    null (ignore: truncated or reserve), or { new: 'Canonical name', aliases: [...] } to create
//    a club that openfootball-clubs does not have.
// ---------------------------------------------------------------------------------------------
export const SEASON_TEAM_FIX = {
  'AFC': null, // truncated "AFC Wimbledon"
  'Leyton': 'Leyton Orient FC',
  'Lincoln': 'Lincoln City FC',
  'Arsenal FC': 'Arsenal FC',
  'Liverpool FC': 'Liverpool FC',
  'Rangers FC': 'Rangers FC',
  'Boca Juniors': 'Boca Juniors',
  'Estudiantes': 'Estudiantes LP',
  'Independiente': 'CA Independiente de Avellaneda',
  'River Plate': 'River Plate',
  'San Lorenzo': 'San Lorenzo',
  'Santos FC': 'Santos SP',
  'Alianza FC': 'Alianza Valledupar',
  'Llaneros FC': 'Llaneros FC',
  'Olympiakos Piraeus': 'Olympiacos Piraeus FC',
  'New York RB': 'New York Red Bulls',
  'Real Sociedad B': null,
  'Rapid Wien II': null,
  'Sturm Graz II': null,
  'Cesena FC': 'AC Cesena (1940-2018)',
  'Gimnasia de La Plata': 'Gimnasia y Esgrima LP',
  'San Martín de San Juan': 'San Martín San Juan',
  'RAAL La Louviére': { new: 'La Louvière', aliases: ['RAAL La Louvière', 'RAAL La Louviere', 'RAAL'] },
  'AD Ceuta FC': { new: 'AD Ceuta', aliases: ['Ceuta', 'AD Ceuta FC', 'Agrupación Deportiva Ceuta'] },
  'AE Kifisias': { new: 'Kifisia', aliases: ['AE Kifisias', 'AE Kifisia', 'Kifisia FC'] },
  'Athletic MG': { new: 'Athletic Club (MG)', aliases: ['Athletic MG', 'Athletic Club São João del-Rei'] },
  'Ferroviária SP': { new: 'Ferroviária', aliases: ['Ferroviária SP', 'Associação Ferroviária de Esportes', 'AFE'] },
  'Grêmio Novorizontino SP': 'Grêmio Novorizontino',
  'Operário Ferroviário PR': 'Operário Ferroviário',
  'Remo PA': 'Clube do Remo',
  'Volta Redonda RJ': { new: 'Volta Redonda', aliases: ['Volta Redonda RJ', 'Volta Redonda FC', 'Volta Redonda Futebol Clube'] },
  'Dalian Yingbo': { new: 'Dalian Yingbo', aliases: ['Dalian Yingbo FC'] },
  'Henan FC': 'Henan Jianye',
  'Shenzhen Peng City': { new: 'Shenzhen Peng City', aliases: ['Shenzhen Peng City FC', 'Sichuan Jiuniu'] },
  'Tianjin Jinmen Tiger': 'Tianjin Tigers',
  'Yunnan Yukun': { new: 'Yunnan Yukun', aliases: ['Yunnan Yukun FC'] },
  'Zhejiang Professional': 'Zhejiang FC',
  'San Diego FC': { new: 'San Diego FC', aliases: ['SDFC'] },
};

// Season file -> league name (as written in leagues.json) and the openfootball country keys
// its teams come from.
export const SEASON_FILES = {
  '2025-26/en.1.json': ['Premier League', ['eng', 'wal']],
  '2025-26/en.2.json': ['Championship', ['eng', 'wal']],
  '2025-26/en.3.json': ['League One', ['eng', 'wal']],
  '2025-26/en.4.json': ['League Two', ['eng', 'wal']],
  '2025-26/es.1.json': ['La Liga', ['es']],
  '2025-26/es.2.json': ['Segunda División', ['es', 'ad']],
  '2025-26/it.1.json': ['Serie A', ['it']],
  '2025-26/it.2.json': ['Serie B', ['it']],
  '2025-26/de.1.json': ['Bundesliga', ['de']],
  '2025-26/de.2.json': ['2. Bundesliga', ['de']],
  '2025-26/fr.1.json': ['Ligue 1', ['fr', 'mc']],
  '2025-26/fr.2.json': ['Ligue 2', ['fr', 'mc']],
  '2025-26/nl.1.json': ['Eredivisie', ['nl']],
  '2025-26/pt.1.json': ['Primeira Liga', ['pt']],
  '2025-26/sco.1.json': ['Scottish Premiership', ['sco']],
  '2025-26/tr.1.json': ['Süper Lig', ['tr']],
  '2025-26/at.1.json': ['Austrian Bundesliga', ['at']],
  '2025-26/at.2.json': ['Austrian 2. Liga', ['at']],
  '2025-26/be.1.json': ['Belgian Pro League', ['be']],
  '2025-26/gr.1.json': ['Super League Greece', ['gr']],
  '2025/br.1.json': ['Brasileirão Série A', ['br']],
  '2025/br.2.json': ['Brasileirão Série B', ['br']],
  '2025/ar.1.json': ['Argentine Primera División', ['ar']],
  '2025/mls.json': ['MLS', ['us', 'ca']],
  '2025/jp.1.json': ['J1 League', ['jp']],
  '2025/cn.1.json': ['Chinese Super League', ['cn']],
  '2025/co.1.json': ['Categoría Primera A', ['co']],
  // copa.l.json (Copa Libertadores) is a cup, not a league: not used for `league`.
};

// Leagues whose every club must have a hand-written nickname or metonym line in CLUB_EXTRA.
export const NICKNAME_LEAGUES = ['Premier League', 'Championship', 'La Liga', 'Serie A', 'Bundesliga', 'Ligue 1', 'Eredivisie',
  'Primeira Liga', 'Scottish Premiership', 'Süper Lig', 'Saudi Pro League', 'MLS'];

// Saudi Pro League 2025/26 (18 clubs), written by hand (not in openfootball-football.json).
// Canonical names; clubs missing from openfootball-clubs are created (NEW_CLUBS below).
export const SAUDI_PRO_LEAGUE = [
  'Al-Hilal', 'Al-Nassr', 'Al-Ittihad', 'Al-Ahli', 'Al-Qadsiah', 'Al-Ettifaq', 'Al-Taawoun',
  'Al-Fateh', 'Al-Shabab', 'Al-Khaleej', 'Al-Riyadh', 'Al-Fayha', 'Al-Kholood', 'Al-Okhdood',
  'Damac', 'Al-Hazem', 'Al-Najma', 'NEOM',
];

// Three more leagues written by hand for 2025/26 (not in openfootball-football.json), same rules as
// the Saudi list: each name is the club's canonical name in clubs.json (or a name/alias of its
// openfootball-clubs entry), matched within the league's country; approximate, re-check each season.
// Scottish Championship 2025/26 (10 clubs)
export const SCOTTISH_CHAMPIONSHIP = [
  'Airdrieonians', 'Arbroath', 'Ayr United', 'Dunfermline Athletic', 'Greenock Morton',
  'Partick Thistle', "Queen's Park", 'Raith Rovers', 'Ross County', 'St Johnstone',
];
// Swiss Super League 2025/26 (12 clubs); "Lausanne" is Lausanne-Sport
export const SWISS_SUPER_LEAGUE = [
  'Basel', 'Young Boys', 'Servette', 'Lugano', 'Lausanne', 'Luzern', 'St. Gallen', 'Sion',
  'Zürich', 'Grasshoppers', 'Winterthur', 'Thun',
];
// Danish Superliga 2025/26 (12 clubs); "AGF Aarhus" is AGF, "Odense" is OB, "Sønderjysk Elitesport" is Sønderjyske
export const DANISH_SUPERLIGA = [
  'FC Copenhagen', 'Midtjylland', 'Brøndby', 'AGF Aarhus', 'Nordsjælland', 'Randers', 'Silkeborg',
  'Viborg', 'Sønderjysk Elitesport', 'Vejle', 'Odense', 'Fredericia',
];

// Hand-written league memberships: [league (as written in leagues.json), FIFA country, club names].
export const HAND_LEAGUES = [
  ['Saudi Pro League', 'KSA', SAUDI_PRO_LEAGUE],
  ['Scottish Championship', 'SCO', SCOTTISH_CHAMPIONSHIP],
  ['Swiss Super League', 'SUI', SWISS_SUPER_LEAGUE],
  ['Danish Superliga', 'DEN', DANISH_SUPERLIGA],
];

// Clubs missing from openfootball-clubs: [canonical name, FIFA country, aliases].
export const NEW_CLUBS = [
  ['Al-Kholood', 'KSA', ['Al Kholood', 'Al-Kholood Club', 'Al Kholood FC']],
  ['Al-Najma', 'KSA', ['Al Najma', 'Al-Najma SC', 'Al Najma Club']],
  ['NEOM', 'KSA', ['NEOM SC', 'Neom Sports Club', 'Neom FC']],
  ['Al-Orobah', 'KSA', ['Al Orobah', 'Al-Orobah FC', 'Al-Orubah']],
  ['Al-Wasl', 'UAE', ['Al Wasl', 'Al Wasl FC', 'Al-Wasl FC']],
  ['Al-Rayyan', 'QAT', ['Al Rayyan', 'Al-Rayyan SC', 'Al Rayyan SC']],
  ['Al-Arabi', 'QAT', ['Al Arabi SC', 'Al-Arabi SC', 'Al-Arabi Doha']],
  ['Shabab Al-Ahli', 'UAE', ['Shabab Al Ahli', 'Shabab Al-Ahli Dubai']],
  ['Sharjah', 'UAE', ['Sharjah FC', 'Al-Sharjah', 'Sharjah SC']],
];

// ---------------------------------------------------------------------------------------------
// 3. Nicknames, short forms, stadium and training-ground metonyms, written by hand.
//    One club per line:  canonical name | short forms & nicknames | stadiums | training grounds
//    Fields are ";"-separated. Forms here are unambiguous; shared forms go to AMBIGUOUS below.
// ---------------------------------------------------------------------------------------------
export const CLUB_EXTRA = `
# --- Premier League 2025/26
Arsenal | the Gunners; Gunners; Gooners; Arsenal FC | Emirates Stadium; the Emirates; Highbury | London Colney; Sobha Realty Training Centre
Aston Villa | the Villans; Villans; AVFC | Villa Park | Bodymoor Heath
Bournemouth | the Cherries; Cherries; AFCB | Vitality Stadium; Dean Court
Brentford | the Bees; Brentford FC | Gtech Community Stadium; Brentford Community Stadium; Gtech Stadium; Griffin Park
Brighton & Hove Albion | the Seagulls; Seagulls; Brighton and Hove Albion; BHAFC | American Express Stadium; Amex Stadium; the Amex; Falmer Stadium
Burnley | the Clarets; Clarets | Turf Moor | Barnfield Training Centre
Chelsea | the Pensioners; CFC; Chelsea FC | Stamford Bridge; the Bridge | Cobham
Crystal Palace | CPFC; Crystal Palace FC | Selhurst Park; Selhurst
Everton | the Toffees; Toffees; EFC; Everton FC | Hill Dickinson Stadium; Bramley-Moore Dock; Everton Stadium; Goodison Park; Goodison | Finch Farm
Fulham | the Cottagers; Cottagers | Craven Cottage; the Cottage | Motspur Park
Leeds United | Leeds; the Whites; the Peacocks; LUFC | Elland Road | Thorp Arch
Liverpool | LFC; Liverpool FC | Anfield | Kirkby; AXA Training Centre; Melwood
Manchester City | Man City; the Citizens; the Cityzens; Citizens; MCFC; Manchester City FC | Etihad Stadium; the Etihad; City of Manchester Stadium | City Football Academy
Manchester United | Man Utd; Man United; Man U; the Red Devils; Red Devils; MUFC; Manchester United FC | Old Trafford | Carrington
Newcastle United | Newcastle; the Magpies; Magpies; the Toon; Toon; NUFC | St James' Park; St. James' Park; St James's Park | Darsley Park
Nottingham Forest | Nottm Forest; Nott'm Forest; the Tricky Trees; NFFC | City Ground; the City Ground
Sunderland | the Black Cats; Black Cats; SAFC | Stadium of Light | Academy of Light
Tottenham Hotspur | Spurs; Tottenham; THFC | Tottenham Hotspur Stadium; White Hart Lane | Hotspur Way
West Ham United | West Ham; the Hammers; Hammers; the Irons; WHUFC | London Stadium; Boleyn Ground; Upton Park | Rush Green
Wolverhampton Wanderers | Wolves; Wolverhampton | Molineux; Molineux Stadium | Compton Park; Sir Jack Hayward Training Ground
# --- Championship 2025/26
Birmingham City | BCFC | St Andrew's; St Andrew's @ Knighthead Park; St Andrews | Wast Hills
Blackburn Rovers | Blackburn | Ewood Park | Brockhall
Bristol City | BCFC | Ashton Gate
Charlton Athletic | the Addicks; Addicks | Charlton Valley
Coventry City | Coventry | Coventry Building Society Arena; CBS Arena; Ricoh Arena
Derby County | the Rams; Derby | Pride Park; Pride Park Stadium | Moor Farm
Hull City | the Tigers | MKM Stadium; KC Stadium
Ipswich Town | the Tractor Boys; Tractor Boys; ITFC | Portman Road | Playford Road
Leicester City | Leicester; the Foxes; Foxes; LCFC | King Power Stadium; King Power | Seagrave
Middlesbrough | Middlesbrough FC | Riverside Stadium; the Riverside | Rockliffe Park
Millwall | Millwall FC | The Den
Norwich City | Norwich; the Canaries; Canaries; NCFC | Carrow Road | Colney Training Centre
Oxford United | Oxford Utd | Kassam Stadium
Portsmouth | Pompey | Fratton Park
Preston North End | Preston; PNE | Deepdale
Queens Park Rangers | QPR | Loftus Road; Kiyan Prince Foundation Stadium
Sheffield United | the Blades; Blades; Sheff Utd; Sheffield Utd | Bramall Lane
Sheffield Wednesday | the Owls; Owls; Sheff Wed; Sheffield Wed | Hillsborough
Southampton | Southampton FC | St Mary's Stadium; St Mary's | Staplewood
Stoke City | the Potters; Potters; Stoke | bet365 Stadium; Britannia Stadium
Swansea City | Swansea; the Swans; Swans; the Jacks | Swansea.com Stadium; Liberty Stadium
Watford | Watford FC | Vicarage Road
West Bromwich Albion | West Brom; the Baggies; Baggies; the Throstles; WBA | The Hawthorns; Hawthorns
Wrexham | the Red Dragons; Wrexham AFC | Racecourse Ground; STōK Cae Ras
# --- League One / Two (selection)
Rotherham United | the Millers; Millers; Rotherham | New York Stadium; AESSEAL New York Stadium
Bolton Wanderers | the Trotters; Trotters; Bolton | Toughsheet Community Stadium; University of Bolton Stadium; Reebok Stadium
Cardiff City | the Bluebirds; Bluebirds; Cardiff | Cardiff City Stadium; Ninian Park
Luton Town | Luton | Kenilworth Road
Huddersfield Town | the Terriers; Huddersfield | John Smith's Stadium
Plymouth Argyle | the Pilgrims; Argyle | Home Park
Reading | the Royals | Select Car Leasing Stadium; Madejski Stadium
Wigan Athletic | Wigan | DW Stadium; Brick Community Stadium
Barnsley | the Tykes; Tykes | Oakwell
Blackpool | the Seasiders; the Tangerines; Tangerines | Bloomfield Road
Bradford City | the Bantams; Bantams | Valley Parade
Peterborough United | | Weston Homes Stadium
Exeter City | the Grecians; Grecians
Leyton Orient | the O's | Brisbane Road
Wycombe Wanderers | the Chairboys; Chairboys | Adams Park
Burton Albion | the Brewers | Pirelli Stadium
Lincoln City | the Imps; Imps | Sincil Bank
Mansfield Town | the Stags | Field Mill; One Call Stadium
Northampton Town | the Cobblers; Cobblers | Sixfields
Port Vale | the Valiants | Vale Park
Stockport County | Stockport | Edgeley Park
Doncaster Rovers | Donny | Eco-Power Stadium; Keepmoat Stadium
AFC Wimbledon | the Wombles | Plough Lane; Cherry Red Records Stadium
Stevenage | Lamex Stadium
MK Dons | Milton Keynes Dons; MK Dons FC | Stadium MK; Stadium:mk
Bristol Rovers | Gasheads
Notts County | Meadow Lane
Swindon Town | Swindon
Salford City | the Ammies
# --- Scottish Premiership 2025/26 (+ St Johnstone)
Aberdeen | Aberdeen FC; the Dons | Pittodrie; Pittodrie Stadium | Cormack Park
Celtic | the Bhoys; Bhoys; Celtic FC; Celtic Glasgow | Celtic Park; Parkhead | Lennoxtown
Dundee | the Dark Blues; Dundee FC | Dens Park
Dundee United | the Terrors; the Arabs | Tannadice; Tannadice Park
Falkirk | the Bairns | Falkirk Stadium
Heart of Midlothian | Hearts; the Jambos; Jambos | Tynecastle; Tynecastle Park | Oriam
Hibernian | Hibs; the Hibees; Hibees | Easter Road | Hibernian Training Centre
Kilmarnock | Killie | Rugby Park
Livingston | Livi | Almondvale; Almondvale Stadium
Motherwell | the Steelmen; Steelmen; the Well | Fir Park
Rangers | the Gers; Gers; Glasgow Rangers; Rangers FC; the Light Blues | Ibrox; Ibrox Stadium; Ibrox Park | Auchenhowie; Rangers Training Centre
St Mirren | the Buddies; Buddies | St Mirren Park; SMISA Stadium
St Johnstone | McDiarmid Park
# --- La Liga 2025/26
Athletic Bilbao | Athletic Club; Athletic Club de Bilbao; Los Leones | San Mamés; San Mames; Nuevo San Mamés | Lezama
Atletico Madrid | Atleti; Atlético de Madrid; Atletico de Madrid; Club Atlético de Madrid; Los Colchoneros; Colchoneros; Los Rojiblancos; Rojiblancos | Metropolitano; Estadio Metropolitano; Riyadh Air Metropolitano; Wanda Metropolitano; Estadio Wanda Metropolitano; Civitas Metropolitano; Vicente Calderón | Cerro del Espino
Osasuna | Los Rojillos; Rojillos | El Sadar; Estadio El Sadar
Alavés | Deportivo Alavés; Alaves; Babazorros | Mendizorroza; Mendizorrotza
Elche | Elche CF | Martínez Valero; Estadio Manuel Martínez Valero
Barcelona | Barca; Barça; FC Barcelona; Blaugrana; the Blaugrana; Culés; Cules; Barça FC | Camp Nou; Nou Camp; Spotify Camp Nou; Estadi Olímpic Lluís Companys; Montjuïc | Ciutat Esportiva; Ciutat Esportiva Joan Gamper; Sant Joan Despí
Getafe | Los Azulones; Azulones | Coliseum Alfonso Pérez; Coliseum Alfonso Perez
Girona | Girona FC | Montilivi; Estadi Montilivi
Levante | Levante UD; Los Granotas; Granotas | Ciutat de València; Estadi Ciutat de València
Celta Vigo | Celta; Celta de Vigo; RC Celta | Balaídos; Abanca Balaídos
Espanyol | RCD Espanyol; Los Periquitos; Pericos | RCDE Stadium; Cornellà-El Prat; Estadi Cornellà-El Prat; Stage Front Stadium
Mallorca | RCD Mallorca; Real Mallorca | Son Moix; Estadi Mallorca Son Moix; Visit Mallorca Estadi
Rayo Vallecano | Rayo; Los Franjirrojos | Vallecas; Estadio de Vallecas; Campo de Fútbol de Vallecas
Real Betis | Betis; Real Betis Balompié; Los Verdiblancos; Verdiblancos | Benito Villamarín; Estadio Benito Villamarín; La Cartuja; Estadio de La Cartuja
Real Madrid | Los Blancos; Blancos; Los Merengues; Merengues; Los Vikingos; Real Madrid CF; Real Madrid C.F. | Santiago Bernabéu; Santiago Bernabeu; Bernabéu; Bernabeu; the Bernabéu; the Bernabeu; Estadio Santiago Bernabéu | Valdebebas; Ciudad Real Madrid
Real Oviedo | Oviedo | Carlos Tartiere; Estadio Carlos Tartiere
Real Sociedad | La Real; Txuri-Urdin | Anoeta; Reale Arena | Zubieta
Sevilla | Sevilla FC; Los Nervionenses; Los Palanganas | Ramón Sánchez-Pizjuán; Ramon Sanchez-Pizjuan; Sánchez-Pizjuán; Sanchez-Pizjuan; Estadio Ramón Sánchez-Pizjuán | Ciudad Deportiva José Ramón Cisneros Palacios
Valencia | Valencia CF; Los Che; Los Ches | Mestalla; Estadio de Mestalla; Nou Mestalla | Paterna; Ciudad Deportiva de Paterna
Villarreal | Villarreal CF; Yellow Submarine; the Yellow Submarine; Yellow Submarines; El Submarino Amarillo; Submarino Amarillo | Estadio de la Cerámica; Estadio de la Ceramica; La Cerámica; La Ceramica; El Madrigal; Estadio El Madrigal
# --- Serie A 2025/26
Inter Milan | Internazionale; FC Internazionale; Inter Milano; Nerazzurri; the Nerazzurri; La Beneamata | | Appiano Gentile; Suning Training Centre
AC Milan | Rossoneri; the Rossoneri; Il Diavolo; ACM | Casa Milan | Milanello
Juventus | Juve; Juventus FC; the Old Lady; La Vecchia Signora; La Signora | Allianz Stadium; Juventus Stadium | Continassa; Vinovo
Napoli | SSC Napoli; Partenopei; the Partenopei | Stadio Diego Armando Maradona; Diego Armando Maradona Stadium; Maradona Stadium; San Paolo; Stadio San Paolo | Castel Volturno
Roma | AS Roma; Giallorossi; the Giallorossi; I Lupi | | Trigoria
Lazio | SS Lazio; Biancocelesti; the Biancocelesti | | Formello
Atalanta | La Dea; Atalanta BC | Gewiss Stadium; New Balance Arena; Stadio Atleti Azzurri d'Italia | Zingonia
Fiorentina | La Viola; Viola | Artemio Franchi; Stadio Artemio Franchi
Bologna | Rossoblù; Bologna FC | Stadio Renato Dall'Ara; Renato Dall'Ara; Dall'Ara | Casteldebole
Torino | Il Toro; Toro; Granata; Torino FC | Stadio Olimpico Grande Torino; Olimpico Grande Torino 
Genoa | Grifone; Il Grifone; Genoa CFC
Udinese | Udinese Calcio; Friulani; Zebrette | Bluenergy Stadium; Dacia Arena; Stadio Friuli
Cagliari | Cagliari Calcio; Isolani | Unipol Domus; Sardegna Arena
Como | Como 1907; Lariani | Stadio Giuseppe Sinigaglia; Sinigaglia
Hellas Verona | Verona; Gialloblù; Scaligeri | Stadio Marcantonio Bentegodi; Bentegodi
Parma | Parma Calcio; Crociati; Ducali | Stadio Ennio Tardini; Tardini
Cremonese | US Cremonese; Grigiorossi | Stadio Giovanni Zini
Lecce | US Lecce; Salentini | Stadio Via del Mare; Via del Mare
Sassuolo | US Sassuolo; Neroverdi | Mapei Stadium; Mapei Stadium Città del Tricolore
Pisa | AC Pisa; Pisa Sporting Club | Arena Garibaldi; Cetilar Arena
Sampdoria | Samp; Blucerchiati; UC Sampdoria
# --- Bundesliga 2025/26
Bayern Munich | Bayern; FC Bayern; FC Bayern Munich; Bayern München; FC Bayern München; the Bavarians; Der Rekordmeister; Rekordmeister | Allianz Arena | Säbener Straße; Saebener Strasse; Sabener Strasse; Säbener Strasse
Borussia Dortmund | Dortmund; BVB; BVB 09; Die Schwarzgelben; Schwarzgelben | Signal Iduna Park; Westfalenstadion | Brackel; Hohenbuschei
Bayer Leverkusen | Leverkusen; Bayer 04; Bayer 04 Leverkusen; B04; Die Werkself; Werkself; the Werkself | BayArena; Bay Arena
RB Leipzig | Leipzig; RBL; RasenBallsport Leipzig; Die Roten Bullen | | Cottaweg
Eintracht Frankfurt | Frankfurt; SGE; Die Adler | Deutsche Bank Park; Waldstadion; Commerzbank-Arena
Stuttgart | VfB Stuttgart; VfB; Die Schwaben | MHPArena; MHP Arena; Mercedes-Benz Arena; Neckarstadion
Wolfsburg | VfL Wolfsburg; Die Wölfe | Volkswagen Arena
Freiburg | SC Freiburg; Breisgau-Brasilianer | Europa-Park Stadion; Schwarzwald-Stadion
Hoffenheim | TSG Hoffenheim; TSG 1899 Hoffenheim; TSG | PreZero Arena; Rhein-Neckar-Arena
Union Berlin | 1. FC Union Berlin; Union; Die Eisernen; Eisernen | Stadion An der Alten Försterei; Alte Försterei
Werder Bremen | Werder; Bremen; SV Werder Bremen | Weserstadion; wohninvest Weserstadion
Mainz | Mainz 05; 1. FSV Mainz 05; FSV Mainz; Die Nullfünfer | Mewa Arena; MEWA Arena; Opel Arena
Augsburg | FC Augsburg; FCA; Fuggerstädter | WWK Arena; WWK ARENA
Borussia Monchengladbach | Gladbach; Borussia Mönchengladbach; Mönchengladbach; Monchengladbach; Moenchengladbach; Borussia Moenchengladbach; BMG; Die Fohlen; the Foals; Fohlenelf; Die Fohlenelf | Borussia-Park; Borussia Park; Stadion im Borussia-Park
Cologne | Köln; FC Köln; 1. FC Köln; FC Cologne; 1. FC Cologne; Koln; FC Koln; Die Geißböcke; the Billy Goats | RheinEnergieStadion; RheinEnergieSTADION; Müngersdorfer Stadion | Geißbockheim
Hamburg | Hamburger SV; HSV; Die Rothosen | Volksparkstadion
St Pauli | FC St. Pauli; St. Pauli; Kiezkicker | Millerntor; Millerntor-Stadion
Heidenheim | 1. FC Heidenheim; FC Heidenheim; 1. FC Heidenheim 1846 | Voith-Arena
# --- 2. Bundesliga (selection)
Schalke 04 | Schalke; S04; FC Schalke; Die Königsblauen; Königsblauen; Die Knappen; the Royal Blues | Veltins-Arena; Veltins Arena; Arena AufSchalke
Hertha Berlin | Hertha; Hertha BSC; Die Alte Dame
Hannover 96 | Hannover; Die Roten | Heinz von Heiden Arena; HDI Arena; Niedersachsenstadion
Kaiserslautern | 1. FC Kaiserslautern; FCK; Die Roten Teufel; Lautern | Fritz-Walter-Stadion; Betzenberg
Nuremberg | Nürnberg; 1. FC Nürnberg; FCN; Der Club | Max-Morlock-Stadion
Fortuna Düsseldorf | Düsseldorf; Fortuna Dusseldorf | Merkur Spiel-Arena; Esprit Arena
Karlsruhe | Karlsruher SC; KSC | Wildparkstadion; BBBank Wildpark
Darmstadt | Darmstadt 98; SV Darmstadt; Die Lilien | Merck-Stadion am Böllenfalltor; Böllenfalltor
Bochum | VfL Bochum | Vonovia Ruhrstadion; Ruhrstadion
Greuther Fürth | SpVgg Fürth; Kleeblatt | Sportpark Ronhof
Holstein Kiel | Kiel; Die Störche | Holstein-Stadion
Dynamo Dresden | Dresden | Rudolf-Harbig-Stadion
Arminia Bielefeld | Bielefeld; Die Arminen | SchücoArena; Bielefelder Alm
Eintracht Braunschweig | Braunschweig | Eintracht-Stadion
1860 Munich | 1860 München; TSV 1860; Sechzig | Grünwalder Stadion
# --- Ligue 1 2025/26 (+ Reims)
Paris Saint-Germain | PSG; Paris SG; Paris Saint Germain; Paris St-Germain; Paris St Germain; Paris Saint-Germain FC; Les Parisiens; Les Rouge et Bleu | Parc des Princes; Le Parc | Camp des Loges
Marseille | OM; Olympique de Marseille; Olympique Marseille; Les Phocéens | Stade Vélodrome; Vélodrome; Orange Vélodrome; Stade Velodrome; Velodrome | La Commanderie
Lyon | OL; Olympique Lyonnais; Olympique Lyon; Les Gones | Groupama Stadium; Parc OL; Stade de Lyon; Stade Gerland
Monaco | AS Monaco; ASM | Stade Louis II; Louis II; Stade Louis-II | La Turbie
Lille | LOSC; LOSC Lille; Lille OSC; Les Dogues | Stade Pierre-Mauroy; Pierre-Mauroy; Decathlon Arena | Domaine de Luchin
Nice | OGC Nice; Les Aiglons | Allianz Riviera
Lens | RC Lens; Racing Club de Lens; Les Sang et Or | Stade Bollaert-Delelis; Bollaert; Bollaert-Delelis
Rennes | Stade Rennais; Stade Rennais FC; Les Rouge et Noir | Roazhon Park; Route de Lorient
Brest | Stade Brestois; Stade Brestois 29 | Stade Francis-Le Blé; Francis-Le Blé
Strasbourg | RC Strasbourg; RC Strasbourg Alsace; Racing Strasbourg | Stade de la Meinau; La Meinau; Meinau
Nantes | FC Nantes; Les Canaris | Stade de la Beaujoire; La Beaujoire
Toulouse | Toulouse FC; TFC; Le Téfécé | Stadium de Toulouse
Auxerre | AJ Auxerre; AJA | Stade de l'Abbé-Deschamps; Abbé-Deschamps
Angers | Angers SCO; SCO Angers | Stade Raymond-Kopa; Raymond Kopa
Le Havre | Le Havre AC; HAC | Stade Océane
Lorient | FC Lorient; Les Merlus | Stade du Moustoir; Moustoir
Metz | FC Metz; Les Grenats | Stade Saint-Symphorien; Saint-Symphorien
Paris FC | PFC | Stade Jean-Bouin; Stade Jean Bouin; Jean-Bouin
Stade de Reims | Reims | Stade Auguste-Delaune; Auguste-Delaune
Saint-Étienne | ASSE; AS Saint-Étienne; Les Verts | Stade Geoffroy-Guichard; Geoffroy-Guichard
Bordeaux | Girondins de Bordeaux; Les Girondins | Matmut Atlantique
# --- Eredivisie 2025/26 (+ VVV)
Ajax | AFC Ajax; Ajax Amsterdam; Godenzonen; de Godenzonen | Johan Cruyff Arena; Johan Cruijff ArenA; Johan Cruijff Arena; Amsterdam Arena; Amsterdam ArenA | De Toekomst
PSV Eindhoven | PSV; Boeren | Philips Stadion | De Herdgang
Feyenoord | Feyenoord Rotterdam; De Club aan de Maas | De Kuip; Stadion Feijenoord; Stadion Feyenoord | Varkenoord; 1908 Campus
AZ Alkmaar | AZ; Alkmaar | AFAS Stadion; AFAS Stadium
Twente | FC Twente; Tukkers; FC Twente '65 | De Grolsch Veste; Grolsch Veste
Utrecht | FC Utrecht | Stadion Galgenwaard; Galgenwaard
Groningen | FC Groningen | Euroborg
Heerenveen | SC Heerenveen; sc Heerenveen | Abe Lenstra Stadion
NEC Nijmegen | NEC; N.E.C. | Goffertstadion; De Goffert
NAC Breda | NAC | Rat Verlegh Stadion
PEC Zwolle | Zwolle | MAC³PARK Stadion; MAC3PARK Stadion
Sparta Rotterdam | Sparta; Kasteelheren | Het Kasteel; Sparta Stadion
Go Ahead Eagles | GAE; Go Ahead | De Adelaarshorst; Adelaarshorst
Fortuna Sittard | Fortuna Sittard Stadion
Heracles Almelo | Heracles | Erve Asito; Asito Stadion
Excelsior | Excelsior Rotterdam | Van Donge & De Roo Stadion; Woudestein
Telstar | SC Telstar; Witte Leeuwen | BUKO Stadion
Volendam | FC Volendam | Kras Stadion
VVV-Venlo | VVV; VVV Venlo | De Koel; Covebo Stadion - De Koel
# --- Primeira Liga 2025/26 (+ Varzim)
Benfica | SL Benfica; Sport Lisboa e Benfica; S.L. Benfica; As Águias; Encarnados; Os Encarnados | Estádio da Luz; Estadio da Luz | Seixal; Benfica Campus
Porto | FC Porto; F.C. Porto; Dragões; Os Dragões | Estádio do Dragão; Estadio do Dragao; Dragão; Dragao | Olival; Centro de Treinos do Olival
Sporting CP | Sporting Lisbon; Sporting Clube de Portugal; Sporting Portugal; Leões; Os Leões | Estádio José Alvalade; Estadio Jose Alvalade; José Alvalade; Alvalade | Alcochete; Academia Cristiano Ronaldo
Braga | SC Braga; Sporting Braga; Sporting Clube de Braga; Os Arsenalistas; Arsenalistas | Estádio Municipal de Braga; Pedreira
Vitória Guimarães | Vitória SC; Vitoria Guimaraes; Vitória de Guimarães; Vitoria de Guimaraes | Estádio D. Afonso Henriques
Arouca | FC Arouca | Estádio Municipal de Arouca
Famalicão | FC Famalicão; Famalicao | Estádio Municipal 22 de Junho
Gil Vicente | Gil Vicente FC; Galos | Estádio Cidade de Barcelos
Moreirense | Moreirense FC | Parque de Jogos Comendador Joaquim de Almeida Freitas
Rio Ave | Rio Ave FC; Vilacondenses | Estádio do Rio Ave FC; Estádio dos Arcos
Casa Pia | Casa Pia AC; Gansos
Estoril | Estoril Praia; GD Estoril Praia; Canarinhos | Estádio António Coimbra da Mota
Santa Clara | CD Santa Clara; Açorianos | Estádio de São Miguel
Tondela | CD Tondela; Auriverdes | Estádio João Cardoso
Estrela da Amadora | CF Estrela da Amadora; Estrela Amadora | Estádio José Gomes
Alverca | FC Alverca
AVS | AVS Futebol SAD; AVS Futebol | Estádio do Clube Desportivo das Aves
CD Nacional | Nacional da Madeira; CD Nacional da Madeira | Estádio da Madeira
Varzim | Varzim SC; Varzim Sport Club | Estádio do Varzim SC
# --- Süper Lig 2025/26 (+ Bursaspor)
Galatasaray | Gala; Cimbom; Aslanlar; Galatasaray SK | RAMS Park; Rams Park; Ali Sami Yen; Ali Sami Yen Stadium; Türk Telekom Stadium; Nef Stadium | Florya
Fenerbahçe | Fenerbahce; Fener; Sarı Kanaryalar; the Yellow Canaries; Fenerbahçe SK | Şükrü Saracoğlu; Sukru Saracoglu; Şükrü Saracoğlu Stadium; Ülker Stadyumu; Chobani Stadyumu | Samandıra
Beşiktaş | Besiktas; BJK; Kara Kartallar; the Black Eagles; Beşiktaş JK | Beşiktaş Park; Besiktas Park; Vodafone Park; Tüpraş Stadyumu; İnönü Stadium | Nevzat Demir Facilities
Trabzonspor | Bordo-Mavililer; Karadeniz Fırtınası | Papara Park; Şenol Güneş Stadium; Medical Park Stadium
İstanbul Başakşehir | Başakşehir; Basaksehir; Istanbul Basaksehir; Başakşehir FK | Başakşehir Fatih Terim Stadium; Fatih Terim Stadium
Samsunspor | Samsun | Samsun Yeni 19 Mayıs Stadium
Göztepe | Göztepe SK; Goztepe | Gürsel Aksel Stadium
Kasımpaşa | Kasimpasa; Kasımpaşa SK | Recep Tayyip Erdoğan Stadium
Alanyaspor | Alanya | Alanya Oba Stadium
Antalyaspor | Antalya | Corendon Airlines Park
Konyaspor | Konya | Konya Büyükşehir Stadium
Kayserispor | Kayseri | RHG Enertürk Enerji Stadium; Kadir Has Stadium
Gaziantep | Gaziantep FK | Gaziantep Stadium; Kalyon Stadium
Çaykur Rizespor | Rizespor; Caykur Rizespor | Çaykur Didi Stadium
Eyüpspor | Eyupspor; Eyüp
Kocaelispor | Kocaeli | Kocaeli Stadium
Gençlerbirliği | Genclerbirligi | Eryaman Stadium
Fatih Karagümrük | Karagümrük; Karagumruk; Fatih Karagumruk
Bursaspor | Timsah; the Crocodiles | Timsah Park; Bursa Büyükşehir Belediye Stadium
# --- Saudi Pro League 2025/26
Al-Hilal | Al Za'eem; Al-Za'eem; the Blue Waves; Al Hilal SFC | Kingdom Arena; King Fahd Stadium
Al-Nassr | Al-Alami; Al Alami; Knights of Najd; Al Nassr FC | Al-Awwal Park; Al Awwal Park; Mrsool Park
Al-Ittihad | Ittihad; Al-Ittihad Jeddah; Ittihad Jeddah; Al-Ameed; Al Ameed; the Tigers of Jeddah | Prince Abdullah Al-Faisal Stadium
Al-Ahli | Al-Ahli Saudi; Ahli; Al-Ahli Jeddah; Al Ahli Jeddah; Al-Malaki
Al-Qadsiah | Al Qadsiah; Al-Qadisiyah; Al Qadisiyah; Qadsiah | Prince Saud bin Jalawi Stadium
Al-Ettifaq | Ettifaq; Al Ettifaq; Al-Ettifaq Dammam
Al-Taawoun | Taawoun; Al Taawon; Al-Taawon
Al-Fateh | Fateh; Al Fateh; Al-Fateh Al-Hasa | Prince Abdullah bin Jalawi Stadium
Al-Shabab | Al-Shabab Riyadh; Al Shabab Riyadh
Al-Khaleej | Khaleej Saihat
Al-Riyadh | Al Riyadh SC
Al-Fayha | Al Fayha; Fayha | Al Majma'ah Sports City Stadium
Al-Kholood | Al Kholood Club
Al-Okhdood | Al Okhdood; Al-Akhdood; Okhdood
Damac | Damac FC; Damac Club
Al-Hazem | Al Hazem | Al-Hazem Club Stadium
Al-Najma | Al Najma Unaizah
NEOM | Neom; Al-Suqoor; Al Suqoor
# --- MLS 2025
Atlanta United | Atlanta Utd; ATLUTD; the Five Stripes; Five Stripes | Mercedes-Benz Stadium
Austin FC | | Q2 Stadium
CF Montréal | CF Montreal; Montreal Impact; Impact Montréal | Stade Saputo
Charlotte FC | | Bank of America Stadium
Chicago Fire | Chicago Fire FC; the Men in Red | Soldier Field
Colorado Rapids | | Dick's Sporting Goods Park
Columbus Crew | Columbus Crew SC; the Black & Gold | Lower.com Field; Historic Crew Stadium
D.C. United | DC United; D.C. United FC; the Black-and-Red | Audi Field
FC Cincinnati | FCC; FC Cincy | TQL Stadium
FC Dallas | | Toyota Stadium
Houston Dynamo | Houston Dynamo FC; Dynamo FC | Shell Energy Stadium
Inter Miami | Inter Miami CF; the Herons; Club Internacional de Fútbol Miami | Chase Stadium; DRV PNK Stadium
Los Angeles FC | LAFC; LA FC | BMO Stadium; Banc of California Stadium
LA Galaxy | Los Angeles Galaxy; the Galaxy | Dignity Health Sports Park; StubHub Center
Minnesota United | Minnesota United FC; MNUFC; the Loons; Loons | Allianz Field
Nashville SC | | Geodis Park
New England Revolution | the Revs; Revs; New England Revs | Gillette Stadium
New York City FC | NYCFC; NYC FC | Yankee Stadium
New York Red Bulls | NY Red Bulls; RBNY; NYRB; New York RB
Orlando City | Orlando City SC | Inter&Co Stadium; Exploria Stadium
Philadelphia Union | Philly Union | Subaru Park
Portland Timbers | Timbers | Providence Park
Real Salt Lake | RSL | America First Field; Rio Tinto Stadium
San Diego FC | SDFC | Snapdragon Stadium
San Jose Earthquakes | the Quakes; Quakes | PayPal Park
Seattle Sounders | Seattle Sounders FC; Sounders; Sounders FC | Lumen Field
Sporting Kansas City | Sporting KC; SKC | Children's Mercy Park
St. Louis City SC | St. Louis City; St Louis City SC; St Louis City; STL City | Energizer Park; CityPark
Toronto FC | TFC | BMO Field
Vancouver Whitecaps | Whitecaps; Whitecaps FC | BC Place
# --- Other clubs often met in transfer prose
Club Brugge | Club Brugge KV; Brugge; Club Bruges; Bruges | Jan Breydel Stadium; Jan Breydelstadion
Anderlecht | RSC Anderlecht; Les Mauves | Lotto Park; Constant Vanden Stock Stadium | Neerpede
Genk | KRC Genk; Racing Genk | Cegeka Arena; Luminus Arena
Gent | KAA Gent; La Gantoise; the Buffalos | Planet Group Arena; Ghelamco Arena
Antwerp | Royal Antwerp; Royal Antwerp FC; the Great Old | Bosuil; Bosuilstadion
Union Saint-Gilloise | Union SG; USG; Royale Union Saint-Gilloise | Stade Joseph Marien
Standard Liège | Standard; Standard Liege; Les Rouches | Stade Maurice Dufrasne; Sclessin
RB Salzburg | Red Bull Salzburg; FC Red Bull Salzburg; Salzburg; FC Salzburg | | Taxham
Rapid Vienna | Rapid Wien; SK Rapid; Rapid | Allianz Stadion; Weststadion
Austria Vienna | Austria Wien; FK Austria Wien | Generali Arena
Sturm Graz | SK Sturm; Sturm | Merkur Arena
LASK | LASK Linz | Raiffeisen Arena
Olympiacos | Olympiacos Piraeus; Olympiakos; Olympiakos Piraeus; Thrylos | Karaiskakis; Georgios Karaiskakis Stadium
Panathinaikos | PAO; Trifylli | Apostolos Nikolaidis; Leoforos
AEK Athens | AEK; Enosis | OPAP Arena; Agia Sophia Stadium
PAOK | PAOK Thessaloniki; PAOK Salonika | Toumba; Toumba Stadium
Zenit St Petersburg | Zenit; Zenit Saint Petersburg; Zenit St. Petersburg; FC Zenit | Gazprom Arena; Krestovsky Stadium
Spartak Moscow | Spartak Moskva; FC Spartak | Lukoil Arena; Otkritie Arena
CSKA Moscow | CSKA Moskva; PFC CSKA | VEB Arena
Dynamo Kyiv | Dynamo Kiev; Dinamo Kiev | Valeriy Lobanovskyi Stadium
Shakhtar Donetsk | Shakhtar; the Miners; Hirnyky | Donbas Arena
Red Star Belgrade | Red Star; Crvena zvezda; Crvena Zvezda Belgrade | Rajko Mitić Stadium; Marakana
Partizan | Partizan Belgrade; Grobari
Dinamo Zagreb | GNK Dinamo Zagreb; Dinamo; Modri | Maksimir; Stadion Maksimir
Hajduk Split | Hajduk; Bili | Poljud; Stadion Poljud
Sparta Prague | Sparta Praha; AC Sparta | Letná; Epet Arena; Generali Arena Prague
Slavia Prague | Slavia Praha; SK Slavia | Fortuna Arena; Eden Arena; Sinobo Stadium
Viktoria Plzeň | Viktoria Plzen; Plzeň; Plzen | Doosan Arena
FC Copenhagen | FCK; FC København; Copenhagen; Kobenhavn | Parken
Nordsjælland | FC Nordsjælland; Nordsjaelland; FC Nordsjaelland | Right to Dream Park
Midtjylland | FC Midtjylland; FCM | MCH Arena
Brøndby | Brøndby IF; Brondby | Brøndby Stadion
Young Boys | BSC Young Boys; YB | Wankdorf; Stadion Wankdorf
Basel | FC Basel; FCB Basel | St. Jakob-Park; St Jakob-Park
Malmö | Malmö FF; Malmo FF; Malmo | Eleda Stadion
Bodø/Glimt | Bodo/Glimt; Bodø Glimt; Glimt | Aspmyra
Celtic | Celtic FC
Ferencváros | Ferencvaros; Fradi | Groupama Arena
Legia Warsaw | Legia; Legia Warszawa | Stadion Wojska Polskiego
FCSB | Steaua; Steaua Bucharest; FC FCSB
Ludogorets | Ludogorets Razgrad | Huvepharma Arena
Maccabi Tel Aviv | Maccabi TA
Flamengo | Mengão; Mengao; CR Flamengo; Clube de Regatas do Flamengo; Flamengo Rio | | Ninho do Urubu
Palmeiras | Verdão; Verdao; SE Palmeiras; Sociedade Esportiva Palmeiras | Allianz Parque | Academia de Futebol
Corinthians | Timão; Timao; SC Corinthians; Sport Club Corinthians Paulista | Neo Química Arena; Arena Corinthians
Sao Paulo | São Paulo; São Paulo FC; Sao Paulo FC; SPFC | Morumbi; MorumBIS; Estádio do Morumbi | CT da Barra Funda
Santos | Santos FC; Peixe | Vila Belmiro; Urbano Caldeira
Botafogo | Botafogo FR; Botafogo de Futebol e Regatas; Glorioso | Estádio Nilton Santos; Nilton Santos; Engenhão
Vasco da Gama | Vasco; CR Vasco da Gama; Gigante da Colina | São Januário; Sao Januario
Fluminense | Fluminense FC; Flu | Laranjeiras
Grêmio | Gremio; Grêmio FBPA; Imortal Tricolor | Arena do Grêmio; Arena do Gremio
Internacional | SC Internacional; Inter de Porto Alegre; Colorado | Beira-Rio; Estádio Beira-Rio
Atletico Mineiro | Atlético Mineiro; Atletico-MG; Atlético-MG; Clube Atlético Mineiro; Galo | Arena MRV
Cruzeiro | Cruzeiro EC; Raposa
Red Bull Bragantino | RB Bragantino; Bragantino; Massa Bruta | Nabi Abi Chedid; Cicero de Souza Marques
Athletico Paranaense | Athletico-PR; Atlético Paranaense; Furacão | Ligga Arena; Arena da Baixada
Bahia | EC Bahia; Esquadrão | Arena Fonte Nova; Fonte Nova
Ituano | Ituano FC | Novelli Júnior
Boca Juniors | Boca; Xeneizes; CA Boca Juniors | La Bombonera; Bombonera; Alberto J. Armando
River Plate | River; Los Millonarios; CA River Plate | El Monumental; Estadio Monumental; Mas Monumental
Estudiantes | Estudiantes de La Plata; Pincharratas; Estudiantes LP | Estadio Jorge Luis Hirschi; UNO
Banfield | CA Banfield; El Taladro | Florencio Sola
Racing Club | Racing Club de Avellaneda; La Academia | El Cilindro; Estadio Presidente Perón
Independiente | CA Independiente; El Rojo; Rey de Copas | Libertadores de América
Vélez Sarsfield | Vélez; Velez Sarsfield; El Fortín | José Amalfitani
San Lorenzo | San Lorenzo de Almagro; El Ciclón | Nuevo Gasómetro; Pedro Bidegain
Peñarol | Penarol; CA Peñarol; Manyas | Campeón del Siglo
Nacional | Nacional de Montevideo; Club Nacional de Football; Bolsos | Gran Parque Central
Club América | América; Las Águilas; Club América Mexico | Estadio Azteca; Estadio Banorte
Guadalajara | Chivas; Chivas Guadalajara; CD Guadalajara | Estadio Akron
Monterrey | CF Monterrey; Rayados | Estadio BBVA
Tigres UANL | Tigres; UANL | Estadio Universitario; El Volcán
Vissel Kobe | | Noevir Stadium Kobe
Yokohama F. Marinos | Yokohama F Marinos; Yokohama Marinos; F. Marinos; Marinos | Nissan Stadium
Urawa Red Diamonds | Urawa Reds; Urawa | Saitama Stadium 2002
Kawasaki Frontale | Frontale; Kawasaki | Todoroki Athletics Stadium
Al Ahly | Al-Ahly; Al Ahly SC; Al-Ahly Cairo; Al Ahly Cairo; the Red Devils of Cairo | Cairo International Stadium
`;

// Forms that are NOT enough on their own: shared by several clubs, or also a city, a country
// or an ordinary English word. form -> clubs it may mean, most likely first (English prose).
// These never appear in `aliases`; each listed club gets the form in `ambiguous`.
export const AMBIGUOUS = {
  'City': ['Manchester City', 'Leicester City', 'Norwich City'],
  'United': ['Manchester United', 'Newcastle United', 'Leeds United', 'West Ham United', 'Sheffield United'],
  'Real': ['Real Madrid', 'Real Betis', 'Real Sociedad'],
  'Inter': ['Inter Milan', 'Inter Miami', 'Internacional'],
  'Athletic': ['Athletic Bilbao', 'Charlton Athletic', 'Wigan Athletic'],
  'Atletico': ['Atletico Madrid', 'Atletico Mineiro', 'Atlético Nacional'],
  'Atlético': ['Atletico Madrid', 'Atletico Mineiro', 'Atlético Nacional'],
  'Sporting': ['Sporting CP', 'Sporting Gijón', 'Sporting Kansas City', 'Braga'],
  'Villa': ['Aston Villa'],
  'Forest': ['Nottingham Forest'],
  'Palace': ['Crystal Palace'],
  'Albion': ['Brighton & Hove Albion', 'West Bromwich Albion', 'Burton Albion'],
  'Rovers': ['Blackburn Rovers', 'Bristol Rovers', 'Doncaster Rovers', 'Tranmere Rovers'],
  'Wanderers': ['Wolverhampton Wanderers', 'Bolton Wanderers', 'Wycombe Wanderers'],
  'the Wanderers': ['Wolverhampton Wanderers', 'Bolton Wanderers', 'Wycombe Wanderers'],
  'County': ['Derby County', 'Stockport County', 'Notts County'],
  'Town': ['Ipswich Town', 'Huddersfield Town', 'Luton Town'],
  'Wednesday': ['Sheffield Wednesday'],
  'the Reds': ['Liverpool', 'Nottingham Forest', 'Aberdeen', 'Bristol City', 'Bayern Munich'],
  'Reds': ['Liverpool', 'Nottingham Forest', 'Aberdeen'],
  'the Blues': ['Chelsea', 'Everton', 'Manchester City', 'Birmingham City', 'Ipswich Town'],
  'Blues': ['Chelsea', 'Everton', 'Manchester City', 'Birmingham City'],
  'the Sky Blues': ['Manchester City', 'Coventry City'],
  'Sky Blues': ['Manchester City', 'Coventry City'],
  'the Eagles': ['Crystal Palace', 'Benfica', 'Lazio', 'Beşiktaş'],
  'Eagles': ['Crystal Palace', 'Benfica', 'Lazio'],
  'the Lions': ['Aston Villa', 'Millwall', 'Sporting CP', 'Galatasaray', 'Orlando City', 'Athletic Bilbao'],
  'Lions': ['Aston Villa', 'Millwall'],
  'the Saints': ['Southampton', 'St Mirren', 'St Johnstone', 'St Pauli'],
  'Saints': ['Southampton', 'St Mirren', 'St Johnstone'],
  'the Hornets': ['Watford'],
  'Hornets': ['Watford'],
  'the Robins': ['Bristol City', 'Swindon Town', 'Cheltenham Town'],
  'Robins': ['Bristol City', 'Swindon Town', 'Cheltenham Town'],
  'the Tigers': ['Hull City', 'Al-Ittihad'],
  'Tigers': ['Hull City'],
  'the Latics': ['Wigan Athletic', 'Oldham Athletic'],
  'Latics': ['Wigan Athletic', 'Oldham Athletic'],
  'the Hatters': ['Luton Town', 'Stockport County'],
  'Hatters': ['Luton Town', 'Stockport County'],
  'the Rams': ['Derby County'],
  'Rams': ['Derby County'],
  'the Dons': ['Aberdeen', 'AFC Wimbledon', 'MK Dons'],
  'Dons': ['Aberdeen', 'AFC Wimbledon', 'MK Dons'],
  "the U's": ['Oxford United', 'Cambridge United', 'Colchester United'],
  'the Hoops': ['Celtic', 'Queens Park Rangers'],
  'Hoops': ['Celtic', 'Queens Park Rangers'],
  'the Lilywhites': ['Tottenham Hotspur', 'Preston North End'],
  'Lilywhites': ['Tottenham Hotspur', 'Preston North End'],
  'the Royals': ['Reading'],
  'Royals': ['Reading'],
  'the Bees': ['Brentford', 'Barnet'],
  'Bees': ['Brentford', 'Barnet'],
  'Boro': ['Middlesbrough', 'Stevenage'],
  'the Boro': ['Middlesbrough', 'Stevenage'],
  'the Valley': ['Charlton Athletic'],
  'The Den': ['Millwall'],
  'the Gas': ['Bristol Rovers'],
  'the Whites': ['Leeds United', 'Fulham', 'Real Madrid'],
  'the Well': ['Motherwell'],
  'the Arabs': ['Dundee United'],
  'the Terrors': ['Dundee United'],
  'the Bridge': ['Chelsea'],
  'the Cottage': ['Fulham'],
  'the Riverside': ['Middlesbrough'],
  'the Galaxy': ['LA Galaxy'],
  'the Union': ['Philadelphia Union', 'Union Berlin', 'Union Saint-Gilloise'],
  'Union': ['Union Berlin', 'Philadelphia Union', 'Union Saint-Gilloise'],
  'Crew': ['Columbus Crew'],
  'the Crew': ['Columbus Crew'],
  'Colorado': ['Colorado Rapids', 'Internacional'],
  'Dallas': ['FC Dallas'],
  'Orlando': ['Orlando City'],
  'Charlotte': ['Charlotte FC'],
  'Nashville': ['Nashville SC'],
  'Atlanta': ['Atlanta United'],
  'Houston': ['Houston Dynamo'],
  'Seattle': ['Seattle Sounders'],
  'Portland': ['Portland Timbers'],
  'Toronto': ['Toronto FC'],
  'Vancouver': ['Vancouver Whitecaps'],
  'Montreal': ['CF Montréal'],
  'Chicago': ['Chicago Fire'],
  'Minnesota': ['Minnesota United'],
  'Philadelphia': ['Philadelphia Union'],
  'New England': ['New England Revolution'],
  'Cincinnati': ['FC Cincinnati'],
  'Columbus': ['Columbus Crew'],
  'Austin': ['Austin FC'],
  'San Jose': ['San Jose Earthquakes'],
  'Miami': ['Inter Miami'],
  'Kansas City': ['Sporting Kansas City'],
  'Madrid': ['Real Madrid', 'Atletico Madrid'],
  'Milan': ['AC Milan', 'Inter Milan'],
  'Milano': ['AC Milan', 'Inter Milan'],
  'Paris': ['Paris Saint-Germain', 'Paris FC'],
  'Munich': ['Bayern Munich', '1860 Munich'],
  'München': ['Bayern Munich', '1860 Munich'],
  'Manchester': ['Manchester United', 'Manchester City'],
  'Rome': ['Roma', 'Lazio'],
  'Turin': ['Juventus', 'Torino'],
  'Lisbon': ['Benfica', 'Sporting CP'],
  'Glasgow': ['Celtic', 'Rangers'],
  'Istanbul': ['Galatasaray', 'Fenerbahçe', 'Beşiktaş'],
  'Seville': ['Sevilla', 'Real Betis'],
  'Merseyside': ['Liverpool', 'Everton'],
  'Sheffield': ['Sheffield United', 'Sheffield Wednesday'],
  'Bristol': ['Bristol City', 'Bristol Rovers'],
  'Nottingham': ['Nottingham Forest', 'Notts County'],
  'Athens': ['Panathinaikos', 'AEK Athens', 'Olympiacos'],
  'Moscow': ['Spartak Moscow', 'CSKA Moscow', 'Lokomotiv Moscow', 'Dynamo Moscow'],
  'Moskva': ['Spartak Moscow', 'CSKA Moscow', 'Lokomotiv Moscow', 'Dynamo Moscow'],
  'Belgrade': ['Red Star Belgrade', 'Partizan'],
  'Prague': ['Sparta Prague', 'Slavia Prague'],
  'Vienna': ['Rapid Vienna', 'Austria Vienna'],
  'Wien': ['Rapid Vienna', 'Austria Vienna'],
  'Bucharest': ['FCSB', 'Dinamo Bucharest', 'Rapid Bucharest'],
  'Sofia': ['CSKA Sofia', 'Levski Sofia'],
  'Buenos Aires': ['Boca Juniors', 'River Plate'],
  'Rio': ['Flamengo', 'Fluminense', 'Botafogo', 'Vasco da Gama'],
  'Porto Alegre': ['Grêmio', 'Internacional'],
  'Belo Horizonte': ['Atletico Mineiro', 'Cruzeiro'],
  'Jeddah': ['Al-Ittihad', 'Al-Ahli'],
  'Riyadh': ['Al-Hilal', 'Al-Nassr', 'Al-Shabab', 'Al-Riyadh'],
  'San Siro': ['Inter Milan', 'AC Milan'],
  'Giuseppe Meazza': ['Inter Milan', 'AC Milan'],
  'Stadio Giuseppe Meazza': ['Inter Milan', 'AC Milan'],
  'Stadio San Siro': ['Inter Milan', 'AC Milan'],
  'Stadio Olimpico': ['Roma', 'Lazio'],
  'Olimpico': ['Roma', 'Lazio'],
  'Olimpico di Roma': ['Roma', 'Lazio'],
  'Luigi Ferraris': ['Genoa', 'Sampdoria'],
  'Stadio Luigi Ferraris': ['Genoa', 'Sampdoria'],
  'Marassi': ['Genoa', 'Sampdoria'],
  'Maracanã': ['Flamengo', 'Fluminense'],
  'Maracana': ['Flamengo', 'Fluminense'],
  'Mineirão': ['Cruzeiro', 'Atletico Mineiro'],
  'King Abdullah Sports City': ['Al-Ittihad', 'Al-Ahli'],
  'Red Bull Arena': ['RB Leipzig', 'New York Red Bulls', 'RB Salzburg'],
  'the Red Bulls': ['RB Leipzig', 'New York Red Bulls', 'RB Salzburg'],
  'Red Bulls': ['New York Red Bulls', 'RB Leipzig', 'RB Salzburg'],
  'Olympiastadion': ['Hertha Berlin'],
  'Olympique': ['Marseille', 'Lyon'],
  'Borussia': ['Borussia Dortmund', 'Borussia Monchengladbach'],
  'Die Borussen': ['Borussia Dortmund', 'Borussia Monchengladbach'],
  'Eintracht': ['Eintracht Frankfurt', 'Eintracht Braunschweig'],
  'Fortuna': ['Fortuna Düsseldorf', 'Fortuna Sittard'],
  'Die Roten': ['Bayern Munich', 'Hannover 96'],
  'FCB': ['Bayern Munich', 'Barcelona', 'Basel'],
  'FCK': ['FC Copenhagen', 'Kaiserslautern'], // both hand-written; stays shared now Copenhagen has a league
  'the Catalans': ['Barcelona', 'Espanyol', 'Girona'],
  'Bianconeri': ['Juventus', 'Udinese'],
  'the Bianconeri': ['Juventus', 'Udinese'],
  'Nerazzurri': ['Inter Milan', 'Atalanta', 'Pisa'],
  'Rossoblù': ['Bologna', 'Cagliari', 'Genoa'],
  'Giallorossi': ['Roma', 'Lecce'],
  'the Dragons': ['Porto'],
  'Dynamo': ['Dynamo Kyiv', 'Dynamo Moscow', 'Dynamo Dresden', 'Houston Dynamo'],
  'Dinamo': ['Dinamo Zagreb', 'Dinamo Bucharest', 'Dynamo Moscow'],
  'Spartak': ['Spartak Moscow'],
  'Lokomotiv': ['Lokomotiv Moscow'],
  'CSKA': ['CSKA Moscow', 'CSKA Sofia'],
  'Racing': ['Racing Club', 'Racing Santander', 'Lens', 'Strasbourg'],
  'Nacional': ['Nacional', 'Atlético Nacional', 'CD Nacional'],
  'America': ['Club América', 'América Mineiro'],
  'América': ['Club América', 'América Mineiro'],
  'Tricolor': ['Sao Paulo', 'Fluminense', 'Grêmio'],
  'Galo': ['Atletico Mineiro'],
  'Universidad': ['Universidad de Chile', 'Universidad Católica'],
  // ordinary words that are also a club's usual short name or nickname: context needed
  'Derby': ['Derby County'],
  'River': ['River Plate'],
  'Split': ['Hajduk Split'],
  'Standard': ['Standard Liège'],
  'Rapid': ['Rapid Vienna', 'Rapid Bucharest'],
  'Gala': ['Galatasaray'],
  'Posh': ['Peterborough United'],
  'the Posh': ['Peterborough United'],
  'Flu': ['Fluminense'],
  'Citizens': ['Manchester City'],
  'Donny': ['Doncaster Rovers'],
  'Hamilton': ['Hamilton Academical'],
  'Viola': ['Fiorentina'],
  'La Viola': ['Fiorentina'],
  'Quakes': ['San Jose Earthquakes'],
  'the Quakes': ['San Jose Earthquakes'],
  'the Miners': ['Shakhtar Donetsk'],
  "St Mary's": ['Southampton'],
  "St Andrew's": ['Birmingham City'],
  'St Andrews': ['Birmingham City'],
  'the Lions of Najd': ['Al-Nassr'],
  'Jan Breydel Stadium': ['Club Brugge', 'Cercle Brugge'],
  'Jan Breydelstadion': ['Club Brugge', 'Cercle Brugge'],
  'the Pensioners': ['Chelsea'],
  'the Peacocks': ['Leeds United'],

  'the Old Firm': ['Celtic', 'Rangers'],
};

// Aliases (exact forms, any club) dropped outright as too fragile: bare codes, ordinary English
// words, first names. Compared case-, accent- and punctuation-insensitively. (Club names that are
// shared between clubs are not listed here: the build resolves those by league prominence.)
export const DROP_ALIASES = [
  'FC', 'AFC', 'CF', 'SC', 'AC', 'AS', 'US', 'SS', 'CD', 'UD', 'SD', 'AD', 'CA', 'SE', 'EC', 'FK', 'NK', 'SK', 'BK', 'IF', 'IK',
  'KV', 'KF', 'OB', 'AB', 'KB', 'VB', 'B', 'ASM', 'AFCB', 'SIF', 'EIF', 'FBK', 'KR', 'JEC', 'GS', 'OM Marseille',
  'Club', 'Sport', 'Sports', 'Team', 'Football', 'Soccer', 'Calcio', 'Futbol', 'Fútbol',
  'Start', 'Brown', 'Mitre', 'Olympic', 'Olympia', 'Victoria', 'Union', 'Unión', 'Liberty', 'Freedom', 'Fire',
  'Energy', 'Impact', 'Revolution', 'Galaxy', 'Rapids', 'Dynamo', 'Pacific', 'Forge', 'Cavalry', 'Valour',
  'Independence', 'Triumph', 'Battery', 'Legion', 'Republic', 'Athletic', 'Wanderers', 'Rovers', 'Sporting',
  'Racing', 'Deportivo', 'Real', 'Inter', 'City', 'United', 'Town', 'County', 'Albion', 'Institute', 'Crusaders',
  'Distillery', 'Eleven', 'Phoenix', 'Jets', 'Roar', 'Mariners', 'Glory', 'Victory', 'Heart', 'Stars', 'Star',
  'Falcons', 'Lions', 'Eagles', 'Tigers', 'Leones', 'Tigres', 'Pumas', 'Jaguares', 'Dorados', 'Venados', 'Delfines',
  'Potros', 'Indios', 'Monarcas', 'Santos', 'Gallos Blancos', 'Universidad', 'Universitario', 'Juventud', 'Progreso',
  'Libertad', 'Concordia', 'Gloria', 'Astra', 'Motor', 'Stal', 'Ruch', 'Korona', 'Arka', 'Saturn', 'Torpedo',
  'Montana', 'Akademik', 'Moss', 'Odd', 'Viking', 'Frem', 'Swallows', 'Wits', 'Future FC', 'Military Production',
  'Police Union', 'Pyramids', 'Arsenal Fútbol Club', 'Boston', 'Kansas City', 'Sonora',
  'Chiapas', 'Sinaloa', 'Oaxaca', 'Veracruz', 'Tlaxcala', 'Mérida', 'Galeana', 'Altamira', 'Celaya', 'Delfines del Carmen',
  'Tepa', 'Sydney', 'Central Coast', 'Brisbane', 'Adelaide', 'Western Sydney', 'Seoul', 'Tokyo', 'Yokohama', 'Osaka',
  'Hiroshima', 'Nagoya', 'Kobe', 'Kawasaki', 'Urawa', 'Kashima', 'Kashiwa', 'Sapporo', 'Shimizu', 'Oita', 'Iwata',
  'Shonan', 'Kofu', 'Tokushima', 'Hebei', 'Shenzhen', 'Liaoning', 'Zhejiang', 'Shijiazhuang', 'Yanbian',
  // ordinary English words and first names found among openfootball aliases and short names
  'ABC', 'Bohemian', 'Bravo', 'Bury', 'Cavalier', 'College', 'Cosmos', 'Diamond', 'FAR', 'GOAL', 'Gland', 'Hall', 'Hard',
  'Horn', 'Jazz', 'Junior', 'Lynx', 'Marathón', 'Marathon', 'Motown', 'Municipal', 'Nafta', 'Odds', 'Rotor', 'Signal',
  'Tours', 'Van', 'Zeta', 'ZED', 'Noah', 'Mika', 'Cal', 'Chester', 'Nelson', 'Kerry', 'Clyde', 'Thames', 'Naval', 'Flora',
  'Aurora', 'Blooming', 'Sheriff', 'Sedan', 'Rose', 'Torque', 'Strongest', 'Brussels', 'Sachsen', 'Airbus', 'Shamrock',
  'Verde', 'Earthquakes', 'CAR', 'MP', 'TB', 'UTC', 'ZAG', 'ADT', 'GÍ', 'Rad', 'Sigma', 'Cristal', 'Iberia', 'Lantana',
  'Cork', 'Colón', 'Bray', 'Grays', 'Maidenhead', 'Skive', 'Encamp', 'Brusque', 'Ariana', 'Barry', 'Lori', 'Norma', 'Lyn',
  'Kobe', 'Alm', 'Die Löwen', 'Hazem', 'Najma', 'Kholood', 'the Royal Club', 'SCO', 'Filadelfia', 'Majadahonda', 'Poissy',
  'London Road', 'Memorial Stadium', 'County Ground', 'Rapids', 'Galaxy', 'The Villages', 'Dynamo FC', 'Alain', 'Altai',
];

// Internationally prominent clubs: they win a surface form shared with a minor club
// (e.g. "Liverpool" over Liverpool Montevideo, "Arsenal" over Arsenal Tula).
export const MAJOR_CLUBS = [
  'Arsenal', 'Aston Villa', 'Chelsea', 'Everton', 'Liverpool', 'Manchester City', 'Manchester United',
  'Newcastle United', 'Tottenham Hotspur', 'West Ham United', 'Leeds United', 'Nottingham Forest', 'Celtic', 'Rangers',
  'Real Madrid', 'Barcelona', 'Atletico Madrid', 'Sevilla', 'Valencia', 'Villarreal', 'Real Betis', 'Athletic Bilbao',
  'Real Sociedad', 'Juventus', 'Inter Milan', 'AC Milan', 'Napoli', 'Roma', 'Lazio', 'Atalanta', 'Fiorentina',
  'Bayern Munich', 'Borussia Dortmund', 'Bayer Leverkusen', 'RB Leipzig', 'Eintracht Frankfurt', 'Schalke 04',
  'Stuttgart', 'Werder Bremen', 'Paris Saint-Germain', 'Marseille', 'Lyon', 'Monaco', 'Lille', 'Ajax', 'PSV Eindhoven',
  'Feyenoord', 'Benfica', 'Porto', 'Sporting CP', 'Braga', 'Galatasaray', 'Fenerbahçe', 'Beşiktaş', 'Club Brugge',
  'Anderlecht', 'RB Salzburg', 'Olympiacos', 'Zenit St Petersburg', 'Shakhtar Donetsk', 'Dynamo Kyiv',
  'Red Star Belgrade', 'Dinamo Zagreb', 'FC Copenhagen', 'Boca Juniors', 'River Plate', 'Flamengo', 'Palmeiras',
  'Santos', 'Sao Paulo', 'Corinthians', 'Botafogo', 'Estudiantes', 'Independiente', 'Al-Hilal', 'Al-Nassr',
  'Al-Ittihad', 'Al-Ahli', 'Inter Miami', 'LA Galaxy', 'Club América', 'Valencia', 'Genk', 'Nacional', 'Peñarol',
  'Internacional', 'Grêmio', 'Atletico Mineiro', 'Cruzeiro', 'Fluminense', 'Vasco da Gama', 'Red Bull Bragantino',
  'Juventus', 'Torino', 'Sparta Prague', 'Slavia Prague', 'Young Boys', 'Basel', 'Rapid Vienna', 'Sturm Graz',
];

// Weight of each current league when two clubs share a surface form (the stronger club keeps it
// when the gap is at least 25; otherwise the form is marked ambiguous). Clubs outside these
// leagues weigh 20, defunct clubs 0; MAJOR_CLUBS add 50.
export const LEAGUE_WEIGHT = {
  'Premier League': 100, 'La Liga': 100, 'Serie A': 100, 'Bundesliga': 100, 'Ligue 1': 100,
  'Eredivisie': 85, 'Primeira Liga': 85, 'Süper Lig': 85, 'Brasileirão Série A': 85,
  'Scottish Premiership': 80, 'Belgian Pro League': 80, 'Saudi Pro League': 80, 'MLS': 80, 'Argentine Primera División': 80,
  'Championship': 75, 'Austrian Bundesliga': 75, 'Super League Greece': 75,
  'J1 League': 65, 'Categoría Primera A': 65, '2. Bundesliga': 65, 'Segunda División': 65, 'Serie B': 65,
  'Chinese Super League': 60, 'Ligue 2': 60, 'League One': 55, 'Brasileirão Série B': 55, 'League Two': 50,
  'Austrian 2. Liga': 45,
  'Swiss Super League': 75, 'Danish Superliga': 75, 'Scottish Championship': 50, // hand-written memberships
};

// ---------------------------------------------------------------------------------------------
// 4. Nations
// ---------------------------------------------------------------------------------------------
// Common English name when sportdb-fifa uses another form.
export const NATION_NAMES = {
  CIV: 'Ivory Coast', COD: 'DR Congo', CPV: 'Cape Verde', IRL: 'Republic of Ireland', TPE: 'Chinese Taipei',
  MAC: 'Macau', USA: 'United States', VIR: 'US Virgin Islands', KVX: 'Kosovo', TUR: 'Turkey', CZE: 'Czech Republic',
  KOR: 'South Korea', PRK: 'North Korea', STP: 'São Tomé and Príncipe', GAM: 'Gambia', SKN: 'Saint Kitts and Nevis',
  VIN: 'Saint Vincent and the Grenadines', LCA: 'Saint Lucia', NED: 'Netherlands', MKD: 'North Macedonia',
};
// hand-seed rows rejected after checking (aliases or demonyms, any nation)
export const NATION_SEED_REJECT = ['NI', 'America', 'ROI', 'Korea', 'the Tartan Army (fans)'];
// i18n-nationality rows (ISO alpha-2) that are wrong or not demonyms: replaced by NATION_EXTRA
export const DEMONYM_BAD_ROWS = ['AG', 'BA', 'BM', 'KY', 'CG', 'CD', 'CK', 'DJ', 'DM', 'DO', 'FO', 'GI', 'GU', 'HK', 'MO', 'MS', 'PS', 'PG', 'PR', 'VC', 'TM', 'TC', 'VU', 'VG', 'VI', 'CW', 'SS', 'XK', 'AE', 'GB', 'WF', 'PF', 'NC', 'AS', 'AW', 'AI', 'MV', 'YE', 'KN', 'TT'];
// Extra English variants and demonyms; `drop` removes an alias, `dropDemonyms` a demonym.
export const NATION_EXTRA = {
  ENG: { aliases: ['the Three Lions', 'Three Lions'], demonyms: ['English', 'Englishman'], drop: ['English'] },
  SCO: { demonyms: ['Scottish', 'Scot', 'Scotsman'] },
  WAL: { aliases: ['Cymru'], demonyms: ['Welsh', 'Welshman'] },
  NIR: { aliases: ['N. Ireland', 'N Ireland'], demonyms: ['Northern Irish'], dropDemonyms: ['Northern Ireland'] },
  IRL: { aliases: ['Ireland', 'Rep. of Ireland', 'Eire', 'Éire', 'the Boys in Green'] },
  KVX: { aliases: ['Kosova'], demonyms: ['Kosovan', 'Kosovar'] },
  NED: { aliases: ['Holland', 'the Netherlands', 'Oranje'], demonyms: ['Dutch', 'Dutchman', 'Netherlander'] },
  CIV: { aliases: ["Côte d'Ivoire", "Cote d'Ivoire", 'the Elephants'], demonyms: ['Ivorian'] },
  TUR: { aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turk'] },
  GER: { aliases: ['Deutschland', 'Die Mannschaft'], demonyms: ['German'] },
  SUI: { demonyms: ['Swiss'] },
  USA: { aliases: ['USA', 'US', 'U.S.', 'U.S.A.', 'USMNT', 'United States of America'], demonyms: ['American'], dropDemonyms: ['US', 'U.S.'] },
  KSA: { aliases: ['KSA'], demonyms: ['Saudi', 'Saudi Arabian'] },
  KOR: { aliases: ['Korea Republic', 'Republic of Korea'], demonyms: ['South Korean'] },
  PRK: { aliases: ['Korea DPR', 'DPR Korea'], demonyms: ['North Korean'] },
  COD: { aliases: ['Congo DR', 'DRC', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'] },
  CGO: { aliases: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo Brazzaville'] },
  CPV: { aliases: ['Cabo Verde'], demonyms: ['Cape Verdean', 'Cabo Verdean'] },
  CUW: { aliases: ['Curacao'], demonyms: ['Curaçaoan', 'Curacaoan'] },
  BIH: { aliases: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia & Herzegovina'], demonyms: ['Bosnian', 'Herzegovinian'] },
  ARG: { aliases: ['La Albiceleste', 'Albiceleste'], demonyms: ['Argentine', 'Argentinian', 'Argentinean'] },
  CZE: { aliases: ['Czechia'], demonyms: ['Czech'] },
  MKD: { aliases: ['Macedonia', 'FYR Macedonia'], demonyms: ['Macedonian', 'North Macedonian'] },
  TPE: { aliases: ['Taiwan'], demonyms: ['Taiwanese'], drop: ['Republic of China'] },
  UAE: { aliases: ['UAE'], demonyms: ['Emirati'] },
  NZL: { demonyms: ['New Zealander', 'Kiwi'] },
  ITA: { aliases: ['the Azzurri', 'Azzurri'], demonyms: ['Italian'] },
  FRA: { aliases: ['Les Bleus'], demonyms: ['French', 'Frenchman'] },
  ESP: { demonyms: ['Spanish', 'Spaniard'] },
  BRA: { aliases: ['Brasil', 'Seleção', 'Selecao'], demonyms: ['Brazilian'] },
  AUS: { aliases: ['the Socceroos', 'Socceroos'], demonyms: ['Australian', 'Aussie'] },
  RSA: { aliases: ['Bafana Bafana'], demonyms: ['South African'] },
  NGA: { aliases: ['Super Eagles'], demonyms: ['Nigerian'] },
  GHA: { aliases: ['Black Stars'], demonyms: ['Ghanaian'] },
  MEX: { aliases: ['El Tri'], demonyms: ['Mexican'] },
  JPN: { aliases: ['Samurai Blue'], demonyms: ['Japanese'] },
  SWE: { demonyms: ['Swedish', 'Swede'] },
  DEN: { demonyms: ['Danish', 'Dane'] },
  FIN: { demonyms: ['Finnish', 'Finn'] },
  ISL: { demonyms: ['Icelandic', 'Icelander'] },
  POR: { demonyms: ['Portuguese'] },
  LUX: { demonyms: ['Luxembourger', 'Luxembourgish'] },
  ECU: { demonyms: ['Ecuadorian', 'Ecuadorean'] },
  SLV: { demonyms: ['Salvadoran', 'Salvadorian'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhstani'] },
  UZB: { demonyms: ['Uzbek', 'Uzbekistani'] },
  SUR: { demonyms: ['Surinamese', 'Surinamer'] },
  SVK: { demonyms: ['Slovak', 'Slovakian'] },
  SVN: { demonyms: ['Slovenian', 'Slovene'] },
  LES: { demonyms: ['Mosotho', 'Basotho'] },
  STP: { aliases: ['Sao Tome and Principe', 'São Tomé'], demonyms: ['São Toméan', 'Sao Tomean'] },
  BOT: { demonyms: ['Motswana', 'Batswana', 'Botswanan'] },
  GNB: { demonyms: ['Bissau-Guinean', 'Guinea-Bissauan'] },
  EQG: { demonyms: ['Equatorial Guinean', 'Equatoguinean'] },
  COM: { demonyms: ['Comorian', 'Comoran'] },
  TLS: { aliases: ['East Timor'], demonyms: ['Timorese', 'East Timorese'] },
  LAO: { aliases: ['Laos'], demonyms: ['Laotian', 'Lao'] },
  SMR: { demonyms: ['Sammarinese', 'San Marinese'] },
  BFA: { demonyms: ['Burkinabé', 'Burkinabe'] },
  NEP: { demonyms: ['Nepalese', 'Nepali'] },
  SOM: { demonyms: ['Somali', 'Somalian'] },
  BRB: { demonyms: ['Barbadian', 'Bajan'] },
  SWZ: { aliases: ['Swaziland'], demonyms: ['Swazi', 'Emaswati'] },
  MYA: { aliases: ['Burma'], demonyms: ['Burmese'] },
  VIE: { aliases: ['Viet Nam'], demonyms: ['Vietnamese'] },
  GAM: { aliases: ['The Gambia'], demonyms: ['Gambian'] },
  YEM: { demonyms: ['Yemeni', 'Yemenite'] },
  MDV: { demonyms: ['Maldivian'] },
  ATG: { aliases: ['Antigua'], demonyms: ['Antiguan', 'Barbudan'] },
  BER: { demonyms: ['Bermudian', 'Bermudan'] },
  CAY: { demonyms: ['Caymanian'] },
  COK: { demonyms: ['Cook Islander'] },
  DJI: { demonyms: ['Djiboutian'] },
  FRO: { demonyms: ['Faroese'] },
  GIB: { demonyms: ['Gibraltarian'] },
  GUM: { demonyms: ['Guamanian'] },
  HKG: { demonyms: ['Hong Konger', 'Hongkonger'] },
  MAC: { aliases: ['Macao'], demonyms: ['Macanese'] },
  MSR: { demonyms: ['Montserratian'] },
  PLE: { aliases: ['Palestine', 'State of Palestine'], demonyms: ['Palestinian'] },
  PNG: { demonyms: ['Papua New Guinean'], drop: ['Papua N.G.'] },
  PUR: { demonyms: ['Puerto Rican'] },
  VIN: { aliases: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'Saint Vincent'], demonyms: ['Vincentian'] },
  SKN: { aliases: ['St Kitts and Nevis', 'St. Kitts and Nevis'], demonyms: ['Kittitian', 'Nevisian'] },
  LCA: { aliases: ['St Lucia', 'St. Lucia'], demonyms: ['Saint Lucian', 'St Lucian'] },
  TRI: { aliases: ['Trinidad & Tobago'], demonyms: ['Trinidadian', 'Tobagonian', 'Trinidadian and Tobagonian'] },
  TKM: { demonyms: ['Turkmen'] },
  TCA: { demonyms: ['Turks and Caicos Islander'] },
  VAN: { demonyms: ['Ni-Vanuatu', 'Vanuatuan'] },
  VGB: { aliases: ['BVI'], demonyms: ['British Virgin Islander'] },
  VIR: { aliases: ['USVI', 'U.S. Virgin Islands'], demonyms: ['US Virgin Islander'], drop: ['US Virgin I.'] },
  SSD: { demonyms: ['South Sudanese'] },
  TAH: { demonyms: ['Tahitian'] },
  NCL: { demonyms: ['New Caledonian'] },
  ASA: { demonyms: ['American Samoan'] },
  ARU: { demonyms: ['Aruban'] },
  AIA: { demonyms: ['Anguillan'] },
  BRU: { aliases: ['Brunei Darussalam'], demonyms: ['Bruneian'] },
  IRN: { demonyms: ['Iranian'] },
  KGZ: { demonyms: ['Kyrgyz', 'Kyrgyzstani'] },
  TJK: { demonyms: ['Tajik', 'Tajikistani'] },
  AZE: { demonyms: ['Azerbaijani', 'Azeri'] },
  BLR: { demonyms: ['Belarusian'] },
  MDA: { demonyms: ['Moldovan'] },
  CTA: { demonyms: ['Central African'] },
  PHI: { demonyms: ['Filipino'] },
  SRI: { demonyms: ['Sri Lankan'] },
};
// Demonyms that fit several FIFA members: listed under each (never as plain demonyms).
export const AMBIGUOUS_DEMONYMS = {
  British: ['ENG', 'SCO', 'WAL', 'NIR'],
  Briton: ['ENG', 'SCO', 'WAL', 'NIR'],
  Irish: ['IRL', 'NIR'],
  Irishman: ['IRL', 'NIR'],
  Congolese: ['COD', 'CGO'],
  Korean: ['KOR', 'PRK'],
  Guinean: ['GUI', 'GNB', 'EQG'],
  Samoan: ['SAM', 'ASA'],
  Dominican: ['DOM', 'DMA'],
  'Virgin Islander': ['VIR', 'VGB'],
};

// ---------------------------------------------------------------------------------------------
// 5. Leagues and cups: English names and aliases (sponsor names only where they are the usual
//    English name). [name, FIFA country or null, aliases]
// ---------------------------------------------------------------------------------------------
export const LEAGUES = [
  ['Premier League', 'ENG', ['English Premier League', 'EPL', 'FA Premier League', 'the Prem', 'Barclays Premier League']],
  ['Championship', 'ENG', ['EFL Championship', 'English Championship', 'Sky Bet Championship', 'Skybet Championship', 'Football League Championship']],
  ['League One', 'ENG', ['EFL League One', 'English League One', 'League 1', 'Football League One', 'Sky Bet League One']],
  ['League Two', 'ENG', ['EFL League Two', 'English League Two', 'League 2', 'Football League Two', 'Sky Bet League Two']],
  ['National League', 'ENG', ['English National League', 'Vanarama National League', 'Conference National']],
  ['FA Cup', 'ENG', ['English FA Cup', 'Emirates FA Cup']],
  ['EFL Cup', 'ENG', ['League Cup', 'Carabao Cup', 'English League Cup', 'Football League Cup']],
  ['Community Shield', 'ENG', ['FA Community Shield']],
  ['EFL Trophy', 'ENG', ['Football League Trophy']],
  ['La Liga', 'ESP', ['LaLiga', 'Primera División', 'Spanish Primera División', 'Spanish La Liga', 'LaLiga EA Sports']],
  ['Segunda División', 'ESP', ['La Liga 2', 'LaLiga 2', 'Segunda Division', 'Spanish Segunda División', 'LaLiga Hypermotion']],
  ['Copa del Rey', 'ESP', ['Spanish Copa del Rey', 'Spanish Cup']],
  ['Supercopa de España', 'ESP', ['Spanish Super Cup', 'Supercopa de Espana']],
  ['Serie A', 'ITA', ['Italian Serie A']],
  ['Serie B', 'ITA', ['Italian Serie B']],
  ['Coppa Italia', 'ITA', ['Italian Cup']],
  ['Supercoppa Italiana', 'ITA', ['Italian Super Cup']],
  ['Bundesliga', 'GER', ['German Bundesliga', '1. Bundesliga']],
  ['2. Bundesliga', 'GER', ['2 Bundesliga', 'Zweite Bundesliga', 'Bundesliga 2', 'German second division']],
  ['3. Liga', 'GER', ['3 Liga', 'German third division']],
  ['DFB-Pokal', 'GER', ['DFB Pokal', 'German Cup', 'DFB Cup']],
  ['DFL-Supercup', 'GER', ['German Super Cup', 'DFL Supercup']],
  ['Ligue 1', 'FRA', ['French Ligue 1']],
  ['Ligue 2', 'FRA', ['French Ligue 2']],
  ['Coupe de France', 'FRA', ['French Cup']],
  ['Trophée des Champions', 'FRA', ['French Super Cup', 'Trophee des Champions']],
  ['Eredivisie', 'NED', ['Dutch Eredivisie']],
  ['Eerste Divisie', 'NED', ['Dutch Eerste Divisie', 'Keuken Kampioen Divisie']],
  ['KNVB Cup', 'NED', ['KNVB Beker', 'Dutch Cup']],
  ['Johan Cruyff Shield', 'NED', ['Johan Cruijff Schaal', 'Dutch Super Cup']],
  ['Primeira Liga', 'POR', ['Liga Portugal', 'Portuguese Primeira Liga', 'Portuguese Liga', 'Liga NOS']],
  ['Liga Portugal 2', 'POR', ['Segunda Liga', 'LigaPro', 'Portuguese Segunda Liga']],
  ['Taça de Portugal', 'POR', ['Portuguese Cup', 'Taca de Portugal']],
  ['Taça da Liga', 'POR', ['Portuguese League Cup', 'Taca da Liga']],
  ['Scottish Premiership', 'SCO', ['SPFL Premiership', 'Premiership', 'Scottish Premier League']],
  ['Scottish Championship', 'SCO', ['SPFL Championship']],
  ['Scottish Cup', 'SCO', []],
  ['Scottish League Cup', 'SCO', []],
  ['Süper Lig', 'TUR', ['Super Lig', 'Turkish Süper Lig', 'Turkish Super Lig', 'Turkish Super League']],
  ['Turkish Cup', 'TUR', ['Türkiye Kupası', 'Turkiye Kupasi']],
  ['Saudi Pro League', 'KSA', ['SPL', 'Roshn Saudi League', 'Saudi Professional League', 'Saudi League', 'RSL']],
  ["King's Cup", 'KSA', ['Saudi King Cup', "King's Cup Saudi Arabia"]],
  ['MLS', 'USA', ['Major League Soccer']],
  ['US Open Cup', 'USA', ['U.S. Open Cup', 'Lamar Hunt U.S. Open Cup']],
  ['USL Championship', 'USA', []],
  ['Leagues Cup', null, ['US & Mexican Leagues Cup']],
  ['Canadian Premier League', 'CAN', ['CPL']],
  ['Austrian Bundesliga', 'AUT', ['Austrian Football Bundesliga']],
  ['Austrian 2. Liga', 'AUT', ['Austrian Second League', 'Austrian 2 Liga']],
  ['Belgian Pro League', 'BEL', ['Belgian First Division A', 'Pro League', 'Jupiler Pro League']],
  ['Challenger Pro League', 'BEL', ['Belgian First Division B']],
  ['Super League Greece', 'GRE', ['Greek Super League', 'Super League 1']],
  ['Swiss Super League', 'SUI', []],
  ['Danish Superliga', 'DEN', ['Superligaen', 'Superliga', 'Danish Super League']],
  ['Eliteserien', 'NOR', ['Norwegian Eliteserien', 'Tippeligaen']],
  ['Allsvenskan', 'SWE', ['Swedish Allsvenskan']],
  ['Veikkausliiga', 'FIN', []],
  ['Russian Premier League', 'RUS', ['RPL']],
  ['Ukrainian Premier League', 'UKR', ['UPL']],
  ['Ekstraklasa', 'POL', ['Polish Ekstraklasa']],
  ['Czech First League', 'CZE', ['Czech Liga']],
  ['Croatian Football League', 'CRO', ['HNL', 'SuperSport HNL']],
  ['Serbian SuperLiga', 'SRB', ['Serbian Super League', 'Serbian SuperLeague']],
  ['Israeli Premier League', 'ISR', ['Ligat HaAl']],
  ['Cypriot First Division', 'CYP', []],
  ['Welsh Premier League', 'WAL', ['Cymru Premier']],
  ['NIFL Premiership', 'NIR', ['Irish League', 'Northern Ireland Premiership']],
  ['League of Ireland Premier Division', 'IRL', ['League of Ireland']],
  ['Brasileirão Série A', 'BRA', ['Brasileirão', 'Brasileirao', 'Campeonato Brasileiro Série A', 'Brazilian Série A', 'Brazilian Serie A', 'Brasileirao Serie A']],
  ['Brasileirão Série B', 'BRA', ['Campeonato Brasileiro Série B', 'Brazilian Série B', 'Brazilian Serie B', 'Brasileirao Serie B']],
  ['Copa do Brasil', 'BRA', ['Brazilian Cup']],
  ['Argentine Primera División', 'ARG', ['Liga Profesional', 'Liga Profesional de Fútbol', 'Argentine Primera Division', 'Argentinian Primera División', 'Argentine Liga Profesional']],
  ['Copa Argentina', 'ARG', []],
  ['Categoría Primera A', 'COL', ['Categoria Primera A', 'Colombian Primera A', 'Liga BetPlay']],
  ['Liga MX', 'MEX', ['Mexican Liga MX']],
  ['J1 League', 'JPN', ['J.League', 'J-League', 'J League', 'J1', 'J.League 1']],
  ['J2 League', 'JPN', ['J2']],
  ['Chinese Super League', 'CHN', ['CSL', 'China Super League']],
  ['K League 1', 'KOR', ['K League', 'K-League', 'K League Classic']],
  ['A-League', 'AUS', ['A-League Men', 'A League']],
  ['Qatar Stars League', 'QAT', ['QSL', 'Stars League']],
  ['UAE Pro League', 'UAE', ['Arabian Gulf League', 'UAE Pro-League']],
  ['Egyptian Premier League', 'EGY', ['Egypt Premiership', 'Egyptian Premiership']],
  ['Botola Pro', 'MAR', ['Botola', 'Moroccan Botola']],
  ['Indian Super League', 'IND', ['ISL']],
  ['Champions League', null, ['UEFA Champions League', 'UCL', 'European Cup']],
  ['Europa League', null, ['UEFA Europa League', 'UEL', 'UEFA Cup']],
  ['Conference League', null, ['UEFA Conference League', 'Europa Conference League', 'UEFA Europa Conference League', 'UECL']],
  ['UEFA Super Cup', null, ['European Super Cup']],
  ['Club World Cup', null, ['FIFA Club World Cup', 'CWC']],
  ['Intercontinental Cup', null, ['FIFA Intercontinental Cup']],
  ['World Cup', null, ['FIFA World Cup']],
  ['European Championship', null, ['UEFA Euro', 'UEFA European Championship', 'European Championships']],
  ['Euro 2024', null, ['UEFA Euro 2024']],
  ['Euro 2028', null, ['UEFA Euro 2028']],
  ['Nations League', null, ['UEFA Nations League']],
  ['Copa America', null, ['Copa América', 'CONMEBOL Copa América']],
  ['Copa Libertadores', null, ['Libertadores', 'CONMEBOL Libertadores']],
  ['Copa Sudamericana', null, ['Sudamericana', 'CONMEBOL Sudamericana']],
  ['Recopa Sudamericana', null, []],
  ['Africa Cup of Nations', null, ['African Cup of Nations', 'AFCON', 'Afcon', 'Africa Cup']],
  ['CAF Champions League', null, []],
  ['AFC Champions League', null, ['AFC Champions League Elite', 'ACL', 'ACL Elite']],
  ['Asian Cup', null, ['AFC Asian Cup']],
  ['Gold Cup', null, ['CONCACAF Gold Cup']],
  ['CONCACAF Champions Cup', null, ['CONCACAF Champions League']],
  ['Olympic Games', null, ['Olympics', 'Olympic football tournament']],
];

// ---------------------------------------------------------------------------------------------
// 6. Players: well-known short forms of squad-file names (squad name -> aliases)
// ---------------------------------------------------------------------------------------------
export const PLAYER_ALIASES = {
  'Vinícius Júnior': ['Vinicius Jr', 'Vinícius Jr.', 'Vini Jr', 'Vini Jr.', 'Vinicius Junior'],
  'Cristiano Ronaldo': ['CR7'],
  'Lionel Messi': ['Leo Messi'],
  'Kevin De Bruyne': ['KDB'],
  'Virgil van Dijk': ['VVD'],
  'Trent Alexander-Arnold': ['TAA', 'Alexander-Arnold'],
  'Lamine Yamal': ['Yamal'],
  'Kylian Mbappé': ['Mbappé'],
};

// ---------------------------------------------------------------------------------------------
// 7. Sources (outlets and journalists). hand-seed/sources.seed.json is read and checked; these
//    tables correct it and add more. kind: outlet | journalist.
// ---------------------------------------------------------------------------------------------
// seed rows or aliases rejected (unknown/unsure entries, or too common as plain words)
export const SOURCE_SEED_REJECT = ['Pipe Sierra', 'Sky', 'PA', 'MD', 'VI', 'AD', 'RN', 'MEN', 'Echo', 'the Mail', 'Standard', 'Golazo', 'Team Talk', 'Corriere', 'Hawkins', 'Nixon', 'Castles', 'Merlo', 'Terreur', 'Lance', 'The Observer'];
// per-source corrections: rename, add aliases, drop aliases
export const SOURCE_FIX = {
  'i': { name: 'The i Paper', add: ['i', 'the i', 'inews.co.uk'] },
  'ge': { name: 'GE', add: ['ge.globo', 'Globoesporte'] },
  'Daily Mirror': { add: ['The Mirror', 'Mirror Sport'] },
  'Daily Express': { add: ['Express.co.uk'] },
  'Sky Sport Germany': { add: ['Sky Sport Deutschland', 'Sky Sport DE'] },
  'The Guardian': { add: ['Guardian Sport'], drop: ['Guardian'] },
  'Evening Standard': { add: ['London Evening Standard', 'Standard Sport'] },
  'Manchester Evening News': { add: ['MEN Sport'] },
  'BBC Sport': { add: ['BBC Radio 5 Live', '5 Live', 'BBC Sport Online'] },
  'ESPN': { add: ['ESPN FC'] },
  'L\'Équipe': { add: ['L Equipe'] },
};
export const SOURCES = [
  // outlets
  ['Sky Sports', 'outlet', ['Sky Sports News', 'SSN', 'Sky Sports Football']],
  ['BBC Sport', 'outlet', ['BBC']],
  ['The Chronicle', 'outlet', ['Newcastle Chronicle', 'Chronicle Live', 'ChronicleLive', 'Chronicle']],
  ['Daily Star', 'outlet', ['Daily Star Sport']],
  ['Daily Record', 'outlet', ['Daily Record Sport']],
  ['The Scotsman', 'outlet', []],
  ['The Herald', 'outlet', ['Herald Scotland', 'The Glasgow Herald']],
  ['Football365', 'outlet', ['F365', 'Football 365']],
  ['HITC', 'outlet', ['HITC Sport']],
  ['Sportsmole', 'outlet', ['Sports Mole']],
  ['Football Italia', 'outlet', []],
  ['Get French Football News', 'outlet', ['GFFN']],
  ['Metro', 'outlet', ['Metro Sport', 'Metro.co.uk']],
  ['Yorkshire Evening Post', 'outlet', ['YEP']],
  ['Birmingham Mail', 'outlet', []],
  ['Leicester Mercury', 'outlet', []],
  ['Northern Echo', 'outlet', ['The Northern Echo']],
  ['Sky Sport Austria', 'outlet', []],
  ['ESPN Brasil', 'outlet', ['ESPN Brazil']],
  ['Globo', 'outlet', ['TV Globo', 'O Globo', 'Rede Globo']],
  ['SporTV', 'outlet', []],
  ['Folha de S.Paulo', 'outlet', ['Folha', 'Folha de Sao Paulo']],
  ['Estadão', 'outlet', ['Estadao', 'O Estado de S. Paulo']],
  ['Jovem Pan', 'outlet', []],
  ['Clarín', 'outlet', ['Clarin', 'Diario Clarín']],
  ['La Nación', 'outlet', ['La Nacion']],
  ['Fox Sports', 'outlet', []],
  ['The New York Times', 'outlet', ['New York Times', 'NYT']],
  ['TV 2', 'outlet', ['TV2', 'TV 2 Sport']],
  ['Verdens Gang', 'outlet', []],
  ['Aftonbladet', 'outlet', []],
  ['Expressen', 'outlet', []],
  ['Ekstra Bladet', 'outlet', []],
  ['Tipsbladet', 'outlet', []],
  ['Blick', 'outlet', []],
  ['Sport-Express', 'outlet', ['Sport Express', 'Sport Ekspress']],
  ['Championat', 'outlet', ['Championat.com']],
  ['Kooora', 'outlet', []],
  ['beIN Sports', 'outlet', ['beIN SPORTS', 'beIN']],
  ['DAZN', 'outlet', []],
  ['Canal+', 'outlet', ['Canal Plus']],
  ['La Provence', 'outlet', []],
  ['Ouest-France', 'outlet', ['Ouest France']],
  ['Le Progrès', 'outlet', ['Le Progres']],
  ['Nice-Matin', 'outlet', ['Nice Matin']],
  ['So Foot', 'outlet', ['Sofoot']],
  ['Superdeporte', 'outlet', ['Super Deporte']],
  ['Estadio Deportivo', 'outlet', []],
  ['El Desmarque', 'outlet', ['ElDesmarque']],
  ['Onda Cero', 'outlet', []],
  ['El Mundo', 'outlet', []],
  ['Fichajes', 'outlet', ['Fichajes.net']],
  ['Todofichajes', 'outlet', ['Todo Fichajes']],
  ['Jijantes', 'outlet', ['Jijantes FC']],
  ['Rai Sport', 'outlet', ['RaiSport', 'RAI Sport']],
  ['La Repubblica', 'outlet', ['Repubblica']],
  ['Il Mattino', 'outlet', []],
  ['Il Messaggero', 'outlet', []],
  ['Frankfurter Allgemeine Zeitung', 'outlet', ['FAZ']],
  ['Der Spiegel', 'outlet', ['Spiegel']],
  ['Abendzeitung', 'outlet', ['Abendzeitung München']],
  ['Maisfutebol', 'outlet', ['Mais Futebol']],
  ['Zerozero', 'outlet', ['zerozero.pt']],
  ['NOS', 'outlet', ['NOS Sport']],
  ['Eindhovens Dagblad', 'outlet', []],
  ['Het Parool', 'outlet', ['Parool']],
  ['Voetbalzone', 'outlet', []],
  ['Sporza', 'outlet', []],
  ['Walfoot', 'outlet', []],
  ['Sabah', 'outlet', []],
  ['A Spor', 'outlet', ['ASpor']],
  ['Takvim', 'outlet', []],
  ['Habertürk', 'outlet', ['Haberturk']],
  ['Milliyet', 'outlet', []],
  ['The Independent', 'outlet', []],
  // journalists
  ['Bruno Andrade', 'journalist', []],
  ['Kerry Hau', 'journalist', []],
  ['Patrick Berger', 'journalist', []],
  ['John Cross', 'journalist', []],
  ['Graeme Bailey', 'journalist', []],
  ['Julien Laurens', 'journalist', []],
  ['Sid Lowe', 'journalist', []],
  ['Kieran Maguire', 'journalist', []],
  ['Melissa Reddy', 'journalist', []],
  ['Jason Burt', 'journalist', []],
  ['Sam Wallace', 'journalist', []],
  ['Miguel Delaney', 'journalist', []],
  ['Henry Winter', 'journalist', []],
  ['Martyn Ziegler', 'journalist', []],
  ['Matt Hughes', 'journalist', []],
  ['Mike Keegan', 'journalist', []],
  ['Jack Gaughan', 'journalist', []],
  ['Chris Wheeler', 'journalist', []],
  ['Rob Dorsett', 'journalist', []],
  ['Craig Hope', 'journalist', []],
  ['Lee Ryder', 'journalist', []],
  ['Darren Lewis', 'journalist', []],
  ['Rob Draper', 'journalist', []],
  ['Ian McGarry', 'journalist', []],
  ['Ian Ladyman', 'journalist', []],
  ['Dominic King', 'journalist', []],
  ['Simon Jones', 'journalist', []],
  ['Ed Aarons', 'journalist', []],
  ['Gianluigi Longari', 'journalist', ['Longari']],
  ['Ciro Venerato', 'journalist', ['Venerato']],
  ['Fabrizio Biasin', 'journalist', ['Biasin']],
  ['Marco Conterio', 'journalist', ['Conterio']],
  ['Manuele Baiocchini', 'journalist', ['Baiocchini']],
  ['Luca Marchetti', 'journalist', []],
  ['Fernando Polo', 'journalist', []],
  ['Mario Cortegana', 'journalist', ['Cortegana']],
  ['Ramón Álvarez de Mon', 'journalist', ['Ramon Alvarez de Mon']],
  ['Toni Juanmartí', 'journalist', ['Toni Juanmarti', 'Juanmartí']],
  ['Alfredo Martínez', 'journalist', ['Alfredo Martinez']],
  ['Mohamed Bouhafsi', 'journalist', ['Bouhafsi']],
  ['Valentijn Driessen', 'journalist', []],
  ['Rik Elfrink', 'journalist', ['Elfrink']],
  ['Germán García Grova', 'journalist', ['German Garcia Grova']],
  ['Jorge Nicola', 'journalist', []],
  ['André Hernan', 'journalist', ['Andre Hernan']],
  ['Tom Bogert', 'journalist', ['Bogert']],
  ['Paul Tenorio', 'journalist', []],
];
// sources whose (short) name is also an ordinary word: they count only right after a source cue
// ("according to", "reports", "told", "via", ...)
export const SOURCES_NEED_CUE = [
  'AS', 'Sport', 'Record', 'GOAL', 'Daily Express', 'Daily Mirror', 'The Times', 'The Sun', 'Olé', 'Cadena SER', 'COPE',
  'A Bola', 'O Jogo', 'GE', 'The Chronicle', 'The Athletic', 'The i Paper', 'The Independent', 'Metro', 'The Scotsman',
  'The Herald', 'Lance!', 'Sabah', 'Blick', 'NOS',
];

// City names in English prose, for the local forms openfootball/clubs gives ("the Lisbon club").
export const CITY_EXONYMS = {
  Lisboa: 'Lisbon', Milano: 'Milan', Torino: 'Turin', München: 'Munich', Roma: 'Rome', Napoli: 'Naples', Firenze: 'Florence',
  Genova: 'Genoa', Venezia: 'Venice', Sevilla: 'Seville', Köln: 'Cologne', Praha: 'Prague', Moskva: 'Moscow', Warszawa: 'Warsaw',
  București: 'Bucharest', Athina: 'Athens', København: 'Copenhagen', Beograd: 'Belgrade', Wien: 'Vienna', 'Den Haag': 'The Hague',
  Bruxelles: 'Brussels', Brussel: 'Brussels', Antwerpen: 'Antwerp', Zürich: 'Zurich', Genève: 'Geneva', Göteborg: 'Gothenburg',
  'Sankt-Peterburg': 'St Petersburg', 'İstanbul': 'Istanbul', 'İzmir': 'Izmir', Lëtzebuerg: 'Luxembourg', Mantova: 'Mantua',
  Padova: 'Padua', Siracusa: 'Syracuse', 'Frankfurt am Main': 'Frankfurt', Nürnberg: 'Nuremberg', Hannover: 'Hanover',
  Thessaloníki: 'Thessaloniki', Kraków: 'Krakow', Wrocław: 'Wroclaw', Łódź: 'Lodz', Gdańsk: 'Gdansk', 'Kyiv': 'Kyiv', Kiev: 'Kyiv',
};
