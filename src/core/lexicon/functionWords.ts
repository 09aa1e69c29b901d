/** Function words: punctuation that ends sentences, prepositions, pronouns, determiners, joiners, quantifiers. */
import { extend, words } from './words';

/** "the", demonstratives and third-person possessives: the base of the determiner lists below and in lexicon.ts. */
export const DEFINITE_BASE = words('DEFINITE_BASE', 'the this that these those his her their its');

/** Marks that end a sentence: "… said. Then …". */
export const SENTENCE_END = words('SENTENCE_END', '. ! ?');

/** Marks that end a sentence or its clause, for scans that stop at a semicolon too: "… whether it works; the …". */
export const CLAUSE_END = extend('CLAUSE_END', SENTENCE_END, ';');

/** Words after which a speaker phrase may begin inside a sentence. */
export const CLAUSE_JOINERS = words(
  'CLAUSE_JOINERS',
  'and but while as when because after before since although though where so yet meanwhile however',
);

/** Words that cannot begin the content of a reported clause. */
export const NOT_CONTENT_START = words(
  'NOT_CONTENT_START',
  'to in on at by for from with about of as into during after before than and or but so up off out him her them me us what how why who when where which',
);

/** Words of a time or place after a cue, before its "that": "said on Friday that …", "said late last night". */
export const PREPOSITIONS = words(
  'PREPOSITIONS',
  'in on at during after before with to via through last this late early outside inside following',
);

/**
 * Prepositions and particles after which a verb's bare form is a noun or a modifier, never a finite verb: "cleaning
 * up [state] voter rolls", "a call for [comment]", "the [report] of [note]". "To" is not one ("to say").
 */
export const NOUN_BEFORE_PREPOSITIONS = words(
  'NOUN_BEFORE_PREPOSITIONS',
  'of for with about from into by at over up under across against among between within without upon',
);

/** Before a reporting verb's bare form, the prepositions that make it a noun: those above and "in" ("in charge"). */
export const BARE_NOUN_PREPOSITIONS = extend('BARE_NOUN_PREPOSITIONS', NOUN_BEFORE_PREPOSITIONS, 'in');

/** Addressees a reporting verb takes before its content: "told reporters that …", "warned them". */
export const OBJECT_WORDS = words(
  'OBJECT_WORDS',
  'me him her us them reporters journalists lawmakers supporters voters senators members congress parliament viewers listeners students delegates',
);

/** The addressees a cue's range may take in (attribution/cues.ts): the object words and a few more ("told investors"). */
export const ADDRESSEE_WORDS = extend(
  'ADDRESSEE_WORDS',
  OBJECT_WORDS,
  'you investors analysts colleagues parliamentarians',
);

/** Words opening an indirect question: "asked whether …", "wondered how …". */
export const WH_WORDS = words('WH_WORDS', 'whether if what how why who when where which');

/** The same with "whom", for a question asked of someone: "asked whom he would pick". */
export const WH_WORDS_WITH_WHOM = extend('WH_WORDS_WITH_WHOM', WH_WORDS, 'whom');

/** Words that open a place or a time, not what was said: "spoke in a cottage", "endorsed Cruz before the vote". */
export const PLACE_OR_TIME = words('PLACE_OR_TIME', 'in at during into after before since from by while when than');

/** Possessive determiners: "told his advisers …". */
export const POSSESSIVES = words('POSSESSIVES', 'his her their its our my your');

/** Dashes that close a dateline: "WASHINGTON (AP) — …". */
export const DATELINE_DASHES = words('DATELINE_DASHES', '— ― – --');

/** Dashes that set off an aside inside a clause: "Hale — who now runs a consultancy — said", typed too as " - ". */
export const ASIDE_DASHES = extend('ASIDE_DASHES', DATELINE_DASHES, '-');

/** Words ending like verbs that are not reporting verbs before "that": "the odds that …", "news that …". */
export const NOT_VERBS = words(
  'NOT_VERBS',
  'is was has does this thus unless perhaps always sometimes towards besides means news reasons ways times days years months weeks things fact odds chances hopes fears claims reports concerns ensured ensures needs proceeds',
);

