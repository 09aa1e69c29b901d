/**
 * Names the recognizer may miss but news titles give away: a capitalized office or role ("Minister", "Sen.", "Substitute")
 * followed by one to three capitalized words is a person ("Fisheries Minister Tomas Brandt"). Linear, one pass.
 */
import type { Doc } from '../text/document';
import type { PersonMention } from '../entities/index';
import { CALENDAR_WORDS, DESCRIPTION_STOP, ORG_NAME_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/lexicon';

import { EVERYDAY_ROLES, TITLE_ABBREVIATIONS } from '../lexicon/lexicon';

export function titledNames(doc: Doc): PersonMention[] {
  const { tokens, text, people } = doc;
  const out: PersonMention[] = [];
  let p = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !(ROLE_NOUNS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower) || EVERYDAY_ROLES.has(t.lower)))
      continue;
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
    if (j === i + 1) continue;
    const start = tokens[i + 1].start;
    const end = tokens[j - 1].end;
    while (p < people.length && people[p].end <= start) p++;
    if (p < people.length && people[p].start < end) continue; // the recognizer has it
    out.push({ start, end, text: text.slice(start, end), title: t.text });
    i = j - 1;
  }
  return out;
}
