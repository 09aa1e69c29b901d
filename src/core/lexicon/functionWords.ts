/** Function words: punctuation that ends sentences, prepositions, pronouns, determiners, joiners, quantifiers. */
import { words } from './words';

export const SENTENCE_END = words('SENTENCE_END', '. ! ?');

/** Words after which a speaker phrase may begin inside a sentence. */
export const CLAUSE_JOINERS = words('CLAUSE_JOINERS', 'and but while as when because after before since although though where so yet meanwhile however');

/** Words that cannot begin the content of a reported clause. */
export const NOT_CONTENT_START = words('NOT_CONTENT_START', 'to in on at by for from with about of as into during after before than and or but so up off out him her them me us what how why who when where which');

export const PREPOSITIONS = words('PREPOSITIONS', 'in on at during after before with to via through last this late early');

export const OBJECT_WORDS = words('OBJECT_WORDS', 'me him her us them reporters journalists lawmakers supporters voters senators members congress parliament viewers listeners students delegates');

export const WH_WORDS = words('WH_WORDS', 'whether if what how why who when where which');

export const PLACE_OR_TIME = words('PLACE_OR_TIME', 'in at during into after before since from by while when than');

export const POSSESSIVES = words('POSSESSIVES', 'his her their its our my your');

export const DATELINE_DASHES = words('DATELINE_DASHES', '— ― – --');

export const NOT_VERBS = words('NOT_VERBS', 'is was has does this thus unless perhaps always sometimes towards besides means news reasons ways times days years months weeks things fact odds chances hopes fears claims reports concerns ensured ensures needs proceeds');

export const CLAUSE_INTRO_WORDS = words('CLAUSE_INTRO_WORDS', 'in at on during after before speaking earlier later meanwhile but and still instead');

export const PASSIVE_AUX = words('PASSIVE_AUX', 'was were is are be been being \'s ’s it');

export const CONTENT_DETERMINERS = words('CONTENT_DETERMINERS', 'the a an his her their its our this these those there no some many most all');

export const TITLE_LINK_WORDS = words('TITLE_LINK_WORDS', 'at of to on in for and \'s ’s - about');

export const FOCUS_ADVERBS = words('FOCUS_ADVERBS', 'even only just');

/** Words a quantity opens a subject with: "Some of …", "Six in 10 …", "47 percent of …". */
export const QUANTIFIERS = words('QUANTIFIERS', 'some many most all none half one two three four five six seven eight nine ten several few both majority minority third thirds quarter quarters three-quarters two-thirds percent each plurality number members dozens hundreds thousands');

/** Words before a quantity: "more than half", "nearly a third", "only 7 percent". */
export const QUANTITY_LEADS = words('QUANTITY_LEADS', 'a the about nearly almost roughly around more less fewer than only just over under at least most some many two three four five six seven eight nine ten');

export const PLURAL_OPENERS = words('PLURAL_OPENERS', 'some many both all most few several others these those');

export const CONTRAST = words('CONTRAST', 'but');

export const SUBJECT_PRONOUNS = words('SUBJECT_PRONOUNS', 'he she they we i it there this');

/** A finite verb right after the cue word makes it a noun: "Health worries have dogged …". */
export const VERB_AFTER_NOUN = words('VERB_AFTER_NOUN', 'have has had is was are were will would could can may might should');

/** Words a participial report may follow: "…, saying", "while saying", "after saying". */
export const PARTICIPLE_LEADS = words('PARTICIPLE_LEADS', ', while after before by and');
