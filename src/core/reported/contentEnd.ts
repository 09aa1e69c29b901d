/**
 * Where the content of a reported clause ends before the sentence does: the writer takes the sentence back with a
 * comment on the report (", which …", ", however …", ", despite …", ", even though …"). Each test looks at a fixed
 * number of tokens, so a scan stays linear.
 */
import type { DocToken } from '../text/document';
import { isQuoteToken } from '../attribution/cues';
import {
  ADVERBIAL_SUBORDINATORS,
  CLAUSE_END,
  COMMENT_OPENERS,
  RELATIVE_SUBJECTS,
  CONTENT_JOINERS as JOINERS,
  FINITE_AUX,
  NOT_VERBS,
  OBJECT_END_MARKS,
  OBJECT_END_WORDS,
  SPEAKER_PRONOUN_WORDS,
} from '../lexicon/functionWords';
import { CUE_VERBS, INFINITIVE_CUES, OBJECT_CONTENT_CUES } from '../lexicon/lexicon';
import { FINITE_SPEECH, NEXT_CUES } from '../lexicon/speechVerbs';

const SUBJECT_REACH = 6;

/** "… her Wall Street links while Sanders suggests …": a joiner, a short subject and a reporting verb begin a
 * second report, which is not part of the first. */
function opensNextReport(tokens: DocToken[], k: number): boolean {
  if (tokens[k]?.lower === 'as') return headlineAsReport(tokens, k);
  if (!tokens[k] || !JOINERS.has(tokens[k].lower)) return false;
  for (let i = k + 1; i < tokens.length && i - k <= SUBJECT_REACH; i++) {
    const t = tokens[i];
    if (NEXT_CUES.has(t.lower)) return i > k + 1 && !t.cap;
    // the appositive's subject stays in the joiner's sentence: "…, and spending. ¶ Paul Blackburn, a councillor," is not
    if (t.text === ',' && i > k + 1)
      return t.line === tokens[k].line && !hasFullStop(tokens, k, i) && cueAfterAppositive(tokens, i);
    if (!(t.word || t.text === "'s" || t.text === '’s' || t.text === '.') || t.lower === 'that' || t.lower === 'to')
      return false;
  }
  return false;
}

function hasFullStop(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].text === '.') return true;
  return false;
}

/** Words an appositive inside the next report's subject may hold: ", an industry group,". */
const APPOSITIVE_REACH = 8;

/**
 * "…, but the American Petroleum Institute, an industry group, said …": after the subject's comma, a short appositive
 * of words, its closing comma and a reporting verb.
 */
function cueAfterAppositive(tokens: DocToken[], comma: number): boolean {
  for (let i = comma + 1; i < tokens.length && i - comma <= APPOSITIVE_REACH; i++) {
    const t = tokens[i];
    if (t.text === ',') return i > comma + 1 && NEXT_CUES.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1].cap;
    if (!(t.word || t.text === "'s" || t.text === '’s') || t.lower === 'that' || t.lower === 'who') return false;
  }
  return false;
}

/**
 * "Premier defends scrapping rail link as mayor says community 'left high and dry'": in a headline's present tense,
 * "as", a subject that is no pronoun and "says" begin a second report. (In past-tense prose "…, as she said at the
 * outset" is the writer's aside, and "three times as many said" a comparison.)
 */
function headlineAsReport(tokens: DocToken[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && i - k <= SUBJECT_REACH; i++) {
    const t = tokens[i];
    if (NEXT_CUES.has(t.lower)) return i > k + 1 && !t.cap && t.lower.endsWith('s') && !t.lower.endsWith('ss');
    if (!t.word || SPEAKER_PRONOUN_WORDS.has(t.lower) || t.lower === 'many' || t.lower === 'that') return false;
  }
  return false;
}

/** Whether the content that began at `from` ends before token `k`. */
export function endsContent(tokens: DocToken[], from: number, k: number): boolean {
  if (k <= from + 2) return false;
  if (opensNextReport(tokens, k) || (tokens[k].text === ',' && opensNextReport(tokens, k + 1))) return true;
  if (tokens[k].text !== ',') return false;
  if (clauseAfterComma(tokens, k)) return true;
  const next = tokens[k + 1];
  if (!next) return false;
  if (COMMENT_OPENERS.has(next.lower)) return !relativeOnSubject(tokens, k);
  // "X said A, and has championed B": a second predicate of the sentence's subject, not of the content
  if (next.lower === 'and' && finiteVerb(tokens[k + 2])) return true;
  // "X said the plan would fail, according to a report": the source after the comma is the whole sentence's
  if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return true;
  if (mainSpeechVerb(tokens, k) && inSubjectRelative(tokens, from)) return true;
  if (closesFrontedSubordinate(tokens, from, k)) return true;
  // ", even though …", ", even as …"
  return next.lower === 'even' && (tokens[k + 2]?.lower === 'though' || tokens[k + 2]?.lower === 'as');
}

/**
 * "When Comey announced that [he would not recommend charges], Trump called the decision "rigged."": a report inside
 * a subordinate clause opening the sentence (or opening it after a scene: "In July, when …") ends at the comma that
 * closes the clause, where the main clause's subject and finite verb follow; the main clause is not what was announced.
 */
