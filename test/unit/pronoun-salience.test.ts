// "She" when two women (or two men) are in play: the subject of the sentence before beats a name in an object, a
// prepositional phrase, a possessor or an apposition, and the speaker goes on unless a rival took the floor. Passages
// written for these tests, people fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { tokenize } from '../../src/core/entities/tokenize';
import { mentionRole, pronounRole } from '../../src/core/speakers/mentionRole';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

/** The role of the first mention of `name` in `sentence`. */
function roleIn(sentence: string, name: string, quoted = false): string {
  const tokens = tokenize(sentence).map((t) => ({ ...t, line: 0 }));
  const first = name.split(' ')[0];
  const from = tokens.findIndex((t) => t.text === first);
  return mentionRole(tokens, from, from + name.split(' ').length, quoted);
}

test('mentionRole: the role of a name read off the words around it', () => {
  assert.equal(roleIn('Ellen Park met Dana Whitlow on Monday.', 'Ellen Park'), 'subject');
  assert.equal(roleIn('Ellen Park met Dana Whitlow on Monday.', 'Dana Whitlow'), 'object');
  assert.equal(roleIn('On Monday, Ellen Park met the board.', 'Ellen Park'), 'subject');
  assert.equal(roleIn('The board met with Ellen Park.', 'Ellen Park'), 'oblique');
  assert.equal(roleIn("Ellen Park's plan failed.", 'Ellen Park'), 'possessor');
  assert.equal(roleIn('Her deputy, Dana Whitlow, objected.', 'Dana Whitlow'), 'appositive');
  assert.equal(roleIn('Mayor Ellen Park and Dana Whitlow objected.', 'Dana Whitlow'), 'conjunct');
  assert.equal(roleIn('Aides said that Dana Whitlow would run.', 'Dana Whitlow'), 'embedded');
  assert.equal(roleIn('"It is over," said Dana Whitlow.', 'Dana Whitlow'), 'subject');
  assert.equal(roleIn('"Ask Dana Whitlow," she said.', 'Dana Whitlow', true), 'quoted');
  assert.equal(pronounRole('she'), 'subject');
  assert.equal(pronounRole('his'), 'possessor');
});

