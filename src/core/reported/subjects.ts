/** Who a reporting verb's subject is: "Mr. X and Ms. Y say", "Some of his allies say", "…, said the ministry". */
import type { Doc, DocToken } from '../text/document';
import { afterDateline, cueRange, isNounAfter, isQuoteToken } from '../attribution/cues';
import { skipPartyTag } from '../attribution/partyTags';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from '../attribution/phrases';
import { SpanIndex } from '../text/spanIndex';
import { overlapsOrganization } from '../attribution/recognizedEntities';
import {
  CLAUSE_CUES,
  DESCRIPTION_LINKS,
  OBJECT_CONTENT_CUES,
  ORG_NAME_WORDS,
  ROLE_NOUNS,
  TIME_WORDS,
} from '../lexicon/lexicon';
import { IRREGULAR_PAST_CUES, PLAIN_SPEECH_CUES, SAY_FORMS, TALK_CUES, TELL_CUES } from '../lexicon/speechVerbs';
import {
  CLAUSE_INTRO_WORDS,
  CLAUSE_JOINERS,
  COMPLEMENT_PREPOSITIONS,
  CONTENT_DETERMINERS,
  NOT_CONTENT_START,
  OBJECT_WORDS,
  PASSIVE_AUX,
  PLURAL_OPENERS,
  PREPOSITIONS,
  QUANTIFIERS,
  QUANTITY_LEADS,
  RELATIVE_SUBJECTS,
  SCENE_PARTICIPLES,
  SENTENCE_END,
  SUBJECT_PRONOUNS,
  VERB_AFTER_NOUN,
} from '../lexicon/functionWords';
import { contentAfter, contentRange } from './content';
import { thatAfterAdverbials } from './thatOpening';
import {
  addresseeEnd,
  afterTimeAdverbial,
  opensPlainly,
  opensQuantity,
  possessiveHer,
  thatAdverbial,
} from './contentStart';
import { closesFragment, hasFull, tokensInQuoteOnly, type Found, type QuoteMap } from './quoteMap';

export const MAIN_CLAUSE_REACH = 60;

/** The subject opening the sentence ("[In a speech,] Trump defended his tweets, saying …"): a name, a pronoun
 * or a description of a speaker, followed by its verb. */
export function clauseSubject(doc: Doc, s: number, c: number): Phrase | null {
  const { tokens, text } = doc;
  // "NAIROBI, Kenya - President Ruto …": the subject follows the dateline
  let from = afterDateline(tokens, s, c);
  if (opensScene(tokens[s])) from = afterFrontedScene(tokens, s, c);
  if (from >= c) return null;
  const read = phraseRight(tokens, from, c, text);
  const p = read && (apposedSubject(doc, read, c) ?? ownVerbCut(tokens, read));
  if (!p || p.to >= c) return null;
  // past the comma closing an apposed name, or a party tag: "MK Dana Levi (Likud) opened the session by saying …"
  const verb = p !== read && tokens[p.to].text === ',' ? tokens[p.to + 1] : tokens[skipPartyTag(tokens, p.to, c)];
  if (!verb?.word || verb.cap) return null;
  if (p.kind === 'description' && !isSpeakerNoun(tokens[p.to - 1].lower) && !headBeforeLink(tokens, p)) return null;
  return p;
}

/**
 * A sentence opening on its scene, not its subject: a preposition or connective ("In a memo, …", "But …") or a
 * participle ("Asked about the emails, …", "Speaking in Ohio, …").
 */
function opensScene(t: DocToken): boolean {
  return CLAUSE_INTRO_WORDS.has(t.lower) || SCENE_PARTICIPLES.has(t.lower) || (t.cap && /[a-z]{2}ing$/.test(t.lower));
}

/**
 * Fronted scene: "In an internal email to staff obtained by reporters on Friday night, Comey defended his decision,
 * writing …", "Asked about the emails, he pivoted to Russia, saying …": the subject follows the scene's comma (within
 * FRONTED_SCENE_REACH tokens); "But Mbadi defended the plan, saying …": the comma right before a participle cue is
 * its own, no scene's. The subject's first token.
 */
