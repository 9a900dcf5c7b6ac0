/**
 * Club aliases in context: nicknames, stadium and training-ground metonyms, accents, possessives,
 * abbreviations and the ambiguous forms ("City", "United", "the Reds", "Real", "Inter", ...).
 *
 * Each case is one short snippet and one surface form in it (its `nth` occurrence, 0 by default).
 * - `pos`: `extract(text).clubs` holds `club` with a mention at exactly that span.
 * - `neg`: no club mention overlaps that span, except `club` (then required at exactly that span)
 *   or a club in `allow` (tolerated, not required); every club in `absent` is missing altogether.
 * Expectations follow a careful reader and /work/shared/eval/GUIDELINES.md, not the current
 * output: a correct case the extractor gets wrong carries `fails: 'reason'` and runs as `it.fails`,
 * so the table stays green while the gap stays visible (and turns red once it is fixed).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

interface Opts {
  /** Which occurrence of `form` in `text` (0-based). */
  nth?: number;
  /** Clubs that must not appear anywhere in the extraction. */
  absent?: string[];
  /** Negatives only: clubs tolerated (not required) at the span. */
  allow?: string[];
  /** Negatives only: the right club, required at exactly the span. */
  club?: string;
  /** A genuinely correct case the extractor currently gets wrong: why. */
  fails?: string;
}
interface Case extends Opts {
  kind: 'pos' | 'neg';
  form: string;
  text: string;
}

const pos = (club: string, form: string, text: string, opts: Omit<Opts, 'club' | 'allow'> = {}): Case => ({ kind: 'pos', club, form, text, ...opts });
const neg = (form: string, text: string, opts: Opts = {}): Case => ({ kind: 'neg', form, text, ...opts });

