// The lexicon (src/core/lexicon/): every word list is written once, in one style, without duplicate entries, and no
// list is a near copy of another unless it says it extends it (words.ts `extend`).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORD_LISTS, type WordList } from '../../src/core/lexicon/words';
// every lexicon module, so that all lists are registered
import '../../src/core/lexicon/lexicon';
import '../../src/core/lexicon/entityWords';
import '../../src/core/lexicon/functionWords';
import '../../src/core/lexicon/newsWords';
import '../../src/core/lexicon/speechVerbs';
import '../../src/core/lexicon/speakerWords';
import '../../src/core/lexicon/loadedVerbs';
import '../../src/core/lexicon/givenNames';

/** Entries written twice in one list. */
function duplicates(list: WordList): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const w of list.entries) (seen.has(w) ? twice : seen).add(w);
  return [...twice];
}

/** Pairs of lists of similar size (the smaller ≥ 80% of the larger) where ≥ 90% of the smaller is in the larger. */
function nearCopies(lists: readonly WordList[]): string[] {
  const full = new Map<WordList, Set<string>>();
  const setOf = (l: WordList): Set<string> => {
    let s = full.get(l);
    if (!s) {
      const base = l.base ? lists.find((b) => b.name === l.base) : undefined;
      s = new Set([...(base ? setOf(base) : []), ...l.entries]);
      full.set(l, s);
    }
    return s;
  };
  // a base and its extension, or two extensions of one base, are declared relatives
  const related = (a: WordList, b: WordList): boolean =>
    a.base === b.name || b.base === a.name || (a.base !== undefined && a.base === b.base);
  const found: string[] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const [a, b] = [lists[i], lists[j]];
      if (related(a, b)) continue;
      const [small, large] = setOf(a).size <= setOf(b).size ? [setOf(a), setOf(b)] : [setOf(b), setOf(a)];
      if (small.size < 3 || small.size < 0.8 * large.size) continue;
      let shared = 0;
      for (const w of small) if (large.has(w)) shared++;
      if (shared >= 0.9 * small.size) found.push(`${a.name} ~ ${b.name} (${shared}/${small.size})`);
    }
  }
  return found;
}

test('lexicon: the checks catch a duplicate entry and a near copy (they can fail)', () => {
  const a: WordList = { name: 'A', entries: ['in', 'on', 'at', 'by', 'in'] };
  const b: WordList = { name: 'B', entries: ['in', 'on', 'at', 'by', 'of'] };
  assert.deepEqual(duplicates(a), ['in']);
  assert.deepEqual(
    nearCopies([
      { name: 'A', entries: ['in', 'on', 'at', 'by', 'with', 'for', 'to', 'from', 'of', 'off'] },
      { name: 'B', entries: ['in', 'on', 'at', 'by', 'with', 'for', 'to', 'from', 'of', 'up'] },
    ]),
    ['A ~ B (9/10)'],
  );
  // declared as base + extension, the same pair passes; an unrelated small subset passes too
  assert.deepEqual(nearCopies([b, { name: 'C', entries: ['off'], base: 'B' }]), []);
  assert.deepEqual(
    nearCopies([b, { name: 'D', entries: ['in', 'on', 'at', 'by', 'of', 'x', 'y', 'z', 'w', 'v'] }]),
    [],
  );
});

test('lexicon: every list has a unique name', () => {
  const names = WORD_LISTS.map((l) => l.name);
  assert.deepEqual(
    names.filter((n, i) => names.indexOf(n) !== i),
    [],
  );
  assert.ok(WORD_LISTS.length >= 80, `only ${WORD_LISTS.length} lists registered`);
});

test('lexicon: no list holds the same entry twice', () => {
  const bad = WORD_LISTS.map((l) => [l.name, duplicates(l)] as const).filter(([, d]) => d.length > 0);
  assert.deepEqual(bad, []);
});

test('lexicon: no two lists are near copies unless one extends the other', () => {
  assert.deepEqual(nearCopies(WORD_LISTS), []);
});

test('lexicon: every lexicon file is imported above (so its lists are checked)', () => {
  const dir = join(process.cwd(), 'src', 'core', 'lexicon');
  const self = readFileSync(join(process.cwd(), 'test', 'unit', 'lexicon.test.ts'), 'utf8');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'words.ts')) {
    assert.ok(self.includes(`src/core/lexicon/${f.replace(/\.ts$/, '')}'`), `${f} is not imported by lexicon.test.ts`);
  }
});
