// "He" and "she" by salience: who holds the floor when a quote follows. Every passage is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('a name in apposition to the phrase opening the sentence before takes the floor', () => {
  const her =
    'Senator Karen Voss met the protesters on Friday. "They deserve answers," Voss said. Her opponent, Linda Marsh, was not invited. "I was shut out," she said.';
  assert.equal(speakerOf(her, '"I was shut out'), 'Linda Marsh');
  const his =
    'Senator Karl Voss met the protesters on Friday. "They deserve answers," Voss said. His opponent, Liam Marsh, was not invited. "I was shut out," he said.';
  assert.equal(speakerOf(his, '"I was shut out'), 'Liam Marsh');
});

test('an object or a person thanked does not take the floor from the one who spoke', () => {
  const thanked =
    'Gov. Maria Delgado signed the bill on Monday. "We waited years," Delgado said.\n\nDelgado thanked state Sen. Ruth Ortiz for her work on it. "Without her, nothing," she said.';
  assert.equal(speakerOf(thanked, '"Without her'), 'Maria Delgado');
  const told =
    'Gov. Maria Delgado signed the bill on Monday. Delgado told Sen. Ruth Ortiz that the state would pay. "We will find the money," she said.';
  assert.equal(speakerOf(told, '"We will find'), 'Maria Delgado');
});

test('the subject of the sentence right before the quote, when it is someone new, takes the floor', () => {
  const text =
    'Sen. Ruth Ortiz said the bill was late. Gov. Maria Delgado disagreed. "We moved as fast as we could," she said.';
  assert.equal(speakerOf(text, '"We moved'), 'Maria Delgado');
});

test('a description opening the sentence after a scene-setting phrase holds the floor ("Back at the farm, the diplomat …")', () => {
  const text = [
    'Former Secretary of State Eleanor Ashby is weighing a Senate bid. "I have not decided," Ashby said.',
    '',
    'Lieutenant Governor Miriam Castell, a former state senator, is already running. "I am running," the lieutenant governor said.',
    '',
    'Back at the farmhouse, the former diplomat walked a reporter to the edge of her pasture. "In Washington, I worried about wars," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"In Washington'), 'Eleanor Ashby');
});

test("the person a pronoun's own verb addresses is not its antecedent", () => {
  const text =
    'Rhea Lund and Ivana Sorel met at the depot on Monday. Sorel said the route would close in June.\n\n"I disagree," she told Sorel. "The riders need it."';
  assert.equal(speakerOf(text, '"I disagree'), 'Rhea Lund');
  // told someone else: the latest speaker keeps the floor
  const other = text.replace('she told Sorel', 'she told reporters');
  assert.equal(speakerOf(other, '"I disagree'), 'Ivana Sorel');
});

test('"apologized but said her office …" reports speech, so its subject is the latest speaker for "she"', () => {
  const text =
    'Judge Tamsin Okafor told deputy prosecutor Greta Vilde that she was weighing sanctions. Vilde apologized but said her office had acted in good faith.\n\n"I take full responsibility," she told the judge.';
  const reported = analyze(text).quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('her office'));
  assert.equal(reported?.speaker, 'Greta Vilde');
  assert.equal(speakerOf(text, '"I take full'), 'Greta Vilde');
});

test('"his office said" closing a sentence is the office of the person the sentence opens with', () => {
  const text =
    'Premier Aldo Ferrante and his rival Marco Bianchi traded barbs over the port. Later, Governor Tomas Reyna tested positive, his office said.';
  const q = analyze(text).quotes.find((x) => x.kind === 'indirect' && x.text.includes('tested positive'));
  assert.equal(q?.speaker, "Tomas Reyna's office");
  // the subject, not the object: "Ferrante met Bianchi …, his office said" is Ferrante's office
  const met = 'Premier Aldo Ferrante met Marco Bianchi in Genoa on Monday, his office said.';
  assert.equal(analyze(met).quotes.find((x) => x.kind === 'indirect')?.speaker, "Aldo Ferrante's office");
});
