/**
 * Adversarial inputs for the linear-time checks (test/unit/linear.test.ts) and `npm run bench`: each builds a text
 * of about `size` characters out of the pattern that would make a careless regular expression or a quadratic scan
 * blow up (a quote mark that never closes, a name that never ends, a list that never stops).
 */
export interface AdversarialCase {
  name: string;
  make: (size: number) => string;
}

/** Repeats `unit` until the text has `size` characters (a whole number of units, at least one). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** Deterministic variety: word i of a fixed list, so capitalised runs are not one repeated token. */
const NAMES = [
  'Alder',
  'Brook',
  'Castell',
  'Dunmore',
  'Elwin',
  'Fairbanks',
  'Garrow',
  'Holt',
  'Ivers',
  'Jarman',
  'Kessel',
  'Lorne',
];
function capitalisedWords(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = NAMES[i % NAMES.length] + (i % 7 === 0 ? 'son' : '');
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** A different made-up surname for every i ("Bakor", "Cakor", …): nothing repeats, so no lookup is cached. */
function uniqueSurname(i: number): string {
  const letters = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  let s = '';
  for (let n = i; ; n = Math.floor(n / 17)) {
    s += letters[n % 17] + vowels[n % 5];
    if (n < 17) break;
  }
  return s.charAt(0).toUpperCase() + s.slice(1) + 'k';
}

/** Many different people, each introduced with a title and then quoted by surname, pronoun and role. */
function distinctSpeakers(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const name = uniqueSurname(i);
    const sentence = `Deputy Minister Anna ${name} of the Ministry of ${uniqueSurname(i + 7919)} said: "We disagree." ${name} added, "Not now," the ministry said she told reporters. `;
    out.push(sentence);
    length += sentence.length;
  }
  return out.join('');
}

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: 'straight double quotes', make: (n) => fill('"', n) },
  { name: 'quote then words, never closed', make: (n) => '"' + fill('we will never close this quote ', n) },
  { name: 'curly and guillemet soup', make: (n) => fill('“‘«„‚‹ ”’»“‘', n) },
  { name: 'apostrophes and single quotes', make: (n) => fill("'t '' O'Brien's ' ", n) },
  { name: 'capitalised words', make: capitalisedWords },
  { name: 'commas', make: (n) => fill(', ', n) },
  { name: 'spaces', make: (n) => 'He said ' + fill(' ', n) + 'yes.' },
  { name: 'one word, no spaces', make: (n) => fill('a', n) },
  { name: 'dashes and colons', make: (n) => fill(' — said: ', n) },
  { name: 'reporting cues', make: (n) => fill('said Putin told reporters according to ', n) },
  { name: 'titles without names', make: (n) => fill('Mr. President Foreign Minister Dr. ', n) },
  { name: 'newlines', make: (n) => fill('\n', n) },
  { name: 'quoted sentence, one long line', make: (n) => fill('"We are ready," Putin said in Moscow. ', n) },
  { name: 'distinct speakers and organizations', make: distinctSpeakers },
  { name: 'unclosed quotes every paragraph', make: (n) => fill('"We are ready to talk, he said\n\n', n) },
  {
    name: 'passive questions that never end',
    make: (n) => fill('when asked whether the plan and asked about the ', n),
  },
  {
    name: 'document nouns and quantities',
    make: (n) => fill('the poll by some of the survey of six in 10 reports showed ', n),
  },
  { name: 'quoted fragments closing on commas', make: (n) => fill('the plan is “very good,” which ', n) },
  {
    name: 'perception verbs and joiners',
    make: (n) => fill('the vote seemed close and voters appear while it is expected ', n),
  },
  { name: 'sentences opened by "In" and a poll', make: (n) => fill('In a new poll of the survey ', n) },
  { name: 'claim nouns with "that"', make: (n) => fill('his claim that the assertion that Ortega’s warning that ', n) },
  {
    // labelled turns that cite words in marks: each turn, label and cited quote must not scan all the others
    name: 'transcript turns citing quotes',
    make: (n) => fill('SMITH: Well, he said "we will go" and left.\n\nJONES: Really? She said "no" to that.\n\n', n),
  },
];
