// Reported speech recall: where the content opens after a time adverbial or a quantity, "that" clauses opening
// with an adverbial, sources set off mid-sentence ("…, according to X, …"), and where content stops.
// Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Quote } from '../../src/core/types';

const reported = (text: string): Quote[] => analyze(text).quotes.filter((q) => q.kind === 'indirect');
const texts = (text: string): string[] => reported(text).map((q) => q.text);

test('a time adverbial between the cue and its clause: "said on Friday it would …"', () => {
  assert.deepEqual(texts('The harbor authority said on Friday it would close the north pier for repairs.'), [
    'it would close the north pier for repairs',
  ]);
  assert.deepEqual(texts('The ferry company said Tuesday night the crossing would resume in May.'), [
    'the crossing would resume in May',
  ]);
  // "said on Friday" with no clause after it reports nothing
  assert.deepEqual(texts('The harbor authority said on Friday.'), []);
});

test('a quantity opens the reported clause: "said about half of …"', () => {
  assert.deepEqual(texts('The water board said about half of the shortfall reflected lower fees.'), [
    'about half of the shortfall reflected lower fees',
  ]);
  // "talked about" is a topic, not a quantity
  assert.deepEqual(texts('The water board said about the shortfall very little.'), []);
});

test('"that" followed by an adverbial still opens the content', () => {
  assert.deepEqual(texts('Tenant organizers in Halden say that by raising rents, the landlord invites evictions.'), [
    'by raising rents, the landlord invites evictions',
  ]);
  assert.deepEqual(texts('The minister revised her plans in October, saying that about 500 soldiers would stay.'), [
    'about 500 soldiers would stay',
  ]);
});

test('"…, according to X, …" in the middle of a clause: the clause around the source is the content', () => {
  const [q] = reported('At the heart of the dispute, according to the harbor master, was a missing permit.');
  assert.equal(q?.text, 'At the heart of the dispute, according to the harbor master, was a missing permit');
  assert.equal(q?.cue?.text, 'according to');
  // a relative clause after the source comments on it: the content stays before the source
  assert.deepEqual(texts('The mill lost money last year, according to Tova Lind, who audited it.'), [
    'The mill lost money last year',
  ]);
});

test('", according to X" after a reported clause ends that clause', () => {
  assert.deepEqual(texts('The mayor told the council that the bridge would reopen, according to two aides.'), [
    'the bridge would reopen',
  ]);
});

test('a joint subject the scanner cannot read still reports: "the towns of Ulm and Brevik said …"', () => {
  assert.deepEqual(texts('In Norway, the towns of Bergvik and Lundmo said they would light their harbors.'), [
    'they would light their harbors',
  ]);
});

test('a trailing attribution may end at a semicolon: "…, analysts say; in 2012, …"', () => {
  const [q] = reported(
    'Candidates need about 40 percent of the rural vote, analysts say; in 2012, the party won 27 percent.',
  );
  assert.equal(q?.text, 'Candidates need about 40 percent of the rural vote');
  assert.equal(q?.cue?.text, 'say');
});

test('a cue in a relative clause: its content ends where the main verb follows', () => {
  assert.deepEqual(texts('Ruiz, who said she usually votes for the greens, said one candidate she likes is Lind.'), [
    'she usually votes for the greens',
    'one candidate she likes is Lind',
  ]);
  assert.deepEqual(texts('Petra Holm, who thinks the ministry overreached with its rules, voted for the law.'), [
    'the ministry overreached with its rules',
  ]);
});

test('"is also expected to", "isn’t expected to": an expectation with an adverb or a negation', () => {
  assert.deepEqual(texts('The mayor is also expected to unveil a new budget on Monday.'), [
    'The mayor is also expected to unveil a new budget on Monday',
  ]);
  assert.deepEqual(texts('The ferry was not expected to sail before noon on Friday.'), [
    'The ferry was not expected to sail before noon on Friday',
  ]);
});

test('"told" with a longer addressee, a time, or a subject the scanner cannot read', () => {
  assert.deepEqual(texts('The former governor told foundation employees on Thursday that the fund would close.'), [
    'the fund would close',
  ]);
  assert.deepEqual(texts('Olaf Berg told The Fjord Ledger of Tromsø last week she would vote for Lind.'), [
    'she would vote for Lind',
  ]);
  assert.deepEqual(texts('She told her audience they would not back her plan.'), ['they would not back her plan']);
  assert.deepEqual(texts('A producer for the station told the Valley Courier on Tuesday that the show was canceled.'), [
    'the show was canceled',
  ]);
  // "told" with no clause after its addressee reports nothing
  assert.deepEqual(texts('The former governor told foundation employees about the fund.'), []);
});

