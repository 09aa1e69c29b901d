// Quote paragraphs handed over by a paragraph whose last sentence is about someone speaking ("she spoke for a minute
// without notes.", "Some lines from his remarks:"), and a possessor opening a paragraph as what it is about.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('"from his remarks:" hands the quote paragraphs after it to the speaker, one after another', () => {
  const text = [
    'Gov. Tobin Marsh spoke to donors in a back yard in Dayton on Saturday.',
    '',
    'Some lines from his remarks, as the pool heard them:',
    '',
    '"I have been to thirty states since July."',
    '',
    '"Ohio decides this thing. It always has."',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'I have been'), 'Tobin Marsh');
  assert.equal(speakerOf(text, 'Ohio decides'), 'Tobin Marsh');
});

test('a speaking sentence that ends its paragraph hands the next quote paragraph to its "she"', () => {
  const text = [
    'Sen. Ada Wren and her rival, Rep. Nora Pike, met in Reno on Tuesday night.',
    '',
    'The mood changed on the third question. Asked about her father, who ran a bakery for thirty years, Wren spoke ' +
      'for a minute without notes.',
    '',
    '"My father baked bread so I could go to school."',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'My father baked'), 'Ada Wren');
  // near miss: a sentence with no word of speech hands nothing over this way
  const silent = text.replace('Wren spoke for a minute without notes', 'Wren looked at the floor for a minute');
  assert.notEqual(speakerOf(silent, 'My father baked'), 'Ada Wren');
});

test('a possessor opening a paragraph is what it is about, unless its sentence names someone else', () => {
  const text = [
    '"We will see," said Mona Hesketh, the moderator.',
    '',
    'Lena Varga\'s best moment came late. "Nobody here will take a job that kills them," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'Nobody here'), 'Lena Varga');
  // near miss: "Varga's plan drew fire from Mona Hesketh": the paragraph is not about Varga alone
  const other = text.replace("Lena Varga's best moment came late.", "Lena Varga's plan drew fire from Mona Hesketh.");
  assert.notEqual(speakerOf(other, 'Nobody here'), 'Lena Varga');
});
