/**
 * "X said (that) …", "X told reporters …", "…, X said.", "X expressed optimism over …": what a reporting verb in
 * the middle of a sentence reports, as an ordered list of named rules over one ClauseContext. The first rules find
 * the subject; the rest find the content. A rule returns a report (done), null (the cue reports nothing) or
 * undefined (not its case: the next rule runs).
 */
import { controlCopula } from './cueSpeaker';
import type { Doc, DocToken } from '../text/document';
import { cueRange, isQuoteToken } from '../attribution/cues';
import { nameGivenInRelative } from '../attribution/apposedNames';
import { contactRelativeHead } from '../attribution/contactRelatives';
import { isCampus, isSpeakerNoun, phraseLeft, phraseRight, skipAuxLeft, type Phrase } from '../attribution/phrases';
import { documentSubject } from './documentSource';
import { isPersonAt } from '../attribution/recognizedEntities';
import {
  CALENDAR_WORDS,
  CLAUSE_CUES,
  CUE_PARTICLES,
  CUE_PREFIX,
  CUE_VERBS,
  DESCRIPTION_STOP,
  EXPRESSED_NOUNS,
  INFINITIVE_CUES,
  OBJECT_CONTENT_CUES,
  OBJECT_CUES,
  TIME_WORDS,
} from '../lexicon/lexicon';
import { INDEFINITE_DETERMINERS, INTRO_WORDS } from '../lexicon/lexicon';
import {
  EXPRESS_CUES,
  PARTICIPLES,
  QUESTION_CUES,
  SAID_QUESTION_WORDS,
  STANCE_CUES,
  TALK_CUES,
} from '../lexicon/speechVerbs';
import {
  CLAUSE_END,
  FINITE_AUX,
  OBJECT_PRONOUNS,
  SHORT_OBJECT_END,
  CLAUSE_JOINERS,
  CONTENT_DETERMINERS,
  FOCUS_ADVERBS,
  NOT_CONTENT_START,
  OBJECT_WORDS,
  PASSIVE_AUX,
  PLACE_OR_TIME,
  PREPOSITIONS,
  RELATIVES,
  REPORT_RELATIVES,
  SCENE_PARTICIPLES,
  SENTENCE_END,
  SPEAKER_PRONOUNS,
  SUBJECT_PRONOUNS,
  TALK_TOPIC_OPENERS,
  WH_WORDS,
} from '../lexicon/functionWords';
import { ADVERBIAL_WORDS } from '../lexicon/newsWords';
import { WEEKDAYS } from '../lexicon/entityWords';
import { contentAfter, contentRange, cueForm, MIN_CONTENT_WORDS } from './content';
import { finiteVerb, objectEnd, relativeClauseEnd } from './contentEnd';
import { thatAfterAdverbials } from './thatOpening';
import {
  addresseeEnd,
  addresseeWord,
  afterTimeAdverbial,
  opensPlainly,
  opensQuantity,
  possessiveHer,
} from './contentStart';
import { closesFragment, hasFull, tokensInQuoteOnly, type Found, type QuoteMap } from './quoteMap';
import {
  inverted,
  isBaseForm,
  jointSubject,
  quantifiedSubject,
  relativeAntecedent,
  singularName,
  unreadSubject,
} from './subjects';

/** The sentence [s, e), the cue at c, and what the rules have found so far. */
export interface ClauseContext {
  doc: Doc;
  tokens: DocToken[];
  s: number;
  e: number;
  c: number;
  inQuote: QuoteMap;
  /** The sentence holds a full direct quote. */
  fullQuote: boolean;
  /** The subject of a report just found that this cue shares ("X said A and warned B"). */
  shared: Phrase | null;
  /** The cue token, and its simple form: "is demanding", "he’s claiming" report like "demands", "claims". */
  t: DocToken;
  w: string;
  /** The first token of the verb group ("has long said": "has"). */
  lead: number;
  /** The phrase right before the verb group, or the shared subject. */
  own: Phrase | null;
  /** "an architect who said …": the antecedent of "who". */
  relative: Phrase | null;
  /** The subject, once the subject rules have run. */
  speaker: Phrase | null;
  /** The token before the subject, when it tells whether the subject opens a clause. */
  before: DocToken | undefined;
  cue: [number, number];
  /** Not a speech verb ("showed", "found"): it reports only with "that" or an infinitive. */
  generic: boolean;
  /** Where the content after the cue begins, as rules skip the addressee and adverbials. */
  k: number;
}

export interface ClauseRule {
  name: string;
  apply(ctx: ClauseContext): Found | null | undefined;
}

/** The subject; the subject rules run first and end the list when there is none. */
function subjectOf(ctx: ClauseContext): Phrase {
  if (!ctx.speaker) throw new Error('clause rules: a content rule ran before the subject was found');
  return ctx.speaker;
}

/** A report whose content starts at `from`, said by the subject before the cue: "X said [that …]". */
function contentFrom(ctx: ClauseContext, from: number, cue: [number, number] = ctx.cue, e = ctx.e): Found | null {
  const content = contentAfter(ctx.doc, from, e, ctx.inQuote);
  if (!content) return null;
  return {
    reported: { content: content.range, attribution: { speaker: subjectOf(ctx), cue, how: 'before' } },
    next: content.end,
  };
}

