// Speakers found through the shape of the clause around the cue: long subjects, asides, coordinated verbs.
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quoteOf = (text: string, start: string) => analyze(text).quotes.find((q) => q.text.startsWith(start));
const speakerOf = (text: string, start: string): string | null | undefined => quoteOf(text, start)?.speaker;

test('a description read from the quote to the cue is the speaker, even when it ends in a name', () => {
  const text = '"The facts have not changed," a spokeswoman for committee Republicans said.';
  assert.equal(speakerOf(text, '"The facts'), 'a spokeswoman for committee Republicans');
  // a quote that ends its sentence is followed by a new sentence, not by its speaker
  const next = 'Pell said, "We will see." The senator then recalled a trip to Laredo.';
  assert.notEqual(speakerOf(next, '"We will see'), 'the senator then');
});

test('a town and its state before a relative clause stay in the appositive', () => {
  const text =
    'Rhoda Fenn spoke first. "Neither of them speaks for me," Arlo Quist, 41, of Dayton, Ohio, who answered the survey, said in a follow-up call.';
  const q = quoteOf(text, '"Neither of them');
  assert.equal(q?.kind, 'direct');
  assert.equal(q?.speaker, 'Arlo Quist');
});

test('adjectives in a row before the noun are one description', () => {
  const text = '"We walked all night," a tall, bearded man said at the border post.';
  assert.equal(speakerOf(text, '"We walked'), 'a tall, bearded man');
});

test('a verb-like word after a possessive is a noun in a description', () => {
  const text = 'A source familiar with Mendez’s thinking said, “He will not run again.”';
  assert.equal(speakerOf(text, '“He will not'), 'a source familiar with Mendez’s thinking');
});

test('a second verb after "then" shares the subject of the first', () => {
  const rally = 'Cora Lindqvist waved the crowd quiet, then leaned in and bellowed: “We win in November.”';
  assert.equal(speakerOf(rally, '“We win'), 'Cora Lindqvist');
  const short = 'Cora Lindqvist paused, then said: “Not today.”';
  assert.equal(speakerOf(short, '“Not today'), 'Cora Lindqvist');
});

test('a subject with an appositive keeps its second verb: "X, 70, said … but added"', () => {
  const text =
    'Speaking at the party office Monday, Mira Halvorsen, 70, said it was too soon to celebrate but added, "I think you all know the result."';
  assert.equal(speakerOf(text, '"I think you all'), 'Mira Halvorsen');
});

test('connectives opening a sentence do not hide its subject from a participle', () => {
  const text = 'Dario Venn posted twice. And then Venn went on the attack, saying, "Will the mayor finally resign?"';
  assert.equal(speakerOf(text, '"Will the mayor'), 'Dario Venn');
  // "and that X's aides were" opens a reported clause, not a subject of its own
  const reported =
    'Friday, Venn told the Courier that Hale was not "willing to debate" and that Hale’s aides were "dragging their feet."';
  assert.notEqual(speakerOf(reported, '"dragging'), 'that Hale’s aides');
});

test('after a quote a colon introduced, a capitalized "Her critics …" opens the next sentence', () => {
  const text = 'Mendez, visibly tired, finally answered: "What does it matter now?" Her critics seized on the line.';
  assert.equal(speakerOf(text, '"What does it matter'), 'Mendez');
});

test('a text in a relative clause speaks: "released a video that said"', () => {
  const text = 'The academy released a promotional video that said, "Every teacher here is handpicked."';
  assert.equal(speakerOf(text, '"Every teacher'), 'a promotional video');
});

test('a headline\'s "as mayor says" opens a second report, given to the mayor the article names', () => {
  const text = [
    "Minister defends closing rural clinic as mayor says town has been 'abandoned'",
    '',
    'Health Minister Carl Oduya has defended the decision to close the clinic in Tarrow, saying it "saw too few patients".',
    '',
    "Tarrow Mayor Joan Pike says her town has been 'abandoned' by the government.",
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'town has been'), 'Joan Pike');
  assert.equal(speakerOf(text, 'closing rural clinic'), 'Carl Oduya');
});

test('a report with nothing said but where ("said in a statement.") hands its content to the quote after it', () => {
  const lau =
    'The party reacted within the hour. Ines Mora, the communications director for the party said in a statement. "There are no paper ballots to recount."';
  assert.equal(speakerOf(lau, '"There are no paper'), 'Ines Mora');
  const issued = 'The council released a short statement on Monday. "We will appeal the ruling."';
  assert.equal(speakerOf(issued, '"We will appeal'), 'the council');
  // a sentence about something else introduces nothing
  const ran = 'Ines Mora ran a marathon on Sunday. "We will appeal the ruling."';
  assert.notEqual(quoteOf(ran, '"We will appeal')?.cue?.text, 'ran');
});

