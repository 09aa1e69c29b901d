/**
 * Word lists of speaker resolution (speakers/): titles that are also honorifics, words that never name a person on
 * their own. Lower-case keys.
 */

import { extend, words } from './words';
import { TITLE_SMALL_WORDS } from './functionWords';
import { PERSON_PARTICLES, STREET_WORDS_NOT_SURNAMES } from './entityWords';

/** Each abbreviation as written with and without its dot: "supt" and "supt.". */
function withAndWithoutDot(pairs: Array<[string, string]>): Array<[string, string]> {
  return pairs.flatMap(([abbreviation, office]): Array<[string, string]> => [
    [abbreviation, office],
    [`${abbreviation}.`, office],
  ]);
}

/** An abbreviated title before a name gives its office: "Gov. Chris Christie" is a governor ("the governor" later). */
export const HONORIFIC_OFFICE: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['gov.', 'governor'],
  ['sen', 'senator'],
  ['sen.', 'senator'],
  ['rep', 'representative'],
  ['rep.', 'representative'],
  ['gen', 'general'],
  ['gen.', 'general'],
  ['prof', 'professor'],
  ['prof.', 'professor'],
  // Canadian and British forces and councils write these: "Coun. Marie Roy", "Supt. Ian Hale", "Const. Ana Sousa"
  ...withAndWithoutDot([
    ['cr', 'councillor'],
    ['coun', 'councillor'],
    ['cllr', 'councillor'],
    ['supt', 'superintendent'],
    ['insp', 'inspector'],
    ['det', 'detective'],
    ['const', 'constable'],
    ['atty', 'attorney'],
    ['amb', 'ambassador'],
  ]),
  // a member of the House of Lords is "the peer" later: "Lord Hartley said … the Tory peer added"
  ['lord', 'peer'],
  ['baroness', 'peer'],
]);

/**
 * Capitalized words that open a sentence or a clause and are never a person's whole name: "Instead, he said …",
 * "Band member Flea". A one-word "person" made of one of them is a misreading.
 */
export const NEVER_A_PERSON = words(
  'NEVER_A_PERSON',
  `
instead however meanwhile still later earlier then now today yesterday here there also too indeed thus hence
band court group team party campaign twitter facebook instagram youtube washington
`,
);

/**
 * Capitalized words that open a sentence and never speak, as a lone "name" the recognizer took for nothing: "What
 * happened next, Trump said, …", "Related: …", "More than that, Cruz said". Their clause has no named speaker.
 */
export const NEVER_A_SPEAKER = words(
  'NEVER_A_SPEAKER',
  'what why how when where which whose wait related more such other very once overall fully besides amid initial subsequent the this that',
);

/**
 * Verbs that report speech only right after a quote ('"Would it be negotiable?" Hale pressed.'); elsewhere they mean
 * something else ("pressed the button", "started the car"), so they are not general reporting cues.
 */
export const AFTER_QUOTE_CUES = words(
  'AFTER_QUOTE_CUES',
  `
pressed exhorted chanted cracked thundered griped groused raged ranted screamed murmured mumbled stammered started began
offered chimed interjected
`,
);

/** Reporting verbs made of a verb and its particle, verb → particle: "she went on: '…'", "Reyes shot back". */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['went', 'on'],
  ['goes', 'on'],
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['fires', 'back'],
  ['hit', 'back'],
  ['hits', 'back'],
  ['piped', 'up'],
  // '"…," Marsh read aloud': a person reading words out speaks them ("the sign read" alone is a text's)
  ['read', 'aloud'],
  ['reads', 'aloud'],
]);

/** Nouns for a written or broadcast text: its speaker is whoever issued it ("the DNC issued a statement … the statement said"). */
export const ISSUED_TEXT_NOUNS = words(
  'ISSUED_TEXT_NOUNS',
  `
statement email e-mail memo letter notice release ad advertisement tweet post message note filing report editorial headline
`,
);

/** Verbs by which someone issues a text: "X issued a statement", "his campaign sent out an email". */
export const ISSUING_VERBS = words(
  'ISSUING_VERBS',
  `
issued issues released releases sent sends posted posts published publishes wrote writes put puts emailed tweeted aired airs ran runs
`,
);

/**
 * Verbs that put out a text, read only when looking back for a text's issuer: besides the issuing verbs, those of a
 * filing or a hand-over ("Cook provided a written statement", "a lawsuit filed by a former aide", "the memo she
 * submitted") and of a study made or ordered ("The party commissioned a review", "researchers conducted a survey"),
 * which report nothing by themselves. Not "circulated" or "distributed": "Aides circulated a memo … It
 * was written by the chief of staff" passes on another's text.
 */
