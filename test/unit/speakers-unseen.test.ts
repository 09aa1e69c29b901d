// Speaker resolution on news in styles the training articles lack (other countries, outlets, name patterns).
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('a pronoun after a person introduced in its own paragraph is that person, not the most quoted one before', () => {
  const text = [
    'Nurses walk out over pay',
    '',
    'Opposition Leader Mark Speakman said the government had broken its promise. "They promised a fix," Mr Speakman said. "It has not come," Mr Speakman added.',
    '',
    'At Westmead Hospital, emergency nurse Priya Venkataraman said she had worked three double shifts in a week. "I love this job but I cannot keep doing it," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"I love this job'), 'Priya Venkataraman');
  const business = [
    'Carmaker to cut jobs',
    '',
    '"We will fight for every job," said Benjamin Gruschka, head of the works council. Gruschka said staff were angry. "This is a betrayal," Gruschka said.',
    '',
    '"They have been losing money for years," said Matthias Schmidt, an analyst based in Hamburg. He said the firm needed to cut costs faster.',
    '',
  ].join('\n');
  assert.equal(speakerOf(business, 'the firm needed'), 'Matthias Schmidt');
});
