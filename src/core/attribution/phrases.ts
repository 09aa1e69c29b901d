/**
 * Speaker phrases around a reporting cue: the noun phrase before it ("Russian Foreign Minister Sergei Lavrov said",
 * "a person familiar with the talks said") or after it ("said the Russian president"). Token scanners with fixed
 * look-back limits, so each call is O(1) in the document size.
 */
import type { DocToken } from '../text/document';
import {
  CUE_VERBS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  PARTITIVE_WORDS,
  DESCRIPTION_STOP,
  HONORIFICS,
  NOT_SPEAKER_HEAD,
  ANONYMOUS_NOUNS,
  ORG_NOUNS,
  ROLE_NOUNS,
  SPEAKER_PRONOUNS,
} from '../lexicon/lexicon';
import { CLAUSE_END as SENTENCE_END_CHARS } from '../lexicon/functionWords';
import { BRANCH_NUMBER, BRANCH_WORDS, INSTITUTION_WORDS } from '../lexicon/entityWords';
import { DOCUMENT_NOUNS } from '../lexicon/newsWords';
import { IRREGULAR_PAST, PAST_ONLY_SPEECH } from '../lexicon/speechVerbs';
import { isMannerAdverb, timeBefore } from './verbModifiers';
import { possessedAgentBefore } from './possessedAgent';
import { placedDescriptionEnd, placedDescriptionStart } from './placedBodies';
import { isFirstName } from '../speakers/gender';
import { PERSON_HONORIFICS, PLACE_MODIFIERS } from '../lexicon/entityWords';
import { PERCEIVED_PARTICIPLES, PROGRESSIVE_AUX } from '../lexicon/functionWords';
import { ARTICLES, MODAL_AUX, QUANTIFIERS, TOWN_LINKS } from '../lexicon/functionWords';
import { AGE_OR_KIN_EPITHET, ISSUED_TEXT_NOUNS, REPLY_TEXT_NOUNS, SPOKESPERSON_NOUNS } from '../lexicon/speakerWords';
import {
  type Phrase,
  MAX_DESCRIPTION,
  INTERJECTED,
  isPossessive,
  isNameWord,
  isTitleWord,
  isVerbForm,
  isSpeakerNoun,
  text,
  splitName,
  nameLeft,
  isInnerNameParticle,
  inBodyNameList,
  isBodySubject,
  isNameParticle,
  isSubjectNoun,
  isNounAfterOf,
  frenchBodyName,
  isMoodBefore,
  isPostNominalAt,
} from './phraseParts';
export {
  isNounAfterOf,
  isSpeakerNoun,
  isSubjectNoun,
  speakerNounTail,
  type Phrase,
  type PhraseKind,
} from './phraseParts';

/** The first word of a capitalised possessor ending at `last`: "Mayor Ann Bell" of "Mayor Ann Bell's office". */
function possessorStart(tokens: DocToken[], last: number, floor: number): number {
  let from = last;
  while (
    from - 1 >= floor &&
    last - from < MAX_POSSESSOR_WORDS - 1 &&
    tokens[from - 1].cap &&
    tokens[from - 1].word &&
    tokens[from].start - tokens[from - 1].end <= 1 &&
    !DESCRIPTION_OPENERS.has(tokens[from - 1].lower) &&
    !DESCRIPTION_STOP.has(tokens[from - 1].lower)
  )
    from--;
  // "the Taoiseach's spokesman", "the Kremlin's envoy": a title or a body owns with its article, which a name never has
  if (from - 1 >= floor && tokens[from - 1].lower === 'the') from--;
  return from;
}
const MAX_POSSESSOR_WORDS = 4;

/** A lower-case description ending at `end - 1`: "the Russian president", "senior officials", "a spokesman for X". */
function descriptionLeft(tokens: DocToken[], end: number, floor: number, depth: number): Phrase | null {
  const head = tokens[end - 1];
  // a capital only as a title, or opening the sentence: "Farmers across the region say"
  const capitalOk = (h: DocToken): boolean => isTitleWord(h) || (end - 1 === floor && isSpeakerNoun(h.lower));
  if (!head || !head.word || (head.cap && !capitalOk(head))) return null;
  if (
    NOT_SPEAKER_HEAD.has(head.lower) ||
    DESCRIPTION_STOP.has(head.lower) ||
    // "familiar with Cruz's thinking": after a possessive a verb-like word is a noun
    (CUE_VERBS.has(head.lower) &&
      !isSubjectNoun(tokens, end - 1) &&
      !isNounAfterOf(tokens, end - 1) &&
      !isPossessive(tokens, end - 2)) ||
    // a number heads no description, an age does: "The 29-year-old, who returned last month, said"
    (/^\d/.test(head.text) && !AGE_OR_KIN_EPITHET.test(head.lower))
  )
    return null;
  const speakerHead = isDescriptionHead(tokens, end, floor);
  let j = end - 2;
  let from = end - 1;
  for (let n = 0; j >= floor && n < MAX_DESCRIPTION; n++, j--) {
    const t = tokens[j];
    if (DESCRIPTION_OPENERS.has(t.lower)) {
      from = j;
      break;
    }
    if (isPossessive(tokens, j) && j - 1 >= floor && tokens[j - 1].cap) {
      // "Russia's foreign minister", "Mayor Ann Bell's office": the possessor, whole, opens the description
      from = possessorStart(tokens, j - 1, floor);
      break;
    }
    if (isPossessive(tokens, j) && j - 1 >= floor && tokens[j - 1].word) {
      // "the mayor's office", "the company's spokesman": a common-noun possessor, its own opener further left
      j--;
      from = j;
      continue;
    }
    const numero = isNumeroSign(tokens, j);
    if (!numero && (!t.word || DESCRIPTION_STOP.has(t.lower) || isVerbForm(t.lower) || SPEAKER_PRONOUNS.has(t.lower)))
      break;
    from = j;
  }
  const linked = depth < 2 ? linkedDescriptionLeft(tokens, from, end, floor, depth) : null;
  if (linked) return linked;
  if (!speakerHead) return null;
  return { from, to: end, kind: 'description', nameFrom: end, nameTo: end };
}

/**
 * "One intern, who asked not to be named, said …": a noun no list knows is a person's when "who" opens the clause
 * after it and a determiner opens the phrase, a word or two before ("the report, which …" stays no speaker, and so
 * does "Democrats across the country, who …": the determiner there follows a preposition).
 */
function isDescriptionHead(tokens: DocToken[], end: number, floor: number): boolean {
  return isSpeakerNoun(tokens[end - 1].lower) || headOfPersonRelative(tokens, end, floor);
}

