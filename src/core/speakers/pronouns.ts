/**
 * Pronouns and salience: "he said" is the most salient compatible person: the one just asked ("Hale asked Rivera
 * whether … 'No,' she said" is Rivera), the paragraph's speaker or subject, the person the paragraph before
 * introduced, or an unnamed speaker of that gender ("a woman in the crowd … she said"); "they said" takes up a
 * group ("Residents … they said").
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { DocToken } from '../text/document';
import type { Gender } from './gender';
import { closingSpeaker, closingSubject } from './closingSubject';
import { firstSpanFrom } from '../text/sortedSpans';
import { addressedName } from './addressee';
import { CUE_VERBS } from '../lexicon/lexicon';
import { ARTICLES } from '../lexicon/functionWords';
import { SPEECH_WORDS } from '../lexicon/speechVerbs';
import { DESCRIPTION_OPENERS, INDEFINITE_DETERMINERS, PRONOUNS_FEMALE, PRONOUNS_MALE } from '../lexicon/lexicon';
import { FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS } from '../lexicon/speakerWords';
import { phraseRight } from '../attribution/phrases';
import { opensWithApposition, wordBeforeTitles } from './mentionRole';
import type { Entry, Resolution } from './speakerEntry';
import { opensSentence } from './nameForms';
import { groupSubjectBefore, pluralPeopleHead } from './groupMentions';
import { AntecedentChoice } from './antecedentChoice';
import { personNounGender } from './roleFit';
import { relativeClauseGender } from './relativeGender';
import {
  ASKED,
  CLOSING_SUBJECT,
  INTRODUCED,
  LATEST_NAMED,
  PARAGRAPH_BASES,
  PARAGRAPH_SPEAKER,
  PARAGRAPH_SUBJECT,
  LATEST_SPEAKER,
  OWN_SUBJECT,
  VIEWPOINT,
} from './pronounBases';
import { viewpointHolder } from './viewpointHolder';

/**
 * "The chairman of the wage board, Justice Nurul Sarker, said …": a description a name is apposed to names that
 * person, so a later "he" is the named man, not someone merely described (`i` is the description's noun).
 */
function apposedToName(tokens: readonly DocToken[], i: number, k: number): boolean {
  let j = i + 1;
  while (j < k && j - i <= MAX_DESCRIPTION_TAIL && tokens[j].word) j++;
  const next = tokens[j + 1];
  return tokens[j]?.text === ',' && j + 1 < k && !!next && next.word && next.cap && next.line === tokens[i].line;
}
/** Words after the noun of a description before its comma: "of the Minimum Wage Board". */
const MAX_DESCRIPTION_TAIL = 6;

/** "the nurse Mr Ruiz": a name right after the description, a few tokens on. */
const CONTACT_RELATIVE_REACH = 4;

export abstract class Pronouns extends AntecedentChoice {
  /** "he" or "she": by salience (salient), a rival's claim (contested), the learned choice, or someone unnamed. */
  protected personalPronoun(gender: Gender, at: number, line: number): Resolution {
    const best = this.learned('pronoun', this.contested(this.salient(gender, at, line), gender, at), gender, at, line);
    const unnamed = this.unnamedSpeaker(best.entry, gender, at, line);
    if (unnamed)
      return { entry: unnamed, certainty: UNNAMED_CERTAINTY, basis: 'pronoun: the unnamed speaker just before' };
    // "The Alberta man was arrested. '…,' he said": a person described in this paragraph, before anyone named in it,
    // outranks one named in a paragraph before
    // (only "a man", "another woman": "the mother of three" may well re-describe the person named before)
    const local = PARAGRAPH_BASES.has(best.basis?.split(';')[0])
      ? null
      : this.genderedDescriptionBefore(gender, at, line, best.entry !== null);
    if (local)
      return { entry: local, certainty: UNNAMED_CERTAINTY, basis: 'pronoun: the person described just before' };
    const introduced = PARAGRAPH_BASES.has(best.basis?.split(';')[0]) ? null : this.describedIntroduction(gender, line);
    if (introduced)
      return {
        entry: introduced,
        certainty: UNNAMED_CERTAINTY,
        basis: 'pronoun: the person the paragraph before described',
      };
    if (best.entry) {
      if (best.entry.gender === undefined) {
        best.entry.gender = gender;
        best.entry.genderFrom = 'pronoun';
      }
      return best;
    }
    return { entry: null, certainty: 0 };
  }