/** Sentence adverbs set off by a comma before the subject: "Still, the council opposed it", "However, the union …". */
export const SENTENCE_ADVERBS = words(
  'SENTENCE_ADVERBS',
  'still however meanwhile instead nevertheless nonetheless yet separately similarly likewise moreover indeed later earlier',
);

/** Words opening an adverbial before the subject: "[In a speech,] Trump defended …". */
export const CLAUSE_INTRO_WORDS = words(
  'CLAUSE_INTRO_WORDS',
  'in at on during after before speaking earlier later meanwhile but and still instead outside inside',
);

/** Participles that open a sentence as its scene, before the subject: "[Asked about the delay,] Hale said …". */
export const SCENE_PARTICIPLES = words('SCENE_PARTICIPLES', 'asked pressed questioned interviewed reached contacted');

/** Connectives that open a sentence with a comma of their own, before its subject: "[However,] Lund defended …". */
export const SENTENCE_CONNECTIVES = words('SENTENCE_CONNECTIVES', 'however nevertheless nonetheless');

/** Words before a cue that make it passive or impersonal, not a speaker's: "it was said that …". */
export const PASSIVE_AUX = words('PASSIVE_AUX', "was were is are be been being 's ’s it");

/** Words after which "'s" is "has", no possessive: "Christie's been making the case", "Hale's got a point". */
export const HAS_CONTRACTION_NEXT = words('HAS_CONTRACTION_NEXT', 'been got gotten');

/** Words that plainly open reported content: "said [the] bridge …", "said [no] deal …". */
export const CONTENT_DETERMINERS = words(
  'CONTENT_DETERMINERS',
  'the a an his her their its our this these those there no some many most all',
);

/** Lower-case words inside a headline's source: "Union [to] Council: …". */
export const TITLE_LINK_WORDS = words('TITLE_LINK_WORDS', "at of to on in for and 's ’s - about");

/** Adverbs that stand before a subject: "even Mr. X says". */
/** Coordinating words a sentence may open with before its subject: "And even Obama tried …", "But then Hale …". */
export const OPENING_CONJUNCTIONS = words('OPENING_CONJUNCTIONS', 'and but yet so then or nor also now');

export const FOCUS_ADVERBS = words('FOCUS_ADVERBS', 'even only just');

/** Words a quantity opens a subject with: "Some of …", "Six in 10 …", "47 percent of …". */
export const QUANTIFIERS = words(
  'QUANTIFIERS',
  'some many most all none half one two three four five six seven eight nine ten several few both majority minority third thirds quarter quarters three-quarters two-thirds percent each plurality number members dozens hundreds thousands',
);

/** Words before a quantity: "more than half", "nearly a third", "only 7 percent". */
export const QUANTITY_LEADS = words(
  'QUANTITY_LEADS',
  'a the about nearly almost roughly around more less fewer than only just over under at least most some many two three four five six seven eight nine ten',
);

/** Words opening a plural subject, which never agrees with "says": "some Republicans say". */
export const PLURAL_OPENERS = words('PLURAL_OPENERS', 'some many both all most few several others these those');

/** The writer's contrast after a comma ends reported content: "…, but …". */
export const CONTRAST = words('CONTRAST', 'but');

/** Pronouns that name a person who speaks: "I", "he", "they". */
export const SPEAKER_PRONOUN_WORDS = words('SPEAKER_PRONOUN_WORDS', 'i he she they we');

/** The words a speaker uses of themselves: an answer in an interview speaks so ("I had no money"). */
export const FIRST_PERSON_WORDS = words(
  'FIRST_PERSON_WORDS',
  "i me my mine myself we us our ours i'm i've i'd i'll we're we've",
);

/** The words a question uses of the one it asks: "How did you start?". */
export const SECOND_PERSON_WORDS = words('SECOND_PERSON_WORDS', "you your yours yourself you're you've you'd you'll");

/** Pronouns that may be a speaker, "it" (an organization) included. */
export const SPEAKER_PRONOUNS = extend('SPEAKER_PRONOUNS', SPEAKER_PRONOUN_WORDS, 'it');

/** Words that open a clause as its subject ("said he …", "said there …"). */
export const SUBJECT_PRONOUNS = extend('SUBJECT_PRONOUNS', SPEAKER_PRONOUNS, 'there this');

