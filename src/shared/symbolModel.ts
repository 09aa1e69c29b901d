// The document-symbol tree (Outline, breadcrumbs, Go to Symbol) as plain data, built in the analysis worker with
// editor positions: VS Code asks for symbols after every edit while breadcrumbs are on, and on a long article
// building thousands of symbols from the analysis would stall the extension host. The host only wraps this data
// in vscode.DocumentSymbol objects. No `vscode` import.
import { plural, speakerDetails } from './labels';
import type { Analysis, Quote } from '../core/types';
import { quotesInOrder, speakerIdsOf } from './analysisQueries';
import { breakIcons } from './commandQueries';
import { truncate } from './hoverContent';
import { displayQuote } from './quoteMarks';

/** start line, start character, end line, end character (0-based, as VS Code counts them). */
export type Positions = [number, number, number, number];

export type SymbolKindName = 'person' | 'organization' | 'anonymous' | 'document' | 'direct' | 'reported';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: SymbolKindName;
  range: Positions;
  selection: Positions;
  children: SymbolNode[];
}

export function quoteSymbolName(q: Quote): string {
  return breakIcons(displayQuote(truncate(q.text, 72), q.kind));
}

/**
 * Speakers (with their quotes as children) in order of first appearance, then unattributed quotes.
 * Every symbol's range is its own words: a speaker's is their first mention, a quote's the quote. A speaker's range
 * does not span their quotes: sticky scroll pins the first line of every symbol whose range encloses the view, and
 * a range from the first mention to the last quote pinned an article sentence over most of the text. (The quotes
 * therefore lie outside their parent's range; VS Code only requires the selection inside the range.)
 */
export function buildSymbolModel(
  analysis: Analysis,
  positions: (span: { start: number; end: number }) => Positions,
): SymbolNode[] {
  const quoteNode = (q: Quote): SymbolNode => ({
    name: quoteSymbolName(q),
    detail: breakIcons([q.kind === 'direct' ? 'direct' : 'reported', q.cue?.text].filter(Boolean).join(' · ')),
    kind: q.kind === 'direct' ? 'direct' : 'reported',
    range: positions(q),
    selection: positions(q),
    children: [],
  });
  const quotes = quotesInOrder(analysis);
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    for (const id of speakerIdsOf(q)) {
      let list = bySpeaker.get(id);
      if (!list) bySpeaker.set(id, (list = []));
      list.push(q);
    }
  }
  const nodes: { at: number; node: SymbolNode }[] = [];
  for (const s of analysis.speakers) {
    const own = bySpeaker.get(s.id) ?? [];
    const anchors = [...s.mentions, ...own];
    if (anchors.length === 0) continue;
    let first = anchors[0];
    for (const a of anchors) if (a.start < first.start) first = a;
    const firstMention = s.mentions.length > 0 ? s.mentions.reduce((a, b) => (b.start < a.start ? b : a)) : first;
    const detail = [...speakerDetails(s, { person: false }), plural(own.length, 'quote')].join(' · ');
    nodes.push({
      at: first.start,
      node: {
        name: breakIcons(s.name),
        detail: breakIcons(detail),
        kind: s.type,
        range: positions(firstMention),
        selection: positions(firstMention),
        children: own.map(quoteNode),
      },
    });
  }
  for (const q of quotes) if (!q.speakerId) nodes.push({ at: q.start, node: quoteNode(q) });
  return nodes.sort((a, b) => a.at - b.at).map((n) => n.node);
}