  protected pronoun(word: string, at: number, line: number): Resolution {
    if (PRONOUNS_MALE.has(word)) return this.personalPronoun('male', at, line);
    if (PRONOUNS_FEMALE.has(word)) return this.personalPronoun('female', at, line);
    // "“I am not shy,” I said": a first-person account; the writer speaks (named by the byline when there is one)
    if (word === 'i') return { entry: this.writer(at), certainty: 0.3, basis: 'first person: the writer' };
    const text = word === 'it' ? this.textSpeaking(at, line) : null;
    if (text) return text;
    if (word === 'they' || word === 'it') return this.groupPronoun(word, at, line);
    return { entry: null, certainty: 0 };
  }

  /** "they" or "it": a group or body that spoke lately, the body or people the paragraph is about, or one described. */
  protected groupPronoun(word: 'they' | 'it', at: number, line: number): Resolution {
    let best: Entry | null = null;
    for (const e of this.entries) {
      if (e.type === 'person' || e.lastSpoke < 0 || line - e.lastSpokeLine > 3) continue;
      if (word === 'they' ? e.plural || e.type === 'organization' : e.type === 'organization')
        if (!best || e.lastSpoke > best.lastSpoke) best = e;
    }
    // "Ford disputed that. '…,' it said": the body this paragraph is about, unless another spoke after it
    // ("it" only: "they" is as often the people the paragraph is about, "companies" or "officials")
    const body = word === 'it' ? this.paragraphBody(at) : null;
    if (body && (!best || best.lastSpoke < body.at))
      return { entry: body.entry, certainty: 0.6, basis: 'they/it: the body the paragraph is about' };
    // "The researchers followed 78,000 adults. They wrote that …": the people a sentence of this paragraph opens with
    const people = word === 'they' ? this.pluralSubjectBefore(at, line) : null;
    if (people && (!best || best.lastSpoke < people.at))
      return { entry: people.entry, certainty: 0.6, basis: 'they: the people the paragraph is about' };
    // "The staff association sent a letter. '…,' it said": a body described since the last one named, unless a
    // group spoke after it ("it" only, as for the paragraph's body)
    const described = word === 'it' || !best ? this.describedOrganizationBefore(at) : null;
    if (described && word === 'it' && (!best || best.lastSpoke < described.at))
      return { entry: described.entry, certainty: 0.5, basis: 'they/it: the organization described last' };
    if (best) return { entry: best, certainty: 0.6, basis: 'they/it: the latest group that spoke' };
    if (described) return { entry: described.entry, certainty: 0.5, basis: 'they/it: the organization described last' };
    // "Acme Widgets cut 300 jobs. 'It was necessary,' it said": the organization named last
    const named = this.latestOrganization(at);
    return named
      ? { entry: named, certainty: 0.5, basis: 'they/it: the organization named last' }
      : { entry: null, certainty: 0 };
  }

