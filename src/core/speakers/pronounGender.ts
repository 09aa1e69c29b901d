/**
 * The gender the article itself gives a person whose name tells none ("Oluwaseun Bayer", "Dariusz Harrison"): a
 * "he" or "she" that is the first personal pronoun after a mention of them in the writer's own words, before the
 * sentence ends or another person is named ("Dariusz Bigbee, 59, has worked at Carrier for 13 years. Her …" is not this: the
 * sentence ended; "Bigbee said her shift starts at six" is). News from other countries names people with given names
 * no list here holds, and "she said" must still skip the man named in between. Every mention votes; a person with
 * votes both ways gets none. Linear: each mention reads a bounded window.
 */
import type { Doc } from '../text/document';
import type { SpanIndex } from '../text/spanIndex';
import { PRONOUNS_FEMALE, PRONOUNS_MALE } from '../lexicon/lexicon';
import type { Gender } from './gender';

/** How many tokens after a mention its pronoun may stand. */
const REACH = 25;
const SENTENCE_END = new Set(['.', '!', '?']);
/** Votes a gender needs: one "he" may be someone else's, two agreeing rarely are. */
const MIN_VOTES = 2;

/** Surname (lower case) → the gender the article's pronouns give that person, when they agree. */
export function pronounGenders(doc: Doc, quoted: SpanIndex): Map<string, Gender> {
  const { people } = doc;
  const votes = new Map<string, { male: number; female: number }>();
  for (let p = 0; p < people.length; p++) {
    const mention = people[p];
    if (quoted.overlaps(mention.start, mention.end)) continue;
    const surname = mention.text
      .split(/\s+/)
      .pop()
      ?.replace(/['’]s$/, '')
      .toLowerCase();
    if (!surname) continue;
    const next = people[p + 1]?.start ?? Infinity;
    const gender = firstPronounAfter(doc, doc.tokenAt(mention.end), next, quoted);
    if (!gender) continue;
    const v = votes.get(surname) ?? { male: 0, female: 0 };
    v[gender]++;
    votes.set(surname, v);
  }
  const out = new Map<string, Gender>();
  for (const [surname, v] of votes) {
    if (v.male >= MIN_VOTES && v.female === 0) out.set(surname, 'male');
    else if (v.female >= MIN_VOTES && v.male === 0) out.set(surname, 'female');
  }
  return out;
}

/** The gender of the first personal pronoun from token `i`, outside quotes, before `stop` and the sentence's end. */
function firstPronounAfter(doc: Doc, i: number, stop: number, quoted: SpanIndex): Gender | undefined {
  const { tokens } = doc;
  for (let k = i; k < tokens.length && k - i < REACH; k++) {
    const t = tokens[k];
    if (t.start >= stop || SENTENCE_END.has(t.text) || t.line !== tokens[i]?.line) return undefined;
    if (quoted.overlaps(t.start, t.end)) continue;
    // only a subject pronoun: "Obama backed her up" names someone else, "Obama said he" the man himself
    if (t.lower === 'he') return 'male';
    if (t.lower === 'she') return 'female';
    if (PRONOUNS_MALE.has(t.lower) || PRONOUNS_FEMALE.has(t.lower)) return undefined;
  }
  return undefined;
}
