/**
 * Word lists of the entity rules (rules.ts) and of the title reader (index.ts): titles, honorifics, organization and
 * geographic words, agencies in datelines. Lower-case keys; Maps give the place kind a word implies.
 */
import { extend, words } from './words';
import { POSSESSIVES } from './functionWords';
import { SUBJECT_OPENERS } from './lexicon';
export const DATE_WORDS = words(
  'DATE_WORDS',
  'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december',
);

/** No real name is longer: "International Bank for Reconstruction and Development" is 6 tokens. */
export const MAX_ENTITY_TOKENS = 14;

/** Longest name the merging rules build, in tokens ("Robert C. “Bobby” Scott" is 6). */
export const MAX_NAME_TOKENS = 8;

export const UNAMBIGUOUS_KINDS = words('UNAMBIGUOUS_KINDS', 'island sea ocean continent');

/** Words that make a multi-word "place" an institution ("United States Conference of Mayors"). */
export const BODY_WORDS = words(
  'BODY_WORDS',
  'conference committee commission department court senate congress office board service services administration authority organization organisation league assembly parliament council ministry agency bureau division institute school academy hospital museum airport stadium',
);

/** Links between a body word and what the body is of: "Ministry of Housing", "Department for Education". */
export const BODY_NAME_LINKS = words('BODY_NAME_LINKS', 'of for');

/** Party labels before a name ("Democrat Hillary Clinton"). */
export const PARTY_OR_TITLE = words(
  'PARTY_OR_TITLE',
  'democrat democratic republican independent conservative labour liberal socialist tory green senators sens. reps.',
);

export const OPEN_QUOTES = words('OPEN_QUOTES', '" “ \' ‘');
export const CLOSE_QUOTES = words('CLOSE_QUOTES', '" ” \' ’');
/** Marks that only ever open a quotation ("“", "‘", LaTeX-style "``"), and the straight ones that open or close. */
export const TYPED_OPEN_QUOTES = words('TYPED_OPEN_QUOTES', '“ ‘ ``');
export const STRAIGHT_QUOTES = words('STRAIGHT_QUOTES', "\" ' ''");

/** A possessive ending as its own token: "MSNBC 's", "Fox News '". */
export const POSSESSIVE_ENDINGS = words('POSSESSIVE_ENDINGS', "'s ’s ' ’");

/**
 * Honorifics that are never a name of their own, so a "person" made only of them is none (rules/honorificOnlyPeople):
 * Malay titles ("Dato' Sri", "Datuk Wira", "Tan Sri" in part), the Hajj's ("Haji", "Alhaj", "Alhaji", "Hajiya"),
 * Nigerian ones ("Mallam", "Otunba") and the dotted
 * professional and clerical titles of East African, Israeli and Sri Lankan papers ("Eng.", "Adv.", "Ven.", "Cde",
 * "Mgr"; "Eng" without its dot is a Chinese surname, "Lim Guan Eng"). Not "King",
 * "Prince", "Son" or "Bishop", nor "Mother" ("In India she was simply called Mother"), which are names too.
 */
export const NAME_LESS_HONORIFICS = words(
  'NAME_LESS_HONORIFICS',
  'dato datuk datin wira haji hajjah hajji alhaj alhaji hajiya mallam otunba tun toh puan encik eng. adv. ven. cde cde. mgr mgr.',
);

/**
 * Second words of Malay titles, honorifics only after the first ("Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri"):
 * alone they open names ("Sri Mulyani Indrawati").
 */
export const MALAY_TITLE_SECOND_WORDS = words('MALAY_TITLE_SECOND_WORDS', 'seri sri');
/** First words of Malay titles that are names alone too ("Tan Sri Muhyiddin"; "Tan Cheng Bock" is a surname). */
export const MALAY_TITLE_NAME_WORDS = words('MALAY_TITLE_NAME_WORDS', 'tan');

/**
 * Adjectives of regions wider or older than a country, which open firms' and bodies' names as demonyms do ("Bavarian
 * Nordic", "Scandinavian Airlines", "Asian Development Bank") and no one's given name.
 */
export const REGION_ADJECTIVES = words(
  'REGION_ADJECTIVES',
  'bavarian nordic scandinavian european asian african baltic balkan caribbean mediterranean andean',
);

/** Link words inside hyphenated place names: "Hay-on-Wye", "Stratford-upon-Avon", "Boulogne-sur-Mer", "Frankfurt-am-Main". */
export const PLACE_NAME_LINKS = words('PLACE_NAME_LINKS', 'on upon under sur en am im');

export const PERSON_HONORIFICS = words('PERSON_HONORIFICS', 'mr. mrs. ms. dr. prof. sir dame lady lord mr mrs ms dr');

/** Abbreviated titles that stand only before a person's name: "Sen. Elizabeth Warren", "Gov. John Kasich". */
export const ABBREVIATED_PERSON_TITLES = words(
  'ABBREVIATED_PERSON_TITLES',
  'sen. rep. gov. lt. col. sgt. capt. adm. cpl. pvt. supt. det. insp. msgr. atty. amb.',
);

/** Capitalized words that never belong to a title before a name, nor are a name alone. */
export const NOT_TITLE_WORDS = words(
  'NOT_TITLE_WORDS',
  'the a an and but or if so in on at of for by with from to as when while after before says said then now yesterday today meanwhile however also former new his her their its our that this these those he she it we they i you is was are were be not no yes all some any there here what who why how where which because although though unless until whether perhaps maybe indeed',
);

/**
 * Words of closed classes (and plural time nouns) that are never a name standing alone where only a sentence's first
 * capital could make them look like one: "My father had great courage", "Do you feel it?", "Days after the arrest".
 */
