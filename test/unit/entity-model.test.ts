// The article's entity model behind speakers: acronyms, "the company", "his campaign", and the learned antecedent
// choice (its candidates, features and the trace training reads). Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { AntecedentChoice } from '../../src/core/speakers/antecedents';
import { bestCandidate, candidateFeatures, useAntecedentWeights } from '../../src/core/speakers/antecedents';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(quoteStart))?.speaker;

test('an acronym is the organization spelled out earlier, even when the recognizer missed the full name', () => {
  const text = [
    'The Democratic National Committee raised less money in May than in April.',
    '',
    '"We are confident in our fundraising," the DNC said in a statement.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We are confident'), 'Democratic National Committee');
});

test('an acronym first, its full name later: one organization, named in full', () => {
  const text = [
    '"Prices will rise," the NWA said on Monday.',
    '',
    'The Northern Water Authority, which the NWA runs for three towns, raised rates last year.',
    '',
    '"We had no choice," the Northern Water Authority said.',
  ].join('\n');
  const a = analyze(text);
  const orgs = a.speakers.filter((s) => s.type === 'organization');
  assert.equal(orgs.length, 1, orgs.map((o) => o.name).join(', '));
  assert.equal(orgs[0].name, 'Northern Water Authority');
  assert.equal(orgs[0].quoteCount, 2);
});

test('"the company" takes up the organization named last, within a few paragraphs', () => {
  const text = [
    'Acme Widgets Inc. cut 300 jobs in March, the third round this year.',
    '',
    '"The cuts were painful but necessary," the company said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"The cuts'), 'Acme Widgets Inc.');
});

test('"the group" takes up the pressure group named last, not the university named after it', () => {
  const text = [
    'The mayor spoke on Monday.',
    '',
    'New money is also helping the Clean Harbour Fund, a nonprofit that ran ads online last week attacking the ' +
      'now-closed Dunmore University. The group also plans to run ads during the next two council debates.',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.startsWith('to run ads'));
  assert.equal(q?.speaker, 'Clean Harbour Fund');
});

test('"the company" with no organization near stays a description', () => {
  const text = ['Prices rose again.', '', '"The cuts were painful but necessary," the company said.'].join('\n');
  assert.equal(speakerOf(text, '"The cuts'), 'the company');
});

test('"his campaign" is the campaign of the man "his" denotes', () => {
  const text = [
    'Senator Bernie Sanders held a rally in Ohio on Tuesday.',
    '',
    '"The momentum is with us," his campaign said in an email to supporters.',
  ].join('\n');
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.startsWith('"The momentum'));
  assert.equal(q?.speaker, 'the Sanders campaign');
  assert.equal(a.speakers.find((s) => s.id === q?.speakerId)?.type, 'organization');
});

test('a pronoun choice is traced with every candidate and its features (what training reads)', () => {
  const choices: AntecedentChoice[] = [];
  const text = [
    'Mayor Helena Varga met Tomas Brandt on Friday.',
    '',
    '"The harbour stays open," Varga said. "We will not close it," she added.',
  ].join('\n');
  const a = analyze(text, { onAntecedents: (c) => choices.push(c) });
  const she = choices.find((c) => text.slice(c.start, c.end) === 'she');
  assert.ok(she, 'the "she" choice is traced');
  assert.equal(she.kind, 'pronoun');
  assert.ok(she.candidates.some((c) => c.name === 'Helena Varga' && c.features.includes('pronoun:rule')));
  assert.equal(a.quotes.find((q) => q.text.startsWith('"We will not'))?.speaker, 'Helena Varga');
});

test('the model overrules the rule only when its weights say so, and says so in the reason', () => {
  const text = [
    'Kofi Mensah met Daniel Okoro in Accra on Friday.',
    '',
    '"The talks went well," Mensah said.',
    '',
    '"We will meet again," he said.',
  ].join('\n');
  // the rule: "he" in a paragraph naming nobody is the latest speaker, Mensah
  assert.equal(speakerOf(text, '"We will meet'), 'Kofi Mensah');
  try {
    // weights that prefer whoever never spoke: Okoro, against the rule
    useAntecedentWeights({ 'pronoun:spokeRank=never': 5 });
    const q = analyze(text).quotes.find((x) => x.text.startsWith('"We will meet'));
    assert.equal(q?.speaker, 'Daniel Okoro');
    assert.match(q?.confidenceReason ?? '', /trained model/);
  } finally {
    useAntecedentWeights(null);
  }
});

test("the model never overrules a pick anchored in the pronoun's own paragraph", () => {
  const text = [
    'Kofi Mensah met Daniel Okoro in Accra on Friday.',
    '',
    '"The talks went well," Mensah said.',
    '',
    'Okoro left early. "We will meet again," he said.',
  ].join('\n');
  try {
    // weights that prefer whoever spoke last (Mensah) lose to the paragraph's subject, Okoro
    useAntecedentWeights({ 'pronoun:spokeRank=1': 5 });
    assert.equal(speakerOf(text, '"We will meet'), 'Daniel Okoro');
  } finally {
    useAntecedentWeights(null);
  }
});