test('a manner adverb between the speaker and the cue: "Mayor Lind defiantly told voters …"', () => {
  const [q] = reported('Mayor Karin Lind defiantly told voters that she would keep fighting the toll.');
  assert.equal(q?.text, 'she would keep fighting the toll');
  assert.equal(q?.speaker, 'Karin Lind');
});

test('a share of a group "saying …" after "with": a poll reports their words', () => {
  const [q] = reported('The plan gained ground, with 30 percent of residents saying they have a good view of it.');
  assert.equal(q?.text, 'they have a good view of it');
  assert.equal(q?.speakerMention?.text, '30 percent of residents');
  assert.deepEqual(texts('Voters shrugged off the pick, with three in 10 saying a running mate would not matter.'), [
    'a running mate would not matter',
  ]);
  // no share: "met with residents saying …" is not a poll
  assert.deepEqual(texts('The council met with residents saying the road was unsafe.'), []);
});

test('"After saying …, the man …": the fronted participle reports up to the main clause', () => {
  assert.deepEqual(texts('After saying he was nervous to ask a question, the fisherman shook hands with the mayor.'), [
    'he was nervous to ask a question',
  ]);
});

test('"said during the debate that …": a prepositional phrase before "that", not a relative "that"', () => {
  assert.deepEqual(texts('Lind said during the long debate that she favors bringing back the tolls.'), [
    'she favors bringing back the tolls',
  ]);
  // "a report that was released": "that" opens a relative clause, no content
  assert.deepEqual(texts('Lind said in a report that was released on Friday.'), []);
});

test("a short content ending in a quoted fragment: 'called Lind “unhinged.”'", () => {
  assert.deepEqual(texts('On the radio, Mayor Olaf Berg called Lind “unhinged.”'), ['Lind “unhinged.”']);
});

test('a question after a negated speech verb: "would not say whether …", "did not say how …"', () => {
  assert.deepEqual(texts('The ministry would not say whether the pilot had been questioned.'), [
    'whether the pilot had been questioned',
  ]);
  assert.deepEqual(texts('The court did not say how the judges had voted on the appeal.'), [
    'how the judges had voted on the appeal',
  ]);
});

test('"said in a statement Thursday night they …": a pronoun subject after the adverbials', () => {
  assert.deepEqual(texts('The shipping company said in a statement Thursday night they pulled the listing.'), [
    'they pulled the listing',
  ]);
});

test('"As X noted, …", "But as X put it, …": the clause after the comma is the content', () => {
  const [q] = reported('As the auditor recently noted, trust in the council is collapsing across the region.');
  assert.equal(q?.text, 'trust in the council is collapsing across the region');
  assert.equal(q?.speakerMention?.text, 'the auditor');
  assert.deepEqual(texts('But as Mayor Karin Lind put it, the harbor will not wait for the ministry.'), [
    'the harbor will not wait for the ministry',
  ]);
  // "As expected, …" has no source
  assert.deepEqual(texts('As expected, the council voted for the new toll.'), []);
});

test('", while …" and ", where …" end the reported content: the writer takes the sentence back', () => {
  assert.deepEqual(texts('Lind said the ferry would keep running, while the council will sell the pier.'), [
    'the ferry would keep running',
  ]);
  assert.deepEqual(texts('Lind said she would travel to Bergvik, where the council will meet on Friday.'), [
    'she would travel to Bergvik',
  ]);
});

test('", and" before a second predicate of the speaker ends the content; a list of names does not', () => {
  assert.deepEqual(texts('Lind said the ferry would keep running, and has asked the council for more money.'), [
    'the ferry would keep running',
  ]);
  assert.deepEqual(texts('Lind said the plan would help Bergvik, Lundmo, and Halden.'), [
    'the plan would help Bergvik, Lundmo, and Halden',
  ]);
});

test('"calling him a nice guy and saying …": a second participle ends the first one\'s content', () => {
  const found = texts('He held his fire on Berg, calling him a very nice guy and saying little else about him.');
  assert.equal(found[0], 'him a very nice guy');
});

test('"with Governor Ola Rud calling Lind a fascist": a named speaker after "with" reports', () => {
  const [q] = reported('Several candidates went further, with former Governor Ola Rud calling Lind a fascist.');
  assert.equal(q?.text, 'Lind a fascist');
  assert.equal(q?.speakerMention?.text, 'former Governor Ola Rud');
});

test('the -ing form of a stance verb reports its object: "is defending her plan …"', () => {
  assert.deepEqual(texts('Mayor Ruiz is defending her plan to close the north pier.'), [
    'her plan to close the north pier',
  ]);
});