export const FUNCTION_WORDS_NOT_NAMES = extend(
  'FUNCTION_WORDS_NOT_NAMES',
  NOT_TITLE_WORDS,
  'my your me us him them do does did has have had nobody everybody somebody nothing everyone someone anyone days weeks months years hours minutes decades moments',
);

/**
 * Capital words that open a sentence before a name without being part of it ("As Karadsheh spoke", "Does Rubio
 * support it?", "Even Rendell said"): clause openers, sentence adverbs and auxiliaries, not a possessive ("Our
 * Principles PAC"), an article ("The Hague") or a word that starts names ("New Hampshire", "Will", "Can").
 */
export const LEADING_NON_NAME_WORDS = extend(
  'LEADING_NON_NAME_WORDS',
  SUBJECT_OPENERS,
  'unless even only still yet also however perhaps maybe indeed meanwhile now or does did do has have had is was are were would could should',
);

/** The last word of a photo agency's name in a credit: "Neilson Barnard via Getty Images", "Reuters Pictures". */
export const PHOTO_AGENCY_HEADS = words('PHOTO_AGENCY_HEADS', 'images pictures photos');

/** A party's letter in a legislator's tag, "(D)", "(R-Texas)", "(I-Vt.)": no organization alone. */
export const PARTY_LETTERS = words('PARTY_LETTERS', 'd r i l g');

/** News agencies in a dateline: "MADRID (Reuters) -". */
export const AGENCIES = words(
  'AGENCIES',
  'reuters ap afp upi dpa ani pti xinhua tass itar-tass efe ansa kyodo yonhap bloomberg cnn bbc ria interfax wafa irna anadolu apa mena sputnik cna bernama antara aap cp nyt',
);

export const WEEKDAYS = words('WEEKDAYS', 'monday tuesday wednesday thursday friday saturday sunday');

/** Words that end a company name ("Johnson Controls Inc", "Bear Stearns & Co"). */
export const COMPANY_WORDS = words(
  'COMPANY_WORDS',
  'inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh group holdings industries pharmaceuticals technologies systems partners securities capital bancorp communications electronics motors airways semiconductor telecom brothers bros. bros international robotics energy biotech therapeutics logistics networks software solutions labs laboratories foods brands resources mining minerals metals chemicals materials petroleum airlines aerospace automotive insurance financial investments ventures enterprises enterprise electric research healthcare semiconductors analytics auto pharma investors advisors advisers media studios invest global ai management steel motor cement textiles shipping refinery bhd berhad tbk' +
    // "Murata Manufacturing", "China Harbour Engineering": an industry in -ing closes no one's name
    ' manufacturing engineering construction kaisha resorts',
);

/** A union branch's number after "Local": "Local 1140", "Local 32BJ", "Local 1-L". */
export const BRANCH_NUMBER = /^\d[\dA-Z-]*$/;

/** Capitalized words a body's numbered branch goes by: "Teamsters Local 727", "Machinists Lodge 12". */
export const BRANCH_WORDS: ReadonlySet<string> = new Set(['Local', 'Lodge', 'Chapter', 'Post']);

/**
 * A company's legal form, which only ever closes a company's name ("Savanna Grid Ltd", "Harbour Brick Holdings Inc."):
 * the capitalized words before it are all that name, whatever the tagger read in them.
 */
export const LEGAL_FORMS = words('LEGAL_FORMS', 'inc inc. corp corp. ltd ltd. llc plc gmbh pty bhd berhad tbk');

/** A legal form's qualifier in brackets before it, in South Asia and Australia: "Ananta Apparels (Pvt) Ltd". */
export const BRACKETED_FORM_QUALIFIERS = words('BRACKETED_FORM_QUALIFIERS', 'pvt private pty');

/** Capitalized words that make a preceding place part of an organization's name ("Iran Press TV", "Japan Times"). */
export const ORG_WORDS = words(
  'ORG_WORDS',
  'press tv television radio news times post herald tribune journal daily telegraph gazette chronicle agency broadcasting network airlines airways air bank university college institute party council ministry army navy police group corp corporation inc ltd co company holdings exchange fund foundation association federation union club fc government',
);

/** Lower-case or capitalized nouns that close a geographic name after a capitalized word ("the Kuril islands"). */
export const GEO_SUFFIX = new Map<string, string>(
  Object.entries({
    islands: 'island',
    island: 'island',
    isles: 'island',
    archipelago: 'island',
    sea: 'sea',
    ocean: 'ocean',
    strait: 'sea',
    straits: 'sea',
    peninsula: 'region',
    mountains: 'mountain',
    river: 'river',
    desert: 'region',
    valley: 'region',
    canyon: 'region',
    gorge: 'region',
  }),
);

/** Capitalized words that open a geographic name before another name word ("Lake Corra", "Mount Teller", "Port Alder"). */
export const GEO_PREFIX = new Map<string, string>(
  Object.entries({
    lake: 'lake',
    mount: 'mountain',
    'mt.': 'mountain',
    port: 'city',
    fort: 'city',
    river: 'river',
    cape: 'region',
    // Arabic and Hebrew place names ("Deir al-Balah", "Beit Lahiya", "Khan Younis", "Kafr Kanna", "Tel Aviv", "Wadi
    // Rum", "Jebel Ali", "Bab el-Mandeb"), which the tagger reads as people ("Khan" is a surname)
    deir: 'city',
    beit: 'city',
    kafr: 'city',
    khan: 'city',
    tel: 'city',
    bir: 'city',
    bab: 'region',
    wadi: 'region',
    jabal: 'mountain',
    jebel: 'mountain',
  }),
);

/** "Sea of X": words that open a geographic name followed by "of". */
export const GEO_OF = new Map<string, string>(
  Object.entries({
    sea: 'sea',
    gulf: 'sea',
    strait: 'sea',
    straits: 'sea',
    bay: 'sea',
    isle: 'island',
    cape: 'region',
    lake: 'lake',
    island: 'island',
    islands: 'island',
  }),
);