export const ISSUER_VERBS = extend(
  'ISSUER_VERBS',
  ISSUING_VERBS,
  'provided provides filed files submitted submits drafted signed penned authored commissioned commissions conducted conducts produced produces compiled compiles',
);

/** Nouns of a newspaper, which take up the paper named last: "the newspaper wrote", "the tabloid reported". */
export const PRESS_NOUNS = words('PRESS_NOUNS', 'newspaper paper daily tabloid broadsheet');

/**
 * Last words of a newspaper's name that no title or role ends with: "The Wall Street Journal", "the New York Daily
 * News", "The Harbour Gazette" (not "the Opposition Leader", "the Medical Examiner").
 */
export const PAPER_NAME_WORDS = words(
  'PAPER_NAME_WORDS',
  'times post news journal herald tribune gazette telegraph chronicle globe courier ledger inquirer star sun mail express independent mirror register bulletin',
);

/** Last words of a newspaper's name, some of them a role's too ("The Sentinel Leader", "the Harbour Examiner"). */
export const PRESS_NAME_WORDS = extend(
  'PRESS_NAME_WORDS',
  PAPER_NAME_WORDS,
  'guardian examiner observer leader standard',
);

/** Texts that answer or state, whose issuer is who just answered: '… responded. "…," the statement said'. */
export const REPLY_TEXT_NOUNS = words('REPLY_TEXT_NOUNS', 'statement response reply');

/**
 * Texts by which someone announces, whose issuer is who spoke last when no one is said to have issued them: "The
 * county party announced the rally was off. ¶ '…,' the release said".
 */
export const ANNOUNCEMENT_NOUNS = extend('ANNOUNCEMENT_NOUNS', REPLY_TEXT_NOUNS, 'release announcement');

/** Other nouns for the same text, by which a later mention takes up an earlier one: "a lawsuit … the suit says". */
export const TEXT_NOUN_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['suit', ['lawsuit']],
  ['lawsuit', ['suit']],
  ['email', ['e-mail']],
  ['e-mail', ['email']],
  ['ad', ['advertisement']],
  ['advertisement', ['ad']],
  // a body's study is one text under several nouns: "The institute released a study … 'From the report: …'"
  ['report', ['study', 'review', 'analysis', 'survey', 'audit', 'assessment', 'paper']],
  ['study', ['report', 'analysis', 'paper', 'survey']],
  ['review', ['report', 'audit', 'assessment']],
  ['analysis', ['report', 'study', 'paper']],
  ['survey', ['poll', 'report', 'study']],
  ['poll', ['survey']],
  ['audit', ['report', 'review']],
]);

/** Words between an issuer and its verb: "has issued", "also sent out" (the subject ends before them). */
export const ISSUER_AUX = words('ISSUER_AUX', 'has had have also later then quickly on');

/** Verbs by which a text speaks for its author, only with a text as subject: '"…," read the email', 'it reads, "…"'. */
export const TEXT_READ_CUES = words('TEXT_READ_CUES', 'read reads');

/**
 * Verbs of a text's parts, which report its words only inverted after the quote with the text named next:
 * '"Please do not touch the protester," begins a scripted message', '"…," concludes the report'.
 */
export const TEXT_PASSAGE_CUES = words('TEXT_PASSAGE_CUES', 'begins opens continues concludes ends');

/**
 * Verbs by which a text, a clip or an event opens or closes on a scene: 'The ad ends with a narrator saying, "…"',
 * 'The video opened with Hale asking: "…"'; the one after "with" speaks.
 */
export const FRAMING_VERBS = extend(
  'FRAMING_VERBS',
  TEXT_PASSAGE_CUES,
  'begin began opened open concluded conclude ended end closes closed close starts started start',
);

/** Passive verbs whose "by" names a text's author: "an email sent on Friday by Rivera" (not "released by"). */
export const AUTHORING_VERBS = words('AUTHORING_VERBS', 'sent written signed authored penned posted tweeted emailed');

/** Verbs by which a person writes a book ("Hal Brook has written a memoir", "wrote a novel"): its author. */
export const BOOK_WRITING_VERBS = words(
  'BOOK_WRITING_VERBS',
  'wrote written penned authored co-wrote co-written co-authored published',
);

/**
 * Words before "a nurse" that make it say what someone already there is ("Ray Hale, a nurse,", "worked as a nurse",
 * "she is a nurse"), not bring in someone new (introducedUnnamed.ts).
 */