test('a participle after a text\'s noun is no cue: "a statement posted on X" hands no quote to the statement', () => {
  const text =
    'Tern Air cancelled 300 flights on Monday.\n\n"We apologize to our customers," the airline said in a statement posted on X. "Our teams are working around the clock."';
  assert.equal(speakerOf(text, '"Our teams'), 'Tern Air');
});

test('an appositive headed by a body\'s noun makes the name a body, and "they" then goes on with it', () => {
  const text = [
    'Brook Watch, a pressure group, said the fine was too small. "The directors should pay," the group said.',
    '',
    'Clear Waters Alba, a coalition of angling and wildlife groups, said its volunteers had logged the spills for years. "We told them again and again," they said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"We told them'), 'Clear Waters Alba');
  // a person's appositive stays a person's: "a party activist" is someone
  const activist = 'Mara Vidal, a party activist, said the vote was rigged. "It was a farce," she said.';
  assert.equal(speakerOf(activist, '"It was a farce'), 'Mara Vidal');
});

test('"which" after a name takes up a body: "Tarn Rail, which owns the track, said … “…,” it said"', () => {
  const text = [
    'The transport ministry said it was watching the operator. "Passengers deserve better," a ministry spokesperson said.',
    '',
    'Tarn Rail, which owns the track, said repairs would end in October. "Our engineers are working around the clock," it said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"Our engineers'), 'Tarn Rail');
});

test('"the authors" of a study go on with the researchers a sentence named; "the GOP leaders" are not "Democratic leaders"', () => {
  const study = [
    'Nurses who work nights are more likely to develop diabetes, according to a study published on Thursday.',
    '',
    'Researchers at the University of Elmbridge followed 60,000 nurses for 18 years.',
    '',
    '"Our findings suggest that the body clock matters," the authors wrote.',
    '',
  ].join('\n');
  assert.equal(speakerOf(study, '"Our findings'), 'researchers at the University of Elmbridge');
  const leaders =
    'Democratic leaders in Congress oppose the tax. The GOP leaders have signaled their support, saying "the delay is fair."';
  assert.notEqual(speakerOf(leaders, 'the delay'), 'Democratic leaders in Congress');
});

test('"Some aggrieved stakeholders of the party" are the speakers, not the party', () => {
  const text =
    'Some aggrieved stakeholders of the Unity Party in Kano State have insisted that the congresses be cancelled, claiming that the exercise was "a sham from start to finish".';
  const q = analyze(text).quotes.find((x) => x.cue?.text === 'claiming');
  assert.match(q?.speaker ?? '', /stakeholders of the Unity Party/);
});

test('a bare verb form after a preposition or particle is a noun, not the cue of a quote', () => {
  const text =
    '“Maps matter,” said Odile Brandt, explaining she worked with Ravi Tamm, who spent a year cleaning up state voter files for the party: “Ravi is superb with data.”';
  assert.equal(speakerOf(text, '“Ravi is superb'), 'Odile Brandt');
  // after "to" the bare form is an infinitive and still a cue
  const infinitive = 'Mara Quell rose to say: “The count will take a week.”';
  assert.equal(speakerOf(infinitive, '“The count'), 'Mara Quell');
});

test('a possessed agent noun before a name in apposition makes the name the subject, and a company noun a company', () => {
  const text =
    'The vaccine’s maker, Velmora, said it would apply for approval in June. “We are confident in the data,” the company said.';
  const a = analyze(text);
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker, 'Velmora');
  assert.equal(a.speakers.find((s) => s.name === 'Velmora')?.type, 'organization');
  assert.equal(speakerOf(text, '“We are confident'), 'Velmora');
  // a known given name after the company noun stays a person
  const person = 'The bank’s developer, Tom Hale, said it would apply for approval.';
  assert.equal(analyze(person).speakers.find((s) => s.name === 'Tom Hale')?.type, 'person');
  // a time phrase is an adverbial, not a description
  const time = 'The next morning, Velmora said it would apply for approval.';
  assert.notEqual(analyze(time).speakers.find((s) => s.name === 'Velmora')?.role, 'The next morning');
});