/** "the (Russian) city of X": the noun gives X's kind. */
export const KIND_OF = new Map<string, string>(
  Object.entries({
    city: 'city',
    town: 'city',
    village: 'city',
    port: 'city',
    capital: 'city',
    island: 'island',
    province: 'region',
    region: 'region',
    state: 'region',
    republic: 'country',
    district: 'region',
    county: 'region',
    enclave: 'region',
    peninsula: 'region',
    kingdom: 'country',
    emirate: 'country',
    territory: 'region',
    suburb: 'city',
    neighbourhood: 'city',
    neighborhood: 'city',
    resort: 'city',
    oblast: 'region',
    prefecture: 'region',
  }),
);

/** Single title words before a name. */
export const TITLES = words(
  'TITLES',
  'president prime minister chancellor premier secretary secretary-general senator sen. governor gov. mayor king queen prince princess pope ambassador general gen. colonel col. captain capt. commander admiral lieutenant sergeant chairman chairwoman chief director spokesman spokeswoman judge justice mr. mrs. ms. dr. prof. mr mrs ms dr professor rev. sir lord lady dame sheikh ayatollah emir sultan rabbi bishop cardinal father coach manager representative rep. deputy leader speaker envoy officer detective inspector sheriff constable superintendent magistrate director-general maitre surgeon-general solicitor-general inspector-general auditor-general controller-general comptroller-general attorney-general corporal cpl cpl. pvt. pte. reeve alderman alderwoman selectman selectwoman commissioner councillor councilor councilman councilwoman cllr eng. adv. ven. mgr cde mk',
);

/**
 * What an office is over, after its "of" or "for": "Secretary of Homeland Security", "Director of National
 * Intelligence", "Undersecretary for Political Affairs", "Minister for Foreign Affairs and Trade".
 */
export const OFFICE_DOMAIN_WORDS = words(
  'OFFICE_DOMAIN_WORDS',
  `state defense defence homeland security national intelligence political foreign affairs economic international
   public health human services education energy labor labour commerce agriculture interior justice transportation
   transport treasury finance trade information development housing urban environment environmental protection
   veterans culture tourism sport sports science technology communications home internal legal management budget
   policy planning industry infrastructure works water resources natural fisheries oceans immigration citizenship
   women children youth social welfare employment revenue army navy force arms control democracy rights civil
   research operations administration digital climate house senate commons assembly staff naval logistics heritage
   mines mining petroleum aviation maritime lands`,
);

/** Heads of a school's name whose campus may follow a comma: "the University of California, Davis". */
export const INSTITUTION_WORDS = words('INSTITUTION_WORDS', 'university univ. college institute');

/**
 * Institutions named for a person or a saint in the possessive: "St Thomas' Hospital", "Guy's Hospital", "King's
 * College". Not "Senate" or "Department": "Trump's Senate allies", "Obama's Justice Department" are possessives.
 */
export const EPONYMOUS_INSTITUTION_WORDS = extend(
  'EPONYMOUS_INSTITUTION_WORDS',
  INSTITUTION_WORDS,
  'hospital infirmary school academy museum cathedral church chapel',
);

/**
 * Words that open no person's name: possessive determiners ("Our Revolution", "My Brother's Keeper"), "chez" (a
 * restaurant or shop: "Chez Vachon", "Chez Panisse") and the German articles of a paper's or a party's name ("Der
 * Spiegel", "Die Linke"; not the French or Spanish ones: "Le Pen", "La Russa" are people).
 */
export const NON_PERSON_OPENERS = extend('NON_PERSON_OPENERS', POSSESSIVES, 'chez der die');

/** Words inside a compound title ("Chief Executive Officer", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = words(
  'TITLE_MODIFIERS',
  'executive officer operating financial foreign interior defence defense finance vice deputy assistant associate managing acting former prime state general attorney attorney-general press senior first grand',
);

/** Words that end the name of a place that is a site, not a person: "Victoria Park", "Jordan Square". */
export const FACILITY_WORDS = words(
  'FACILITY_WORDS',
  'park square street avenue road bridge hall airport station harbour harbor port beach bay hill hills heights falls springs gardens garden field stadium arena palace castle tower plaza center centre county city town village',
);

/** Site words no person is surnamed ("Hill", "Hall", "Field" are): a name ending in one names a building or ground. */
export const SITE_WORDS = words(
  'SITE_WORDS',
  'hotel casino resort building library museum stadium arena airport station plaza tower palace castle centre center',
);

/** Speech verbs right before or after a name: the name is someone's. */
export const SPEECH_NEIGHBOURS = words(
  'SPEECH_NEIGHBOURS',
  'said says told added asked wrote tweeted continued replied explained',
);

/**
 * Prepositions of where that a place follows far more often than a person: "near Chasiv Yar", "outside Kinshasa"
 * ("from", "to" and "toward" take people as often: "a letter from Ada Obi", "antipathy toward Wasserman Schultz").
 */
export const WHERE_PREPOSITIONS = words('WHERE_PREPOSITIONS', 'near outside around');

/** Points of the compass before "of": "north of Townsville", "south-west of Kherson". */
export const COMPASS_POINTS = words(
  'COMPASS_POINTS',
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west',
);

/** Prepositions that put a bare name in a place ("in Union"), unlike an article ("the Union"). */
export const PLACE_PREPOSITIONS = words('PLACE_PREPOSITIONS', 'in at from near to outside around');

/** Prepositions that spread over places, before a list of them: "toppled trees across Pasadena and Baytown". */
export const LIST_PLACE_PREPOSITIONS = extend(
  'LIST_PLACE_PREPOSITIONS',
  PLACE_PREPOSITIONS,
  'across through throughout between',
);

