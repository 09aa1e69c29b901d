/**
 * Finds the reporting cue and speaker phrase of each direct quote: after it ('"…," Lavrov said', '"…," said Lavrov'),
 * before it ('Putin had said, "…"', 'Lavrov told reporters: "…"', 'Putin: "…"'), merges quotes interrupted by their
 * attribution ('"A," he said, "B."') and drops scare quotes (a few words with no speech around them).
 */
import type { Doc, DocToken } from '../text/document';
import { isCue, isMarkToken, type AttributedQuote, type Attribution } from './cues';
import { namesAWork } from '../quotes/namedWorks';
import { attributeIntroduced } from './introducedQuotes';
import { mergeQuotes } from '../quotes/quoteMerge';
import type { QuoteSpan } from '../quotes/quoteSpans';
import { after } from './afterQuote';
import { before } from './beforeQuote';
import { signatureAfter, signatureBelow, signatureInside, transcript } from './signedQuotes';
import {
  isTitleCase,
  lastInner,
  spokenSentence,
  startsLine,
  startsLowercase,
  statedAfterCue,
  wordCount,
} from './quoteShape';
import { overlapsOrganization, overlapsPerson } from './recognizedEntities';
import { interviewAttribution, interviewOf } from './interviewTurns';
import { introducesWords } from './namedWords';
import { voicingVerb } from './voicedWords';
import { SIGN_READING_VERBS } from '../lexicon/speechVerbs';
import { DESCRIPTION_OPENERS } from '../lexicon/lexicon';
import { SPEAKER_PRONOUN_WORDS } from '../lexicon/functionWords';

export function attributeQuotes(doc: Doc, spans: QuoteSpan[]): AttributedQuote[] {
  const { tokens } = doc;
  const quotes: AttributedQuote[] = [];
  const interview = interviewOf(doc, spans);
  for (const s of spans) {
    const from = doc.tokenAt(s.parts[0][0]);
    const to = doc.tokenAt(s.parts[s.parts.length - 1][1]);
    if (to <= from) continue;
    const attribution =
      interview && s.interview ? interviewAttribution(interview, s.interview) : attributionOf(doc, from, to);
    const words = wordCount(tokens, from, to);
    if (words === 0) continue;
    // a transcript turn is a whole utterance by construction: no fragment, scare quote or title
    // 'the crowd chanted "Lock him up!"', 'a sign that read "Farmers for Lee"': voiced, however short or lower-case,
    // once someone is found to voice it; a participle's subject ('protesters gathered, chanting "…"') is found too
    // unreliably to lift the words on its word
    const voicing = voicingVerb(tokens, from);
    const voiced =
      attribution.speaker !== null &&
      voicing >= 0 &&
      (!tokens[voicing].lower.endsWith('ing') || SIGN_READING_VERBS.has(tokens[voicing].lower));
    const fragment = !s.turn && !voiced && isFragment(doc, s, from, to, attribution);
    // '"No," he said. "Never."': more of the same speech, whatever its length or case
    const goesOn = voiced || (words <= 6 && continuesSpeech(doc, s, from));
    if (!s.turn && !goesOn && words <= 3 && !s.unclosed && isScareQuote(doc, s, from, to, attribution.how)) continue;
    if (!s.turn && !goesOn && isNamedTitle(doc, from, to, attribution.how, words)) continue;
    if (words <= 12 && namesAWork(tokens, from)) continue;
    quotes.push({
      parts: s.parts.map(([a, b]) => [a, b] as [number, number]),
      unclosed: s.unclosed,
      from,
      to,
      attribution,
      fragment,
      ...(s.turn ? { turn: true } : {}),
    });
  }
  // a person or an organization may introduce a quote ("The DNC issued a statement on Monday." ¶ "…")
  return attributeIntroduced(
    doc,
    mergeQuotes(doc, quotes),
    (from, to) => overlapsPerson(doc, from, to) || overlapsOrganization(doc, from, to),
  );
}