/** "…, said Democratic strategist Hank Sheinkopf.": no subject before the cue, the content before, the speaker after. */
const invertedAttribution: ClauseRule = {
  name: 'inverted attribution',
  apply({ doc, tokens, s, e, c, inQuote, own, lead }) {
    if (
      own ||
      lead !== c ||
      !(tokens[c - 1]?.text === ',' || closesFragment(tokens, c - 1, inQuote)) ||
      c - s <= MIN_CONTENT_WORDS + 1
    )
      return undefined;
    return inverted(doc, s, e, c, inQuote) ?? undefined;
  },
};

/**
 * "a rule [which critics said] was unfair", "what analysts say is a sign of …": a speech verb inside a relative clause,
 * the clause's own verb right after it. The rest of the clause, up to where its noun phrase ends, is the content.
 */
const relativeReport: ClauseRule = {
  name: 'relative report',
  apply({ doc, tokens, e, c, inQuote, own, shared, w, cue }) {
    const speaker = own && !shared ? afterRelative(tokens, own) : null;
    if (!speaker || !CLAUSE_CUES.has(w) || inQuote.of[c + 1] >= 0 || !finiteVerb(tokens[c + 1])) return undefined;
    const content = contentAfter(
      doc,
      c + 1,
      objectEnd(tokens, c + 1, e, (j) => inQuote.of[j] >= 0),
      inQuote,
    );
    if (!content) return undefined;
    // "a trade bill that she said had …": a pronoun inside the relative clause is its speaker too, resolved as any
    // "she said" is (left unresolved before: PolNeAR train reported speaker mention 4187 -> 4198, no direct quote's
    // speaker moved)
    return {
      reported: { content: content.range, attribution: { speaker, cue, how: 'before' } },
      next: content.end,
    };
  },
};

/** The subject of a relative clause: the phrase after the relative pronoun, which the phrase scan may have taken in
 * ("what analysts"); null when no relative pronoun opens it. */
function afterRelative(tokens: DocToken[], p: Phrase): Phrase | null {
  if (REPORT_RELATIVES.has(tokens[p.from - 1]?.lower ?? '')) return p;
  if (!REPORT_RELATIVES.has(tokens[p.from].lower) || p.to - p.from < 2) return null;
  return { ...p, from: p.from + 1, nameFrom: Math.max(p.nameFrom, p.from + 1) };
}

/**
 * "Mr. X said", "…, he said", "an architect who said": the subject opens a clause; else a document ("New polls
 * released Sunday showed …"), else the subject is unread ("Mr. Ortega, who chairs the panel, said that …").
 */
const subjectOpensClause: ClauseRule = {
  name: 'subject opens a clause',
  apply(ctx) {
    const { doc, tokens, s, e, c, inQuote, shared, own, lead } = ctx;
    const relative = own ? null : relativeAntecedent(doc, s, lead, c);
    ctx.relative = relative;
    // "Ruiz, who said …, voted …": the relative clause, and so the content, ends before the main verb
    if (relative && tokens[lead - 2]?.text === ',') ctx.e = relativeClauseEnd(tokens, c, e);
    let speaker = own && !shared ? quantifiedSubject(tokens, s, own) : (own ?? relative);
    // a shared or relative subject is already known to govern the cue; "Still, even Mr. X says": a focus adverb
    // stands before the subject
    let b = speaker ? speaker.from - 1 : -1;
    if (FOCUS_ADVERBS.has(tokens[b]?.lower ?? '') && b > s) b--;
    let before = shared || relative || !speaker ? undefined : tokens[b];
    if (!speaker || !opensClause(ctx, speaker, before)) {
      // "New polls released Sunday showed …": a document with a modifier the phrase scanner does not cross
      const document = shared ? null : documentSubject(tokens, s, lead, c);
      if (!document) return unreadSubject(doc, s, e, c, lead, inQuote, own) ?? unreadObject(ctx);
      speaker = document;
      before = undefined;
    }
    ctx.speaker = speaker;
    ctx.before = before;
    return undefined;
  },
};

/**
 * "Farmers upstream backed [Ruiz] in May": a verb whose object is the content still
 * reports a short object, unattributed, when we cannot read its subject. Not a passive ("was backed by …").
 */
function unreadObject({ tokens, s, e, c, t, w, lead }: ClauseContext): Found | null {
  if (!OBJECT_CONTENT_CUES.has(w) || CLAUSE_CUES.has(w) || lead - 1 < s || PASSIVE_AUX.has(tokens[lead - 1].lower))
    return null;
  let k = c + 1;
  if (CUE_PARTICLES.has(tokens[k]?.lower ?? '')) k++;
  // "voters who support [X]": a base form reports only as an infinitive ("to endorse [Ruiz]")
  if (k >= e || TALK_CUES.has(w) || (isBaseForm(t.lower) && tokens[c - 1]?.lower !== 'to')) return null;
  const end = STANCE_CUES.has(t.lower) ? chosenName(tokens, k, e) : shortObject(tokens, k, e);
  if (end <= k) return null;
  return {
    reported: {
      content: [tokens[k].start, tokens[end - 1].end],
      attribution: { speaker: null, cue: [t.start, tokens[k - 1].end], how: 'none' },
    },
    next: end,
  };
}