function afterFrontedScene(tokens: DocToken[], s: number, c: number): number {
  let j = s;
  while (j < c && j - s < FRONTED_SCENE_REACH && tokens[j].text !== ',' && !isQuoteToken(tokens[j])) j++;
  if (tokens[j]?.text === ',' && j < c - 1) return j + 1;
  return tokens[s].lower === 'but' || tokens[s].lower === 'and' ? s + 1 : s;
}
/** Tokens a fronted scene may run to its comma: "In an internal email to FBI employees obtained by reporters …". */
const FRONTED_SCENE_REACH = 24;

/**
 * "The senator voted for the tariffs and said …": read from the sentence's start, a description takes the subject's
 * own past verb in as a participle ("a statement released on Friday"); when the phrase runs on to the "and" of the
 * coordinated cue, it ends before the first past verb after a speaker noun.
 */
function ownVerbCut(tokens: DocToken[], p: Phrase): Phrase {
  const objectVerb = objectTakingVerb(tokens, p);
  if (objectVerb >= 0)
    return { from: p.from, to: objectVerb, kind: 'description', nameFrom: objectVerb, nameTo: objectVerb };
  const joiner = tokens[p.to]?.lower;
  if (p.kind !== 'description' || (joiner !== 'and' && joiner !== 'but')) return p;
  for (let i = p.from + 1; i < p.to; i++) {
    const t = tokens[i];
    if (t.word && !t.cap && /ed$/.test(t.lower) && isSpeakerNoun(tokens[i - 1].lower))
      return { from: p.from, to: i, kind: 'description', nameFrom: i, nameTo: i };
  }
  return p;
}

/**
 * "The mayor visited the site, noting that …": a description read to a past form right after its speaker noun, with
 * an object after it, ends on the noun: the form is the subject's verb, not a participle ("a statement released on
 * Friday" takes a preposition). Its index, else -1.
 */
function objectTakingVerb(tokens: DocToken[], p: Phrase): number {
  const last = p.to - 1;
  const verb = tokens[last];
  const next = tokens[p.to];
  if (p.kind !== 'description' || last - 1 <= p.from || !verb || verb.cap || !/\p{Ll}ed$/u.test(verb.text)) return -1;
  if (!isSpeakerNoun(tokens[last - 1].lower) || !next?.word || PREPOSITIONS.has(next.lower)) return -1;
  return last;
}

/**
 * "His spokesman, Ted Lowe, did not dispute the memo but said …": a description opening the sentence and a name in
 * apposition to it, closed by a comma before the subject's verb; the name is the subject.
 */
function apposedSubject(doc: Doc, p: Phrase, c: number): Phrase | null {
  const { tokens, text } = doc;
  if (p.kind !== 'description' || tokens[p.to]?.text !== ',' || !isSpeakerNoun(tokens[p.to - 1].lower)) return null;
  const name = phraseRight(tokens, p.to + 1, c, text);
  if (!name || name.kind !== 'name' || name.from !== p.to + 1 || tokens[name.to]?.text !== ',') return null;
  const verb = tokens[name.to + 1];
  if (!verb || !verb.word || verb.cap || !knownSpeaker(doc, name)) return null;
  // "…, the laptop maker Kestrel Systems, said": the name without the role before it
  return tokens[name.from].cap ? name : { ...name, from: name.nameFrom };
}

/**
 * "The chief executive of Maplewood Foods defended the bid, saying …": a description whose speaker noun stands before
 * the link word that says whose it is; the name after "of" is no head. Only when the verb follows that name.
 */
function headBeforeLink(tokens: DocToken[], p: Phrase): boolean {
  // "an army of HP workers and retirees had amassed": the phrase read stops inside a longer noun phrase
  if (isSpeakerNoun(tokens[p.to]?.lower ?? '')) return false;
  for (let i = p.from + 1; i < p.to; i++)
    if (DESCRIPTION_LINKS.has(tokens[i].lower)) return isSpeakerNoun(tokens[i - 1].lower);
  return false;
}

/** "Mr. Ortega, who chairs the panel and has long opposed the toll, said that …": a speech verb whose subject
 * the phrase scanner cannot read still reports, with an unknown speaker, when its content opens plainly. */