export const DESCRIBING_LINKS = words('DESCRIBING_LINKS', ', ( — – as is was are were be been became becomes remains');

/** Verbs that issue a text of their own noun: "Rivera emailed supporters … the email goes on", verb → noun. */
export const TEXT_VERBS: ReadonlyMap<string, string> = new Map([
  ['emailed', 'email'],
  ['e-mailed', 'email'],
  ['emails', 'email'],
  ['tweeted', 'tweet'],
  ['tweets', 'tweet'],
  ['posted', 'post'],
  ['texted', 'message'],
]);

/** Words that end a noun phrase before a name ('"…," former policy director Anne Voss wrote'): pronouns and relatives. */
export const PHRASE_PRONOUNS = words('PHRASE_PRONOUNS', 'i he she they we it you who which that');

/**
 * Members of a faith or a party: the plural ("Muslims", "Democrats") that a recognizer takes for a one-word name is a
 * group, never one person who could be "he" or "she" (plural demonyms, "Germans", are caught by the gazetteer).
 */
export const GROUP_MEMBER_WORDS = words(
  'GROUP_MEMBER_WORDS',
  `
muslim christian jew catholic protestant hindu sikh buddhist evangelical mormon democrat republican liberal
conservative progressive libertarian
`,
);

/** Last words of a street's name, never of a person's: "Hermosa Street", "Calle Ocho Avenue". */
export const STREET_WORDS = extend('STREET_WORDS', STREET_WORDS_NOT_SURNAMES, 'street lane plaza');

/**
 * Words a title-case headline glues onto a name ("With Reyes Out and Halvorsen In"): never the end of a person's
 * name, nor a name on their own when the recognizer spreads them to "In an essay, …".
 */
export const NAME_TAIL_WORDS = extend('NAME_TAIL_WORDS', TITLE_SMALL_WORDS, 'out up off down over back');

/** Words between a description and the name it gives: "a man calling himself Paul Paul", "the chief known as Bob". */
export const NAMING_VERBS = words('NAMING_VERBS', 'known named called calling calls');
export const NAMING_WORDS = extend('NAMING_WORDS', NAMING_VERBS, 'who as himself herself');
/** Words of a relative clause that gives the person's name: "who gave only his first name, Karim", "who asked to be
 * identified only as Leila". */
export const NAME_GIVING_WORDS = extend('NAME_GIVING_WORDS', NAMING_VERBS, 'name names surname identified');
/** Words of a clause that keeps a source unnamed: "who asked not to be named", "who spoke on condition of anonymity". */
export const UNNAMED_SOURCE_WORDS = words('UNNAMED_SOURCE_WORDS', 'named identified anonymity anonymously');

/**
 * Lower-case words that open a surname of several words: "bin Salman" of "Mohammed bin Salman", "Ó Briain" of "Seán
 * Ó Briain", "Mac Cárthaigh" of "Clodagh Mac Cárthaigh", "van der Berg" of "Pieter van der Berg". The recognizer's
 * particles and the Irish ones.
 */
export const SURNAME_PARTICLES = extend('SURNAME_PARTICLES', PERSON_PARTICLES, 'ó ní nic ua mac');

/**
 * Particles found only inside a person's name, between its words: the Irish patronymics ("Síle Nic Giolla Phádraig",
 * "Seán Ó Briain", "Aoife Ní Bhriain") and the Malay and Arabic ones ("Anwar bin Ibrahim", "Siti binti Aziz"). No
 * organization's name holds them, as "de" or "van" may ("Banco de Chile", "Van Lines").
 */
export const PERSON_ONLY_PARTICLES = words('PERSON_ONLY_PARTICLES', 'ó ní nic uí mhic ua bin binti bint ibn');

/**
 * Letters after a name that are no part of it, written in capitals: "Seán Ó Briain SC" (senior counsel) is "Mr Ó
 * Briain" later; "Jane Doe MP", "John Roe OBE", Nigeria's "SAN" (senior advocate).
 */
export const POST_NOMINALS = words('POST_NOMINALS', 'sc qc kc mp msp mla mpp td mep obe mbe cbe kbe dbe san');

/**
 * Occupations a news story re-describes a person it has named by, beyond the offices of ROLE_NOUNS and the everyday
 * roles: "Osimhen said … 'We wanted it,' the striker said", "the retired teacher added", "the billionaire told supporters".
 */