function headOfPersonRelative(tokens: DocToken[], end: number, floor: number): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who') return false;
  for (let j = end - 2; j >= Math.max(floor, end - 3); j--) {
    if (!DESCRIPTION_OPENERS.has(tokens[j].lower)) continue;
    const before = tokens[j - 1];
    return j === floor || !before || !before.word || before.line !== tokens[j].line;
  }
  return false;
}

/** "a No 10 spokesman", "the No 2 official": "No" before a number abbreviates "number"; it negates nothing. */
function isNumeroSign(tokens: DocToken[], j: number): boolean {
  const next = tokens[j + 1];
  return (tokens[j].text === 'No' || tokens[j].text === 'No.') && next !== undefined && /^\d+$/.test(next.text);
}

/** "a person familiar with | the talks", "a spokesman for | the ministry": a description before the link words. */
function linkedDescriptionLeft(
  tokens: DocToken[],
  from: number,
  end: number,
  floor: number,
  depth: number,
): Phrase | null {
  let k = from - 1;
  let links = 0;
  while (k >= floor && links < 2 && DESCRIPTION_LINKS.has(tokens[k].lower)) {
    k--;
    links++;
  }
  if (links === 0 || k < floor) return null;
  const inner = descriptionLeft(tokens, k + 1, floor, depth + 1);
  return inner && inner.kind === 'description'
    ? { from: inner.from, to: end, kind: 'description', nameFrom: end, nameTo: end }
    : null;
}

/** Auxiliaries of the progressive and of the future before an -ing or base-form cue ("is demanding", "he’s
 * claiming", "has been saying", "will argue"); not before a participle ("was told" is passive: the subject heard). */

/** Like skipCuePrefixLeft, also over the auxiliaries of a progressive or modal reporting verb. */
export function skipAuxLeft(tokens: DocToken[], c: number, floor: number, prefix: Set<string>): number {
  const cue = tokens[c].lower;
  const ing = cue.endsWith('ing');
  const base = !ing && !/(?:ed|s)$/.test(cue) && !IRREGULAR_PAST.has(cue);
  let i = skipCuePrefixLeft(tokens, c, floor, prefix);
  for (let steps = 0; steps < 3 && i - 1 >= floor; steps++) {
    const w = tokens[i - 1].lower;
    if (ing && (PROGRESSIVE_AUX.has(w) || PERCEIVED_PARTICIPLES.has(w)))
      i = skipCuePrefixLeft(tokens, i - 1, floor, prefix);
    else if (base && MODAL_AUX.has(w) && w !== 'to') i = skipCuePrefixLeft(tokens, i - 1, floor, prefix);
    else break;
  }
  return i;
}

/** A speaker description linked to a name by a preposition: "a spokesman for | the Pentagon", "police in | Melbourne". */
function linkedDescription(tokens: DocToken[], name: Phrase, floor: number): Phrase | null {
  // "a land council in northern Queensland": a lower-case place modifier between the link and the place
  const placed = PLACE_MODIFIERS.has(tokens[name.from - 1]?.lower ?? '') && !tokens[name.from - 1].cap;
  const at = placed ? name.from - 1 : name.from;
  const link = tokens[at - 1];
  // "in" too: "police in Melbourne", "the health ministry in Ottawa"
  if (!link || !['for', 'at', 'with', 'from', 'of', 'to', 'in', 'on'].includes(link.lower) || at - 1 <= floor)
    return null;
  if (placed && link.lower !== 'in') return null;
  const head = tokens[at - 2];
  const fromPlace = personFromPlace(tokens, at, floor);
  if (fromPlace) return { from: fromPlace, to: name.to, kind: 'description', nameFrom: name.to, nameTo: name.to };
  // a capital only where the phrase opens the sentence: "Aides to Clinton say"
  if (!head.word || (head.cap && at - 2 !== floor && !isTitleWord(head)) || !isSpeakerNoun(head.lower)) return null;
  const d = descriptionLeft(tokens, at - 1, floor, 1);
  // "the MP for Carleton", "the Minister of Health": a capitalized title only after its determiner, so that
  // "Minister for Health Jane Doe" stays a name
  if (d && head.cap && at - 2 !== floor && !DESCRIPTION_OPENERS.has(tokens[d.from].lower)) return null;
  return d && d.kind === 'description'
    ? { from: d.from, to: name.to, kind: 'description', nameFrom: name.to, nameTo: name.to }
    : null;
}

/**
 * "'…,' the off-spinner from Howrah said": "the", a lower-case noun no list knows and "from" before a name describe
 * someone from there; the town does not speak. The start of that description, or 0 when there is none.
 */
function personFromPlace(tokens: DocToken[], at: number, floor: number): number {
  const head = tokens[at - 2];
  const det = tokens[at - 3];
  if (tokens[at - 1]?.lower !== 'from' || !head?.word || head.cap || isSpeakerNoun(head.lower)) return 0;
  if (at - 3 < floor || det.lower !== 'the' || at - 3 === 0) return 0;
  return /^\p{L}[\p{L}-]+$/u.test(head.text) && !CUE_VERBS.has(head.lower) ? at - 3 : 0;
}

/**
 * "The U.S. Embassy in Kabul said", "the Ministry of Agriculture in Ottawa said": a body's capitalized name, then
 * "in" and the place it sits in. The body speaks, not the place.
 */
function bodyInPlace(tokens: DocToken[], place: Phrase, floor: number, source: string): Phrase | null {
  const link = place.from - 1;
  if (link <= floor || tokens[link].lower !== 'in' || !tokens[link - 1].cap) return null;
  const body = nameLeft(tokens, link, floor, source);
  if (!body) return null;
  for (let i = body.from; i < body.to; i++)
    if (tokens[i].cap && ORG_NOUNS.has(tokens[i].lower))
      return { from: body.from, to: place.to, kind: 'description', nameFrom: place.to, nameTo: place.to };
  return null;
}

/** Skips auxiliaries and adverbs between a speaker and its cue ("has also said"). */
export function skipCuePrefixLeft(tokens: DocToken[], c: number, floor: number, prefix: Set<string>): number {
  let i = c;
  for (;;) {
    if (i - 1 < floor) break;
    if (prefix.has(tokens[i - 1].lower) || isMannerAdverb(tokens[i - 1])) i--;
    else if (timeBefore(tokens, i - 1) > 0 && i - timeBefore(tokens, i - 1) > floor) i -= timeBefore(tokens, i - 1);
    else break;
  }
  return i;
}