test('features: the same facts give the same features, crossed with the mention kind', () => {
  const facts = {
    spokeRank: 1,
    seenRank: 1,
    spokeAgo: 0,
    seenAgo: 0,
    subjectAgo: 0,
    asked: false,
    rule: true,
    genderKnown: true,
    fullName: true,
    quoteCount: 2,
    mentionCount: 4,
    topSpeaker: true,
    lastInQuote: false,
    roleOverlap: false,
    sinceSeen: 40,
    lastPossessive: false,
    lastOpensSentence: true,
    paragraphMentions: 1,
    lastRole: 'subject' as const,
    pronounRole: 'subject' as const,
    sentencesAgo: 1,
    spokeLast: true,
    rivalSinceSpoke: false,
    rivalSubjectSinceSpoke: false,
    subjectSinceLatestSpeech: false,
    newcomer: false,
    introducedDescribed: false,
  };
  const f = candidateFeatures('pronoun', facts, 'pronoun: the latest speaker');
  assert.ok(f.every((x) => x.startsWith('pronoun:')));
  assert.ok(f.includes('pronoun:spokeRank=1') && f.includes('pronoun:rule&pronoun: the latest speaker'));
  assert.deepEqual(candidateFeatures('pronoun', facts, 'pronoun: the latest speaker'), f);
});

test('bestCandidate: a tie goes to the first candidate (the rule pick is listed first)', () => {
  try {
    useAntecedentWeights({});
    const best = bestCandidate([
      { entity: 'a', features: ['x'] },
      { entity: 'b', features: ['y'] },
    ]);
    assert.equal(best?.best.entity, 'a');
    useAntecedentWeights({ y: 1 });
    assert.equal(
      bestCandidate([
        { entity: 'a', features: ['x'] },
        { entity: 'b', features: ['y'] },
      ])?.best.entity,
      'b',
    );
  } finally {
    useAntecedentWeights(null);
  }
});

test('the writer of a first-person piece is named by its byline, credit, author note or excerpt note', async () => {
  const { writerName } = await import('../../src/core/speakers/writerName');
  assert.equal(writerName('Harbour Talks Stall\n\nBy Hannah Okafor\n\nThe talks stalled.'), 'Hannah Okafor');
  assert.equal(
    writerName(
      'I was there.\n\nFrom STEALING HOMES by Jane Roe. Copyright © 2016 by Jane Roe. Reprinted with permission.',
    ),
    'Jane Roe',
  );
  assert.equal(
    writerName('I have seen this before.\n\nJane Roe is a senior fellow at the Harbour Institute.'),
    'Jane Roe',
  );
  assert.equal(
    writerName("Editor's note: excerpts from bestselling author Jane Roe's new book.\n\nI was there."),
    'Jane Roe',
  );
  // a person described in an earlier paragraph is not the writer
  assert.equal(writerName('Rivera is a former mayor.\n\nI asked her why.\n\nThe vote is on Monday.'), null);
  assert.equal(writerName(''), null);
});

test('"I said" in an opinion piece is its author, not "the writer"', () => {
  const text = [
    'Why I Left the Council',
    '',
    '"I have served this town for twenty years and I am proud of it," I said to the room.',
    '',
    'Jane Roe is a former member of the Northport council.',
  ].join('\n');
  assert.equal(speakerOf(text, '"I have served'), 'Jane Roe');
});

test('"the Russians said": a nation speaking is its government, an organization', () => {
  const text = [
    'Moscow and Tokyo disagree on the islands.',
    '',
    '"This is a matter for us and for nobody else," the Russians said.',
  ].join('\n');
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.startsWith('"This is a matter'));
  assert.equal(q?.speaker, 'the Russian government');
  assert.equal(a.speakers.find((s) => s.id === q?.speakerId)?.type, 'organization');
});

test('"it said" with no organization quoted before takes up the organization named last', () => {
  const text = [
    'Acme Widgets Inc. cut 300 jobs in March, the third round this year.',
    '',
    '"The cuts were painful but necessary for the future," it said in a filing.',
  ].join('\n');
  assert.equal(speakerOf(text, '"The cuts'), 'Acme Widgets Inc.');
});

test('"Ford said" after "Ford Motor Company" is that company, not a person Ford', () => {
  const a = analyze(
    [
      'Ford Motor Company will close two plants in Ohio next year.',
      '',
      '"We made a hard choice and we stand by it," Ford said in a statement.',
    ].join('\n'),
  );
  const q = a.quotes.find((x) => x.text.startsWith('"We made'));
  assert.equal(q?.speaker, 'Ford Motor Company');
  assert.equal(a.speakers.find((s) => s.id === q?.speakerId)?.type, 'organization');
});

test('"the Kentucky Republican" is the senator tagged (R-Ky.), "the New York Democrat" the one tagged (D-N.Y.)', () => {
  const text = [
    'Senate leaders met on Tuesday to discuss the budget.',
    '',
    'Sen. Rand Paul (R-Ky.) and Sen. Chuck Schumer (D-N.Y.) spoke after the vote.',
    '',
    '"This budget is a disgrace and I will not vote for it," the Kentucky Republican said.',
    '',
    '"We have the votes to pass it this week," the New York Democrat said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"This budget'), 'Rand Paul');
  assert.equal(speakerOf(text, '"We have the votes'), 'Chuck Schumer');
});

test('party tags: letter and state, AP style or postal; anything else is no tag', async () => {
  const { partyTagAt } = await import('../../src/core/speakers/partyTag');
  const at = (s: string): ReturnType<typeof partyTagAt> => partyTagAt(s, s.indexOf('X') + 1);
  assert.deepEqual(at('Sen. X (R-Ky.) said'), { party: 'republican', state: 'kentucky' });
  assert.deepEqual(at('Rep. X, D-N.Y., said'), { party: 'democrat', state: 'new york' });
  assert.deepEqual(at('Rep. X (R-Texas) said'), { party: 'republican', state: 'texas' });
  assert.equal(at('X (R-Zz.) said'), null);
  assert.equal(at('X said'), null);
});
