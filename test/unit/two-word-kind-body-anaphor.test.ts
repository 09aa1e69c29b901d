// "the state power utility said": two lower-case words of kind before a business noun take up the body named just
// before, as "the utility" and "the state broadcaster" do. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const lead =
  'LAGOS — Harwell Power (HP) warned on Tuesday that it may shut its last plants by the end of the week.\n\n';
const speakerOf = (text: string, words: string): string | null | undefined =>
  analyze(text).quotes.find((q) => text.slice(q.start, q.end).includes(words))?.speaker;

test('"the state power utility said" is the utility named before', () => {
  const text =
    lead + 'In a statement on its website, the state power utility said its reserves "will not last four days."';
  assert.equal(speakerOf(text, 'four days'), 'Harwell Power');
});

test('near miss: "the other power utility" is another body', () => {
  const text =
    lead + 'In a statement on its website, the other power utility said its reserves "will not last four days."';
  assert.notEqual(speakerOf(text, 'four days'), 'Harwell Power');
});
