/** Speech and reporting verbs in their forms as news prose writes them ("said", "saying", "expressed"). */
import { extend, words } from './words';

/** Participial cues after a main clause: "…, [saying] …", "…, [adding] that …". */
export const PARTICIPLES = words(
  'PARTICIPLES',
  'saying adding noting warning stressing insisting arguing claiming explaining suggesting telling declaring acknowledging admitting asserting emphasizing emphasising predicting promising vowing writing announcing maintaining contending calling citing referring describing accusing urging criticizing praising pointing asking questioning recalling blaming touting dismissing defending pledging',
);

/** Cues whose content is an indirect question: "[asked] whether …", "[wondered] how …". */
export const QUESTION_CUES = words(
  'QUESTION_CUES',
  'ask asks asked wonder wonders wondered question questions questioned inquired asking wondering questioning',
);

/** Cues whose object is a feeling: "[expressed] optimism over …", "[voiced] concern that …". */
export const EXPRESS_CUES = words('EXPRESS_CUES', 'expressed expresses express expressing voiced voices voice');

/** Past forms of cues that do not end in -ed: "said", "told", "wrote". */
export const IRREGULAR_PAST_CUES = words(
  'IRREGULAR_PAST_CUES',
  'said told wrote thought found sought spoke shown written',
);

/** Verbs of talking: after "who" they describe the source ("who spoke on condition of anonymity"), not its words. */
export const TALK_CUES = words('TALK_CUES', 'spoke speaks speak speaking talked talks talk talking');

/** Cues whose object is a choice: "[endorsed] Cruz", "[opposed] the levy". */
export const STANCE_CUES = words(
  'STANCE_CUES',
  'endorsed endorses endorse supported supports support backed backs opposed opposes oppose',
);

/** Finite speech verbs whose content is plain even when their subject is not: "…, and said that …". */
export const PLAIN_SPEECH_CUES = words(
  'PLAIN_SPEECH_CUES',
  'said says say added adds argued argues noted notes insisted insists claimed claims warned warns wrote writes stressed explained acknowledged conceded predicted suggested suggests announced declared admitted maintained contended asserted confirmed denied reported revealed stated testified indicated emphasized reiterated recalled complained charged alleged believes believed thinks thought hopes feared fears agreed promised vowed pledged replied responded countered observed concluded',
);

/** Capitalized cues of a Title Case headline: "Mayor [Says] Bridge Will Reopen". */
export const HEADLINE_CUES = words('HEADLINE_CUES', 'Says Say Warns Claims Insists Argues');

/** Finite reporting verbs that open the next report. */
export const NEXT_CUES = words(
  'NEXT_CUES',
  'said says say suggests suggested argues argued claims claimed insists insisted warns warned believes believe think thinks told wrote writes noted notes added adds contends contended countered counters predicted predicts',
);

/** Cues of a reply, whose speaker answers someone else: "the billionaire fired back", "the mayor retorted". */
export const REPLY_CUES = words(
  'REPLY_CUES',
  'replied replies responded responds retorted retorts countered counters answered',
);

/** Semi-modals before "to" and a cue, whose subject speaks: "Raddatz [had] to ask the audience to stop cheering". */
export const SEMI_MODALS = words('SEMI_MODALS', 'had has have needed needs need');

/** Verbs of seeming: "it [seems] that …", "she [appeared] to …". */
export const SEEM_VERBS = words('SEEM_VERBS', 'seems seemed appears appeared');

/** Speech after a verb of seeming is still the subject's report: "she [appears to] say …", "he seemed to concede …". */
export const SEEMED_SPEECH = words('SEEMED_SPEECH', 'say suggest acknowledge admit concede claim argue deny confirm');

/** Verbs that make a clause a perception, not a report: "it seems that …", "the deal is expected to …". */
export const PERCEPTION_CUES = extend('PERCEPTION_CUES', SEEM_VERBS, 'expected');

/** Verbs a document reports with. */
export const DOCUMENT_CUES = words(
  'DOCUMENT_CUES',
  'show shows showed shown found finds find suggest suggests suggested indicate indicates indicated say says said report reports reported conclude concludes concluded estimate estimates estimated reveal reveals revealed note notes noted state states stated claim claims claimed allege alleges alleged argue argues argued warn warns warned predict predicts predicted described describes detailed details',
);

/** Words that say the previous paragraph is about someone speaking. */
export const SPEECH_WORDS = words(
  'SPEECH_WORDS',
  'speech speeches remarks statement interview address addressed testimony said says told spoke speaking wrote argued added explained recalled asked answered replied insisted warned blunt emphatic defiant adamant words message comment comments toast eulogy sermon lecture briefing',
);