export const EPITHET_NOUNS = words(
  'EPITHET_NOUNS',
  `striker midfielder goalkeeper keeper defender centre-half centre-back full-back winger forward batsman batter bowler
   pitcher quarterback skipper
   cyclist sprinter swimmer golfer boxer fighter jockey rider racer runner athlete champion star singer rapper musician artist
   actor actress designer chef entrepreneur engineer pilot graduate pensioner mechanic builder shopkeeper miner advocate
   billionaire millionaire mogul tycoon magnate financier businessman businesswoman mum mom dad`,
);

/** A team member's role that a playing position re-describes: "United captain Kofi Mensah … the midfielder said". */
export const TEAM_ROLES = words('TEAM_ROLES', 'captain vice-captain skipper player teammate');

/** Lower-case roles a team has between its name and a person's: "Maple Leafs coach Craig Berube". */
export const TEAM_ROLES_BEFORE_NAME = extend('TEAM_ROLES_BEFORE_NAME', TEAM_ROLES, 'coach manager goalkeeper goalie');

/** An age or a family as a description: "the 41-year-old", "the father-of-three", "the mother-of-two". */
export const AGE_OR_KIN_EPITHET = /^(?:\d{1,3}-year-old|(?:grand)?(?:father|mother|dad|mum|mom)-of-[\p{L}-]+)$/u;

/**
 * A height as a description, as sports writing re-describes a player: "the 6-foot-10 center", "the 7-footer", "the
 * 6ft 2in striker" ("6ft" and "2in" are words of their own).
 */
export const HEIGHT_EPITHET = /^(?:\d-(?:foot|ft)(?:-\d{1,2})?|\d-footer|\dft)$/u;

/** Nouns after "her"/"his" in a relative clause that tell whose they are: "who did not give her name". */
export const OWN_IDENTITY_NOUNS = words('OWN_IDENTITY_NOUNS', 'name names identity surname');

/** Person nouns that say a woman or a man: "the congresswoman said" is not the man named last. */
export const FEMALE_PERSON_NOUNS = words(
  'FEMALE_PERSON_NOUNS',
  `woman mother wife daughter sister girl lady grandmother widow actress congresswoman chairwoman spokeswoman
   businesswoman councilwoman assemblywoman alderwoman queen princess mum mom missus wifey sister-in-law mother-in-law
   daughter-in-law half-sister stepsister stepmother stepdaughter`,
);
export const MALE_PERSON_NOUNS = words(
  'MALE_PERSON_NOUNS',
  `man father husband son brother boy gentleman grandfather widower actor congressman chairman spokesman businessman
   councilman assemblyman alderman selectman king prince dad hubby brother-in-law father-in-law son-in-law half-brother
   stepbrother stepfather stepson`,
);

/** The people a study's report names by turns: "Researchers at … followed …" are "the authors" and "the scientists". */
export const STUDY_AUTHOR_NOUNS = words('STUDY_AUTHOR_NOUNS', 'researchers scientists authors investigators');

/** Modifiers that set a body apart from the one named: "the other group", "the rival union", "the new company". */
export const OTHER_BODY_WORDS = words('OTHER_BODY_WORDS', 'other rival same new former second first latter');

/**
 * Modifiers that make a body the one of its country or town: "the state power utility", "the national oil company"
 * is one body, the one named before; "the cloud software company" is any of a kind.
 */
export const STATE_BODY_WORDS = words('STATE_BODY_WORDS', 'state national public federal municipal government');

/** Anaphor nouns that say a business: "the company", "the airline" take up no party or court. */
export const BUSINESS_NOUNS = words(
  'BUSINESS_NOUNS',
  'company firm airline bank utility network carrier lender insurer retailer carmaker automaker drugmaker chipmaker miller refiner bottler telco telecom supermarket supplier manufacturer startup biotech',
);

/**
 * Anaphor nouns that say a body outside the state: "the union said" after "the Foundry Workers endorsed her, breaking
 * with the union's practice in Senate primaries" takes up no Senate, court or ministry, as "the company" does not.
 */
export const NON_STATE_BODY_NOUNS = extend(
  'NON_STATE_BODY_NOUNS',
  BUSINESS_NOUNS,
  'union group association charity foundation institute club',
);

/** "the company said" after "Acme Widgets Inc. cut 300 jobs": nouns that take up the organization named last. */
export const ORG_ANAPHOR_NOUNS = extend(
  'ORG_ANAPHOR_NOUNS',
  NON_STATE_BODY_NOUNS,
  'organization organisation agency broadcaster publisher watchdog',
);

/**
 * Other heads a body's name may have, for a noun that takes it up: "the panel" is the House Select Committee named
 * before, "the agency" the Food and Drug Administration, "the watchdog" the Competition Commission.
 */
