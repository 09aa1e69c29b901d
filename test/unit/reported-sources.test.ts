// Reported speech, round 2: documents as sources, quantities as subjects, passive questions, quoted fragments that
// close the content, and where the content stops. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Quote } from '../../src/core/types';

const reported = (text: string): Quote[] => analyze(text).quotes.filter((q) => q.kind === 'indirect');
const brief = (q: Quote): [string, string | null, string | undefined] => [
  q.text,
  q.speakerMention?.text ?? null,
  q.cue?.text,
];

test('a document with a modifier after its noun is a source', () => {
  assert.deepEqual(
    reported('A survey released Tuesday showed the mayor trailing her rival by six points.').map(brief),
    [['the mayor trailing her rival by six points', 'A survey released Tuesday', 'showed']],
  );
  assert.deepEqual(
    reported('A 2012 study by the river trust found that the dams had cut salmon runs in half.').map(brief),
    [['the dams had cut salmon runs in half', 'A 2012 study by the river trust', 'found']],
  );
  // a relative clause holds its own verb: the poll is not the subject of the sentence's report
  assert.deepEqual(reported('The poll that showed her ahead was taken in May.'), []);
});

test('a quantity opens the subject: "some of", "six in 10", "more than half of"', () => {
  assert.deepEqual(reported('Some of Ortega’s oldest allies said they would not back the toll.').map(brief), [
    ['they would not back the toll', 'Some of Ortega’s oldest allies', 'said'],
  ]);
  assert.equal(
    reported('Six in 10 farmers say the new rules are too strict.')[0]?.speakerMention?.text,
    'Six in 10 farmers',
  );
  assert.equal(
    reported('More than half of the nurses said they had worked unpaid hours.')[0]?.speakerMention?.text,
    'More than half of the nurses',
  );
  assert.equal(
    reported('Aides to Ortega say he will sign the bill this week.')[0]?.speakerMention?.text,
    'Aides to Ortega',
  );
});

test('"said her …" opens the content with a possessive, "told her" keeps its object', () => {
  assert.equal(
    reported('Mayor Lena Park said her office would release the audit on Friday.')[0]?.text,
    'her office would release the audit on Friday',
  );
  assert.equal(reported('Still, even Mr. Varga says there is good reason to wait.')[0]?.speaker, 'Varga');
});

test('a quoted fragment ending on a comma closes the content of a trailing attribution', () => {
  assert.deepEqual(reported('The council is “moving far too slowly,” Ortega said.').map(brief), [
    ['The council is “moving far too slowly,”', 'Ortega', 'said'],
  ]);
  assert.deepEqual(reported('The plan is a “costly mistake,” said Dana Holt, a county commissioner.').map(brief), [
    ['The plan is a “costly mistake,”', 'Dana Holt', 'said'],
  ]);
});

test('a passive question is the content of "asked", with the asker when named', () => {
  assert.deepEqual(
    reported('Asked whether she would run again, Mayor Lena Park said she had not decided.').map(brief),
    [
      ['whether she would run again', null, 'Asked'],
      ['she had not decided', 'Mayor Lena Park', 'said'],
    ],
  );
  assert.deepEqual(reported('When asked about the closing of the plant, the governor smiled.').map(brief), [
    ['the closing of the plant', null, 'asked'],
  ]);
  assert.deepEqual(reported('Asked by a reporter if the deal was dead, Varga shook his head.').map(brief), [
    ['if the deal was dead', 'a reporter', 'Asked'],
  ]);
  // "asked" with its own subject stays an ordinary report
  assert.equal(reported('Judge Ana Ortega asked whether the witness had been paid.')[0]?.speaker, 'Ana Ortega');
});

test('the content stops where the writer comments on it', () => {
  assert.equal(
    reported('Ortega said the plant would close in June, which surprised the union.')[0]?.text,
    'the plant would close in June',
  );
  assert.equal(
    reported('Park said the budget was balanced, however the auditors have not signed it.')[0]?.text,
    'the budget was balanced',
  );
  assert.equal(
    reported('Park said the road would reopen soon, even though no date was set.')[0]?.text,
    'the road would reopen soon',
  );
});

test('a speech verb whose subject cannot be read still reports, with the sentence subject or no speaker', () => {
  const [q] = reported(
    'Mr. Ortega, who has chaired the transit panel since the flood of 2009 and was twice its treasurer, said the bridge would reopen in May.',
  );
  assert.equal(q?.text, 'the bridge would reopen in May');
  assert.equal(q?.speaker, 'Ortega');
  const [r] = reported('Let me just say the bridge was never safe.');
  assert.equal(r?.text, 'the bridge was never safe');
  assert.equal(r?.speaker, null);
  assert.ok(r.confidence < 0.5);
  // a passive or a noun is no report
  assert.deepEqual(reported('It was said that the bridge was unsafe.'), []);
});

test('"saying" after "while", "after" or a comma reports even when the main subject is unclear', () => {
  const [q] = reported('The senator voted against the bill while saying that its goals were sound.');
  assert.equal(q?.text, 'its goals were sound');
  assert.equal(q?.cue?.text, 'saying');
});