/** A relative or participial aside between a speaker and its cue: ", who spoke …,", ", speaking on condition …,",
 * ", citing security concerns,", ", elected in 2012 and reelected in 2018," (a past participle). */
function opensAside(t: DocToken | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  return (
    t.lower === 'who' ||
    t.lower === 'which' ||
    (t.lower.length > 5 && t.lower.endsWith('ing')) ||
    (t.lower.length > 4 && t.lower.endsWith('ed'))
  );
}

/** "The crowd, many wearing union jackets, chanted": an absolute aside, a quantifier and its participle. */
function quantifiedAside(tokens: DocToken[], k: number, end: number): boolean {
  if (!QUANTIFIERS.has(tokens[k]?.lower ?? '')) return false;
  for (let i = k + 1; i < end - 1 && i - k <= QUANTIFIED_REACH; i++) if (opensAside(tokens[i])) return true;
  return false;
}
/** Words from the quantifier to its participle ("many of them | wearing"). */
const QUANTIFIED_REACH = 3;

/**
 * The speaker before an appositive and the comma that closes it ("Sergei Lavrov, Russia's foreign minister, said"),
 * `end - 1` being that comma.
 */
function appositiveLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const j = appositiveStart(tokens, end, floor, source);
  return j > floor && tokens[j].text === ',' ? nameBeforeAppositive(tokens, j, end, floor, source) : null;
}

/** "Commissioner for Information": title words and a link before what the office is over, and no one's name. */
function isBareTitle(tokens: DocToken[], n: Phrase): boolean {
  const link = n.nameFrom - 1;
  if (link <= n.from || !DESCRIPTION_LINKS.has(tokens[link].lower)) return false;
  // "Nigeria's Minister of Information": a possessor may open it; "The Managing Director of …": an article too
  const opener = tokens[n.from].lower === 'the' ? n.from + 1 : n.from;
  const start = isPossessive(tokens, opener + 1) ? opener + 2 : opener;
  if (start >= link) return false;
  for (let i = start; i < link; i++) if (!isTitleWord(tokens[i])) return false;
  return true;
}

/** The comma opening the appositive(s) that end at the comma `end - 1`, or where the search stopped. */
function appositiveStart(tokens: DocToken[], end: number, floor: number, source: string): number {
  // appositive: "Sergei Lavrov, Russia's foreign minister, said"
  // "Rucker Culpepper, who runs the effort, said": the name before the comma-delimited appositive
  // an appositive ending on a quoted title closes on the mark after its comma: start on the mark, to skip the title
  let j = closesQuotedTitle(tokens, end - 1, floor) ? end - 1 : end - 2;
  const stops = (i: number): boolean =>
    tokens[i].text === ',' ||
    (SENTENCE_END_CHARS.has(tokens[i].text) && tokens[i + 1]?.text !== ',') ||
    isQuoteMarkText(tokens[i].text);
  const back = (): void => {
    while (j > floor && end - j < 40) {
      // "Eastland, wearing “Ted Cruz” campaign pins, said": a few quoted words inside the appositive are part of it
      const open = endsQuoteMark(tokens, j) ? quotedWordsOpen(tokens, j, floor) : -1;
      if (open > floor) j = open - 1;
      else if (stops(j)) break;
      else j--;
    }
  };
  // a name that opens the clause, before one or two appositives:
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
  // a bare title opens no clause: "Shri Harish Mehrotra, Secretary, Department of Technical Education, said", "Ada
  // Obi, Commissioner for Information, Lagos State, said"
  const opensClause = (i: number): boolean => {
    const n = nameLeft(tokens, i, floor, source);
    if (n === null || n.kind !== 'name' || isBareTitle(tokens, n) || isCampus(tokens, n)) return false;
    // "Meanwhile, the chairman …, Mr. Roe, said": a sentence adverb set off by its comma names no one
    if (isStateAfterTown(tokens, n) || (n.to - n.from === 1 && INTERJECTED.has(tokens[n.from].lower))) return false;
    return n.from === floor || !tokens[n.from - 1].word;
  };
  back();
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": an age, a town and a state are appositives too
  if (j > floor && tokens[j].text === ',' && !opensClause(j)) {
    const first = j;
    let found = false;
    for (let k = 0; k < MAX_APPOSITIVES && !found && j > floor && end - j < 40; k++) {
      j--;
      back();
      found = j > floor && tokens[j].text === ',' && opensClause(j);
    }
    if (!found) j = first;
  }
  return j;
}

/**
 * "of Raleigh, N.C.", "from Halifax, Nova Scotia": capitals after a town that follows "of", "from" or "in" and a comma
 * are its state or province, the tail of an appositive about where someone lives, not a name opening a clause.
 */
function isStateAfterTown(tokens: DocToken[], n: Phrase): boolean {
  if (tokens[n.from - 1]?.text !== ',') return false;
  let j = n.from - 2;
  while (j >= 0 && n.from - j <= 5 && tokens[j].cap && tokens[j].word) j--;
  return j < n.from - 2 && j >= 0 && TOWN_LINKS.has(tokens[j].lower);
}

/** "the University of California, Davis": a one-word name after a university's "of" place and a comma is its campus. */
export function isCampus(tokens: DocToken[], n: Phrase): boolean {
  if (n.to - n.from !== 1 || tokens[n.from - 1]?.text !== ',') return false;
  for (let j = n.from - 2; j >= 1 && n.from - j <= 5 && tokens[j].cap; j--)
    if (tokens[j - 1].lower === 'of' && INSTITUTION_WORDS.has(tokens[j - 2]?.lower ?? '')) return true;
  return false;
}

const isQuoteMarkText = (text: string): boolean => text === '"' || text === '“' || text === '”';
/** Quoted words inside an appositive, at most this many ("“Ted Cruz” campaign pins"). */
const MAX_QUOTED_IN_APPOSITIVE = 4;

/**
 * 'Ann Cole, author of "The Quiet Bench," said': the mark at `close` ends a short quoted title with the appositive's
 * comma inside it, as American style puts it; the appositive closes there.
 */
function closesQuotedTitle(tokens: DocToken[], close: number, floor: number): boolean {
  return (
    endsQuoteMark(tokens, close) &&
    tokens[markStart(tokens, close) - 1]?.text === ',' &&
    quotedWordsOpen(tokens, close, floor) > floor
  );
}