export const BODY_HEAD_SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['panel', new Set(['committee', 'subcommittee', 'commission', 'tribunal', 'board'])],
  ['agency', new Set(['administration', 'service', 'bureau', 'authority', 'commission', 'office'])],
  ['regulator', new Set(['commission', 'authority', 'agency', 'administration', 'board', 'office'])],
  ['watchdog', new Set(['commission', 'authority', 'agency', 'office', 'ombudsman', 'inspectorate'])],
]);

/** Heads of an appositive that make the name before it a body's: "Clean Rivers Wales, a coalition of …, said". */
export const APPOSITIVE_BODY_NOUNS = extend(
  'APPOSITIVE_BODY_NOUNS',
  ORG_ANAPHOR_NOUNS,
  'coalition alliance federation party movement campaign trust council committee consortium',
);

/**
 * Nouns of a public body that news uses for one it just named by a name without the noun: "Indigenous Services
 * Canada said …" ¶ "'…,' the department said" (not "the government", which is as often the whole state).
 */
export const BODY_ANAPHOR_NOUNS = words('BODY_ANAPHOR_NOUNS', 'ministry department council commission');

/** Last words of public bodies' names, none of them a company: "Congress", "the Labour Party", "the High Court". */
export const PUBLIC_BODY_WORDS = words(
  'PUBLIC_BODY_WORDS',
  'congress party parliament government ministry department court senate assembly council commission police army',
);

/**
 * Last words of names no company, union or pressure group bears: "the company said" is not the House named in
 * between, nor "the group said" Temple University, whose professor spoke before it.
 */
export const NON_COMPANY_NAME_WORDS = extend(
  'NON_COMPANY_NAME_WORDS',
  PUBLIC_BODY_WORDS,
  'house university college school hospital museum church cathedral mosque temple',
);

/**
 * Bodies a person leads or belongs to, as a role's modifier: "the union leader" is the one "who heads the farmers'
 * union" or titled "union leader", not any leader; "the opposition leader" is not the chief minister.
 */
export const LED_BODY_WORDS = words(
  'LED_BODY_WORDS',
  'union opposition council board committee coalition association federation league club movement guild',
);

/**
 * Verbs a role follows after "as", with their tense: "Ashworth spent four years as secretary of state" (a former one),
 * "Ruiz, who serves as mayor," (a present one).
 */
export const SERVING_VERBS: ReadonlyMap<string, 'past' | 'present'> = new Map([
  ['served', 'past'],
  ['spent', 'past'],
  ['worked', 'past'],
  ['serves', 'present'],
  ['works', 'present'],
]);

/** Words that end a role after "as": "mayor from 2010", "secretary of state before retiring", "chair until May". */
export const ROLE_STOP_WORDS = words(
  'ROLE_STOP_WORDS',
  'from until till before after between during since for in when and but under with',
);

/** Who wrote a text, as its speaker: "the memo's authors wrote", "the authors said" (issuedTexts.ts). */
export const TEXT_WRITER_NOUNS = words('TEXT_WRITER_NOUNS', 'author authors writer writers');

/** A person's political ad speaks for their campaign: "one Rivera ad declared" is the Rivera campaign's. */
export const CAMPAIGN_TEXT_NOUNS = words('CAMPAIGN_TEXT_NOUNS', 'ad ads advertisement commercial');

/** "his campaign said": an organization owned by a person, named after them ("the Sanders campaign"). */
export const OWNED_ORG_NOUNS = words('OWNED_ORG_NOUNS', 'campaign team office administration staff');

/**
 * Owned bodies news names after the owner's surname ("the Clinton campaign", "the Obama administration"); the others
 * take the owner's name ("Paul Ryan's office"), so "his campaign", "Clinton's campaign" and "the Clinton campaign"
 * are one speaker.
 */
export const SURNAME_NAMED_BODIES = words('SURNAME_NAMED_BODIES', 'campaign team administration');

/** Small words a name's initials skip: "National Rifle Association of America" → NRAA, "the DNC" → DNC. */
export const ACRONYM_SKIPPED = words('ACRONYM_SKIPPED', 'of for the and on in to');

/** Party members as a description's head: "the Kentucky Republican said". */
export const PARTY_MEMBER_NOUNS = words(
  'PARTY_MEMBER_NOUNS',
  'republican democrat independent conservative tory liberal socialist nationalist',
);

