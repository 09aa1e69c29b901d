// Long command texts (an export of a 1 MB article is ~7 MB) travel from the worker as UTF-8 bytes and are decoded
// on the host in slices (src/shared/longText.ts): the text that arrives is exactly the text that was sent.
import test from 'node:test';
import assert from 'node:assert/strict';
import { decodeInSlices, LONG_TEXT, packLongText, textBytes, unpackLongText } from '../../src/shared/longText';
import { render } from '../../src/shared/exporters';
import type { Analysis } from '../../src/core/types';

const noWait = (): Promise<void> => Promise.resolve();

test('textBytes: only a long text that UTF-8 carries losslessly', () => {
  assert.equal(textBytes('short'), undefined, 'a short text travels as it is');
  const long = 'Zoë said “yes” — 北京 🙂\n'.repeat(LONG_TEXT / 10);
  assert.deepEqual(textBytes(long), new TextEncoder().encode(long));
  assert.equal(textBytes(`${long}\ud800`), undefined, 'a lone surrogate would become U+FFFD');
  assert.ok(textBytes(`${long}\ud83d\ude42`), 'a surrogate pair is a character, not a lone surrogate');
});

test('decodeInSlices: characters split across slices, a leading BOM and an empty text all come back as they were', async () => {
  for (const text of ['', '\ufeff{"a": 1}\n', 'Zoë said “yes” — 北京 🙂 and left.'.repeat(50)]) {
    const bytes = new TextEncoder().encode(text);
    for (const slice of [1, 2, 3, 5, 7, 1024]) assert.equal(await decodeInSlices(bytes, noWait, slice), text);
  }
});

test('decodeInSlices yields between slices and once more after joining', async () => {
  let turns = 0;
  const text = 'abcdefghij'.repeat(10);
  const decoded = await decodeInSlices(new TextEncoder().encode(text), () => Promise.resolve(void turns++), 25);
  assert.equal(decoded, text);
  assert.equal(turns, 4, '4 slices: 3 yields between them, 1 after the join');
});

test('pack and unpack: a long export arrives byte for byte, with its bytes to write as they are', async () => {
  const quote = 'We will rebuild — “together”, said Zoë. '.repeat(20);
  const analysis: Analysis = {
    quotes: Array.from({ length: 400 }, (_, i) => ({
      start: i * 1000,
      end: i * 1000 + quote.length,
      text: quote,
      kind: 'direct' as const,
      speaker: null,
      speakerId: null,
      speakerMention: null,
      cue: null,
      confidence: 0.9,
    })),
    speakers: [],
    people: [],
    places: [],
  } as unknown as Analysis;
  const text = render('json', { analysis, text: 'x'.repeat(400_000), source: 'long.news' });
  assert.ok(text.length >= LONG_TEXT);
  const packed = packLongText({ text });
  assert.equal(packed.answer.text, '', 'the string itself is not sent');
  assert.ok(packed.textBytes);
  const unpacked = await unpackLongText(packed.answer, packed.textBytes);
  assert.equal(unpacked.text, text);
  assert.deepEqual(unpacked, { text, bytes: new TextEncoder().encode(text) });
});

test('pack and unpack leave other answers alone', async () => {
  for (const answer of [
    null,
    { text: 'short summary', short: '1 quote' },
    [{ id: 'a' }],
    { quote: { start: 1, end: 2 } },
  ]) {
    const packed = packLongText(answer);
    assert.deepEqual(packed, { answer });
    assert.equal(await unpackLongText(packed.answer, packed.textBytes), answer);
  }
});