test('"she" is the subject of the sentence before, not the woman met, questioned or named in apposition', () => {
  const met = [
    'Mayor Ellen Park met Councilwoman Dana Whitlow at City Hall on Monday to talk about the budget.',
    'Park left the meeting early. "We will not raise property taxes this year," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(met, 'We will not raise'), 'Ellen Park');
  const questioned = [
    'Judge Ruth Calder questioned the prosecutor, Anne Moretti, for most of the afternoon.',
    'Calder was not persuaded. "The state has not shown me a single witness," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(questioned, 'The state has not shown'), 'Ruth Calder');
  const rival = [
    'Governor Tom Albright spent the morning with his rival, Senator Paul Ostrander, at a hearing in the capital.',
    'Albright then flew to Dayton. "I have never seen a budget this thin," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(rival, 'I have never seen'), 'Tom Albright');
});

test('the speaker goes on when the other woman is only a possessor or follows a preposition', () => {
  const possessor = [
    '"The roads come first," Mayor Ellen Park said at a news conference on Monday.',
    "Her remarks drew a quick reply from Councilwoman Dana Whitlow's office, which called the plan vague.",
    '"Nobody in this city wants another year of potholes," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(possessor, 'Nobody in this city'), 'Ellen Park');
  const oblique = [
    '"We are ready for the storm," said Fire Chief Laura Benning on Tuesday.',
    'Crews had spent the night clearing drains for Deputy Chief Marta Kohl, who was on leave.',
    '"Every pump in the county is working," she added.',
  ].join('\n\n');
  assert.equal(speakerOf(oblique, 'Every pump in the county'), 'Laura Benning');
});

test('a woman named as the subject after the speaker takes the floor', () => {
  const text = [
    '"The roads come first," Mayor Ellen Park said at a news conference on Monday.',
    'Councilwoman Dana Whitlow, who chairs the budget committee, disagreed.',
    '"The mayor has had three years to fix the roads," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'The mayor has had'), 'Dana Whitlow');
});

test('a cue in a relative clause leaves the floor to the sentence\'s subject: "Lindell faced the media, which Halloran said …"', () => {
  const text = [
    'Keeper blamed for derby defeat',
    '',
    'Manager Declan Halloran backed goalkeeper Tom Lindell.',
    '',
    '"Tom has won us points all season," Halloran told his press conference.',
    '',
    "Lindell himself faced the media, which Halloran said was the player's own choice.",
    '',
    '"It\'s on me," he said.',
  ].join('\n');
  assert.equal(speakerOf(text, "It's on me"), 'Tom Lindell');
  // near miss: "said" in the main clause is Halloran's report, and the latest speaker goes on
  const reported = text.replace(
    "Lindell himself faced the media, which Halloran said was the player's own choice.",
    'Halloran said Lindell had asked to face the media himself.',
  );
  assert.equal(speakerOf(reported, "It's on me"), 'Declan Halloran');
});

test('a title before a met woman does not make her the subject the paragraph closes on', () => {
  const text = [
    'Board chair Ruth Alder met Superintendent Mia Cole on Tuesday to talk about the bus routes.',
    '"We will not move on this until every parent has had a say," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'We will not move'), 'Ruth Alder');
  // near miss: the titled woman opens the sentence, so she is its subject and the one who goes on
  const subject = text.replace(
    'Board chair Ruth Alder met Superintendent Mia Cole',
    'Superintendent Mia Cole met board chair Ruth Alder',
  );
  assert.equal(speakerOf(subject, 'We will not move'), 'Mia Cole');
});

test('the latest speaker who is also the subject the paragraph before closes on keeps "she"', () => {
  const text = [
    'Two candidates want the seat, Ann Grayson and Patricia Murphy.',
    '"This race is about schools," Murphy said at a forum on Monday.',
    '"We fund schools through property taxes," Grayson said on Tuesday. "The states would buy band uniforms."',
    'Murphy, who has been endorsed by the teachers unions, has made school funding her priority.',
    '"I have seen schools in this state with no textbooks," she said.',
    'Grayson was in Tampa on Wednesday. Murphy spent the day in Orlando, where she toured a school.',
    '"Teachers should not need a second job," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Teachers should not need'), 'Patricia Murphy');
  // near miss: the paragraph closes on the rival, who takes the floor
  const rival = text.replace(
    'Grayson was in Tampa on Wednesday. Murphy spent the day in Orlando, where she toured a school.',
    'Murphy toured a school in Orlando on Wednesday. Grayson spent the day in Tampa.',
  );
  assert.equal(speakerOf(rival, 'Teachers should not need'), 'Ann Grayson');
});

test('a paragraph closing on "She …" after a sentence about one woman hands her the floor', () => {
  const text = [
    'Governor Mia Cole and Senator Ruth Alder have fought over the bill for months.',
    '"It is a gift to lobbyists," Alder said in March.',
    '"The bill pays for itself," Cole said on Monday.',
    'Alder has not changed her mind. She has held three town halls against the bill.',
    '"It pays for nothing," she said.',
  ].join('\n\n');
  const quote = analyze(text).quotes.find((q) => q.text.includes('It pays for nothing'));
  assert.equal(quote?.speaker, 'Ruth Alder');
  assert.match(quote?.confidenceReason ?? '', /subject of the sentence before/);
  // near miss: "He" carries on no woman, and the chain is not read
  const he = analyze(text.replace('She has held', 'He has held')).quotes.find((q) =>
    q.text.includes('It pays for nothing'),
  );
  assert.doesNotMatch(he?.confidenceReason ?? '', /subject of the sentence before/);
});

test('a man asked a question in the paragraph before answers it: "X was asked whether …" ¶ "…," he said', () => {
  const text = [
    'Coach Martin Ebbesen blamed himself for the defeat. "We were flat from the first whistle," Ebbesen said.',
    'Ebbesen said he would start goalkeeper Tomas Kirchner again on Sunday. "He has earned it," he said.',
    'Before he left the rink, Kirchner was asked whether the loss had kept him awake.',
    '"Not for long," he said. "I was too tired to think about it."',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Not for long'), 'Tomas Kirchner');
  // near miss: the man who asks the question is the one who spoke, and the floor stays with the latest speaker
  const asking = text.replace('Kirchner was asked whether', 'Kirchner asked whether');
  const quote = analyze(asking).quotes.find((q) => q.text.includes('Not for long'));
  assert.doesNotMatch(quote?.confidenceReason ?? '', /subject of the sentence before/);
});

test('"Asked about X, she replied": the persons the question was about never answer it', () => {
  const text = [
    'Singer unsure of her vote',
    '',
    'The singer Maren Tolliver, 58, has campaigned for Senator Walt Gregson all year. "He is the only one who listens," Tolliver told a radio host on Monday.',
    '',
    'Asked about her vote if Governor Ada Brightwell wins the nomination instead, she replied: "I honestly do not know yet."',
  ].join('\n');
  assert.equal(speakerOf(text, '"I honestly'), 'Maren Tolliver');
  // near miss: the person named after the asked clause's comma is the one who answers ("Asked about X, Y said")
  const named = [
    'Singer unsure of her vote',
    '',
    'The singer Maren Tolliver has campaigned for Senator Walt Gregson all year.',
    '',
    'Asked on Tuesday about Tolliver, Governor Ada Brightwell said "I have never met her," she said.',
  ].join('\n');
  assert.equal(speakerOf(named, '"I have never'), 'Ada Brightwell');
});

test("a bare surname shared by two people is the one just named in full as the paragraph's subject", () => {
  const text = [
    'Husband and wife on the trail',
    '',
    '"She is the most qualified person I know," Ravi Okafor said of his wife at a rally on Monday.',
    '',
    'On Sunday, at a town hall in Derry, Amara Okafor rebuffed a heckler. "You are very rude," Okafor told him.',
  ].join('\n');
  assert.equal(speakerOf(text, '"You are very rude'), 'Amara Okafor');
  // near miss: a namesake named only in an apposition is not the one the surname means ("his grandmother, X,")
  const apposed = text.replace(
    'On Sunday, at a town hall in Derry, Amara Okafor rebuffed a heckler.',
    'He spoke of his mother, Amara Okafor, at length.',
  );
  assert.equal(speakerOf(apposed, '"You are very rude'), 'Ravi Okafor');
});

test('an unnamed speaker who asked a question is not the one whose answer follows', () => {
  const text = [
    'Mayor defends plan',
    '',
    'Mayor Tom Barker tried to draw a distinction on Monday, when a reporter asked if the plan meant he was breaking his pledge.',
    '',
    '"When I said no new taxes, people understood what I meant," he said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"When I said'), 'Tom Barker');
  // near miss: an unnamed speaker who said something (and asked only in an aside) goes on speaking
  const said = [
    'Mayor defends plan',
    '',
    'Mayor Tom Barker spoke on Monday. A retired teacher, who asked not to be named, said the plan was fine.',
    '',
    '"He is doing his best," she said.',
  ].join('\n');
  assert.match(speakerOf(said, '"He is doing') ?? '', /teacher/);
});
