// Texts speak for their author: an email, a post, a statement quoted is its issuer's words ("read the email",
// "it reads", "Bush's Facebook post:"). Sentences and names invented for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quoteOf = (text: string, quoteStart: string): ReturnType<typeof analyze>['quotes'][number] | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(quoteStart));
const speakerOf = (text: string, quoteStart: string): string | null | undefined => quoteOf(text, quoteStart)?.speaker;

test('"read the email": the email sent by a campaign is the campaign\'s', () => {
  const text = [
    'Mayor Dana Whitfield lost the vote on Tuesday. Her campaign sent out a fundraising email stressing the stakes.',
    '',
    '"We are not done fighting for this city," read the email.',
  ].join('\n');
  const q = quoteOf(text, '"We are not done');
  assert.equal(q?.speaker, 'the Whitfield campaign');
  assert.equal(q?.speakerMention?.text, 'the email');
  assert.ok((q?.confidence ?? 1) < 0.8);
});

test('"it reads": the text named last, by the author after "sent … by"', () => {
  const text = [
    'The letter, released by the Harbor Council, was sent on Friday by deputy director Marcus Okonjo, after the storm.',
    '',
    '"The crews are ready to move at once," it reads.',
    '',
    '"We need approval by noon," it said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"The crews'), 'Marcus Okonjo');
  // "it said" right after goes on with the text that spoke, not the council named last
  assert.equal(speakerOf(text, '"We need approval'), 'Marcus Okonjo');
});

test('"The email goes on to say:" after "X emailed supporters" is X\'s', () => {
  const text = [
    'Councilwoman Rita Alvarez, who chairs the budget panel, emailed supporters on Monday, telling them, "I am proud."',
    '',
    'The email goes on to say: "We will win this fight together."',
  ].join('\n');
  assert.equal(speakerOf(text, '"We will win'), 'Rita Alvarez');
});

test("\"From X's Facebook post:\" is X's, not Facebook's", () => {
  const text = [
    'Senator Paul Whitlock endorsed Hale on Tuesday. From Whitlock\'s Facebook post: "We must come together now."',
  ].join('\n');
  assert.equal(speakerOf(text, '"We must come'), 'Paul Whitlock');
});

test('"she reads the news" is no cue: a text cue needs a text for its subject', () => {
  const text = 'Every morning Lena Ruiz reads the news. "Nothing changes," Tomas Berg said.';
  assert.equal(speakerOf(text, '"Nothing changes'), 'Tomas Berg');
});

test('"X issued a statement, \'…\'": the one who issued it speaks, past an opening phrase', () => {
  const text =
    'Immediately after the flood, Governor Ana Ruiz issued a statement, "Our hearts go out to every family."';
  assert.equal(speakerOf(text, '"Our hearts'), 'Ana Ruiz');
});

test('"X released a video that said" is X\'s; a sign someone hoists is theirs, a sign no one holds is the sign\'s', () => {
  const video =
    'The mill hired Daniel Frost last year. Frost released a video that said, "We will build the best plant in the state."';
  const q = quoteOf(video, '"We will build');
  assert.equal(q?.speaker, 'Daniel Frost');
  // where it is written stays the mention: the video, by its issuer
  assert.equal(q?.speakerMention?.text, 'a video');
  const held =
    'Maria Lopez, a nurse from Dayton, waited for hours. She hoisted a sign that read "Nurses for Lee" as the motorcade passed.';
  assert.equal(speakerOf(held, '"Nurses for Lee"'), 'Maria Lopez');
  // near miss: no one holds the sign, so the sign speaks as a document, not as an anonymous person
  const alone = 'The rally drew a crowd in Reno. Outside, a sign read "Recount Now" in red letters.';
  const sign = quoteOf(alone, '"Recount Now"');
  const analysis = analyze(alone);
  assert.equal(sign?.speaker, 'a sign');
  assert.equal(analysis.speakers.find((s) => s.id === sign?.speakerId)?.type, 'document');
});

