// "He said" after a sentence whose subject is a new speaker: the one in the main clause, not a person named only in
// an opening clause or phrase ("When Mr. Hale …, Ms. Ruiz objected"). Passages written for these tests, people
// fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { tokenize } from '../../src/core/entities/tokenize';
import { mentionRole } from '../../src/core/speakers/mentionRole';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

/** The speaker of the first quote, direct or reported, holding `words`. */
const anySpeakerOf = (text: string, words: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(words))?.speaker;

/** The role of the first mention of `name` in `sentence`. */
function roleIn(sentence: string, name: string): string {
  const tokens = tokenize(sentence).map((t) => ({ ...t, line: 0 }));
  const first = name.split(' ')[0];
  const from = tokens.findIndex((t) => t.text === first);
  return mentionRole(tokens, from, from + name.split(' ').length, false);
}

test('a capitalized word opening the sentence is no title: a name after "When" or "In" is not its subject', () => {
  assert.equal(roleIn('When Mr. Varga objected, the board adjourned.', 'Varga'), 'embedded');
  assert.equal(roleIn('In Mr. Varga’s view, the board erred.', 'Varga'), 'possessor');
  assert.equal(roleIn('After Tom Varga left, the board adjourned.', 'Tom Varga'), 'embedded');
  // near miss: a real title before the name still opens the sentence
  assert.equal(roleIn('Councilman Tom Varga objected.', 'Tom Varga'), 'subject');
});

test('"Varga\'s been" is Varga as a subject ("has"), "Varga\'s plan" a possessor', () => {
  assert.equal(roleIn("Varga's been making the case for weeks.", 'Varga'), 'subject');
  assert.equal(roleIn("Varga's plan failed.", 'Varga'), 'possessor');
  const been = [
    'The fangs came out early in the debate, where Tom Varga lit into Ed Lund for repeating the same speech.',
    'Varga\'s been making the case for weeks that Lund is not ready. "You have never had to make a hard call," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(been, 'You have never had'), 'Tom Varga');
});

test('a name modifying the office of the next name is a possessor: "Varga spokesman Ed Lund"', () => {
  assert.equal(roleIn('Varga spokesman Ed Lund declined to comment.', 'Varga'), 'possessor');
  assert.equal(roleIn('Varga campaign manager Ed Lund declined to comment.', 'Varga'), 'possessor');
  // near misses: a name before a verb or a plain noun
  assert.equal(roleIn('Varga met Ed Lund.', 'Varga'), 'subject');
  assert.equal(roleIn('Varga supporters cheered Ed Lund.', 'Varga'), 'subject');
});

test('"he" after "Varga spokesman Ed Lund would not say" is Lund, not Varga', () => {
  const spokesman = [
    'Senator Tom Varga has held up the nominees for months, and the committee has no vote on its calendar.',
    'Varga spokesman Ed Lund would not say when, or if, the committee will vote on the nominees.',
    '"I have no new announcements yet," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(spokesman, 'I have no new'), 'Ed Lund');
  const continued = [
    '"She is clearly experienced," Varga campaign manager Ed Lund said in an interview on Monday.',
    '"But experience is not enough at the end of the day," he continued.',
  ].join('\n\n');
  assert.equal(speakerOf(continued, 'But experience'), 'Ed Lund');
});

test('"he" after "When X …, Y objected." is Y, the main clause subject, not X or the speaker before', () => {
  const when = [
    '"We cannot cut the bus routes again," Mayor Paul Drummond said at the council meeting on Monday.',
    'When Mr. Drummond tried to defend his plan to close two fire stations in the spring, Councilman Tom Varga objected.',
    '"Nobody on this council voted for fewer firefighters," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(when, 'Nobody on this council'), 'Tom Varga');
  const filling = [
    '"The numbers speak for themselves," said Paul Drummond, the mayor.',
    'Filling in for Drummond at a forum where the budget was debated on Sunday, Tom Varga took a sharper line.',
    '"This budget is a promise nobody intends to keep," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(filling, 'This budget is a promise'), 'Tom Varga');
});

test('near miss: with no one named after the opener, "he" goes on with the speaker', () => {
  const none = [
    '"We cannot cut the bus routes again," Mayor Paul Drummond said at the council meeting on Monday.',
    'When Councilman Tom Varga tried to change the subject to the fire stations, the room grew quiet.',
    '"Let us finish the bus routes first," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(none, 'Let us finish'), 'Paul Drummond');
});

test("\"questioned Hale's logic\" asks no one: the answer after it is the questioner's, not Hale's", () => {
  const logic = [
    '"We will keep bombing until they quit," Governor Dale Hartigan said on Monday.',
    "Paul Whitcombe, a former defense adviser, also questioned Hartigan's logic.",
    '"Bombing has nothing to do with what happens here," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(logic, 'Bombing has nothing'), 'Paul Whitcombe');
  // near miss: the one questioned himself answers
  const asked = [
    '"The budget is balanced," Mayor Ann Colby said on Monday.',
    'Councilman Paul Whitcombe later questioned Dale Hartigan, the city treasurer, about the shortfall.',
    '"We found the money in the reserve fund," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(asked, 'We found the money'), 'Dale Hartigan');
});

test('"he" inside the sentence whose subject is a new man is that man, not the paragraph\'s first', () => {
  const own = [
    'Senator Tom Varga has led the field for weeks. Governor Ed Lund is airing a new ad in which he declares, ' +
      '"Our purpose is to serve the people of this state."',
  ].join('\n\n');
  assert.equal(speakerOf(own, 'Our purpose is'), 'Ed Lund');
});

test('near misses: a name after "that" or a parenthetical "X, she said," is not the sentence subject', () => {
  const that = [
    '"We stay in the race," Senator Tom Varga said on Monday.',
    'He declared that as long as the field stayed divided, Ed Lund would win, which he called "a disaster."',
  ].join('\n\n');
  assert.equal(anySpeakerOf(that, 'a disaster'), 'Tom Varga');
  const aside = [
    '"We held our noses," Senator Ann Colby said on Monday.',
    'Rep. Rita Moss voted against the plan. Colby, she said, had "found a costly way to be reasonable."',
  ].join('\n\n');
  assert.equal(anySpeakerOf(aside, 'found a costly way'), 'Rita Moss');
});

test('a quoted fragment closing the sentence before with its own full stop still ends that sentence', () => {
  const text = [
    'In a clip that Judge Owen Pask called "distasteful," Ray Dunmore vowed to fight.',
    '',
    'Defence lawyer Carl Ibbotson said the clip should not be taken literally: the words were those of a "radio host," ' +
      'a "showman" and a "web reporter." Pask read the clip differently: "When he says he will die free, I do not ' +
      'take that as a joke," he said.',
  ].join('\n');
  assert.equal(speakerOf(text, 'When he says'), 'Owen Pask');
});

test('a subject after opening connectives ("And even Hale tried …") closes the paragraph before a pronoun quote', () => {
  const text = [
    'Premier Owen Marsh spoke first. "We are partners," Marsh said.',
    '',
    'Reporters put questions to all three leaders.',
    '',
    'The leaders were careful. Both Carl Dyson and Ivo Brandt promised to work with whoever won. And even Marsh ' +
      'tried to help them off the hook, noting that he would demur too.',
    '',
    '"When I visit other countries, it is not my job to comment on candidates," he said.',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.includes('When I visit'));
  assert.equal(q?.speaker, 'Owen Marsh');
  assert.match(q?.confidenceReason ?? '', /subject of the sentence before/);
});
