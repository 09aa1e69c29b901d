// A quote with no speaker of its own whose words the article quotes elsewhere with one (a headline, a pull quote).
// Every article here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const harbour = [
  "'The harbour is not dying, it is being starved': the last ferry crews of Porthallow",
  '',
  'In a cold shed above the slipway, Tamsin Rowe is splicing rope.',
  '',
  "'People say the harbour is finished,' she says. 'The harbour is not dying, it is being starved.'",
  '',
].join('\n');

test('a headline repeating a quote of the body is the same speaker, shown as less certain', () => {
  const quotes = analyze(harbour).quotes;
  const headline = quotes.find((q) => q.start === 0);
  const body = quotes.find((q) => q.text.startsWith("'People say"));
  assert.equal(body?.speaker, 'Tamsin Rowe');
  assert.equal(headline?.speaker, 'Tamsin Rowe');
  assert.ok((headline?.confidence ?? 1) < (body?.confidence ?? 0), 'a repeat is less sure than its source');
  assert.match(headline?.confidenceReason ?? '', /same words/);
});

test('a few words in common are no repeat', () => {
  const text = ["'We will win': rally in Porthallow", '', "Tamsin Rowe said: 'We will win the vote.'", ''].join('\n');
  const headline = analyze(text).quotes.find((q) => q.start === 0);
  assert.notEqual(headline?.speaker, 'Tamsin Rowe');
});

// Rule "display quote": a headline or subheading (a short line without a full stop) guesses from its own line ("says
// grand chief" taken as the lede's woman; a subheading taking the latest speaker); the body quoting the same words
// with a cue decides.
const welfare = [
  "'Our kids belong at home,' says grand chief as welfare bill nears passage",
  '',
  'Marlene Cook still keeps the letter that sent her to a family in Ohio.',
  '',
  '"They called it care," says Cook, who now works with families in her community.',
  '',
  'A federal bill would let First Nations pass their own child welfare laws.',
  '',
  '"Our kids belong at home. They always have," Grand Chief Dale Kakegamic told reporters on Tuesday.',
  '',
  "'Nobody sleeps on this street'",
  '',
  "Cook's neighbour, Colette Marsh, runs the band office.",
  '',
  '"Nobody sleeps on this street any more," Marsh said. "Not since the letters came."',
  '',
].join('\n');

test('a headline or subheading quote takes the speaker of the body quote repeating it, over its own guess', () => {
  const quotes = analyze(welfare).quotes;
  assert.equal(quotes.find((q) => q.text.startsWith("'Our kids"))?.speaker, 'Dale Kakegamic');
  assert.equal(quotes.find((q) => q.text.startsWith("'Nobody sleeps"))?.speaker, 'Colette Marsh');
});