const CASES: Case[] = [
  // ── Nicknames ────────────────────────────────────────────────────────────────────────────────
  pos('Arsenal', 'The Gunners', 'The Gunners are weighing up an offer for the Brazilian winger.'),
  pos('Arsenal', 'the Gunners', 'Arsenal have made contact, and the Gunners hope to finish the deal this week.'),
  pos('Everton', 'the Toffees', 'Everton could cash in on their academy graduate, with the Toffees needing to balance the books.'),
  pos('Juventus', 'The Old Lady', 'The Old Lady have made the Serbian striker their top target for the summer.'),
  pos('Bayer Leverkusen', 'Die Werkself', 'Die Werkself are unwilling to sell their playmaker before the season ends.'),
  pos('Bayer Leverkusen', 'the Werkself', 'A bid is expected, but the Werkself will hold out for a bigger fee.'),
  pos('Celtic', 'The Hoops', 'Celtic have turned down a first offer for their captain. The Hoops value him at £25m.'),
  pos('Queens Park Rangers', 'The Hoops', 'Queens Park Rangers are searching for a loan striker. The Hoops have asked about two Premier League youngsters.'),
  pos('Newcastle United', 'The Magpies', 'The Magpies have opened talks over a new contract for their goalkeeper.'),
  pos('Real Madrid', 'Los Blancos', 'Los Blancos are ready to activate the release clause of the French defender.'),
  pos('Leicester City', 'the Foxes', 'A return to the Premier League means the Foxes can finally spend again.'),
  pos('Southampton', 'The Saints', 'Southampton have rejected an approach for their left-back. The Saints want at least £18m.'),
  pos('Fulham', 'the Cottagers', 'The midfielder is happy in west London and the Cottagers see no reason to sell.'),
  pos('Celtic', 'the Bhoys', 'The winger has settled quickly since joining the Bhoys on loan.'),
  pos('Manchester United', 'the Red Devils', 'A move to the Red Devils would double his wages.'),
  pos('Manchester City', 'the Citizens', 'The champions are prepared to wait, and the Citizens rarely overpay.'),
  pos('Bayern Munich', 'The Bavarians', 'The Bavarians have identified the Canadian full-back as their priority.'),
  pos('Inter Milan', 'the Nerazzurri', 'Negotiations with the Nerazzurri stalled over add-ons.'),
  pos('AC Milan', 'The Rossoneri', 'The Rossoneri are keen on a new centre-forward before the window shuts.'),
  pos('Barcelona', 'the Blaugrana', 'Financial rules mean the Blaugrana must sell before they can buy.'),
  pos('Atletico Madrid', 'Los Colchoneros', 'Los Colchoneros have agreed personal terms with the Argentine forward.'),
  pos('Brighton & Hove Albion', 'The Seagulls', 'The Seagulls have a reputation for selling players at a big profit.'),
  pos('West Ham United', 'the Hammers', 'His agent has held talks with the Hammers about a four-year deal.'),
  pos('Wolverhampton Wanderers', 'Wolves', 'Wolves have slapped a £60m price tag on their Portuguese midfielder.'),
  pos('Norwich City', 'The Canaries', 'The Canaries have activated a one-year extension in his contract.'),
  pos('Aston Villa', 'the Villans', 'Scouts from the Villans watched him score twice on Saturday.'),
  pos('Newcastle United', 'the Toon', 'The full-back has told friends he would love a move to the Toon.'),
  pos('Borussia Monchengladbach', 'Die Fohlen', 'Die Fohlen paid just €4m for the defender two years ago.'),
  pos('Borussia Monchengladbach', 'the Foals', 'The Japanese international has been a regular for the Foals this season.'),
  pos('Sheffield Wednesday', 'The Owls', 'The Owls are hoping to tie their top scorer down to a longer deal.'),
  pos('Sheffield United', 'the Blades', 'Relegation has left the Blades needing to raise funds.'),
  pos('Rangers', 'The Gers', 'The Gers have made the Nigerian striker their number one target.'),
  pos('Napoli', 'the Partenopei', 'He has scored 40 goals for the Partenopei since arriving from Belgium.'),
  pos('Bournemouth', 'The Cherries', 'The Cherries have submitted a third bid for the Ghanaian winger.'),
  pos('Burnley', 'the Clarets', 'A loan spell with the Clarets helped him break into the first team.'),
  pos('Stoke City', 'The Potters', 'The Potters are unlikely to stand in his way if a top-flight club comes in.'),
  pos('Ipswich Town', 'the Tractor Boys', 'Promotion has given the Tractor Boys more money to spend.'),
  pos('Borussia Dortmund', 'Die Schwarzgelben', 'Die Schwarzgelben have a strong record of selling young forwards to England.'),
  pos('Nottingham Forest', 'the Tricky Trees', 'The defender could be heading to the Tricky Trees on loan.'),
  pos('Charlton Athletic', 'The Addicks', 'The Addicks are confident of keeping hold of their teenage playmaker.'),
  pos('Villarreal', 'the Yellow Submarine', 'A fee of €30m would be a record sale for the Yellow Submarine.'),
  pos('Paris Saint-Germain', 'Les Parisiens', 'Les Parisiens are planning a summer overhaul of their attack.'),
  pos('Lazio', 'the Biancocelesti', 'The midfielder came through the youth ranks with the Biancocelesti.'),
  pos('Atletico Madrid', 'Atleti', 'Atleti have offered him a five-year contract.'),

  // ── Stadium metonyms ──────────────────────────────────────────────────────────────────────────
  pos('Liverpool', 'Anfield', 'The winger has been promised regular minutes at Anfield next season.'),
  pos('Barcelona', 'Camp Nou', 'A return to Camp Nou is the player\u2019s preferred option.'),
  pos('Real Madrid', 'the Bernabeu', 'The Frenchman has dreamed of playing at the Bernabeu since he was a child.'),
  pos('Real Madrid', 'the Bernabéu', 'Officials from the Bernabéu travelled to Lisbon to watch him.'),
  pos('Celtic', 'Parkhead', 'Bids for the striker have been knocked back by Parkhead.'),
  pos('Manchester United', 'Old Trafford', 'The midfielder is expected at Old Trafford for a medical on Friday.'),
  pos('Bayer Leverkusen', 'BayArena', 'Scouts were at the BayArena to see the young defender.'),
  pos('Borussia Monchengladbach', 'Borussia-Park', 'He has made 90 appearances at Borussia-Park.'),
  pos('Borussia Monchengladbach', 'Borussia Park', 'A crowd of 50,000 at Borussia Park saw him score twice.'),
  pos('Manchester City', 'the Etihad', 'The Spaniard is close to a move to the Etihad.'),
  pos('Chelsea', 'Stamford Bridge', 'Stamford Bridge is the most likely destination for the Ecuadorian.'),
  pos('Aston Villa', 'Villa Park', 'He would become the most expensive signing in Villa Park history.'),
  pos('Everton', 'Goodison Park', 'The striker scored on his debut at Goodison Park.'),
  pos('Everton', 'Goodison', 'Goodison officials are expected to reject the bid.'),
  pos('Arsenal', 'the Emirates', 'The Norwegian is said to be happy at the Emirates and has no intention of leaving.'),
  pos('Bayern Munich', 'Allianz Arena', 'A switch to the Allianz Arena could happen as soon as next week.'),
  pos('Borussia Dortmund', 'Signal Iduna Park', 'He was a fan favourite at Signal Iduna Park.'),
  pos('Newcastle United', "St James' Park", "The defender has been spotted at St James' Park ahead of a medical."),
  pos('Fulham', 'Craven Cottage', 'Craven Cottage bosses want to keep him for another season.'),
  pos('Crystal Palace', 'Selhurst Park', 'A return to Selhurst Park is not being ruled out.'),
  pos('Nottingham Forest', 'the City Ground', 'He enjoyed a productive loan spell at the City Ground.'),
  pos('Rangers', 'Ibrox', 'The Colombian has agreed to move to Ibrox on a three-year deal.'),
  pos('Celtic', 'Celtic Park', 'He has been a cult hero at Celtic Park since scoring in the cup final.'),
  pos('Tottenham Hotspur', 'Tottenham Hotspur Stadium', 'The forward was pictured at the Tottenham Hotspur Stadium on Tuesday.'),
  pos('Wolverhampton Wanderers', 'Molineux', 'The full-back has made over 100 appearances at Molineux.'),
  pos('Brighton & Hove Albion', 'the Amex', 'He could be the latest bargain unearthed by the Amex recruitment team.'),
  pos('Leeds United', 'Elland Road', 'A permanent move to Elland Road has been agreed in principle.'),
  pos('Valencia', 'Mestalla', 'Mestalla chiefs are demanding €40m for their captain.'),
  pos('Sheffield Wednesday', 'Hillsborough', 'The keeper is set to remain at Hillsborough until 2026.'),
  pos('Atletico Madrid', 'Metropolitano', 'The winger was unveiled at the Metropolitano on Monday.'),
  pos('Paris Saint-Germain', 'Parc des Princes', 'A move to the Parc des Princes is off after talks broke down.'),
  pos('Borussia Dortmund', 'Westfalenstadion', 'The teenager made his first start at the Westfalenstadion last month.'),
  pos('Benfica', 'Estádio da Luz', 'The Estádio da Luz hierarchy insist the playmaker is not for sale.'),
  pos('Inter Milan', 'San Siro', 'Inter Milan are closing in on the Turkish midfielder, who could arrive at San Siro next week.'),
  pos('AC Milan', 'San Siro', 'AC Milan have agreed a fee for the Portuguese winger, who is expected at San Siro for a medical.'),

  // ── Training grounds ──────────────────────────────────────────────────────────────────────────
  pos('Manchester United', 'Carrington', 'The teenager has been training at Carrington since the age of nine.'),
  pos('Chelsea', 'Cobham', 'Several academy graduates could leave Cobham this summer.'),
  pos('Liverpool', 'Kirkby', 'The youngster is highly rated by coaches at Kirkby.'),
  pos('Everton', 'Finch Farm', 'The striker completed his medical at Finch Farm on Thursday.'),
  pos('Arsenal', 'London Colney', 'He has returned to full training at London Colney.'),
  pos('Tottenham Hotspur', 'Hotspur Way', 'He was seen arriving at Hotspur Way for talks.'),
  pos('Bayern Munich', 'Säbener Straße', 'The Dutch defender will undergo tests at Säbener Straße.'),
  pos('Real Madrid', 'Valdebebas', 'The Brazilian teenager will continue his development at Valdebebas.'),
  pos('AC Milan', 'Milanello', 'The forward has already been given a tour of Milanello.'),
  pos('Inter Milan', 'Appiano Gentile', 'He trained alone at Appiano Gentile while his future was resolved.'),
  pos('Celtic', 'Lennoxtown', 'The Japanese forward reported to Lennoxtown ahead of his move.'),
  pos('Leeds United', 'Thorp Arch', 'The young full-back came through the academy at Thorp Arch.'),
  pos('Juventus', 'Continassa', 'The striker held talks with the coach at the Continassa.'),
  pos('Manchester City', 'City Football Academy', 'He has been a standout at the City Football Academy for years.'),

  // ── Accents and possessives ───────────────────────────────────────────────────────────────────
  pos('Borussia Monchengladbach', 'Mönchengladbach', 'The Austrian spent four seasons in Mönchengladbach before moving to Spain.'),
  pos('Borussia Monchengladbach', 'Borussia Mönchengladbach', 'Borussia Mönchengladbach want €25m for their Swiss goalkeeper.'),
  pos('Borussia Monchengladbach', 'Borussia Monchengladbach', 'Borussia Monchengladbach have rejected an opening offer.'),
  pos('Borussia Monchengladbach', 'Gladbach', "Gladbach's sporting director says the defender will stay."),
  pos('Bayer Leverkusen', 'Leverkusen', "Leverkusen's stance has not changed despite a fresh approach."),
  pos('Bayer Leverkusen', 'Bayer 04 Leverkusen', 'Bayer 04 Leverkusen have confirmed the departure of their long-serving keeper.'),
  pos('Atletico Madrid', 'Atlético Madrid', 'Atlético Madrid are in pole position to land the Belgian.'),
  pos('Atletico Madrid', 'Atletico Madrid', 'Atletico Madrid are in pole position to land the Belgian.'),
  pos('Atletico Madrid', 'Atlético de Madrid', 'Atlético de Madrid have opened talks with his representatives.'),
  pos('Atletico Madrid', 'Atlético', 'Atlético Madrid have made an opening offer. Atlético hope to conclude the deal soon.', { nth: 1 }),
  pos('Atletico Madrid', 'Atletico', 'Atletico Madrid have made an opening offer. Atletico hope to conclude the deal soon.', { nth: 1 }),
  pos('Bayern Munich', 'Bayern München', 'Bayern München will not stand in his way if a suitable offer arrives.'),
  pos('Barcelona', 'Barça', 'Barça have made the Dutch midfielder their top priority.'),
  pos('Chelsea', 'Chelsea', "Chelsea's owners have sanctioned a £50m bid."),
  pos('Tottenham Hotspur', 'Spurs', "Spurs' interest in the Swedish forward is long-standing."),
  pos('Fenerbahçe', 'Fenerbahce', 'Fenerbahce have agreed a loan deal with an option to buy.'),

  // ── Abbreviations and short forms ─────────────────────────────────────────────────────────────
  pos('Manchester United', 'Man Utd', 'Man Utd have made an enquiry about the Danish midfielder.'),
  pos('Manchester United', 'Man United', 'Man United are one of three clubs monitoring the centre-back.'),
  pos('Manchester City', 'Man City', 'Man City are ready to sell the Argentine for the right price.'),
  pos('Tottenham Hotspur', 'Spurs', 'Spurs are leading the race for the Italian wing-back.'),
  pos('Paris Saint-Germain', 'PSG', 'PSG have tabled a €90m offer for the Georgian winger.'),
  pos('Barcelona', 'Barca', 'Barca are hoping to bring him back on loan.'),
  pos('Juventus', 'Juve', 'Juve have agreed a fee with their Serie A rivals.'),
  pos('Borussia Dortmund', 'BVB', 'BVB are confident of agreeing an extension with the teenager.'),
  pos('Queens Park Rangers', 'QPR', 'QPR have beaten several Championship rivals to his signature.'),
  pos('Sheffield Wednesday', 'Sheff Wed', 'Sheff Wed are set to offer the midfielder a new deal.'),
  pos('Nottingham Forest', 'Nottm Forest', 'Nottm Forest are pushing to complete a deal for the Brazilian.'),
  pos('West Ham United', 'West Ham', 'West Ham have submitted a £25m bid for the Belgian defender.'),
  pos('Inter Milan', 'Internazionale', 'Internazionale are preparing a contract extension for their goalkeeper.'),
  pos('Bayern Munich', 'Bayern', 'Bayern are ready to offload the winger this summer.'),
  pos('Tottenham Hotspur', 'Tottenham', 'Tottenham have joined the race for the Serbian forward.'),

  // ── Ambiguous forms with support in the article ──────────────────────────────────────────────
  pos('Manchester City', 'City', 'Manchester City are planning a move for the Croatian. City could bid next week.', { nth: 1 }),
  pos('Manchester City', 'City', 'Man City have been tracking the teenager for months. City see him as a long-term replacement.', { nth: 1 }),
  pos('Leicester City', 'City', 'Leicester City want to sign a new goalkeeper. City have already drawn up a shortlist.', { nth: 1 }),
  pos('Norwich City', 'City', 'Norwich City have rejected a bid for their striker. City believe he is worth double.', { nth: 1 }),
  pos('Bristol City', 'City', 'Bristol City have offered their captain a new deal. City hope he will sign it before the summer.', { nth: 1 }),
  pos('Hull City', 'City', 'Hull City are in talks with the Turkish winger. City have made him their top target.', { nth: 1 }),
  pos('Manchester United', 'United', 'Manchester United are in the market for a striker. United have made an approach.', { nth: 1 }),
  pos('Manchester United', 'United', 'Man Utd have sent scouts to watch him. United are long-term admirers.'),
  pos('Newcastle United', 'United', 'Newcastle United have made a bid for the England midfielder. United are confident of a deal.', { nth: 1 }),
  pos('Leeds United', 'United', 'Leeds United are chasing a new left-back. United have drawn up a three-man shortlist.', { nth: 1 }),
  pos('Sheffield United', 'United', 'Sheffield United are trying to keep hold of their top scorer. United have turned down two bids.', { nth: 1 }),
  pos('Dundee United', 'United', 'Dundee United have opened contract talks with their captain. United want him to stay beyond the summer.', { nth: 1 }),
  pos('Liverpool', 'the Reds', 'Liverpool have been tracking the Hungarian for a year, and the Reds are now ready to bid.'),
  pos('Liverpool', 'the Reds', 'The midfielder is keen on a move to Anfield, and the Reds are preparing an offer.'),
  pos('Nottingham Forest', 'The Reds', 'Nottingham Forest have agreed a fee for the striker. The Reds will pay £20m up front.'),
  pos('Aberdeen', 'The Reds', 'Aberdeen are hoping to extend the loan of their Swedish forward. The Reds have asked about an option to buy.'),
  pos('Chelsea', 'the Blues', 'Chelsea want a new goalkeeper, and the Blues have opened talks with his club.'),
  pos('Everton', 'The Blues', 'Everton need to raise money before the end of June. The Blues could sell their captain.'),
  pos('Birmingham City', 'The Blues', 'Birmingham City have signed a striker from League Two. The Blues paid an undisclosed fee.'),
  pos('Ipswich Town', 'The Blues', 'Ipswich Town have completed the loan signing of a young defender. The Blues have an option to buy.'),
  pos('Manchester City', 'The Blues', 'Manchester City have submitted a formal offer. The Blues hope to finish the deal by Friday.'),
  pos('Real Madrid', 'Real', 'Real Madrid are set to make a move for the Uruguayan midfielder. Real see him as a key part of their plans.', { nth: 1 }),
  pos('Real Sociedad', 'Real', 'Real Sociedad have placed a €60m release clause in his contract. Real are unwilling to negotiate.', { nth: 1 }),
  pos('Real Betis', 'Real', 'Real Betis have agreed to sell their winger. Real will receive a sell-on clause.', { nth: 1 }),
  pos('Inter Milan', 'Inter', 'Inter Milan are in advanced talks for the Dutch defender. Inter have offered €30m.', { nth: 1 }),
  pos('Inter Milan', 'Inter', 'The captain has been with Internazionale since 2019 and Inter want to extend his deal.', { nth: 1 }),
  pos('Athletic Bilbao', 'Athletic', 'Athletic Bilbao have extended the contract of their academy star. Athletic only field Basque players.', { nth: 1 }),
  pos('Charlton Athletic', 'Athletic', 'Charlton Athletic have signed a young keeper on loan. Athletic beat two rivals to the deal.', { nth: 1 }),
  pos('Aston Villa', 'Villa', 'Aston Villa are in the market for a new centre-back. Villa have scouted him several times.', { nth: 1 }),
  pos('Nottingham Forest', 'Forest', 'Nottingham Forest are reluctant to sell their top scorer. Forest want £50m.', { nth: 1 }),
  pos('Crystal Palace', 'Palace', 'Crystal Palace have rejected a bid for their French winger. Palace insist he is not for sale.', { nth: 1 }),
  pos('Real Madrid', 'Madrid', 'Real Madrid are preparing an offer for the Brazilian teenager. Madrid are prepared to wait until he turns 18.', { nth: 1 }),
  pos('AC Milan', 'Milan', 'AC Milan have made a bid for the Nigerian forward. Milan want to complete the deal this week.', { nth: 1 }),
  pos('Southampton', 'the Saints', 'Southampton are planning a bid, and the Saints have already spoken to his agent.'),
  pos('St Mirren', 'Saints', 'St Mirren are hopeful of keeping their goalkeeper. Saints have offered him a new deal.'),
  pos('Borussia Dortmund', 'Borussia', 'Borussia Dortmund will make a final decision next week. Borussia want a fee closer to €50m.', { nth: 1 }),
  pos('Tottenham Hotspur', 'the Lilywhites', 'Tottenham Hotspur are close to a deal, and the Lilywhites hope to announce it soon.'),
  pos('Crystal Palace', 'The Eagles', 'Crystal Palace have agreed terms with the Danish midfielder. The Eagles paid £15m.'),
  pos('Benfica', 'The Eagles', 'Benfica want €100m for their midfielder. The Eagles have no intention of lowering their demands.'),
  pos('Coventry City', 'The Sky Blues', 'Coventry City are looking to add a striker. The Sky Blues have made an enquiry.'),
  pos('Sheffield Wednesday', 'Wednesday', 'Sheffield Wednesday have offered the winger a new deal. Wednesday are also chasing a new keeper.', {
    nth: 1,
  }),
  pos('Inter Miami', 'Inter', 'Inter Miami have held talks with the veteran midfielder. Inter want him for the new MLS season.', { nth: 1, absent: ['Inter Milan'] }),

  // ── Negatives: places, phrases and other teams that contain an alias ─────────────────────────
  neg('Mexico City', 'Manchester City are monitoring the midfielder, who was born in Mexico City.'),
  neg('United', 'Manchester United want the defender, who grew up in the United States.', { nth: 1 }),
  neg('United', 'Manchester United have a long-standing interest. The player has also worked as a United Nations ambassador.', { nth: 1 }),
  neg('Real Betis', 'Real Betis have agreed to sell their Brazilian midfielder.', { club: 'Real Betis', absent: ['Real Madrid'] }),
  neg('Real Betis', 'Real Madrid were interested, but Real Betis have won the race for the striker.', { club: 'Real Betis' }),
  neg('Real Sociedad', 'Real Madrid are keeping an eye on Real Sociedad defender.', { club: 'Real Sociedad' }),
  neg('Real Valladolid', 'Real Valladolid have confirmed the loan signing of the Brazilian winger.', { club: 'Real Valladolid', absent: ['Real Madrid', 'Real Betis', 'Real Sociedad'] }),
  neg('Inter Miami', 'Inter Miami are preparing an offer for the Argentine winger.', { club: 'Inter Miami', absent: ['Inter Milan'] }),
  neg('Inter Miami', 'Inter Milan want to keep him, but Inter Miami have offered a bigger salary.', { club: 'Inter Miami' }),
  neg('Internacional', 'Internacional are set to sign the winger. Inter have agreed a fee with his club in Uruguay.', { club: 'Internacional', absent: ['Inter Milan', 'Inter Miami'] }),
  neg('Villa Park', "Aston Villa's Villa Park will host the friendly against the Spanish side.", { club: 'Aston Villa' }),
  neg('Villa', 'Aston Villa are keen on the Spanish striker, who grew up idolising David Villa.', { nth: 1 }),
  neg('Villa', 'Aston Villa are interested in the forward. David Villa scored 59 goals for his country.', { nth: 1 }),
  neg('Atletico Mineiro', 'Atletico Mineiro have rejected a loan offer for their Brazilian striker.', { club: 'Atletico Mineiro', absent: ['Atletico Madrid'] }),
  neg('Forest Green Rovers', 'Forest Green Rovers have signed the striker on a free transfer.', { club: 'Forest Green Rovers', absent: ['Nottingham Forest'] }),
  neg('Berwick Rangers', 'Berwick Rangers have handed a trial to the former academy player.', { club: 'Berwick Rangers', absent: ['Rangers'] }),
  neg('Paris FC', 'Paris FC have agreed a deal for the Senegalese midfielder.', { club: 'Paris FC', absent: ['Paris Saint-Germain'] }),
  neg('Juventude', 'Juventude have signed the Brazilian forward on loan.', { club: 'Juventude', absent: ['Juventus'] }),
  neg('Sporting Kansas City', 'Sporting Kansas City are set to sign the Ghanaian winger.', { club: 'Sporting Kansas City', absent: ['Sporting CP', 'Manchester City'] }),
  neg('Three Lions', 'Aston Villa are thrilled that their midfielder has been called up by the Three Lions.'),
  neg('San Antonio Spurs', 'The striker, a keen basketball fan, was spotted courtside at a San Antonio Spurs game.', {
    absent: ['Tottenham Hotspur'],
    fails: '"San Antonio" matches the club of that name and "Spurs" then matches Tottenham Hotspur: the basketball team yields two clubs',
  }),
  neg('Rangers', 'The winger watched a Texas Rangers baseball game during his holiday.', {
    absent: ['Rangers'],
  }),
  neg('Rangers', 'Queens Park Rangers have made an offer for the Irish midfielder. Rangers are ready to pay £2m.', {
    nth: 1,
    allow: ['Queens Park Rangers'],
    absent: ['Rangers'],
  }),
  neg('Leicester Square', 'Chelsea are keen on the forward, who was pictured at a film premiere in Leicester Square.', {
    absent: ['Leicester City'],
    fails: '"Leicester" is a plain alias of Leicester City, so the London square becomes a club mention',
  }),
  neg('New York City', 'The winger spent the summer with friends in New York City.', {
    absent: ['New York City FC'],
    fails: '"New York City" is a plain alias of New York City FC, so the city is taken as the club',
  }),
  neg('Buckingham Palace', 'Crystal Palace are keen on the veteran, who was honoured at Buckingham Palace last year.'),
  neg('Black Forest', 'Nottingham Forest are tracking the German forward, who grew up in the Black Forest.', {
    fails: '"Forest" alone matches the ambiguous Nottingham Forest form, supported by the named Nottingham Forest',
  }),
  neg('Merseyside', 'Everton are interested in the defender, who could watch Sunday\u2019s Merseyside derby from the stands.', {
    fails: '"Merseyside" is an ambiguous form of Everton/Liverpool and resolves to Everton; the derby is a fixture, not a club',
  }),

  // ── Negatives: the city, not the club ────────────────────────────────────────────────────────
  neg('Liverpool', 'Everton are interested in the midfielder, who was born in Liverpool.', {
    absent: ['Liverpool'],
  }),
  neg('Manchester', 'Manchester United want the teenager, who has lived in Manchester since he was five.', { nth: 1 }),
  neg('Madrid', 'Real Madrid have been following the defender, who recently bought a flat in Madrid.', { nth: 1 }),
  neg('Milan', 'AC Milan are monitoring the winger, who attended fashion week in Milan last month.', { nth: 1 }),
  neg('Munich', 'Bayern Munich want the striker, who landed in Munich on Sunday evening for talks about his future.', { nth: 1 }),

  // ── Negatives: ambiguous forms without support, or with two supported clubs ──────────────────
  neg('City', 'Manchester City and Leicester City are both tracking the defender. City are expected to bid first.', { nth: 2 }),
  neg('City', 'City are preparing a bid for the Ecuadorian defender.'),
  neg('City', 'Manchester United want the midfielder, and City are also keen.'),
  neg('United', 'United are preparing a bid for the Ecuadorian defender.'),
  neg('United', 'Manchester United and Newcastle United both want the striker. United have the edge.', { nth: 2 }),
  neg('The Reds', 'The Reds are keen on the Hungarian midfielder.'),
  neg('the Reds', 'The forward has been told he can leave, and the Reds are among several interested parties.'),
  neg('The Reds', 'Liverpool and Nottingham Forest both want the striker. The Reds have already made contact.'),
  neg('The Blues', 'The Blues are keen on a new goalkeeper.'),
  neg('The Blues', 'Chelsea and Everton are both monitoring the defender. The Blues are expected to make the first move.'),
  neg('Real', 'Real are weighing up a bid for the Colombian forward.'),
  neg('Real', 'Real Madrid and Real Betis are both tracking the defender. Real have already sent scouts.', { nth: 2 }),
  neg('Real', 'Real Madrid are monitoring the midfielder. Real progress has been made in separate talks with his agent.', {
    nth: 1,
    fails: 'sentence-initial adjective "Real" is taken for the ambiguous club form, supported by Real Madrid',
  }),
  neg('Inter', 'Inter are believed to be keen on the Swiss goalkeeper.'),
  neg('Inter', 'Inter Milan and Inter Miami both want the veteran. Inter have offered a two-year deal.', { nth: 2 }),
  neg('Villa', 'Villa are keen on the Scottish midfielder.'),
  neg('Forest', 'Forest are keen on the Scottish midfielder.'),
  neg('Athletic', 'Athletic are keen on the Basque winger.'),
  neg('Athletic', 'Athletic Bilbao are tracking the full-back. Athletic and quick, he has impressed in La Liga.', {
    nth: 1,
    fails: 'sentence-initial adjective "Athletic" is taken for the ambiguous club form, supported by Athletic Bilbao',
  }),
  neg('The Hoops', 'The Hoops are chasing a new striker.'),
  neg('The Hoops', 'Celtic and Queens Park Rangers both want the youngster. The Hoops have made an offer.'),
  neg('The Saints', 'The Saints have opened talks over a new contract.'),
  neg('Madrid', 'Madrid are said to be monitoring his progress.'),
  neg('San Siro', 'The midfielder scored twice at San Siro last season.'),
  neg('San Siro', 'AC Milan and Inter Milan are both watching the defender, who impressed at San Siro in the Champions League.'),
  neg('Sporting', 'Sporting CP are tracking the winger. Sporting director Tom Hale is a known admirer.', {
    nth: 1,
    fails: '"Sporting" in the job title "Sporting director" resolves as the ambiguous club form, supported by Sporting CP',
  }),
  neg('Lions', 'Aston Villa are delighted after their midfielder was picked by the British and Irish Lions.'),

  // ── Negatives: weekdays and common words (lower case) ───────────────────────────────────────
  neg('Wednesday', 'Sheffield Wednesday are in talks with the midfielder. The medical is scheduled for Wednesday.', { nth: 1 }),
  neg('Wednesday', 'Talks with the defender will resume on Wednesday.', { absent: ['Sheffield Wednesday'] }),
  neg('Wednesday', 'Wednesday night\u2019s friendly will be his last game before the move.', { absent: ['Sheffield Wednesday'] }),
  neg('city', 'Manchester City want the winger, who says he would love to live in the city.'),
  neg('united', 'Manchester United are interested, and the squad is united behind the manager.'),
  neg('real', 'Real Madrid say their interest in the Brazilian is real.'),
  neg('villa', 'Aston Villa are keen on the defender, who has just bought a villa in Portugal.'),
  neg('forest', 'Nottingham Forest are tracking the striker, who thrives in a forest of legs.'),
  neg('palace', 'Crystal Palace want the defender, who grew up near a royal palace.'),
  neg('arsenal', 'The coach has an arsenal of attacking options this season.', { absent: ['Arsenal'] }),
  neg('spurs', 'The rivalry spurs him on every week.', { absent: ['Tottenham Hotspur'] }),
  neg('wolves', 'He has been thrown to the wolves by his own fans.', { absent: ['Wolverhampton Wanderers'] }),
  neg('town', 'Ipswich Town are keen on the midfielder, who wants to play near his home town.'),
  neg('reds', 'Liverpool are wary of his disciplinary record: he has picked up two reds this season.'),
  neg('blues', 'Chelsea are keen on the winger, who admits he gets the blues in winter.'),
  neg('saints', 'Southampton want the keeper, whose saves have made fans call him one of the saints.'),
  neg('the blues', 'Everton are keen on the guitarist-turned-winger, who still plays the blues at weekends.'),
  neg('gunners', 'The ship\u2019s gunners were featured in a documentary he narrated.', { absent: ['Arsenal'] }),
  neg('inter', 'Inter Milan are interested, though the inter-club talks are at an early stage.', { nth: 1 }),
  neg('athletic', 'Athletic Bilbao admire the athletic full-back.'),
  neg('citizens', 'Manchester City are keen on the defender, one of several French citizens in the squad.'),
  neg('toffees', 'Everton are chasing the winger, who admits he loves toffees.'),

  // ── Negatives: other clubs, other sports, other senses ──────────────────────────────────────
  neg('Real Salt Lake', 'Real Madrid passed on the midfielder, and Real Salt Lake have now made an offer.', { club: 'Real Salt Lake' }),
  neg('Real Zaragoza', 'Real Zaragoza have confirmed the signing of the Uruguayan defender.', { club: 'Real Zaragoza', absent: ['Real Madrid'] }),
  neg('Atlanta United', 'Manchester United were keen, but Atlanta United have moved fastest for the winger.', { club: 'Atlanta United' }),
  neg('Melbourne City', 'Manchester City have allowed the youngster to join their sister club Melbourne City on loan.', { club: 'Melbourne City' }),
  neg('New York City FC', 'Manchester City could send the teenager to New York City FC for a season.', { club: 'New York City FC' }),
  neg('Sporting Gijón', 'Sporting Gijón have agreed to loan the Asturian forward to a second-tier rival.', { club: 'Sporting Gijón', absent: ['Sporting CP'] }),
  neg('Atlético Nacional', 'Atlético Nacional have rejected a bid for their Colombian playmaker.', { club: 'Atlético Nacional', absent: ['Atletico Madrid'] }),
  neg('Arsenal Tula', 'Arsenal Tula have offered the veteran a one-year deal.', { club: 'Arsenal Tula', absent: ['Arsenal'] }),
  neg('Liverpool Montevideo', 'Liverpool Montevideo want €5m for their Uruguayan teenager.', { club: 'Liverpool Montevideo', absent: ['Liverpool'] }),
  neg('Newcastle Jets', 'Newcastle Jets have signed the Australian full-back on a two-year contract.', { club: 'Newcastle Jets', absent: ['Newcastle United'] }),
  neg('Celtics', 'The winger is a huge fan of the Boston Celtics and watches every game.', { absent: ['Celtic'] }),
  neg('Wolves', 'The striker grew up supporting Warrington Wolves in rugby league.', {
    absent: ['Wolverhampton Wanderers'],
  }),
  neg('Manchester', 'Manchester City and Manchester United are both keen. Manchester is the likeliest destination for the forward.', { nth: 2 }),
  neg('City', 'Manchester City are keen on the defender, whose father works in the City as a banker.', {
    nth: 1,
    fails: '"the City" (the financial district) resolves as the ambiguous City form, supported by Manchester City',
  }),
  neg('Blues', 'Chelsea want the winger, who is also a talented Blues guitarist.', {
    fails: 'capitalised music genre "Blues" resolves as the ambiguous Chelsea form, supported by Chelsea',
  }),
  neg('Sheffield', 'Sheffield United want the striker, who studied at university in Sheffield.', { nth: 1 }),
  neg('Glasgow', 'Celtic are keen on the young winger, who was born in Glasgow.'),
  neg('Lisbon', 'Benfica are hopeful of keeping the midfielder, who has settled well in Lisbon.'),
  neg('Paris', 'Paris Saint-Germain want the defender, who already owns an apartment in Paris.', { nth: 1 }),
  neg('Rome', 'Roma are keen on the forward, who spent his honeymoon in Rome.'),
  neg('Turin', 'Juventus want the full-back, who was born and raised in Turin.'),
  neg('Wednesday', 'Sheffield Wednesday hope to finalise the deal before Ash Wednesday.', { nth: 1 }),
  neg('old lady', 'The midfielder once helped an old lady find her seat at the stadium.', { absent: ['Juventus'] }),
  neg('foxes', 'Urban foxes ran across the pitch during the friendly.', { absent: ['Leicester City'] }),
  neg('hammers', 'Builders with hammers were still working on the new stand.', { absent: ['West Ham United'] }),
  neg('cherries', 'He eats a bowl of cherries before every match.', { absent: ['Bournemouth'] }),
  neg('canaries', 'The goalkeeper keeps canaries at his home in Suffolk.', { absent: ['Norwich City'] }),
  neg('hoops', 'During the off-season he likes to shoot hoops with his brother.', { absent: ['Celtic', 'Queens Park Rangers'] }),

  // ── Negatives: people who share an alias ─────────────────────────────────────────────────────
  neg('Everton', 'Everton Matos, the Brazilian winger, has agreed a move to Portugal.', {
    absent: ['Everton'],
  }),
  neg('Celtic', 'The winger has a Celtic cross tattooed on his arm.', {
    absent: ['Celtic'],
    fails: '"Celtic" is a plain alias of the Glasgow club, so the adjective in "Celtic cross" is read as the club',
  }),
  neg('the Emirates', 'Al Ain are hoping to lure the veteran to the Emirates with a tax-free contract.', {
    absent: ['Arsenal'],
    fails: '"the Emirates" is a plain Arsenal stadium alias, so the country (UAE) is read as Arsenal',
  }),
];