/** A finite verb right after the cue word makes it a noun: "Health worries have dogged …". */
export const VERB_AFTER_NOUN = words(
  'VERB_AFTER_NOUN',
  'have has had is was are were will would could can may might should',
);

/** Words a participial report may follow: "…, saying", "while saying", "after saying". */
export const PARTICIPLE_LEADS = words('PARTICIPLE_LEADS', ', while after before by and');

/** Leads of a participle that reports even when the clause before it has no subject we can read: ", arguing …". */
export const UNREAD_PARTICIPLE_LEADS = words('UNREAD_PARTICIPLE_LEADS', ', by');

/** Words before a passive "asked": "when asked", "was asked", "had been asked". */
export const PASSIVE_LEADS = words('PASSIVE_LEADS', 'when whenever after before once if was were been being is are be');

/** Adverbs between "asked" and the question, or between the lead and "asked". */
export const ASKED_ADVERBS = words(
  'ASKED_ADVERBS',
  'specifically directly again repeatedly later also yet then previously recently often once twice pointedly explicitly first',
);

/** Marks that end the claim of a headline: "Mayor Says Bridge Will Reopen; …". */
export const HEADLINE_END = words('HEADLINE_END', '. ! ? , ; :');

/** After a comma, words that open the writer's comment on what was said, not more of it. */
export const COMMENT_OPENERS = words(
  'COMMENT_OPENERS',
  'which who whom whose however despite compared rather whereas prompting meaning while where',
);

/** Object pronouns a stance verb may report on their own: "endorsed [her]", "opposed [it]". */
export const OBJECT_PRONOUNS = words('OBJECT_PRONOUNS', 'him her it them me us');
/** Forms of "be" before a passive participle: "Voss was prompted to say". */
export const BE_FORMS = words('BE_FORMS', 'is are was were be been being');

/** Object pronouns that a speaker can be after a control verb: "led him to declare", "prompted them to say". */
export const PERSON_OBJECT_PRONOUNS = words('PERSON_OBJECT_PRONOUNS', 'him her them');

/** Words after a short object that end it: "endorsed [Cruz] last week", "defended [his plan] on Sunday". */
export const SHORT_OBJECT_END = words('SHORT_OBJECT_END', 'during after before since while when because but last this');

/** Words opening an adverbial clause, whose subject may then speak: "Hale said [as] the heckler yelled: '…'". */
export const ADVERBIAL_SUBORDINATORS = words(
  'ADVERBIAL_SUBORDINATORS',
  'because when while as after before since although though whereas if unless until',
);

/** Words that end a noun-phrase object and open a clause of the writer's: "backing Bush [because] he …". */
export const OBJECT_END_WORDS = extend('OBJECT_END_WORDS', ADVERBIAL_SUBORDINATORS, 'but so');

/** Words that join a second clause: "… while Sanders suggests …", "…, and 40 percent said …". */
export const CONTENT_JOINERS = words('CONTENT_JOINERS', 'and but while whereas');

/** Possessors of a claim noun: "[his] claim that …". */
export const CLAIM_POSSESSIVES = words('CLAIM_POSSESSIVES', 'his her their its');

export const CLAIM_DETERMINERS = extend('CLAIM_DETERMINERS', DEFINITE_BASE, 'a an');

/** Determiners of one thing, never of a quantity: "[a] sharp reply", "[this] blunt answer" (not "a few", "some"). */
export const SINGULAR_ARTICLES = words('SINGULAR_ARTICLES', 'a an this');

/** Words ending in "s" that are no verb or plural after a claim noun: "the claim [his] …", "the claim [was] …". */
export const CLAIM_SUBJECT_WORDS = words('CLAIM_SUBJECT_WORDS', 'his its this us was has is');

/** Auxiliaries of "expected to": "the deal [is] expected to …". */
export const EXPECTED_AUX = words('EXPECTED_AUX', "is are was were 's ’s isn't isn’t aren't aren’t wasn't wasn’t");

/** Adverbs between the auxiliary and "expected": "is [also] expected to", "was [not] expected to". */
export const EXPECTED_ADVERBS = words('EXPECTED_ADVERBS', 'also not still now widely generally largely n’t');

