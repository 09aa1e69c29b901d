/**
 * Which earlier person a "he", "she" or an unmatched "the senator" denotes: a learned choice among candidates.
 *
 * The speaker table lists the persons it could be (gender-compatible, seen recently), with what it knows of each at
 * that point of the text: did they speak earlier in this paragraph, how many paragraphs ago were they last named,
 * are they the paragraph's subject, the person just asked, the one the hand-written salience rule picks. Each fact
 * is a feature ("spokeRank=1", "subject=here", "rule"); a linear model (an averaged perceptron trained on PolNeAR
 * train's hand-resolved speakers by scripts/speakers/train-antecedents.ts, weights in data/antecedentWeights.json)
 * scores every candidate, and the best one wins. "He" after a paragraph quoting Rivera, with Hale named in between,
 * is Rivera because "spoke in this paragraph" outweighs "named last".
 */
import weights from './data/antecedentWeights.json';
import type { MentionRole } from './mentionRole';

/** What the table knows of one candidate when the mention is read. */
export interface CandidateFacts extends DiscourseFacts {
  /** 1 = spoke most recently among the candidates, 0 = never spoke. */
  spokeRank: number;
  /** 1 = named most recently among the candidates. */
  seenRank: number;
  /** Paragraphs since it last spoke (-1: never) and since it was last named. */
  spokeAgo: number;
  seenAgo: number;
  /** Paragraph subject of this paragraph (0), the previous one (1), the one before (2); -1 otherwise. */
  subjectAgo: number;
  asked: boolean;
  rule: boolean;
  genderKnown: boolean;
  fullName: boolean;
  quoteCount: number;
  mentionCount: number;
  /** Most quoted so far among the candidates. */
  topSpeaker: boolean;
  /** Its latest mention was inside quotation marks ("'Ask Varga,' he said"). */
  lastInQuote: boolean;
  /** For descriptions: a modifier or head of the description is among its role words ("the Arizona senator"). */
  roleOverlap: boolean;
  /** Characters from its latest mention to the pronoun. */
  sinceSeen: number;
  /** Its latest mention is a possessor ("Rivera's plan"), or opens its sentence (likely its subject). */
  lastPossessive: boolean;
  lastOpensSentence: boolean;
  /** Its mentions in the pronoun's paragraph before the pronoun. */
  paragraphMentions: number;
}

/** Where a candidate's latest mention stands in the discourse (see antecedentChoice.ts discourseFacts). */
export interface DiscourseFacts {
  /** The role of its latest mention ("Hale met Voss": Hale subject, Voss object), and the pronoun's own. */
  lastRole: MentionRole | 'none';
  pronounRole: MentionRole | 'her';
  /** Writer's sentences from its latest mention to the pronoun (0: the same sentence). */
  sentencesAgo: number;
  /** It is the speaker of the quote just before, whoever else spoke. */
  spokeLast: boolean;
  /** Another candidate was named after its latest quote: "'…,' Hale said. Ruiz disagreed. '…,' she said". */
  rivalSinceSpoke: boolean;
  /** … named as a clause's subject, the strongest sign the floor changed. */
  rivalSubjectSinceSpoke: boolean;
  /** It was named as a subject after the latest quote, someone else's: "Ruiz disagreed." before "she said". */
  subjectSinceLatestSpeech: boolean;
  /** It never spoke and was first named after the latest quote, someone else's: news introduces whom it quotes next. */
  newcomer: boolean;
  /** Its first mention is followed by a description: "Lisa Ruiz, a parent who …", "Ruiz, who …". */
  introducedDescribed: boolean;
}

export type MentionKind = 'pronoun' | 'description';

export interface Candidate<T> {
  /** Null: the mention is nobody named (a description that stays its own speaker). */
  entity: T | null;
  features: string[];
}

/** One choice, as training sees it: the mention, its candidates by name, and the features of each. */
export interface AntecedentChoice {
  kind: MentionKind;
  start: number;
  end: number;
  candidates: Array<{ name: string | null; type: string | null; features: string[] }>;
}

/**
 * Feature names are joined from a few dozen fixed parts ("role=" and "subject", "pronoun:" and "spokeRank=1"). Each
 * joined pair is kept, so a candidate's features are the same string objects every time: nothing is concatenated per
 * candidate, and the weight Map finds each name by the hash it already holds instead of hashing a new string (this
 * was most of the cost of scoring a pronoun's candidates). Bounded: an unforeseen part is joined, not kept.
 */
const JOINED = new Map<string, Map<string, string>>();
const MAX_JOINED = 256;

function joined(a: string, b: string): string {
  let withA = JOINED.get(a);
  if (!withA) {
    if (JOINED.size >= MAX_JOINED) return a + b;
    withA = new Map();
    JOINED.set(a, withA);
  }
  let ab = withA.get(b);
  if (ab === undefined) {
    ab = a + b;
    if (withA.size < MAX_JOINED) withA.set(b, ab);
  }
  return ab;
}

/**
 * A number as a feature of its range: bucketed('seenAgo', [0, 1, 2, 4]) gives "seenAgo=0" for 0, "seenAgo=4" for 3
 * and 4, "seenAgo=4+" above; the names are built once.
 */
function bucketed(name: string, edges: number[]): (n: number) => string {
  const names = edges.map((e) => `${name}=${e}`);
  const above = `${name}=${edges[edges.length - 1]}+`;
  return (n) => {
    for (let k = 0; k < edges.length; k++) if (n <= edges[k]) return names[k];
    return above;
  };
}