test('title-case headlines: "X Says …" and a source before a colon in the title', () => {
  assert.deepEqual(
    reported('Ortega Says Bridge Will Reopen In May, Calls For Calm\nThe mayor spoke on Monday.').map(brief),
    [['Bridge Will Reopen In May', 'Ortega', 'Says']],
  );
  assert.deepEqual(reported('Sierra Club: The Toll Plan Will Hurt The River\nThe group spoke on Monday.').map(brief), [
    ['The Toll Plan Will Hurt The River', 'Sierra Club', ':'],
  ]);
  // a column's name is no source
  assert.deepEqual(reported('The Latest: Council votes on the bridge\nThe council met on Monday.'), []);
});

test('"According to X, …" reaches past a long source to its comma', () => {
  const [q] = reported(
    'According to exit polls conducted by a research firm for the networks and several newspapers, most voters backed the levy.',
  );
  assert.equal(q?.text, 'most voters backed the levy');
});

test('perception and expectation without a source: the clause around "seemed", "is expected to"', () => {
  assert.deepEqual(reported('The union’s leaders seemed unmoved by the offer.').map(brief), [
    ['The union’s leaders seemed unmoved by the offer', null, 'seemed'],
  ]);
  assert.deepEqual(reported('The council is expected to approve the budget on Friday.').map(brief), [
    ['The council is expected to approve the budget on Friday', null, 'is expected'],
  ]);
  assert.deepEqual(reported('It appears that the bridge will stay closed until May.').map(brief), [
    ['the bridge will stay closed until May', null, 'It appears'],
  ]);
  // showing up is no perception; a relative clause is no statement of the writer's
  assert.deepEqual(reported('Ortega appeared on television on Sunday night.'), []);
  assert.deepEqual(reported('The plan, which seemed sound at first, has stalled.'), []);
});

test('"In a new poll of …, …": the document opening the sentence is the source of what follows the comma', () => {
  assert.deepEqual(reported('In a new poll of 800 farmers, most said the rules were too strict.').map(brief), [
    ['most said the rules were too strict', 'a new poll of 800 farmers', 'In'],
  ]);
});

test('"In a memo, …, an appositive, said …": the subject after the document speaks, past its appositive', () => {
  const memo = "In a letter to staff, Brightwater Mills' operations chief, Ada Kowal, said the plant would close.";
  assert.deepEqual(reported(memo).map(brief), [['the plant would close', 'Ada Kowal', 'said']]);
  // near miss: no reporting verb after the appositive, so the letter stays the source
  const letter = "In a letter to staff, Brightwater Mills' operations chief, Ada Kowal, the plant would close.";
  assert.equal(reported(letter)[0]?.speakerMention?.text, 'a letter to staff');
});

test('"In a statement, X, which …, said …": the subject after the document speaks, past its relative clause', () => {
  const text = 'In a statement, Harwick Foods, which owns the bakery, said it would appeal the fine.';
  assert.deepEqual(reported(text).map(brief), [['it would appeal the fine', 'Harwick Foods', 'said']]);
  // near miss: the relative clause runs into the sentence's end with no reporting verb after it
  const none = 'In a statement, Harwick Foods, which owns the bakery. The fine was appealed.';
  assert.ok(!reported(none).some((q) => q.speakerMention?.text === 'Harwick Foods'));
});

test('"The friends of a man who died in Leeds have described him as …": the opening subject, not the place', () => {
  const text = 'The friends of a cyclist who was killed in Leeds have described him as "the life of every ride".';
  assert.equal(reported(text)[0]?.speakerMention?.text, 'The friends of a cyclist');
  // near miss: a name after a comma is the subject itself ("In Leeds, Ann Roy described him as …")
  const named = 'In Leeds, Ann Roy described him as "the life of every ride".';
  assert.equal(reported(named)[0]?.speakerMention?.text, 'Ann Roy');
});

test('"The warden visited the site, noting that …": the clause\'s subject, its own verb no participle of it', () => {
  const text = 'The warden visited the cells, noting that the heating had failed again.';
  assert.equal(reported(text)[0]?.speakerMention?.text, 'The warden');
  // near miss: a participle before a preposition modifies its noun ("a statement released on Friday")
  const released = 'A statement released on Friday, noting that the heating had failed, was read out.';
  assert.notEqual(reported(released)[0]?.speakerMention?.text, 'A statement released');
});

test('"…, saying in an email that …": adverbials between a participle and its "that" belong to the cue', () => {
  const text = 'The council declined to comment, saying in an email that the review was still under way.';
  assert.deepEqual(reported(text).map(brief)[1], ['the review was still under way', 'The council', 'saying']);
  // near miss: "pointing to X that …" is a relative clause on its object, not the content
  const pointing = 'The mayor defended the plan, pointing to surveys that residents filled out last year.';
  assert.ok(!reported(pointing).some((q) => q.text.startsWith('residents')));
});

