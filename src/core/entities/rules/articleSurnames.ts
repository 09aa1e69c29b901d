/**
 * "Dr. Ahmed al-Farra, head of the children's ward": an Arabic surname written with its article or patronymic joined
 * by a hyphen ("al-Farra", "el-Sisi", "bin-Salman", "abu-Zeid") right after a person's name continues that name. The
 * tagger, meeting an unknown "Farra", may split it off as a place or an organization; the name is one person.
 * Only when the hyphen carries a capitalized name ("al-Farra", not "al-qaeda" written in lower case).
 */
import { ARTICLE_SURNAME_PREFIX } from '../../lexicon/entityWords';
import { adjacent, type EntityRule } from './context';

/** "al-Farra", "Al-Farra", "bin-Salman": a known prefix, a hyphen and a capitalized name. */
function isArticleSurname(word: string): boolean {
  const dash = word.indexOf('-');
  return (
    dash > 0 &&
    ARTICLE_SURNAME_PREFIX.has(word.slice(0, dash).toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(word.slice(dash + 1))
  );
}

export const articleSurnames: EntityRule = {
  name: 'surnames joined by a hyphenated article',
  apply({ text, tokens, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from || e.to >= tokens.length || !adjacent(text, tokens, e.to - 1, e.to))
        continue;
      if (tokens[e.to].start !== tokens[e.to - 1].end + 1 || !isArticleSurname(tokens[e.to].text)) continue;
      const next = ents.at(e.to);
      if (next && (next.from !== e.to || next.to - next.from > 1)) continue;
      if (next) ents.remove(next);
      ents.resize(e, e.from, e.to + 1);
    }
  },
};