/**
 * Lower-case links inside Spanish, Portuguese and Italian place names: "San Antonio de los Baños", "Vila do Conde",
 * "Santiago de Compostela".
 */
export const ROMANCE_PLACE_LINKS = words('ROMANCE_PLACE_LINKS', 'de del la las los do da dos das di');

/**
 * Capitalized words that open a region's name before a place's: "Central Sulawesi", "South Kivu", "Upper Dir",
 * "Western Equatoria" (the tagger takes the opener for a place and the rest for a person).
 */
export const REGION_OPENERS = extend(
  'REGION_OPENERS',
  COMPASS_POINTS,
  'northern southern eastern western central upper lower',
);

/**
 * Capitalized words that modify a place without naming a body: "Rural Canada", "Southern California", "Greater
 * Manchester" (a body named "X Canada" is "Health Canada", "Reform UK").
 */
export const PLACE_MODIFIERS = words(
  'PLACE_MODIFIERS',
  'rural urban northern southern eastern western central greater inner outer upper lower downtown coastal old new mainland metropolitan north south east west northeast northwest southeast southwest far deep occupied',
);

/** Capitalized nouns that close a shop's name after its owner's "'s": "Harju's Grocery", "Moreno's Pizzeria". */
export const SHOP_NOUNS = words(
  'SHOP_NOUNS',
  'grocery groceries bakery pizzeria cafe café restaurant bar pub diner deli pharmacy salon garage store stores shop market kitchen grill tavern inn bistro hardware butcher butchers florist boutique barbershop bookshop bookstore',
);

/** Titles that are also given names: "COP28 president Sultan al-Jaber" (a sultan is named by his given name next). */
export const GIVEN_NAME_TITLES = words('GIVEN_NAME_TITLES', 'sultan');

/** Titles that are also inner parts of names, after a given name: "President Hassan Sheikh Mohamud". */
export const NAME_INNER_TITLES = words('NAME_INNER_TITLES', 'sheikh sultan');

/** Lower-case words that occur inside person names ("Charles de Gaulle", "Ludwig van Beethoven"). */
export const PERSON_PARTICLES = words(
  'PERSON_PARTICLES',
  'de van von der den la le du da das dos del della di bin ibn al el ben ter ten y e bint abu st. af zu vom ap',
);

/**
 * French heads of a body's name, which capitalizes its first word only: "Conseil du patronat du Québec", "Fédération
 * des travailleurs du Québec", "Caisse de dépôt et placement du Québec".
 */
export const FRENCH_BODY_HEADS = words(
  'FRENCH_BODY_HEADS',
  'conseil fédération confédération caisse mouvement régie société syndicat ordre centrale commission association',
);

/** Lower-case words that link the words of a French body's name: "du", "des", "de la", "et". */
export const FRENCH_NAME_LINKS = words('FRENCH_NAME_LINKS', 'du de des la le en et pour aux au');

/** The article or patronymic a hyphen joins to an Arabic surname: "al-Farra", "el-Sisi", "bin-Salman", "abu-Zeid". */
export const ARTICLE_SURNAME_PREFIX = words('ARTICLE_SURNAME_PREFIX', 'al el bin ibn abu');

/** Lower-case words that occur inside place names ("Sea of Okhotsk", "Trinidad and Tobago", "Rio de Janeiro"). */
export const PLACE_LINKS = words(
  'PLACE_LINKS',
  'of and the de del la le du da do dos das al el upon on sur am an der di y en',
);

/** Lower-case words and signs inside organization and other names ("Bank of England", "Procter & Gamble"). */
export const ORG_LINKS = words(
  'ORG_LINKS',
  "of and the for on in at de du des la le del della di da von van der für y e et upon to a an & - / . ' st.",
);

/** Abbreviations that keep their final dot ("Mr." "Corp."): a dot after them does not end a sentence. */
export const DOTTED_ABBREVIATIONS = words(
  'DOTTED_ABBREVIATIONS',
  'mr mrs ms dr prof gen lt col sgt capt gov sen rep rev st jr sr co corp inc ltd bros no vs mt ft jan feb aug sept sep oct nov dec adm maj cmdr supt det insp pres messrs coun cllr const atty amb hon fr msgr cpl pvt brig barr engr smt eng adv ven mgr cde',
);

/**
 * Words that open a sentence and never a name, so that an abbreviation's dot before them ends the sentence: "said
 * former prime minister Hun Sen. The party ..." ("Sen. The" is no senator's title).
 */
export const OPENERS_AFTER_ABBREVIATION = words(
  'OPENERS_AFTER_ABBREVIATION',
  'the this that these those it its they their we but however',
);

/**
 * Companies and brands of modern news whose one-word names read like a person's or a place's ("Huawei said",
 * "Uber's drivers"): the tagger learned from 1996 wire news and never saw them. Lower case, one token each. Names
 * that are also common words or places ("amazon", "shell", "target") are left out: the rule that an organization's
 * full name ("Amazon.com Inc") settles its short name covers those.
 */