/** The mark opening the few quoted words that the mark at `close` closes, when a lower-case word follows; else -1. */
export function quotedWordsOpen(tokens: DocToken[], close: number, floor: number): number {
  const next = tokens[close + 1];
  if (!next?.word || next.cap) return -1;
  // 'Ann Cole, author of "The Quiet Bench," put it': the comma after a quoted title sits inside its closing mark
  const mark = markStart(tokens, close);
  const last = tokens[mark - 1]?.text === ',' ? mark - 2 : mark - 1;
  for (let i = last; i > floor && last - i <= MAX_QUOTED_IN_APPOSITIVE; i--) {
    if (isQuoteMarkText(tokens[i].text)) return i < last ? i : -1;
    // "deemed ''top secret,'' saying": a mark of two apostrophes, as some papers set it, is two tokens
    if (i - 1 > floor && pairedApostrophe(tokens, i - 1)) return i < last ? i - 1 : -1;
    // a possessive inside the title: "author of ''Ohio's Quiet Bench,''"
    if (!tokens[i].word && !isPossessive(tokens, i)) return -1;
  }
  return -1;
}

/** Tokens `a` and `a + 1` are two apostrophes written together, one quotation mark (''). */
function pairedApostrophe(tokens: DocToken[], a: number): boolean {
  const x = tokens[a];
  const y = tokens[a + 1];
  return x?.text === "'" && y?.text === "'" && x.end === y.start;
}

/** The first token of the quotation mark ending at `i`: `i`, or the apostrophe before it in ''. */
function markStart(tokens: DocToken[], i: number): number {
  return pairedApostrophe(tokens, i - 1) ? i - 1 : i;
}

/** A quotation mark ends at `i`: a double quote, or the second apostrophe of one written as two (''). */
function endsQuoteMark(tokens: DocToken[], i: number): boolean {
  return isQuoteMarkText(tokens[i]?.text ?? '') || pairedApostrophe(tokens, i - 1);
}

/** The phrase before the comma `j` that opens an appositive, with the role the appositive gives it. */
function nameBeforeAppositive(
  tokens: DocToken[],
  j: number,
  end: number,
  floor: number,
  source: string,
): Phrase | null {
  const name = phraseLeft(tokens, j, floor, source);
  // "Another, a family doctor in Brandon, said", "One of them, Dolores Kemp, said", "The other, Steve Alvarado,
  // said": a bare "another", "one" or "the other" is who the appositive describes or names
  const described = bareDescribed(tokens, j, end, floor, name, source);
  if (described) return described;
  const inner = nameLeft(tokens, end - 1, j + 1, source);
  // "One of the victims, 84-year-old Edna Crowell, said": an age or a family before the name opens the appositive too
  const opensAppositive =
    !!inner && (inner.from === j + 1 || (inner.from === j + 2 && AGE_OR_KIN_EPITHET.test(tokens[j + 1].lower)));
  const named = inner?.kind === 'name' && opensAppositive ? inner : null;
  const describing = named ? describingPhrase(tokens, j, floor, name, named) : null;
  // "Its leader, Ines Duarte, said": the name is the appositive, the description its role
  if (named && describing && name && (officeHolderAfter(tokens, name, j) || titledPrincipal(tokens, name, j, named)))
    return name;
  const role = describing ?? (named ? describedPastAside(tokens, j, floor, named, source) : null);
  if (named && role) return { ...named, role: named.role ?? text(tokens, role[0], role[1], source) };
  if (name && describedBeforeAside(tokens, name, j, end, floor)) return name;
  if (name && name.kind === 'name') {
    const appositive = descriptionLeft(tokens, end - 1, j + 1, 0);
    const role =
      appositive && appositive.from === j + 1 ? text(tokens, appositive.from, appositive.to, source) : undefined;
    const isTitle =
      role !== undefined &&
      [...Array(appositive!.to - appositive!.from).keys()].some((k) => isTitleWord(tokens[appositive!.from + k]));
    return { ...name, role: name.role ?? (isTitle ? role : undefined) };
  }
  return null;
}

/**
 * "A spokesman for the Minister for Housing, Pádraig Hennelly, said": a description that ends in a capitalized office
 * after "for" or "to" names the office holder in apposition to that office, and the description is who speaks; "a
 * spokeswoman for the mayor, Ann Lee," (an office in lower case) and "the head of the Fire Service, Ann Lee," (a body)
 * give the speaker's own name.
 */
function officeHolderAfter(tokens: DocToken[], name: Phrase, j: number): boolean {
  if (name.kind !== 'description') return false;
  for (let i = j - 1; i > name.from; i--) {
    const t = tokens[i];
    if (t.cap && ROLE_NOUNS.has(t.lower)) {
      const link = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      const linked = tokens[link]?.lower === 'for' || tokens[link]?.lower === 'to';
      return linked && link - 1 >= name.from && isSpeakerNoun(tokens[link - 1].lower) && !tokens[link - 1].cap;
    }
    if (!t.word || (!t.cap && !DESCRIPTION_LINKS.has(t.lower))) return false;
  }
  return false;
}

/**
 * "A spokesman for the committee chairman, Sen. Dale Murray, said": after a description of someone who speaks for
 * someone ("a spokesman for", "an aide to"), a name with an office's title names whom the spokesman speaks for; no
 * spokesman carries a senator's title. The description speaks.
 */
function titledPrincipal(tokens: DocToken[], name: Phrase, j: number, inner: Phrase): boolean {
  const title = tokens[inner.from];
  if (name.kind !== 'description' || inner.nameFrom === inner.from || PERSON_HONORIFICS.has(title.lower)) return false;
  if (!isTitleWord(title) && !HONORIFICS.has(title.lower)) return false;
  for (let i = name.from + 1; i < j - 1; i++) {
    const link = tokens[i].lower;
    if ((link === 'for' || link === 'to') && SPOKESPERSON_NOUNS.has(tokens[i - 1].lower)) return true;
  }
  return false;
}

/**
 * A description the aside after it only says more about, so the description speaks: "A senior official, who spoke on
 * condition of anonymity, said"; "A diplomat, speaking on condition …"; "One participant, a bus driver, said".
 */
function describedBeforeAside(tokens: DocToken[], name: Phrase, j: number, end: number, floor: number): boolean {
  return (
    // "A senior official, who spoke on condition of anonymity, said"; "The crowd, many wearing union jackets, chanted"
    (name.kind === 'description' && (opensAside(tokens[j + 1]) || quantifiedAside(tokens, j + 1, end))) ||
    // "The Lands Commission's regional office, in a response to enquiries, said": a body's possessed office as well
    ((name.kind === 'description' || !tokens[j - 1].cap) && settingAside(tokens, name, j, floor)) ||
    describedSourceOpens(tokens, name, j, end, floor)
  );
}

