import test from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_BYTES, decodeBytes, inspectText, utf8ByteLength } from '../../src/core/text/input';

const ARTICLE =
  'Officials said on Monday that talks would resume. "We are ready," the minister told reporters in Tokyo.\n';

function reason(text: string, byteLength?: number, maxBytes?: number): string {
  const r = inspectText(text, byteLength, maxBytes === undefined ? {} : { maxBytes });
  return r.ok ? 'ok' : r.reason;
}

test('inspectText accepts ordinary prose, emoji, CRLF, tabs, a BOM and ANSI escapes', () => {
  assert.equal(reason(ARTICLE), 'ok');
  assert.equal(reason('Le président a dit « non » 👍🏽\r\n\tFin.'), 'ok');
  assert.equal(reason('\uFEFFHeadline\r\rBody'), 'ok');
  assert.equal(reason('\u001b[1mBold\u001b[0m log line'), 'ok');
});

test('inspectText calls empty and white-space-only texts empty', () => {
  for (const t of ['', ' ', '\n\r\n\t', '\uFEFF', '\u00A0\u2003\u3000'])
    assert.equal(reason(t), 'empty', JSON.stringify(t));
  const r = inspectText('   ');
  assert.ok(!r.ok && /empty/i.test(r.message));
});

test('inspectText calls NUL bytes binary, even once in a long text', () => {
  assert.equal(reason(ARTICLE.repeat(100) + '\u0000' + ARTICLE), 'binary');
  const r = inspectText('abc\u0000def');
  assert.ok(!r.ok && /binary/i.test(r.message) && /NUL/.test(r.message));
});

test('inspectText calls a high share of control or U+FFFD characters binary, a few mis-decoded letters text', () => {
  const controls = Array.from({ length: 2000 }, (_, i) =>
    String.fromCharCode(i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26)),
  ).join('');
  assert.equal(reason(controls), 'binary');
  const replacement = 'ab\uFFFD\uFFFD\uFFFDc'.repeat(500);
  assert.equal(reason(replacement), 'binary');
  // Latin-1 prose read as UTF-8: one U+FFFD per accented letter is still an article.
  assert.equal(
    reason(
      'Le pr\uFFFDsident a d\uFFFDclar\uFFFD que la r\uFFFDunion aura lieu demain matin \u00E0 Paris. '.repeat(50),
    ),
    'ok',
  );
  // A readable head followed by garbage, and a binary head followed by a lot of text.
  assert.equal(reason('%PDF-1.7\n' + '\u0002\u0003\u0004\u0005'.repeat(2000)), 'binary');
  assert.equal(reason('\u0002\u0003\u0004\u0005\u0006'.repeat(500) + ARTICLE.repeat(2000)), 'binary');
});

test('inspectText refuses texts past the size limit, by the given byte length or by the UTF-8 size', () => {
  assert.equal(reason(ARTICLE, DEFAULT_MAX_BYTES + 1), 'too-large');
  assert.equal(reason(ARTICLE, DEFAULT_MAX_BYTES), 'ok');
  assert.equal(reason('x'.repeat(101), undefined, 100), 'too-large');
  assert.equal(reason('x'.repeat(100), undefined, 100), 'ok');
  // 40 three-byte characters are 120 bytes of UTF-8.
  assert.equal(reason('€'.repeat(40), undefined, 100), 'too-large');
  const r = inspectText('abc', 80 * 1024 * 1024);
  assert.ok(!r.ok && r.message.includes('80.0 MB') && r.message.includes('50.0 MB'));
});

test('utf8ByteLength matches Buffer.byteLength, including lone surrogates', () => {
  for (const t of ['', 'abc', 'é€𝄞', 'a\uD800b', '\uDC00', 'x\uD83D'])
    assert.equal(utf8ByteLength(t), Buffer.byteLength(t, 'utf8'), JSON.stringify(t));
});

test('decodeBytes reads UTF-8 with and without a BOM', () => {
  const text = 'Putin said: “Yes.” 🇯🇵';
  const plain = decodeBytes(Buffer.from(text, 'utf8'));
  assert.deepEqual(plain, { text, encoding: 'utf-8', bom: false, invalidUtf8: false });
  const withBom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  assert.deepEqual(withBom, { text, encoding: 'utf-8', bom: true, invalidUtf8: false });
  assert.deepEqual(decodeBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8', bom: false, invalidUtf8: false });
});

test('decodeBytes reads UTF-16 LE and BE with a BOM, and BOM-less UTF-16 of Latin text', () => {
  const text = 'Abe said “progress” on the Kuril Islands 🗾.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.deepEqual(decodeBytes(le), { text, encoding: 'utf-16le', bom: true, invalidUtf8: false });
  const beBody = Buffer.from(text, 'utf16le').swap16();
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]);
  assert.deepEqual(decodeBytes(be), { text, encoding: 'utf-16be', bom: true, invalidUtf8: false });
  assert.equal(decodeBytes(Buffer.from(text, 'utf16le')).encoding, 'utf-16le');
  assert.equal(decodeBytes(Buffer.from(text, 'utf16le')).text, text);
  assert.equal(decodeBytes(Buffer.from(text, 'utf16le').swap16()).text, text);
});

test('decodeBytes flags invalid UTF-8 and replaces it, never throws', () => {
  const latin1 = Buffer.from('Le président a déclaré', 'latin1');
  const d = decodeBytes(latin1);
  assert.equal(d.invalidUtf8, true);
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.text, 'Le pr\uFFFDsident a d\uFFFDclar\uFFFD');
  const paragraph = decodeBytes(
    Buffer.from('Le président a déclaré que la réunion aura lieu demain matin à Paris. '.repeat(20), 'latin1'),
  );
  assert.equal(inspectText(paragraph.text).ok, true, 'a Latin-1 article stays text');
  // Truncated multi-byte sequence at the end, overlong encoding, lone continuation byte.
  for (const bytes of [[0x61, 0xe2, 0x82], [0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80]]) {
    const r = decodeBytes(Uint8Array.from(bytes));
    assert.equal(r.invalidUtf8, true, bytes.join(','));
    assert.ok(r.text.includes('\uFFFD'));
  }
});

test('decodeBytes + inspectText call random bytes binary', () => {
  // A deterministic pseudo-random byte soup (xorshift), like a zip or an image.
  let s = 0x12345678;
  const bytes = new Uint8Array(64 * 1024);
  for (let i = 0; i < bytes.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    bytes[i] = s & 0xff;
  }
  const d = decodeBytes(bytes);
  assert.equal(inspectText(d.text, bytes.length).ok, false);
  // A PNG-like header followed by zeros.
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const r = inspectText(decodeBytes(png).text, png.length);
  assert.ok(!r.ok && r.reason === 'binary');
});