/** Dashes that end a dateline or open an aside: "NAIROBI, Kenya - President Ruto said", typed as "-", "--", "–". */
const DASHES = new Set(['—', '–', '-', '--']);

/** The subject opens its clause: first in the sentence, after a comma, a joiner, or a word a name may follow. */
function opensClause({ tokens, s, inQuote }: ClauseContext, speaker: Phrase, before: DocToken | undefined): boolean {
  return (
    !before ||
    speaker.from === s ||
    before.text === ',' ||
    closesFragment(tokens, speaker.from - 1, inQuote) ||
    before.text === ';' ||
    DASHES.has(before.text) ||
    CLAUSE_JOINERS.has(before.lower) ||
    // "he", "she", "they" are always subjects ("in which he said …")
    (speaker.kind === 'pronoun' && tokens[speaker.from].lower !== 'it') ||
    (speaker.kind === 'name' &&
      (before.word || before.text === "'") &&
      !DESCRIPTION_STOP.has(before.lower) &&
      !CUE_VERBS.has(before.lower))
  );
}

/**
 * Joint subjects ("Mr. Grassley and Mr. Leahy say", "federal and state officials said") speak together; one name
 * agrees with "says", not "say" ("Battleground state Florida", "Apple Music show" are nouns).
 */
const subjectAgreement: ClauseRule = {
  name: 'subject agreement',
  apply(ctx) {
    const { doc, tokens, s, c, shared, lead, before, t } = ctx;
    const speaker = subjectOf(ctx);
    if (before && before.lower === 'and' && tokens[speaker.from - 2]?.text !== ',') {
      const joint = jointSubject(doc, s, speaker);
      if (!joint && ownClauseAfterAnd(doc, speaker)) return undefined;
      // "the towns of Ulm and Bergen said they …": a joint subject we cannot read still reports, unattributed
      if (!joint) return unreadSubject(doc, s, ctx.e, c, lead, ctx.inQuote, null);
      ctx.speaker = joint;
    } else if (!shared && lead === c && speaker.kind === 'name' && singularName(tokens, speaker) && isBaseForm(t.lower))
      return null;
    return undefined;
  },
};

/**
 * Rule "clause after and": "councillors accused the province of bullying the city and Mayor Victor Lindqvist warned
 * that …": a person's full name after "and", where a lower-case word (the last clause's object or verb) ends what
 * comes before, opens a clause of its own; no subject is joined to it ("the towns of Ulm and Bergen said" is).
 */
function ownClauseAfterAnd(doc: Doc, speaker: Phrase): boolean {
  const beforeAnd = doc.tokens[speaker.from - 2];
  return (
    speaker.kind === 'name' &&
    speaker.nameTo - speaker.nameFrom >= 2 &&
    !!beforeAnd?.word &&
    !beforeAnd.cap &&
    isPersonAt(doc, speaker)
  );
}

/** "X expressed optimism over …", "voiced concern that …": the feeling and what follows are the content. */
const expressedFeeling: ClauseRule = {
  name: 'expressed feeling',
  apply(ctx) {
    const { tokens, c, t, w } = ctx;
    if (!EXPRESS_CUES.has(w)) return undefined;
    const noun = tokens[c + 1];
    if (!noun || !EXPRESSED_NOUNS.has(noun.lower)) return null;
    return contentFrom(ctx, c + 1, [t.start, noun.end]);
  },
};

/**
 * "called that 'a cartoon version'", "called that argument 'a slogan'": "that" (with one lower-case noun) right before a
 * quoted fragment is a demonstrative object; "called that morning to apologize" is no fragment.
 */
function demonstrativeBeforeFragment(tokens: DocToken[], that: number): boolean {
  if (isQuoteToken(tokens[that + 1])) return true;
  const noun = tokens[that + 1];
  // "lamented that the 'danger' came …", "warned that they 'would fight'": a clause opens, no noun follows "that"
  if (!noun || !noun.word || noun.cap || CONTENT_DETERMINERS.has(noun.lower) || SUBJECT_PRONOUNS.has(noun.lower))
    return false;
  return isQuoteToken(tokens[that + 2]);
}