export function unreadSubject(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  lead: number,
  inQuote: QuoteMap,
  near: Phrase | null,
): Found | null {
  const { tokens } = doc;
  // '…,” said the man who …': right after quoted words, what follows the cue is who said them, not a report
  if (
    !(PLAIN_SPEECH_CUES.has(tokens[c].lower) || TELL_CUES.has(tokens[c].lower)) ||
    lead - 1 < s ||
    inQuote.of[lead - 1] >= 0 ||
    PASSIVE_AUX.has(tokens[lead - 1].lower) ||
    isNounAfter(tokens, c)
  )
    return null;
  const { plainAt, at } = cueObjectEnd(tokens, c, e, inQuote);
  let k = at;
  if (tokens[k]?.lower === 'that') k++;
  const first = tokens[k];
  if (!first || k >= e || inQuote.of[k] >= 0) return null;
  const plain =
    k > c + 1 ||
    SUBJECT_PRONOUNS.has(first.lower) ||
    CONTENT_DETERMINERS.has(first.lower) ||
    (first.cap && first.word && !TIME_WORDS.has(first.lower)) ||
    opensPlainly(tokens, k);
  // "apologized but said her office had acted …": "her" before a noun is a possessive opening the content
  const opensClause = thatAdverbial(tokens, k) || opensQuantity(tokens, k) || possessiveHer(tokens, k);
  if (!plain || (NOT_CONTENT_START.has(first.lower) && !opensClause)) return null;
  const content = contentAfter(doc, k, e, inQuote);
  if (!content) return null;
  // a known person's name right before the cue ('on “Meet the Press,” Senator Ortega said'), else the sentence's
  // subject ("ProPublica obtained the video and said …"), when it is a speaker we can name
  const subject =
    [near, c - s <= MAIN_CLAUSE_REACH ? clauseSubject(doc, s, c) : null].find((p) => p && knownSpeaker(doc, p)) ?? null;
  if (!ownSubject(tokens, c, lead, subject, near, k > plainAt + 1)) return null;
  return {
    reported: {
      content: content.range,
      attribution: { speaker: subject, cue: cueRange(tokens, c, e), how: subject ? 'inherited' : 'none' },
    },
    next: content.end,
  };
}

/**
 * Where the content may open after the cue at `c`: "A producer for the station told the Courier on Tuesday that …"
 * past the addressee and a time; "… and said on the Senate floor at the time that …" past adverbials to their
 * "that". `plainAt` is where it would open without those adverbials.
 */
function cueObjectEnd(tokens: DocToken[], c: number, e: number, inQuote: QuoteMap): { plainAt: number; at: number } {
  const k = c + 1;
  if (TELL_CUES.has(tokens[c].lower)) {
    const told = tokens[k] ? afterTimeAdverbial(tokens, addresseeEnd(tokens, k, e), e) : k;
    return { plainAt: told, at: told };
  }
  const past = tokens[k] && PREPOSITIONS.has(tokens[k].lower) ? thatAfterAdverbials(tokens, k, e, inQuote) : -1;
  return { plainAt: k, at: Math.max(k, past) };
}

/**
 * Past adverbials, a report needs a named subject of its own cue or of a coordinated one ("voted … and said on … that
 * …"): "However, Adelson … declared in an interview that he found …" keeps its later "he found", and "after the
 * governor had said on Saturday that …" is not the main clause's subject's.
 */
function ownSubject(
  tokens: DocToken[],
  c: number,
  lead: number,
  subject: Phrase | null,
  near: Phrase | null,
  pastAdverbials: boolean,
): boolean {
  if (!pastAdverbials) return true;
  const joined = [tokens[c - 1]?.lower, tokens[lead - 1]?.lower].some((w) => w === 'and' || w === 'but');
  return !!subject && (subject === near || joined);
}

/** A pronoun, a speaker description, or a name the entity scan found as a person or an organization. */
export function knownSpeaker(doc: Doc, p: Phrase): boolean {
  if (p.kind === 'pronoun') return true;
  const { tokens } = doc;
  if (p.kind === 'description') return isSpeakerNoun(tokens[p.to - 1].lower);
  // "The Prairie Farmers Union congratulated … but said …": a name of words shaped like a body's is one
  if (p.nameTo - p.nameFrom >= 2 && tokens[p.nameTo - 1].cap && ORG_NAME_WORDS.has(tokens[p.nameTo - 1].lower))
    return true;
  const from = tokens[p.nameFrom].start;
  const to = tokens[p.nameTo - 1].end;
  let index = entityIndex.get(doc);
  if (!index) entityIndex.set(doc, (index = new SpanIndex([...doc.people, ...doc.organizations])));
  return index.covers(from, to);
}