  /**
   * '"We will stay," said the woman, who did not give her name. "Too much hate," she said': an unnamed speaker who
   * spoke in this paragraph after the person picked is who "she" goes on with, when the gender allows.
   */
  /**
   * The latest sentence of this paragraph before `at`, outside quotes, that opens with a plural description of people
   * ("The researchers", "Officials in Kyiv", "Two doctors"): an unnamed group, for "they".
   */
  protected pluralSubjectBefore(at: number, line: number): { entry: Entry; at: number } | null {
    const { tokens, text } = this.doc;
    const k = this.doc.tokenAt(at);
    for (let i = k - 1; i >= 0 && k - i <= DESCRIBED_REACH && tokens[i].line === line; i--) {
      const t = tokens[i];
      if (!t.word || !opensSentence(text, t.start) || this.quoted.overlaps(t.start, t.end)) continue;
      const head = pluralPeopleHead(tokens, i);
      if (head < 0) return null;
      return { entry: this.anonymous(text.slice(t.start, tokens[head].end), t.start, true), at: t.start };
    }
    return null;
  }

  /**
   * "Researchers at the University of Glenmore followed 60,000 nurses. … '…,' the authors wrote": a plural description
   * with "the" goes on with the group a sentence of this or the last two paragraphs opened with, when its head is the
   * same noun or one of a kind ("researchers", "scientists", "authors" of a study).
   */
  protected groupNamedBefore(head: string, at: number): Entry | null {
    const group = groupSubjectBefore(this.doc, this.quoted, head, at);
    return group ? this.anonymous(group.text, group.at, true) : null;
  }

  /**
   * "A woman in the crowd shouted at him. '…,' she said": the unnamed person of that gender described just before in
   * the paragraph ("a woman", "the boy"), outside quotes; only an `indefinite` one ("a woman") when someone was named.
   */
  protected genderedDescriptionBefore(gender: Gender, at: number, line: number, indefinite: boolean): Entry | null {
    const { tokens, text } = this.doc;
    const nouns = gender === 'female' ? FEMALE_PERSON_NOUNS : MALE_PERSON_NOUNS;
    const k = this.doc.tokenAt(at);
    for (let i = k - 1; i >= 0 && k - i <= DESCRIBED_REACH && tokens[i].line === line; i--) {
      if (!nouns.has(tokens[i].lower) || this.quoted.overlaps(tokens[i].start, tokens[i].end)) continue;
      if (apposedToName(tokens, i, k)) continue;
      const from = determinerBefore(tokens, i);
      if (from < 0 || (indefinite && !INDEFINITE_DETERMINERS.has(tokens[from].lower))) continue;
      const phrase = phraseRight(tokens, from, k, text);
      const end = phrase && phrase.kind === 'description' ? phrase.to : i + 1;
      const e = this.anonymous(text.slice(tokens[from].start, tokens[end - 1].end), tokens[from].start, false);
      e.gender = gender;
      return e;
    }
    return null;
  }

  /**
   * "One parent, who did not give her name, shouted from the back." ¶ '"You decided this in August," she yelled.':
   * a short paragraph with no quote that opens on someone unnamed of that gender ("a woman", "one
   * parent, who … her name") hands the floor to them, as one opening on a name does (introducedBefore). Only an
   * indefinite description that no name follows: "The woman", "His wife" and "A neighbor, Jan Roe," are most
   * often someone named.
   */
  protected describedIntroduction(gender: Gender, line: number): Entry | null {
    const before = this.doc.lines[line - 1];
    const own = this.doc.lines[line];
    if (!before || !own || !this.quoted.overlaps(own.start, own.start + 1)) return null;
    if (this.quoted.overlaps(before.start, before.end) || before.tokenTo - before.tokenFrom > MAX_INTRODUCTION_TOKENS)
      return null;
    const { tokens, text } = this.doc;
    const from = before.tokenFrom;
    if (!INDEFINITE_DETERMINERS.has(tokens[from].lower)) return null;
    const phrase = phraseRight(tokens, from, before.tokenTo, text);
    if (!phrase || phrase.kind !== 'description') return null;
    const next = tokens[phrase.to + (tokens[phrase.to]?.text === ',' ? 1 : 0)];
    if (next?.cap) return null;
    // "A woman near the stage": the first person noun tells, and ends the description
    let end = from + 1;
    while (end < phrase.to && personNounGender(tokens[end].lower) === undefined) end++;
    const found = end < phrase.to ? personNounGender(tokens[end].lower) : relativeClauseGender(tokens, phrase.to);
    if (found !== gender) return null;
    const last = Math.min(end, phrase.to - 1);
    const e = this.anonymous(text.slice(tokens[from].start, tokens[last].end), tokens[from].start, false);
    e.gender = gender;
    return e;
  }

