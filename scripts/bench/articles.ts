/**
 * Benchmark texts written for this project: a seeded generator of news-style articles (names, titles, places,
 * direct quotes interrupted by attribution, reported speech, anonymous sources), so any size can be produced with
 * realistic variety, plus the project's own samples/*.news and, when present, the shared reference article (read by
 * path, never copied).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = [
  'Maria',
  'Tomas',
  'Clara',
  'Kenji',
  'Amara',
  'Pavel',
  'Lucia',
  'Omar',
  'Ingrid',
  'Rafael',
  'Sofia',
  'Dmitri',
  'Hana',
  'Jonas',
];
const LAST = [
  'Okafor',
  'Brandt',
  'Varga',
  'Tanaka',
  'Mensah',
  'Kowalski',
  'Ferreira',
  'Haddad',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Sato',
  'Adeyemi',
];
const TITLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Finance Minister',
  'Mayor',
  'Senator',
  'Governor',
  'chief negotiator',
];
const PLACES = [
  'Brussels',
  'Nairobi',
  'Lisbon',
  'Osaka',
  'Warsaw',
  'Quebec',
  'Manila',
  'Lagos',
  'Oslo',
  'Lima',
  'Hanoi',
  'Geneva',
  'Athens',
];
const COUNTRIES = [
  'France',
  'Kenya',
  'Portugal',
  'Japan',
  'Poland',
  'Canada',
  'Brazil',
  'Nigeria',
  'Norway',
  'Peru',
  'Vietnam',
  'Greece',
];
const TOPICS = [
  'the fishing agreement',
  'the new tariffs',
  'the border dispute',
  'the water treaty',
  'the rail project',
  'the budget',
];
const CUES = ['said', 'told reporters', 'added', 'warned', 'noted', 'insisted', 'argued', 'told a news conference'];
const QUOTES = [
  'We will not sign an agreement that empties our harbours',
  'There is still time, but not much',
  'Nobody leaves this table a loser',
  'We have made real progress on the hardest questions',
  'This is not about money, it is about trust',
  'Our partners know exactly where we stand',
  'The people of this region deserve an answer before winter',
  'We are ready to talk, but we will not be rushed',
];

/** Small seeded PRNG (mulberry32): the same seed gives the same article on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated article of at least `size` characters. */
export function generateArticle(size: number, seed = 1): string {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const title = pick(TITLES);
    const country = pick(COUNTRIES);
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const quote = pick(QUOTES);
    const templates = [
      `${country}'s ${title} ${first} ${last} arrived in ${place} on Tuesday for talks on ${topic}.`,
      `"${quote}," ${last} ${pick(CUES)} in ${place}.`,
      `"${quote}," ${pick(['he', 'she'])} said, "and we expect the same from ${country}."`,
      `${last} said ${country} was prepared to discuss ${topic} before the end of the year.`,
      `According to officials in ${place}, ${topic} will be discussed again next month.`,
      `A person familiar with the talks, speaking on condition of anonymity, said no deal on ${topic} was near.`,
      `The ${title.toLowerCase()} expressed optimism over ${topic}, telling reporters: "${quote}."`,
      `${first} ${last}, ${country}'s ${title.toLowerCase()}, ${pick(CUES)} that ${topic} would not be reopened.`,
      `Talks in ${place} and ${pick(PLACES)} have stalled since ${country} and ${pick(COUNTRIES)} disagreed over ${topic}.`,
    ];
    const sentences = 2 + Math.floor(rnd() * 3);
    const paragraph: string[] = [];
    for (let i = 0; i < sentences; i++) paragraph.push(pick(templates));
    const text = paragraph.join(' ');
    paragraphs.push(text);
    length += text.length + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}

export interface BenchText {
  name: string;
  text: string;
}

/** The corpus for the baseline comparison: our samples, generated articles, and the shared reference if present. */
export function benchCorpus(repoRoot: string): BenchText[] {
  const texts: BenchText[] = [];
  const samples = join(repoRoot, 'samples');
  if (existsSync(samples)) {
    for (const name of readdirSync(samples)
      .filter((n) => n.endsWith('.news'))
      .sort()) {
      texts.push({ name: `samples/${name}`, text: readFileSync(join(samples, name), 'utf8') });
    }
  }
  const reference = join(repoRoot, '..', 'shared', 'samples', 'kuril-islands-talks.txt');
  if (existsSync(reference))
    texts.push({ name: '../shared/samples/kuril-islands-talks.txt', text: readFileSync(reference, 'utf8') });
  for (const [i, size] of [2_000, 5_000, 10_000, 20_000].entries())
    texts.push({ name: `generated ${size / 1000} KB`, text: generateArticle(size, 100 + i) });
  return texts;
}