export const COMPANY_NAMES = words(
  'COMPANY_NAMES',
  `apple google alphabet meta microsoft facebook instagram whatsapp twitter tiktok bytedance snapchat youtube netflix
  spotify uber lyft airbnb tesla huawei zte xiaomi lenovo alibaba tencent baidu weibo wechat samsung sony panasonic
  toshiba nintendo softbank rakuten intel nvidia qualcomm broadcom ibm oracle cisco salesforce paypal ebay linkedin
  reddit pinterest dropbox shopify deliveroo doordash grubhub instacart wework peloton palantir foxconn tsmc
  toyota honda nissan volkswagen bmw daimler mercedes-benz renault peugeot chrysler stellantis hyundai geely byd
  vinfast aramco exxon exxonmobil chevron gazprom rosneft lukoil petrobras pemex eskom sinopec petrochina equinor
  jpmorgan citigroup hsbc barclays blackrock mastercard boeing airbus embraer bombardier qantas ryanair easyjet
  lufthansa walmart costco adidas unilever nestle danone ikea inditex starbucks coca-cola pepsico pfizer moderna
  astrazeneca biontech novavax sinovac sinopharm gilead novartis sanofi bayer glaxosmithkline vodafone verizon
  at&t t-mobile safaricom airtel ericsson nokia glencore bhp nomura mizuho daiwa jefferies natixis commerzbank
  rabobank mitsui mitsubishi sumitomo marubeni cargill lululemon enbridge suncor telus
  zoom telegram parler clubhouse discord twitch hulu roku venmo alipay careem glovo rappi gojek tokopedia
  flipkart paytm zomato swiggy infosys wipro naver kakao coupang hanwha oppo realme oneplus hikvision dji
  smic nio xpeng rivian polestar didi meituan pinduoduo kuaishou bilibili jio robinhood gamestop coinbase binance
  revolut monzo klarna wirecard evergrande mubadala temasek adnoc etihad sberbank yandex rosatom rusal nornickel
  curevac cansino regeneron abbvie ferrari mclaren porsche lamborghini maserati bugatti
  fujitsu shionogi astellas eisai chugai suntory familymart shiseido mercari nidec keyence fanuc yaskawa kioxia
  renesas advantest terumo sysmex mazda subaru daihatsu isuzu denso aisin bridgestone kintetsu orix sompo dentsu
  hakuhodo toppan itochu sojitz inpex eneos idemitsu kyocera shimano uniqlo nitori celltrion ncsoft netmarble krafton
  amorepacific shinsegae doosan hyosung kepco posco jumia ecobank oando seplat sasol transnet sibanye vodacom
  multichoice showmax exxaro sonatrach sonangol gecamines orascom afreximbank nedbank absa firstrand capitec sanlam
  kengen interswitch flutterwave paystack andela m-pesa econet ecocash ecopetrol femsa cemex televisa telcel itau
  bradesco ambev magalu codelco zydus cipla biocon dabur hindalco vedanta ongc nykaa byju unacademy phonepe sharechat
  jiomart bigbasket shopee lazada traveloka bukalapak petronas genting axiata ocbc singtel jollibee vingroup vinamilk
  techcombank scania northvolt carlsberg vestas orsted novozymes telenor basf zalando allianz aldi lidl engie
  totalenergies kering safran thales vivendi publicis enel eni generali intesa unicredit luxottica atlantia iberdrola
  repsol telefonica acciona ferrovial bbva diageo ocado asos burberry rolls-royce darktrace catalent lonza tecno
  infinix itel transsion catl`,
);

/**
 * Companies whose whole names read as a person's, words joined by "_": "Charles Schwab said", "Eli Lilly raised its
 * forecast", "Walt Disney named", "Goldman Sachs and Morgan Stanley". A founder of the same name, with a title, a role
 * or an age beside him ("Founder Charles Schwab, 87"), stays a person (rules/companyEvidence.ts).
 */
export const COMPANIES_NAMED_FOR_PEOPLE = words(
  'COMPANIES_NAMED_FOR_PEOPLE',
  `charles_schwab eli_lilly walt_disney wells_fargo morgan_stanley goldman_sachs merrill_lynch estee_lauder
  ralph_lauren louis_vuitton calvin_klein tommy_hilfiger michael_kors hugo_boss christian_dior john_lewis
  edward_jones raymond_james cantor_fitzgerald lockheed_martin northrop_grumman aston_martin alfa_romeo
  tim_hortons clifford_chance baker_mckenzie thermo_fisher novo_nordisk`,
);

/** Words that end a company's web name: "Amazon.com" is the company Amazon. */
export const WEB_SUFFIXES = words('WEB_SUFFIXES', '.com .net .org .co.uk .io .ai');

/**
 * The second half of a hyphenated word that is not a given name: "Seoul-born", "Hong Kong-based" (unlike the Korean
 * and Cantonese given names "Min-seo", "Wing-kit").
 */
export const HYPHEN_SUFFIXES = words(
  'HYPHEN_SUFFIXES',
  'born bred led based run owned backed made like style era free wide type linked funded held area bound class level listed',
);

/** Words before "by" in an article's credits: "(Reporting by A B; Additional reporting by C D; Editing by E F)". */
export const CREDIT_WORDS = words(
  'CREDIT_WORDS',
  'reporting editing writing written compiled additional graphics photos photography research production',
);

/** Words that make a credited name a team, not a person: "Compiled by Tokyo Newsroom". */
export const NEWSROOM_WORDS = words('NEWSROOM_WORDS', 'newsroom newsdesk desk bureau staff team editors reporters');

/** Labels that open a wire headline, joined to it by a hyphen: "UPDATE 2-", "EXCLUSIVE-", "REFILE-". */
export const WIRE_PREFIXES = words(
  'WIRE_PREFIXES',
  'update wrapup exclusive refile corrected correction rpt brief analysis insight factbox explainer timeline column interview breakingviews focus graphic preview q&a',
);

/**
 * Labels that open a headline before a colon or dash, besides the wire's own: "Q&A: What Milei's victory means",
 * "Live: Israel strikes Rafah", "Obituary: Pope Francis". A label is never a person or a place.
 */
export const HEADLINE_KICKERS = extend(
  'HEADLINE_KICKERS',
  WIRE_PREFIXES,
  `live q+a obituary opinion watch video poll comment review breaking explained fact-check factcheck photos`,
);

