// Sports teams named in the plural ("the Kamloops Blazers") and the club a sentence is about, for "the club said".
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('a plural name after "the" is a team, not a person: "a loss to the Port Wendell Otters"', () => {
  const m = findEntities(
    'The Dunmore Falcons lost again on Friday, this time to the Port Wendell Otters, after a defeat by the Grantham Stingers.',
  );
  const orgs = m.organizations.map((o) => o.text);
  assert.ok(orgs.includes('Port Wendell Otters'), orgs.join(' | '));
  assert.ok(orgs.includes('Grantham Stingers'), orgs.join(' | '));
  assert.deepEqual(
    m.people.map((p) => p.text),
    [],
  );
});

test('near miss: a person named as a modifier after "the" stays a person, a plural place stays a place', () => {
  const m = findEntities('Volunteers for the Bernie Sanders campaign flew to the Cayman Islands on Monday.');
  assert.ok(
    m.people.some((p) => p.text === 'Bernie Sanders'),
    m.people.map((p) => p.text).join(' | '),
  );
  assert.ok(!m.organizations.some((o) => o.text.includes('Cayman')));
});

test('"the club said" takes up the club the sentence is about, not the one after "by"', () => {
  const text =
    'In the Northern Counties League, meanwhile, Harbury Athletic sacked manager Dev Colston after a 4-1 defeat by ' +
    'Wexley Rovers.\n\n' +
    '"We thank Dev for three good seasons," the club said in a statement.\n';
  assert.equal(speakerOf(text, 'We thank Dev'), 'Harbury Athletic');
});

test('near miss: the club named last stays when it is the subject, a club before it after a preposition', () => {
  const text =
    'In the Northern Counties League, after a 4-1 defeat by Harbury Athletic, Wexley Rovers sacked manager Dev ' +
    'Colston.\n\n' +
    '"We thank Dev for three good seasons," the club said in a statement.\n';
  assert.equal(speakerOf(text, 'We thank Dev'), 'Wexley Rovers');
});

test('"the league said" takes up a sport\'s association named before, its name lacking the word "league"', () => {
  const text =
    'The National Basketball Association fined the Hartwell Comets $50,000 on Tuesday for a bench violation.\n\n' +
    '"Conduct of this kind has no place in our game," the league said in a statement.\n';
  assert.equal(speakerOf(text, 'Conduct of this kind'), 'National Basketball Association');
});

test('near miss: an association named for no sport is no league', () => {
  const text =
    'The National Dental Association criticized the ruling on Tuesday.\n\n' +
    '"Conduct of this kind has no place in our game," the league said in a statement.\n';
  assert.notEqual(speakerOf(text, 'Conduct of this kind'), 'National Dental Association');
});

test("near miss: the players' association of a sport is their union, not the league", () => {
  const text =
    'The National Basketball Association suspended two players on Monday. The National Basketball Players ' +
    'Association said it would appeal.\n\n' +
    '"The review is complete," the league said.\n';
  assert.equal(speakerOf(text, 'The review is complete'), 'National Basketball Association');
});
