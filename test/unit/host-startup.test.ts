// The extension host loads no word list of the core at startup: the modules its activation imports reach the
// lexicon only through imports made on first use (the host's command fallback), which keeps ~10 ms of word-list
// building out of the activation's single main-thread turn. Each word list registers itself in WORD_LISTS when its
// module loads, so an eager import anywhere below shows up as a name here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { WORD_LISTS } from '../../src/core/lexicon/words';
import '../../src/extension/analysisClient';
import '../../src/shared/protocol';
import '../../src/shared/commandQueries';
import '../../src/shared/panelProtocol';
import '../../src/shared/checks/ruleIds';
import '../../src/shared/report/genderMethod';
import '../../src/shared/exporters';
import '../../src/shared/paintData';
import '../../src/shared/symbolModel';

test('the host-side modules load without building any of the core’s word lists', () => {
  assert.deepEqual(
    WORD_LISTS.map((l) => l.name),
    [],
  );
});

test('the host’s command fallback still answers, loading the checks and their word lists on first use', async () => {
  const { answerCommand } = await import('../../src/shared/answerCommand');
  const analysis = { quotes: [], speakers: [], people: [], places: [] };
  assert.deepEqual(answerCommand(analysis, 'No quotes here.', { what: 'checks', options: {} }), []);
  assert.ok(WORD_LISTS.length > 0, 'the checks brought the word lists in');
});
