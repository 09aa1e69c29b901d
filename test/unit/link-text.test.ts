// Words inside web and e-mail addresses (src/core/entities/linkText.ts): found whatever the address's form, and plain
// words, which most mentions are, settled by the quick check before the address patterns run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { isInsideLink } from '../../src/core/entities/linkText';

/** isInsideLink for the first occurrence of `word` in `text`. */
const inLink = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  return isInsideLink(text, at, at + word.length);
};

test('a word of a web address, with or without its scheme, is inside a link', () => {
  assert.equal(inLink('Read it at https://news.example.org/Harbour-Talks-Stall today.', 'Harbour'), true);
  assert.equal(inLink('Details: WWW.Kestrel-Ferries.com/Timetable.', 'Kestrel'), true);
  assert.equal(inLink('Write to Mara.Quill@Example.net, the office said.', 'Quill'), true);
});

test('a plain word is no link, nor one beside a colon or an "@" in another word', () => {
  assert.equal(inLink('Mayor Ines Varga said the ferry would run.', 'Varga'), false);
  assert.equal(inLink('Varga: the ferry will run.', 'Varga'), false);
  assert.equal(inLink('Ask @harbourdesk or Varga.', 'Varga'), false);
  assert.equal(inLink('The www.', 'www'), false);
});