const SPOKE_RANK = bucketed('spokeRank', [1, 2, 3]);
const SEEN_RANK = bucketed('seenRank', [1, 2, 3, 4]);
const SPOKE_AGO = bucketed('spokeAgo', [0, 1, 2, 4]);
const SEEN_AGO = bucketed('seenAgo', [0, 1, 2, 4]);
const QUOTES = bucketed('quotes', [0, 1, 3]);
const MENTIONS = bucketed('mentions', [1, 3, 6]);
const SINCE_SEEN = bucketed('sinceSeen', [80, 200, 500, 1200]);
const PARAGRAPH_MENTIONS = bucketed('paragraphMentions', [0, 1, 2]);
const SENTENCES = bucketed('sentences', [0, 1, 2, 4]);
/** A suffix ("&near=1"): one joined name per parallel pair, not two. */
const NEAR_SENTENCES = bucketed('&near', [0, 1]);

/** The features of one candidate ("spokeRank=1", "subject=0", …), each also crossed with the mention kind. */
export function candidateFeatures(kind: MentionKind, f: CandidateFacts, basis: string | undefined): string[] {
  const out: string[] = [
    f.spokeRank === 0 ? 'spokeRank=never' : SPOKE_RANK(f.spokeRank),
    SEEN_RANK(f.seenRank),
    f.spokeAgo < 0 ? 'spokeAgo=never' : SPOKE_AGO(f.spokeAgo),
    SEEN_AGO(f.seenAgo),
    f.subjectAgo < 0 ? 'subject=no' : joined('subject=', String(f.subjectAgo)),
    QUOTES(f.quoteCount),
    MENTIONS(f.mentionCount),
  ];
  out.push(SINCE_SEEN(f.sinceSeen), PARAGRAPH_MENTIONS(f.paragraphMentions));
  out.push(...roleFeatures(f));
  if (f.lastPossessive) out.push('lastPossessive');
  if (f.lastOpensSentence) out.push('lastOpensSentence');
  if (f.asked) out.push('asked');
  if (f.rule) out.push('rule', joined('rule&', basis ?? 'none'));
  if (!f.genderKnown) out.push('genderUnknown');
  if (!f.fullName) out.push('surnameOnly');
  if (f.topSpeaker) out.push('topSpeaker');
  if (f.lastInQuote) out.push('lastInQuote');
  if (f.roleOverlap) out.push('roleOverlap');
  if (f.spokeRank === 1 && f.seenRank === 1) out.push('spoke1&seen1');
  if (f.spokeAgo === 0 && f.subjectAgo === 0) out.push('spokeHere&subjectHere');
  const prefix = joined(kind, ':');
  for (let i = 0; i < out.length; i++) out[i] = joined(prefix, out[i]);
  return out;
}

/**
 * Grammatical role and discourse distance: the subject of the sentence before is the likeliest "she"; an object or
 * a name after "with" less so; a speaker another woman was named after is less sure to go on speaking.
 */
function roleFeatures(f: CandidateFacts): string[] {
  const sentences = SENTENCES(f.sentencesAgo);
  const role = joined('role=', f.lastRole);
  const parallel = joined(joined(joined('parallel=', f.pronounRole), '&'), f.lastRole);
  const out = [
    role,
    sentences,
    joined(joined(role, '&'), sentences),
    parallel,
    // parallelism fades with distance: "Ruiz met Hale. She said" leans to Ruiz, across three sentences much less
    joined(parallel, NEAR_SENTENCES(f.sentencesAgo)),
  ];
  // the closest name in the pronoun's own sentence: "Nakajima, like Jarvis, will focus on his drive"
  if (f.sentencesAgo === 0 && f.seenRank === 1) out.push('nearestInSentence');
  if (f.spokeLast) out.push('spokeLast');
  if (f.rivalSinceSpoke) out.push('rivalSinceSpoke');
  if (f.rivalSubjectSinceSpoke) out.push('rivalSubjectSinceSpoke');
  if (f.subjectSinceLatestSpeech) out.push('subjectSinceLatestSpeech');
  // '"…," said Hale. ¶ The plan was opposed by Lisa Ruiz, a parent. ¶ "…," she said': the newcomer news describes
  // is the one it quotes next, more than one merely named ("a question from critic Megan Ruiz about …")
  if (f.newcomer) out.push('newcomer', f.introducedDescribed ? 'newcomer&described' : 'newcomer&bare');
  return out;
}

/** The features of "nobody named": the description stays its own speaker. */
export function nobodyFeatures(kind: MentionKind, hints: string[]): string[] {
  const prefix = joined(kind, ':');
  return [joined(prefix, 'nobody'), ...hints.map((h) => joined(prefix, joined('nobody&', h)))];
}

/** A Map, not the JSON object: feature names are built per candidate, and a Map looks such strings up faster than
 * an object of a few thousand keys in dictionary mode. */
const asMap = (w: Record<string, number>): Map<string, number> => new Map(Object.entries(w));
const COMMITTED = asMap(weights as Record<string, number>);
let W = COMMITTED;

/** For training and cross-validation only: scores with these weights instead of the committed ones (null: those). */
export function useAntecedentWeights(w: Record<string, number> | null): void {
  W = w ? asMap(w) : COMMITTED;
}

export function score(features: string[]): number {
  let s = 0;
  for (const f of features) s += W.get(f) ?? 0;
  return s;
}

/** The best-scoring candidate (the first on a tie: candidates come most salient first) and its margin over the next. */
export function bestCandidate<T>(candidates: Array<Candidate<T>>): { best: Candidate<T>; margin: number } | null {
  let best: Candidate<T> | null = null;
  let top = -Infinity;
  let second = -Infinity;
  for (const c of candidates) {
    const s = score(c.features);
    if (s > top) {
      second = top;
      top = s;
      best = c;
    } else if (s > second) second = s;
  }
  return best ? { best, margin: top - second } : null;
}
