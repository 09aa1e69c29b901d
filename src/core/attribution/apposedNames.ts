/**
 * A person's name in apposition to a description of them, the name being the speaker and the mention running from
 * the description: 'the Vatican spokesman, Ada Reyes, told reporters', 'said another Twitter user, Johanna Bayer'.
 */
import type { Doc, DocToken } from '../text/document';
import {
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  NAME_GIVING_WORDS,
  NAMING_VERBS,
  NAMING_WORDS,
} from '../lexicon/speakerWords';
import { DESCRIPTION_LINKS } from '../lexicon/lexicon';
import { SENTENCE_END } from './cues';
import { isSpeakerNoun, linkedEndRight, phraseLeft, phraseRight, type Phrase } from './phrases';
import { isPersonAt, overlapsPerson } from './recognizedEntities';
import { postModifiedSubject } from './longSubjects';

/**
 * '"…," the Vatican spokesman, Ada Reyes, told reporters': a description right after the quote, then the name it
 * gives in apposition. The name is the speaker; the mention runs from the description.
 */
export function describedName(doc: Doc, p: Phrase | null, k: number): Phrase | null {
  const { tokens, text } = doc;
  if (!p || p.kind !== 'name' || p.from <= k || tokens[p.from - 1].text !== ',') return null;
  if (!isPersonAt(doc, p) && !personBeforeAffiliation(doc, p)) return null;
  const d = phraseRight(tokens, k, p.from - 1, text);
  // '"…," the mayor of the town where the plant closed, Ann Roy, said': a long description (longSubjects.ts)
  if (isPersonAt(doc, p) && postModifiedSubject(doc, k, p.from - 1)) return { ...p, from: k };
  if (!d || d.kind !== 'description' || d.from !== k || !endsWithOfPhrase(tokens, d.to, p.from - 1)) return null;
  // a recognized person's apposition may describe them with any noun ("the assailant, John Meeks, told …")
  return describesSomeone(tokens, d) || (isPersonAt(doc, p) && p.from - k <= MAX_APPOSED_DESCRIPTION)
    ? { ...p, from: k }
    : null;
}
const MAX_APPOSED_DESCRIPTION = 7;

/** The description ends at `to`, or goes on with "of" and lower-case words only ("Hale's chief of staff"). */
function endsWithOfPhrase(tokens: DocToken[], from: number, to: number): boolean {
  if (from === to) return true;
  if (tokens[from].lower !== 'of' || to - from > 3) return false;
  for (let i = from + 1; i < to; i++) if (!tokens[i].word || tokens[i].cap) return false;
  return true;
}

/** "Maya Chen of Monash University": a person named before the "of" of where she works. */
function personBeforeAffiliation(doc: Doc, p: Phrase): boolean {
  const { tokens } = doc;
  for (let o = p.from + 1; o < p.nameFrom; o++)
    if (tokens[o].lower === 'of') return overlapsPerson(doc, tokens[p.from].start, tokens[o - 1].end);
  return false;
}

/** A person's or a spokesman's description ("her father", "the Vatican spokesman"), not any noun phrase. */
function describesSomeone(tokens: DocToken[], d: Phrase): boolean {
  const words = tokens.slice(d.from, d.to).map((t) => t.lower);
  return words.some((w) => isSpeakerNoun(w) || MALE_PERSON_NOUNS.has(w) || FEMALE_PERSON_NOUNS.has(w));
}

/**
 * 'Another user, Roland Zeller, wrote: "…"': before a cue, a description opening the clause and the person's name in
 * apposition to it. The name is the speaker; the mention runs from the description.
 */
export function apposedNameLeft(doc: Doc, lead: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[lead - 1]?.text !== ',') return null;
  const name = phraseLeft(tokens, lead - 1, start, text);
  if (!name || name.kind !== 'name' || tokens[name.from - 1]?.text !== ',' || !isPersonAt(doc, name)) return null;
  for (let s = name.from - 2; s >= Math.max(start, name.from - 8); s--) {
    const before = tokens[s - 1];
    if (before && before.line === tokens[s].line && !SENTENCE_END.has(before.text) && before.text !== ',') continue;
    const d = phraseRight(tokens, s, name.from - 1, text);
    if (d && d.kind === 'description' && d.to === name.from - 1) return { ...name, from: s };
  }
  return null;
}

/**
 * '"…," Ada Reyes, the analyst who ran the poll tweeted': an appositive whose closing comma the writer left out. A
 * person's name right after the quote, then a comma and a lower-case description running to the cue within the
 * sentence: the name is the speaker.
 */
export function nameBeforeOpenAppositive(doc: Doc, k: number, cue: number, end: number): Phrase | null {
  const { tokens, text } = doc;
  const name = phraseRight(tokens, k, end, text);
  if (!name || name.kind !== 'name' || name.from !== k || !isPersonAt(doc, name)) return null;
  const next = tokens[name.to + 1];
  if (tokens[name.to]?.text !== ',' || !next?.word || next.cap || name.to + 1 >= cue) return null;
  for (let j = name.to + 1; j < cue; j++) if (SENTENCE_END.has(tokens[j].text) || tokens[j].text === ',') return null;
  return name;
}

/**
 * '"…," said another Twitter user, Johanna Bayer.', '… exhorted Holm's introducer, actress Jamie Lee Curtis.': after
 * an inverted cue, a description (or a possessor) followed by a comma and a person's name is that person; the name,
 * with any lower-case title before it, is the speaker ("actress" stays its role).
 */