test('a short object before a time is the whole report: "defended his decision this week"', () => {
  assert.deepEqual(texts('Ruiz defended his decision this week.'), ['his decision']);
  assert.deepEqual(texts('The council praised the ferry crew on Friday.'), ['the ferry crew']);
  // "for …" says why: it belongs to the report
  assert.deepEqual(texts('Mayor Ruiz criticized Lind for the delay.'), ['Lind for the delay']);
});

test('a pronoun and a finite verb after a comma open a clause of their own: "…, she told a radio show"', () => {
  assert.deepEqual(texts('The minister said the ferry would run again, she told a radio show later.'), [
    'the ferry would run again',
  ]);
});

test('"referring to", "talking about", "railed against": a verb and its particle report the object', () => {
  assert.deepEqual(texts('"The toll is unfair," Lind said, referring to the new bridge fee.'), ['the new bridge fee']);
  assert.deepEqual(texts('Mayor Ruiz railed against the new bridge toll.'), ['the new bridge toll']);
  assert.deepEqual(texts('The mayor was talking about the ferry budget.'), ['the ferry budget']);
});

test('"points to", "advocated for", "ordered": more verbs whose particle opens the reported object', () => {
  assert.deepEqual(texts('Lind points to the empty pier as proof.'), ['the empty pier as proof']);
  assert.deepEqual(texts('The union advocated for a lower bridge toll.'), ['a lower bridge toll']);
  assert.deepEqual(texts('The harbor board ordered a new survey of the north pier.'), [
    'a new survey of the north pier',
  ]);
});

test("a relative clause reports an object cue's content, with its antecedent as the speaker", () => {
  assert.deepEqual(
    reported('The harbor union, which endorsed Ana Ruiz in May, has few members.').map((q) => [q.text, q.speaker]),
    [['Ana Ruiz', 'the harbor union']],
  );
  // "who spoke on …" describes the source; it is not what the source said
  assert.deepEqual(texts('A senior official, who spoke on condition of anonymity, said the dam had cracked.'), [
    'the dam had cracked',
  ]);
});

test('an infinitive may be two words: "declined [to comment]"', () => {
  assert.deepEqual(texts('Leo Grant declined to comment.'), ['to comment']);
});

test('a short object ends at a comma that no relative clause or appositive follows', () => {
  assert.deepEqual(texts('Mia Park attacked Leo Grant, saying he had misled voters.'), [
    'Leo Grant',
    'he had misled voters',
  ]);
});

test('a reporting clause inside a relative one: "a toll which critics said [was unfair]"', () => {
  assert.deepEqual(
    reported('The council passed a toll which critics said was unfair to farmers.').map((q) => [q.text, q.cue?.text]),
    [['was unfair to farmers', 'said']],
  );
  assert.deepEqual(texts('The levy is what analysts say is a costly mistake.'), ['is a costly mistake']);
});

test('topic cues: a word of speaking and its preposition report the noun phrase after them', () => {
  assert.deepEqual(
    reported('The audit raised new questions about the harbor fund.').map((q) => [q.text, q.cue?.text]),
    [['the harbor fund', 'questions about']],
  );
  assert.deepEqual(texts('Farmers in the valley have long called for a new dam.'), ['a new dam']);
  // a question after the preposition is a clause: its verb does not end it
  assert.deepEqual(texts('The debate was dominated by questions about whether the ferry would survive the winter.'), [
    'whether the ferry would survive the winter',
  ]);
  // a preposition the word does not take for its topic reports nothing
  assert.deepEqual(texts('The questions on the form were long.'), []);
});

test('a talk verb reports its topic, not a manner or a time: "spoke [of the flood]", not "spoke briefly"', () => {
  assert.deepEqual(texts('Ana Ruiz spoke briefly at the harbor.'), []);
  assert.deepEqual(texts('Ana Ruiz spoke Thursday night in Bergen.'), []);
  assert.deepEqual(texts('Ana Ruiz spoke of the flood that ruined the valley.'), [
    'of the flood that ruined the valley',
  ]);
});

test('any reporting participle after an unread subject reports when its clause opens plainly', () => {
  assert.deepEqual(texts('The paper opposed the toll, arguing it is a burden on farmers.'), [
    'it is a burden on farmers',
  ]);
  // no plain clause after the participle: nothing to report without a speaker
  assert.deepEqual(texts('The harbor was closed, noting the storm.'), []);
});

test('an object cue after a subject we cannot read reports a short object, unattributed', () => {
  assert.deepEqual(
    reported('Farmers upstream backed Ruiz in May.').map((q) => [q.text, q.speaker]),
    [['Ruiz', null]],
  );
  // a base form only after "to"; a passive never
  assert.deepEqual(texts('Farmers upstream support Ruiz.'), []);
  assert.deepEqual(texts('The toll was backed by farmers.'), []);
});