/** "attacked Trump over his taxes", "called for an inquiry", "endorsed Cruz last week": the object is the content. */
const objectAsContent: ClauseRule = {
  name: 'object as content',
  apply(ctx) {
    const { tokens, e, c, t, w, generic } = ctx;
    if (
      CLAUSE_CUES.has(w) ||
      generic ||
      INFINITIVE_CUES.has(w) ||
      !OBJECT_CONTENT_CUES.has(w) ||
      // "called that 'a cartoon version'": a demonstrative object before a quoted fragment, not a "that" clause
      (tokens[c + 1]?.lower === 'that' && !demonstrativeBeforeFragment(tokens, c + 1))
    )
      return undefined;
    let k = c + 1;
    let cueEnd = t.end;
    // "spoke at length about [the levy]", "talked for an hour about [the strike]": the topic past a short adverbial
    const topic = TALK_CUES.has(w) ? talkTopicAhead(tokens, c, e) : -1;
    if (topic > c && tokens[topic].lower === 'of') {
      // "spoke of [the flood]": "of" opens the content, as it always has right after the verb
      cueEnd = tokens[topic - 1].end;
      k = topic;
    } else if (topic > c) {
      cueEnd = tokens[topic].end;
      k = topic + 1;
    } else if (CUE_PARTICLES.has(tokens[k]?.lower ?? '')) {
      cueEnd = tokens[k].end;
      k++;
    }
    if (k >= e || (!tokens[k].word && !isQuoteToken(tokens[k]))) return null;
    // "spoke to the Ledger", "talked with reporters", "spoke for an hour", "spoke at length": whom they talked to,
    // how long, for whom or how, not what they said
    if (TALK_CUES.has(w) && topic < 0 && TALK_NOT_TOPIC.has(tokens[c + 1]?.lower ?? '')) return null;
    // "spoke briefly", "spoke Thursday night", "spoke Hebrew": talk reports only a topic ("spoke about …", "of …",
    // "talked glowingly about …")
    if (TALK_CUES.has(w) && k === c + 1 && !talkTopic(tokens, k)) return null;
    // "spoke in a cottage", "called into a radio show": a place or manner, not what was said
    if (PLACE_OR_TIME.has(tokens[k].lower)) return null;
    // "endorsed Cruz last week", "supported Sanders, …": the chosen name alone is the content
    const chosen = STANCE_CUES.has(t.lower) ? chosenName(tokens, k, e) : shortObject(tokens, k, e);
    const speaker = subjectOf(ctx);
    if (chosen > k)
      return {
        reported: {
          content: [tokens[k].start, tokens[chosen - 1].end],
          attribution: { speaker, cue: [t.start, cueEnd], how: 'before' },
        },
        next: chosen,
      };
    // "a super PAC backing [Bush], …", "groups supporting [the bill] have said …": a participle after its noun
    // reports a noun phrase; the sentence goes on with its own verb
    const end = postnominal(ctx) ? objectEnd(tokens, k, e, (j) => ctx.inQuote.of[j] >= 0) : e;
    return contentFrom(ctx, k, [t.start, cueEnd], end);
  },
};

/** What opens the topic of a talk verb with no particle of the cue's own: "of", "up", or an -ly adverb and "of"
 * or "about" ("talked openly about …"). */
/** Prepositions after a talk verb that open whom, how long or how: "spoke to", "talked with", "for", "at length". */
const TALK_NOT_TOPIC: ReadonlySet<string> = new Set(['to', 'with', 'for', 'at']);
/** How far past a talk verb its topic's "about"/"of" may stand: "spoke [for an hour] about", "talked [at length] of". */
const TALK_TOPIC_REACH = 6;

/** The "about" or "of" that opens a talk verb's topic within a few plain words after it, else -1. */
function talkTopicAhead(tokens: DocToken[], c: number, e: number): number {
  for (let j = c + 1; j < e && j - c <= TALK_TOPIC_REACH; j++) {
    const l = tokens[j].lower;
    if (l === 'about' || l === 'of') return j;
    // "spoke to the Ledger about [late fees]": past whom they talked to (PolNeAR train annotates the topic: +4 / +2 fp)
    if (!tokens[j].word || CLAUSE_CUES.has(l) || OBJECT_CONTENT_CUES.has(l)) return -1;
  }
  return -1;
}

function talkTopic(tokens: DocToken[], k: number): boolean {
  const w = tokens[k].lower;
  return TALK_TOPIC_OPENERS.has(w) || (w.endsWith('ly') && TALK_TOPIC_OPENERS.has(tokens[k + 1]?.lower ?? ''));
}

/** An -ing cue right after a noun, with no auxiliary: "a group backing …", not "is backing", nor "…, backing". */
function postnominal({ tokens, c, lead }: ClauseContext): boolean {
  const prev = tokens[c - 1];
  return lead === c && tokens[c].lower.endsWith('ing') && !!prev && prev.word && !FINITE_AUX.has(prev.lower);
}

/** A verb that neither takes a clause, an infinitive, nor reports generically with "that" reports nothing here. */
const reportingCueOnly: ClauseRule = {
  name: 'reporting cue only',
  apply({ w, generic }) {
    return !CLAUSE_CUES.has(w) && !generic && !INFINITIVE_CUES.has(w) ? null : undefined;
  },
};

/** Mid-sentence attribution: "The museum, Mr. Obama said, would make visitors …". */
const midSentenceAttribution: ClauseRule = {
  name: 'mid-sentence attribution',
  apply(ctx) {
    const { doc, tokens, s, e, c, inQuote, fullQuote, before, cue } = ctx;
    const speaker = subjectOf(ctx);
    if (
      !before ||
      before.text !== ',' ||
      tokens[c + 1]?.text !== ',' ||
      PARTICIPLES.has(tokens[c + 2]?.lower ?? '') ||
      speaker.from - s < 2 ||
      (fullQuote && hasFull(inQuote, s, speaker.from))
    )
      return undefined;
    const tail = contentAfter(doc, c + 2, e, inQuote);
    if (!tail) return undefined;
    const head = contentRange(tokens, s, speaker.from - 1) ?? [tokens[s].start, tokens[speaker.from - 2].end];
    return {
      reported: { content: [head[0], tail.range[1]], attribution: { speaker, cue, how: 'before' } },
      next: tail.end,
    };
  },
};