/** Where the clause holding the verb begins: after these, or at the sentence start. */
export const CLAUSE_BREAKS = words('CLAUSE_BREAKS', ', ; : — – ( )');

/** Marks that end a noun-phrase object: "a super PAC backing [Bush], the former governor". */
export const OBJECT_END_MARKS = extend('OBJECT_END_MARKS', CLAUSE_BREAKS, '--');

/** Words after "appeared" that make it a showing-up. */
export const NOT_SEEMING = words(
  'NOT_SEEMING',
  'on at in before with alongside together onstage during live from for briefly again here there only twice once last after inside outside behind near as and but or the a an his her their its',
);

/** Conjunctions that open a new clause: "… [but] it seems …". */
export const CONJUNCTIONS = words('CONJUNCTIONS', 'but and yet so still');

/** Relative pronouns: "the plan [that] seems …". */
export const RELATIVES = words('RELATIVES', 'that who which where whom whose');

/** Words that open the topic of a talk verb: "spoke [of] …", "talked (openly) [about] …", "talked [up] …". */
export const TALK_TOPIC_OPENERS = words('TALK_TOPIC_OPENERS', 'of about up through');

/** Verbs before "(it) clear": "[made] it clear that …", "[has made] clear …". */
export const CLEAR_MAKERS = words('CLEAR_MAKERS', 'make makes made making');

/** Relative pronouns that are the subject of the verb after them: "a union [which] endorsed Ruiz". */
export const RELATIVE_SUBJECTS = words('RELATIVE_SUBJECTS', 'who which that');

/** What may follow the head of an appositive about a body (", a coalition that …", ", a group based in …"). */
export const APPOSITIVE_HEAD_FOLLOWERS = extend('APPOSITIVE_HEAD_FOLLOWERS', RELATIVE_SUBJECTS, 'whose based');

/** The articles ("a tall, bearded man", "the bespectacled, 71-year-old diplomat"). */
export const ARTICLES = words('ARTICLES', 'the a an');

/** Words before a town whose state may follow it after a comma ("of Raleigh, N.C.", "from Halifax, Nova Scotia"). */
export const TOWN_LINKS = words('TOWN_LINKS', 'of from in');

/** Small words that, written in capitals, are a body's acronym: "the WHO said" (the World Health Organization). */
export const ACRONYMS_LIKE_SMALL_WORDS = words('ACRONYMS_LIKE_SMALL_WORDS', 'who');

/** Relative pronouns before a reporting clause inside a relative one: "a rule [which] critics said was unfair". */
export const REPORT_RELATIVES = words('REPORT_RELATIVES', 'who whom which that what');

/** Words opening a subordinate clause: "[if] it seems …". */
export const SUBORDINATORS = words(
  'SUBORDINATORS',
  'which who that if when whether because although though while as what how unless until',
);

/** Words that may open the subject phrase. */
export const DOCUMENT_OPENERS = words(
  'DOCUMENT_OPENERS',
  'the a an this that these those its his her their one two another',
);

/** Where a subject may begin: after these, or at the sentence start. */
export const CLAUSE_START = words(
  'CLAUSE_START',
  ', ; — and but while as when after because since although though yet however meanwhile',
);

/** Words a modifier after the document noun begins with: "released Sunday", "by the institute", "of voters". */
export const POSTMODIFIER_OPENERS = words(
  'POSTMODIFIER_OPENERS',
  'by of from for in on at with among about last this earlier out taken done made held given seen written run obtained sent',
);

/** Words that put the cue in a clause of its own: "a poll that showed …" is not the main report. */
export const DOCUMENT_BREAKS = words('DOCUMENT_BREAKS', 'that which who whom whose what said says say : ; . ! ? " “ ”');

/** Double quotation marks of every script, and single guillemets: " “ ” „ « » ‹ ›. */
export const QUOTE_CHARS = words('QUOTE_CHARS', '" “ ” „ « » ‹ › ‟ ＂');

/** Punctuation between a quote and its attribution: '"…," he said', '"…" — Smith'. */
export const AFTER_QUOTE_PUNCT = words('AFTER_QUOTE_PUNCT', ', — – - ― ‒');