/** The first rule that finds the quote's speaker: after it, signed below it, before it, or inside it. */
function attributionOf(doc: Doc, from: number, to: number): Attribution {
  const next = after(doc, { to });
  if (
    next &&
    (startsNextSentence(doc, from, to, next) || handedOverByCue(doc, from) || opensNextQuote(doc, from, to, next))
  ) {
    const introduced = before(doc, { from });
    if (introduced?.speaker) return introduced;
  }
  // 'Crane said the campaign "welcomes anyone," then added: "…"': a cue after the quote that finds no subject (it
  // opens the next quote's attribution) leaves the quote to a speaker found before it
  if (next && !next.speaker) {
    const introduced = before(doc, { from });
    if (introduced?.speaker) return introduced;
  }
  return (
    next ??
    signatureBelow(doc, from, to) ??
    signatureAfter(doc, from, to) ??
    before(doc, { from }) ??
    transcript(doc, from, to) ??
    signatureInside(doc, from, to) ?? { speaker: null, cue: null, how: 'none' as const }
  );
}

/**
 * 'Clinton responded: "What difference does it make?" Her critics cited it …', 'a sign that read "20%!" Her father
 * worried …', 'Ruiz said, "we will fix it." The room laughed.': after a quote that closes its sentence (on a full
 * stop, or on any end mark when a colon, a comma or a voicing verb introduced it), a subject opening with a capitalized
 * article or pronoun starts the next sentence; it is no attribution of the quote ('"Why?" she asked' is written in
 * lower case; a name may still follow: '"Why?" Hale asked').
 */
function startsNextSentence(doc: Doc, from: number, to: number, a: Attribution): boolean {
  const { tokens, text } = doc;
  const first = a.speaker ? tokens[a.speaker.from] : undefined;
  const end = lastInner(text, [tokens[from].start, tokens[to - 1].end], false);
  const handedOver = tokens[from - 1]?.text === ':' || tokens[from - 1]?.text === ',' || voicingVerb(tokens, from) >= 0;
  if (!(handedOver || end === '.') || !first?.cap || !/[.?!]/.test(end)) return false;
  return DESCRIPTION_OPENERS.has(first.lower) || SPEAKER_PRONOUN_WORDS.has(first.lower);
}

/**
 * 'Bello told the court: "No." Hale said: "Yes."': a cue after a quote that closed its sentence, handing over with a
 * colon to the quote that follows, introduces that quote; this one keeps the speaker found before it.
 */
function opensNextQuote(doc: Doc, from: number, to: number, a: Attribution): boolean {
  const { tokens, text } = doc;
  if (!a.cue || !/[.?!]/.test(lastInner(text, [tokens[from].start, tokens[to - 1].end], false))) return false;
  const end = Math.max(a.cue[1], a.speaker ? tokens[a.speaker.to - 1].end : 0);
  const colon = doc.tokenAt(end);
  return tokens[colon]?.text === ':' && isMarkToken(tokens, colon + 1);
}

/**
 * 'When someone in the audience shouted, "Cruz," Beck joked, "Amen!"': a reporting verb right before the quote (its
 * comma between) already gives it its speaker; the clause after it reports the next quote.
 */
function handedOverByCue(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  return tokens[from - 1]?.text === ',' && isCue(tokens, from - 2) && tokens[from - 2].line === tokens[from].line;
}

/** A word on the quote's first line right against it ('called it "a disgrace"'), not across a line break. */
function glued(tokens: DocToken[], t: DocToken | undefined, from: number): boolean {
  return t !== undefined && t.line === tokens[from].line && t.word;
}

/** Part of a sentence, not a whole one: lower-case at its start, or glued to the words around it. */
function isFragment(doc: Doc, s: QuoteSpan, from: number, to: number, attribution: Attribution): boolean {
  const { tokens, text } = doc;
  const { how } = attribution;
  const prev = tokens[from - 1];
  const innerEnd = lastInner(text, s.parts[s.parts.length - 1], s.unclosed);
  // 'In Roy's words, "this is the end."', 'Lee said, "it is over."': a whole statement closing the sentence, whatever
  // its first letter
  const introduced =
    (introducesWords(doc, attribution) || statedAfterCue(doc, from, attribution)) && /[.?!]/.test(innerEnd);
  return (
    !s.unclosed &&
    s.parts.length === 1 &&
    ((startsLowercase(text, s.parts[0][0]) && !spokenSentence(doc, from, how, innerEnd) && !introduced) ||
      (glued(tokens, prev, from) && !isCue(tokens, from - 1) && prev.lower !== 'that') ||
      (how === 'none' && glued(tokens, tokens[to], from) && !/[.!?…]/.test(innerEnd)))
  );
}