/**
 * "Outside court, the trust's chairwoman, Helen Tuhoe, said [the charity was still recovering]": a clause with its own
 * finite verb after the cue is the content, so the words before the speaker are no trailing report.
 */
function hasFiniteVerb(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FINITE_AUX.has(tokens[i].lower)) return true;
  return false;
}

/**
 * "Speaking to The Hindu, Dr. Sharma said …", "Asked about the delay, Hale said …": a participle opening the sentence
 * with no finite verb of its own before the comma sets the scene of the report; it is never its content. A gerund
 * subject has its verb ("Cutting taxes will help, Hale said" stays a report).
 */
function isParticipialOpener(tokens: DocToken[], s: number, comma: number): boolean {
  const first = tokens[s];
  if (!first.cap || !(/[a-z]{2}ing$/.test(first.lower) || SCENE_PARTICIPLES.has(first.lower))) return false;
  for (let i = s + 1; i < comma; i++) if (FINITE_AUX.has(tokens[i].lower) || isQuoteToken(tokens[i])) return false;
  return true;
}

/**
 * Trailing attribution: "Tokyo is interested, Lavrov said (on Friday).", '[The media are "framing this campaign,"]
 * Gilmore said.' Not when the cue opens its own content ("…, officials said that …", "…, officials said they …").
 */
const trailingAttribution: ClauseRule = {
  name: 'trailing attribution',
  apply(ctx) {
    const { tokens, s, e, c, inQuote, generic, before, cue } = ctx;
    const speaker = subjectOf(ctx);
    // a quoted fragment closes the content
    const fragmentEnd = closesFragment(tokens, speaker.from - 1, inQuote);
    if (
      generic ||
      !before ||
      !(before.text === ',' || fragmentEnd) ||
      !trails(ctx, speaker) ||
      isParticipialOpener(tokens, s, speaker.from - 1)
    )
      return undefined;
    const { k, aside, stop } = attributionTail(tokens, c, e);
    if (!(aside || k >= e - 1 || CLAUSE_END.has(tokens[k]?.text ?? '.'))) return undefined;
    if (hasFiniteVerb(tokens, c + 1, k)) return undefined;
    const range = contentRange(tokens, s, fragmentEnd ? speaker.from : speaker.from - 1);
    if (range && !tokensInQuoteOnly(inQuote, s, speaker.from - 1) && !hasFull(inQuote, s, speaker.from))
      return { reported: { content: range, attribution: { speaker, cue, how: 'after' } }, next: stop };
    return undefined;
  },
};

/**
 * Where a trailing attribution's tail after its cue `c` ends: at the sentence's end or a semicolon ("…, analysts say;
 * in 2012, …"), or at a comma opening a comment on the report ("…, officials said Friday, as they …"; `aside` when
 * only adverbials stand before it). `stop` is where the next clause starts; `k` where the tail's words end.
 */
function attributionTail(tokens: DocToken[], c: number, e: number): { k: number; aside: boolean; stop: number } {
  let k = c + 1;
  while (k < e && staysInTail(tokens, k, c)) {
    if (SENTENCE_END.has(tokens[k].text) || tokens[k].text === ';') return { k, aside: false, stop: k };
    if (tokens[k].text === ',' && k > c && !tokens[k + 1]?.cap && tokens[k + 1]?.lower !== 'that') {
      // "…, Ruiz said, adding that …": the participle is a report of its own
      const stop = PARTICIPLES.has(tokens[k + 1]?.lower ?? '') ? k : e;
      return { k, aside: adverbialsOnly(tokens, c + 1, k), stop };
    }
    k++;
  }
  return { k, aside: false, stop: e };
}

/** A token an attribution's tail may hold: punctuation, times, prepositions, articles, or any of its first words. */
function staysInTail(tokens: DocToken[], k: number, c: number): boolean {
  const t = tokens[k];
  if (!t.word) return true;
  return TIME_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || ['a', 'an', 'the'].includes(t.lower) || k - c <= 6;
}

/**
 * The attribution may trail a content before it: enough words stand before the subject, the cue opens no clause of
 * its own ("…, officials said that …", "…, officials said they …"), and those words are no role of the subject's.
 */
function trails(ctx: ClauseContext, speaker: Phrase): boolean {
  const { tokens, s, c } = ctx;
  const opensContent = tokens[c + 1]?.lower === 'that' || SUBJECT_PRONOUNS.has(tokens[c + 1]?.lower ?? '');
  return (
    speaker.from - s > MIN_CONTENT_WORDS &&
    !opensContent &&
    !isRoleBefore(ctx, speaker) &&
    !isAdverbialBefore(ctx, speaker)
  );
}

/**
 * "In an interview, the minister said the talks …", "Speaking after the hearing, her solicitor said …": a phrase
 * opening with a preposition or a participle and holding no finite verb sets the scene; it is nobody's content.
 */
function isAdverbialBefore({ tokens, s }: ClauseContext, speaker: Phrase): boolean {
  const first = tokens[s];
  // "Back in Whitehorse, the mayor says …", "Elsewhere in the North, leaders say …": an adverb of place opens one too
  const placeAdverb = INTRO_WORDS.has(first.lower) && PREPOSITIONS.has(tokens[s + 1]?.lower ?? '');
  if (!PREPOSITIONS.has(first.lower) && !placeAdverb && !/^[a-z]{3,}ing$/.test(first.lower)) return false;
  for (let i = s + 1; i < speaker.from - 1; i++) if (finiteVerb(tokens[i])) return false;
  return true;
}

