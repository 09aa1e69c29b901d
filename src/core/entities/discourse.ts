/**
 * One sense per discourse: a bare one-word name keeps, across an article's paragraphs, the kind the article gives it
 * elsewhere. The analysis tags paragraph by paragraph, so "a child in Eastfield" (a place) and "He has not been inside
 * Eastfield" (read alone, a person) would otherwise disagree; and "the Ledger" after "(Riverton Ledger)" is the
 * newspaper, not a place. Only bare one-word mentions move: a full name, a title or the gazetteer outweighs this.
 */
import type { Place, Span } from '../types';

interface Mentions<P extends Span> {
  people: P[];
  places: Place[];
  organizations: Span[];
}

const oneWord = (s: Span): boolean => !/\s/.test(s.text);

/**
 * A one-word person mention with no title, whose word is a one-word place elsewhere in the article and never part of
 * a longer person's name there, is that place. `hasTitle` tells a titled mention ("Mayor Eastfield") from a bare one.
 * With `looksPersonal`, a longer name moves too where it is no person's full name (placeNotFullName); without it,
 * as for one paragraph alone, where the article's other people are unknown, it stays.
 */
export function placesNotPeople<P extends Span>(
  m: Mentions<P>,
  hasTitle: (p: P) => boolean,
  looksPersonal?: (name: string) => boolean,
): Mentions<P> {
  const places = new Map<string, Place>();
  for (const p of m.places) places.set(p.text, p);
  if (places.size === 0) return m;
  const named = m.people.filter((p) => !hasTitle(p) && places.has(p.text));
  // most paragraphs and articles call no untitled person by a place's name: their people's words, split below, and
  // families are then not needed
  if (named.length === 0) return m;
  const nameWords = new Set<string>();
  for (const p of m.people) if (!oneWord(p)) for (const w of p.text.split(/\s+/)) nameWords.add(w);
  const family = familyNames(m.people);
  const moved = named.filter((p) =>
    oneWord(p) ? !nameWords.has(p.text) : !!looksPersonal && placeNotFullName(p.text, family, looksPersonal),
  );
  if (moved.length === 0) return m;
  const asPlaces = moved.map((p): Place => {
    const { start, end, text } = p;
    const { name, kind, country } = places.get(text) as Place;
    return { start, end, text, name, ...(kind ? { kind } : {}), ...(country ? { country } : {}) };
  });
  return {
    ...m,
    people: m.people.filter((p) => !moved.includes(p)),
    places: [...m.places, ...asPlaces].sort((a, b) => a.start - b.start),
  };
}

/** Per last word of the article's people, the names ending in it ("Trump": "Donald Trump", "Melania Trump"). */
function familyNames(people: readonly Span[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of people) {
    const words = p.text.split(/\s+/);
    const last = words[words.length - 1];
    const names = out.get(last) ?? new Set<string>();
    names.add(p.text);
    out.set(last, names);
  }
  return out;
}

/**
 * "drove into Cedar Point" (read as a person) where "Millbrook or Cedar Point" is a place: a name of several words the
 * article also places is that place, unless it looks like a person's full name (`looksPersonal`: a given name
 * first, "Elizabeth Warren"; a last word the article also uses alone, "Kasich said") or ends in a family name another
 * person of the article goes by ("Ilona Hale" beside "Peter Hale"), which a tagger's slip on a place does not
 * outweigh.
 */
function placeNotFullName(
  text: string,
  family: ReadonlyMap<string, ReadonlySet<string>>,
  looksPersonal: (name: string) => boolean,
): boolean {
  if (looksPersonal(text)) return false;
  const words = text.split(/\s+/);
  const names = family.get(words[words.length - 1]);
  return !names || [...names].every((name) => name === text);
}

/**
 * A one-word place the gazetteer does not know, whose word ends an organization's name in the article, is that
 * organization's short name ("the Ledger" after "Riverton Ledger"; "the Authority" after "Port Tamsin Authority").
 */
export function organizationsNotPlaces<P extends Span>(m: Mentions<P>, known: (name: string) => boolean): Mentions<P> {
  const lastWords = new Set<string>();
  for (const o of m.organizations) {
    const words = o.text.split(/\s+/);
    if (words.length >= 2) lastWords.add(words[words.length - 1]);
  }
  if (lastWords.size === 0) return m;
  const moved = m.places.filter((p) => oneWord(p) && lastWords.has(p.text) && !known(p.text));
  if (moved.length === 0) return m;
  const organizations = [...m.organizations, ...moved.map(({ start, end, text }) => ({ start, end, text }))];
  return {
    ...m,
    places: m.places.filter((p) => !moved.includes(p)),
    organizations: organizations.sort((a, b) => a.start - b.start),
  };
}

/**
 * A person or place mention that is an organization's name in the article without its legal form is that company on
 * second mention: "Savanna Grid Ltd said …" then "…, Savanna Grid said in a statement" (the tagger, meeting the given
 * name "Savanna", reads a person; "Volta Harvest" in a headline reads as the region). A title keeps the person ("Mr.
 * Lewis" beside "John Lewis Ltd" is no shop), and a place the gazetteer knows stays ("Ghana" beside "Ghana Ltd").
 */
export function companiesNotPeople<P extends Span>(
  m: Mentions<P>,
  hasTitle: (p: P) => boolean,
  isLegalForm: (word: string) => boolean,
  known: (name: string) => boolean,
): Mentions<P> {
  const shortNames = new Set<string>();
  for (const o of m.organizations) {
    const words = o.text.split(/\s+/);
    if (words.length >= 2 && isLegalForm(words[words.length - 1].toLowerCase()))
      shortNames.add(words.slice(0, -1).join(' '));
  }
  if (shortNames.size === 0) return m;
  const bare = (s: Span): string => s.text.replace(/['’]s?$/, '').replace(/\s+/g, ' ');
  const people = m.people.filter((p) => !hasTitle(p) && shortNames.has(bare(p)));
  const places = m.places.filter((p) => shortNames.has(bare(p)) && !known(p.text));
  if (people.length === 0 && places.length === 0) return m;
  const moved = [...people, ...places].map(({ start, end, text }) => ({ start, end, text }));
  return {
    ...m,
    people: m.people.filter((p) => !people.includes(p)),
    places: m.places.filter((p) => !places.includes(p)),
    organizations: [...m.organizations, ...moved].sort((a, b) => a.start - b.start),
  };
}

/**
 * A storm's name is nobody's across the article's paragraphs: "Tropical Storm Debby dumped rain on Savannah" … (a
 * later paragraph) "Debby could stall over the Carolinas". `storms` are the words named after a storm word; a titled
 * or a longer name ("Ms. Debby", "Debby Ochoa") keeps the person.
 */
export function stormsNotPeople<P extends Span>(
  m: Mentions<P>,
  storms: ReadonlySet<string>,
  hasTitle: (p: P) => boolean,
): Mentions<P> {
  if (storms.size === 0) return m;
  const people = m.people.filter((p) => !(oneWord(p) && !hasTitle(p) && storms.has(p.text)));
  return people.length === m.people.length ? m : { ...m, people };
}
