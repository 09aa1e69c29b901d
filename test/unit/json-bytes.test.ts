// JSON as transferable UTF-8 bytes (src/shared/jsonBytes.ts): what the worker sends the host and the host posts
// to the panel's webview as is.
import test from 'node:test';
import assert from 'node:assert/strict';
import { fromJsonBytes, toJsonBytes, transferable } from '../../src/shared/jsonBytes';

test('round-trips any JSON value, non-ASCII article text included', () => {
  const value = { quote: '“Nous verrons,” a dit Zoë — 北京', n: [1, 2.5, null], nested: { ok: true } };
  const bytes = toJsonBytes(value);
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual(fromJsonBytes(bytes), value);
  assert.equal(toJsonBytes({ a: 1 }).byteLength, '{"a":1}'.length);
});

test('transferable: the whole buffer of a fresh encoding; nothing for a view into a larger buffer', () => {
  const bytes = toJsonBytes({ a: 1 });
  assert.deepEqual(transferable(bytes), [bytes.buffer]);
  const shared = new Uint8Array(new ArrayBuffer(16), 4, 8);
  assert.deepEqual(transferable(shared), [], 'transferring it would detach bytes that are not ours');
});

test('a transferred buffer arrives whole in another thread', async () => {
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const bytes = toJsonBytes({ speakers: ['Ann Reyes'] });
  const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
  port1.postMessage({ bytes }, transferable(bytes));
  assert.equal(bytes.byteLength, 0, 'moved, not copied');
  const message = (await received) as { bytes: Uint8Array };
  assert.deepEqual(fromJsonBytes(message.bytes), { speakers: ['Ann Reyes'] });
  port1.close();
  port2.close();
});