/** Determiners that make the next word a noun, not a cue: "[the] claims", "[his] reports". */
/** Counts of two or more: before a cue word in -s it is a plural noun ("Five questions for the mayor", "two claims"). */
export const PLURAL_COUNTS = words(
  'PLURAL_COUNTS',
  'two three four five six seven eight nine ten eleven twelve dozens hundreds thousands',
);

export const NOUN_DETERMINERS = words(
  'NOUN_DETERMINERS',
  'the a an this these those his her its their our my your some many most several few each every no any another',
);

/** Words whose "'s" is "is", not a possessive: "he's saying", "that's". */
export const CONTRACTED = words('CONTRACTED', 'he she it that there who what');

/** Words that end an addressee: what follows is when, where or what was said ("told reporters | on Friday that"). */
export const ADDRESSEE_STOP = words(
  'ADDRESSEE_STOP',
  'that on at in about during after before by from with to for when while if whether how what why as and but he she they it we i this then last next earlier later recently repeatedly',
);

/** Capitalized words that look like inflected cues but end names ("United States", "Pacific Islands Posts"). */
export const NAME_NOT_VERB = words('NAME_NOT_VERB', 'states posts reports times news');

/** Auxiliaries of a progressive or passive cue: "[is] saying", "[was] told". */
export const PROGRESSIVE_AUX = words('PROGRESSIVE_AUX', "is are was were 's ’s 're ’re been be keeps kept");

/** Participles of perceiving before an -ing cue: "was [heard] saying", "could be [overheard] telling aides". */
export const PERCEIVED_PARTICIPLES = words(
  'PERCEIVED_PARTICIPLES',
  'heard overheard seen caught filmed recorded spotted',
);

/** Modals and "to" before a cue: "[will] say", "[to] tell". */
export const MODAL_AUX = words('MODAL_AUX', "will would could may might should can 'll ’ll to");

/** Articles opening a short description: "[a] spokesman". */
export const SHORT_OPENERS = words('SHORT_OPENERS', 'a an the one another');

/** Adjectives of order that stand between a determiner or possessive and a noun: "Moe's [latest] request". */
export const ORDER_ADJECTIVES = words(
  'ORDER_ADJECTIVES',
  'latest last first new recent earlier final initial previous',
);

/** Pronouns that alone name one member of a group just mentioned as the speaker: '"…," said one.', 'Another wrote'. */
export const LONE_SPEAKERS = words('LONE_SPEAKERS', 'one another');

/** Words that end a speaker description: "the official [who] …". */
export const DESCRIPTION_STOP_WORDS = words(
  'DESCRIPTION_STOP_WORDS',
  'and or but who which that also then later had has have was is were are not never',
);

/** Words that make the next word a noun: "the states", "its reports" are not cues. */
export const NOUN_BEFORE = words('NOUN_BEFORE', 'the a an its their his her our of');

/** Words that may follow a cue that attributes the quote before it: "he said in a statement", "said on Friday". */
export const AFTER_CUE_WORDS = words(
  'AFTER_CUE_WORDS',
  'in on at during after before when while as to of about via from recently later earlier today yesterday tonight again also then afterward afterwards monday tuesday wednesday thursday friday saturday sunday last this reporters',
);

/** Small words inside a Title Case line: "Mayor Says Bridge [Will] Reopen [on] Friday". */
export const TITLE_SMALL_WORDS = words('TITLE_SMALL_WORDS', 'a an the of and or in on at for to is by with from');

/** Words that cannot be part of a title's modifiers: "panel Chairman" yes, "[and] Chairman" no. */
export const MODIFIER_STOP = words('MODIFIER_STOP', 'and or but then also as when while because if so the a an');

/** Opening words of an anonymous description that are capitalized only because they open the sentence. */
export const SENTENCE_CAPITAL_ONLY = words(
  'SENTENCE_CAPITAL_ONLY',
  'a an the one some several two three four five many most few other senior top local unnamed anonymous former current',
);

/** Determiners and possessives that make a phrase a description of someone ("a spokesman", "his adviser"). */
export const NOT_A_TITLE_OPENER = words(
  'NOT_A_TITLE_OPENER',
  'a an one some several two three his her its their our my your another',
);