/**
 * The quote follows a quote and a comma: a list of quoted words ("called the wall ‘stupid’, ‘useless.’"), however it
 * ends, where a comma after a word hands over to speech ("he said, ‘We will build it.’").
 */
function listsQuotedWords(tokens: DocToken[], from: number): boolean {
  return tokens[from - 1]?.text === ',' && /^["”’'»]$/.test(tokens[from - 2]?.text ?? '');
}

/** A few words (at most three) neither spoken around them nor standing as a sentence of their own: a scare quote. */
function isScareQuote(doc: Doc, s: QuoteSpan, from: number, to: number, how: Attribution['how']): boolean {
  const { tokens, text } = doc;
  const end = lastInner(text, s.parts[s.parts.length - 1], false);
  const spoken =
    how !== 'none' &&
    !listsQuotedWords(tokens, from) &&
    (/[,!?.…—-]/.test(end) || how === 'colon' || tokens[from - 1]?.text === ':' || tokens[from - 1]?.text === ',');
  const standalone =
    startsLine(doc, { from }) &&
    /[.!?…]/.test(end) &&
    (tokens[to] === undefined || tokens[to].line !== tokens[from].line || how !== 'none');
  return !spoken && !standalone;
}

/** A quote closing its own sentence right after a sentence that attributed a quote ('"No," he said. "Never."'). */
function continuesSpeech(doc: Doc, s: QuoteSpan, from: number): boolean {
  return (
    /[.!?…]/.test(lastInner(doc.text, s.parts[s.parts.length - 1], false)) && afterAttributedQuote(doc.tokens, from)
  );
}

/** How far back the sentence '"No," he said.' may start before a short quote that goes on with it. */
const ATTRIBUTION_SENTENCE = 8;

/**
 * '"No," he said. "Never."': a short quote closing its own sentence right after a sentence that attributed a quote is
 * more of the same speech, not a scare quote; the quotes are then merged as any quote split by its attribution.
 */
function afterAttributedQuote(tokens: DocToken[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && isMarkToken(tokens, k)) k--;
  if (k < 0 || tokens[k].text !== '.' || tokens[k].line !== tokens[from].line) return false;
  let cue = false;
  for (let i = k - 1; i >= 0 && k - i <= ATTRIBUTION_SENTENCE && tokens[i].line === tokens[from].line; i--) {
    if (isCue(tokens, i)) cue = true;
    else if (cue && isMarkToken(tokens, i)) return true;
    else if (tokens[i].text === '.') return false;
  }
  return false;
}

/** A title ("Face the Nation", CBS's "State of the Union"): named, not spoken. */
function isNamedTitle(doc: Doc, from: number, to: number, how: Attribution['how'], words: number): boolean {
  const { tokens } = doc;
  const prev = tokens[from - 1];
  const named = how === 'none' || glued(tokens, prev, from) || prev?.text === "'s" || prev?.text === '’s';
  return (named && words <= 6 && isTitleCase(tokens, from, to)) || isSubtitledTitle(tokens, from, to, words);
}

/** Words a title with its subtitle may run to ("The Fixers: Eddie Mannix, Howard Strickling and the MGM …"). */
const MAX_SUBTITLED_WORDS = 16;

/**
 * 'According to "The Fixers: Eddie Mannix and the MGM Publicity Machine," by Ed Lane': a title, a colon and a
 * subtitle, every word capitalized, name a work wherever they stand; speech rarely capitalizes every word on both
 * sides of a colon ('Lee told them: "We Will Win"' has no colon inside the quote).
 */
function isSubtitledTitle(tokens: DocToken[], from: number, to: number, words: number): boolean {
  if (words > MAX_SUBTITLED_WORDS) return false;
  let colon = -1;
  for (let i = from + 2; i < to - 2; i++)
    if (tokens[i].text === ':' && tokens[i + 1].cap && !isMarkToken(tokens, i + 1)) colon = i;
  return colon > 0 && isTitleCase(tokens, from, to);
}