test('a fragment closed by a doubled apostrophe before an inverted cue: "…,\'\' said X" reports what comes before', () => {
  assert.deepEqual(
    reported("Ms. Lind is ''not a backslapper,'' said Mr. Sperling, a former aide.").map((q) => [q.text, q.speaker]),
    [["Ms. Lind is ''not a backslapper", 'Sperling']],
  );
});

test('right after quoted words, an unread "said" is followed by who said them, not by a report', () => {
  assert.deepEqual(
    texts(
      'The people of the valley “deserve someone who is with them. That is Ana Ruiz,” said the man who built his career on the docks.',
    ),
    [],
  );
});

test('a view: "see [X as Y]" up to the next comma; "saw the harbor" with no "as" is no view', () => {
  assert.deepEqual(texts('Many farmers see Ana Ruiz as the stronger candidate, a poll found.'), [
    'Ana Ruiz as the stronger candidate',
  ]);
  assert.deepEqual(texts('We saw the harbor at dawn.'), []);
});

test('casting is a view too: "cast [herself as an outsider]"', () => {
  assert.deepEqual(texts('In the ads, Ruiz cast herself as an outsider, though she has served two terms.'), [
    'herself as an outsider',
  ]);
});

test('"made (it) clear (to X) that …" reports the clause; "it is not clear whether …" does not', () => {
  assert.deepEqual(texts('Ruiz made it clear to the council on Monday that the toll would stay.'), [
    'the toll would stay',
  ]);
  assert.deepEqual(texts('Several farmers made clear they would not pay.'), ['they would not pay']);
  assert.deepEqual(texts('It is not clear whether the toll will stay.'), []);
});

const said = (text: string): [string, string | null][] => reported(text).map((q) => [q.text, q.speaker]);

test('a verb topic cue or view: its subject speaks, as for "X said"', () => {
  assert.deepEqual(said('Mayor Ana Ruiz called for a recount of the ballots.'), [
    ['a recount of the ballots', 'Ana Ruiz'],
  ]);
  // "chosen not to respond to": the subject of the verb before "to" responds
  assert.deepEqual(said('Ana Ruiz has chosen not to respond to the audit.'), [['the audit', 'Ana Ruiz']]);
  assert.deepEqual(said('Ana Ruiz sees the levy as a tax on farmers.'), [['the levy as a tax on farmers', 'Ana Ruiz']]);
  assert.deepEqual(said('Ana Ruiz made it clear that the pier would stay closed.'), [
    ['the pier would stay closed', 'Ana Ruiz'],
  ]);
});

test('a name before the cue speaks even where the entity scan found no person: "Mr. Halvorsen made clear …"', () => {
  const found = reported('Mr. Halvorsen made clear that the pier would reopen.');
  assert.deepEqual(
    found.map((q) => [q.text, q.speakerMention?.text]),
    [['the pier would reopen', 'Mr. Halvorsen']],
  );
  // "this initiative" is no speaker
  assert.deepEqual(said('This initiative called for a new dam.'), [['a new dam', null]]);
});

test('a noun topic cue: its possessor speaks; with none, nobody does', () => {
  const mixed = said(
    'Ana Ruiz visited the harbor on Monday. The fishermen were unmoved by her criticism of the new toll.',
  );
  assert.deepEqual(mixed, [['the new toll', 'Ana Ruiz']]);
  assert.deepEqual(said('The council faced questions about the audit.'), [['the audit', null]]);
});

test('a possessive noun cue after a comma opens another report, and names no speaker of its own', () => {
  const found = reported('Ana Ruiz said, Lars Berg’s jabs at the farmers were unfair.');
  assert.ok(!found.some((q) => q.speaker === 'Lars Berg'));
});

test('a possessive pronoun is the whole possessor: "… with his push for [X]" names "his", not the words before', () => {
  const found = reported('Lars Berg won over the farmers with his push for a new dam.');
  assert.deepEqual(
    found.filter((q) => q.text === 'a new dam').map((q) => q.speakerMention?.text),
    ['his'],
  );
});

test('a verb cue after "the mayor": the determiner opens the subject, not a noun cue', () => {
  const intro = 'Mayor Ana Ruiz visited the pier. ';
  const mention = (text: string): [string | null, string | undefined][] =>
    reported(intro + text).map((q) => [q.speaker, q.speakerMention?.text]);
  assert.deepEqual(mention('The mayor responded to the audit on Friday.'), [['Ana Ruiz', 'The mayor']]);
  assert.deepEqual(mention('The mayor sees the levy as a tax on farmers.'), [['Ana Ruiz', 'The mayor']]);
  assert.deepEqual(mention('The mayor made clear that the pier would reopen.'), [['Ana Ruiz', 'The mayor']]);
});