/** People and organizations by document, built once: a lookup per cue stays O(log n). */
export const entityIndex = new WeakMap<Doc, SpanIndex>();

/** "…, said X." / "…, says a report by Y.": the whole clause before the comma is the content. */
export function inverted(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap): Found | null {
  const { tokens, text } = doc;
  if (!CLAUSE_CUES.has(tokens[c].lower) || /ing$/.test(tokens[c].lower)) return null;
  const speaker = phraseRight(tokens, c + 1, e, text);
  if (!speaker || speaker.kind === 'pronoun' || OBJECT_WORDS.has(tokens[speaker.from].lower)) return null;
  if (speaker.kind === 'description') {
    // a source, not a clause: "said the ministry", never "said the cuts would hurt schools"
    if (!isSpeakerNoun(tokens[speaker.to - 1].lower)) return null;
    for (let i = speaker.from; i < speaker.to; i++) if (VERB_AFTER_NOUN.has(tokens[i].lower)) return null;
  }
  // the speaker ends the sentence, or an appositive or relative clause follows it
  let k = speaker.to;
  while (k < e && (TIME_WORDS.has(tokens[k].lower) || (PREPOSITIONS.has(tokens[k].lower) && k === speaker.to))) k++;
  const after = tokens[k];
  if (!(k >= e || SENTENCE_END.has(after.text) || after.text === ',' || after.text === '(' || after.text === ';'))
    return null;
  // quoted words before the cue belong to the direct quote's attribution, unless they are a fragment of the content
  if (hasFull(inQuote, s, c) || tokensInQuoteOnly(inQuote, s, c - 1)) return null;
  const range = contentRange(tokens, s, closesFragment(tokens, c - 1, inQuote) ? c : c - 1);
  if (!range) return null;
  return { reported: { content: range, attribution: { speaker, cue: cueRange(tokens, c, e), how: 'after' } }, next: e };
}

/**
 * "an architect who said …", "Fowler, who said …": the speaker is the noun phrase before "who". A verb whose object
 * is the content takes any relative pronoun: "the union, which endorsed [Ruiz] in May", "a PAC that backed [Lind]".
 */
export function relativeAntecedent(doc: Doc, s: number, lead: number, c = lead): Phrase | null {
  const { tokens, text } = doc;
  const pronoun = tokens[lead - 1]?.lower ?? '';
  // only a speech verb: ", who spoke on condition of anonymity," describes the source, it does not quote it
  const speech = pronoun === 'who' && CLAUSE_CUES.has(tokens[lead].lower);
  const object =
    RELATIVE_SUBJECTS.has(pronoun) && OBJECT_CONTENT_CUES.has(tokens[c].lower) && !TALK_CUES.has(tokens[c].lower);
  const body = !speech && !object && bodySpeechRelative(tokens, lead);
  if (!speech && !object && !body) return null;
  let end = lead - 1;
  if (tokens[end - 1]?.text === ',') end--;
  const p = phraseLeft(tokens, end, Math.max(s, end - 10), text);
  if (!p || p.kind === 'pronoun') return null;
  // "said Ibrahim Sani, a farmer who said he hid …": the name the description is in apposition to
  const named =
    p.kind === 'description' && tokens[p.from - 1]?.text === ',' ? phraseLeft(tokens, p.from - 1, s, text) : null;
  const antecedent = named && named.kind === 'name' && named.to === p.from - 1 ? named : p;
  return !body || bodyAntecedent(doc, antecedent) ? antecedent : null;
}

/**
 * ", which said …", ", which argued that …": "which" and a speech verb after a comma, a body's own relative clause;
 * a verb other than "say" only with "that", as ", which writes the rules of commerce" reports nothing.
 */
function bodySpeechRelative(tokens: DocToken[], lead: number): boolean {
  const verb = tokens[lead]?.lower ?? '';
  if (tokens[lead - 1]?.lower !== 'which' || tokens[lead - 2]?.text !== ',' || !CLAUSE_CUES.has(verb)) return false;
  return SAY_FORMS.has(verb) || tokens[lead + 1]?.lower === 'that';
}