  /** The person's latest mention sits in the unnamed speaker's own phrase: "the nurse | Mr Ruiz | hired". */
  private withinMention(named: Entry, unnamed: Entry): boolean {
    const gap = this.doc.tokenAt(named.lastSeen) - this.doc.tokenAt(unnamed.lastSpoke);
    return gap > 0 && gap <= CONTACT_RELATIVE_REACH;
  }

  protected unnamedSpeaker(picked: Entry | null, gender: Gender, at: number, line: number): Entry | null {
    const u = this.latestUnnamed;
    if (!u || u.lastSpoke >= at || line - u.lastSpokeLine > 1) return null;
    // "…, when a reporter asked if he was reversing his pledge." ¶ '"…," he said': who asks is not who answers
    if (this.askedAt(u.lastSpoke)) return null;
    // 'Another, a doctor in Brandon, said she may move.' ¶ '"They are recruiting," she said': the paragraph after
    // the one the unnamed speaker spoke in too, when no one has been named since, but for a name inside that
    // speaker's own description: "The nurse Mr Ruiz hired said …" ¶ '"…," she said' is still the nurse
    const latest = this.persons[this.persons.length - 1];
    if (u.lastSpokeLine !== line && latest && latest.lastSeen > u.lastSpoke && !this.withinMention(latest, u))
      return null;
    if (u.gender !== undefined && u.gender !== gender) return null;
    if (picked && picked.lastSpoke >= u.lastSpoke && picked.lastSpoke < at) return null;
    if (picked && this.tookFloorAfter(picked, u, at, line)) return null;
    return u;
  }

  /**
   * The person last spoke by asking a question, closing the paragraph just before: "Pool asked whether he would hold
   * a briefing." ¶ '"You will see him plenty," she said' is someone else answering, as after an unnamed asker.
   */
  private askedBefore(e: Entry, line: number): boolean {
    return e.lastSpoke >= 0 && e.lastSpokeLine === line - 1 && this.askedAt(e.lastSpoke);
  }

  /** The speaker whose mention starts at `at` asked a question there: "a reporter asked", "one voter asked if". */
  private askedAt(at: number): boolean {
    const { tokens } = this.doc;
    const from = this.doc.tokenAt(at);
    for (let k = from + 1; k < tokens.length && k <= from + ASKER_VERB_REACH; k++) {
      if (ASKING.has(tokens[k].lower)) return true;
      if (!tokens[k].word) return false;
    }
    return false;
  }

  /**
   * "When a reporter asked whether he worried, Kessling shook his head. '…,' he said": the person picked is the subject
   * of the sentence right before the pronoun's, named after the unnamed one spoke, so the floor is theirs again.
   */
  private tookFloorAfter(picked: Entry, unnamed: Entry, at: number, line: number): boolean {
    const m = this.lastMentionBefore(picked, at);
    if (!m || m.start <= unnamed.lastSpoke) return false;
    const k = this.doc.tokenAt(m.start);
    if (this.doc.tokens[k]?.line !== line || this.sentences.of(this.doc.tokenAt(at)) - this.sentences.of(k) !== 1)
      return false;
    return this.roleOfMention(picked, m.start) === 'subject';
  }