test('"it read" after a sign someone lifted is the holder\'s, over a verb joined by "and"', () => {
  const text = [
    'PORTLAND — Activist Mara Quillen took the microphone as dozens of cyclists cheered. Quillen smiled and proudly',
    'lifted a sign of her own.',
    '',
    '"Lanes save lives," it read.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Lanes save lives'), 'Mara Quillen');
  // near miss: a sign no one holds stays unattributed to a person
  const alone = ['A sign hung over the door of the shuttered shop.', '', '"Closed for good," it read.'].join('\n');
  assert.notEqual(speakerOf(alone, '"Closed for good'), 'Mara Quillen');
});

test('a text after an inverted reporting verb speaks: "noted a report from X", "added the email", "said a tweet from …"', () => {
  const report = '"Coal plants will be paid to stand idle," noted a report from the nonprofit Green Ledger.';
  const q = quoteOf(report, '"Coal plants');
  // the report says whose it is: its author speaks, the report stays the mention
  assert.equal(q?.speaker, 'the Green Ledger');
  assert.equal(q?.speakerMention?.text.startsWith('a report'), true);
  // no author told: the document itself, not an anonymous person
  assert.equal(speakerOf('"Rents will rise again," said the report.', '"Rents will rise'), 'the report');
  assert.equal(speakerOf('"We are proud of our record," added the email.', '"We are proud'), 'the email');
  assert.equal(
    speakerOf('"We are proud of our record," said a tweet from the harbour commission.', '"We are proud'),
    'the harbour commission',
  );
  // near miss: a person after the verb is still the person described, not a text
  assert.equal(
    speakerOf('"Coal plants will be paid to stand idle," noted a spokesman for Green Ledger.', '"Coal plants'),
    'a spokesman for Green Ledger',
  );
});

test('a text opening the sentence before a colon speaks: its author when it says whose, else the document', () => {
  const letter = [
    'The district hired Amina Osman in May.',
    '',
    'Osman\'s letter makes a simple case: "We need more teachers in every school."',
  ].join('\n');
  const q = quoteOf(letter, '"We need more');
  assert.equal(q?.speaker, 'Amina Osman');
  assert.equal(q?.speakerMention?.text, "Osman's letter");
  const paper =
    'A paper from the Harbour Institute had this to say about the plan: "Families at the top would gain most."';
  assert.equal(speakerOf(paper, '"Families'), 'the Harbour Institute');
  const opened =
    'Likewise, a paper from the Harbour Institute had this to say about the plan: "Families at the top would gain most."';
  assert.equal(speakerOf(opened, '"Families'), 'the Harbour Institute');
  const memo = quoteOf('The memo lists three options: "Raise fares, cut routes, or borrow."', '"Raise fares');
  assert.equal(memo?.speaker, 'the memo');
  assert.ok((memo?.confidence ?? 1) < 0.8);
  // near misses: a plan is no text, and a text inside a phrase after the subject does not head it
  assert.equal(speakerOf('The mayor\'s plan is simple: "Build more homes."', '"Build more'), null);
  assert.notEqual(speakerOf('The memo says he told staff: "Nobody leaves early."', '"Nobody'), 'the memo');
  const critics = quoteOf('Critics of the report had a reply: "The figures are old."', '"The figures');
  assert.notEqual(critics?.speaker, 'the report');
  assert.notEqual(critics?.speakerMention?.text, 'Critics of the report');
});

test('"it said" right after a sentence that opens with a text is the text (its author when named with it)', () => {
  const audit = ['The new audit was released on Monday.', '', '"Costs rose by a third," it said.'].join('\n');
  assert.equal(speakerOf(audit, '"Costs rose'), 'the new audit');
  const letter = [
    'A letter this month to the council from the staff association, which urged a vote, reflected both concerns.',
    '"We have waited for years," it said. "This must change," it added.',
  ].join(' ');
  assert.equal(speakerOf(letter, '"We have waited'), 'the staff association');
  assert.equal(speakerOf(letter, '"This must change'), 'the staff association');
  // near misses: a text after the subject, and a newspaper named "Post", are not what "it" takes up
  const critics = 'Acme Steel cut 300 jobs in March. Critics of the memo were loud. "We regret the decision," it said.';
  assert.notEqual(speakerOf(critics, '"We regret'), 'the memo');
  const paper = 'The Post reported that Klein was busy. It added, "the visit comes as a surprise."';
  assert.notEqual(analyze(paper).speakers.find((s) => s.name === 'The Post')?.type, 'document');
});

