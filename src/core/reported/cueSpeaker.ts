/**
 * Who speaks at a topic, view or "made clear" cue, where the text says so: the subject of a verb cue ("Ruiz called
 * for [a recount]", "Critics see [the plan as a tax]", "The mayor has made clear that …"), or the possessor of a
 * noun cue ("his criticism of [the plan]", "the senator's call for [a recount]"). A noun without a possessor ("the
 * questions about …") and a subject we cannot read leave the report without a speaker. Fixed windows: linear.
 */
import type { Doc, DocToken } from '../text/document';
import { phraseLeft, skipAuxLeft, type Phrase } from '../attribution/phrases';
import { CUE_PREFIX, SUBJECT_CONTROL_ADJECTIVES, SUBJECT_CONTROL_VERBS } from '../lexicon/lexicon';
import { BE_FORMS } from '../lexicon/functionWords';
import { SEEMED_SPEECH, SEEM_VERBS, SEMI_MODALS } from '../lexicon/speechVerbs';
import { CLAIM_POSSESSIVES as POSSESSIVES } from '../lexicon/functionWords';
import { nounLead } from './nounCues';
import { clauseSubject, knownSpeaker } from './subjects';
import { PLACE_PREPOSITIONS } from '../lexicon/entityWords';

const POSSESSOR_REACH = 6;

/** The speaker of a possessor's tokens p: "the senator's" → "the senator", "his" → the pronoun "his". */
export function possessorPhrase(doc: Doc, s: number, p: [number, number]): Phrase {
  // "his" is the whole possessor: the scan left of it could take in more ("the people with his push for …")
  const pronoun = p[1] - p[0] === 1 && POSSESSIVES.has(doc.tokens[p[0]].lower);
  if (pronoun) return { from: p[0], to: p[1], kind: 'pronoun', nameFrom: p[1], nameTo: p[1] };
  return (
    phraseLeft(doc.tokens, p[1], Math.max(s, p[0] - POSSESSOR_REACH), doc.text) ?? {
      from: p[0],
      to: p[1],
      kind: 'pronoun',
      nameFrom: p[1],
      nameTo: p[1],
    }
  );
}

/**
 * The speaker of the cue whose first token is c, in the sentence from s; `shared` is the subject of a cue it is
 * coordinated with ("Ruiz said A and called for B"); `mayBeNoun` for a cue that may be a noun ("his call for").
 * Null where the text names none.
 */
export function cueSpeaker(doc: Doc, s: number, c: number, shared: Phrase | null, mayBeNoun: boolean): Phrase | null {
  if (shared) return shared;
  const { tokens, text } = doc;
  // "the mayor responded to …": a past or -ing form is the verb, whatever determiner stands before its subject
  const noun = mayBeNoun && !/(?:ed|ing)$/.test(tokens[c].lower) ? nounLead(tokens, s, c) : null;
  // "the questions about …": a noun whose asker the text does not name
  if (noun)
    return noun.possessor && possessorSpeaks(doc, s, noun.possessor) ? possessorPhrase(doc, s, noun.possessor) : null;
  // "the mayor has called for …": the subject right before the verb and its auxiliaries, as for "X said"
  const verb = controlVerb(doc, s, c);
  const lead = skipAuxLeft(tokens, verb, s, CUE_PREFIX);
  const subject = phraseLeft(tokens, lead, s, text);
  // "The family of a boy who died in Bolton have described him as …": a place after its preposition ends a relative
  // clause of the subject; the sentence's opening subject speaks
  if (subject?.kind === 'name' && PLACE_PREPOSITIONS.has(tokens[subject.from - 1]?.lower ?? '')) {
    const opening = clauseSubject(doc, s, lead);
    if (opening && opening.to <= subject.from) return opening;
  }
  // a name speaks as the subject of "said" does ("Mr. Obama made clear …", even where the entity scan missed him); a
  // description only when its head is a speaker noun ("the mayor", not "this initiative")
  return subject && (subject.kind === 'name' || knownSpeaker(doc, subject)) ? subject : null;
}

/**
 * A possessor opening the sentence ("His criticism of …") or after a word ("rejected his criticism of …"); not after
 * a comma, where the noun phrase may open someone else's report: "Graham said, Trump's jabs at [the Khans] were …".
 */
function possessorSpeaks(doc: Doc, s: number, p: [number, number]): boolean {
  const before = doc.tokens[p[0] - 1];
  return p[0] === s || (!!before && before.word && !before.cap);
}

/** "Ruiz declined to respond to …", "has chosen not to talk about …": the verb whose subject the cue at c shares,
 * where one stands before "(not) to"; else c. */
function controlVerb(doc: Doc, s: number, c: number): number {
  const { tokens } = doc;
  if (tokens[c - 1]?.lower !== 'to') return c;
  let v = c - 2;
  if (tokens[v]?.lower === 'not') v--;
  return v >= s && SUBJECT_CONTROL_VERBS.has(tokens[v].lower) ? v : c;
}

/**
 * "The spokesman was quick to remind reporters that …", "she is not keen to say …": the copula before an adjective
 * whose subject does what the infinitive cue at c says, so that the subject is read left of it; else c.
 */
export function controlCopula(tokens: DocToken[], s: number, c: number): number {
  if (tokens[c - 1]?.lower !== 'to') return c;
  // "for a second she appears to say …", "Hale seemed to concede …": the subject stands before the verb of seeming
  if (c - 2 >= s && SEEM_VERBS.has(tokens[c - 2].lower) && SEEMED_SPEECH.has(tokens[c].lower)) return c - 2;
  // "the moderator had to ask the audience to stop", "he needed to explain that …": the semi-modal's subject speaks
  if (c - 2 >= s && SEMI_MODALS.has(tokens[c - 2].lower)) return c - 2;
  const adjective = c - 2;
  let v = adjective - 1;
  if (tokens[v]?.lower === 'not') v--;
  if (v < s || !SUBJECT_CONTROL_ADJECTIVES.has(tokens[adjective].lower)) return c;
  return BE_FORMS.has(tokens[v].lower) ? v : c;
}
