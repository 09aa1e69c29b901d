/**
 * Writes an Analysis as a brat `.ann` file, attributions as PolNeAR codes them: per quote a `Source` (the speaker
 * mention), a `Cue`, a `Content` (one fragment per part) and an `Attribution` trigger, tied by one event:
 *
 *   T1	Source 96 108	Clara Okafor
 *   T2	Cue 109 113	said
 *   T3	Content 114 160;170 190	We will not sign … harbours
 *   T4	Attribution 109 113	said
 *   E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 *
 * then a `Place` and a `Person` line for each place and person. The trigger spans the cue (else the source, else the
 * content's first fragment): brat needs a trigger, and the cue is the words that make the attribution.
 * A brat line cannot hold a line break, so a span that crosses one is written as fragments on either side of it.
 * Offsets count code points of the file as is (see offsetCounting.ts).
 */
import type { Analysis, Quote, Span } from '../../core/types';
import { codePointCounter } from './offsetCounting';
import type { Fragment } from './standoff';

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;

/** Cuts a range at every line break, dropping pieces with nothing but spaces. */
export function splitAtLineBreaks(text: string, [start, end]: Fragment): Fragment[] {
  const out: Fragment[] = [];
  let from = start;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(LINE_BREAK)) {
    const at = start + (m.index ?? 0);
    if (text.slice(from, at).trim() !== '') out.push([from, at]);
    from = at + m[0].length;
  }
  if (text.slice(from, end).trim() !== '') out.push([from, end]);
  return out;
}

class AnnWriter {
  private lines: string[] = [];
  private nextT = 1;
  private nextE = 1;
  private readonly count: (index: number) => number;

  constructor(private readonly text: string) {
    this.count = codePointCounter(text);
  }

  /** Adds a T line over these ranges; returns its id, or null when nothing but line breaks and spaces remain. */
  textBound(label: string, ranges: Fragment[]): string | null {
    const fragments = ranges.flatMap((r) => splitAtLineBreaks(this.text, r));
    if (fragments.length === 0) return null;
    const id = `T${this.nextT++}`;
    const offsets = fragments.map(([s, e]) => `${this.count(s)} ${this.count(e)}`).join(';');
    const words = fragments.map(([s, e]) => this.text.slice(s, e).replace(/\t/g, ' ')).join(' ');
    this.lines.push(`${id}\t${label} ${offsets}\t${words}`);
    return id;
  }

  event(label: string, trigger: string, args: Array<[role: string, id: string | null]>): void {
    const list = args.filter((a): a is [string, string] => a[1] !== null).map(([role, id]) => ` ${role}:${id}`);
    this.lines.push(`E${this.nextE++}\t${label}:${trigger}${list.join('')}`);
  }

  result(): string {
    return this.lines.length === 0 ? '' : this.lines.join('\n') + '\n';
  }
}

const range = (span: Span | null): Fragment[] => (span ? [[span.start, span.end]] : []);

function writeQuote(out: AnnWriter, quote: Quote): void {
  const source = quote.speakerMention ? out.textBound('Source', range(quote.speakerMention)) : null;
  const cue = quote.cue ? out.textBound('Cue', range(quote.cue)) : null;
  const parts: Fragment[] = (quote.parts?.length ? quote.parts : [quote]).map((p) => [p.start, p.end]);
  const content = out.textBound('Content', parts);
  if (!content) return;
  const anchor = quote.cue ?? quote.speakerMention;
  const trigger = out.textBound('Attribution', anchor ? range(anchor) : parts);
  if (trigger)
    out.event('Attribution', trigger, [
      ['Content', content],
      ['Cue', cue],
      ['Source', source],
    ]);
}

export function writeStandoff(text: string, analysis: Analysis): string {
  const out = new AnnWriter(text);
  for (const quote of analysis.quotes) writeQuote(out, quote);
  for (const place of analysis.places) out.textBound('Place', range(place));
  for (const person of analysis.people) out.textBound('Person', range(person));
  return out.result();
}