/**
 * Nouns for what someone said, naming a quote after a colon: "Her advice to new nurses: '…'", "Hale's motto was
 * simple: '…'", "she returned to her familiar lines: '…'".
 */
/** Verbs of causing, whose object speaks an infinitive cue after them: "led him to declare", "prompting Reyes to say". */
export const CAUSATIVE_VERBS = words(
  'CAUSATIVE_VERBS',
  'prompt prompts prompted prompting lead leads led leading force forces forced forcing cause causes caused causing inspire inspired inspiring move moved moving drive drove driven driving push pushed pushing compel compelled compelling spur spurred spurring provoke provoked provoking',
);

/** Words opening a sentence by naming whose view it gives: "For Hale, the lesson is clear", "To Ruiz, it was a betrayal". */
export const VIEWPOINT_OPENERS = words('VIEWPOINT_OPENERS', 'for to');

/** What a person's view is called when a sentence opens with whose it is: "For Hale, the lesson is clear: '…'". */
export const VIEW_NOUNS = words('VIEW_NOUNS', 'lesson message point takeaway solution problem question issue choice');

export const ANSWER_NOUNS = words(
  'ANSWER_NOUNS',
  'answer response reply advice plea verdict explanation motto dictum mantra slogan refrain line lines pitch retort rebuttal prediction assessment warning promise pledge vow argument reaction complaint saying adage',
);

/** Past forms that do not end in -ed, for the phrase scanner: "said", "sang", "written". */
export const IRREGULAR_PAST = words('IRREGULAR_PAST', 'said told wrote thought found shown sang written');

/** The forms of "say", the verb that reports with no "that": ", which said the army …" (", which writes the rules" does not). */
export const SAY_FORMS = words('SAY_FORMS', 'said says say');

/** Past forms of speech that are never a noun or an adjective: after "McDonald's" they are its verb, not a thing owned. */
export const PAST_ONLY_SPEECH = words('PAST_ONLY_SPEECH', 'said told wrote');

/** Speech verbs that, right after a cue-like plural, make it their subject: "upstream states said", "reports say". */
export const FINITE_SPEECH = words(
  'FINITE_SPEECH',
  'said say says told tell tells added warned wrote noted argued insisted',
);

/** Participial cues whose particle opens the content: "referring to", "calling for", "pointing out", "asking for". */
export const PARTICLE_PARTICIPLES = words('PARTICLE_PARTICIPLES', 'referring calling pointing asking');

/** Finite forms of "tell", whose addressee stands before the content: "told the Courier (that) …". */
export const TELL_CUES = words('TELL_CUES', 'told tells');

/** Question words a speech verb reports a question with: "would not say [whether] …", "did not explain [how] …"
 * ("when" is left out: "said when asked" is a time). */
export const SAID_QUESTION_WORDS = words('SAID_QUESTION_WORDS', 'whether how why what who where if');

/** Forms of "recall", which reports a memory told ("recalled that …") or takes goods or an envoy back. */
export const RECALL_FORMS = words('RECALL_FORMS', 'recall recalls recalled recalling');
/**
 * What a maker or a state recalls, never a memory: "recalled 40,000 jars", "recalls the affected vehicles",
 * "recalled its ambassador".
 */
export const RECALLED_GOODS = words(
  'RECALLED_GOODS',
  'products goods vehicles cars trucks suvs models units jars cans bottles packages packets bags boxes batches lots items toys devices phones laptops batteries airbags tires pills tablets doses medicines drugs foods meat beef pork chicken eggs cheese formula meals snacks pizzas salads ambassador ambassadors envoy envoys diplomats',
);
/** Words of size after a number: "2.1 million vehicles". */
export const NUMBER_MAGNITUDES = words('NUMBER_MAGNITUDES', 'hundred thousand million billion');

/** Passive verbs whose subject said what "as saying" introduces: "was quoted as saying", "was reported as saying". */
export const QUOTED_AS_VERBS = words('QUOTED_AS_VERBS', 'quoted cited reported');

/**
 * Verbs of voicing words aloud that run straight into the words voiced ('the crowd chanted "Lock him up!"', 'a man
 * yelled "Go home"'): what follows is someone's words even when short or in lower case ('chanting "no wall, no fear"').
 */
export const VOICING_VERBS = words(
  'VOICING_VERBS',
  `
chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming
holler hollers hollered hollering
`,
);

/** Forms of "read" that give a sign's or a shirt's words: 'a sign that read "Farmers for Lee"'. */
export const SIGN_READING_VERBS = words('SIGN_READING_VERBS', 'read reads reading');