/** Words from "in" to the text's noun in a setting aside ("in a brief written statement"). */
const SETTING_ASIDE_REACH = 4;

/**
 * "The board, in a statement issued through a spokesman, said", "The agency, in an emailed statement, said": an aside
 * that only says how the clause's subject spoke; the description opening the clause speaks, not the text. Only a
 * description with a speaker noun that opens its clause, and only a text's noun after "in": "The mayor, in Toronto
 * for talks, said" says where the mayor was, and stays unread as before.
 */
function settingAside(tokens: DocToken[], name: Phrase, j: number, floor: number): boolean {
  if (tokens[j + 1]?.lower !== 'in' || name.to !== j) return false;
  // "The Ministry of Works and Transport, in a release …": a body's name whose head comes before its "of"
  if (!isSpeakerNoun(tokens[j - 1].lower) && !bodyHeadBeforeOf(tokens, name.from, j)) return false;
  // "The board", "Acme's former board": an article or a possessor opens the description
  const opener = tokens[name.from];
  // "The Lands Commission's regional office": the phrase read leftwards may leave out the clause's opening article
  const from = tokens[name.from - 1]?.lower === 'the' && name.from - 1 >= floor ? name.from - 1 : name.from;
  if (!(DESCRIPTION_OPENERS.has(opener.lower) || opener.cap) || (from > floor && tokens[from - 1].word)) return false;
  for (let i = j + 2; i <= j + 1 + SETTING_ASIDE_REACH; i++) {
    const t = tokens[i];
    if (!t?.word || t.cap) return false;
    // "The commission, in a response to enquiries, said": an answer is a text the subject gave too
    if (ISSUED_TEXT_NOUNS.has(t.lower) || REPLY_TEXT_NOUNS.has(t.lower) || t.lower === 'interview') return true;
  }
  return false;
}

/** "(The) Ministry of …": a capitalized body's noun opens [from, to) and an "of" follows it. */
function bodyHeadBeforeOf(tokens: DocToken[], from: number, to: number): boolean {
  const head = tokens[from]?.lower === 'the' ? from + 1 : from;
  return head + 1 < to && tokens[head].cap && ORG_NOUNS.has(tokens[head].lower) && tokens[head + 1].lower === 'of';
}

/**
 * "One participant, a 58-year-old bus driver from Swansea, said", "A resident, 71, said": an unnamed source opening
 * the clause, then an appositive that only describes them further (an article or an age opens it); the source
 * speaks. A fronted phrase is no subject: "After the meeting, a spokesman said" (no speaker noun before the comma),
 * "Like many farmers, a grower said" (the phrase does not open the clause).
 */
function describedSourceOpens(tokens: DocToken[], name: Phrase, j: number, end: number, floor: number): boolean {
  if (name.kind !== 'description' || name.to !== j || !isSpeakerNoun(tokens[name.to - 1].lower)) return false;
  if (!DESCRIPTION_OPENERS.has(tokens[name.from].lower) || (name.from > floor && tokens[name.from - 1].word))
    return false;
  const first = tokens[j + 1];
  if (!first || !(ARTICLES.has(first.lower) || /^\d{1,3}$/.test(first.text))) return false;
  // "The company's largest customer, the laptop maker Kestrel Systems, said": a name in the appositive is who speaks;
  // a place after a link only says where the source is from ("a bus driver from Swansea")
  for (let i = j + 2; i < end - 1; i++) {
    if (DESCRIPTION_LINKS.has(tokens[i].lower)) return true;
    if (tokens[i].cap) return false;
  }
  return true;
}

/**
 * The tokens before the comma `j` that describe the name after it, as a title does: "Its leader,", "Nigeria's Minister
 * of Information," (a bare title), "The vaccine's maker," (a possessed agent noun, possessedAgent.ts).
 */
function describingPhrase(
  tokens: DocToken[],
  j: number,
  floor: number,
  name: Phrase | null,
  inner: Phrase,
): [number, number] | null {
  if (!name) {
    const agent = possessedAgentBefore(tokens, j, floor);
    return agent >= 0 ? [agent, j] : null;
  }
  const describes =
    name.kind === 'description' || isBareTitle(tokens, name) || closesLinkedDescription(tokens, name, inner);
  return describes ? [name.from, name.to] : null;
}

/** The appositive after a bare "another", "one" or "the other" (`name`) or a partitive before the comma `j`. */
function bareDescribed(
  tokens: DocToken[],
  j: number,
  end: number,
  floor: number,
  name: Phrase | null,
  source: string,
): Phrase | null {
  const bare = name
    ? name.to - name.from === 1 && DESCRIPTION_OPENERS.has(tokens[name.from].lower)
    : isPartitiveBefore(tokens, j, floor);
  if (!bare) return null;
  const described = phraseLeft(tokens, end - 1, j + 1, source);
  return described && described.kind !== 'pronoun' && described.from === j + 1 ? described : null;
}

/** Tokens a second appositive between a description and the name may hold: ", one of the listed beneficiaries,". */
const ASIDE_BEFORE_NAME_REACH = 8;

/**
 * "The chairman of Harwell Mills PLC, one of the listed beneficiaries, Mr. Dinesh Perera, said": a description, an
 * appositive about what it names, then the person's name; the description (before the aside) is the name's role.
 */
function describedPastAside(
  tokens: DocToken[],
  j: number,
  floor: number,
  inner: Phrase,
  source: string,
): [number, number] | null {
  let k = j - 1;
  while (k > floor && j - k <= ASIDE_BEFORE_NAME_REACH && tokens[k].word) k--;
  if (k <= floor || k === j - 1 || tokens[k].text !== ',') return null;
  const outer = phraseLeft(tokens, k, floor, source);
  if (!outer || (outer.from > floor && tokens[outer.from - 1].word)) return null;
  return describingPhrase(tokens, k, floor, outer, inner);
}

/** "The other", "a third", "the latter" opening the clause before the comma `j`: one of a group just mentioned. */
function isPartitiveBefore(tokens: DocToken[], j: number, floor: number): boolean {
  const det = j - 2;
  if (det < floor || !PARTITIVE_WORDS.has(tokens[j - 1].lower) || !DESCRIPTION_OPENERS.has(tokens[det].lower))
    return false;
  return det === floor || !tokens[det - 1].word;
}

/**
 * "The president of the union local in Youngstown, Dave McCall, said": the capitals before the comma are the object
 * of a description's link word, and the appositive is a person's name (a known first name or a person's honorific),
 * so the appositive is the speaker, not the town.
 */