function spanOf(text: string, form: string, nth: number): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(form, at + 1);
    if (at < 0) throw new Error(`aliases table: "${form}" occurs fewer than ${nth + 1} times in: ${text}`);
  }
  // The span must be whole words: "Inter" inside "Internazionale" is a table error, not a case.
  if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(at + form.length))) {
    throw new Error(`aliases table: occurrence ${nth} of "${form}" is inside a word in: ${text}`);
  }
  return { start: at, end: at + form.length };
}

const rows = CASES.map((c) => ({ ...c, span: spanOf(c.text, c.form, c.nth ?? 0) }));
type Row = (typeof rows)[number];

function check(r: Row): void {
  const x = extract(r.text);
  const { start, end } = r.span;
  if (r.kind === 'pos') {
    const club = x.clubs.find((c) => c.name === r.club);
    expect(club?.mentions, `${r.club} at "${r.form}"`).toContainEqual({ start, end, text: r.form });
  } else {
    const ok = new Set([r.club, ...(r.allow ?? [])].filter((n): n is string => n !== undefined));
    const stray = x.clubs.flatMap((c) => c.mentions.filter((m) => m.start < end && m.end > start && !ok.has(c.name)).map((m) => `${c.name} @ "${m.text}"`));
    expect(stray, `no other club at "${r.form}"`).toEqual([]);
    if (r.club !== undefined) {
      const club = x.clubs.find((c) => c.name === r.club);
      expect(club?.mentions, `${r.club} at "${r.form}"`).toContainEqual({ start, end, text: r.form });
    }
  }
  for (const name of r.absent ?? []) expect(x.clubs.map((c) => c.name), `${name} absent`).not.toContain(name);
}

const title = (r: Row) => `${r.kind} "${r.form}"${r.kind === 'pos' ? ` → ${r.club}` : r.club ? ` = ${r.club} only` : ' → no club'} | ${r.text}`;

describe('club aliases in context', () => {
  it('has a table of at least 170 cases, about 40% negatives', () => {
    const negs = rows.filter((r) => r.kind === 'neg').length;
    expect(rows.length).toBeGreaterThanOrEqual(170);
    expect(negs / rows.length).toBeGreaterThanOrEqual(0.3);
    expect(negs / rows.length).toBeLessThanOrEqual(0.5);
  });
  for (const r of rows) {
    if (r.fails) it.fails(`${title(r)} [known gap: ${r.fails}]`, () => check(r));
    else it(title(r), () => check(r));
  }
});