/**
 * "The firm's chief executive, Maria Lopes, said the deal …": what stands before the comma is the speaker's role
 * (a description opening the sentence, headed by a speaker noun), an appositive, not a content said by her.
 */
function isRoleBefore({ doc, tokens, s }: ClauseContext, speaker: Phrase): boolean {
  const role = phraseLeft(tokens, speaker.from - 1, s, doc.text);
  return role !== null && role.kind === 'description' && role.from === s && isSpeakerNoun(tokens[role.to - 1].lower);
}

/** "told reporters that …", "told a meeting of Pacific Island leaders that …": the addressee is skipped. */
const skipAddressee: ClauseRule = {
  name: 'skip addressee',
  apply(ctx) {
    const { tokens, e, c, inQuote, t, w } = ctx;
    let k = c + 1;
    ctx.k = k;
    if (!OBJECT_CUES.has(w)) return undefined;
    const o = tokens[k];
    if (!o) return null;
    const alwaysObject =
      /^(?:tell|tells|told|telling|inform|informs|informed|remind|reminds|reminded|assure|assures|assured)$/.test(w) ||
      t.lower === 'telling';
    // "told her audience they …": "her" owns the addressee
    if (OBJECT_WORDS.has(o.lower) && !(alwaysObject && o.lower === 'her' && addresseeWord(tokens[k + 1]))) k++;
    else if (!alwaysObject) {
      // "warned the forecast was …": no addressee
    } else k = addresseeEnd(tokens, k, e);
    if (alwaysObject) {
      // a longer addressee: "told a meeting of Pacific Island leaders that …", "told his advisers to …"
      for (let j = c + 1; j < e && j - c <= 12 && inQuote.of[j] < 0 && !SENTENCE_END.has(tokens[j].text); j++) {
        // "told reporters he was listening to colleagues": a subject after the addressee has opened the content
        if (j >= k && SUBJECT_PRONOUNS.has(tokens[j].lower)) break;
        if (tokens[j].lower === 'that' && j >= k) {
          k = j;
          break;
        }
        if (tokens[j].lower === 'to' && j > c + 1 && !tokens[j + 1]?.cap && tokens[j + 1]?.word) {
          // the instruction with its addressee is the content
          k = c + 1;
          break;
        }
      }
    }
    ctx.k = k;
    return undefined;
  },
};

/** "asked (Sanders) whether …", "wondered how …": the indirect question is the content. */
const indirectQuestion: ClauseRule = {
  name: 'indirect question',
  apply(ctx) {
    const { tokens, e, w, k } = ctx;
    // "would not say whether …", "did not explain how …": a speech verb with a question after it
    if (!QUESTION_CUES.has(w)) return SAID_QUESTION_WORDS.has(tokens[k]?.lower ?? '') ? contentFrom(ctx, k) : undefined;
    let q = k;
    if (OBJECT_WORDS.has(tokens[q]?.lower ?? '')) q++;
    else while (q < e && q - k < 4 && tokens[q].cap && tokens[q].word) q++;
    if (!WH_WORDS.has(tokens[q]?.lower ?? '')) return undefined;
    return contentFrom(ctx, q) ?? undefined;
  },
};

/**
 * Where the content opens: after a "that" with only adverbials before it ("said on Friday that …"), at the
 * infinitive ("vowed to fight", "urged Congress to act"), or right after the cue when a plain clause starts there.
 */
const contentOpening: ClauseRule = {
  name: 'content opening',
  apply(ctx) {
    const { tokens, c, w, generic } = ctx;
    const k = ctx.k;
    const that = thatOpening(ctx);
    if (that >= 0) ctx.k = that + 1;
    else if ((INFINITIVE_CUES.has(w) && !CLAUSE_CUES.has(w)) || (INFINITIVE_CUES.has(w) && tokens[k]?.lower === 'to')) {
      let j = k;
      while (j < ctx.e && j - k <= 4 && tokens[j].lower !== 'to' && tokens[j].word) j++;
      if (tokens[j]?.lower !== 'to') return null;
      ctx.k = j;
    } else if (generic) return null;
    else if (tokens[k]?.lower === 'to' && OBJECT_CUES.has(w) && k > c + 1) {
      // "told his advisers to find a way": the instruction is the content
    } else {
      // "said on Friday it would …": a time adverbial stands between the cue and a plainly opening clause
      const j = afterTimeAdverbial(tokens, k, ctx.e);
      if (j > k && opensPlainly(tokens, j)) return contentFrom(ctx, j);
      // "said in a statement Thursday night they …": a pronoun subject after the adverbials
      const a = afterAdverbials(tokens, k, ctx.e);
      if (a > k && SPEAKER_PRONOUNS.has(tokens[a].lower)) return contentFrom(ctx, a);
      if (opensQuantity(tokens, k)) return contentFrom(ctx, k);
      // a quote right after the cue ('said "…"') opens a fragment of the content; a full one is handled elsewhere
      const first = tokens[k];
      if (
        !first ||
        (NOT_CONTENT_START.has(first.lower) && !possessiveHer(tokens, k)) ||
        (!first.word && !isQuoteToken(first)) ||
        TIME_WORDS.has(first.lower)
      )
        return null;
    }
    return contentFrom(ctx, ctx.k);
  },
};

