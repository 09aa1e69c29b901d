// AnalysisClient against scripted fake workers (plain JS written to a temp dir): scheduling, superseding, crash
// recovery. The real worker + core is exercised by the in-host suite and `npm run bench`.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisClient } from '../../src/extension/analysisClient';
import { fromJsonBytes } from '../../src/shared/jsonBytes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-client-'));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A worker that answers each request after `delay` ms with an analysis whose single quote is the text itself. */
function fakeWorker(name: string, body: string): string {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\n${body}\n`);
  return file;
}

const echo = fakeWorker(
  'echo',
  `let last = null;
  parentPort.on('message', (m) => {
    if (m.type === 'query' || m.type === 'command') {
      if (m.key === 'CRASH') process.exit(4);
      const current = last && last.key === m.key && last.version === m.version;
      if (m.type === 'command') {
        const answer = current ? { what: m.query.what, text: last.text } : null;
        return setTimeout(() => parentPort.postMessage({ type: 'commandAnswer', id: m.id, answer }), 5);
      }
      const bytes = current ? new TextEncoder().encode(JSON.stringify({ what: m.what, text: last.text })) : null;
      return setTimeout(() => parentPort.postMessage({ type: 'answer', id: m.id, bytes }, bytes ? [bytes.buffer] : []), 5);
    }
    if (m.type !== 'analyze') return;
    last = m;
    setTimeout(() => {
      if (m.text === 'BINARY') return parentPort.postMessage({ type: 'skipped', id: m.id, key: m.key, version: m.version, reason: 'binary', message: 'binary' });
      if (m.text === 'CRASH') process.exit(3);
      if (m.text === 'THROW') return parentPort.postMessage({ type: 'error', id: m.id, key: m.key, version: m.version, message: 'boom' });
      const analysis = { quotes: [{ start: 0, end: m.text.length, text: m.text, kind: 'direct', speaker: null, speakerId: null, speakerMention: null, cue: null, confidence: 1 }], speakers: [], people: [], places: [] };
      const analysisBytes = new TextEncoder().encode(JSON.stringify(analysis));
      parentPort.postMessage({ type: 'result', id: m.id, key: m.key, version: m.version, analysisBytes, ms: 1 }, [analysisBytes.buffer]);
    }, 20);
  });`,
);

test('analyses and returns the result for the requested version', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const out = await client.analyze('doc', 7, 'hello');
    assert.equal(out.status, 'ok');
    assert.equal(out.version, 7);
    assert.ok(out.status === 'ok' && out.result.analysis.quotes[0].text === 'hello');
    assert.equal(client.busy, false);
  } finally {
    client.dispose();
  }
});

test('a burst of requests for one document runs the first and the last; the ones between are superseded', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const outs = await Promise.all([1, 2, 3, 4].map((v) => client.analyze('doc', v, `v${v}`)));
    assert.deepEqual(
      outs.map((o) => o.status),
      ['ok', 'superseded', 'superseded', 'ok'],
    );
    const last = outs[3];
    assert.ok(last.status === 'ok' && last.result.analysis.quotes[0].text === 'v4');
  } finally {
    client.dispose();
  }
});

test('requests for different documents are all answered', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const outs = await Promise.all(['a', 'b', 'c'].map((k) => client.analyze(k, 1, k)));
    assert.deepEqual(
      outs.map((o) => o.status),
      ['ok', 'ok', 'ok'],
    );
  } finally {
    client.dispose();
  }
});

test('skipped and error replies are passed on', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const skipped = await client.analyze('doc', 1, 'BINARY');
    assert.ok(skipped.status === 'skipped' && skipped.reason === 'binary');
    const failed = await client.analyze('doc', 2, 'THROW');
    assert.ok(failed.status === 'error' && failed.message === 'boom');
    assert.equal((await client.analyze('doc', 3, 'fine')).status, 'ok', 'the worker still works after an error reply');
  } finally {
    client.dispose();
  }
});

test('a crashed worker is restarted once; a second crash is final and reported once', async () => {
  const restarts: string[] = [];
  const failures: string[] = [];
  const client = new AnalysisClient({
    workerPath: echo,
    onRestart: (r) => restarts.push(r),
    onFailure: (r) => failures.push(r),
  });
  try {
    const first = await client.analyze('doc', 1, 'CRASH');
    assert.equal(first.status, 'error');
    assert.equal(restarts.length, 1);
    assert.equal((await client.analyze('doc', 2, 'after restart')).status, 'ok', 'the restarted worker analyses');
    const second = await client.analyze('doc', 3, 'CRASH');
    assert.equal(second.status, 'error');
    assert.equal(failures.length, 1);
    assert.equal(client.failed, true);
    const later = await client.analyze('doc', 4, 'anything');
    assert.equal(later.status, 'error', 'no analysis after the final failure');
    assert.equal(failures.length, 1, 'the failure is reported once');
    assert.equal(restarts.length, 1);
  } finally {
    client.dispose();
  }
});

test('whenIdle resolves after the queue drains; dispose settles pending requests', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  const a = client.analyze('a', 1, 'one');
  const b = client.analyze('b', 1, 'two');
  await client.whenIdle();
  assert.equal(client.busy, false);
  assert.equal((await a).status, 'ok');
  assert.equal((await b).status, 'ok');
  const pending = client.analyze('c', 1, 'three');
  client.dispose();
  assert.equal((await pending).status, 'error');
  assert.equal((await client.analyze('d', 1, 'x')).status, 'error');
});

test('forget drops a waiting request for that document', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const running = client.analyze('a', 1, 'first');
    const waiting = client.analyze('b', 1, 'second');
    client.forget('b');
    assert.equal((await waiting).status, 'superseded');
    assert.equal((await running).status, 'ok');
  } finally {
    client.dispose();
  }
});

test('queries about the latest analysis are answered; stale or crashed ones resolve undefined', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const out = await client.analyze('doc', 1, 'hello');
    assert.ok(out.status === 'ok');
    const panel = await out.result.panelBytes();
    assert.ok(panel instanceof Uint8Array, 'the panel model comes as bytes, posted to the webview as they are');
    assert.deepEqual(fromJsonBytes(panel), { what: 'panel', text: 'hello' });
    assert.equal(out.result.panelBytesIfReady, panel, 'kept once fetched');
    const again = await client.analyze('doc', 2, 'hello again');
    assert.ok(again.status === 'ok');
    const [first, second] = await Promise.all([again.result.panelBytes(), again.result.panelBytes()]);
    assert.equal(first, second, 'callers while the query runs share one answer (the webview is posted it once)');
    await client.whenIdle();
    assert.equal(await client.query('doc', 3, 'symbols'), undefined, 'a version the worker does not have');
    await client.whenIdle();
    assert.equal(client.busy, false);
    assert.equal(await client.query('CRASH', 1, 'panel'), undefined, 'the worker died while answering');
    assert.equal((await client.analyze('doc', 3, 'after')).status, 'ok', 'restarted after the crash');
  } finally {
    client.dispose();
  }
});

test('command questions: answered for the analysed version, null for another, undefined once the worker is gone', async () => {
  const client = new AnalysisClient({ workerPath: echo });
  try {
    const out = await client.analyze('doc', 1, 'hello');
    assert.ok(out.status === 'ok');
    assert.equal(out.result.version, 1);
    assert.deepEqual(await client.command('doc', 1, { what: 'speakers' }), { what: 'speakers', text: 'hello' });
    assert.equal(await client.command('doc', 2, { what: 'speakers' }), null, 'the worker holds another version');
    assert.equal(await client.command('CRASH', 1, { what: 'speakers' }), undefined, 'the worker died while answering');
    await client.whenIdle();
    assert.equal(client.busy, false);
    client.dispose();
    assert.equal(await client.command('doc', 1, { what: 'speakers' }), undefined, 'disposed');
  } finally {
    client.dispose();
  }
});

const longAnswers = fakeWorker(
  'long-answers',
  `parentPort.on('message', (m) => {
    if (m.type === 'analyze') {
      const analysisBytes = new TextEncoder().encode(JSON.stringify({ quotes: [], speakers: [], people: [], places: [] }));
      return parentPort.postMessage({ type: 'result', id: m.id, key: m.key, version: m.version, analysisBytes, ms: 1 }, [analysisBytes.buffer]);
    }
    if (m.type !== 'command') return;
    const textBytes = new TextEncoder().encode('“Zoë” — 北京 🙂\\n'.repeat(50000));
    parentPort.postMessage({ type: 'commandAnswer', id: m.id, answer: { text: '' }, textBytes }, [textBytes.buffer]);
  });`,
);

test('a long command text sent as bytes arrives as the text, decoded in slices, with its bytes', async () => {
  const client = new AnalysisClient({ workerPath: longAnswers });
  try {
    assert.equal((await client.analyze('doc', 1, 'text')).status, 'ok');
    const answer = (await client.command('doc', 1, { what: 'export', format: 'json', source: 'doc' })) as {
      text: string;
      bytes?: Uint8Array;
    };
    const expected = '“Zoë” — 北京 🙂\n'.repeat(50000);
    assert.equal(answer.text, expected);
    assert.deepEqual(answer.bytes, new TextEncoder().encode(expected));
    await client.whenIdle();
    assert.equal(client.busy, false);
  } finally {
    client.dispose();
  }
});
