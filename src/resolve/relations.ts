/**
 * Relation rules over sentence templates: which club a player belongs to, which club wants him,
 * which clubs compete, which clubs are his past. Each rule is a pattern with a name, so every
 * relation can say why it exists.
 */
import { slotsIn, type Template } from './template.js';
import { allMatches } from '../text.js';
import { wordPositions, type WordHits } from '../automaton.js';

export type RelationKind = 'current' | 'buyer' | 'to' | 'suitor' | 'history' | 'seller' | 'departure' | 'arrival';

export interface Relation {
  readonly kind: RelationKind;
  readonly player: number;
  /** Club index; -1 for "the club" (the article's own club, resolved later). */
  readonly club: number;
  readonly sent: number;
  readonly rule: string;
  /** The template text the rule matched, for status cues local to the relation. */
  readonly text: string;
  /** The match with some words either side, to tell whether it is history. */
  readonly around: string;
  /** The words before the match and the match itself. */
  readonly head?: string;
  /** Where the match itself starts in `around`. */
  readonly ownFrom?: number;
  /** Where the match stands in its sentence template. */
  readonly at: number;
}

const C = String.raw`(?<c>⟦c\d+⟧)`;
const P = String.raw`(?<p>⟦p\d+⟧)`;
const CLIST = String.raw`(?<cs>⟦c\d+⟧(?:(?:, | and | & |, and | or )⟦c\d+⟧){0,12})`;
const GAP = (n: number) => String.raw`[^.;⟦]{0,${n}}?`;
const GAPX = (n: number) => String.raw`[^.;]{0,${n}}?`;
// A gap that crosses no other player: "⟦p1⟧ of ⟦c2⟧ - who is closing in on a move to ⟦c3⟧".
const GAPNP = (n: number) => String.raw`(?:(?!⟦p)[^.;]){0,${n}}?`;

// Words that may stand between a club and its player in a noun phrase: "Leverkusen defender",
// "Benfica's Enzo", "Flamengo's highly-rated teenage winger". Anything else ("Liverpool step up
// Kossounou talks") breaks the phrase.
const DESCRIPTORS = new Set(['', 'defender', 'midfielder', 'striker', 'winger', 'forward', 'goalkeeper', 'keeper', 'centre-back', 'center-back', 'centre-half', 'full-back', 'left-back', 'right-back', 'wing-back', 'playmaker', 'attacker', 'frontman', 'star', 'starlet', 'youngster', 'teenager', 'talent', 'prospect', 'wonderkid', 'captain', 'international', 'ace', 'man', 'young', 'teenage', 'highly-rated', 'talented', 'exciting', 'promising', 'veteran', 'experienced', 'academy', 'graduate', 'loanee', 'new', 'record', 'signing', 'left', 'right', 'central', 'attacking', 'defensive', 'holding', 'utility', 'midfield', 'back', 'centre', 'out-of-favour', 'unsettled', 'versatile', 'powerful', 'skipper', 'hitman', 'target', 'duo', 'pair', 'trio', 'and', 'versatile', 'rising', 'emerging', 'first-team', 'reserve', 'b', 'u21', 'u23', 'under-21', 'former', 'outcast', 'frontrunner']);
export const isDescriptor = (w: string): boolean =>
  (w.includes('-') && /^[a-z]+(?:-[a-z]+)+$/.test(w) && !/^(?:set|to|in)-/.test(w)) || DESCRIPTORS.has(w) || /(?:-year-old|-cap|-footed|ian|ese|ish|ean|ine|ch)$/.test(w) || /^\d{2}$/.test(w);

interface RelationRule {
  readonly rule: string;
  readonly kind: RelationKind;
  readonly re: RegExp;
  readonly check?: (m: RegExpMatchArray) => boolean;
  /** Applies to one player only, never to the list he stands in ("Lille's Gabriel, ..."). */
  readonly single?: boolean;
  /** Applies only to sentences that name no player. */
  readonly withoutPlayer?: boolean;
  /** Names one club, never the list it stands in ("talks between Leeds and Norwich"). */
  readonly oneClub?: boolean;
  /** With no player named, belongs to the pursuit the article is on rather than the last name. */
  readonly pursuit?: boolean;
}

const MOVE_TO = String.raw`(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)? for|move to|moving to|moved to|switched to|transferred to|switch to|transfer to|loan(?:ed)? to|heading to|on his way to|bound for|sold to|leave for|left for|departed${GAP(20)} for|closing in on a (?:move|switch) to|close to joining|set to join|agreed to join|completed? (?:a|his) (?:move|switch) to|return(?:ing)? to|in favou?r of joining|arrive at|arrives at|pushing for a (?:move|transfer) to|a move to|a transfer to|a switch to)`;
const BUYER_CUES = ['sign', 'talks', 'negotiat', 'interest', 'keen', 'monitor', 'tabs', 'an eye', 'scout', 'tracking', 'tracked', 'eye', 'target', 'consider', 'pursu', 'chas', 'want', 'bid', 'offer', 'approach', 'agree', 'deal', 'complet', 'swoop', 'move for', 'snapped up', 'land', 'bring', 'closing in', 'secure', 'recruit', 'acquir', 'buy', 'bought', 'contact', 'alerted', 'tour', 'rejected', 'turned down', 'lookout', 'options', 'decided in favour', 'decided in favor', 'paid', 'pay', 'spend', 'capture', 'race', 'added', 'adding', 'brought in', 'trigger', 'activat', 'identified'];
const BUYER_CUE = `(?:${BUYER_CUES.join('|')})`;
const SUITOR_WORDS = ['linked', 'interested', 'keen', 'chasing', 'pursuing', 'monitoring', 'tracking', 'eyeing', 'in the race', 'in the hunt', 'circling', 'determined', 'admirers', 'suitors', 'wanted', 'open to signing', 'eager', 'keeping an eye', 'chance', 'asked about', 'enquir', 'made contact', 'sounded out', 'interest', 'preparing an offer'];