function closesLinkedDescription(tokens: DocToken[], name: Phrase, inner: Phrase | null): boolean {
  const link = tokens[name.from - 1];
  if (!link || link.cap || !DESCRIPTION_LINKS.has(link.lower) || !inner || inner.kind !== 'name') return false;
  const first = tokens[inner.nameFrom];
  return inner.nameTo - inner.nameFrom >= 2 && (isFirstName(first.lower) || PERSON_HONORIFICS.has(first.lower));
}

/** The speaker phrase ending right before token `end` (exclusive), not reaching before `floor`. */
export function phraseLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  if (end - 1 < floor) return null;
  const last = tokens[end - 1];
  // "Voss and Hale both said", "they both said": a floating quantifier after the subject
  if (JOINT_QUANTIFIERS.has(last.lower) && end - 2 >= floor) {
    const inner = phraseLeft(tokens, end - 1, floor, source);
    if (inner && inner.kind !== 'description') return inner;
  }
  if (SPEAKER_PRONOUNS.has(last.lower)) return { from: end - 1, to: end, kind: 'pronoun', nameFrom: end, nameTo: end };
  if (last.text === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": skip a short parenthetical
    let j = end - 2;
    while (j >= floor && end - j < 10 && tokens[j].text !== '(' && tokens[j].text !== ')') j--;
    if (j >= floor && tokens[j].text === '(') return phraseLeft(tokens, j, floor, source);
    return null;
  }
  // "Gov. John Kastner (R-Ohio), said": the comma after a parenthetical
  if (last.text === ',' && tokens[end - 2]?.text === ')' && end - 2 >= floor) {
    const inner = phraseLeft(tokens, end - 1, floor, source);
    if (inner) return inner;
  }
  if (last.text === ',' && end - 3 >= floor && INTERJECTED.has(tokens[end - 2].lower) && tokens[end - 3].text === ',') {
    // "Japan, however, claims": skip the interjected adverb
    return phraseLeft(tokens, end - 3, floor, source);
  }
  if (last.text === ',' || closesQuotedTitle(tokens, end - 1, floor)) return appositiveLeft(tokens, end, floor, source);
  if (DASHES.has(last.text)) return dashedAppositiveLeft(tokens, end, floor, source);
  return wordsLeft(tokens, end, floor, source);
}

const DASHES = new Set(['–', '—']);
/** Tokens a dashed appositive may hold ("– who has led the union since 2019 –"). */
const MAX_DASHED_APPOSITIVE = 14;

/**
 * "Ruiz – a former nurse – said", "Ana Ruiz — who has led the union since 2019 — told": an appositive set off by
 * dashes, as British and Australian news write it; the name before the first dash speaks, the appositive its role.
 */
function dashedAppositiveLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const close = end - 1;
  for (let j = close - 1; j > floor && close - j <= MAX_DASHED_APPOSITIVE; j--) {
    const t = tokens[j];
    if (SENTENCE_END_CHARS.has(t.text) || t.line !== tokens[close].line) return null;
    if (!DASHES.has(t.text)) continue;
    const name = phraseLeft(tokens, j, floor, source);
    if (!name || name.kind !== 'name') return null;
    return { ...name, role: name.role ?? text(tokens, j + 1, close, source) };
  }
  return null;
}

/** The speaker phrase ending in a word right before token `end`: a name, a name and where from, a description. */
function wordsLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const owned = possessiveNameLeft(tokens, end, floor, source) ?? numberedBranchLeft(tokens, end, floor, source);
  if (owned) return owned;
  // "the Bellevue, Wash.-based company said": the town's comma stays inside the description
  const placed = isSpeakerNoun(tokens[end - 1].lower) ? placedDescriptionStart(tokens, end - 1, floor) : -1;
  if (placed >= 0) return { from: placed, to: end, kind: 'description', nameFrom: end, nameTo: end };
  if (tokens[end - 1].cap) {
    const name = nameLeft(tokens, end, floor, source);
    // "a spokesman for the Jupiter Police Department": the description the name completes
    if (name)
      return (
        linkedDescription(tokens, name, floor) ??
        bodyInPlace(tokens, name, floor, source) ??
        describedNameLeft(tokens, name, floor) ??
        name
      );
  }
  // "the Fédération des éducatrices en petite enfance": a French body's name may end in a lower-case word
  const french = frenchBodyName(tokens, end, floor);
  if (french) return french;
  const described = nameWithAffiliationLeft(tokens, end, floor, source) ?? descriptionLeft(tokens, end, floor, 0);
  return described && described.kind === 'description' ? coordinateAdjectiveLeft(tokens, described, floor) : described;
}

/** Lower-case words that may describe a named person's mood between "a" and the name ("a visibly shaken"). */
const MAX_MOOD_WORDS = 3;

/**
 * '"…," an angry Hollande said', 'a visibly tired Merkel told reporters': an indefinite article and a passing state
 * before a name are no description of someone else; the name speaks. The article must open the phrase (after the
 * quote or the sentence's start), so "the mayor met a tired Hale, who said" keeps its subject.
 */
function describedNameLeft(tokens: DocToken[], name: Phrase, floor: number): Phrase | null {
  if (name.kind !== 'name' || name.role !== undefined) return null;
  let j = name.from - 1;
  while (j > floor && name.from - j <= MAX_MOOD_WORDS && isMoodBefore(tokens[j], tokens[name.to - 1])) j--;
  if (j === name.from - 1 || j < floor || (tokens[j].lower !== 'a' && tokens[j].lower !== 'an')) return null;
  const before = tokens[j - 1];
  if (j > floor && before?.word && before.line === tokens[j].line) return null;
  return { ...name, from: j };
}

/**
 * "the bespectacled, 71-year-old diplomat said", "a tall, bearded man said": an adjective and a comma between the
 * article and the rest of the description belong to it (adjectives in a row, not an appositive).
 */
function coordinateAdjectiveLeft(tokens: DocToken[], d: Phrase, floor: number): Phrase {
  const det = d.from - 3;
  // two words at least after the comma, an adjective and its noun: "The editorial, sources said" is an aside
  if (det < floor || d.to - d.from < 2 || DESCRIPTION_OPENERS.has(tokens[d.from].lower)) return d;
  if (tokens[d.from - 1].text !== ',') return d;
  const adjective = tokens[d.from - 2];
  if (!adjective.word || adjective.cap || DESCRIPTION_STOP.has(adjective.lower) || isVerbForm(adjective.lower))
    return d;
  return ARTICLES.has(tokens[det].lower) && (det === floor || !tokens[det - 1].word) ? { ...d, from: det } : d;
}

