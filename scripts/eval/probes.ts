/**
 * Speakers on the project's own probe articles: `npm run eval -- test/fixtures/probes [--errors]`.
 *
 * A probe set is a folder of articles the project wrote itself in house styles its training news lacks (British
 * and Indian wire copy, company statements, long campaign features …): `NAME.txt` and beside it `NAME.json`, the
 * speaker a reader of the whole article would name for each direct quote, written before the article was run:
 *
 *   { "quotes": [ { "opens": "We need clean water", "speaker": "Ava Morningstar" },
 *                 { "opens": "The plant will close", "speaker": "Harbour Energy", "type": "organization" } ] }
 *
 * `opens` is the quote's first words (marks and spacing do not matter); `speaker` may list names a reader would
 * accept alike, joined by "|"; `type` is person (default), organization,
 * anonymous or group (members joined by "; "), judged by the same rule as "speaker right by resolved name"
 * (speakerMatch.ts). A listed quote the analysis does not find counts as wrong. Sub-folders are reported apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { analyze } from '../../src/core/index';
import type { Quote } from '../../src/core/types';
import { ourSpeakers } from './quotes';
import { resolvedVerdict } from './speakerMatch';

export interface ProbeQuote {
  opens: string;
  speaker: string;
  type?: 'person' | 'organization' | 'anonymous' | 'group';
}

export interface ProbeVerdict {
  article: string;
  opens: string;
  expected: string;
  /** What the analysis said: the speaker(s), or why there is none. */
  got: string;
  right: boolean;
}

/** Lower-case words only: the comparison ignores quotation marks, dashes and line breaks. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .join(' ');

/**
 * The direct quote that opens with these words, else one that contains them (a quote split by its cue), else a
 * reported statement that contains them (the shortest: a turn holds statements of its own): a fragment quoted inside
 * reported speech ("called it 'a bailout'") is shown as part of that statement, with its speaker.
 */
export function quoteOpening(quotes: Quote[], opens: string): Quote | undefined {
  const key = words(opens);
  const direct = quotes.filter((q) => q.kind === 'direct');
  return (
    direct.find((q) => words(q.text).startsWith(key)) ??
    direct.find((q) => words(q.text).includes(key)) ??
    innermost(quotes.filter((q) => q.kind === 'indirect' && words(q.text).includes(key)))
  );
}

/** A transcript turn holds the statements its speaker reports: the fragment belongs to the shortest that holds it. */
function innermost(quotes: Quote[]): Quote | undefined {
  return quotes.reduce<Quote | undefined>(
    (best, q) => (!best || q.text.length < best.text.length ? q : best),
    undefined,
  );
}

/** Every listed quote of one article, judged. */
export function judgeArticle(name: string, text: string, expected: ProbeQuote[]): ProbeVerdict[] {
  const analysis = analyze(text);
  return expected.map((e) => {
    const q = quoteOpening(analysis.quotes, e.opens);
    const ours = q ? ourSpeakers(q, analysis) : [];
    // "Harbour Energy|the company": any of the names a reader would accept
    const right = e.speaker.split('|').some((name) => !!resolvedVerdict(ours, name.trim(), e.type ?? 'person')?.right);
    const got = !q ? '(quote not found)' : ours.length === 0 ? '(no speaker)' : ours.map((o) => o.name).join(' + ');
    return { article: name, opens: e.opens, expected: e.speaker, got, right };
  });
}

/** The articles of a folder and its sub-folders, grouped by folder. */
export function probeSets(root: string): Map<string, Array<{ name: string; text: string; quotes: ProbeQuote[] }>> {
  const sets = new Map<string, Array<{ name: string; text: string; quotes: ProbeQuote[] }>>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.txt')) {
        const answers = path.replace(/\.txt$/, '.json');
        const quotes = (JSON.parse(readFileSync(answers, 'utf8')) as { quotes: ProbeQuote[] }).quotes;
        const set = relative(root, dir) || basename(root);
        sets.set(set, [...(sets.get(set) ?? []), { name: entry, text: readFileSync(path, 'utf8'), quotes }]);
      }
    }
  };
  walk(root);
  return sets;
}

const share = (right: number, all: number): string =>
  `${((100 * right) / Math.max(1, all)).toFixed(1)}% (${right}/${all})`;

export function evalProbes(root: string, opts: { errors: boolean }): void {
  let right = 0;
  let all = 0;
  for (const [set, articles] of probeSets(root)) {
    const verdicts = articles.flatMap((a) => judgeArticle(a.name, a.text, a.quotes));
    const r = verdicts.filter((v) => v.right).length;
    right += r;
    all += verdicts.length;
    console.log(`${set.padEnd(24)} ${articles.length} articles, speaker right ${share(r, verdicts.length)}`);
    if (opts.errors)
      for (const v of verdicts.filter((x) => !x.right))
        console.log(`  ${v.article}: "${v.opens}" → ${v.got}, expected ${v.expected}`);
  }
  console.log(`all probe sets           speaker right ${share(right, all)}`);
}
