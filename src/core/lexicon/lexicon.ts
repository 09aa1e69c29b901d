/**
 * Word lists for attribution: reporting cues, pronouns, titles, speaker nouns, anonymous-source nouns.
 * Hand-written from how news prose attributes speech; all keys are lower case.
 */

import { extend, words } from './words';
import { DEFINITE_BASE } from './functionWords';

/** Verb stems of reporting cues; inflections are generated below (say → says, said, saying). */
const CUE_FORMS = `
say says said saying
tell tells told telling
add adds added adding
note notes noted noting
warn warns warned warning
argue argues argued arguing
claim claims claimed claiming
state states stated stating
explain explains explained explaining
insist insists insisted insisting
stress stresses stressed stressing
declare declares declared declaring
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
assert asserts asserted asserting
maintain maintains maintained maintaining
contend contends contended contending
suggest suggests suggested suggesting
reply replies replied replying
respond responds responded responding
answer answers answered answering
ask asks asked asking
write writes wrote writing written
tweet tweets tweeted tweeting
post posts posted
recall recalls recalled recalling
remark remarks remarked remarking
comment comments commented commenting
continue continues continued continuing
conclude concludes concluded concluding
observe observes observed observing
remind reminds reminded reminding
speculate speculates speculated speculating
muse muses mused musing
opine opines opined
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
threaten threatens threatened threatening
urge urges urged urging
appeal appeals appealed appealing
complain complains complained complaining
concede concedes conceded conceding
confirm confirms confirmed confirming
deny denies denied denying
report reports reported reporting
reveal reveals revealed revealing
describe describes described describing
call calls called calling
term terms termed terming
dub dubs dubbed dubbing
agree agrees agreed agreeing
believe believes believed believing
think thinks thought thinking
hope hopes hoped hoping
fear fears feared fearing
worry worries worried worrying
estimate estimates estimated estimating
mention mentions mentioned mentioning
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
boast boasts boasted boasting
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
whisper whispers whispered whispering
counter counters countered countering
retort retorts retorted retorting
charge charges charged charging
accuse accuses accused accusing
allege alleges alleged alleging
testify testifies testified testifying
indicate indicates indicated indicating
signal signals signaled signalled signaling
hint hints hinted hinting
express expresses expressed expressing
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
assure assures assured assuring
lament laments lamented lamenting
cite cites cited citing
point points pointed pointing
propose proposes proposed proposing
question questions questioned questioning
reason reasons reasoned reasoning
concur concurs concurred
caution cautions cautioned cautioning
demand demands demanded demanding
recount recounts recounted recounting
blast blasts blasted blasting
slam slams slammed slamming
praise praises praised praising
criticize criticizes criticized criticizing criticise criticised
dismiss dismisses dismissed dismissing
sing sings sang singing
find finds found finding
show shows showed shown showing
request requests requested
expect expects expected
want wants wanted
plan plans planned
refuse refuses refused
decline declines declined
bark barks barked barking
blog blogs blogged blogging
snap snaps snapped snapping
confess confesses confessed confessing
exclaim exclaims exclaimed exclaiming
sigh sighs sighed sighing
laugh laughs laughed laughing
grin grins grinned grinning
smile smiles smiled smiling
scoff scoffs scoffed scoffing
mutter mutters muttered muttering
plead pleads pleaded pleading
proclaim proclaims proclaimed proclaiming
wonder wonders wondered wondering
chuckle chuckles chuckled chuckling
fume fumes fumed fuming
interject interjects interjected interjecting
marvel marvels marveled marvelled marveling marvelling
gush gushes gushed gushing
gloat gloats gloated gloating
boom booms boomed booming
`;

/** Every inflected reporting verb. */
export const CUE_VERBS = words('CUE_VERBS', CUE_FORMS);

