// Attribution checks (src/shared/checks) on short articles written for these tests: each rule fires where it should
// and stays quiet on the clean version of the same text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/index';
import { findUnbalancedMarks } from '../../src/core/quotes/unbalancedMarks';
import {
  CHECK_RULES,
  RULE_IDS,
  runChecks,
  type CheckOptions,
  type Finding,
  type RuleId,
} from '../../src/shared/checks/index';
import { editDistance } from '../../src/shared/checks/editDistance';
import { neutralVerb } from '../../src/shared/checks/loadedVerb';
import { DEFAULT_LOADED_VERBS } from '../../src/core/lexicon/loadedVerbs';

const repo = resolve(__dirname, '..', '..', '..');

function check(text: string, options: CheckOptions = {}): Finding[] {
  return runChecks(text, analyze(text), options);
}

function only(rule: RuleId, text: string, options: CheckOptions = {}): Array<Finding & { text: string }> {
  return check(text, options)
    .filter((f) => f.rule === rule)
    .map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

const CLEAN = `Ferry service resumes after storm

HALVIK, May 9 (Northwire) — Ferries between Halvik and the outer islands ran again on Friday.

"The crossing is safe again," said Ingrid Solberg, the harbour master.

Solberg said two boats had been damaged. "We will repair them this month," she said.
`;

test('checks: a clean article has no findings', () => {
  assert.deepEqual(check(CLEAN), []);
});

test('unattributed-quote: a quote standing alone fires; an attributed one does not', () => {
  const text = `${CLEAN}\nThe storm closed the port for three days.\n\n"Every hour of delay costs the islands dearly."\n`;
  const found = only('unattributed-quote', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].text, '"Every hour of delay costs the islands dearly."');
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].quoteStart, found[0].start);
  assert.deepEqual(only('unattributed-quote', CLEAN), []);
});

test('anonymous-source: an unnamed source fires (information), a named one does not', () => {
  const text = `${CLEAN}\n"The insurers will fight every claim," a port official said.\n`;
  const found = only('anonymous-source', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].text, 'a port official');
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(only('anonymous-source', CLEAN), []);
});

test('unbalanced-quotes: an opener that never closes and a stray closer fire; news-style runs over paragraphs do not', () => {
  const open = `Mayor speaks\n\n"We will rebuild the pier, Mayor Ana Ruiz said at the town hall.\n\nThe pier was closed in March.\n`;
  const found = only('unbalanced-quotes', open);
  assert.equal(found.length, 1);
  assert.equal(found[0].start, open.indexOf('"'));
  assert.match(found[0].message, /never closes/);
  const stray = `Mayor speaks\n\nWe will rebuild the pier," Mayor Ana Ruiz said.\n`;
  assert.match(only('unbalanced-quotes', stray)[0]?.message ?? '', /never opened/);
  const runOn = `Mayor speaks\n\n"We will rebuild the pier," Mayor Ana Ruiz said. "It will take a year.\n\n"And it will cost less than the old one."\n`;
  assert.deepEqual(only('unbalanced-quotes', runOn), []);
  assert.deepEqual(findUnbalancedMarks(CLEAN), []);
});

test('unbalanced-quotes: apostrophes and curly pairs are not marks to balance', () => {
  const text = `“It’s the islanders’ ferry,” said Ingrid Solberg. «Nous revenons», she added.\n`;
  assert.deepEqual(findUnbalancedMarks(text), []);
});

test('pronoun-only-speaker: "he" with nobody named fires on the pronoun; resolved pronouns do not', () => {
  const text = `Storm damage\n\n"We lost everything in one night," he said.\n\nThe village has asked for help.\n`;
  const found = only('pronoun-only-speaker', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].text, 'he');
  assert.deepEqual(only('unattributed-quote', text), [], 'the same quote is not reported twice');
  assert.deepEqual(only('pronoun-only-speaker', CLEAN), []);
});

test('loaded-verb: flags the cue, proposes "said" in the same tense, and follows the list setting', () => {
  const text = `${CLEAN}\n"Nothing was hidden," Solberg insisted.\n\nThe minister claims the ferries are safe.\n`;
  const found = only('loaded-verb', text);
  assert.deepEqual(
    found.map((f) => f.text),
    ['insisted', 'claims'],
  );
  assert.equal(found[0].fix?.text, 'said');
  assert.equal(found[1].fix?.text, 'says');
  assert.deepEqual(
    only('loaded-verb', text, { loadedVerbs: ['claims'] }).map((f) => f.text),
    ['claims'],
  );
  assert.deepEqual(only('loaded-verb', CLEAN), []);
  // the verb elsewhere than in an attribution is not the check's business
  assert.deepEqual(only('loaded-verb', `${CLEAN}\nTwo sailors were admitted to hospital.\n`), []);
});