const ADVERBIAL_REACH = 10;

/** The index after adverbial words at k ("in a statement Thursday night"), else k. */
function afterAdverbials(tokens: DocToken[], k: number, e: number): number {
  let j = k;
  if (!PREPOSITIONS.has(tokens[k]?.lower ?? '')) return k;
  while (
    j < e &&
    j - k < ADVERBIAL_REACH &&
    (TIME_WORDS.has(tokens[j].lower) ||
      PREPOSITIONS.has(tokens[j].lower) ||
      ADVERBIAL_WORDS.has(tokens[j].lower) ||
      CALENDAR_WORDS.has(tokens[j].lower))
  )
    j++;
  return j < e ? j : k;
}

/** The "that" opening the content within ten tokens of k, with only adverbials before it ("said at a campaign stop
 * in Toledo, Ohio, that …"); else -1. */
function thatOpening({ tokens, e, inQuote, k }: ClauseContext): number {
  return thatAfterAdverbials(tokens, k, e, inQuote);
}

const AS_REACH = 8;

/** "As the auditor noted, [trust is collapsing]", "But as Ruiz put it, …": the clause after the comma is the
 * content, the phrase between "as" and the cue its source. */
const asAttribution: ClauseRule = {
  name: 'as attribution',
  apply({ doc, tokens, s, e, c, inQuote, lead, cue }) {
    const a = tokens[s].lower === 'and' || tokens[s].lower === 'but' ? s + 1 : s;
    if (tokens[a]?.lower !== 'as' || lead - a < 2 || lead - a > AS_REACH) return undefined;
    const speaker = phraseRight(tokens, a + 1, lead, doc.text);
    if (!speaker || speaker.to !== lead) return undefined;
    let k = c + 1;
    if (tokens[c].lower === 'put' && tokens[k]?.lower === 'it') k++;
    // "As Ruiz said on Friday, …", "As Ruiz wrote in a column, …"
    while (k < e && k - c <= AS_REACH && tokens[k].word) k++;
    if (tokens[k]?.text !== ',' || (!adverbialsOnly(tokens, c + 1, k) && tokens[c].lower !== 'put')) return undefined;
    const content = contentAfter(doc, k + 1, e, inQuote);
    if (!content) return null;
    return { reported: { content: content.range, attribution: { speaker, cue, how: 'before' } }, next: content.end };
  },
};

/** The rules in the order they run; the last one always decides. */
export const CLAUSE_RULES: readonly ClauseRule[] = [
  asAttribution,
  invertedAttribution,
  relativeReport,
  subjectOpensClause,
  subjectAgreement,
  expressedFeeling,
  objectAsContent,
  reportingCueOnly,
  midSentenceAttribution,
  trailingAttribution,
  skipAddressee,
  indirectQuestion,
  contentOpening,
];

/** What the reporting verb at c reports, if anything. */
export function clause(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  inQuote: QuoteMap,
  fullQuote: boolean,
  shared: Phrase | null = null,
): Found | null {
  const { tokens, text } = doc;
  const t = tokens[c];
  const w = cueForm(t.lower);
  // "the spokesman was quick to remind …": the subject stands before the adjective that governs the cue
  const governor = controlCopula(tokens, s, c);
  const lead = governor < c ? skipAuxLeft(tokens, governor, s, CUE_PREFIX) : skipAuxLeft(tokens, c, s, CUE_PREFIX);
  const ctx: ClauseContext = {
    doc,
    tokens,
    s,
    e,
    c,
    inQuote,
    fullQuote,
    shared,
    t,
    w,
    lead,
    own:
      shared ??
      nameGivenInRelative(doc, lead, s) ??
      relativeClauseHead(doc, s, c, lead) ??
      contactRelativeHead(tokens, lead, s, text) ??
      phraseLeft(tokens, lead, s, text),
    relative: null,
    speaker: null,
    before: undefined,
    cue: cueRange(tokens, c, e),
    generic: !CUE_VERBS.has(w) && !OBJECT_CONTENT_CUES.has(w),
    k: c + 1,
  };
  for (const rule of CLAUSE_RULES) {
    const verdict = rule.apply(ctx);
    if (verdict !== undefined) return verdict;
  }
  return null;
}
export const MAX_CHOSEN = 4;

/** The end of a name run at `k` that ends the cue's object ("Cruz", "Hillary Clinton"), before a time, a place, a
 * comma or the sentence end; else -1. */
export function chosenName(tokens: DocToken[], k: number, e: number): number {
  let r = k;
  while (r < e && r - k < MAX_CHOSEN && tokens[r].cap && tokens[r].word && !WEEKDAYS.has(tokens[r].lower)) r++;
  if (r === k || r - k >= MAX_CHOSEN) return -1;
  const next = tokens[r];
  return !next ||
    r >= e ||
    SENTENCE_END.has(next.text) ||
    next.text === ',' ||
    TIME_WORDS.has(next.lower) ||
    PLACE_OR_TIME.has(next.lower) ||
    next.lower === 'last' ||
    next.lower === 'for'
    ? r
    : -1;
}

