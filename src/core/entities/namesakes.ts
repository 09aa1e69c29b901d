/**
 * Places that share a name ("St. Petersburg" in Russia and in Florida): the gazetteer gives the most significant one
 * (population, capital) and keeps significant namesakes in other countries as alternatives; the text around a
 * mention may choose one of those instead. Evidence, strongest first:
 *  - a qualifier: "St. Petersburg, Florida", "London, Ontario" (or the other way, "Atlanta, Georgia");
 *  - for a city, a region of the namesake's country named in the same paragraph when nothing there is in the
 *    first choice's country ("St. Petersburg ... the Florida coast");
 *  - across the article: once a mention is settled by context, other mentions of the name follow it.
 * Countries mentioned in passing are no evidence ("met U.S. envoys in St. Petersburg"). Linear in the mentions.
 */
import type { Place } from '../types';
import type { PlaceAlternative, PlaceInfo } from './gazetteer';

export interface LocatedPlace {
  place: Place;
  info: PlaceInfo | undefined;
}

function choose(place: Place, alternative: PlaceAlternative): void {
  place.kind = alternative.kind;
  place.country = alternative.country;
}

function alternativeIn(info: PlaceInfo | undefined, country: string | undefined): PlaceAlternative | undefined {
  if (!info?.alternatives || country === undefined || country === info.country) return undefined;
  return info.alternatives.find((a) => a.country === country);
}

/** Settles the places of one paragraph (in text order) by qualifiers and regions around them; edits them in place. */
export function chooseNamesakes(text: string, found: LocatedPlace[]): void {
  const settled = new Set<Place>();
  // "A, B": one of the two names the other's country
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!/^ ?, ?$/.test(text.slice(a.place.end, b.place.start))) continue;
    const forA = settled.has(a.place) ? undefined : alternativeIn(a.info, b.place.country);
    if (forA) {
      choose(a.place, forA);
      settled.add(a.place);
      continue;
    }
    const forB = alternativeIn(b.info, a.place.country);
    if (forB) {
      choose(b.place, forB);
      settled.add(b.place);
    }
  }
  if (!found.some((f) => f.info?.alternatives && !settled.has(f.place))) return;
  // a region of the namesake's country in the same paragraph, and nothing in the first choice's country
  const regionCountries = new Set<string>();
  const countries = new Map<string, number>();
  for (const { place } of found) {
    if (place.country === undefined) continue;
    countries.set(place.country, (countries.get(place.country) ?? 0) + 1);
    if (place.kind === 'region') regionCountries.add(place.country);
  }
  for (const f of found) {
    const country = f.place.country;
    if (
      settled.has(f.place) ||
      f.info?.kind !== 'city' ||
      !f.info.alternatives ||
      country === undefined ||
      country !== f.info.country
    )
      continue;
    if ((countries.get(country) ?? 0) > countOf(found, f.place.name)) continue; // the first choice's country is named too
    const candidates = f.info.alternatives.filter((a) => regionCountries.has(a.country));
    if (candidates.length === 1) choose(f.place, candidates[0]);
  }
}

/** Mentions of the same name in the paragraph (each counts for its own country). */
function countOf(found: LocatedPlace[], name: string): number {
  let n = 0;
  for (const f of found) if (f.place.name === name) n++;
  return n;
}

/**
 * Across an article: a name that context settled on a namesake somewhere (its country differs from the gazetteer's
 * first choice) is that namesake in its other mentions too, unless the article settles it on two different ones.
 * Returns the places, changed ones copied.
 */
export function harmonizeNamesakes(places: Place[], lookup: (name: string) => PlaceInfo | undefined): Place[] {
  const chosen = new Map<string, Place | null>(); // null: the article settles the name on two different namesakes
  const infos = new Map<string, PlaceInfo | undefined>();
  const infoOf = (name: string) => {
    if (!infos.has(name)) infos.set(name, lookup(name));
    return infos.get(name);
  };
  for (const p of places) {
    const info = infoOf(p.name);
    if (!info?.alternatives || p.country === info.country) continue;
    const prior = chosen.get(p.name);
    if (prior === undefined) chosen.set(p.name, p);
    else if (prior && prior.country !== p.country) chosen.set(p.name, null);
  }
  if (chosen.size === 0) return places;
  return places.map((p) => {
    const model = chosen.get(p.name);
    if (!model || p.country === model.country || p.country !== infoOf(p.name)?.country) return p;
    const copy: Place = { ...p, country: model.country };
    if (model.kind !== undefined) copy.kind = model.kind;
    return copy;
  });
}
