/**
 * Names a person goes by, as the text gives them: "Joko Widodo, known as Jokowi,", "Edson Arantes do Nascimento,
 * better known as Pelé", "Ahmed Musa, nicknamed “The Lion”". Later "Jokowi said" is the person named in full, not a
 * second speaker. Only what follows a person the recognizer found, within a few words: linear in the text.
 */
import type { Doc } from '../text/document';

/** After the name: an optional comma or dash, an optional adverb, "known as" / "nicknamed" / "dubbed" / "aka". */
const ALIAS_AFTER =
  /^\s*[,(—–-]?\s*(?:(?:who\s+is\s+)?(?:popularly|commonly|widely|better|also|more\s+commonly|universally)\s+)?(?:known\s+as|nicknamed|dubbed|aka|a\.k\.a\.)\s+["“‘']?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;
/** How far after a name the alias may start. */
const ALIAS_REACH = 60;

/** Each alias, in lower case with single spaces ("jokowi"), → the full name's words ("joko widodo"). */
export function personAliases(doc: Doc): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const p of doc.people) {
    const m = ALIAS_AFTER.exec(doc.text.slice(p.end, p.end + ALIAS_REACH));
    if (!m) continue;
    const alias = m[1].toLowerCase().replace(/\s+/g, ' ');
    const words = p.text.toLowerCase().split(/\s+/);
    if (alias !== words.join(' ') && !aliases.has(alias)) aliases.set(alias, words);
  }
  return aliases;
}