/** Cues that introduce reported speech content (a clause) directly after them or after "that". */
export const CLAUSE_CUES = words(
  'CLAUSE_CUES',
  `
say says said saying tell tells told telling add adds added adding note notes noted noting warn warns warned warning
argue argues argued arguing claim claims claimed claiming state states stated stating explain explains explained
explaining insist insists insisted insisting stress stresses stressed stressing declare declares declared declaring
announce announces announced announcing acknowledge acknowledges acknowledged acknowledging admit admits admitted
admitting assert asserts asserted asserting maintain maintains maintained maintaining contend contends contended
contending suggest suggests suggested suggesting reply replies replied replying respond responds responded
write writes wrote writing predict predicts predicted predicting promise promises promised promising vow vows vowed
vowing pledge pledges pledged pledging concede concedes conceded conceding confirm confirms confirmed confirming
deny denies denied denying report reports reported reporting reveal reveals revealed revealing believe believes
believed think thinks thought hope hopes hoped fear fears feared worry worries worried estimate estimates estimated
emphasize emphasizes emphasized emphasise emphasised boast boasts boasted reiterate reiterates reiterated assure
assures assured recall recalls recalled complain complains complained charge charges charged allege alleges alleged
testify testifies testified indicate indicates indicated signal signals signaled signalled hint hints hinted
caution cautions cautioned concluded conclude concludes observed observe observes observing tweeted tweet tweets
remind reminds reminded reminding
find finds found show shows showed demand demands demanded
speculate speculates speculated speculating theorize theorizes theorized theorise theorised muse muses mused posit
posits posited opine opines opined
`,
);

/** Verbs of stance and action that PolNeAR-style attribution also counts: their object is the content
 * ("Clinton attacked Trump over his taxes", "the senator called for an inquiry"). */
export const OBJECT_CONTENT_CUES = words(
  'OBJECT_CONTENT_CUES',
  `
called cited attacked criticized criticised described praised blasted slammed defended endorsed accused supported
backed opposed rejected dismissed questioned mocked denounced blamed thanked proposed discussed mentioned highlighted
touted welcomed condemned lauded applauded decried lamented urged promised pledged vowed demanded sought announced
calls cites attacks criticizes describes praises blasts slams defends endorses accuses supports backs opposes rejects
dismisses questions mocks denounces blames proposes discusses mentions highlights touts welcomes condemns urges
promises pledges vows demands seeks announces
wants wanted needs needed support oppose endorse
referred pointed talked spoke focused recalled reiterated emphasized stressed acknowledged admitted conceded
refers talks railed rails points advocates advocated ordered orders
termed terms dubbed dubs
`,
);

/** Particles that belong to such a cue ("called for", "pointed to", "referred to"). */
export const CUE_PARTICLES = words('CUE_PARTICLES', 'for on to out at about over against');

/** Cues whose content is an infinitive ("vowed to fight", "urged Congress to act"). */
export const INFINITIVE_CUES = words(
  'INFINITIVE_CUES',
  `
promise promises promised vow vows vowed pledge pledges pledged threaten threatens threatened want wants wanted
plan plans planned refuse refuses refused decline declines declined urge urges urged appeal appeals appealed ask asks asked agree agrees
agreed expect expects expected hope hopes hoped demand demands demanded
`,
);

/** Adjectives after a copula whose subject does what the infinitive after them says: "the spokesman was quick to
 * remind reporters that …", "she is keen to stress that …". */
export const SUBJECT_CONTROL_ADJECTIVES = words(
  'SUBJECT_CONTROL_ADJECTIVES',
  'quick eager keen careful anxious happy ready willing prepared reluctant loath hesitant swift',
);

/** Verbs whose subject also does what the infinitive after them says: "Ruiz declined to respond to …", "has chosen
 * not to talk about …" (not "urged": "urged Congress to respond" is Congress's). */
export const SUBJECT_CONTROL_VERBS = words(
  'SUBJECT_CONTROL_VERBS',
  `
decline declines declined declining refuse refuses refused refusing choose chooses chose chosen choosing
struggle struggles struggled struggling want wants wanted wanting try tries tried trying plan plans planned planning
promise promises promised vow vows vowed hope hopes hoped continue continues continued begin begins began begun
fail fails failed seek seeks sought
`,
);

/** Cues that take the addressee as object before the content ("told reporters", "assured voters"). */
export const OBJECT_CUES = words(
  'OBJECT_CUES',
  'tell tells told telling assure assures assured warn warns warned remind reminds reminded inform informs informed',
);

/** Auxiliaries and adverbs that may stand between a speaker and the cue ("has said", "also noted"). */
export const CUE_PREFIX = words(
  'CUE_PREFIX',
  'has have had also later then again further previously earlier repeatedly recently once would will could can may might must should only already publicly privately reportedly long often frequently usually always sometimes simply just flatly quickly now still even originally initially openly explicitly specifically bluntly angrily defiantly firmly sharply proudly calmly falsely wrongly correctly separately subsequently eventually finally emphatically forcefully confidently candidly not did does',
);

