/**
 * `npm run eval -- FILE.jsonl [--limit=N] [--verbose] [--errors] [--no-baseline] [--speaker-errors] [--renamed] [--restyled=present|bare|given|wrapped|british|oneline]`: scores the analysis core on annotated data.
 * Dispatches on the file's shape: lines with `quotes` are scored as attributions (PolNeAR),
 * lines with `entities` as people/places (CoNLL). `--errors` lists missed and made-up attributions by category;
 * `--no-baseline` skips compromise's baseline (faster); `--speaker-errors` lists quotes whose
 * speaker is wrong by resolved name, or whose speaker mention misses the annotated source (for studying train
 * errors, never dev); `--renamed` swaps quoted people's surnames for unseen ones first (eval/renamed.ts); `--restyled=present` puts speech verbs in the present tense, `--restyled=bare` drops
 * courtesy titles, `--restyled=wrapped` breaks lines at 72 columns, `--restyled=british`
 * quotes with single marks, `--restyled=oneline` joins each article's paragraphs into one line (eval/restyled.ts). See ../shared/data/README.md. A folder instead of a file scores the project's own
 * probe articles (`npm run eval -- test/fixtures/probes [--errors]`, eval/probes.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { withResolvedLabels } from './eval/resolvedLabels';
import { evalProbes } from './eval/probes';
import { evalQuotes } from './eval/quotes';
import { evalEntities } from './eval/ner';
import { renamed, type RenamableDoc } from './eval/renamed';
import { restyled, STYLES } from './eval/restyled';
import { renamedPeople } from './eval/renamedPeople';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const limitArg = args.find((a) => a.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.split('=')[1]) : Infinity;
const verbose = args.includes('--verbose');
const errors = args.includes('--errors');
const baseline = !args.includes('--no-baseline');
const speakerErrors = args.includes('--speaker-errors');
const rename = args.includes('--renamed');
const styleArg = args.find((a) => a.startsWith('--restyled='))?.slice('--restyled='.length);
const style = STYLES.find((s) => s === styleArg);
if (files.length === 0 || (styleArg !== undefined && !style)) {
  console.error(
    'usage: npm run eval -- FILE.jsonl [--limit=N] [--verbose] [--errors] [--no-baseline] [--speaker-errors] [--renamed] [--restyled=present|bare|given|wrapped|british|oneline]',
  );
  process.exit(2);
}
for (const file of files) {
  if (statSync(file).isDirectory()) {
    console.log(`# ${file} (probe articles)`);
    evalProbes(file, { errors });
    continue;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const read = lines.slice(0, limit).map((l) => JSON.parse(l) as Record<string, unknown>);
  const quoted = read.length > 0 && 'quotes' in read[0];
  // hand-resolved train speakers first: renaming and restyling carry them along with the offsets they move
  const labelled = quoted ? withResolvedLabels(read) : { docs: read, filled: 0 };
  let docs = labelled.docs;
  if (quoted && rename)
    docs = docs.map((d) => renamed(d as unknown as RenamableDoc) as unknown as Record<string, unknown>);
  if (!quoted && rename && read.length > 0 && 'entities' in read[0])
    docs = docs.map(
      (d) => renamedPeople(d as unknown as Parameters<typeof renamedPeople>[0]) as unknown as Record<string, unknown>,
    );
  if (quoted && style)
    docs = docs.map((d) => restyled(d as unknown as RenamableDoc, style) as unknown as Record<string, unknown>);
  const notes = [
    labelled.filled > 0 && `${labelled.filled} speakers hand-resolved`,
    rename && (quoted ? 'surnames of quoted people renamed' : 'people renamed'),
    style && `restyled: ${style}`,
  ].filter(Boolean);
  console.log(`# ${file} (${[`${docs.length} documents`, ...notes].join(', ')})`);
  if (docs.length > 0 && 'quotes' in docs[0]) evalQuotes(docs, { verbose, errors, baseline, speakerErrors });
  else if (docs.length > 0 && 'entities' in docs[0]) evalEntities(docs, { verbose });
  else console.error(`${file}: neither quotes nor entities annotations`);
}