/** Market indexes and benchmarks read as names: "Brent crude rose", "the Nikkei fell" (neither a person nor a place). */
export const MARKET_NAMES = words('MARKET_NAMES', 'brent nasdaq nikkei ftse kospi sensex nifty topix dax');

/** Organization words that are also surnames ("Laurens van der Post", "Tony Banks"): they end a person's name too. */
export const SURNAME_LIKE_ORG_WORDS = words(
  'SURNAME_LIKE_ORG_WORDS',
  'post press bank air times news daily fund union',
);

/** Armed and political groups named like people in 1996's eyes ("Hamas said", "the Taliban"). */
export const GROUP_NAMES = words(
  'GROUP_NAMES',
  'hamas hezbollah hizbollah taliban fatah isis isil al-qaeda al-shabaab houthis houthi farc eta pkk',
);

/**
 * Words that open the name of a storm: "Hurricane Laura", "Typhoon Hagibis", "Cyclone Amphan" name a weather system,
 * neither a person nor a place, though the name after the word is a given name.
 */
export const STORM_WORDS = words('STORM_WORDS', 'hurricane typhoon cyclone storm tropical');

/**
 * Lower-case nouns after a one-word name that only a business has: "Amazon founder", "Telegram's founder", "the Zoom
 * app". (Not "chief", "spokesman", "shares" or "users": places have those too, "Kremlin spokesman", "Europe shares".)
 */
export const COMPANY_ONLY_NOUNS = words(
  'COMPANY_ONLY_NOUNS',
  'founder co-founder cofounder founders app apps subscribers',
);

/**
 * Lower-case nouns after a name that make it a party or group: "the Shiv Sena party", "the Wagner group", "the
 * Raam party". (Capitalized, "Labour Party", they are organization words already.)
 */
export const GROUP_NOUNS = words('GROUP_NOUNS', 'party movement alliance coalition bloc faction militia group');

/**
 * Burmese honorifics before a name, outside the person's span as "Mr." is: "U Kyaw Zeya" (a man), "Daw Khin Mar"
 * (a woman), "Ko Thant Zin", "Ma Thida Htwe" (younger people). "Ko" and "Ma" are also Korean and Chinese family
 * names ("Ma Ying-jeou"), so the rule reads them as honorifics only before a longer Burmese-shaped name.
 */
export const BURMESE_HONORIFICS = words('BURMESE_HONORIFICS', 'u daw');
export const BURMESE_SHORT_HONORIFICS = words('BURMESE_SHORT_HONORIFICS', 'ko ma');

/**
 * Last words of a sports club's name, which no person's name ends in: "Harrowgate United", "Blackburn Rovers",
 * "Kelby Town", "Dunmore Athletic" (the tagger, meeting an unknown town before them, guesses a person).
 */
export const CLUB_WORDS = words(
  'CLUB_WORDS',
  'united rovers athletic wanderers albion rangers hotspur town city county fc afc',
);
/** Club words that also end places' names ("Kansas City", "Orange County", "Harlow Town" station). */
export const CLUB_PLACE_WORDS = words('CLUB_PLACE_WORDS', 'town city county');

/**
 * Plural nouns of businesses before "such as" or "including" and the names they list: "employers such as Monsanto"
 * (also a town in Portugal), "airlines including Qantas and Emirates". Not nouns people share ("investors",
 * "sponsors", "donors" may be persons).
 */
export const COMPANY_PLURAL_NOUNS = words(
  'COMPANY_PLURAL_NOUNS',
  `companies firms employers businesses corporations retailers banks lenders insurers airlines carriers automakers
  carmakers drugmakers chipmakers manufacturers makers brands chains conglomerates startups multinationals
  broadcasters brewers`,
);

/** Words between a business noun and the names it lists, besides "such as": "firms including", "brands like". */
export const LISTING_WORDS = words('LISTING_WORDS', 'including like');

/**
 * Lower-case nouns for a kind of business, before a name: "drugmaker Roche", "Airline Qantas said". Not roles a
 * person fills too ("developer", "publisher", "miner", "insurer"; see ROLES_OF_COMPANIES).
 */
export const COMPANY_KIND_NOUNS = words(
  'COMPANY_KIND_NOUNS',
  'airline retailer carmaker automaker drugmaker chipmaker manufacturer broadcaster brewer startup conglomerate watchdog' +
    // "water utility Dawasa", "at supplier Denso", "state lender SBI": no person is called so
    ' utility supplier lender telco steelmaker shipbuilder' +
    // "its Amsterdam-listed unit Prosus": a part of a company
    ' unit subsidiary affiliate',
);

/**
 * Lower-case nouns after a place's name that make the name a disease's: "Lassa fever", "the Marburg virus", "Ebola
 * virus disease". Diseases named after places are neither.
 */
export const DISEASE_WORDS = words('DISEASE_WORDS', 'fever virus flu');

/** Diseases whose one-word names read as places or names, capitalized ("Ebola", "Zika") or opening a sentence. */
export const DISEASE_NAMES = words(
  'DISEASE_NAMES',
  'ebola zika marburg lassa cholera dengue malaria measles mpox polio typhoid tuberculosis covid covid-19 sars mers',
);

/**
 * Lower-case nouns next to a one-word name that make it a product, not a person: "the budgeting app Penny", "its
 * Copilot assistant", "Gemini model", "a chatbot called Sophie". Apps and assistants are often named like people.
 */
export const PRODUCT_NOUNS_BEFORE = words(
  'PRODUCT_NOUNS_BEFORE',
  // "the weight-loss drug Wegovy": a medicine named like a person
  'app chatbot bot assistant software platform drug drugs vaccine pill jab',
);
/** Craft named for people, after the name: "the Rosalind Franklin rover", "the Nancy Grace Roman telescope". */
export const CRAFT_NOUNS = words(
  'CRAFT_NOUNS',
  // ships and rockets too: "the Charles de Gaulle aircraft carrier", "the Falcon Heavy rocket"
  'rover spacecraft probe telescope lander orbiter aircraft carrier warship frigate submarine tanker vessel rocket capsule',
);

