// "She said" after a paragraph that introduces someone new: news names and describes the person it quotes next
// ("Lisa Ruiz, a parent who led the petition"), so the newcomer outranks the latest speaker of her gender, who spoke
// before her. The learned antecedent ranker reads it as a fact of each candidate ("newcomer"), and GAP's two
// same-gender names are measured by scripts/speakers/gap-choice.ts. Passages written for these tests; people fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { AntecedentChoice } from '../../src/core/speakers/antecedents';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

const passage = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** The features of each candidate of the pronoun choice at `pronoun` (its first occurrence after `after`). */
function candidatesAt(text: string, after: string, pronoun: string): Map<string | null, string[]> {
  const at = text.indexOf(pronoun, text.indexOf(after));
  const out = new Map<string | null, string[]>();
  analyze(text, {
    onAntecedents: (c: AntecedentChoice) => {
      if (c.start === at) for (const k of c.candidates) out.set(k.name, k.features);
    },
  });
  return out;
}

const SCHOOLS = passage(
  'MILLBROOK — The school board voted on Tuesday to close three schools.',
  '"This is a sad day for the district," said Mary Hale, the board\'s chair. "We had no choice."',
  'The closures were opposed by Lisa Ruiz, a parent who led a petition against them, and by several teachers.',
  '"The board never listened to us," she said. "They decided in August."',
);

test('a woman introduced with a description after the latest speaker is who "she said" goes to', () => {
  assert.equal(speakerOf(SCHOOLS, 'never listened'), 'Lisa Ruiz');
});

test('the same for a man: a newcomer described in the paragraph before the quote', () => {
  const text = passage(
    'HARBOUR TOWN — The ferry service will stop running in winter, the port authority announced.',
    '"The numbers no longer add up," said Tom Becker, the authority\'s director.',
    'The decision angered Paul Osei, who runs a bakery on the island and relies on the morning boat.',
    '"Without the ferry, I lose half my customers," he said.',
  );
  assert.equal(speakerOf(text, 'half my customers'), 'Paul Osei');
});

test('the newcomer fact: never spoke, first named after the latest quote, described on introduction', () => {
  const c = candidatesAt(SCHOOLS, 'never listened', 'she');
  assert.ok(c.get('Lisa Ruiz')?.includes('pronoun:newcomer&described'), c.get('Lisa Ruiz')?.join(' '));
  assert.ok(!c.get('Mary Hale')?.includes('pronoun:newcomer'), c.get('Mary Hale')?.join(' '));
});

test('a speaker who goes on in her own paragraph keeps her quote, whoever she named', () => {
  const text = passage(
    'MILLBROOK — The school board voted on Tuesday to close three schools.',
    '"This is a sad day," said Mary Hale, the board\'s chair. She said the closures had been opposed by Lisa Ruiz, a parent. "We heard her," she said.',
  );
  assert.equal(speakerOf(text, 'We heard her'), 'Mary Hale');
});