test('a document\'s author after "from" ends at its verb and must be someone who can speak', () => {
  // "the panel seemed aimed at critics": the author phrase stops before "seemed"; the panel wrote the memo
  const text = 'A memo from the panel seemed aimed at critics.\n\n"Most witnesses had never testified," it stated.';
  assert.equal(speakerOf(text, '"Most witnesses'), 'the panel');
  // near miss: "from the game" names no author, so the footage itself speaks
  const footage = 'Footage from the game was shown on Monday.\n\n"He never touched the ball," it said.';
  assert.equal(speakerOf(footage, '"He never touched'), 'footage');
  const named = '"Most witnesses had never testified," said a memo from the Harbour Council.';
  assert.equal(speakerOf(named, '"Most witnesses'), 'the Harbour Council');
});

test("a text's part after the quote: '\"…,\" begins a scripted message', '\"…,\" concludes the report'", () => {
  const begins =
    '"If a protester starts shouting, please stay seated," begins a scripted message played before every rally.';
  assert.equal(speakerOf(begins, '"If a protester'), 'a scripted message');
  assert.equal(speakerOf('"The bridge must close by June," concludes the report.', '"The bridge'), 'the report');
  // near miss: "ends" with no text after it reports nothing
  assert.equal(speakerOf('"The game is over," ends the season for the Hawks.', '"The game'), null);
});

test('a text before "reads" behind a long description is the text: \'The snarky, partisan headline reads: "…"\'', () => {
  const text = 'The snarky, partisan, water-carrying headline reads: "Repeat after me: no new taxes."';
  const q = quoteOf(text, '"Repeat after me');
  assert.equal(q?.speaker, 'headline');
  assert.equal(analyze(text).speakers.find((s) => s.id === q?.speakerId)?.type, 'document');
  // near miss: "she reads" with no text before it is no text speaking
  assert.notEqual(speakerOf('The tired, patient teacher reads: "Once upon a time."', '"Once upon'), 'teacher');
});

test('a document a person provided or filed is theirs: "X provided a written statement … the statement said"', () => {
  const text = [
    'Rhona Vale, the county chief of staff, spoke on Monday about the budget.',
    '',
    'The Ledger said Vale provided a written statement in response to its questions.',
    '',
    '"We will review every line of it," the statement said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We will review'), 'Rhona Vale');
  // near miss: a statement nobody is said to have put out stays a document
  const unnamed =
    'Rhona Vale spoke on Monday about the budget.\n\n"We will review every line of it," the statement said.\n';
  assert.equal(speakerOf(unnamed, '"We will review'), 'the statement');
});

test('"the suit" takes up "the lawsuit, filed by X" paragraphs back; "sent from" names an email\'s sender', () => {
  const text = [
    "Councilwoman Dana Pruitt's office attacked a lawsuit filed by a former aide on Monday.",
    '',
    'The lawsuit, filed by a former aide named Oscar Villin, lists a long series of complaints against the council.',
    '',
    "Pruitt's office called the whole thing an attack on the council's work, and its staff said so at length.",
    '',
    '"The council knows that a lawsuit has been filed," Pruitt spokesman Hal Brenner said in a statement.',
    '',
    '"Councilwoman Pruitt tied these statements to the firing to damage the plaintiff," the suit reads.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Councilwoman Pruitt tied'), 'Oscar Villin');
  const email = [
    "According to The Courier, an email was sent from the club's executive director, Lionel Marsh, to the members.",
    'The email said, "We are going to wind down the association by June."',
  ].join(' ');
  assert.equal(speakerOf(email, '"We are going'), 'Lionel Marsh');
  // near miss: "sent from" an account names no sender
  const account = 'An email was sent from a private account to the members. The email said, "We are closing in June."';
  assert.equal(speakerOf(account, '"We are closing'), 'the email');
});

test("a text's issuer is the subject of the verb that put it out, not of one whose object holds it", () => {
  const text = [
    'Gary Holm, a former guard, has written a memoir about the palace.',
    '',
    'The Courier has released an excerpt of the book. In the book, Holm says the staff were "terrified."',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.includes('the staff were'));
  assert.notEqual(q?.speaker, 'The Courier');
});

