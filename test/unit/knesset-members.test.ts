// Israeli papers title a Knesset member "MK" as British ones title an MP, and put the party in brackets after the
// name ("MK Dana Levi (Likud)"): the title is no part of the name, and the bracket does not hide the subject's verb
// from a reported cue ("… (Likud) opened the session by saying that …"). Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"MK X said:" is the member, with "MK" her title', () => {
  const a = analyze('MK Noa Shalev Baruch said: "The committee will not approve this budget."');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speaker, 'Noa Shalev Baruch');
  assert.equal(a.speakers.find((s) => s.name === 'Noa Shalev Baruch')?.type, 'person');
});

test('a party tag in brackets before "opened … by saying that": the member reports', () => {
  const text =
    'Committee chairman MK Gideon Avrahami Tal (Likud) opened the session by saying that commuters had "waited ' +
    'long enough for this train."';
  const reported = analyze(text).quotes.find((q) => q.kind === 'indirect');
  assert.equal(reported?.speaker, 'Gideon Avrahami Tal');
});

test('the same with a British party tag and "began by saying"', () => {
  const reported = analyze(
    'Councillor Morag Lindsay (Labour) began by saying the ferry timetable was a disgrace.',
  ).quotes.find((q) => q.kind === 'indirect');
  assert.equal(reported?.speaker, 'Morag Lindsay');
});