const SHORT_OBJECT_WORDS = 4;

/**
 * The end of a short object at `k` that the cue reports on its own, before a time or the sentence end: a pronoun
 * ("opposed [it] last year"), a name ("attacked [Trump] on Sunday") or a determiner's noun phrase of a few words
 * ("defended [his endorsement] this week"); else -1. Not before a comma or "for": "criticized [Lind for …]" and
 * "praised [Lind, who …]" report more.
 */
export function shortObject(tokens: DocToken[], k: number, e: number): number {
  const first = tokens[k];
  // "spoke on [Monday]": a time is no object
  if (!first || endsShortObject(tokens, k, e)) return -1;
  if (OBJECT_PRONOUNS.has(first.lower) && endsShortObject(tokens, k + 1, e)) return k + 1;
  const name = first.cap && first.word;
  if (!name && !CONTENT_DETERMINERS.has(first.lower)) return -1;
  let r = k + 1;
  while (
    r < e &&
    r - k < SHORT_OBJECT_WORDS &&
    tokens[r].word &&
    (!name || tokens[r].cap) &&
    !PREPOSITIONS.has(tokens[r].lower) &&
    !endsShortObject(tokens, r, e)
  )
    r++;
  return (name || r > k + 1) && endsShortObject(tokens, r, e) ? r : -1;
}

/** A short object ends at r: the sentence ends, or a time ("on Friday") or a clause opener follows. */
function endsShortObject(tokens: DocToken[], r: number, e: number): boolean {
  const next = tokens[r];
  if (!next || r >= e || SENTENCE_END.has(next.text)) return true;
  const after = tokens[r + 1]?.lower ?? '';
  if (next.text === ',' && !RELATIVES.has(after) && !CONTENT_DETERMINERS.has(after)) return true;
  const time = (t: DocToken | undefined): boolean => !!t && (TIME_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower));
  return time(next) || SHORT_OBJECT_END.has(next.lower) || (PREPOSITIONS.has(next.lower) && time(tokens[r + 1]));
}

/** Only time words, prepositions, articles and names ("Friday afternoon", "in a statement to CNN"). */
export function adverbialsOnly(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (
      t.cap ||
      !t.word ||
      TIME_WORDS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      ADVERBIAL_WORDS.has(t.lower) ||
      OBJECT_WORDS.has(t.lower)
    )
      continue;
    return false;
  }
  return true;
}

/**
 * "Sandra Phelps, who lost her son in the flood in Halton, Ontario, in May 2019, said that …": a relative clause
 * closed by the comma before the verb is the subject's, however many commas it holds inside; the subject is the
 * person or speaker noun before its ", who", not the place ("Ontario") the phrase to the left of the verb would be.
 */
function relativeClauseHead(doc: Doc, s: number, c: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  // a participle ("…, mocking …") reports for whatever clause stands before it, not for the relative clause's head
  if (tokens[lead - 1]?.text !== ',' || /ing$/.test(tokens[c].lower)) return null;
  for (let k = lead - 2; k > s && lead - k <= RELATIVE_CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (SENTENCE_END.has(t.text) || t.text === ';' || isQuoteToken(t)) return null;
    if (t.lower !== 'who') continue;
    if (tokens[k - 1]?.text !== ',') {
      const unnamed = restrictiveHead(doc, s, k);
      if (unnamed) return unnamed;
      continue;
    }
    // "the nurse Mr Fennimore mentioned, who …": the head of a relative clause without its "whom"
    const contact = contactRelativeHead(tokens, k - 1, s, text);
    if (contact) return contact;
    const head = phraseLeft(tokens, k - 1, s, text);
    if (!head || head.kind === 'pronoun' || head.to !== k - 1) return null;
    // "…, a researcher at the University of California, Davis, who …": the campus is no head; the phrase scan finds it
    if (head.kind === 'name') return isCampus(tokens, head) ? null : head;
    if (!isSpeakerNoun(tokens[head.to - 1].lower)) return null;
    // "Jeb Bush, the former Florida governor, who …": the name the description is in apposition to
    const named = tokens[head.from - 1]?.text === ',' ? phraseLeft(tokens, head.from - 1, s, text) : null;
    return named && named.kind === 'name' && named.to === head.from - 1 ? named : head;
  }
  return null;
}
/**
 * "A vendor who sells jerk chicken near the market, and who asked not to be named, said …": an unnamed source that
 * opens its sentence with a relative clause of its own, no comma before its "who"; only a speaker noun after "a",
 * "an" or "one" ("the men who built it, and who …" may be anyone's).
 */
function restrictiveHead(doc: Doc, s: number, who: number): Phrase | null {
  const { tokens, text } = doc;
  const head = phraseLeft(tokens, who, s, text);
  if (!head || head.kind !== 'description' || head.to !== who || !isSpeakerNoun(tokens[head.to - 1].lower)) return null;
  const opener = tokens[head.from];
  const opens = head.from === s || SENTENCE_END.has(tokens[head.from - 1]?.text ?? '.');
  return opens && INDEFINITE_DETERMINERS.has(opener.lower) ? head : null;
}

/** Tokens from a verb back to the ", who" its subject's relative clause opens with. */
const RELATIVE_CLAUSE_REACH = 40;