  /**
   * The antecedent of "he" or "she" by salience, not distance: whoever spoke earlier in this paragraph (the quote
   * chain), else the paragraph's subject (its first person named outside quotes: "Mr. Scott, who has called Mr. Lee's
   * plan a mistake, said … 'We can't,' he said" is Scott), else the latest speaker of the last few paragraphs, else the
   * previous paragraph's subject, else the person named last. Someone just asked a question ("Hale asked Rivera …")
   * answers it. Gender from titles and first names must agree.
   */
  protected salient(gender: Gender | undefined, at: number, line: number, replied?: Entry | null): Resolution {
    const compatible = this.salienceFilter(gender, at, line, replied);
    let chain: Entry | null = null;
    let recent: Entry | null = null;
    for (const e of this.persons) {
      if (e.lastSpoke < 0 || e.lastSpoke >= at || line - e.lastSpokeLine > 3 || !compatible(e)) continue;
      if (e.lastSpokeLine === line && (!chain || e.lastSpoke > chain.lastSpoke)) chain = e;
      if (!recent || e.lastSpoke > recent.lastSpoke) recent = e;
    }
    const asked = this.answerer.get(line) ?? this.answerer.get(line - 1);
    if (asked && asked.at < at && compatible(asked.entry) && (!chain || asked.at > chain.lastSpoke))
      return { entry: asked.entry, certainty: 0.8, basis: ASKED };
    const sentence = this.sentenceAnchor(chain, at, line, compatible);
    if (sentence) return sentence;
    if (chain) {
      const taken = this.subjectSinceSpeech(chain, at, line, compatible);
      if (taken) return { entry: taken, certainty: 0.82, basis: CLOSING_SUBJECT };
      return { entry: chain, certainty: 0.88, basis: PARAGRAPH_SPEAKER };
    }
    const subject = this.subjectOf(line, at, compatible);
    if (subject) return { entry: subject.entry, certainty: 0.82, basis: PARAGRAPH_SUBJECT };
    const described = this.paragraphPersons.get(line - 1);
    const closing = this.closingOf(line, compatible, described, recent);
    // the latest speaker as the subject the paragraph before closes on is a pick anchored twice, which the model may
    // not overrule: "Grayson was in Tampa. Murphy spent the day in Orlando." ¶ '"…," she said' is Murphy, who spoke last
    if (closing) return { entry: closing, certainty: closing === recent ? 0.88 : 0.82, basis: CLOSING_SUBJECT };
    const introduced = recent ? this.introducedBefore(line, at, compatible, recent) : null;
    if (introduced) return { entry: introduced, certainty: 0.82, basis: INTRODUCED };
    if (recent) return { entry: recent, certainty: 0.88, basis: LATEST_SPEAKER };
    const earlier = this.subjectOfEarlier(line, at, compatible);
    if (earlier) return { entry: earlier, certainty: 0.82, basis: 'pronoun: subject of an earlier paragraph' };
    for (let i = this.persons.length - 1; i >= 0; i--)
      if (compatible(this.persons[i]) && this.persons[i].lastSeen < at)
        return { entry: this.persons[i], certainty: 0.5, basis: LATEST_NAMED };
    return { entry: null, certainty: 0 };
  }

  /**
   * Who may be "he" or "she" at `at`: not who asks, is addressed, is asked about or is answered, nor the writer as "I",
   * nor who closed the paragraph before by asking a question.
   */
  private salienceFilter(
    gender: Gender | undefined,
    at: number,
    line: number,
    replied?: Entry | null,
  ): (e: Entry) => boolean {
    const ruledOut = new Set([
      this.askerOfSentence(at),
      this.addressedBy(at),
      replied,
      ...this.askedAboutInSentence(at),
    ]);
    return (e: Entry): boolean =>
      !ruledOut.has(e) &&
      !e.firstPerson &&
      !this.askedBefore(e, line) &&
      (gender === undefined || e.gender === undefined || e.gender === gender);
  }

  /** Who the paragraph before closes on: its last sentence's subject, else the latest speaker reporting there. */
  private closingOf(
    line: number,
    compatible: (e: Entry) => boolean,
    described: ReadonlyArray<{ entry: Entry; at: number }> | undefined,
    recent: Entry | null,
  ): Entry | null {
    return (
      closingSubject(this.doc, this.quoted, this.persons, line, compatible, described) ??
      closingSpeaker(this.doc, this.quoted, this.persons, line, recent)
    );
  }

