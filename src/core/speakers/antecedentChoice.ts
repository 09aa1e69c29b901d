/**
 * The learned choice of a pronoun's antecedent (antecedents.ts scores the candidates): "'We will appeal,' he said"
 * after a paragraph quoting Rivera, with Hale named in between, goes to Rivera. This layer lists the candidates and
 * what the text says of each at that point, and overrules the salience rule (pronouns.ts) only where the model may.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { Gender } from './gender';
import { mentionRole, pronounRole, type MentionRole } from './mentionRole';
import type { DiscourseFacts } from './antecedents';
import type { Entry, Resolution } from './speakerEntry';
import type { Span } from '../types';
import { countryOf, opensSentence } from './nameForms';
import {
  bestCandidate,
  candidateFeatures,
  nobodyFeatures,
  type Candidate,
  type CandidateFacts,
  type MentionKind,
} from './antecedents';
import { IssuedTexts } from './issuedTexts';
import { PARAGRAPH_BASES } from './pronounBases';
import { APPOSITIVE_HEAD_FOLLOWERS, ARTICLES } from '../lexicon/functionWords';

export abstract class AntecedentChoice extends IssuedTexts {
  // resolvers of later layers (declared here, defined there) that this one calls
  protected abstract askerOfSentence(at: number): Entry | null;
  protected abstract askedAboutInSentence(at: number): Entry[];
  protected abstract addressedBy(at: number): Entry | null;

  /**
   * A pronoun is only as sure as it is unambiguous: when another person of a compatible gender was named within the
   * last paragraph or two, even the likeliest antecedent is a guess (train: 91% right with one candidate, much less
   * with rivals), so the certainty drops below the confident band.
   */
  protected contested(r: Resolution, gender: Gender, at: number): Resolution {
    if (!r.entry || r.certainty < RIVAL_CAP) return r;
    // the one the verb addresses is no rival: '"I disagree," she told Marsh'
    const addressed = this.addressedBy(at);
    const ownQuoteEnd = this.attributedQuoteEnd(this.doc.tokenAt(at));
    // the most recently touched persons are last: a few of them suffice, and keep an article of thousands of names linear
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--) {
      const p = this.persons[i];
      if (p === r.entry || p === addressed || at - p.lastSeen > RIVAL_REACH || p.lastSeen >= at) continue;
      // named only in the very quote the pronoun attributes, as its subject matter: "'Ruiz has it wrong,' she said"
      if (ownQuoteEnd > p.lastSeen && this.quoted.covers(p.lastSeen, ownQuoteEnd)) continue;
      if (p.gender === gender || (p.gender === undefined && p.words.length >= 2))
        return {
          ...r,
          certainty: RIVAL_CAP,
          basis: `${r.basis ?? 'pronoun'}; another ${gender === 'male' ? 'man' : 'woman'} named nearby`,
        };
    }
    return r;
  }

  /**
   * The end of the last word of the quote a pronoun attributes, when the pronoun follows it ("'Hale has it wrong,'
   * she said": the end of "wrong"), else -1 (`here`: the pronoun's token).
   */
  private attributedQuoteEnd(here: number): number {
    const { tokens } = this.doc;
    let k = here - 1;
    while (k >= 0 && here - k <= ATTRIBUTION_MARKS && !tokens[k].word) k--;
    const word = tokens[k];
    if (!word || here - k > ATTRIBUTION_MARKS || word.line !== tokens[here]?.line) return -1;
    return this.quoted.overlaps(word.start, word.end) ? word.end : -1;
  }

  /**
   * The learned choice among the persons a pronoun may denote (antecedents.ts), with the salience rule's pick as one
   * feature among many. Where the model agrees with the rule the rule's reason and certainty stand; where it
   * overrules it, the quote says so and its certainty is the share such overrulings got right on train.
   */
  protected learned(
    kind: MentionKind,
    rule: Resolution,
    gender: Gender | undefined,
    at: number,
    line: number,
    roleWords: string[] = [],
  ): Resolution {
    const candidates = this.antecedentCandidates(kind, rule, gender, at, line, roleWords);
    if (candidates.length === 0) return rule;
    if (this.trace) {
      const end = this.doc.tokens[this.doc.tokenAt(at)]?.end ?? at;
      this.trace({
        kind,
        start: at,
        end,
        candidates: candidates.map((c) => ({
          name: c.entity?.name ?? null,
          type: c.entity?.type ?? null,
          features: c.features,
        })),
      });
    }
    const chosen = bestCandidate(candidates);
    if (!chosen) return rule;
    if (chosen.best.entity === rule.entry) return kind === 'pronoun' ? closeCall(rule, chosen.margin) : rule;
    // the model prefers someone else, but the paragraph anchors the rule's pick: it stands, as a close call
    if (kind === 'pronoun' && PARAGRAPH_BASES.has(rule.basis?.split(';')[0])) return closeCall(rule, 0);
    // "the senator" judged nobody named: the description stays its own speaker (the caller's fallback)
    const entry = chosen.best.entity;
    if (!entry) return { entry: null, certainty: 0 };
    return { entry, certainty: OVERRULED_CERTAINTY, basis: `${kind}: the likeliest antecedent by the trained model` };
  }

  /** Gender-compatible persons named before `at`, most recently touched first, with their features. */
  protected antecedentCandidates(
    kind: MentionKind,
    rule: Resolution,
    gender: Gender | undefined,
    at: number,
    line: number,
    roleWords: string[],
  ): Array<Candidate<Entry>> {
    // the rule's pick first: on a tie (an untrained model) it stands
    const pool: Entry[] = rule.entry && rule.entry.type === 'person' ? [rule.entry] : [];
    const asker = kind === 'pronoun' ? this.askerOfSentence(at) : null;
    const addressed = kind === 'pronoun' ? this.addressedBy(at) : null;
    const topics = kind === 'pronoun' ? this.askedAboutInSentence(at) : [];
    for (let i = this.persons.length - 1; i >= 0 && pool.length < CANDIDATE_CAP; i--) {
      const p = this.persons[i];
      if (p.lastSeen >= at || p === rule.entry || p === asker || p === addressed || topics.includes(p)) continue;
      if (gender && p.gender !== undefined && p.gender !== gender) continue;
      if (kind === 'pronoun' && p.firstPerson) continue;
      pool.push(p);
    }
    const facts = this.candidateFacts(pool, rule, at, line, roleWords);
    const basis = rule.basis?.split(';')[0];
    const people = pool.map((p, i): Candidate<Entry> => ({
      entity: p,
      features: candidateFeatures(kind, facts[i], basis),
    }));
    if (kind === 'pronoun' || people.length === 0) return people;
    // a description may be nobody named yet ("the judge" before any judge): listed first when that is the rule's answer
    const nobody: Candidate<Entry> = { entity: null, features: nobodyFeatures(kind, rule.entry ? [] : ['rule']) };
    return rule.entry ? [...people, nobody] : [nobody, ...people];
  }

  protected candidateFacts(
    pool: Entry[],
    rule: Resolution,
    at: number,
    line: number,
    roleWords: string[],
  ): CandidateFacts[] {
    const spoke = pool.filter((p) => p.lastSpoke >= 0 && p.lastSpoke < at).sort((a, b) => b.lastSpoke - a.lastSpoke);
    const seen = [...pool].sort((a, b) => b.lastSeen - a.lastSeen);
    const topQuotes = Math.max(0, ...pool.map((p) => p.quoteCount));
    const asked = this.answerer.get(line) ?? this.answerer.get(line - 1);
    const lineOf = (offset: number): number =>
      this.doc.tokens[Math.min(this.doc.tokenAt(offset), this.doc.tokens.length - 1)]?.line ?? line;
    const lasts = pool.map((p) => this.lastMentionBefore(p, at));
    const discourse = this.discourseFacts(pool, at, lasts);
    const lineStart = this.doc.lines[line]?.start ?? 0;
    return pool.map((p, i) => {
      let subjectAgo = -1;
      for (let k = 0; k <= 2 && subjectAgo < 0; k++) {
        const s = this.paragraphSubject.get(line - k);
        if (s && s.entry === p && s.at < at) subjectAgo = k;
      }
      const last = lasts[i];
      return {
        spokeRank: spoke.indexOf(p) + 1,
        seenRank: seen.indexOf(p) + 1,
        spokeAgo: p.lastSpoke >= 0 && p.lastSpoke < at ? Math.max(0, line - p.lastSpokeLine) : -1,
        seenAgo: Math.max(0, line - lineOf(Math.min(p.lastSeen, at))),
        subjectAgo,
        asked: !!asked && asked.entry === p && asked.at < at,
        rule: p === rule.entry,
        genderKnown: p.gender !== undefined && p.genderFrom !== 'pronoun',
        fullName: p.words.length >= 2,
        quoteCount: p.quoteCount,
        mentionCount: p.mentions.length,
        topSpeaker: topQuotes > 0 && p.quoteCount === topQuotes,
        lastInQuote: !!last && this.quoted.overlaps(last.start, last.end),
        sinceSeen: last ? at - last.end : at,
        lastPossessive: !!last && /^['’]s?\b/.test(this.doc.text.slice(last.end, last.end + 2)),
        lastOpensSentence: !!last && opensSentence(this.doc.text, last.start),
        paragraphMentions: mentionsBetween(p, lineStart, at),
        roleOverlap: roleWords.some((w) => p.roleWords.has(w) || p.countries.has(countryOf(w) ?? w)),
        // field by field, not spread: a spread object literal is many times slower to build in V8
        lastRole: discourse[i].lastRole,
        pronounRole: discourse[i].pronounRole,
        sentencesAgo: discourse[i].sentencesAgo,
        spokeLast: discourse[i].spokeLast,
        rivalSinceSpoke: discourse[i].rivalSinceSpoke,
        rivalSubjectSinceSpoke: discourse[i].rivalSubjectSinceSpoke,
        subjectSinceLatestSpeech: discourse[i].subjectSinceLatestSpeech,
        newcomer: discourse[i].newcomer,
        introducedDescribed: discourse[i].introducedDescribed,
      };
    });
  }

  /** A description follows the name ending at `end`: ", a parent who …", ", who …" (one token lookup). */
  private describedAt(end: number): boolean {
    const { tokens } = this.doc;
    const k = this.doc.tokenAt(end);
    const comma = tokens[k]?.start === end ? k : k + 1;
    return tokens[comma]?.text === ',' && DESCRIPTION_STARTS.has(tokens[comma + 1]?.lower ?? '');
  }

  /** The role of each candidate's latest mention, how many sentences back it is, and how its speaking stands. */
  protected discourseFacts(pool: Entry[], at: number, lasts: Array<Span | null>): DiscourseFacts[] {
    const { tokens } = this.doc;
    const here = this.doc.tokenAt(at);
    const ownRole = pronounRole(tokens[here]?.lower ?? '');
    const roles = lasts.map((last): MentionRole | 'none' => {
      if (!last) return 'none';
      const from = this.doc.tokenAt(last.start);
      return mentionRole(
        tokens,
        from,
        Math.max(from + 1, this.doc.tokenAt(last.end)),
        this.quoted.overlaps(last.start, last.end),
      );
    });
    return pool.map((p, i) => {
      const last = lasts[i];
      const spoke = p.lastSpoke >= 0 && p.lastSpoke < at;
      // a rival named after its latest quote: "'…,' Hale said. Ruiz disagreed. '…,' she said" is less sure Hale
      const after = (j: number): boolean =>
        j !== i && !!lasts[j] && lasts[j]!.start > p.lastSpoke && pool[j].lastSeen < at;
      const first = p.mentions[0];
      const speech = this.latestSpeech;
      return {
        lastRole: roles[i],
        pronounRole: ownRole,
        sentencesAgo: this.sentences.of(here) - (last ? this.sentences.of(this.doc.tokenAt(last.start)) : 0),
        spokeLast: spoke && this.latestSpeech?.entry === p && this.latestSpeech.at < at,
        rivalSinceSpoke: spoke && pool.some((_, j) => after(j)),
        rivalSubjectSinceSpoke: spoke && pool.some((_, j) => after(j) && roles[j] === 'subject'),
        subjectSinceLatestSpeech:
          roles[i] === 'subject' &&
          !!last &&
          !!this.latestSpeech &&
          this.latestSpeech.entry !== p &&
          last.start > this.latestSpeech.at,
        newcomer: !spoke && !!first && !!speech && speech.entry !== p && first.start > speech.at && speech.at < at,
        introducedDescribed: !!first && this.describedAt(first.end),
      };
    });
  }
}