function closesFrontedSubordinate(tokens: DocToken[], from: number, k: number): boolean {
  if (!mainClauseAfter(tokens, k)) return false;
  for (let i = from - 1; i >= 0 && from - i <= SUBORDINATE_CUE_REACH; i--) {
    const t = tokens[i];
    if (t.text === ',' || CLAUSE_END.has(t.text) || t.line !== tokens[from].line) return false;
    if (!ADVERBIAL_SUBORDINATORS.has(t.lower)) continue;
    const before = tokens[i - 1];
    return !before || before.line !== t.line || CLAUSE_END.has(before.text) || before.text === ',';
  }
  return false;
}
/** Words from a sentence-opening subordinator to the report's content: "when the FBI director announced that". */
const SUBORDINATE_CUE_REACH = 12;

/** After the comma at k, a subject of a few words and a finite verb: ", Trump had called …", ", the mayor said …". */
function mainClauseAfter(tokens: DocToken[], k: number): boolean {
  const first = tokens[k + 1];
  if (!first?.word || !(first.cap || SPEAKER_PRONOUN_WORDS.has(first.lower) || first.lower === 'the')) return false;
  for (let i = k + 2; i < tokens.length && i - k <= MAIN_SUBJECT_REACH; i++) {
    if (finiteVerb(tokens[i])) return true;
    if (!tokens[i].word && tokens[i].text !== '.') return false;
  }
  return false;
}
/** Tokens of the main clause's subject before its verb: ", Rep. Jason Chaffetz had …". */
const MAIN_SUBJECT_REACH = 6;

/**
 * "A trader, who asked not to be named because he feared [losing his licence], said prices …": a speech verb right
 * after the comma is the sentence's own, taken back from the aside, and no part of what the aside reported; "the
 * minister, said to be furious," is a passive participle inside the content.
 */
function mainSpeechVerb(tokens: DocToken[], k: number): boolean {
  const verb = tokens[k + 1];
  return !!verb && FINITE_SPEECH.has(verb.lower) && tokens[k + 2]?.lower !== 'to';
}

/**
 * The report whose content starts at `from` sits in a ", who …" clause on the sentence's subject. Only there is a
 * comma and "said" the main verb coming back: in "said his band and Brian Burton, AKA Danger Mouse, wrote the songs"
 * the comma closes an appositive inside the content, and "wrote" is the content's own verb.
 */
function inSubjectRelative(tokens: DocToken[], from: number): boolean {
  for (let i = from - 1; i > 0 && from - i <= SUBJECT_RELATIVE_CUE_REACH; i--) {
    if (CLAUSE_END.has(tokens[i].text) || tokens[i].line !== tokens[from].line) return false;
    if (tokens[i].lower === 'who' && tokens[i - 1].text === ',') return true;
  }
  return false;
}
/** ", who asked not to be named because he feared": the relative pronoun stands a few words before the content. */
const SUBJECT_RELATIVE_CUE_REACH = 14;

/**
 * "said [people in Kerry, who had waited years, would remember this]": a relative clause on the content's subject,
 * closed by a comma before the content's own finite verb (a quote may open there), is inside the content; ", who …"
 * with no such verb after it is the writer's comment.
 */
function relativeOnSubject(tokens: DocToken[], k: number): boolean {
  if (!RELATIVE_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let i = k + 2; i < tokens.length && i - k <= SUBJECT_RELATIVE_REACH; i++) {
    const t = tokens[i];
    if (CLAUSE_END.has(t.text) || t.line !== tokens[k].line) return false;
    if (t.text !== ',') continue;
    return finiteVerb(tokens[i + 1] && isQuoteToken(tokens[i + 1]) ? tokens[i + 2] : tokens[i + 1]);
  }
  return false;
}
const SUBJECT_RELATIVE_REACH = 16;

/** "said [the levy would pass], he argued in …", "[the race is close], they noted": a pronoun and a finite verb after a
 * comma open a clause of their own. */
function clauseAfterComma(tokens: DocToken[], k: number): boolean {
  const subject = tokens[k + 1];
  return !!subject && SPEAKER_PRONOUN_WORDS.has(subject.lower) && finiteVerb(tokens[k + 2]);
}

const RELATIVE_REACH = 60;

/** A lower-case word that reads as a finite verb: an auxiliary, a reporting verb, or a past form in -ed. */
export function finiteVerb(t: DocToken | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  const w = t.lower;
  return (
    FINITE_AUX.has(w) ||
    CUE_VERBS.has(w) ||
    INFINITIVE_CUES.has(w) ||
    OBJECT_CONTENT_CUES.has(w) ||
    (w.endsWith('ed') && w.length > 4 && !NOT_VERBS.has(w))
  );
}

/**
 * "Ruiz, who said [the toll was fair], voted against it": the content of a cue inside a relative clause ends at the
 * comma that closes the clause, where the main clause's verb follows. `e` when no such comma is near.
 */
export function relativeClauseEnd(tokens: DocToken[], from: number, e: number): number {
  for (let k = from + 1; k < e && k - from <= RELATIVE_REACH; k++)
    if (tokens[k].text === ',' && finiteVerb(tokens[k + 1])) return k;
  return e;
}

/**
 * Where a noun-phrase object ends: at a comma or dash ("backing [Bush], the former governor"), at a clause opener
 * ("backing [Clinton] because he …") or at the sentence's own finite verb ("groups supporting [the bill] have said").
 * Quoted words are part of it. `e` when the sentence ends first.
 */
export function objectEnd(tokens: DocToken[], from: number, e: number, quoted: (i: number) => boolean): number {
  for (let j = from + 1; j < e; j++) {
    const t = tokens[j];
    if (quoted(j)) continue;
    if (OBJECT_END_MARKS.has(t.text)) return j;
    if (OBJECT_END_WORDS.has(t.lower)) return j;
    if (!t.cap && (FINITE_AUX.has(t.lower) || NEXT_CUES.has(t.lower))) return j;
  }
  return e;
}
