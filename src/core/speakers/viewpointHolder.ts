/**
 * Whose view a sentence gives. "For Nina Hale, the ruling exposes a deeper flaw in the law. '…,' she wrote": a
 * sentence that opens by naming whose view it is ("For X,", "To X,") hands the floor to that person, for a pronoun in
 * that sentence or the next, over the paragraph's earlier speaker and over the sentence's own subject, which is what
 * the view is about ("For Hale, Ruiz is exposing the flaw. '…,' she wrote" is still Hale).
 */
import type { Doc } from '../text/document';
import type { SpanIndex } from '../text/spanIndex';
import type { NarrationSentences } from './narrationSentences';
import type { Entry } from './speakerEntry';
import { CUE_VERBS } from '../lexicon/lexicon';
import { SENTENCE_END } from '../lexicon/functionWords';
import { CLOSE_QUOTES } from '../lexicon/entityWords';
import { VIEWPOINT_OPENERS } from '../lexicon/speechVerbs';
import { wordBeforeTitles } from './mentionRole';

/** What the speaker table knows at a pronoun: its persons, most recently touched last, and who spoke last in its paragraph. */
export interface ViewpointContext {
  doc: Doc;
  quoted: SpanIndex;
  sentences: NarrationSentences;
  persons: readonly Entry[];
  /** Who spoke last in the paragraph before the pronoun, if anyone. */
  chain: Entry | null;
}

/**
 * The person a viewpoint opener names in the pronoun's sentence or the one before it, when no one reports speech
 * between them: "For Hale, the plan failed, and Ruiz agreed. '…,' he said" is Ruiz, who agreed, not Hale.
 */
export function viewpointHolder(c: ViewpointContext, at: number, compatible: (e: Entry) => boolean): Entry | null {
  const view = latestViewpoint(c, at);
  if (!view) return null;
  // the paragraph's speaker spoke after the view was given: "For Hale, it failed, Ruiz said. '…,' he added"
  if (c.chain && c.chain !== view.entry && c.chain.lastSpoke > view.start) return null;
  if (reportsBetween(c, view.end, at)) return null;
  return compatible(view.entry) ? view.entry : null;
}

/** The latest mention before `at`, in its sentence or the one before, that a viewpoint opener names. */
function latestViewpoint(c: ViewpointContext, at: number): { entry: Entry; start: number; end: number } | null {
  const { doc, sentences, persons } = c;
  const here = doc.tokenAt(at);
  const line = doc.tokens[here]?.line;
  const sentence = sentences.of(here);
  let best: { entry: Entry; start: number; end: number } | null = null;
  // the most recently touched persons are last: the holder was named a sentence ago, so a few suffice
  for (let i = persons.length - 1; i >= Math.max(0, persons.length - PERSONS_SCAN); i--) {
    const e = persons[i];
    for (let j = e.mentions.length - 1; j >= Math.max(0, e.mentions.length - MENTIONS_BACK); j--) {
      const m = e.mentions[j];
      if (m.start >= at || (best && m.start <= best.start)) continue;
      const k = doc.tokenAt(m.start);
      if (doc.tokens[k]?.line !== line || sentence - sentences.of(k) > 1) continue;
      if (c.quoted.overlaps(m.start, m.end) || doc.tokens[doc.tokenAt(m.end)]?.text !== ',') continue;
      if (opensViewpoint(doc, k)) best = { entry: e, start: m.start, end: m.end };
    }
  }
  return best;
}

/** The mention at token `k` follows a sentence-opening "For" or "To", past its titles ("For economist Ann Roy"). */
function opensViewpoint(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const b = k - 1 >= 0 && VIEWPOINT_OPENERS.has(tokens[k - 1].lower) ? k - 1 : wordBeforeTitles(tokens, k);
  const opener = tokens[b];
  if (!opener || !VIEWPOINT_OPENERS.has(opener.lower)) return false;
  // after a quote's closing mark, the stop inside it ends the sentence: '… “a populist mask.” For Hale, …'
  const prev = tokens[b - 1] && CLOSE_QUOTES.has(tokens[b - 1].text) ? tokens[b - 2] : tokens[b - 1];
  return !prev || prev.line !== opener.line || SENTENCE_END.has(prev.text);
}

/** A reporting verb outside quotes between the view's holder and the pronoun's own cue: someone else spoke there. */
function reportsBetween(c: ViewpointContext, from: number, at: number): boolean {
  const { tokens } = c.doc;
  for (let i = c.doc.tokenAt(from); i < tokens.length && tokens[i].start < at; i++) {
    const t = tokens[i];
    if (t.start >= from && CUE_VERBS.has(t.lower) && !c.quoted.overlaps(t.start, t.end)) return true;
  }
  return false;
}

/** Recent persons and mentions looked over: a person named thousands of times, or an article of thousands, stays O(1). */
const PERSONS_SCAN = 12;
const MENTIONS_BACK = 16;
