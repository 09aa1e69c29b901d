// The sidecar's hand-written validator and its JSON Schema (schemas/annotations.schema.json) must agree: the same
// good and bad files go through both (ajv for the schema), and bad files get messages that say where the problem is.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import {
  anchorFor,
  corrections as c,
  emptySidecar,
  parseSidecar,
  serializeSidecar,
  validateSidecar,
} from '../../src/shared/annotations';

const schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../schemas/annotations.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaValid = ajv.compile(schema);

const TEXT = '"We will not close the library," Tom Hale said. RIVERTON is quiet.';
const r = (words: string): { start: number; end: number } => ({
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
});

function everyKind(): unknown {
  let s = emptySidecar();
  const q = r('"We will not close the library,"');
  s = c.setSpeaker(s, TEXT, q, { name: 'Ann Reyes', type: 'person' }, r('Tom Hale'));
  s = c.mergeSpeakers(s, ['Tom Hale'], 'Ann Reyes');
  s = c.renameSpeaker(s, 'Ann Reyes', 'Ann B. Reyes');
  s = c.setRole(s, 'Ann B. Reyes', 'mayor');
  s = c.notQuote(s, TEXT, q);
  s = c.addQuote(s, TEXT, {
    range: q,
    kind: 'direct',
    speaker: null,
    cue: r('said'),
    mention: r('Tom Hale'),
    parts: [r('We will'), r('library')],
  });
  s = c.addQuote(s, TEXT, { range: q, kind: 'indirect', speaker: { name: 'a clerk', type: 'anonymous' } });
  s = c.changeExtent(s, TEXT, q, r('We will not close the library'));
  s = c.markEntity(s, TEXT, 'place', r('RIVERTON'), 'Riverton');
  s = c.markEntity(s, TEXT, 'person', r('Tom Hale'));
  s = c.notEntity(s, TEXT, 'place', r('RIVERTON'));
  s = c.notEntity(s, TEXT, 'person', r('Tom Hale'));
  s = c.confirm(s, TEXT, q);
  s = c.setCoding(s, { complete: true, source: 'brat:story.ann' });
  return JSON.parse(serializeSidecar(s));
}

const anchor = anchorFor(TEXT, 0, 5);
const BAD: Array<[string, unknown, RegExp]> = [
  ['not an object', [], /file: must be an object/],
  ['no version', { annotations: [] }, /missing "version"/],
  ['a future version', { version: 2, annotations: [] }, /file\.version: must be one of 1/],
  [
    'an unknown kind',
    { version: 1, annotations: [{ id: 'a1', kind: 'delete', target: anchor }] },
    /annotations\[0\]\.kind: must be one of/,
  ],
  [
    'a negative offset',
    { version: 1, annotations: [{ id: 'a1', kind: 'confirm', target: { ...anchor, start: -1 } }] },
    /target\.start: must be a whole number/,
  ],
  [
    'an anchor without its text',
    { version: 1, annotations: [{ id: 'a1', kind: 'notQuote', target: { start: 0, end: 1, prefix: '', suffix: '' } }] },
    /missing "exact"/,
  ],
  [
    'a bad speaker type',
    {
      version: 1,
      annotations: [{ id: 'a1', kind: 'setSpeaker', target: anchor, speaker: { name: 'X', type: 'robot' } }],
    },
    /speaker\.type: must be one of/,
  ],
  [
    'an unknown property',
    { version: 1, annotations: [{ id: 'a1', kind: 'confirm', target: anchor, note: 'x' }] },
    /unknown property "note"/,
  ],
  [
    'a merge of no one',
    { version: 1, annotations: [{ id: 'a1', kind: 'mergeSpeakers', names: [], into: 'X' }] },
    /names: must have at least 1/,
  ],
  ['coding without complete', { version: 1, coding: { source: 'x' }, annotations: [] }, /coding: missing "complete"/],
];

test('a sidecar with every kind of correction is valid for the validator and for the JSON Schema', () => {
  const file = everyKind();
  assert.deepEqual(validateSidecar(file), { ok: true, sidecar: file });
  assert.ok(schemaValid(file), JSON.stringify(schemaValid.errors));
  assert.ok(schemaValid(JSON.parse(serializeSidecar(emptySidecar()))));
});

for (const [what, file, message] of BAD) {
  test(`rejected by both: ${what}`, () => {
    const v = validateSidecar(file);
    assert.equal(v.ok, false);
    if (!v.ok) assert.match(v.errors.join('\n'), message);
    assert.equal(schemaValid(file), false, 'the JSON Schema rejects it too');
  });
}

test('an end before its start and a repeated id are rejected (checks the schema cannot express)', () => {
  const v = validateSidecar({
    version: 1,
    annotations: [{ id: 'a1', kind: 'confirm', target: { ...anchor, start: 4, end: 2 } }],
  });
  assert.ok(!v.ok && /end: must be ≥ start/.test(v.errors.join()));
  const twice = validateSidecar({
    version: 1,
    annotations: [
      { id: 'a1', kind: 'confirm', target: anchor },
      { id: 'a1', kind: 'notQuote', target: anchor },
    ],
  });
  assert.ok(!twice.ok && /"a1" is used twice/.test(twice.errors.join()));
});

test('text that is not JSON gets a clear message; serialisation round-trips', () => {
  const v = parseSidecar('{"version": 1, "annotations": [');
  assert.ok(!v.ok && /^not valid JSON/.test(v.errors[0]));
  const text = serializeSidecar(everyKind() as never);
  const back = parseSidecar(text);
  assert.ok(back.ok);
  assert.equal(serializeSidecar(back.sidecar), text);
  assert.ok(text.endsWith('}\n'));
});

test('a wholly wrong file lists at most 20 problems', () => {
  const many = { version: 1, annotations: Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, kind: 'confirm' })) };
  const v = validateSidecar(many);
  assert.ok(!v.ok && v.errors.length === 20);
});