export function appositiveName(doc: Doc, p: Phrase | null, end: number): Phrase | null {
  const { tokens, text } = doc;
  if (
    !p ||
    p.kind === 'pronoun' ||
    (p.kind === 'name' && isPersonAt(doc, p) && !POSSESSIVE_END.test(tokens[p.nameTo - 1].text))
  )
    return p;
  // the rest of the description: "another leading Supreme Court | advocate,"
  let from = p.to;
  while (
    from < end &&
    from - p.to < 3 &&
    tokens[from].word &&
    !tokens[from].cap &&
    !DESCRIPTION_LINKS.has(tokens[from].lower)
  )
    from++;
  // and what it is of: "the top Democrat | in the Senate, | Dick Durbin", "the head | of the union, | Ana Ruiz"
  if (tokens[from]?.text !== ',') from = linkedEndRight(tokens, from, end, text);
  if (tokens[from]?.text !== ',') return p;
  const name = phraseRight(tokens, from + 1, end, text);
  if (!name || name.kind !== 'name' || !(isPersonAt(doc, name) || isPersonBeforeOf(doc, name))) return p;
  // a description of someone is the person's role: "said Acme's spokesman, Tom Hale", "said Vance's wife, Delphine"
  const head = descriptionHead(tokens, p.from, from);
  const role = describesSomeone(tokens, { ...p, from: head, to: head + 1 })
    ? text.slice(tokens[p.from].start, tokens[from - 1].end)
    : undefined;
  return { ...name, from: p.from, role: name.role ?? role };
}

/** The head word of a description in [from, to): the word before its first link ("friend" of "best friend at Yale"). */
function descriptionHead(tokens: DocToken[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (DESCRIPTION_LINKS.has(tokens[k].lower)) return k - 1;
  return to - 1;
}

/** "Rep. Ann Hale of Ohio": the run's name part is "Ohio", but a person stands before its "of" (the speaker pass
 * later keeps only the person). */
function isPersonBeforeOf(doc: Doc, name: Phrase): boolean {
  const { tokens } = doc;
  for (let of = name.from + 1; of < name.to; of++)
    if (tokens[of].lower === 'of') return overlapsPerson(doc, tokens[name.from].start, tokens[of - 1].end);
  return false;
}
const POSSESSIVE_END = /['’]s$/i;

/**
 * A description that gives its own name: '"…," wrote a man calling himself Paul Paul', 'said the base chief known as
 * Bob', 'said a worker named Ana Ruiz'. The name is the speaker; the description stays in the mention.
 */
export function givenName(doc: Doc, p: Phrase | null, end: number): Phrase | null {
  const { tokens, text } = doc;
  if (!p || p.kind !== 'description') return p;
  let k = p.to;
  // the phrase may have taken the first naming word in ("the base chief known")
  if (NAMING_WORDS.has(tokens[k - 1].lower) && k - 1 > p.from) k--;
  const first = k;
  while (k < end && k - first < 3 && NAMING_WORDS.has(tokens[k].lower)) k++;
  if (!tokens.slice(first, k).some((t) => NAMING_VERBS.has(t.lower))) return p;
  const name = phraseRight(tokens, k, end, text);
  return name && name.kind === 'name' && name.from === k ? { ...name, from: p.from } : p;
}

/**
 * 'Her neighbour, who gave only his first name, Karim, said: "…"', 'A shopkeeper, who asked to be identified only as
 * Leila, said': a relative clause that gives the person's name ends in that name, right before the cue. The name is
 * the speaker; the mention runs from the description the clause hangs on.
 */
export function nameGivenInRelative(doc: Doc, lead: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[lead - 1]?.text !== ',') return null;
  const name = phraseLeft(tokens, lead - 1, start, text);
  if (!name || name.kind !== 'name' || !isPersonAt(doc, name)) return null;
  for (let w = name.from - 1; w > start && name.from - w <= MAX_NAMING_CLAUSE; w--) {
    if (SENTENCE_END.has(tokens[w].text)) return null;
    if (tokens[w].lower !== 'who' || tokens[w - 1]?.text !== ',') continue;
    const clause = tokens.slice(w + 1, name.from);
    if (!clause.some((t) => NAME_GIVING_WORDS.has(t.lower))) return null;
    const d = phraseLeft(tokens, w - 1, start, text);
    return d && d.kind === 'description' && describesSomeone(tokens, d) ? { ...name, from: d.from } : null;
  }
  return null;
}
const MAX_NAMING_CLAUSE = 10;

/**
 * '"…," asked the boy, who said his name was Sam', 'said a woman, who gave her name only as Maria': after an inverted
 * cue, a relative clause on the description that gives the person's name. The name is the speaker (the naming words
 * say it is one); the mention runs from the description.
 */
export function nameGivenAfterRelative(doc: Doc, p: Phrase | null, end: number): Phrase | null {
  const { tokens, text } = doc;
  if (!p || p.kind !== 'description' || !describesSomeone(tokens, p)) return p;
  if (tokens[p.to]?.text !== ',' || tokens[p.to + 1]?.lower !== 'who') return p;
  for (let k = p.to + 2; k < end && k - p.to <= MAX_TRAILING_NAMING_CLAUSE; k++) {
    if (SENTENCE_END.has(tokens[k].text)) return p;
    if (!NAME_GIVING_WORDS.has(tokens[k].lower)) continue;
    let n = k + 1;
    while (n < end && n - k <= 3 && NAME_LEAD_INS.has(tokens[n].lower)) n++;
    const name = phraseRight(tokens, n, end, text);
    return name && name.kind === 'name' && name.from === n ? { ...name, from: p.from } : p;
  }
  return p;
}
/** A relative clause closing the sentence may say more before the name: "who was wearing a red cap and said his name was". */
const MAX_TRAILING_NAMING_CLAUSE = 20;
/** Words between a naming word and the name it gives: "his name [was] Sam", "gave her name [only as] Maria". */
const NAME_LEAD_INS = new Set(['was', 'is', 'as', 'only', ',']);