test('"the statement said" right after "X responded that …" is X\'s reply; an unnamed replier leaves a document', () => {
  const text = [
    'The Harbor Transit Authority raised fares twice this year, records show.',
    '',
    'The authority on Tuesday responded that it had added routes. "Riders get free transfers," the statement said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Riders get'), 'Harbor Transit Authority');
  const unnamed = [
    'The transit authority raised fares.',
    '',
    'A spokesman replied on Tuesday that routes were added. "Riders get free transfers," the statement said.',
  ].join('\n');
  assert.equal(speakerOf(unnamed, '"Riders get'), 'the statement');
});

test('"X wrote in the affidavit. It continued:" goes on with X\'s text; "wrote in the hallway" names no text', () => {
  const text = [
    'The charge is explained in an affidavit by Marc Dorsey, a detective. Dorsey also interviewed Harbor Gazette',
    'reporter Ben Tate, who saw the incident.',
    '',
    '"The aide grabbed her arm," Dorsey wrote in the affidavit. It continued: "Probable cause exists to charge him."',
  ].join(' ');
  assert.equal(speakerOf(text, '"Probable cause'), 'Marc Dorsey');
  const hallway = text.replace('wrote in the affidavit', 'wrote in the hallway');
  assert.notEqual(speakerOf(hallway, '"Probable cause'), 'Marc Dorsey');
});

test("a text's issuer stands before an aside set off by dashes, commas and all", () => {
  const text = [
    'Funding stalled again in the Senate on Tuesday.',
    '',
    'The Harbor Alliance - which includes the Academy of Family Physicians, the Nurses Guild and Easter Seals - sent ' +
      'a letter this week urging Congress to act.',
    '',
    '"Congress has failed to act," it read.',
  ].join('\n');
  assert.match(speakerOf(text, '"Congress has failed') ?? '', /^(the )?Harbor Alliance$/);
});

test('"the release said" with no issuer named: whoever announced just before, through a paragraph between', () => {
  const text = [
    'The Marlow County Farmers Union announced on Monday that its harvest fair would not open this year.',
    '',
    'According to the statement, the fairground was flooded twice in August.',
    '',
    '"We could not keep the animals or the visitors safe on that ground," the statement read.',
    '',
    '"The fair will return next autumn," the release added.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We could not keep'), 'Marlow County Farmers Union');
  assert.equal(speakerOf(text, '"The fair will return'), 'Marlow County Farmers Union');
});

test('"the release said": an unnamed spokesman who spoke last, or one three paragraphs up, is no issuer', () => {
  const unnamed = [
    'A spokesman declined to say when the bridge would reopen.',
    '',
    '"Repairs are under way," the release said.',
  ].join('\n');
  assert.equal(speakerOf(unnamed, '"Repairs are'), 'the release');
  const far = [
    'Mayor Ines Ballard announced the closure on Friday.',
    '',
    'Buses ran late along the river road all morning.',
    '',
    'Commuters waited for hours at the ferry landing.',
    '',
    '"Repairs are under way," the release said.',
  ].join('\n');
  assert.equal(speakerOf(far, '"Repairs are'), 'the release');
});

test('"the statement, which was attributed to X": the one a text is attributed to is its author', () => {
  const text = [
    'The team spent the night drafting a reply to the critics, and it reached reporters before dawn.',
    '',
    '"Our players gave everything on the field," read the statement, which was attributed to coach Ramon Ilves.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Our players'), 'Ramon Ilves');
  // "attributed the loss to …" credits no text: the statement stays a document
  const miss = 'Coach Ramon Ilves attributed the loss to fatigue. "We were tired," the team said.';
  assert.notEqual(speakerOf(miss, '"We were tired'), 'Ramon Ilves');
});

test('"the report" takes up the study a body released or commissioned under another noun', () => {
  const released = [
    'The Harlow Research Institute released a study of online panels on Monday. Not all panels are equal, it found.',
    '',
    'What the report does mean is simple. From the report: "Samples with longer field periods did better."',
  ].join('\n');
  assert.equal(speakerOf(released, '"Samples with'), 'The Harlow Research Institute');
  const commissioned = [
    'After its 2019 defeat, the Coastal Party commissioned a review of what went wrong. It urged new outreach.',
    '',
    '"Our position has become precarious," the report stated.',
  ].join('\n');
  assert.equal(speakerOf(commissioned, '"Our position'), 'the Coastal Party');
});
