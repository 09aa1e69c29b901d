// Southern and West African papers call a chief "the traditional leader" once he is named ("Chief Nyati welcomed the
// plan. … said the traditional leader"): the description is the chief, not another official with a "head" title.
// Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const last = (text: string): string | null | undefined =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .at(-1)?.speaker;

test('"said the traditional leader" after a chief is named: the chief', () => {
  const text =
    'District water head, Mr Tawanda Chimombe, said two boreholes had been drilled.\n\n' +
    '"The pumps arrive next week," he said.\n\n' +
    'Chief Farai Mushonga welcomed the boreholes but asked for a third one.\n\n' +
    '"Our cattle walk ten kilometres to drink," said the traditional leader.';
  assert.equal(last(text), 'Farai Mushonga');
});

test('near miss: "the leader" with no chief named is still the head named before', () => {
  const text =
    'District water head, Mr Tawanda Chimombe, said two boreholes had been drilled.\n\n' +
    'Mrs Rudo Mapfumo, a teacher, welcomed the news.\n\n' +
    '"The pumps arrive next week," said the district leader.';
  assert.equal(last(text), 'Tawanda Chimombe');
});