  /**
   * The subject of one of the two paragraphs before, a person named there as a subject over one named only after a
   * preposition: "President Hale lashed out at the court. ¶ The story, which was written by Tom Barker, spread
   * fast. ¶ '…,' he tweeted" is Hale, not the story's writer.
   */
  protected subjectOfEarlier(line: number, at: number, compatible: (e: Entry) => boolean): Entry | null {
    let oblique: Entry | null = null;
    for (let back = 1; back <= EARLIER_PARAGRAPHS; back++) {
      const earlier = this.subjectOf(line - back, at, compatible);
      if (!earlier) continue;
      if (this.roleOfMention(earlier.entry, earlier.at) !== 'oblique') return earlier.entry;
      oblique ??= earlier.entry;
    }
    return oblique;
  }

  /**
   * "Asked by Ms Marsh how it felt, she said: …": the one a sentence opening on "asked by X" names as asking is not
   * its subject, who answers.
   */
  protected askerOfSentence(at: number): Entry | null {
    const { tokens } = this.doc;
    const first = this.sentenceFirstToken(at);
    if (!ASKING.has(tokens[first]?.lower ?? '') || tokens[first + 1]?.lower !== 'by') return null;
    const from = tokens[first + 2]?.start ?? at;
    // the first person from "by" on (people are sorted by start): later ones stand only further away
    const named = this.doc.people[firstSpanFrom(this.doc.people, from)];
    return named && named.start < at && named.start - from <= ASKER_REACH
      ? this.matchPerson(named.text.toLowerCase().split(/\s+/))
      : null;
  }

  /** The first token of the sentence holding `at`, within its paragraph. */
  private sentenceFirstToken(at: number): number {
    const { tokens } = this.doc;
    let first = this.doc.tokenAt(at);
    const line = tokens[first]?.line;
    while (first > 0 && tokens[first - 1].line === line && !SENTENCE_END_MARKS.has(tokens[first - 1].text)) first--;
    return first;
  }

  /**
   * "Asked about her vote if Clinton faces Trump, she replied: …": the persons named in an opening "asked about …"
   * clause of the pronoun's own sentence are what the question was about, never the one who answers it.
   */
  protected askedAboutInSentence(at: number): Entry[] {
    const { tokens } = this.doc;
    let first = this.sentenceFirstToken(at);
    if (tokens[first]?.lower === 'when') first++;
    if (!ASKING.has(tokens[first]?.lower ?? '') || tokens[first + 1]?.lower === 'by') return [];
    // the clause ends at its first comma: "Asked about Hale, Ruiz said '…,' she said" asked Ruiz about Hale
    const from = tokens[first].start;
    const comma = this.doc.text.indexOf(',', from);
    if (comma < 0 || comma > at) return [];
    const topics: Entry[] = [];
    const { people } = this.doc;
    for (let i = firstSpanFrom(people, from); i < people.length && people[i].start < comma; i++) {
      const p = people[i];
      const e = this.matchPerson(p.text.toLowerCase().split(/\s+/));
      if (e) topics.push(e);
    }
    return topics;
  }

  /** '"I disagree," she told Marsh': the person the pronoun's own verb addresses (addressee.ts). */
  protected addressedBy(at: number): Entry | null {
    const name = addressedName(this.doc, at);
    return name ? this.matchPerson([name]) : null;
  }

