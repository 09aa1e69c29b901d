/**
 * Names the recognizer may miss but news titles give away: a capitalized office or role ("Minister", "Sen.", "Substitute")
 * followed by one to three capitalized words is a person ("Fisheries Minister Tomas Brandt"). Linear, one pass.
 */
import type { Doc } from '../text/document';
import type { PersonMention } from '../entities/index';
import { CALENDAR_WORDS, DESCRIPTION_STOP, ORG_NAME_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/lexicon';

import { EVERYDAY_ROLES, FAMILY_NOUNS, TITLE_ABBREVIATIONS } from '../lexicon/lexicon';
import { COMPANY_WORDS, NAME_LESS_HONORIFICS } from '../lexicon/entityWords';
import { isTitleCase } from './quoteShape';
import { SpanIndex } from '../text/spanIndex';

export function titledNames(doc: Doc): PersonMention[] {
  const { tokens, text, people } = doc;
  const out: PersonMention[] = [];
  const titleCase = titleCaseLine(doc);
  let p = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !(ROLE_NOUNS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower) || EVERYDAY_ROLES.has(t.lower)))
      continue;
    if (titleCase(t.line)) continue;
    // "the Queen Mother", "the Holy Father": a family word after a title completes the title; no name follows
    if (FAMILY_NOUNS.has(tokens[i + 1].lower)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && tokens[j].line === t.line && tokens[j].cap && tokens[j].word) {
      const w = tokens[j].lower;
      if (
        ROLE_NOUNS.has(w) ||
        ROLE_MODIFIERS.has(w) ||
        CALENDAR_WORDS.has(w) ||
        DESCRIPTION_STOP.has(w) ||
        ORG_NAME_WORDS.has(w)
      )
        break;
      j++;
    }
    // "General Motors", "General Foods": a title before a company word opens a company's name, not a person's
    if (j === i + 1 || COMPANY_WORDS.has(tokens[j - 1].lower)) continue;
    // "Minister Dato' Sri Haji …", "Speaker Datuk …": honorifics after a title are more title, no name
    if (namelessRun(tokens, i + 1, j)) continue;
    const start = tokens[i + 1].start;
    const end = tokens[j - 1].end;
    while (p < people.length && people[p].end <= start) p++;
    if (p < people.length && people[p].start < end) continue; // the recognizer has it
    out.push({ start, end, text: text.slice(start, end), title: t.text });
    i = j - 1;
  }
  return out;
}

/**
 * Adds the names found after titles to the document's people, dropping the places the recognizer drew inside them:
 * "Governor Piers W. Hallam" is a person, and its "W. Hallam" (read as West Hallam) no place; "Mayor London Reed" no
 * London. Organizations stay: "President Trump" inside "the Trump Organization" is a name the body holds.
 */
export function addTitledPeople(doc: Doc, titled: PersonMention[]): void {
  if (titled.length === 0) return;
  const names = new SpanIndex(titled);
  doc.people = [...doc.people, ...titled].sort((a, b) => a.start - b.start);
  doc.places = doc.places.filter((p) => !names.overlaps(p.start, p.end));
}

/** The tokens [from, to) are all honorifics that are never a name ("Dato", "Haji"). */
function namelessRun(tokens: Doc['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NAME_LESS_HONORIFICS.has(tokens[k].lower)) return false;
  return true;
}

/**
 * Whether a line is written in Title Case: there every word has a capital, so a role word opens no name ("Police
 * Arrest Two After Warehouse Fire" names no officer "Arrest Two"). Each line is measured once.
 */
function titleCaseLine(doc: Doc): (line: number) => boolean {
  const seen = new Map<number, boolean>();
  return (line) => {
    let known = seen.get(line);
    if (known === undefined) {
      const l = doc.lines[line];
      const words = l ? doc.tokens.slice(l.tokenFrom, l.tokenTo).filter((t) => t.word).length : 0;
      known = words >= TITLE_CASE_WORDS && isTitleCase(doc.tokens, l.tokenFrom, l.tokenTo);
      seen.set(line, known);
    }
    return known;
  };
}

/** Fewer words than this are a name or a label, not a headline. */
const TITLE_CASE_WORDS = 5;
