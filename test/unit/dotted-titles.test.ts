// Dotted professional and clerical titles that English-language papers outside Britain and America put before a
// name: an engineer's "Eng." (Tanzania, Kenya, Sri Lanka, the Gulf), an advocate's "Adv." (Israel, South Africa), a
// monk's "Ven." (Sri Lanka), Zimbabwe's "Cde" and a monsignor's "Mgr" (Malta). The dot does not end a sentence and
// the title is no person of its own. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const direct = (text: string): Array<string | null> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

test('"said Eng. X." is the engineer named before, not a person "Eng"', () => {
  const text =
    'The Deputy Minister for Roads, Eng. Halima Juma Mrisho, spoke to reporters in Arusha on Monday.\n\n' +
    '"The bridge will be finished in June," said Eng. Mrisho.';
  assert.deepEqual(direct(text), ['Halima Juma Mrisho']);
});

test('"Adv. X said" after a quote: the advocate, the dot ending no sentence', () => {
  const text =
    'Adv. Yoram Ben-Shimon, who represents the tenants, also attended.\n\n"My clients want a date," Adv. Ben-Shimon said.';
  assert.deepEqual(direct(text), ['Yoram Ben-Shimon']);
});

test('"Cde", "the Ven." and "Mgr" stay out of the name', () => {
  const text =
    'Cde Farai Tinashe Marufu addressed the rally. "We will win this ward," said Cde Marufu.\n\n' +
    'Mgr Ċensu Borg Grima celebrated Mass. "He was a good man," Mgr Borg Grima said.';
  assert.deepEqual(direct(text), ['Farai Tinashe Marufu', 'Ċensu Borg Grima']);
});

test('near miss: "Eng" without its dot is a surname ("Lim Guan Eng")', () => {
  const text = 'Opposition veteran Lim Guan Eng was in Penang. "The state deserves better," Lim Guan Eng said.';
  assert.deepEqual(direct(text), ['Lim Guan Eng']);
});