  /**
   * '"…," Blake told MPs. Priya Raman, a GP in Leeds, laughed. "…," she said': inside the speaker's paragraph, a
   * person named after her quote as the subject of the sentence right before the pronoun's takes the floor, as the
   * subject of a paragraph's closing sentence does across paragraphs (closingSubject.ts).
   */
  protected subjectSinceSpeech(
    chain: Entry,
    at: number,
    line: number,
    compatible: (e: Entry) => boolean,
  ): Entry | null {
    const here = this.sentences.of(this.doc.tokenAt(at));
    for (const n of this.paragraphPersons.get(line) ?? []) {
      const p = n.entry;
      if (p === chain || !compatible(p)) continue;
      const m = this.lastMentionBefore(p, at);
      if (!m || m.start <= chain.lastSpoke) continue;
      const k = this.doc.tokenAt(m.start);
      if (this.doc.tokens[k]?.line !== line || here - this.sentences.of(k) !== 1) continue;
      // a sentence of its own, not the speaker's attribution ('Fiorina told "Fox and Friends," …')
      if (this.sentences.of(k) <= this.sentences.of(this.doc.tokenAt(chain.lastSpoke))) continue;
      const role = this.roleOfMention(p, m.start);
      if (role === 'subject' || (role === 'appositive' && opensWithApposition(this.doc.tokens, k, m.end))) return p;
    }
    return null;
  }

  /**
   * The person the pronoun's own sentence, or the one before, names as whose view it gives ("For Hale, …") or as its
   * subject: anchors closer than the paragraph's speaker.
   */
  private sentenceAnchor(
    chain: Entry | null,
    at: number,
    line: number,
    compatible: (e: Entry) => boolean,
  ): Resolution | null {
    const context = { doc: this.doc, quoted: this.quoted, sentences: this.sentences, persons: this.persons, chain };
    const viewpoint = viewpointHolder(context, at, compatible);
    if (viewpoint) return { entry: viewpoint, certainty: 0.82, basis: VIEWPOINT };
    const own = this.ownSubjectOver(chain, at, line, compatible);
    return own ? { entry: own, certainty: 0.82, basis: OWN_SUBJECT } : null;
  }

  /** The own sentence's subject, only where it changes the pick: the paragraph's speaker or subject is as often its. */
  private ownSubjectOver(
    chain: Entry | null,
    at: number,
    line: number,
    compatible: (e: Entry) => boolean,
  ): Entry | null {
    const own = this.ownSentenceSubject(at, line, compatible);
    if (!own || own === chain) return null;
    return chain || own !== this.subjectOf(line, at, compatible)?.entry ? own : null;
  }

  /**
   * 'Judge Ann Mosk saw the words differently: "I don't take that as a joke," she said', 'Senator Hale is airing an ad
   * in which he declares, "…"': the subject of the pronoun's own sentence, named before it outside quotes, over the
   * paragraph's speaker or first-named person.
   */
  protected ownSentenceSubject(at: number, line: number, compatible: (e: Entry) => boolean): Entry | null {
    const here = this.sentences.of(this.doc.tokenAt(at));
    for (const n of this.paragraphPersons.get(line) ?? []) {
      if (n.at >= at) break;
      const k = this.doc.tokenAt(n.at);
      if (this.sentences.of(k) !== here) continue;
      // the sentence's first person only: "Hale told Ruiz that he …" is about Hale
      return compatible(n.entry) && this.opensOwnSentence(k, at) ? n.entry : null;
    }
    return null;
  }

  /**
   * The mention at token `k` opens its sentence, past its titles, as the subject before the pronoun at `at`: not "The
   * Hale outlets have …", nor the topic of a parenthetical attribution ('Whitsett, she said, had "found a way"').
   */
  private opensOwnSentence(k: number, at: number): boolean {
    const { tokens } = this.doc;
    const before = wordBeforeTitles(tokens, k);
    const prev = tokens[before];
    // a sentence ends before it: at a full stop, or at a quote's closing mark after its own ('… a "web reporter." Mosman')
    const ended = !prev || SENTENCE_END_MARKS.has(prev.text) || this.sentences.of(before) < this.sentences.of(k);
    if (prev && prev.line === tokens[k].line && !ended) return false;
    if (ARTICLES.has(tokens[before + 1]?.lower ?? '')) return false;
    const p = this.doc.tokenAt(at);
    return !(tokens[p - 1]?.text === ',' && this.doc.people.some((m) => this.doc.tokenAt(m.end) === p - 1));
  }