/**
 * "Teamsters Local 727 said", "Machinists Lodge 12 said": a branch's number closes its body's name, which speaks
 * ("Local 727", not a count of anything).
 */
function numberedBranchLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const number = tokens[end - 1];
  const branch = tokens[end - 2];
  if (end - 2 < floor || !BRANCH_WORDS.has(branch.text) || !BRANCH_NUMBER.test(number.text)) return null;
  const name = nameLeft(tokens, end - 1, floor, source);
  return name && name.kind === 'name' ? { ...name, to: end, nameTo: end } : null;
}

/**
 * "McDonald's said", "St. Brendan's said": a name in the possessive right before its verb owns nothing; it is the name
 * of a business or a body called after its founder or saint, the "'s" part of it.
 */
function possessiveNameLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  if (!isPossessive(tokens, end - 1) || end - 2 < floor || !tokens[end - 2].cap) return null;
  // only before a verb that cannot be owned ("Britain's emotionally charged uprising" owns one)
  if (!PAST_ONLY_SPEECH.has(tokens[end]?.lower ?? '')) return null;
  const name = nameLeft(tokens, end - 1, floor, source);
  return name && name.kind === 'name' ? { ...name, to: end, nameTo: end } : null;
}

/**
 * "Ian Hale of the regional police said", "Ada Roy from the city's planning office said": a name, then where the
 * person works, in lower case. The name heads the phrase (the affiliation alone is no speaker: "the regional police").
 * Capitalized words only after "the" ("of the Riverton police"), so "Backers of Ian Hale in the city" is no such phrase.
 */
function nameWithAffiliationLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  let sawCap = false;
  for (let j = end - 1; j > floor && end - j <= MAX_DESCRIPTION + 1; j--) {
    const t = tokens[j];
    if (AFFILIATION_LINKS.has(t.lower) && j < end - 1) {
      // a capitalized affiliation is a name of its own ("of Boston"), unless it is one capital and one lower-case
      // word, as French party names are ("Kevin Roy of Québec solidaire said"; not "Freedom of Information Act")
      const french = end - j === 3 && tokens[j + 1].cap && !tokens[j + 2].cap;
      const named = sawCap && !DESCRIPTION_OPENERS.has(tokens[j + 1].lower) && !french;
      if (!tokens[j - 1].cap || named) return null;
      const name = nameLeft(tokens, j, floor, source);
      // "One of the officials said": a quantity opening the sentence is capitalized, and names no one; before an
      // appositive ("One of them, Carla Estrada, said") the phrase stays, as the appositive rules read it so
      const quantity = name && name.nameTo - name.nameFrom === 1 && QUANTIFIERS.has(tokens[name.nameFrom].lower);
      if (quantity && tokens[end]?.text !== ',') return null;
      return name && name.kind === 'name' ? name : null;
    }
    if (isPossessive(tokens, j) && j > floor && tokens[j - 1].word) continue;
    if (!t.word || DESCRIPTION_STOP.has(t.lower) || isVerbForm(t.lower) || SPEAKER_PRONOUNS.has(t.lower)) return null;
    if (t.cap) sawCap = true;
  }
  return null;
}
const AFFILIATION_LINKS = new Set(['of', 'from', 'at', 'with']);
/** Quantifiers over joint subjects: "Both Voss and Hale", "Voss and Hale both", "they all". */
const JOINT_QUANTIFIERS = new Set(['both']);

/**
 * "said Monmouth University political scientist Ann Marsh": after a capitalized modifier, a few lower-case words
 * ending in a speaker noun, then the name that heads the phrase. Returns where the lower-case words end (the name's
 * first token), or `i` when the words are not such a noun phrase.
 */
function headedName(tokens: DocToken[], i: number, ceil: number): number {
  let j = i;
  while (
    j < ceil &&
    j - i < 4 &&
    tokens[j].word &&
    !tokens[j].cap &&
    !DESCRIPTION_STOP.has(tokens[j].lower) &&
    !CUE_VERBS.has(tokens[j].lower)
  )
    j++;
  if (j === i || j >= ceil || !isNameWord(tokens[j]) || !isSpeakerNoun(tokens[j - 1].lower)) return i;
  return j;
}

/** Comma-separated pieces between a name and its verb: "Ana Ruiz, 30, of Lyon, France, a nurse, said". */
const MAX_APPOSITIVES = 4;

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** The speaker phrase beginning at token `start`, not reaching `ceil`: "said Sergei Lavrov, Russia's foreign minister". */
export function phraseRight(tokens: DocToken[], start: number, ceil: number, source: string): Phrase | null {
  const first = tokens[start];
  if (!first || start >= ceil) return null;
  if (SPEAKER_PRONOUNS.has(first.lower) && first.lower !== 'i' && first.lower !== 'we') {
    return { from: start, to: start + 1, kind: 'pronoun', nameFrom: start + 1, nameTo: start + 1 };
  }
  // "said the Redmond, Wash.-based company": the town is no name of its own
  const placed = placedDescriptionEnd(tokens, start, ceil);
  if (placed >= 0) return describedRight(start, placed);
  let end = start;
  let capRun = false;
  // a phrase never runs onto the next line: a headline's "… with Mayor Elena Ruiz" ¶ "Elena Ruiz was elected …"
  while (end < ceil && end - start < 10 && tokens[end].line === first.line) {
    const t = tokens[end];
    if (end === start && DESCRIPTION_OPENERS.has(t.lower)) end++;
    else if (isNameWord(t) || (t.cap && HONORIFICS.has(t.lower))) {
      capRun = true;
      end++;
    } else if (capRun && joinsCapitalsRight(tokens, end, ceil)) end++;
    else if (continuesRight(tokens, start, end, capRun)) end++;
    else if (capRun && t.word && !t.cap && headedName(tokens, end, ceil) > end) end = headedName(tokens, end, ceil);
    else break;
  }
  if (end === start || (end === start + 1 && DESCRIPTION_OPENERS.has(first.lower))) return null;
  if (!capRun) end = linkedEndRight(tokens, end, ceil, source);
  const phrase = capRun ? capitalsRight(tokens, start, end, source) : describedRight(start, end);
  if (phrase.kind === 'name' && !phrase.role) addAppositiveRole(tokens, phrase, end, ceil, source);
  return phrase;
}

