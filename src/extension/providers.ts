// Hover and document-symbol (Outline, breadcrumbs, Go to Symbol) providers over the current analysis.
import * as vscode from 'vscode';
import type { Analysis, Quote, Speaker } from '../core/types';
import type { AnalysisController } from './analysisController';
import { itemsAt, quotesInOrder, shortSummary } from './analysisQueries';
import type { OutlineMode } from './settings';
import { displayQuote } from './quoteMarks';
import { HOVER_COMMANDS, placeHover, quoteHover, speakerHover, truncate } from './hoverContent';

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: AnalysisController) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.controller.isAnnotated(doc)) return undefined;
    await this.controller.analyseNow(doc);
    const analysis = this.controller.currentAnalysis(doc);
    if (!analysis) return undefined;
    const offset = doc.offsetAt(position);
    const found = itemsAt(analysis, offset);
    const sections: string[] = [];
    const spans: { start: number; end: number }[] = [];
    // Innermost first: a speaker or place mention inside a quote is what the pointer is on.
    if (found.speaker) {
      sections.push(speakerHover(analysis, found.speaker.speaker, found.speaker.mention.start));
      spans.push(found.speaker.mention);
    }
    if (found.place) {
      sections.push(placeHover(found.place));
      spans.push(found.place);
    }
    if (found.quote) {
      sections.push(quoteHover(analysis, found.quote));
      spans.push(found.quote);
    }
    if (sections.length === 0) return undefined;
    const span = spans[0];
    return new vscode.Hover(markdown(sections.join('\n\n---\n\n')), new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}

const SPEAKER_KIND: Record<Speaker['type'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  anonymous: vscode.SymbolKind.Key,
};

export function quoteSymbolName(q: Quote): string {
  return displayQuote(truncate(q.text, 72), q.kind);
}

/** Speakers (with their quotes as children) in order of first appearance, then unattributed quotes. */
export function documentSymbols(doc: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const range = (s: { start: number; end: number }): vscode.Range => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  const quoteSymbol = (q: Quote): vscode.DocumentSymbol =>
    new vscode.DocumentSymbol(
      quoteSymbolName(q),
      [q.kind === 'direct' ? 'direct' : 'reported', q.cue?.text].filter(Boolean).join(' · '),
      q.kind === 'direct' ? vscode.SymbolKind.String : vscode.SymbolKind.Event,
      range(q),
      range(q),
    );
  const quotes = quotesInOrder(analysis);
  const symbols: { at: number; symbol: vscode.DocumentSymbol }[] = [];
  for (const s of analysis.speakers) {
    const own = quotes.filter((q) => q.speakerId === s.id);
    const anchors = [...s.mentions, ...own].sort((a, b) => a.start - b.start);
    if (anchors.length === 0) continue;
    const first = s.mentions.length > 0 ? [...s.mentions].sort((a, b) => a.start - b.start)[0] : anchors[0];
    const whole = { start: anchors[0].start, end: Math.max(...anchors.map((a) => a.end)) };
    const detail = [s.role, s.type === 'anonymous' ? 'anonymous' : undefined, `${own.length} ${own.length === 1 ? 'quote' : 'quotes'}`]
      .filter(Boolean)
      .join(' · ');
    const symbol = new vscode.DocumentSymbol(s.name, detail, SPEAKER_KIND[s.type], range(whole), range(first));
    symbol.children = own.map(quoteSymbol);
    symbols.push({ at: whole.start, symbol });
  }
  for (const q of quotes) if (!q.speakerId) symbols.push({ at: q.start, symbol: quoteSymbol(q) });
  return symbols.sort((a, b) => a.at - b.at).map((s) => s.symbol);
}

/** Name of the one root symbol that holds speakers and quotes outside news articles. */
export const OUTLINE_ROOT = 'Who said what';

/** Whether the symbols go under one root: always when `grouped`, outside news articles when `auto`. */
export function groupsSymbols(mode: OutlineMode, languageId: string): boolean {
  return mode === 'grouped' || (mode === 'auto' && languageId !== 'news-article');
}

/** One "Who said what" symbol spanning all of `symbols` (its children), so other outlines keep their top level. */
export function outlineRoot(symbols: vscode.DocumentSymbol[], summary: string): vscode.DocumentSymbol | undefined {
  if (symbols.length === 0) return undefined;
  let range = symbols[0].range;
  for (const s of symbols) range = range.union(s.range);
  const root = new vscode.DocumentSymbol(OUTLINE_ROOT, summary, vscode.SymbolKind.Namespace, range, symbols[0].selectionRange);
  root.children = symbols;
  return root;
}

export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly controller: AnalysisController) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    const mode = this.controller.settings.outline;
    if (mode === 'off' || !this.controller.isAnnotated(doc)) return undefined;
    await this.controller.analyseNow(doc);
    const analysis = this.controller.currentAnalysis(doc);
    if (!analysis) return undefined;
    const symbols = documentSymbols(doc, analysis);
    if (!groupsSymbols(mode, doc.languageId)) return symbols;
    const root = outlineRoot(symbols, shortSummary(analysis));
    return root ? [root] : [];
  }
}