  /**
   * 'Opposition critic Ben Roy was not convinced.' ¶ '"…," he said': a paragraph with no quote whose subject has not
   * spoken yet hands the floor to that person, over whoever spoke before it.
   */
  protected introducedBefore(line: number, at: number, compatible: (e: Entry) => boolean, recent: Entry): Entry | null {
    const previous = this.subjectOf(line - 1, at, compatible);
    if (!previous || previous.entry.lastSpoke >= 0 || recent.lastSpokeLine >= line - 1) return null;
    const before = this.doc.lines[line - 1];
    const own = this.doc.lines[line];
    // the quote opens its paragraph: no narration of its own that might name someone else
    if (!before || !own || !this.quoted.overlaps(own.start, own.start + 1)) return null;
    // "An enthusiastic Sanders supporter, Seacord complained …": the one who spoke is named there too
    if (this.paragraphPersons.get(line - 1)?.some((n) => n.entry === recent)) return null;
    if (this.quoted.overlaps(before.start, before.end) || this.reportsSpeech(line - 1)) return null;
    // "Crews cleared drains for Deputy Chief Kohl.": a name after a preposition is no one introduced (but "a
    // resident named Caroline", an object, is), nor one in an opening clause ("When Varga spoke, the room …")
    const role = this.roleOfMention(previous.entry, previous.at);
    return role === 'oblique' || role === 'embedded' ? null : previous.entry;
  }

  /**
   * A paragraph with a reporting word, or too long to be a short introduction: "The mayor, Ann Kessler, agreed.",
   * "Roy declined to comment." tell of speech that is not the next quote.
   */
  protected reportsSpeech(line: number): boolean {
    const { tokenFrom, tokenTo } = this.doc.lines[line];
    if (tokenTo - tokenFrom > MAX_INTRODUCTION_TOKENS) return true;
    for (let i = tokenFrom; i < tokenTo; i++) {
      const w = this.doc.tokens[i].lower;
      // "The undecided voter who asked about energy became a star.": speech in a relative clause only describes
      if ((CUE_VERBS.has(w) || SPEECH_WORDS.has(w)) && this.doc.tokens[i - 1]?.lower !== 'who') return true;
    }
    return false;
  }
}

/** "she" after an unnamed speaker of the paragraph: a guess below the confident band until train says otherwise. */
export const UNNAMED_CERTAINTY = 0.75;

/** How many tokens back a pronoun looks for a gendered description ("a woman in the crowd"). */
const DESCRIBED_REACH = 40;

/** Paragraphs back a pronoun looks for a subject when no one has spoken lately. */
const EARLIER_PARAGRAPHS = 2;

/** Tokens of a paragraph that only introduces the next speaker ("Opposition critic Ben Roy was not convinced."). */
const MAX_INTRODUCTION_TOKENS = 40;

/** Verbs whose object answers next: "Hale asked Rivera whether … 'No,' she said". */
export const ASKING = new Set(['asked', 'asks', 'asking', 'pressed', 'questioned']);

/** Words from an unnamed speaker's mention to its verb: "a reporter from the local paper asked". */
const ASKER_VERB_REACH = 6;

/** Characters from "by" to the asker's name, past a title: "Asked by Deputy Mayor Ann Roy". */
const ASKER_REACH = 30;

const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/** The determiner opening the noun phrase whose head is at `head`, a few words before it ("a young woman", "the
 * Alberta man"). */
function determinerBefore(tokens: DocToken[], head: number): number {
  for (let j = head - 1; j >= 0 && head - j <= 4; j--) {
    if (DESCRIPTION_OPENERS.has(tokens[j].lower)) return j;
    if (!tokens[j].word) return -1;
  }
  return -1;
}
