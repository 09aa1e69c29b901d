/**
 * The names the eval's perturbations put in place of real ones (renamed.ts, renamedPeople.ts, restyled.ts): from many
 * countries, of no one famous, picked by a stable hash so the same file gives the same renamed file on every machine.
 */

import { firstNameGender } from '../../src/core/speakers/gender';

/** FNV-1a over the string's UTF-16 units: a stable pick for "article id # name". */
export function stableHash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** Surname stems from many countries' patterns, each made unlikely by a second part ("Okonkwo" + "ski"). */
const SURNAME_STEMS = [
  'Okonkwo',
  'Tremblay',
  'Dhaliwal',
  'Nakashima',
  'Kowalczyk',
  'Haddad',
  'Lindqvist',
  'Ferreira',
  'Abernathy',
  'Szabo',
  'Oyelaran',
  'Gagnon',
  'Varghese',
  'Halvorsen',
  'Mbatha',
  'Quispe',
  'Rautio',
  'Demirci',
  'Achterberg',
  'Ngata',
];
const SURNAME_ENDS = ['', 'ski', 'ova', 'stad', 'ley', 'ani', 'ette', 'quist'];

/** The surname a key ("article#n", "article#word") is given. */
export function newSurname(key: string): string {
  const h = stableHash(key);
  return SURNAME_STEMS[h % SURNAME_STEMS.length] + SURNAME_ENDS[(h >>> 8) % SURNAME_ENDS.length];
}

/** Given names of no one in the data sets, from many countries. */
export const GIVEN_NAMES = [
  'Oluwaseun',
  'Chidinma',
  'Thandiwe',
  'Aarav',
  'Kavya',
  'Siddharth',
  'Minh',
  'Linh',
  'Xochitl',
  'Aigerim',
  'Nurlan',
  'Zeynep',
  'Emre',
  'Dagny',
  'Haukur',
  'Mereana',
  'Wiremu',
  'Ngozi',
  'Bukola',
  'Tanvir',
  'Farzana',
  'Haruto',
  'Yui',
  'Matías',
  'Joaquín',
  'Bongani',
  'Lerato',
  'Sipho',
  'Nomvula',
  'Seo-yeon',
  'Jun-ho',
  'Teuila',
  'Saoirse',
  'Caoimhe',
  'Eero',
  'Aino',
  'Ilkka',
  'Brynja',
  'Dariusz',
  'Zofia',
];

/**
 * Given names that bring no gender with them (restyled.ts `given`): none the project's first-name lists give a gender
 * (read from those lists, so a longer list never lets a swapped name carry the wrong sex), one plain word each.
 */
export const UNGENDERED_GIVEN_NAMES = GIVEN_NAMES.filter(
  (n) => /^\p{L}+$/u.test(n) && firstNameGender(n.toLowerCase()) === undefined,
);