const BUYER_CUE_RE = new RegExp(BUYER_CUE);
// "looking for a replacement for the Cameroonian": the player named is the one to be replaced.
// "Everton have agreed to send striker Whitlock to West Ham": the subject is selling him.
const SELLING = /\b(?:sell|selling|sold|send|sending|offload|offloading|let|letting)(?: (?:the|their|his|its))?(?: [a-z-]+)?\s*$/;
// The words between a club as subject and the player it wants.
const buyerMid = (mid: string): boolean =>
  BUYER_CUE_RE.test(mid) &&
  !/n't|\bnever\b|failed to|unable to/.test(mid) &&
  !mid.replace(/^'s?/, '').trim().split(' ').every(isDescriptor) &&
  !/\b(?<!in favou?r |(?:signing|capture|purchase|acquisition|arrival|pursuit|services) )(?:from|of|by)\s*$/.test(mid) &&
  !REPLACING.test(mid) &&
  !SELLING.test(mid);
const CLAUSE_SUBJECT = /(?:, and |, but |; |, while )(?:the )?⟦c\d+⟧| and ⟦c\d+⟧(?= (?:are|is|have|has|were|was)\b)/g;
// A later clause whose own subject club wants the player takes him from the sentence's subject.
const laterSubject = (mid: string): boolean => {
  for (const m of allMatches(CLAUSE_SUBJECT, mid)) if (buyerMid(mid.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
};
const REPLACING = /\b(?:replacements?|successors?|alternatives?|cover) (?:for|to)\s*$|\breplac(?:e|ing)\s*$/;

// Words a rule cannot match without: a substring test is far cheaper than a failed regex run.
export const HINTS: Readonly<Record<string, readonly string[]>> = {
  'current/of-club': [' of ⟦c'],
  'seller/bracket-from': ['(⟦c'],
  'to/bracket-to': ['(⟦c'],
  'current/apposition-at': ['⟧, a', '⟧, the'],
  'current/plays-for': ['plays', 'playing', 'relegated'],
  'current/one-of-club': ['one of ⟦c'],
  'current/contract-at': ["⟧'"],
  'seller/talks-with-club-about': ['contact', 'talks', 'negotiat', 'agree', 'deal', 'discussion', 'approach', 'told'],
  'seller/leave-club': ['leav', 'left', 'depart', 'exit', 'sold', 'released', 'contract at'],
  'seller/rejected-offer': ['rejected', 'turned down', 'knocked back', 'refused'],
  'seller/from-club': ['from '],
  'seller/club-lost': ['lost'],
  'seller/subject-deal-to-sell': [' to sell', ' to send', ' to loan', ' to offload'],
  'seller/deal-to-send': [' to send', ' to sell', ' to loan', ' to offload'],
  'to/deal-to-send': [' to send', ' to sell', ' to loan', ' to offload'],
  'seller/club-sold': ['sold', 'sell', 'send', 'let go', 'earned', 'received', 'cashed'],
  'seller/paid-to': ['paid to'],
  'seller/sold-by-before': ['following the', 'after the'],
  'seller/sold-by': [' by ⟦c'],
  'departure/departure-of': ['departure of'],
  'arrival/signing-of': ['signing of', 'capture of', 'arrival of', 'acquisition of'],
  'departure/left-the-club': ['the club'],
  'to/moves-to': [' to ', 'join', 'for ', 'bound', 'arrive'],
  'to/bring-to': ['bring'],
  'to/joined-earlier': ['second', 'third', 'fourth', 'fifth', 'sixth', 'latest', 'another'],
  'to/pastures-new': ['pastures', 'challenge', 'fresh start'],
  'to/signed-deal-at': ['deal at', 'deal with', 'contract at', 'contract with'],
  'to/player-in-talks-with': ['talks with', 'discussions with', 'negotiations with', 'negotiating with'],
  'to/make-club-player': [' player'],
  'to/become-club-player': [' player'],
  'to/player-to-club': [' to ⟦c'],
  'to/move-to': [' to ⟦c'],
  'to/listed-moves': [' to ⟦c'],
  'buyer/offer-from': [' from ⟦c'],
  'buyer/talks-between': ['between'],
  'seller/talks-between': ['between'],
  'current/players-club': ["⟧'"],
  'buyer/leading': ['race', 'pole', 'favo', 'front', 'driving', 'prime', 'persistent', 'contender'],
  'suitor/competition-from': ['competition', 'interest', 'rival', 'competing'],
  'suitor/likes-of': ['likes of', 'such as', 'including'],
  'suitor/beat': ['beat', 'fend', 'fought', 'defeated', 'saw off', 'seen off', 'ahead of', 'outbid'],
  'suitor/linked-with': ['linked', 'wanted'],
  'seller/arrived-from': ['from ⟦c'],
  'history/spells': ['spell', 'stint', 'time', 'season'],
  'history/ex': ['ex-'],
  'history/youth': ['youth', 'academy', 'came through', 'trained', 'product', 'boyhood'],
  'history/loaned': ['loan'],
  'history/joined-on-loan': ['on loan'],
  'history/played-for': ['played for', 'career'],
  'buyer/subject': BUYER_CUES,
  'buyer/subject-alone': BUYER_CUES,
  'buyer/clause-subject': [', and ', ', but ', '; ', ', while ', ' and ⟦c'],
  'buyer/subject-second-verb': [' and are', ' and is', ' and have', ' and has', ' and were', ' and was', ' and will', ' and would'],
  'buyer/club-pursuit-of': ['pursuit', 'interest', 'bid', 'offer', 'approach', 'move', 'swoop', 'signing', 'chase', 'hunt', 'proposal', 'overtures'],
  'suitor/also-interested': SUITOR_WORDS,
};

const RULES: readonly RelationRule[] = [
  // --- the club he belongs to now ---
  {
    rule: 'current/club-descriptor',
    kind: 'current',
    re: new RegExp(String.raw`${C}(?:'s?)? (?<d>(?:[a-z0-9'-]+ ){0,4}?)${P}`, 'g'),
    // ("West Ham and 31-year-old goalkeeper X" coordinates; it does not describe X)
    check: (m) => !(m.groups?.d ?? '').startsWith('and ') && (m.groups?.d ?? '').split(' ').every(isDescriptor),
    single: true,
  },
  { rule: 'current/of-club', kind: 'current', re: new RegExp(String.raw`${P},? of ${C}`, 'g'), single: true },
  // "Savio, a young winger at Brazilian club Atletico Mineiro".
  { rule: 'current/apposition-at', kind: 'current', re: new RegExp(String.raw`${P}, (?:a|an|the) (?:[a-z0-9-]+ ){0,4}?(?:at|with|of) (?:[a-z-]+ ){0,2}?${C}`, 'g'), single: true },
  // "Ayew ... was relegated with Swansea City", "who plays for Estudiantes".
  { rule: 'current/plays-for', kind: 'current', re: new RegExp(String.raw`${P}${GAPNP(60)}\b(?:plays|playing|currently plays|was relegated|were relegated|relegated) (?:for|with|at) (?:[a-z-]+ ){0,2}?${C}`, 'g'), single: true },
  // Round-up lines: "Okafor (Chelsea to Napoli): €30m", "Kossounou (Leverkusen)".
  { rule: 'seller/bracket-from', kind: 'seller', re: new RegExp(String.raw`${P} \(${C}(?: (?:to|-|>|→) ⟦c\d+⟧)?\)`, 'g'), single: true },
  { rule: 'to/bracket-to', kind: 'to', re: new RegExp(String.raw`${P} \(⟦c\d+⟧ (?:to|-|>|→) ${C}\)`, 'g'), single: true },
  // "Daka, who was one of RB Salzburg's most prolific players".
  { rule: 'current/one-of-club', kind: 'current', re: new RegExp(String.raw`${P},? (?:who (?:is|was) )?one of ${C}'s? (?:[a-z-]+ ){0,3}(?:players|stars|talents|forwards|strikers|defenders|midfielders|goalkeepers|wingers|prospects)`, 'g'), single: true },
  { rule: 'current/contract-at', kind: 'current', re: new RegExp(String.raw`${P}'s? (?:contract|deal|stay|future|current deal) (?:at|with) ${C}`, 'g') },
  {
    rule: 'seller/talks-with-club-about',
    kind: 'seller',
    re: new RegExp(String.raw`(?:contacted|talks with|negotiations with|agreement with|agreed (?:a (?:deal|fee|price) |terms )?with|deal with|contact with|discussions with|approached|told) ${C}${GAP(50)}\b(?:about|over|for|to sign|regarding|on|they are willing to pay)\b${GAPX(60)}${P}`, 'g'),
  },
  {
    rule: 'seller/leave-club',
    kind: 'seller',
    re: new RegExp(String.raw`${P}${GAPNP(80)}\b(?:leave|leaving|left|depart(?:ed|ing)?|exit(?:ed)?|sold by|released by|expiry of his contract at|running down his contract at|contract at) (?:the )?${C}`, 'g'),
  },
  {
    rule: 'seller/rejected-offer',
    kind: 'seller',
    re: new RegExp(String.raw`${C} (?:have |has |had )?(?:rejected|turned down|knocked back|refused)${GAPX(80)}${P}`, 'g'),
  },
  {
    rule: 'seller/from-club',
    kind: 'seller',
    re: new RegExp(String.raw`${P}${GAPNP(100)}(?<!(?:competition|interest|rivalry|offer|bid|approach|proposal|enquiry|reports?|news|away) )\bfrom (?:[a-z0-9'-]+ ){0,4}?${C}`, 'g'),
  },
  // "Norwich, who have already lost one key figure in midfielder Sara", "Ajax lost Neres to Benfica".
  { rule: 'seller/club-lost', kind: 'seller', re: new RegExp(String.raw`${C}${GAP(40)}\b(?:(?:have|has|had|already|just) (?:already |just |now )?)?lost (?!out\b)(?:[a-z-]+ ){0,5}?${P}`, 'g'), single: true },
  // (not the partner: "reached a deal with Lyon to send forward X" is the subject's sale)
  { rule: 'seller/club-sold', kind: 'seller', re: new RegExp(String.raw`${C}${GAP(70)}\b(?:sold|sell|selling|send|sending|let go|earned|received|cashed in)\b${GAPX(40)}${P}`, 'g'), check: (m) => !/\bwith (?:the )?$/.test((m.input ?? '').slice(0, m.index)) },
  // "The German champions stepped up talks for X after concluding a deal to sell Y to Barcelona":
  // the sentence's subject sells.
  { rule: 'seller/subject-deal-to-sell', kind: 'seller', re: new RegExp(String.raw`(?:^|: )(?:[^.;:⟦]{0,20}?)${C}${GAPX(100)}\b(?:a deal|an agreement|agreed|agreeing) to (?:sell|send|offload|loan) (?:the [a-z-]+ |[a-z-]+ )?${P}`, 'g'), single: true },
  { rule: 'seller/deal-to-send', kind: 'seller', re: new RegExp(String.raw`${C}${GAP(60)}\b(?:deal|agreement|terms|agreed) with ⟦c\d+⟧ to (?:send|sell|loan|offload)\b${GAPX(30)}${P}`, 'g') },
  { rule: 'to/deal-to-send', kind: 'to', re: new RegExp(String.raw`\b(?:deal|agreement|terms|agreed) with ${C} to (?:send|sell|loan|offload)\b${GAPX(30)}${P}`, 'g') },
  // "€55m will be paid to the London club up front": the club paid is the one selling.
  { rule: 'seller/paid-to', kind: 'seller', re: new RegExp(String.raw`\b(?:be|been|being|was|were|is|are) paid to (?:the )?${C}`, 'g'), pursuit: true },
  // "the fourth player to be sold by Sao Paulo this year, following the transfers of A to X, B to Y".
  { rule: 'seller/sold-by-before', kind: 'seller', re: new RegExp(String.raw`\b(?:sold by|to leave|departures? from) ${C}${GAP(60)}\b(?:following|after) the (?:transfers?|sales?|departures?|exits?) of (?<ps>[^.;]{0,160})`, 'g') },
  { rule: 'seller/sold-by', kind: 'seller', re: new RegExp(String.raw`${P}${GAPNP(40)}(?:sold|released) by ${C}`, 'g') },
  { rule: 'departure/departure-of', kind: 'departure', re: new RegExp(String.raw`departure of ${P}`, 'g') },
  // "The club announced the signing of Pellegrini": no club named, so the article's own.
  { rule: 'arrival/signing-of', kind: 'arrival', re: new RegExp(String.raw`(?:announced|completed|confirmed|sealed|finalised|finalized|wrapped up) (?:the )?(?:signing|capture|arrival|acquisition) of ${P}`, 'g') },
  { rule: 'departure/left-the-club', kind: 'departure', re: new RegExp(String.raw`${P} (?:has |have |had )?(?:departed|left) the club`, 'g') },
  // --- the club that wants him ---
  { rule: 'to/moves-to', kind: 'to', re: new RegExp(String.raw`${P}${GAPNP(80)}\b${MOVE_TO} (?:(?!from )[a-z-]+ ){0,3}?${C}`, 'g') },
  // "the second Netherlands international to join Bayern this summer after the midfielder Gravenberch".
  { rule: 'to/joined-earlier', kind: 'to', re: new RegExp(String.raw`\b(?:second|third|fourth|fifth|sixth|latest|another)\b${GAP(40)}\bto (?:join|sign for|arrive at) ${C}${GAP(30)}\b(?:after|following) (?:the [a-z-]+ )?${P}`, 'g'), single: true },
  // "He has sought pastures new in the Turkish top flight with Galatasaray", "a fresh start at Hull".
  { rule: 'to/pastures-new', kind: 'to', re: new RegExp(String.raw`${P}${GAPNP(60)}\b(?:pastures new|new pastures|a new challenge|a fresh start)${GAP(50)}\b(?:with|at) ${C}`, 'g'), single: true },
  // "The 27-year-old signed a three-year deal at Ibrox" (a new deal at his own club is an extension).
  {
    rule: 'to/signed-deal-at',
    kind: 'to',
    re: new RegExp(String.raw`${P}${GAPNP(30)}\b(?:signed|penned|put pen to paper on) (?:a |an )?(?<d>(?:[\w-]+ ){0,3})(?:deal|contract) (?:at|with) ${C}`, 'g'),
    check: (m) => !/\b(?:new|extended|improved|fresh|renewed)\b/.test(m.groups?.d ?? ''),
    single: true,
  },
  // "Carranza has been in talks with the Miami club" (not "with his club over a new contract").
  {
    rule: 'to/player-in-talks-with',
    kind: 'to',
    re: new RegExp(String.raw`${P}${GAPNP(40)}\b(?:in talks|held talks|holding talks|in discussions|in negotiations|negotiating) with (?:the )?${C}(?<rest>[^.;]{0,40})`, 'g'),
    check: (m) => !/\b(?:new|improved|extended|renewed) (?:contract|deal|terms)|\bextension\b|\brenew/.test(m.groups?.rest ?? '') && !/\bhis (?:current )?club\b/.test(m[0]),
    single: true,
  },
  { rule: 'to/bring-to', kind: 'to', re: new RegExp(String.raw`bring(?:ing)? ${P} to ${C}`, 'g') },
  // "his desire to make John a Rangers player", "Pellegrini will become an Inter Miami player".
  { rule: 'to/make-club-player', kind: 'to', re: new RegExp(String.raw`(?:make|makes|made|making) ${P} an? ${C} player`, 'g') },
  { rule: 'to/become-club-player', kind: 'to', re: new RegExp(String.raw`${P}${GAPNP(40)}\b(?:become|becomes|became|becoming) an? ${C} player`, 'g') },
  { rule: 'to/player-to-club', kind: 'to', re: new RegExp(String.raw`(?:transfers? of|sale of|deal for|move of|sell|sold|selling|send|sending|loan|loaning|lost|losing)(?: (?:the|their|his) [a-z-]+| [a-z-]+)? ${P} to (?:the )?${C}`, 'g') },
  // "the transfers of Neres to Ajax, Lyanco to Torino and Galvan to Real Madrid".
  // (the list's head is checked last, in a lookbehind: tried at every comma, it cost more than all other rules)
  { rule: 'to/listed-moves', kind: 'to', re: new RegExp(String.raw`(?:, |,? and )${P} to ${C}(?<=(?:transfers?|sales?|moves?|departures?|switch(?:es)?) of [^.;]{0,160}?(?:, |,? and )⟦p\d+⟧ to ⟦c\d+⟧)`, 'g'), single: true },
  { rule: 'to/move-to', kind: 'to', re: new RegExp(String.raw`(?:move|transfer|switch|loan|deal) to (?:[a-z-]+ ){0,3}?${C}`, 'g') },
  {
    rule: 'buyer/club-pursuit-of',
    kind: 'buyer',
    re: new RegExp(String.raw`${C}(?:'s? (?:[a-z0-9$€£.,-]+ ){0,3}?(?:pursuit|interest|bid|offer|approach|move|swoop|signing|chase|hunt|proposal|overtures)s?| (?:bid|offer|move|swoop|approach)) (?:of|in|for|to sign|to land)${GAPX(30)}${P}`, 'g'),
  },
  { rule: 'buyer/offer-from', kind: 'buyer', re: new RegExp(String.raw`(?:offer|bid|approach|proposal|interest|enquiry) from ${C}`, 'g') },
  {
    rule: 'buyer/subject',
    kind: 'buyer',
    re: new RegExp(String.raw`(?:^|: |-- )(?:[^.;:]{0,45}?)${C}(?<mid>${GAPX(220)})${P}`, 'g'),
    check: (m) => buyerMid(m.groups?.mid ?? '') && !laterSubject(m.groups?.mid ?? ''),
  },
  {
    // "Benfica refused to budge, and the London club appeared to cool its interest, as they made
    // other signings, notably Mudryk": a later clause has a subject of its own.
    rule: 'buyer/clause-subject',
    kind: 'buyer',
    re: new RegExp(String.raw`(?:(?:, and |, but |; |, while )(?:the )?| and (?=⟦c\d+⟧ (?:are|is|have|has|were|was)\b))${C}(?<mid>${GAPX(220)})${P}`, 'g'),
    check: (m) => buyerMid(m.groups?.mid ?? ''),
  },
  {
    // "Arsenal have opened talks over Roux and are also considering a move for his team-mate, Sy":
    // a second verb phrase shares the sentence's subject.
    rule: 'buyer/subject-second-verb',
    kind: 'buyer',
    re: new RegExp(String.raw`(?:^|: )(?:[^.;:⟦]{0,45}?)${C}${GAPX(200)}\band (?:are|is|have|has|were|was|will|would) (?:also |now |still )?(?<mid>[^.;⟦]{0,70})${P}`, 'g'),
    check: (m) => buyerMid(m.groups?.mid ?? '') && allMatches(CLAUSE_SUBJECT, m[0]).length === 0,
    single: true,
  },
  {
    // "Leeds were set to make an opening offer": a buyer with no player named is after the player
    // the story is about.
    rule: 'buyer/subject-alone',
    kind: 'buyer',
    // "Real Madrid, PSG and Manchester City have given his dad the same tour": a list shares the verb.
    re: new RegExp(String.raw`(?:^|: )(?:[^.;:⟦]{0,45}?)${CLIST}(?<mid> (?:are|is|were|was|have|has|had|will|would|could|remain|remains)?${GAP(60)})(?:${BUYER_CUE})`, 'g'),
    check: (m) => !/n't|\bnever\b|failed to|unable to|\bnot\b/.test(m.groups?.mid ?? ''),
    withoutPlayer: true,
  },
  { rule: 'buyer/talks-between', kind: 'buyer', re: new RegExp(String.raw`(?:talks|negotiations|discussions) between ${C} and ⟦c\d+⟧`, 'g'), oneClub: true, pursuit: true },
  { rule: 'seller/talks-between', kind: 'seller', re: new RegExp(String.raw`(?:talks|negotiations|discussions) between ⟦c\d+⟧ and ${C}`, 'g'), oneClub: true, pursuit: true },
  { rule: 'current/players-club', kind: 'current', re: new RegExp(String.raw`${P}'s? (?:club|side|employers|parent club|current club),? -? ?${C}`, 'g'), single: true },
  { rule: 'buyer/leading', kind: 'to', re: new RegExp(String.raw`${C}${GAP(40)}(?:leading the race|in pole position|the favou?rites?|frontrunners?|in the driving seat|prime position|won the race|winning the race|favou?rites?|most persistent|leading contenders?)`, 'g'), pursuit: true },
  // --- the clubs competing with it ---
  { rule: 'suitor/competition-from', kind: 'suitor', re: new RegExp(String.raw`(?:competition|interest|rivalry|rivals?|competing) (?:from|with) (?:the likes of |[a-z]+ )?${CLIST}`, 'g') },
  { rule: 'suitor/likes-of', kind: 'suitor', re: new RegExp(String.raw`(?:the likes of|clubs such as|clubs including|including) ${CLIST}`, 'g') },
  {
    rule: 'suitor/also-interested',
    kind: 'suitor',
    re: new RegExp(String.raw`${CLIST},? (?:are |were |is |have |has |had )?(?:also |all |now |long |still )?(?:been )?(?:reported to be |said to be |believed to be )?(?:also )?(?:linked|interested|keen|chasing|pursuing|monitoring|tracking|eyeing|in the race|in the hunt|circling|determined|admirers|suitors|wanted|open to signing|eager|keeping an eye|(?:still )?ha(?:ve|s) (?:good |a good |the best |real )?chances?|asked about|enquired|made (?:an )?enquir(?:y|ies)|made contact|sounded out|(?:the first (?:club )?to )?(?:show(?:n|ed)?|expressed|registered) (?:an )?interest|preparing an offer)`, 'g'),
    pursuit: true,
  },
  // (not a match result: "they were beaten 2-1 by Bayern")
  { rule: 'suitor/beat', kind: 'suitor', re: new RegExp(String.raw`\b(?:beat(?:ing)?|fend(?:ing|ed)? off|fought off|defeated|saw off|seen off|ahead of|outbid(?:ding)?)\b(?<g>${GAP(40)})${CLIST}`, 'g'), check: (m) => !/\bby (?:the )?$/.test(m.groups?.g ?? '') },
  { rule: 'suitor/linked-with', kind: 'suitor', re: new RegExp(String.raw`${P}${GAPNP(60)}(?:also )?(?:been )?(?:linked|wanted) (?:with|to|by) (?:a move to )?${CLIST}`, 'g') },
  // --- his past ---
  // "arrived from Club Brugge in 2021" is history (the year says so); "Soumare joined from Lille" this summer is the move.
  { rule: 'seller/arrived-from', kind: 'seller', re: new RegExp(String.raw`(?:arrived|came|joined${GAP(20)}) from ${C}`, 'g') },
  { rule: 'history/spells', kind: 'history', re: new RegExp(String.raw`(?:spells?|stints?|time|seasons?) (?:on loan )?(?:with|at) (?:[a-z]+ (?:side|club|outfit) )?${CLIST}`, 'g') },
  { rule: 'history/ex', kind: 'history', re: new RegExp(String.raw`\bex-${C}`, 'g') },
  { rule: 'history/youth', kind: 'history', re: new RegExp(String.raw`(?:youth (?:system|academy|ranks|setup)|academy|came through|trained at|product of|boyhood club)${GAP(20)}${C}`, 'g') },
  { rule: 'history/loaned', kind: 'history', re: new RegExp(String.raw`(?:loaned (?:out )?to|spell on loan (?:at|with)|(?:spent|had) [^.;⟦]{0,30}?on loan (?:at|with)) ${C}`, 'g') },
  { rule: 'history/joined-on-loan', kind: 'history', re: new RegExp(String.raw`joined ${C} on loan`, 'g') },
  { rule: 'history/played-for', kind: 'history', re: new RegExp(String.raw`(?:played for|previously played for|started his career (?:at|with)|began his career (?:at|with)) ${CLIST}`, 'g') },
];

/** The year "now" is: the article's, or later when the text names a later season ("2020/21"). */
export function referenceYear(text: string, date: string | null): number | null {
  let ref = date ? Number(date.slice(0, 4)) : null;
  for (const m of allMatches(/\b(20\d\d)[/-](\d\d)\b/g, text)) {
    const end = Number(m[1]) + 1;
    if (Number(m[2]) === end % 100 && (ref === null || end > ref)) ref = end;
  }
  return ref;
}

// "in 2019", "since the summer of 2021": the year comes first in the pattern (found fast), the
// words before it in a lookbehind.
const PAST_YEAR = /(?<y>(?:19|20)\d\d)(?<=\b(?:in|since|during|from|of) (?:the )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|summer|winter) (?:of )?)?\d{4})(?:[/-]\d\d)?\b/g;

// A sentence that tells the past: a year before the article's, "ago", "previously", "in 2019".
// Past-tense cue words count in `cues` (the relation and the words before it: "previously facing
// rejection" after it belongs to the next clause); years count anywhere in `text`.
// The years in the relation's own words (from `ownFrom` on) date it, else the nearest year before
// it: "paid in 2019 for Hernandez, who left for PSG in 2023" dates the move by 2023.
export function isHistory(text: string, refYear: number | null, strict = true, cues = text, ownFrom = 0): boolean {
  if (!strict && /\b(?:ago|last (?:summer|season|year|january))\b/.test(cues)) return true;
  if (strict && /\b(?:ago|previously|initially|back in|last summer's|last year|in the past|since (?:he|his)|his debut|was (?:also )?loaned|(?:two|three|four|five|six|\d+|a few|several) (?:years|seasons) (?:after|before|earlier))\b/.test(cues)) return true;
  const years = allMatches(PAST_YEAR, text);
  const own = years.filter((m) => (m.index ?? 0) >= ownFrom);
  for (const m of own.length > 0 ? own : years.slice(-1)) {
    const y = Number(m.groups?.y);
    if (refYear === null || y < refYear) return true;
  }
  return false;
}

interface CompiledRule extends RelationRule {
  /** Whether the rule needs one of its hint words in the template. */
  readonly hinted: boolean;
  readonly needsPlayer: boolean;
}

// (every field set, in one order: objects of one shape keep the per-match reads of the hot loop
// monomorphic; spread rules with different optional fields had made them megamorphic)
export const COMPILED: readonly CompiledRule[] = RULES.map((r) => ({
  rule: r.rule,
  kind: r.kind,
  re: r.re,
  check: r.check,
  single: r.single === true,
  withoutPlayer: r.withoutPlayer === true,
  oneClub: r.oneClub === true,
  pursuit: r.pursuit === true,
  hinted: HINTS[r.rule] !== undefined,
  needsPlayer: r.re.source.includes('(?<p>'),
}));

// Every hint word in a template, found in one scan, and for each the rules it lets run.
const HINT_LIST = [...new Set(Object.values(HINTS).flat())];
const RULES_OF_HINT = HINT_LIST.map((h) => COMPILED.flatMap((r, k) => (HINTS[r.rule]?.includes(h) ? [k] : [])));
const UNHINTED = Uint8Array.from(COMPILED, (r) => (r.hinted ? 0 : 1));
const RULES_BY_HINT = new Map(HINT_LIST.map((h, k) => [h, RULES_OF_HINT[k] ?? []]));
// (built at its first use: most articles never need it)
let findHints: ((text: string) => WordHits) | undefined;
/** The rules whose hint words a template holds (1 = may match), and every rule without hints. */
function rulesToTry(text: string): Uint8Array {
  const flags = UNHINTED.slice();
  (findHints ??= wordPositions(HINT_LIST))(text).eachFound((h) => {
    for (const r of RULES_BY_HINT.get(h) ?? []) flags[r] = 1;
  });
  return flags;
}

/**
 * The hint words as they stand in the article itself, where a template's placeholders are still
 * names: " of ⟦c" is " of " there. Each is in the sentence wherever its hint is in the sentence's
 * template, whose text between placeholders is the sentence's own (when its whitespace is).
 */
export const SOURCE_HINTS: readonly string[] = [...new Set(HINT_LIST.map(unplaced))];
function unplaced(h: string): string {
  return h.replace(/⟦[cpn]?$/, '').replace(/^⟧/, '');
}
const RULES_OF_SOURCE_HINT = new Map(SOURCE_HINTS.map((w) => [w, [...new Set(HINT_LIST.flatMap((h, k) => (unplaced(h) === w ? RULES_OF_HINT[k] ?? [] : [])))]]));

/**
 * For each sentence, the rules whose hint words it holds (as `rulesToTry` gives for its template,
 * or more): from where the article's hint words stand (`hits`, a finder's over SOURCE_HINTS and
 * perhaps more), found in one scan of the article instead of one per template. The flags are read
 * only: the sentences without hint words share one array.
 */
export function hintsBySentence(hits: WordHits, sentences: readonly { start: number; end: number }[]): readonly Readonly<Uint8Array>[] {
  // (a sentence no hint word stands in shares the flags of the rules without hints, read only)
  const out = sentences.map(() => UNHINTED);
  hits.eachFound((w, found) => {
    const rules = RULES_OF_SOURCE_HINT.get(w);
    if (rules === undefined) return;
    let k = 0;
    for (const at of found) {
      while (k < sentences.length && (sentences[k] as { end: number }).end <= at) k++;
      const s = sentences[k];
      if (s === undefined) break;
      if (at < s.start) continue;
      let flags = out[k] as Uint8Array;
      if (flags === UNHINTED) out[k] = flags = UNHINTED.slice();
      for (const r of rules) flags[r] = 1;
    }
  });
  return out;
}

// The rules that may apply to a template, by what it names (bit 1: a player, bit 2: a club), and
// by the kinds asked for: worked out once per kind set, not rule by rule in every template.
const CANDIDATES = new WeakMap<ReadonlySet<RelationKind>, readonly (readonly number[])[]>();
const ALL_KINDS: ReadonlySet<RelationKind> = new Set(COMPILED.map((r) => r.kind));
function candidates(only: ReadonlySet<RelationKind>): readonly (readonly number[])[] {
  let lists = CANDIDATES.get(only);
  if (lists) return lists;
  lists = [0, 1, 2, 3].map((names) => {
    const hasPlayer = (names & 1) !== 0;
    const hasClub = (names & 2) !== 0;
    return COMPILED.flatMap((r, k) => {
      if (!only.has(r.kind)) return [];
      // Rules that name a player cannot match a sentence without one.
      if (hasPlayer ? r.withoutPlayer : r.needsPlayer) return [];
      // Departures and arrivals told without a club are the article's own club's.
      if (!hasClub && r.kind !== 'departure' && r.kind !== 'arrival') return [];
      if (hasClub && r.kind === 'arrival') return [];
      return [k];
    });
  });
  CANDIDATES.set(only, lists);
  return lists;
}

/**
 * The relations a sentence template tells. `hinted`: the rules its hint words let run, when the
 * caller has them (see `hintsBySentence`); else the template is scanned for them.
 */
export function findRelations(t: Template, focus: number | null, only: ReadonlySet<RelationKind> = ALL_KINDS, salient: number | null = focus, hinted?: Uint8Array): Relation[] {
  const out: Relation[] = [];
  if (!t.text.includes('⟦')) return out;
  const rules = candidates(only)[(t.text.includes('⟦p') ? 1 : 0) | (t.text.includes('⟦c') ? 2 : 0)] as readonly number[];
  if (rules.length === 0) return out;
  // A set lookup per sentence is far cheaper than a regex run that fails.
  const mayRun = hinted ?? rulesToTry(t.text);
  for (let j = 0; j < rules.length; j++) {
    const k = rules[j] as number;
    if (mayRun[k] === 0) continue;
    const r = COMPILED[k] as CompiledRule;
    const re = r.re;
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m !== null; m = re.exec(t.text)) {
      // (no rule matches the empty string; were one to, the scan still moves on)
      if (m[0].length === 0) re.lastIndex = m.index + 1;
      if (!r.check || r.check(m)) relate(t, r, m, focus, salient, out);
    }
  }
  return out;
}

/** The relations one match of a rule tells, added to `out`. */
function relate(t: Template, r: CompiledRule, m: RegExpExecArray, focus: number | null, salient: number | null, out: Relation[]): void {
  const g = m.groups ?? {};
  const whole = m[0];
  const at = m.index;
  const ownClub = r.kind === 'departure' || r.kind === 'arrival';
  // A list shares the verb ("A, B and C have joined"), but not a relative clause ("C - who is ...").
  const tail = g.p ? whole.slice(whole.indexOf(g.p) + g.p.length) : '';
  // "Mané from Liverpool and Mazraoui from Ajax": each item's own club is its own.
  const own = r.single || /\bwho\b| - |, /.test(tail) || /^,? (?:of|from) ⟦c\d+⟧$/.test(tail);
  let players = g.ps ? slotsIn(g.ps, 'p') : g.p ? (own ? [idOf(g.p)] : listed(t, g.p)) : [];
  if (players.length === 0) {
    // A relation with no player named in it belongs to the player named last before it, or
    // to the player the story is about.
    const named = slotsIn(t.text.slice(0, at), 'p');
    // A club as the whole subject ("Arsenal have started further talks") acts for the story's player.
    const fallback = r.withoutPlayer || r.pursuit ? salient : focus;
    const first = named.length > 0 ? (named[named.length - 1] as number) : firstSlot(t.text, 'p');
    players = first !== null ? [first] : fallback !== null ? [fallback] : [];
  }
  const clubList = ownClub ? [-1] : g.cs ? slotsIn(g.cs, 'c') : g.c && !r.oneClub ? listed(t, g.c) : slotsIn(g.c, 'c');
  // History is told in the clause around the relation ("moved to Stuttgart in January 2019");
  // a rival's interest is judged by its own words only.
  const [before, after] = r.kind === 'suitor' ? [0, 12] : [40, 25];
  const from = Math.max(0, at - before);
  const around = t.text.slice(from, at + whole.length + after);
  const head = t.text.slice(from, at + whole.length);
  for (const p of players) for (const c of clubList) out.push({ kind: r.kind, player: p, club: c, sent: t.sent, rule: r.rule, text: whole, around, head, at, ownFrom: Math.min(at, before) });
}

/** The id in a placeholder ("⟦p12⟧" → 12). */
const idOf = (ph: string): number => Number(ph.slice(2, -1));

/** The ids of a placeholder and of every placeholder listed with it ("A, B and C"). */
function listed(t: Template, ph: string): number[] {
  const list = t.groups.get(ph);
  return list ? list.map(idOf) : [idOf(ph)];
}

/** The id of the first placeholder of a kind in a template, or null. */
function firstSlot(s: string, kind: 'c' | 'p'): number | null {
  const at = s.indexOf(`⟦${kind}`);
  const close = at < 0 ? -1 : s.indexOf('⟧', at);
  return close > at ? Number(s.slice(at + 2, close)) : null;
}