test('loaded-verb: the neutral verb keeps the tense', () => {
  const listed = new Set(['claim', 'claims', 'claimed', 'claiming']);
  assert.deepEqual(
    ['claimed', 'claims', 'claiming', 'claim', 'Conceded'].map((v) => neutralVerb(v, listed)),
    ['said', 'says', 'saying', 'say', 'Said'],
  );
});

test('speaker-name-mismatch: Okafor / Okafur fires on the rarer spelling; different people do not', () => {
  const text = `Dock strike\n\n"We will stay out," said Amara Okafor, the union's leader.\n\nOkafor said the talks had failed. "Nobody called us," Okafur said.\n`;
  const found = only('speaker-name-mismatch', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].text, 'Okafur');
  assert.match(found[0].message, /Okafor/);
  // two first names: two people (Anna Berg and Tomas Borg)
  const two = `Dock strike\n\n"We will stay out," said Anna Bergen, the union's leader.\n\n"We will not pay more," said Tomas Bergan, the port's director.\n`;
  assert.deepEqual(only('speaker-name-mismatch', two), []);
  // short names and different initials are never compared
  const short = `Talks\n\n"Yes," said Lee.\n\n"No," said Lew.\n\n"Maybe," said Marks. "Soon," said Parks.\n`;
  assert.deepEqual(only('speaker-name-mismatch', short), []);
});

test('editDistance: substitutions, swaps and the early stop', () => {
  assert.equal(editDistance('okafor', 'okafur', 2), 1);
  assert.equal(editDistance('okafor', 'okafro', 2), 1);
  assert.equal(editDistance('okafor', 'okafor', 2), 0);
  assert.equal(editDistance('lindqvist', 'lindquist', 2), 1);
  assert.equal(editDistance('okafor', 'brandt', 1), 2);
});

test('severities: a setting changes a rule\'s severity, "off" removes it', () => {
  const text = `${CLEAN}\n"The insurers will fight every claim," a port official said.\n`;
  assert.equal(only('anonymous-source', text, { severities: { 'anonymous-source': 'error' } })[0].severity, 'error');
  assert.deepEqual(only('anonymous-source', text, { severities: { 'anonymous-source': 'off' } }), []);
});

test('samples: the draft sample shows every rule but pronoun-only-speaker; the finished samples only anonymous sources', () => {
  const draft = readFileSync(join(repo, 'samples', 'transit-draft.news'), 'utf8');
  const rules = new Set(check(draft).map((f) => f.rule));
  assert.deepEqual(
    RULE_IDS.filter((r) => !rules.has(r)),
    ['pronoun-only-speaker'],
  );
  for (const name of ['harbor-strike.news', 'summit-voices.news', 'library-interview.news']) {
    const text = readFileSync(join(repo, 'samples', name), 'utf8');
    const found = check(text);
    assert.ok(
      found.every((f) => f.rule === 'anonymous-source'),
      `${name}: ${found.map((f) => f.rule).join(', ')}`,
    );
  }
});

test("RULE_IDS lists the registry's rules in its order", () => {
  assert.deepEqual(
    RULE_IDS,
    CHECK_RULES.map((r) => r.id),
  );
});

test("package.json: a severity setting per rule with the rule's default, and the default loaded-verb list", () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  const props = pkg.contributes.configuration.properties;
  for (const rule of CHECK_RULES)
    assert.equal(props[`newsAnnotator.checks.${rule.id}`]?.default, rule.defaultSeverity, rule.id);
  assert.deepEqual(props['newsAnnotator.checks.loadedVerbs'].default, [...DEFAULT_LOADED_VERBS]);
});

test('unbalanced-quotes: CRLF text, guillemets, and a run-on paragraph whose next paragraph does not reopen', () => {
  const crlf = 'Mayor speaks\r\n\r\n"We will rebuild the pier, Mayor Ana Ruiz said.\r\n\r\nThe pier was closed.\r\n';
  const found = findUnbalancedMarks(crlf);
  assert.equal(found.length, 1);
  assert.equal(crlf.slice(found[0].start, found[0].end), '"');
  assert.deepEqual(findUnbalancedMarks('« Nous reviendrons », a dit Ana Ruiz.\n'), []);
  assert.equal(findUnbalancedMarks('« Nous reviendrons, a dit Ana Ruiz.\n').length, 1);
  const runOnNoReopen = '"We will rebuild the pier," Ana Ruiz said. "It will take a year.\n\nThe council agreed.\n';
  const open = findUnbalancedMarks(runOnNoReopen);
  assert.equal(open.length, 1);
  assert.equal(open[0].start, runOnNoReopen.indexOf('"It'));
});