/**
 * Other names for a role a person was given: "Conservative MP Priti Patel" is "the Tory" later, "Rep. Ann Voss" (a
 * representative) "the congresswoman", "Councillor Hale" "the councilman".
 */
export const ROLE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['conservative', ['tory']],
  ['tory', ['conservative']],
  ['representative', ['congressman', 'congresswoman', 'congressmember']],
  ['congressman', ['representative']],
  ['congresswoman', ['representative']],
  ['councillor', ['councilor', 'councilman', 'councilwoman', 'alderman']],
  ['councilor', ['councillor', 'councilman', 'councilwoman', 'alderman']],
  ['councilman', ['councillor', 'councilor']],
  ['councilwoman', ['councillor', 'councilor']],
  ['alderman', ['councillor', 'councilor']],
  // a role of two words, matched in the role's text: "council member Tom Hale" is "the councillor"
  ['council member', ['councillor', 'councilor', 'councilman', 'councilwoman']],
  // the offices of diplomacy: "the former secretary of state" is "the diplomat" later
  // "Sandhu, who heads the farmers' union," is "the union leader" later
  ['head', ['leader']],
  ['leader', ['head']],
  // a chief of a people or a village (Southern and West African papers) is "the traditional leader" later: "Chief
  // Nyati welcomed the plan. … said the traditional leader"
  ['chief', ['leader']],
  ['secretary of state', ['diplomat']],
  ['foreign minister', ['diplomat']],
  ['foreign secretary', ['diplomat']],
  ['ambassador', ['diplomat']],
  ['envoy', ['diplomat']],
  ['consul', ['diplomat']],
  // who runs a club or a company is its "boss" in British and Irish news: "Rovers manager Ann Hale" is "the Rovers
  // boss" later, "chief executive Tom Reid" "the Acme boss"
  ['manager', ['boss']],
  ['chief executive', ['boss']],
  ['ceo', ['boss']],
]);

/** Where a report was made, closing its sentence ("said in a written statement", "told reporters at a briefing"). */
export const SETTING_WORDS = words(
  'SETTING_WORDS',
  'in on at a an the his her its their written emailed prepared brief short joint statement interview email e-mail letter post video briefing conference news release call telephone phone reporters journalists',
);

/**
 * Verbs of a relative clause that give a person a role: "Margaret Holloway, who leads the authority," is its leader
 * ("its leader warned" names her), "Ann Bell, who chairs the board," its chair. Not "runs" or "owns": "who runs a
 * bakery" or "owns a dog" gives no office.
 */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['leads', 'leader'],
  ['led', 'leader'],
  ['heads', 'head'],
  ['headed', 'head'],
  ['chairs', 'chair'],
  ['chaired', 'chair'],
  ['founded', 'founder'],
  ['co-founded', 'co-founder'],
  ['manages', 'manager'],
  ['coaches', 'coach'],
  ['directs', 'director'],
  ['represents', 'representative'],
]);

/**
 * Offices news names by another word: "Rep. Bradley Kessler" is "the congressman" later, "Representative Ana Ruiz"
 * "the congresswoman", and a superior court's "Justice Margaret Ellery" (British, Australian, Canadian courts) "the
 * judge". Keys are the description's head, values the office a title gave.
 */
export const OFFICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['judge', 'justice'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['congressmember', 'representative'],
]);

/**
 * Offices written as their initials, to their words: "said the CM" is the chief minister ("Chief Minister Raghav
 * Deshmane" earlier), "the PM said" the prime minister. Indian, British and Australian copy use them after the name.
 */
export const OFFICE_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cm', ['chief', 'minister']],
  ['pm', ['prime', 'minister']],
]);

/**
 * Short forms of given names, to the full form: "Raymond Castellano" is "Ray Castellano" in a rival's quote, "William
 * Hale" is "Bill Hale" in a headline. Both forms of a pair denote the person when the surnames agree.
 */
export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  `ray:raymond bill:william will:william billy:william bob:robert rob:robert bobby:robert bert:robert dick:richard
   rick:richard rich:richard jim:james jimmy:james mike:michael mick:michael tom:thomas tommy:thomas
   joe:joseph joey:joseph dan:daniel danny:daniel dave:david steve:steven chris:christopher matt:matthew
   nick:nicholas tony:anthony ted:edward ed:edward eddie:edward ned:edward chuck:charles charlie:charles
   hank:henry harry:henry jack:john johnny:john jerry:gerald larry:lawrence greg:gregory doug:douglas
   ben:benjamin sam:samuel andy:andrew drew:andrew pete:peter fred:frederick frank:francis gene:eugene
   ken:kenneth ron:ronald don:donald walt:walter wes:wesley brad:bradley phil:philip tim:timothy
   liz:elizabeth beth:elizabeth betsy:elizabeth betty:elizabeth kate:katherine kathy:katherine katie:katherine
   peggy:margaret maggie:margaret meg:margaret sue:susan susie:susan jen:jennifer jenny:jennifer
   pat:patricia patty:patricia trish:patricia becky:rebecca deb:deborah debbie:deborah barb:barbara
   cathy:catherine cindy:cynthia sandy:sandra mandy:amanda vicky:victoria`
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A US party tag's letter: "(R-Ky.)" is a Republican. */
export const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([
  ['R', 'republican'],
  ['D', 'democrat'],
  ['I', 'independent'],
]);

