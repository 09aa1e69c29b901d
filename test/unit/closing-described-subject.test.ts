// Who a paragraph ends on, for the pronoun or demonym of the next quote: a closing sentence opening with a role its
// person holds ("The director rejected that flatly."), and one whose cue is only a participle ("… a chart showing
// that …"). Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, opens: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(opens))?.speaker;

const hearing = (closing: string): string =>
  [
    'The panel chairwoman, Sen. Wilhelmina Corcoran, opened the hearing.',
    '"We want dates today," Corcoran said.',
    'Marisela Pottinger, the director of the permits office, said most grants would be paid by June. Corcoran asked her to confirm that in writing.',
    `Later, Sen. Ambrose Keel of Ohio accused the office of delays. ${closing}`,
    '"That is simply wrong, Senator," she said.',
  ].join('\n\n');

test('a closing sentence opening with a role hands the floor to the one who holds it', () => {
  assert.equal(speakerOf(hearing('The director rejected that flatly.'), 'simply wrong'), 'Marisela Pottinger');
});

test('near miss: a closing sentence about no one leaves the latest speaker', () => {
  assert.equal(speakerOf(hearing('The room went quiet.'), 'simply wrong'), 'Wilhelmina Corcoran');
});

test('a participle cue in the closing sentence does not hide its subject', () => {
  const text = [
    'Sen. Wilhelmina Corcoran spoke first. "We want dates today," Corcoran said.',
    'Sen. Ambrose Keel, a Republican from Ohio, held up a chart his staff had drawn showing that most grants went to cities.',
    '"Then explain this," the Ohioan said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'explain this'), 'Ambrose Keel');
});
