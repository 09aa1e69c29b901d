/**
 * How the speaker table resolves a pronoun when two people of its gender are named nearby, measured on GAP
 * (Wikipedia paragraphs, a pronoun and two same-gender names A and B, labelled with the one it denotes): each
 * pronoun is resolved as if it were a speaker's ("she said"), through the whole cascade (salience rule, the learned
 * ranker where it may overrule it, the unnamed and described persons), and the name picked is mapped to A, B or
 * neither.
 *
 *   npm run speakers:gap -- ../shared/data/coref/gap_train.jsonl --news ../shared/data/quotes/polnear_train.jsonl
 *     [--folds 5] [--epochs 8] [--seeds 1] [--by-basis] [--cv-only]
 *
 * Prints, on the GAP file: the rule alone (no weights), the committed weights (in-sample when they were trained with
 * that file), and the weights retrained by the trainer's recipe (news + GAP, train-antecedents.ts) with each fifth of
 * the GAP file held out in turn (cross-validated: the honest figure). Accuracy counts the items whose answer is A or
 * B; F1 is GAP's own (each item's A and B judged coreferent or not). Never run on a dev file but once, at the end.
 */
import { analyze } from '../../src/core/index';
import { useAntecedentWeights } from '../../src/core/speakers/antecedents';
import { withResolvedLabels } from '../eval/resolvedLabels';
import committedWeights from '../../src/core/speakers/data/antecedentWeights.json';
import { collectGap, collectNews, gapSide, readJsonl, train, type Article, type GapItem } from './antecedentTraining';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'));
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const news = opt('news');
if (!file) {
  console.error('usage: gap-choice GAP.jsonl [--news POLNEAR_TRAIN.jsonl] [--folds 5] [--by-basis] [--once-on-dev]');
  process.exit(2);
}
if (/dev/.test(file) && !args.includes('--once-on-dev')) {
  console.error('gap-choice: a dev file is measured once, at the end (--once-on-dev)');
  process.exit(2);
}
const FOLDS = Number(opt('folds') ?? 5);
const options = { epochs: Number(opt('epochs') ?? 8), seeds: Number(opt('seeds') ?? 1) };

type Pick = { side: 'A' | 'B' | null; basis: string };

/** The system's pick for each item, with these weights in use. */
function picks(items: GapItem[], w: Record<string, number> | null): Pick[] {
  useAntecedentWeights(w);
  const out = items.map((g): Pick => {
    let found: Pick = { side: null, basis: 'nobody' };
    analyze(g.text, {
      probePronouns: [g.pronoun.start],
      onProbed: (at, s) => {
        if (at === g.pronoun.start && s) found = { side: gapSide(s.name, g), basis: s.basis ?? 'none' };
      },
    });
    return found;
  });
  useAntecedentWeights(null);
  return out;
}

const answer = (g: GapItem): 'A' | 'B' | null => (g.candidates[0].coref ? 'A' : g.candidates[1].coref ? 'B' : null);

/** Accuracy on the items answered A or B, and GAP's F1 over the A and B coreference judgments. */
function score(items: GapItem[], p: Pick[]): string {
  let right = 0;
  let answered = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  items.forEach((g, i) => {
    const gold = answer(g);
    if (gold) answered++;
    if (gold && p[i].side === gold) right++;
    for (const side of ['A', 'B'] as const) {
      if (p[i].side === side && gold === side) tp++;
      else if (p[i].side === side) fp++;
      else if (gold === side) fn++;
    }
  });
  const f1 = (200 * tp) / (2 * tp + fp + fn);
  const none = p.filter((x) => x.side === null).length;
  return `right ${((100 * right) / answered).toFixed(1)}% (${right}/${answered}), F1 ${f1.toFixed(1)}, neither picked ${none}`;
}

/** Right / all by the reason the resolution gives, the reasons most often given first. */
function byBasis(items: GapItem[], p: Pick[]): void {
  const counts = new Map<string, [number, number]>();
  items.forEach((g, i) => {
    const gold = answer(g);
    if (!gold) return;
    const c = counts.get(p[i].basis) ?? [0, 0];
    if (p[i].side === gold) c[0]++;
    c[1]++;
    counts.set(p[i].basis, c);
  });
  for (const [b, [r, n]] of [...counts].sort((x, y) => y[1][1] - x[1][1])) console.log(`    ${r}/${n}  ${b}`);
}

function report(label: string, items: GapItem[], p: Pick[]): void {
  console.log(`${label}: ${score(items, p)}`);
  const female = items.map((g) => /^(she|her|hers|herself)$/i.test(g.pronoun.text));
  const part = (want: boolean): string =>
    score(
      items.filter((_, i) => female[i] === want),
      p.filter((_, i) => female[i] === want),
    );
  console.log(`  feminine ${part(true)}; masculine ${part(false)}`);
  if (args.includes('--by-basis')) byBasis(items, p);
}

const items = readJsonl<GapItem>(file);
console.log(`${file}: ${items.length} pronouns`);
if (!args.includes('--cv-only')) {
  report('rule alone (no weights)', items, picks(items, {}));
  report('committed weights', items, picks(items, committedWeights as Record<string, number>));
}
if (news && !/dev/.test(file)) {
  const articles = withResolvedLabels(readJsonl<Article>(news)).docs.filter((a) =>
    a.quotes.some((q) => q.speaker_canonical),
  );
  const newsExamples = collectNews(articles, null).examples.filter((e) => e.kind === 'pronoun');
  const gap = collectGap(items, null);
  const cv: Pick[] = new Array<Pick>(items.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (i: number): boolean => i % FOLDS === fold;
    const w = train([...newsExamples, ...gap.filter((e) => !held(-1 - e.article))], options);
    const test = items.map((_, i) => i).filter(held);
    const got = picks(
      test.map((i) => items[i]),
      Object.fromEntries(w),
    );
    test.forEach((i, k) => (cv[i] = got[k]));
  }
  report(`retrained, ${FOLDS}-fold cross-validated on this file`, items, cv);
}