/** US state abbreviations in party tags ("R-Ky.", "D-N.Y.", "R-Texas"), AP style and postal, to the state. */
export const US_STATE_TAGS: ReadonlyMap<string, string> = new Map(
  `Ala:alabama AL:alabama Alaska:alaska AK:alaska Ariz:arizona AZ:arizona Ark:arkansas AR:arkansas Calif:california
   CA:california Colo:colorado CO:colorado Conn:connecticut CT:connecticut Del:delaware DE:delaware Fla:florida
   FL:florida Ga:georgia GA:georgia Hawaii:hawaii HI:hawaii Idaho:idaho ID:idaho Ill:illinois IL:illinois
   Ind:indiana IN:indiana Iowa:iowa IA:iowa Kan:kansas Kans:kansas KS:kansas Ky:kentucky KY:kentucky La:louisiana
   LA:louisiana Maine:maine ME:maine Md:maryland MD:maryland Mass:massachusetts MA:massachusetts Mich:michigan
   MI:michigan Minn:minnesota MN:minnesota Miss:mississippi MS:mississippi Mo:missouri MO:missouri Mont:montana
   MT:montana Neb:nebraska NE:nebraska Nev:nevada NV:nevada N.H:new-hampshire NH:new-hampshire N.J:new-jersey
   NJ:new-jersey N.M:new-mexico NM:new-mexico N.Y:new-york NY:new-york N.C:north-carolina NC:north-carolina
   N.D:north-dakota ND:north-dakota Ohio:ohio OH:ohio Okla:oklahoma OK:oklahoma Ore:oregon OR:oregon
   Pa:pennsylvania PA:pennsylvania R.I:rhode-island RI:rhode-island S.C:south-carolina SC:south-carolina
   S.D:south-dakota SD:south-dakota Tenn:tennessee TN:tennessee Texas:texas Tex:texas TX:texas Utah:utah UT:utah
   Vt:vermont VT:vermont Va:virginia VA:virginia Wash:washington WA:washington W.Va:west-virginia WV:west-virginia
   Wis:wisconsin WI:wisconsin Wyo:wyoming WY:wyoming`
    .trim()
    .split(/\s+/)
    .map((pair): [string, string] => {
      const [tag, state] = pair.split(':');
      return [tag, state.replace('-', ' ')];
    }),
);

/**
 * A resident of a US state or a big city, as a speaker's description: "the Texan said" is the person the passage is
 * about (nations' demonyms come from the gazetteer).
 */
export const REGIONAL_DEMONYMS = words(
  'REGIONAL_DEMONYMS',
  `
alabamian alaskan arizonan arkansan californian coloradan connecticuter delawarean floridian georgian hawaiian
idahoan illinoisan hoosier iowan kansan kentuckian louisianan mainer marylander bostonian michigander minnesotan
mississippian missourian montanan nebraskan nevadan oklahoman oregonian pennsylvanian texan utahn vermonter
virginian washingtonian wisconsinite wyomingite ohioan tennessean carolinian dakotan jerseyan yorker chicagoan
angeleno brooklynite
`,
);

/**
 * Words in -ly that are no manner adverb, so never skipped between a subject and its verb: "The family said" keeps
 * "family" as its subject (an adverb would be skipped: "Rivera jokingly said").
 */
export const LY_NOT_ADVERBS = words(
  'LY_NOT_ADVERBS',
  `
family ally rally assembly supply monopoly anomaly homily lily belly bully jelly folly fly reply comply apply multiply
imply rely holy ugly early likely daily weekly monthly yearly quarterly hourly nightly friendly elderly lonely lovely
costly deadly silly jolly only italy july
`,
);

/** Words in -ed that are adjectives, not a past verb that could report speech ("a naked ambition", "sacred"). */
export const ED_NOT_PAST = words(
  'ED_NOT_PAST',
  'naked sacred wicked hundred kindred beloved rugged crooked learned ragged jagged wretched aged bed red shed',
);