export const PRODUCT_NOUNS_AFTER = words(
  'PRODUCT_NOUNS_AFTER',
  'app apps assistant chatbot model models software headset smartphone platform' +
    // "its Blinkit unit", "the Zara brand": a part of a company, not a person
    ' unit subsidiary brand',
);

/**
 * Capitalized heads that close the name of a law, a prize or a cup, never a person's: "the Magnitsky Act", "the
 * Dylan Thomas Prize", "the Davis Cup" (not "Bill" or "Law": "Denis Law" is a person).
 */
export const NAMED_THING_HEADS = words(
  'NAMED_THING_HEADS',
  'act acts prize prizes award awards trophy medal cup doctrine amendment scheme programme memorial scholarship account' +
    // buildings and instruments: "the Sheikh Zayed Grand Mosque", "the James Webb Space Telescope", "Eden Gardens"
    ' mosque temple telescope observatory gardens',
);

/** Capitalized heads of an institution's name that no one's name ends in: "the Brookings Institution", "Mayo Clinic". */
export const INSTITUTION_HEADS = words('INSTITUTION_HEADS', 'institution clinic');

/** Verbs of plural agreement right after a name: "Asante Kotoko were fined" (a team, as British usage writes it). */
export const PLURAL_AGREEMENT_VERBS = words('PLURAL_AGREEMENT_VERBS', 'were are have');

/** Participles before "by" that only a company's owner takes: "Grameenphone, partly owned by Telenor". */
export const OWNERSHIP_PARTICIPLES = words('OWNERSHIP_PARTICIPLES', 'owned controlled');

/** Verbs whose object floods or storms damaged is a place: "Typhoon Vamco flooded Marikina", "rain lashed Kilifi". */
export const WEATHER_DAMAGE_VERBS = words('WEATHER_DAMAGE_VERBS', 'flooded inundated lashed swamped submerged');

/** Lower-case nouns between a company or brand and the company owning it: "Aer Lingus owner IAG". */
export const OWNER_NOUNS_BEFORE_NAME = words('OWNER_NOUNS_BEFORE_NAME', 'owner owners parent');

/**
 * Lower-case street words that are no one's surname ("Lane" is): "Mina Road" is a road though "Mina" is a first name,
 * and so is "the Bruce Highway".
 */
export const STREET_WORDS_NOT_SURNAMES = words(
  'STREET_WORDS_NOT_SURNAMES',
  'road avenue boulevard highway expressway freeway turnpike motorway parkway',
);

/** Lower-case words after a name for an administrative area: "Quang Ngai province", "the Feijenoord district". */
export const AREA_NOUNS = words(
  'AREA_NOUNS',
  'province district township prefecture governorate oblast municipality island county river',
);

/**
 * Given names or patronymics written as two letters and a dot before the name: the Filipino "Ma." (María, "Ma.
 * Lourdes Sereno") and Mongolian patronymic initials ("Ts. Batbayar", "Ch. Ganbold", "Kh. Battulga").
 */
export const ABBREVIATED_GIVEN_NAMES = words('ABBREVIATED_GIVEN_NAMES', 'ma ts ch sh kh zh ya yo yu');

/**
 * Lower-case nouns for a person's relation to another, before "of" or "to" and that person's name: "a critic of
 * Erdogan", "an ally of Merkel", "the widow of Mandela", "an aide to Erdogan". No place or firm has allies or a widow.
 */
export const RELATION_NOUNS = words(
  'RELATION_NOUNS',
  `ally allies critic critics friend friends supporter supporters opponent opponents rival rivals foe foes admirer
   admirers confidant confidante loyalist loyalists aide aides son sons daughter daughters wife husband widow widower
   brother sister nephew niece cousin grandson granddaughter successor predecessor biographer`,
);

/**
 * Words for a person's politics that open a sentence before the name, capitalized only there: "Hardliner Ebrahim
 * Raisi", "Peronist Alberto Fernández", "Dissident Ai Weiwei". Not "liberal" or "conservative", which open parties'
 * and groups' names ("Liberal Democrat Jo Swinson").
 */
export const POLITICAL_LABELS = words(
  'POLITICAL_LABELS',
  'hardliner reformist dissident loyalist centrist peronist islamist populist nationalist leftist separatist royalist maoist marxist moderate',
);

/**
 * Lower-case words for a natural area after its name, which they leave out: "the Tagus valley", "the Mekong delta",
 * "the Puzhal lake", "the Kyzylkum desert", "the Tarim basin" give Tagus, Mekong, Puzhal, Kyzylkum, Tarim. Not
 * "plateau": "the Tibetan plateau" is named by a people's adjective.
 */
export const NATURAL_AREA_NOUNS = words('NATURAL_AREA_NOUNS', 'valley delta lake desert basin');

/**
 * Plural area words after a list of names, which names each of them: "the Kosi and Gandak rivers", "Dak Lak and Lam
 * Dong provinces", "Pima and Yavapai counties".
 */
export const AREA_PLURALS = words(
  'AREA_PLURALS',
  'provinces districts townships prefectures governorates oblasts municipalities counties rivers states regions',
);

/** Lower-case words for the people living somewhere, after its name: "Nour Shams resident", "Tulkarm residents". */
export const RESIDENT_NOUNS = words('RESIDENT_NOUNS', 'resident residents villagers townspeople');

