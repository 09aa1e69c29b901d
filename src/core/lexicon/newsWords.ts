/** Words of the news trade: where and how something was said ("in a statement", "at a rally"), headline labels. */
import { extend, words } from './words';

/** Words of where and how something was said: "said [in a statement] that …", "said [at a rally] …". */
export const ADVERBIAL_WORDS = words(
  'ADVERBIAL_WORDS',
  'a an the his her their statement interview conference news press briefing speech letter email also repeatedly previously later again recently publicly privately via rally event campaign stop hearing radio television tv show appearance post tweet message written emailed prepared joint separate phone telephone call friday evening its website blog facebook twitter page column op-ed book memoir filing court documents remarks week month year morning night afternoon last earlier hours days weeks months years ago past same several first time',
);

/** Platforms a person "takes to" to speak: "The senator took to Instagram: '…'". */
export const SPEAKING_PLATFORMS = words(
  'SPEAKING_PLATFORMS',
  'twitter x facebook instagram tiktok youtube threads bluesky linkedin truth social media airwaves podium microphone stage',
);

/** Labels of a title that name no source: "Update: …", "Watch: …". */
export const TITLE_LABELS = words(
  'TITLE_LABELS',
  'update updated watch video photos photo related note editor breaking exclusive read listen live opinion transcript full abstract correction quiz analysis review recap explainer timeline factbox q&a',
);

/** Nouns that carry a claim: "his [claim] that …", "the [allegation] that …". */
export const CLAIM_NOUNS = words(
  'CLAIM_NOUNS',
  'claim claims assertion assertions argument allegation allegations accusation accusations contention insistence suggestion warning warnings prediction predictions promise pledge vow admission announcement complaint charge charges declaration assurance assurances boast statement statements denial belief insinuation implication',
);

/** Documents that report: "a new [poll] shows …", "the [study] found …". */
export const DOCUMENT_NOUNS = words(
  'DOCUMENT_NOUNS',
  'poll polls polling survey surveys study studies report reports analysis analyses data figures statistics results video footage memo memos letter letters document documents records complaint lawsuit suit filing filings indictment article editorial review audit investigation research findings estimate estimates projections forecast census ruling statement transcript transcripts tally count assessment paper book documentary excerpt excerpts footnote footnotes affidavit affidavits',
);

/** Kinds of works whose titles are quoted: "the [book] '…'", "his [film] '…'". */
/** Capitalized heads that end a broadcast's title, never a surname: "The Rachel Maddow Show", "The Ezra Klein Podcast". */
export const BROADCAST_TITLE_HEADS = words('BROADCAST_TITLE_HEADS', 'show podcast hour');

/** Books, whose writer is their author: "Hal Brook has written a memoir" makes him "the author" later (authorRole.ts). */
export const BOOK_NOUNS = words('BOOK_NOUNS', 'book books novel novella memoir memoirs autobiography biography');

export const WORK_NOUNS = extend(
  'WORK_NOUNS',
  BOOK_NOUNS,
  'film movie documentary show program programme series song album anthem hymn play musical poem article essay column op-ed editorial commentary headline podcast newsletter magazine class course slogan hashtag titled entitled headlined subtitled',
);

/**
 * Words of speaking (verbs and nouns) whose topic, after a preposition, is what they report: "talked [about] the
 * levy", "questions [about] the audit", "called [for] a recount", "criticism [of] the plan", "comments [on] the
 * ruling", "railed [against] the toll". Each list holds the words its preposition follows.
 */
export const TOPIC_ABOUT = words(
  'TOPIC_ABOUT',
  'talk talks talked talking spoke speak speaks speaking question questions questioned concern concerns concerned worried worry worries doubt doubts comments remarks conversation conversations joked joke jokes complained complaints warned warnings mused thoughts message angry nervous upbeat skeptical optimistic pessimistic anxious excited frustrated',
);
export const TOPIC_FOR = words(
  'TOPIC_FOR',
  'call calls called calling push pushed pushing criticism criticized praise praised advocate advocates advocated advocating',
);
export const TOPIC_OF = words('TOPIC_OF', 'criticism critique critiques defense mention critical supportive favor');
export const TOPIC_ON = words('TOPIC_ON', 'comment comments commented thoughts');
export const TOPIC_AGAINST = words('TOPIC_AGAINST', 'railed railing rails rail warning warned warns');
export const TOPIC_TO = words('TOPIC_TO', 'referring referred refers refer respond responds responded responding');
export const TOPIC_AT = words('TOPIC_AT', 'swipe swipes jab jabs dig digs balked hinted hints');
export const TOPIC_OVER = words('TOPIC_OVER', 'criticism disagreement disagreements frustration sparred');

/** Verbs of regarding or casting whose object and its "as" phrase are a view: "voters see [him as the stronger
 * candidate]", "she cast [herself as an outsider]". */
export const VIEW_CUES = words(
  'VIEW_CUES',
  `see sees saw seeing view views viewed viewing regard regards regarded consider considers
cast casts casting portray portrays portrayed portraying describe describes described describing characterize
characterizes characterized paint paints painted painting frame frames framed brand brands branded label labels
labeled labelled labeling hail hails hailed present presents presented presenting pitch pitches pitched`,
);

/** Words after a headline's speaker that say what the quote was about: '"We can't wait": Yukon mayor on housing'. */
export const HEADLINE_TOPIC_LINKS = words('HEADLINE_TOPIC_LINKS', 'on about');

/**
 * Things that carry a few written words for all to see: 'a banner reading "Farmers for Lee"'. Not a shirt: what a
 * shirt reads is worn as a slogan, which annotated news does not count as anyone's words (none of the training
 * articles' shirts is annotated, while their signs and hats are).
 */
export const SIGN_NOUNS = words(
  'SIGN_NOUNS',
  'sign signs banner banners placard placards poster posters hat hats cap caps button buttons sticker stickers billboard billboards',
);

/**
 * Verbs by which someone shows a sign, whose words are then theirs: "Ada Ruiz hoisted a sign that read '…'" is Ruiz's
 * (as an issued text is its issuer's); "a sign read '…'" with no one holding it stays the sign's.
 */
export const SIGN_HOLDING_VERBS = words(
  'SIGN_HOLDING_VERBS',
  `held holds hold holding hoisted hoists hoisting carried carries carry carrying waved waves waving raised raises
raising lifted lifts lifting wore wears wearing brandished brandishing displayed displaying`,
);