/** '"We are exhausted." That is how Jane Roe describes her shift': the sentence after a quote that names its speaker. */
export const RECAP_SUBJECTS = words('RECAP_SUBJECTS', 'that this');
export const RECAP_COPULAS = words('RECAP_COPULAS', "is was 's ’s");
export const RECAP_WH = words('RECAP_WH', 'how what');
/** '"…" That quote from Mayor Roy appeared …': nouns of words said that a recap names with their sayer after "from". */
export const RECAP_NOUNS = words('RECAP_NOUNS', 'quote quotation remark remarks words line comment comments');

/** '"…," came the reply from Dana Roy': verbs that bring on a noun of answer, its sayer after "from". */
export const ANSWER_ARRIVAL_VERBS = words('ANSWER_ARRIVAL_VERBS', 'came comes');
/** 'In Roy's words, "…"', 'In the words of Dana Roy, "…"': the noun whose owner said the quote. */
export const WORDS_OF_NOUNS = words('WORDS_OF_NOUNS', 'words');

/** Participles by which a blog's line "From Dana Roy writing at The Ledger:" names the author of the excerpt below it. */
export const EXCERPT_AUTHOR_VERBS = words('EXCERPT_AUTHOR_VERBS', 'writing reporting');

/** Prepositions before the outlet in that line: "writing at", "writing in", "reporting for". */
export const OUTLET_PREPOSITIONS = words('OUTLET_PREPOSITIONS', 'at in for on');

/**
 * Sports a governing body is named for: "the league said" takes up the National Basketball Association, a sport's
 * association or federation being its league (speakers/sportsBodies.ts).
 */
export const SPORT_NAMES = words(
  'SPORT_NAMES',
  'basketball football baseball hockey soccer rugby cricket tennis golf volleyball lacrosse softball',
);

/** The last words of a sport's governing body that "the league" may stand for: "… Basketball Association". */
export const SPORTS_BODY_ENDS = words('SPORTS_BODY_ENDS', 'association federation conference');

/** Members a sport's body may speak for instead of the league: "the National Basketball Players Association". */
export const SPORTS_MEMBER_WORDS = words(
  'SPORTS_MEMBER_WORDS',
  "players players' coaches referees umpires officials fans",
);

/**
 * A passing state news gives a named person with "a" or "an" before the name: '"…," an angry Hollande said', "a
 * visibly tired Merkel told reporters". Only a person is named so; "a national Gallup poll", "a super PAC" are not.
 */
export const MOOD_WORDS = words(
  'MOOD_WORDS',
  `angry furious irate annoyed irritated exasperated frustrated indignant defiant combative feisty testy prickly
   emotional tearful teary somber sombre grim stern solemn subdued weary tired exhausted hoarse calm relaxed
   jovial cheerful upbeat buoyant ebullient jubilant elated triumphant confident smug relieved contrite apologetic
   unapologetic unrepentant unbowed defensive animated agitated nervous anxious rattled shaken chastened humbled
   beaming smiling grinning laughing sweating visibly clearly noticeably uncharacteristically unusually`,
);

/** Lower-case states of an office before its title: "retired Adm. Victor Lanske", "the late Sen. Ann Hale". */
export const OFFICE_STATES = words(
  'OFFICE_STATES',
  'retired late acting interim outgoing incoming disgraced embattled',
);

/**
 * A retired officer's or judge's mark in brackets after the title, as South Asian and East African papers write it:
 * "Lt Gen (Rtd) Samson Bett", "Justice (retd) Nurul Huda Sarker", "Maj. Gen. (retired) Ali Khan".
 */
export const RETIREMENT_MARKS = extend('RETIREMENT_MARKS', OFFICE_STATES, 'retd rtd ret');

/**
 * A person's noun that two words make a body's name, with the modifiers that do: "the coast guard said", "Iran's
 * Revolutionary Guard said", "the National Guard" (descriptions.ts). "A security guard said" stays a person.
 */
export const BODY_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['guard', words('GUARD_BODY_MODIFIERS', 'coast national border republican revolutionary presidential home')],
]);

/** People who speak for someone else: "a spokesman for the chairman", "an aide to the senator". */
export const SPOKESPERSON_NOUNS = words(
  'SPOKESPERSON_NOUNS',
  'spokesman spokeswoman spokesperson spokesmen spokeswomen aide aides adviser advisers advisor advisors representative lawyer attorney staffer',
);
