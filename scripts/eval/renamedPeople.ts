/**
 * `npm run eval -- conll.jsonl --renamed`: the same documents with every person's name swapped for names the project
 * has never seen, from many countries ("Phil Simmons" → "Oluwaseun Varghese-ley", "Simmons" alike), so that people F1
 * measures recognizing a name from its sentence and its shape, not from the 1996 names the tagger met in training.
 * The gap between the two figures is the part of the score that rests on known names (news from 2019 names other
 * people). Consistent within a document; deterministic; entity offsets moved with the text.
 */
import { applied, mover, ordered, type Edit } from './textEdits';
import { GIVEN_NAMES, newSurname, stableHash } from './namePools';

interface Entity {
  start: number;
  end: number;
  type: string;
  text?: string;
}
interface NerDoc {
  id?: unknown;
  text: string;
  entities: Entity[];
}

/** The replacement of one word of a person's name: the last word (or a lone one) a surname, others given names. */
function replacement(id: string, word: string, surname: boolean): string {
  const key = `${id}#${word}`;
  const out = surname ? newSurname(key) : GIVEN_NAMES[stableHash(key) % GIVEN_NAMES.length];
  return word === word.toUpperCase() && word.length > 1 ? out.toUpperCase() : out;
}

/** A copy of a CoNLL-style document with its people renamed and every entity offset moved. */
export function renamedPeople<D extends NerDoc>(doc: D): D {
  const id = String(doc.id ?? '');
  const edits: Edit[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'PER') continue;
    const words = [...doc.text.slice(e.start, e.end).matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
    words.forEach((m, i) => {
      if (m[0].length < 2) return; // an initial ("P. Simmons") stays an initial
      const start = e.start + (m.index ?? 0);
      const surname = i === words.length - 1;
      edits.push({ start, end: start + m[0].length, to: replacement(id, m[0].toLowerCase(), surname) });
    });
  }
  const list = ordered(edits);
  const move = mover(list);
  const text = applied(doc.text, list);
  const entities = doc.entities.map((e) => {
    const start = move(e.start);
    const end = move(e.end);
    return { ...e, start, end, ...(e.text !== undefined ? { text: text.slice(start, end) } : {}) };
  });
  return { ...doc, text, entities };
}