/**
 * Lower-case roles that only an organization has someone in, between its name and a person's: "Cantor Fitzgerald
 * chief Howard Lutnick", "Akasa Air's founder Rakesh Jhunjhunwala", "TikTok CEO Shou Zi Chew" (not "chief of staff").
 */
export const ORGANIZATION_ROLES_BEFORE_NAME = words(
  'ORGANIZATION_ROLES_BEFORE_NAME',
  'chief ceo boss founder co-founder cofounder chairman chairwoman president',
);

/** What is traded of a company, before "of" and its name: "shares of Estee Lauder", "stock of Ralph Lauren". */
/**
 * Nouns that, set after a name in apposition, make it a business: "Novo Nordisk, the Danish maker of Ozempic",
 * "Charles Schwab, the brokerage, said" (with COMPANY_KIND_NOUNS).
 */
export const APPOSITIVE_COMPANY_NOUNS = words(
  'APPOSITIVE_COMPANY_NOUNS',
  'maker makers company firm lender insurer brokerage bank miner giant operator developer alliance agency watchdog charity',
);

/**
 * What may follow a company noun in apposition, closing it: "the Danish maker of Ozempic", "the lender, said"; not a
 * verb ("replaced by Mo Jun, the Foshan-based company said" attributes the news).
 */
export const APPOSITIVE_CLOSERS = words('APPOSITIVE_CLOSERS', ', . ; of that which whose');

export const SECURITY_NOUNS = words('SECURITY_NOUNS', 'shares stock stocks bonds');

/** How a security's price moved, after its company's name and the security: "Kia shares rose", "Adani stock slumped". */
export const PRICE_MOVES = words(
  'PRICE_MOVES',
  'rose fell jumped slumped surged dropped climbed tumbled gained slid sank soared plunged rallied dipped hit closed ended',
);

/** Between a security noun and its company: "shares of Estee Lauder", "shares in Novo Nordisk". */
export const SECURITY_PREPOSITIONS = words('SECURITY_PREPOSITIONS', 'of in');

/** Verbs after "X's" that make the "'s" part of a company's name, not a possessive: "Sotheby's said", "Moody's cut". */
export const NAME_WITH_S_VERBS = words(
  'NAME_WITH_S_VERBS',
  'said says reported announced agreed cut raised lowered downgraded upgraded posted reports announces agrees' +
    // "Byju's bought WhiteHat Jr": a possessive is followed by a noun, not by a verb of business
    ' bought sold acquired launched',
);

/** Lower-case words that may follow the last place of a list: "in Jabalia and Beit Lahiya on Monday". */
export const PLACE_LIST_FOLLOWERS = words(
  'PLACE_LIST_FOLLOWERS',
  'and or in on at near from to with as after since where while during this last overnight would will could were are have had',
);

/** Lower-case nouns after a one-word name that only a person has: "the Biden administration", "a Milei presidency". */
export const PERSON_OWNED_NOUNS = words('PERSON_OWNED_NOUNS', 'administration presidency premiership');

/** Past verbs of what people do in news after their name: "Lithuania's Gitanas Nauseda won", "joined the talks". */
export const PERSON_ACTS = words('PERSON_ACTS', 'won beat joined arrived became defeated lost took');

/** Verbs between two teams before a final score: "Toronto beat Boston 4-2", "Leeds drew with Hull 1-1". */
/** What a winning margin is counted in: "beat Donegal by three points", "won by six wickets". */
export const MARGIN_UNITS = words('MARGIN_UNITS', 'points goals runs wickets strokes shots lengths seconds tries');

export const RESULT_VERBS = words(
  'RESULT_VERBS',
  'beat beats defeated defeats edged edges routed thrashed downed topped blanked drew draws lost loses',
);

/** Verbs whose object is a place attacked: "troops raided Nablus", "shelled Kharkiv", "stormed Jenin". */
export const ATTACK_VERBS = words(
  'ATTACK_VERBS',
  'raided raid raids raiding shelled shelling bombed bombing stormed besieged invaded invading recaptured',
);

/** Verbs whose object is a club, party or firm, not a town: "joined Atalanta", "joins Reform". */
export const JOIN_VERBS = words('JOIN_VERBS', 'joined joins join joining rejoined rejoins');

/** Verbs whose object is a person: "met Biden", "phoned Scholz", "congratulated Sheinbaum". */
export const PERSON_OBJECT_VERBS = words(
  'PERSON_OBJECT_VERBS',
  'met phoned telephoned congratulated thanked hugged greeted',
);

/** Verbs that take a person after "with" or "to": "spoke with Albanese", "talked to Macron" (firms hold "talks with"). */
export const PERSON_PREPOSITION_VERBS = words('PERSON_PREPOSITION_VERBS', 'met meets spoke speaks talked');

/** Words of a holding before "in" and a company: "a stake of about 1.5% in Disney", "invested $2 billion in Anthropic". */
export const HOLDING_WORDS = words('HOLDING_WORDS', 'stake stakes invested investing invests');

/** "executives at Acme-Lavalin", "analysts at Rystad": people who work for a firm, before "at" and its name. */
export const STAFF_NOUNS = words(
  'STAFF_NOUNS',
  'executives executive employees employee workers staff staffers engineers analysts analyst economists economist managers manager strategist strategists lawyers traders researchers scientists spokesman spokeswoman spokesperson',
);

/**
 * Heads of a body named for what it works for: "the Center for Civilian Protection", "Institute for Justice",
 * "Centers for Disease Control and Prevention", "Campaign for Liberty". Before "for" a "Center" is no site.
 */
export const PURPOSE_BODY_HEADS = words(
  'PURPOSE_BODY_HEADS',
  `center centre centers centres institute institutes alliance coalition campaign partnership network project society
   movement initiative trust fund foundation council league committee commission office agency association federation
   union department board`,
);