/** Words that open a description apposed to a name: "Lisa Ruiz, a parent", "Ruiz, whose children …". */
const DESCRIPTION_STARTS: ReadonlySet<string> = new Set([...ARTICLES, ...APPOSITIVE_HEAD_FOLLOWERS]);

/** How many of a person's mentions start in [from, to): its mentions in the pronoun's paragraph before it. */
function mentionsBetween(p: Entry, from: number, to: number): number {
  let count = 0;
  for (const m of p.mentions) if (m.start >= from && m.start < to) count++;
  return count;
}

/** Punctuation tokens between a quote's last word and the pronoun after it: ',' and the closing mark. */
const ATTRIBUTION_MARKS = 4;

/** Characters back within which another person makes a pronoun ambiguous (about two paragraphs). */
const RIVAL_REACH = 500;

/**
 * A pronoun whose likeliest antecedent scores barely above the next one is a guess between two people ("Hale met
 * Ruiz. '…,' she said" when both spoke before), whatever the rule's reason: its certainty drops to what such close
 * calls got right on train (cross-validated by scripts/speakers/train-antecedents.ts, its "margin" lines).
 */
export function closeCall(r: Resolution, margin: number): Resolution {
  if (!r.entry || margin > CLOSE_MARGIN || r.certainty <= CLOSE_CERTAINTY) return r;
  return { ...r, certainty: CLOSE_CERTAINTY, basis: `${r.basis ?? 'pronoun'}; the next likeliest close behind` };
}

/** The score margin of a close call, on the weights' scale (one feature weighs a few points). */
const CLOSE_MARGIN = 10;
/** What close calls got right by cross-validation on train: about 2 in 3 (margin 20 and more: 97%). */
const CLOSE_CERTAINTY = 0.6;

/** How many recent persons a pronoun may denote: enough for a long paragraph chain, few enough to stay linear. */
const CANDIDATE_CAP = 8;

/** The share of the model's overrulings of the salience rule that were right on PolNeAR train (cross-validated). */
const OVERRULED_CERTAINTY = 0.55;

/** Persons checked for rivals, most recent first. */
export const RIVAL_SCAN = 12;

/** A contested pronoun's certainty: below the confident band. */
const RIVAL_CAP = 0.75;