/** Days, which may stand between a subject and its verb: "Priebus on Thursday told", "Hale today said". */
export const WEEKDAY_WORDS = words(
  'WEEKDAY_WORDS',
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight',
);

/** Words after a cue that belong to it ("said in a statement", "said on Friday"). */
/** Words of a time expression alone ("ten years ago", "last week", "earlier this month"): no proposition. */
export const TIME_PHRASE_WORDS = extend(
  'TIME_PHRASE_WORDS',
  WEEKDAY_WORDS,
  'ago last this next earlier later on in at the a an of years year months month weeks week days day hours hour minutes decades decade morning evening afternoon night weekend recently once twice before after then since back one two three four five six seven eight nine ten several few many',
);

export const TIME_WORDS = extend(
  'TIME_WORDS',
  WEEKDAY_WORDS,
  'morning evening afternoon night week weekend month year earlier later recently',
);

export const PRONOUNS_MALE = words('PRONOUNS_MALE', 'he him his himself');
export const PRONOUNS_FEMALE = words('PRONOUNS_FEMALE', 'she her hers herself');
export const PRONOUNS_PLURAL = words('PRONOUNS_PLURAL', 'they them their themselves');
export { SPEAKER_PRONOUNS } from './functionWords';

/**
 * Honorifics directly before a name (the Tagalog "Aling" and "Mang" of an older woman and man among them; an
 * engineer's "Eng." and an advocate's "Adv.", a monk's "Ven.", Zimbabwe's "Cde", a monsignor's "Mgr").
 */