/** A phrase read rightwards over capitals: a name ("said Jane Roe"), else a description ("said the Labour whip"). */
function capitalsRight(tokens: DocToken[], start: number, end: number, source: string): Phrase {
  // "said Jane Roe MP": the letters after the name close the phrase, not the name
  if (isPostNominalAt(tokens, end - 1) && end - 1 - start >= 2)
    return { ...splitName(tokens, start, end - 1, source), to: end };
  return tokens[end - 1].cap ? splitName(tokens, start, end, source) : describedRight(start, end);
}

function describedRight(start: number, end: number): Phrase {
  return { from: start, to: end, kind: 'description', nameFrom: end, nameTo: end };
}

/**
 * A token the phrase read rightwards takes in, other than an opener or a name word: a possessive, "of" inside a
 * name, a rank's ordinal, a lower-case word of a description, a title word after a name.
 */
function continuesRight(tokens: DocToken[], start: number, end: number, capRun: boolean): boolean {
  const t = tokens[end];
  if (isPossessive(tokens, end) && end > start && (tokens[end - 1].cap || !capRun)) return true;
  if (t.lower === 'of' && capRun && tokens[end + 1]?.cap) return true;
  if (capRun && isNameParticle(tokens, end)) return true;
  // a rank's ordinal inside a title: "Air Force 1st Lt. Corin Talbot"
  if (capRun && ORDINAL.test(t.lower) && tokens[end + 1]?.cap && isTitleWord(tokens[end + 1])) return true;
  if (isNumeroSign(tokens, end) || (end > start && isNumeroSign(tokens, end - 1))) return true;
  if (!capRun)
    return end - start < MAX_DESCRIPTION && isDescriptionWord(tokens, end) && !adverbBeforeVerb(tokens, start, end);
  if (t.word && !t.cap && isTitleWord(t)) return true;
  // "one senior Whitehall source": after an opener and capitals, a speaker noun ends the description
  return (
    DESCRIPTION_OPENERS.has(tokens[start].lower) && !t.cap && ANONYMOUS_NOUNS.has(t.lower) && !tokens[end + 1]?.cap
  );
}

/** Inside a run of capitals read rightwards: a name particle ("Maria de la Cruz"), an "and" of a body's name. */
function joinsCapitalsRight(tokens: DocToken[], i: number, ceil: number): boolean {
  if (isInnerNameParticle(tokens, i)) return true;
  if (inBodyNameList(tokens, i, 0, ceil) || isBodySubject(tokens, i)) return true;
  return tokens[i].lower === 'and' && titledNameAhead(tokens, i + 1, ceil);
}

/**
 * "said Halifax Search and Rescue manager Dave Ross", "said Fisheries and Oceans Minister Ann Roy": an "and" inside
 * the name of a body, when the capitals after it go on to a title and a name. Not "said Smith and Jones".
 */
function titledNameAhead(tokens: DocToken[], i: number, ceil: number): boolean {
  let j = i;
  while (j < ceil && j - i < 4 && isNameWord(tokens[j]) && !isTitleWord(tokens[j])) j++;
  if (j === i || j >= ceil) return false;
  if (isTitleWord(tokens[j]) && tokens[j].cap) return isNameWord(tokens[j + 1] ?? tokens[j]) && j + 1 < ceil;
  return headedName(tokens, j, ceil) > j;
}

/** A lower-case word of a description read rightwards: not a stop word, nor a verb ("the report's" is a noun). */
function isDescriptionWord(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  return (
    t.word &&
    !t.cap &&
    !DESCRIPTION_STOP.has(t.lower) &&
    (!CUE_VERBS.has(t.lower) ||
      isPossessive(tokens, i + 1) ||
      isNounAfterOf(tokens, i) ||
      isArticledDocument(tokens, i) ||
      isArticledModifier(tokens, i)) &&
    !NOT_SPEAKER_HEAD.has(t.lower)
  );
}

/**
 * "the state power utility said", "the state broadcaster": a reporting verb's form right after an article, with a
 * lower-case noun after it, modifies that noun ("the state said" keeps "said" as the verb).
 */
function isArticledModifier(tokens: DocToken[], i: number): boolean {
  const next = tokens[i + 1];
  return ARTICLES.has(tokens[i - 1]?.lower ?? '') && !!next && next.word && !next.cap && !CUE_VERBS.has(next.lower);
}

/**
 * "Her campaign quickly sent out an email", "the union swiftly issued a statement": a manner adverb after the
 * description's noun, before a past verb, opens the predicate, not more of the description. Not an adverb right
 * after the opener or a possessive, which describes ("the newly elected mayor", "the state's recently hired coach").
 */
function adverbBeforeVerb(tokens: DocToken[], start: number, end: number): boolean {
  if (end < start + 2 || !isMannerAdverb(tokens[end]) || isPossessive(tokens, end - 1)) return false;
  const verb = tokens[end + 1];
  return !!verb && verb.word && !verb.cap && (/[a-z]ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower));
}

/** '"…," said a report by Green Ledger', 'the report': a document noun that is also a reporting verb, after an article. */
function isArticledDocument(tokens: DocToken[], i: number): boolean {
  return DOCUMENT_NOUNS.has(tokens[i].lower) && ARTICLES.has(tokens[i - 1]?.lower ?? '');
}

/** "a spokesman for the ministry": where a description ending at `end` ends once its link and object are taken in. */
export function linkedEndRight(tokens: DocToken[], end: number, ceil: number, source: string): number {
  if (end >= ceil || !DESCRIPTION_LINKS.has(tokens[end].lower)) return end;
  const inner = phraseRight(tokens, end + 1, ceil, source);
  return inner && inner.kind !== 'pronoun' && inner.to - end <= 6 ? inner.to : end;
}

/** Appositive after a name: ", Russia's foreign minister," gives the name its role when it holds a title word. */
function addAppositiveRole(tokens: DocToken[], phrase: Phrase, end: number, ceil: number, source: string): void {
  if (tokens[end]?.text !== ',' || end + 1 >= ceil) return;
  const app = phraseRight(tokens, end + 1, ceil, source);
  if (
    app &&
    app.kind === 'description' &&
    (tokens[app.to]?.text === ',' || tokens[app.to]?.text === '.' || app.to >= ceil)
  ) {
    const roleText = text(tokens, app.from, app.to, source);
    if ([...Array(app.to - app.from).keys()].some((k) => isTitleWord(tokens[app.from + k]))) phrase.role = roleText;
  }
}

export function phraseText(tokens: DocToken[], p: Phrase, source: string): string {
  return text(tokens, p.from, p.to, source);
}
