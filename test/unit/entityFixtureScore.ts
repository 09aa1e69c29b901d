// Scores the entity recognizer on a fixture of paragraphs with their expected people and places (the modern-news
// fixtures in test/fixtures/core/), shared by modern-entities.test.ts and modern-entities-2.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';

interface Case {
  text: string;
  people: string[];
  places: string[];
  either?: string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

/** Multiset comparison of found mention texts with the expected ones; `either` texts count neither way. */
function compare(found: Span[], expected: string[], either: string[], score: Score, label: string): void {
  const left = [...expected];
  for (const s of found) {
    const at = left.indexOf(s.text);
    if (at >= 0) {
      left.splice(at, 1);
      score.tp++;
    } else if (!either.includes(s.text)) {
      score.fp++;
      score.errors.push(`${label} extra: ${s.text}`);
    }
  }
  score.fn += left.length;
  for (const t of left) score.errors.push(`${label} missed: ${t}`);
}

export const f1 = (s: Score): number => (200 * s.tp) / Math.max(1, 2 * s.tp + s.fp + s.fn);

/** People and places scores over every paragraph of `fixture` (a path under test/fixtures/core/). */
export function scoreEntityFixture(fixture: string): { cases: number; people: Score; places: Score } {
  const cases = (
    JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/core', fixture), 'utf8')) as { cases: Case[] }
  ).cases;
  const people: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
  const places: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
  for (const c of cases) {
    const r = findEntities(c.text);
    const head = c.text.slice(0, 40).replace(/\n/g, ' ');
    compare(r.people, c.people, c.either ?? [], people, `[${head}] person`);
    compare(r.places, c.places, c.either ?? [], places, `[${head}] place`);
  }
  return { cases: cases.length, people, places };
}