export const HONORIFICS = words(
  'HONORIFICS',
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness rev rev. sen sen. rep rep. gov gov. gen gen.
  madam alhaji alhaj hajji haji hajjah hajiya mallam otunba shri smt smt. aling mang barr barr. engr engr. datuk dato datin wira tun puan encik cr cr. coun coun. cllr cllr. supt supt. insp insp. det det. const const. atty atty. amb amb. hon hon. fr fr. msgr msgr.
  eng. adv. ven. cde cde. mgr mgr.`,
);
export const MALE_HONORIFICS = words(
  'MALE_HONORIFICS',
  'mr mr. sir lord alhaji alhaj hajji haji mallam otunba shri mang encik',
);
export const FEMALE_HONORIFICS = words(
  'FEMALE_HONORIFICS',
  'mrs mrs. ms ms. miss madam dame lady baroness hajiya hajjah smt smt. aling puan datin',
);

/** Nouns naming a person by office or role: heads of title phrases ("Foreign Minister", "the president"). */
export const ROLE_NOUNS = words(
  'ROLE_NOUNS',
  `
president vice-president minister premier chancellor king queen prince princess emperor sheikh emir chairman chairwoman
chair ceo cfo coo cto cio executive director secretary spokesman spokeswoman spokesperson ambassador envoy diplomat official officer
leader governor mayor senator congressman congresswoman representative lawmaker legislator judge justice attorney
lawyer prosecutor general commander chief head adviser advisor aide strategist analyst economist expert professor
researcher scientist candidate nominee founder owner manager coach player author pope bishop cardinal imam rabbi
pastor priest activist campaigner organizer organiser lobbyist consultant pollster historian writer columnist editor
reporter correspondent journalist negotiator mediator inspector commissioner deputy undersecretary counsel sheriff
police policeman trooper colonel captain lieutenant sergeant admiral marshal president-elect host anchor
partner banker trader investor councillor councilor councilman councilwoman alderman alderwoman assemblyman
assemblywoman selectman trustee superintendent magistrate ombudsman provost rector principal warden
detective librarian curator developer mp mk mla mpp mna mha constable barrister solicitor member comptroller treasurer speaker
taoiseach tánaiste td peer corporator sarpanch tehsildar chieftain monarch whip
`,
);

/**
 * Occupations outside politics that news quotes by role as it quotes officials: courts ("the barrister said"),
 * business, sport ("the striker said"), science and health ("the neurologist adds"), schools, trades, the arts.
 * Kept apart from ROLE_NOUNS (offices, which also make titles): a profession heads a description or a title.
 */
export const PROFESSION_NOUNS = words(
  'PROFESSION_NOUNS',
  `
advocate coroner registrar paralegal defendant claimant plaintiff complainant
accountant auditor broker shareholder underwriter boss businessman businesswoman
striker midfielder defender goalkeeper keeper winger skipper batsman batter bowler pitcher quarterback referee
spinner seamer opener all-rounder
umpire athlete sprinter cyclist jockey swimmer golfer boxer teammate playmaker
neurologist epidemiologist virologist physicist chemist biologist psychologist psychiatrist surgeon
paediatrician pediatrician cardiologist oncologist immunologist ecologist geologist climatologist meteorologist
forecaster astronomer engineer architect pharmacist dentist paramedic midwife veterinarian clinician scholar practitioner
academic lecturer dean headteacher headmaster headmistress tutor
firefighter ranger guard vendor hawker stallholder labourer laborer cashier crofter haulier planner surveyor clerk chef shopkeeper publican fisherman pilot mechanic carer caregiver villager
presenter filmmaker novelist poet artist musician composer designer photographer
drummer guitarist bassist keyboardist pianist violinist cellist saxophonist vocalist frontman frontwoman songwriter
dancer choreographer comedian playwright screenwriter
archbishop vicar cleric mufti elder
`,
);

/**
 * Professions English coins with a productive ending, beyond the list: "neurosurgeon", "astrophysicist",
 * "criminologist", "obstetrician", "videographer", "anaesthetist"-like words built on a known head, and trades
 * written as one word with "worker" or "keeper" ("steelworker", "autoworker", "shopkeeper"; not "co-worker").
 */
const PROFESSION_ENDINGS = [
  'surgeon',
  'scientist',
  'physicist',
  'chemist',
  'ologist',
  'ician',
  'iatrist',
  'ographer',
  'worker',
  'keeper',
];

/**
 * What /^[a-z]{3,}(?:surgeon|…|keeper)$/ says, without running it: the word ends in one of the endings after three
 * letters or more, all of it lower-case ASCII letters. Asked of nearly every word before a name or a cue (thousands of
 * times an article), where the regular expression backtracked over each word's every position.
 */
export function hasProfessionEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  // every ending closes on "n", "t" or "r": most words are settled by their last letter
  if (last !== 110 && last !== 116 && last !== 114) return false;
  let ending = false;
  for (const e of PROFESSION_ENDINGS) if (word.length >= e.length + 3 && word.endsWith(e)) ending = true;
  if (!ending) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A profession: listed, or formed with a productive ending ("neurosurgeon"). */
export function isProfessionNoun(word: string): boolean {
  return PROFESSION_NOUNS.has(word) || hasProfessionEnding(word);
}

/**
 * Kin that news names people by, beside the gendered person nouns ("his cousin Thandiwe York"); in-laws and half- and
 * step-siblings are one hyphenated word each ("Her sister-in-law, Mrs Vika Nabou, added that …").
 */
export const KIN_NOUNS = words(
  'KIN_NOUNS',
  `cousin nephew niece uncle aunt grandson granddaughter stepson stepdaughter stepfather stepmother fiance fiancee sibling
  twin sister-in-law brother-in-law mother-in-law father-in-law daughter-in-law son-in-law half-sister half-brother
  stepsister stepbrother`,
);

/**
 * A spouse or partner, in plain and tabloid words: "Husband Gary said", "Hubby Gary said", "his missus" — a word
 * before a first name, no part of it.
 */
export const SPOUSE_NOUNS = words(
  'SPOUSE_NOUNS',
  'husband wife hubby missus wifey fiance fiancee girlfriend boyfriend widow widower',
);

/** Close family, whom news introduces by their tie to the person a story is about ("her husband, Bill Clinton"). */
export const FAMILY_NOUNS = words(
  'FAMILY_NOUNS',
  'husband wife son daughter brother sister father mother grandfather grandmother grandson granddaughter widow widower',
);

/**
 * Roles a company fills as often as a person ("partner Goldman Sachs", "investor SoftBank", "host NBC"): before an
 * unknown name they tell nothing of its kind.
 */
export const ROLES_OF_COMPANIES = words(
  'ROLES_OF_COMPANIES',
  'partner banker trader investor host anchor owner developer broker shareholder underwriter auditor lender carrier operator sponsor supplier',
);

/**
 * Everyday roles that news writes before a name like a title ("Resident Priya Rao said", "Nurse Ada Roy"), in the
 * singular only: their plurals name organizations ("the Harbor Workers Union", "Residents Association").
 */
export const EVERYDAY_ROLES = words(
  'EVERYDAY_ROLES',
  `
resident voter nurse teacher doctor physician farmer volunteer veteran student retiree homeowner commuter neighbour
neighbor tenant landlord patient driver worker parent protester shopper substitute striker midfielder defender
goalkeeper winger user stakeholder guru teenager
`,
);

/** Generic role nouns that can denote any office holder ("the Japanese official" → the prime minister). */
export const GENERIC_ROLE_NOUNS = words(
  'GENERIC_ROLE_NOUNS',
  'official leader politician diplomat figure statesman lawmaker',
);

/**
 * Places that stand for the government seated there when they act or speak ("The Kremlin was more cautious. '…,' it
 * said"); written with "_" for a space, as the place's name is looked up.
 */
export const GOVERNMENT_SEATS = words(
  'GOVERNMENT_SEATS',
  "kremlin pentagon whitehall elysee élysée white_house downing_street blue_house zhongnanhai quai_d’orsay quai_d'orsay",
);

/** Heads of organization descriptions ("the ministry said"). */
export const ORG_NOUNS = words(
  'ORG_NOUNS',
  `
ministry department government administration agency commission committee council parliament congress senate
house court company firm bank group party campaign kremlin pentagon military army navy police office bureau
authority authorities union board organization organisation institute foundation association network newspaper
magazine team club embassy cabinet regime coalition alliance federation fund university college society school hospital
statement report study survey poll polls channel tribunal service services
chamber secretariat directorate division inspectorate watchdog regulator charity utility airline
carrier lender insurer retailer carmaker automaker drugmaker chipmaker manufacturer broadcaster publisher supplier
producer exporter operator chain startup conglomerate brewer miller refiner bottler telco telecom biotech supermarket
railway railroad coastguard
league trust panel inquiry headquarters
`,
);

/** Anonymous-source heads ("officials said", "a person familiar with the talks", "sources"). */
export const ANONYMOUS_NOUNS = words(
  'ANONYMOUS_NOUNS',
  `
official officials source sources person people insider insiders aide aides diplomat diplomats analyst analysts
expert experts observer observers witness witnesses resident residents critic critics supporter supporters
lawmaker lawmakers employee employees staffer staffers member members negotiator negotiators executive
executives adviser advisers advisor advisors spokesman spokeswoman spokesperson someone economist
economists strategist strategists activists activist voters voter americans officer officers investigators
investigator prosecutors prosecutor user users viewer viewers listener listeners commenter commenters follower followers
attendee attendees participant participants distributor distributors
`,
);

/** Words that introduce an anonymous description ("a senior official", "one diplomat", "some analysts"). */
export const INDEFINITE_DETERMINERS = words(
  'INDEFINITE_DETERMINERS',
  'a an one some several many two three four five other another most few both all',
);

export const DEFINITE_DETERMINERS = extend('DEFINITE_DETERMINERS', DEFINITE_BASE, 'our');

/** Adjectives/nouns that may modify a speaker noun in a description ("a senior Western diplomat"). */
export const DESCRIPTION_STOP = words(
  'DESCRIPTION_STOP',
  `
and or but that which who whom whose when while where because although though if as since after before than so
said says told to of in on at by for from with about into over under between against during without within
is are was were be been being do does did not no nor yet also just only even
`,
);

/** Prepositions that extend a description ("a person familiar with the talks", "a spokesman for the ministry"). */
export const DESCRIPTION_LINKS = words(
  'DESCRIPTION_LINKS',
  'of for at with from in close to familiar briefed on across',
);

/** Nouns that turn "X expressed NOUN over/about/that …" into a report. */
export const EXPRESSED_NOUNS = words(
  'EXPRESSED_NOUNS',
  'optimism hope hopes confidence concern concerns doubt doubts skepticism scepticism fear fears regret frustration disappointment support opposition satisfaction anger belief worry worries',
);

/** Words that begin a subordinate clause or a sentence and never start a speaker phrase. */
export const CLAUSE_OPENERS = words(
  'CLAUSE_OPENERS',
  'that whether if because as when while although though since after before once',
);

/** Words after which a clause's subject may stand: "when a young boy shouted, '…'", "but Hale added, '…'". */
export const SUBJECT_OPENERS = extend('SUBJECT_OPENERS', CLAUSE_OPENERS, 'and but then so until whereupon');

/** Lower-case words that can never be the head of a speaker phrase. */
export const NOT_SPEAKER_HEAD = words(
  'NOT_SPEAKER_HEAD',
  `
the a an this that these those and or but of to in on at by for from with about as it is was were be been being
there here what which who whom whose when where why how not no yes so than then too very also just only even
again once today yesterday tomorrow now later earlier ago week year month time day night morning evening
interview conference briefing email speech remarks news press
however meanwhile though instead nevertheless moreover furthermore indeed likewise similarly thus therefore
`,
);

/** Determiners and possessives that may open a description. */
export const DESCRIPTION_OPENERS = words(
  'DESCRIPTION_OPENERS',
  'the a an one some several many two three other another his her their its our my your this that these those most few both all',
);

/** Words that stand for one of a group just named, after a determiner: "The other, Steve Alvarado, said". */
export const PARTITIVE_WORDS = words('PARTITIVE_WORDS', 'other latter former first second third fourth fifth last');

/** Words that make a description someone other than one described so before: "a second official", "another source". */
export const ANOTHER_ONE_WORDS = words('ANOTHER_ONE_WORDS', 'another second third fourth fifth sixth different');

/** Lower-case words that may stand inside a title before a name ("foreign minister", "prime minister"). */
export const ROLE_MODIFIERS = words(
  'ROLE_MODIFIERS',
  `
foreign prime deputy vice senior former chief top defense defence finance interior justice health state acting first
assistant managing general executive economy economic trade energy press communications national security public labor labour
education transport environment agriculture interim outgoing incoming republican democratic presidential majority
minority house senate supreme attorney federal regional local party campaign
`,
);

/** Capitalized words that are never part of a name phrase: months and weekdays. */
export const CALENDAR_WORDS = words(
  'CALENDAR_WORDS',
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december',
);

/** Last words of organization names ("The New York Times", "the White House"). */
export const ORG_NAME_WORDS = words(
  'ORG_NAME_WORDS',
  `
times post news journal press tv television radio agency network house ministry department office committee council
party campaign company corporation corp co inc ltd plc llc gmbh group bank fund foundation institute university college association
union commission administration government court kremlin pentagon police army navy forces bureau division service services
reuters ap afp bloomberg cnn bbc msnbc politico fox abc nbc cbs npr tribune herald gazette telegraph guardian
`,
);

/** Words opening an adverbial before a clause's subject ("In a statement, …", "Here in Columbia, …", "On Friday, …"). */
export const INTRO_WORDS = words(
  'INTRO_WORDS',
  'during in at on after before while when speaking later earlier asked addressing here there back now today yesterday meanwhile separately elsewhere outside inside from with by as then still instead',
);

/** Military ranks abbreviated before a name, without their dot: "1st Lt. Corin Talbot", "Sgt. Ana Ruiz". */
export const RANK_ABBREVIATIONS = words('RANK_ABBREVIATIONS', 'lt capt sgt col maj adm cpl pvt cmdr brig');

export const TITLE_ABBREVIATIONS = words(
  'TITLE_ABBREVIATIONS',
  'sen. rep. gov. gen. dr. prof. lt. col. capt. sgt. adm. maj. cr cllr coun. cllr. supt. insp. det. const. atty. amb. hon.',
);

/**
 * Nationality nouns for one person, which sports and foreign news use as a second mention ("the Welshman smiled",
 * "said the Frenchman"); the gazetteer's demonyms ("the Kenyan") cover the rest.
 */
export const NATIONALITY_NOUNS = words(
  'NATIONALITY_NOUNS',
  `welshman welshwoman englishman englishwoman scotsman scotswoman irishman irishwoman frenchman frenchwoman
  dutchman dutchwoman kiwi aussie brit`,
);

/** Heads a speaker description may have besides role, organization and anonymous nouns. */
export const DESCRIPTION_HEADS = words(
  'DESCRIPTION_HEADS',
  'percent half third quarter plurality people residents report reports poll polls study letter ad statement piece article survey data figures narrator website memo document filing complaint lawsuit analysis editorial post tweet message video book song man woman men women mother father son daughter wife husband friend friends family neighbor neighbour neighbors colleague colleagues others many some both all majority crowd audience fans protesters demonstrators parents students teachers workers citizens americans voters businessman businesswoman billionaire mogul tycoon star actor actress singer rapper celebrity veteran mom dad host announcer pundit commentator blogger doctor nurse soldier farmer resident victim survivor owner entrepreneur executive nominee challenger incumbent contender rival opponent ally allies mate classmate roommate schoolmate cellmate housemate flatmate bandmate critic supporter fan voter member chairman spokesman teenager youngster girl boy child pupil pensioner widow grandmother grandfather passenger customer motorist bystander onlooker eyewitness spectator mourner tourist visitor',
);