/** Characters after which an opening mark may stand (besides space): brackets, dashes, other quotes, colon. */
export const BEFORE_OPEN = words('BEFORE_OPEN', '( [ { — – - / : “ „ « » ‘ \' " …');

/** Characters before which a closing mark may stand (besides space): punctuation, dashes, other quotes. */
export const AFTER_CLOSE = words('AFTER_CLOSE', '. , ; : ! ? ) ] } — – - / … ” “ » ’ \' " *');

/** English function words, which the lexicon leaves to compromise's grammar: about half of any English sentence. */
export const FUNCTION_WORDS = words(
  'FUNCTION_WORDS',
  'a an the this that these those my your his her its our their me him us them i you he she it we they who whom whose which what when where why how not no nor and or but if then than so as at by for from in into of off on onto out over to up with without about above after against among around before behind below between beyond during except inside near since through toward towards under until upon within is am are was were be been being do does did done have has had having will would shall should can could may might must ought all any both each every few many more most much other some such only own same very too just also even still yet ever never always often here there now ago once again already almost well back away down',
);

/** Particles a participial cue takes before its content: "referring to …", "calling for …", "pointing out …". */
export const PARTICIPLE_PARTICLES = words('PARTICIPLE_PARTICLES', 'to for on out about');

/** Prepositions that make a name a complement, not a subject: "data from Gallup shows …". */
export const COMPLEMENT_PREPOSITIONS = words('COMPLEMENT_PREPOSITIONS', 'of from like in at for by with');

/** Words that open a time adverbial between a cue and its content: "said [on] Friday …", "said [late] Monday …". */
export const TIME_LEADS = words('TIME_LEADS', 'on last this late early earlier in');

/** Words that approximate a quantity opening a reported clause: "said [about] half of the fees …". */
export const APPROXIMATORS = words('APPROXIMATORS', 'about nearly almost roughly around more fewer less over only');

/** Words that open an adverbial inside a "that" clause: "said that [by] raising rents, the landlord …". */
export const THAT_ADVERBIAL_OPENERS = words(
  'THAT_ADVERBIAL_OPENERS',
  'in on at by for with after before during as since while when if because although though despite unless until once',
);

/** Finite auxiliaries that open a main clause's predicate: "Ruiz, who said …, [is] …", "…, [will] …". */
export const FINITE_AUX = words(
  'FINITE_AUX',
  'is are was were has have had will would can could should may might must did does do',
);

/** Prepositions that make the name after them an oblique, not a clause's subject: "met [with] Hale", "[for] Voss". */
export const OBLIQUE_PREPOSITIONS = words(
  'OBLIQUE_PREPOSITIONS',
  'of in on at by for with from to about against between among after before than like toward towards into onto over under without through behind beside near per via including',
);

/** Joiners of a coordinated name: "Hale [and] Voss met". */
export const NAME_COORDINATORS = words('NAME_COORDINATORS', 'and or &');

/** Third-person pronouns by the role they play: "[he] said" a subject, "told [him]" an object, "[his] plan" a possessor. */
export const SUBJECT_THIRD_PERSON = words('SUBJECT_THIRD_PERSON', 'he she');
export const OBJECT_THIRD_PERSON = words('OBJECT_THIRD_PERSON', 'him');
export const POSSESSOR_THIRD_PERSON = words('POSSESSOR_THIRD_PERSON', 'his hers');

/** Openers of an appositive that gives a named person's noun: "The witness, the site foreman, …", "…, his driver". */
export const APPOSED_OPENERS = words('APPOSED_OPENERS', 'the a an his her their its');

/** Words that end the stretch in which a book's writer is looked for: a clause or a report begins. */
export const AUTHOR_CLAUSE_WORDS = words('AUTHOR_CLAUSE_WORDS', 'who whom whose which that and but said says told');

/** Words between a writer and "written"/"wrote": "has recently written", "had also penned", "once wrote". */
export const AUTHOR_AUXILIARIES = words('AUTHOR_AUXILIARIES', 'has have had recently also once');

/** Owners before a family noun that introduces a relative by name: "his wife, Ilona,", "Hale's son, Tomas,". */
export const KIN_OWNERS = words('KIN_OWNERS', "his her their 's ’s");