/**
 * "… is run by Harwell Care Group Ltd, which said in a statement that …", "the council, which said …": a body speaks
 * through "which" as a person does through "who"; a thing does not ("the bill, which says …" is no speaker), so only an
 * organization the entity scan found, or a description whose head is a speaker noun.
 */
function bodyAntecedent(doc: Doc, p: Phrase): boolean {
  const { tokens } = doc;
  if (p.kind === 'description') return isSpeakerNoun(tokens[p.to - 1].lower);
  return overlapsOrganization(doc, tokens[p.nameFrom].start, tokens[p.nameTo - 1].end);
}

/** "X and Y" before a cue: one phrase spanning both when "X" opens the clause; a pair of names keeps the first
 * as the one the speaker table resolves. */
export function jointSubject(doc: Doc, s: number, second: Phrase): Phrase | null {
  const { tokens, text } = doc;
  const and = second.from - 1;
  const first = phraseLeft(tokens, and, Math.max(s, and - 8), text);
  if (!first || first.kind === 'pronoun' || second.kind === 'pronoun') return null;
  const prev = tokens[first.from - 1];
  // "X" opens the clause: the sentence's start (after a dateline: "BEIJING — Xi and Albanese agreed"), a comma, "and"
  const opens = first.from === s || first.from === afterDateline(tokens, s, and);
  if (!(opens || prev.text === ',' || prev.text === ';' || CLAUSE_JOINERS.has(prev.lower))) return null;
  if (first.kind === 'name' && second.kind === 'name') return { ...first, to: second.to, role: undefined };
  return { from: first.from, to: second.to, kind: 'description', nameFrom: second.to, nameTo: second.to };
}

/** "Some of Clinton's allies say", "Six in 10 voters say": the quantity opens the subject the phrase ends. */
export function quantifiedSubject(tokens: DocToken[], s: number, p: Phrase): Phrase {
  const of = p.from - 1;
  let q = of - 1;
  if (q >= s && (tokens[of].lower === 'of' || tokens[of].lower === 'in')) {
    const w = tokens[q];
    // "six in 10", "6 in 10": a ratio only with "in"
    const quantity =
      tokens[of].lower === 'in'
        ? /^\d+$/.test(tokens[p.from].text) && (/^\d+$/.test(w.text) || QUANTIFIERS.has(w.lower))
        : QUANTIFIERS.has(w.lower) || /^\d[\d,.]*%?$/.test(w.text);
    if (!quantity) return p;
  } else if (QUANTIFIERS.has(tokens[p.from].lower) && !(p.kind === 'name' && opensTitle(tokens, p.from))) q = p.from;
  else return p;
  let from = q;
  while (
    from - 1 >= s &&
    q - from < 4 &&
    (QUANTITY_LEADS.has(tokens[from - 1].lower) || /^\d[\d,.]*$/.test(tokens[from - 1].text))
  )
    from--;
  return { from, to: p.to, kind: 'description', nameFrom: p.to, nameTo: p.to };
}

/**
 * "Majority Leader Ann Hale said", "Minority Whip Tom Kell said": a capital quantity word before a capital title word
 * opens an office before a person's name, not a quantity ("Many Republicans say" still counts a group, "Two House
 * Committees asked" names bodies).
 */
function opensTitle(tokens: DocToken[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].cap && !!next && next.cap && ROLE_NOUNS.has(next.lower);
}

/** A name that is one singular subject: not "Republicans", "Some", nor the complement of "data from …". */
export function singularName(tokens: DocToken[], p: Phrase): boolean {
  const prev = tokens[p.from - 1]?.lower ?? '';
  if (PLURAL_OPENERS.has(tokens[p.from].lower) || tokens[p.to - 1].lower.endsWith('s')) return false;
  return !COMPLEMENT_PREPOSITIONS.has(prev);
}

/** A verb's base form: "say", "support" (not "says", "said", "saying"). */
export function isBaseForm(word: string): boolean {
  return !/(?:s|ed|ing)$/.test(word) && !IRREGULAR_PAST_CUES.has(word);
}