test('"One of the officials said" opening a sentence: the whole partitive speaks, not a name "One"', () => {
  const text =
    'One of the inspectors said the bridge had been closed twice. Most of the drivers said they never noticed.';
  assert.deepEqual(
    reported(text).map((q) => q.speaker),
    ['one of the inspectors', 'most of the drivers'],
  );
  // near miss: before an appositive the named person still speaks
  const named = 'One of them, Nadia Kowalczyk, said the bridge had been closed twice.';
  assert.equal(reported(named)[0]?.speaker, 'Nadia Kowalczyk');
});

test('"The Prairie Growers Union congratulated … but said …": a name shaped like a body\'s lends its subject', () => {
  const text = 'The Prairie Growers Union congratulated the minister but said the deal was long overdue.';
  assert.equal(
    reported(text).find((q) => q.text.startsWith('the deal'))?.speakerMention?.text,
    'The Prairie Growers Union',
  );
  // near miss: a capitalized name no body word ends is still left unread
  const other = 'The Prairie Growers congratulated the minister but said the deal was long overdue.';
  assert.equal(reported(other).find((q) => q.text.startsWith('the deal'))?.speakerMention ?? null, null);
});

test('a second report in the same sentence ends the first; a comma inside a fragment does not', () => {
  assert.deepEqual(
    reported('Ortega accused Holt of stalling the plan while Holt says the mayor never called him.').map(brief),
    [
      ['Holt of stalling the plan', 'Ortega', 'accused'],
      ['the mayor never called him', 'Holt', 'says'],
    ],
  );
  assert.equal(
    reported('Ortega said the dam was “perfectly safe,” compared with the older one upstream.')[0]?.text,
    'the dam was “perfectly safe,” compared with the older one upstream',
  );
});

test('a claim noun with a "that" clause reports; its possessor is the speaker', () => {
  const [q] = reported('Mayor Ortega spoke on Monday. She repeated her claim that the dam was unsafe.');
  assert.equal(q?.text, 'the dam was unsafe');
  assert.equal(q?.speaker, 'Ortega');
  assert.equal(q?.cue?.text, 'claim');
  // a relative "that" before a verb, and nouns nobody speaks with, are no reports
  assert.deepEqual(reported('He made claims that surprised everyone.'), []);
  assert.deepEqual(reported('The fact that the dam failed is clear.'), []);
});

test('", but that …" continues the report; ", but …" otherwise ends it', () => {
  assert.equal(
    reported('Ortega said the dam was safe, but that the road needed work.')[0]?.text,
    'the dam was safe, but that the road needed work',
  );
  assert.equal(reported('Ortega said the dam was safe, but the engineers disagreed.')[0]?.text, 'the dam was safe');
});

test('endorsing or backing a name: the name alone is the content', () => {
  assert.deepEqual(reported('Most farmers in the valley supported Ortega.').map(brief), [
    ['Ortega', 'Most farmers in the valley', 'supported'],
  ]);
  assert.equal(
    reported('The county chairman endorsed Ortega last week, citing her record on roads.')[0]?.text,
    'Ortega',
  );
});

test('an unnamed source with an appositive that describes them further speaks: "One tenant, a retired nurse, said"', () => {
  assert.deepEqual(
    reported('One tenant, a retired nurse from Dunmore, said the clinic had been closed for weeks.').map(brief),
    [['the clinic had been closed for weeks', 'One tenant', 'said']],
  );
  assert.deepEqual(reported('A distributor, 61, said the shelves were empty by noon.').map(brief), [
    ['the shelves were empty by noon', 'A distributor', 'said'],
  ]);
  // near miss: a fronted phrase before the comma is no subject; the appositive names who speaks
  assert.deepEqual(
    reported('After the meeting, a spokesman said the talks would resume.').map((q) => q.speakerMention?.text),
    ['a spokesman'],
  );
  const named = reported('The firm’s largest client, the grocer Pellow Markets, said it would stay.');
  assert.notEqual(named[0]?.speakerMention?.text, 'The firm’s largest client');
});

test('a report inside a ", who …" aside ends where the sentence’s own "said" comes back', () => {
  const text =
    'A trader in Kessock, who asked not to be named because he feared losing his stall, said rents had doubled.';
  assert.deepEqual(reported(text).map(brief), [
    ['losing his stall', 'he', 'feared'],
    ['rents had doubled', 'A trader in Kessock', 'said'],
  ]);
  // near miss: an appositive inside the content keeps its verb ("…, known as Red, wrote the songs" is one content)
  const inside = reported('Ms Ardle said her brother and Tom Kell, a neighbour, wrote the songs together.');
  assert.equal(inside.length, 1);
  assert.equal(inside[0].text, 'her brother and Tom Kell, a neighbour, wrote the songs together');
});

test('"In a video, X speculated that …": the clause speaks for its subject, the video is only where', () => {
  const text = 'In a video posted Thursday, Mayor Ada Quill speculated that the men could be part of a gang.';
  assert.deepEqual(reported(text).map(brief), [['the men could be part of a gang', 'Mayor Ada Quill', 'speculated']]);
  assert.equal(analyze('"We may never know," Quill mused.').quotes[0]?.speaker, 'Quill');
});
