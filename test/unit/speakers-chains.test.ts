// Speakers in long political stories: offices named by another word, short given names, appositive roles after a
// title, the state after a name, and the persons a description or pronoun takes up there. Passages written for these
// tests, people fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

test('"the congressman" is the person titled Representative, not the speaker of the paragraph before', () => {
  const text = [
    'Representative Bradley Kessler of Texas said his allies would vote against the bill.',
    'Speaker Thomas Rourke met the holdouts all afternoon. "We kept the government open," Rourke said.',
    'Kessler walked off the floor. "January is going to be a very different conversation," the congressman said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'January is going'), 'Bradley Kessler');
});

test('"the judge" is the one a superior court titles "Justice", not the witness she addresses', () => {
  const text = [
    'The second witness, the paramedic Owen Castlereagh, told the court he had arrived within eight minutes.',
    '"The patient was conscious but confused," Mr Castlereagh said.',
    'At one point Justice Helen Fairlie interrupted to ask the witness to slow down.',
    '"Slowly, please," the judge said. "The jury is taking notes."',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Slowly, please'), 'Helen Fairlie');
});

test('"the speaker" and "the comptroller" are the persons holding those offices', () => {
  const rourke = [
    'Speaker Thomas Rourke met the holdouts all afternoon.',
    'Representative Gordon Fairweather said he had changed his mind. "He gave me his word," Fairweather said.',
    'The fight will resume in January. "We bought ourselves six weeks," the speaker said.',
  ].join('\n\n');
  assert.equal(speakerOf(rourke, 'We bought ourselves'), 'Thomas Rourke');
  const ellison = [
    'Margaret Ellison, the comptroller of the currency, told the committee her agency had flagged the risks.',
    'Senator Rebecca Thornquist pressed her. "Your own inspector general says you are short," Thornquist said.',
    '"The inspector general\'s number is a fair one," the comptroller conceded.',
  ].join('\n\n');
  assert.equal(speakerOf(ellison, 'The inspector general'), 'Margaret Ellison');
});

test('a short given name is the person named in full ("Ray Castellano" is Raymond Castellano)', () => {
  const text = [
    'His opponent, former Governor Raymond Castellano, a Democrat, answered within hours.',
    'The campaign released a statement. "Ray Castellano had eight years to fix the economy," said Trevor Haines.',
    'The two men will debate next week. Castellano said he was looking forward to it.',
    '"I will be there, and I will bring the facts," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'I will be there'), 'Raymond Castellano');
});

test('an appositive role ends at its relative clause ("a businessman who …" is "the businessman")', () => {
  const text = [
    'Dennis Arkwright, a businessman who is funding his own campaign, stood at the end of the stage.',
    'Senator Kyle Brandvold said he wanted to hear from landowners. "I do not think we should decide tonight," Brandvold said.',
    '"That is a politician\'s answer," the businessman said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, "That is a politician's answer"), 'Dennis Arkwright');
});

test('an appositive after a title adds to it: "Senator X, a Democrat from Minnesota," is "the Minnesota Democrat"', () => {
  const text = [
    'Senator Rebecca Thornquist, a Democrat from Minnesota, pressed the witness on staffing.',
    'Senator Diane Marchetti of Idaho defended the agency. "Nobody here ran those banks," Marchetti said.',
    '"Then why did it take fourteen months?" the Minnesota Democrat asked.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Then why did it take'), 'Rebecca Thornquist');
});

test('"Governor X of Utah" is "the Utah governor", not the other governor who spoke last', () => {
  const text = [
    'Governor Brigham Stott of Utah and Governor Nathan Ellery of Colorado appeared together in Denver.',
    'Ellery said the plan relied on old figures. "They are using numbers from a wetter century," Ellery said.',
    'Stott nodded as Ellery spoke. "Nathan is exactly right," the Utah governor said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Nathan is exactly right'), 'Brigham Stott');
});

test('a narration sentence opening with a title makes its holder the paragraph subject for the next "he"', () => {
  const text = [
    'Attorney General Steven Lindgren spoke to supporters in a high school gym.',
    'He was introduced by Senator Gary Mattson. "Steve was the guy in the library at midnight," Mattson said.',
    'The attorney general joked that his wife would disagree. "She says I am the guy on the couch," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'She says I am'), 'Steven Lindgren');
});

test('"the Kentucky Republican" is the senator "of Kentucky" whose party the article never wrote', () => {
  const text = [
    'Senator Mitchell Corbin of Kentucky, who ran against Donald Dunmore in the primaries, has not endorsed him.',
    '"I have concerns," the Kentucky Republican said in an interview.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'I have concerns'), 'Mitchell Corbin');
});

test('two persons joined by "and" between a quote and its cue speak it together, a state after each name or not', () => {
  const withStates =
    '"This plan punishes the states that saved the most," Governor Nathan Ellery of Colorado and Governor Brigham ' +
    'Stott of Utah said in a joint statement.';
  assert.equal(speakerOf(withStates, 'This plan punishes'), 'Nathan Ellery and Brigham Stott');
  const plain = '"We will fight it," Governor Nathan Ellery and Governor Brigham Stott said on Monday.';
  assert.equal(speakerOf(plain, 'We will fight it'), 'Nathan Ellery and Brigham Stott');
});

test('"The senator, campaigning in Erie, returned …": a title with an aside also makes the paragraph subject', () => {
  const text = [
    'Representative Kevin Marsh faces Senator Phillip Gaines in November.',
    '"I have a lot of respect for him," Mr. Marsh said of the senator. "I just think he has been there too long."',
    'The senator, campaigning in Erie, returned the compliment. "Kevin is a nice young man," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Kevin is a nice young man'), 'Phillip Gaines');
});

test('a surname that is also a town ("Hollister") is the person named in full, unless written as a place', () => {
  const text = [
    'The House speaker, Representative Clay Hollister, has resisted the voucher plan.',
    'The Senate, led by Lieutenant Governor Randall Pryor, passed its version. "The Senate did its job," Pryor said.',
    'Hollister, asked about the remarks, shrugged. "Randall says that every session," he said.',
    'He was born in Hollister, a farm town.',
  ].join('\n\n');
  const a = analyze(text);
  assert.equal(speakerOf(text, 'Randall says'), 'Clay Hollister');
  const places = a.places.map((p) => text.slice(p.start, p.end));
  assert.ok(places.includes('Hollister'), places.join(', '));
});

test('"the billionaire told supporters" is the businessman the passage is about', () => {
  const text = [
    'Governor Warren Pike finished second behind the businessman Clifford Haines.',
    'Mr. Haines, who has never held office, thanked the voters of New Hampshire.',
    '"We are going to win so much, you are going to get tired of winning," the billionaire told supporters.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'We are going to win'), 'Clifford Haines');
});

test('a role written before the name in apposition is the person\'s: "The committee\'s chairman, Senator X," is "the chairman"', () => {
  const text = [
    "The committee's chairman, Senator Grady Lomax of Iowa, opened the hearing.",
    'Senator Ted Marchand of Texas defended the nominee. "This is a good man," Marchand said.',
    'The hearing continues on Wednesday. "We will give every senator a chance," the chairman said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'We will give every senator'), 'Grady Lomax');
});

test('"the ranking Democrat, Senator X, said" is X, and so is her "she" after, not a speaker named "Democrat"', () => {
  const text = [
    'Judge Samuel Okafor told senators he would be independent.',
    'The chairman, Senator Grady Lomax of Iowa, praised him. "No one is better prepared," the Iowa Republican said.',
    'But the ranking Democrat, Senator Dianne Whitford of California, said she had concerns. She noted two meetings.',
    '"What did the president ask you in those meetings?" she asked him.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'What did the president ask'), 'Dianne Whitford');
});

test('"Mr. Lindquist" is the man of that surname, not his sister-in-law named after him', () => {
  const text = [
    'Gary Lindquist, 64, is running for mayor against his brother-in-law.',
    'His wife, Carol Lindquist, has tried to stay out of it. "Our mother would have been heartbroken," she said.',
    'Mr. Lindquist said he wanted the feud to end. Asked whether he would call the mayor if he lost, he hesitated.',
    '"I would," he said finally.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'I would'), 'Gary Lindquist');
});

test('kin given before a name ("his nephew, Travis Hoffman") is who "the nephew" is later', () => {
  const intro = [
    'Lindquist says the mayor steered a sewer contract to a company owned by his nephew, Travis Hoffman.',
    '"I said the contract should have been bid," Gary Lindquist said.',
  ];
  const subject = [
    ...intro,
    'The nephew, reached at his office in Wooster, said it was awarded properly. "We were the lowest bid," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(subject, 'We were the lowest bid'), 'Travis Hoffman');
  const speaker = [...intro, '"We were the lowest bid," the nephew said.'].join('\n\n');
  assert.equal(speakerOf(speaker, 'We were the lowest bid'), 'Travis Hoffman');
});

test('"the Jamisons said" is the family named earlier, speaking together', () => {
  const text = [
    'Ranchers Curtis Jamison and Loretta Jamison drove four hours to attend the news conference.',
    'Governor Nathan Ellery spoke first. "We will fight it," Ellery said.',
    '"We have been cutting back for three years," the Jamisons said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'We have been cutting back'), 'Curtis Jamison and Loretta Jamison');
});
