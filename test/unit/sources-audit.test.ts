// The panel's Sources section: the audit built with the panel model, its lines, and how each line filters the tree.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { buildPanelState } from '../../src/shared/panelModel';
import { buildRows, facetKey, rowKey, treeKey } from '../../src/webview/rows';
import { auditLabel, auditRows } from '../../src/webview/sourcesAudit';

const ARTICLE = `Harbour talks stall over fishing quotas

VALMORE, March 3 (Newswire) - Talks between Norland and Estavia over fishing rights stalled on Tuesday.

"We will not sign an agreement that empties our harbours," Norland's Fisheries Minister Clara Okafor told reporters in Valmore.

Okafor said the two sides had agreed to meet again next month.

"Nobody leaves this table a loser," Estavia's chief negotiator, Tomas Brandt, said.

A senior official said the talks could resume in April.
`;

const state = buildPanelState(analyze(ARTICLE), ARTICLE, 'talks.news', 1);

test('the audit counts sources by type, direct vs reported, words per source and gender', () => {
  const a = state.audit;
  assert.ok(a);
  assert.equal(a.sources, a.named + a.organizations + a.anonymous + a.documents);
  assert.equal(a.documents, 0);
  assert.ok(a.named >= 2 && a.anonymous >= 1, JSON.stringify(a));
  assert.equal(a.direct + a.reported, state.counts.quotes);
  assert.equal(a.direct, state.counts.direct);
  const okafor = a.wordsBySpeaker.find((s) => s.name === 'Clara Okafor');
  assert.ok(okafor && okafor.words >= 19, JSON.stringify(a.wordsBySpeaker));
  assert.ok(a.wordsBySpeaker.reduce((n, s) => n + s.words, 0) <= a.words);
  assert.equal(a.gender.female + a.gender.male + a.gender.unknown, a.named);
  assert.ok(a.gender.female >= 1 && a.gender.male >= 1, JSON.stringify(a.gender));
  assert.match(a.genderMethod, /first name/);
  assert.equal(state.speakers.find((s) => s.name === 'Clara Okafor')?.gender, 'female');
});

test('the Sources section is the first group; its lines are level-2 treeitems; gender lines follow the setting', () => {
  const rows = buildRows(state, '', new Set());
  assert.equal(rows[0].kind === 'group' && rows[0].testid, 'sources');
  const audit = rows.filter((r) => r.kind === 'audit');
  assert.ok(audit.length >= 5);
  assert.ok(audit.every((r) => r.level === 2 && r.parent === 0 && r.setsize === audit.length));
  assert.ok(audit.some((r) => r.kind === 'audit' && r.item.facet.kind === 'gender'));
  const off = buildRows(state, '', new Set(), { gender: false });
  assert.ok(!off.some((r) => r.kind === 'audit' && r.item.facet.kind === 'gender'));
  const bars = auditRows(state.audit!, true).filter((i) => i.share !== undefined);
  assert.ok(bars.length >= 2 && bars.every((b) => b.share! > 0 && b.share! <= 1));
  assert.match(auditLabel(bars[0], false), /% of quoted words\. Activate to filter/);
});

test('each line filters the tree: by type, by quote kind, by speaker, by gender; places and other sources go', () => {
  const quotesOf = (rows: ReturnType<typeof buildRows>) =>
    rows.filter((r) => r.kind === 'quote').map((r) => (r.kind === 'quote' ? r.quote : null)!);
  const speakersOf = (rows: ReturnType<typeof buildRows>) =>
    rows.filter((r) => r.kind === 'speaker').map((r) => (r.kind === 'speaker' ? r.speaker.name : ''));
  const anonymous = buildRows(state, '', new Set(), { gender: true, facet: { kind: 'type', value: 'anonymous' } });
  assert.ok(speakersOf(anonymous).length >= 1);
  assert.ok(
    speakersOf(anonymous).every((n) => /official/i.test(n)),
    speakersOf(anonymous).join(),
  );
  assert.ok(!anonymous.some((r) => r.kind === 'place'));
  const direct = buildRows(state, '', new Set(), { gender: true, facet: { kind: 'quote', value: 'direct' } });
  assert.ok(quotesOf(direct).length === state.counts.direct && quotesOf(direct).every((q) => q.kind === 'direct'));
  const okaforId = state.speakers.find((s) => s.name === 'Clara Okafor')!.id;
  const one = buildRows(state, '', new Set(), { gender: true, facet: { kind: 'speaker', id: okaforId } });
  assert.deepEqual(speakersOf(one), ['Clara Okafor']);
  const women = buildRows(state, '', new Set(), { gender: true, facet: { kind: 'gender', value: 'female' } });
  assert.deepEqual(speakersOf(women), ['Clara Okafor']);
  // the active line is marked, and stays in the tree so it can be activated again to clear the filter
  const active = women.filter((r) => r.kind === 'audit' && r.active);
  assert.equal(active.length, 1);
  assert.equal(rowKey(active[0]), `audit:${facetKey({ kind: 'gender', value: 'female' })}`);
});

test('the arrow keys move through the Sources lines like any rows', () => {
  const rows = buildRows(state, '', new Set());
  assert.deepEqual(treeKey(rows, 0, 'ArrowDown'), { focus: 1 });
  assert.equal(rows[1].kind, 'audit');
  assert.deepEqual(treeKey(rows, 1, 'ArrowLeft'), { focus: 0 });
  assert.deepEqual(treeKey(rows, 0, 'ArrowLeft'), { toggle: 0, open: false });
  const closed = buildRows(state, '', new Set(['group:sources']));
  assert.ok(!closed.some((r) => r.kind === 'audit'));
});

test('a document that speaks is counted apart, with its own line that filters to it; no line when there is none', () => {
  const text = 'The memo, dated March 3, said the city would cut 40 jobs.\n\n"We are ready," Mayor Ana Rivera said.\n';
  const withMemo = buildPanelState(analyze(text), text, 'memo.news', 1);
  assert.equal(withMemo.audit?.documents, 1);
  assert.equal(withMemo.audit?.anonymous, 0);
  const line = auditRows(withMemo.audit!, false).find((i) => i.label === 'Documents');
  assert.ok(line && line.count === 1);
  const rows = buildRows(withMemo, '', new Set(), { gender: false, facet: line.facet });
  assert.deepEqual(
    rows.filter((r) => r.kind === 'speaker').map((r) => (r.kind === 'speaker' ? r.speaker.name : '')),
    ['the memo'],
  );
  assert.ok(!auditRows(state.audit!, false).some((i) => i.label === 'Documents'));
});
