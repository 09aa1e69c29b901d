// A new person brought in by their tie to someone ("His neighbour, Mr X, disagreed.", "Her sister-in-law, Mrs X,
// added that …") takes the floor: the pronoun after goes on with them, not with the person who spoke before. Every
// sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakers = (text: string): Array<string | null> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

test('"His neighbour, Mr X, disagreed. He said …": the honorific does not hide the apposition', () => {
  const text =
    'Mr Tonderai Masvingo, a tobacco grower from Mvurwi, said he would plant again this year.\n\n' +
    '"Tobacco pays if the rains come," he said. His neighbour, Mr Kudzai Tavengwa, disagreed. He said he would ' +
    'switch to soya beans.\n\n' +
    '"I have not been paid for my last crop," he said.';
  assert.deepEqual(speakers(text), ['Tonderai Masvingo', 'Kudzai Tavengwa']);
});

test('"Her sister-in-law, Mrs X, added that …" names a woman who then speaks', () => {
  const text =
    'Market vendor Mrs Losana Tikoisuva, 61, said the cyclone had flattened her stall.\n\n' +
    '"We lost the roof and the tables," Mrs Tikoisuva said. Her sister-in-law, Mrs Vika Nabou Delai, added that ' +
    'the stock had been ruined as well.\n\n' +
    '"Every mat we wove this year is wet," she said.';
  assert.deepEqual(speakers(text), ['Losana Tikoisuva', 'Vika Nabou Delai']);
});

test("the paragraph closing on a new speaker's reported words hands the next quote to her", () => {
  const text =
    "Village women's group leader Mrs Seini Raqona, 58, said the king tide had destroyed the gardens.\n\n" +
    '"We lost our cassava and our dalo," Mrs Raqona said. Her cousin, Mrs Ana Vuki, added that salt water had ' +
    'reached the well.\n\n' +
    '"We wait for the water truck now," she said.';
  assert.deepEqual(speakers(text), ['Seini Raqona', 'Ana Vuki']);
});

test('near miss: a question closing the paragraph hands the floor to no asker', () => {
  const text =
    'Traveling press secretary Dana Ruelle declined to say how much the dinner raised.\n\n' +
    'Ruelle also said Hale would tour two plants on Friday and would not take questions from the traveling press ' +
    'today. Pool asked whether he would hold a briefing in Toledo this week.\n\n' +
    '"I think you will see him plenty," she said.';
  assert.equal(speakers(text).at(-1), 'Dana Ruelle');
});
