// Hover and document-symbol (Outline, breadcrumbs, Go to Symbol) providers over the current analysis.
import * as vscode from 'vscode';

import type { AnalysisController } from './analysisController';
import { isStale } from './analysisState';
import { summaryOf } from '../shared/analysisQueries';
import type { OutlineMode } from './settings';
import { HOVER_COMMANDS } from '../shared/hoverContent';
import { quoteSymbolName, type Positions, type SymbolKindName, type SymbolNode } from '../shared/symbolModel';

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

const STALE_HOVER =
  '**News Annotator:** not up to date. The analysis of this version failed (see the News Annotator output); the highlights are from the last good analysis.';

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: AnalysisController) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.controller.isAnnotated(doc)) return undefined;
    await this.controller.analyseNow(doc);
    // The worker, which holds the analysis, finds what is under the pointer: no parsing on the host.
    const result = this.controller.currentResult(doc);
    // The current version failed to analyse: the highlights on screen are the last good ones, and the hover says so.
    if (!result && isStale(this.controller.state(doc.uri))) return new vscode.Hover(markdown(STALE_HOVER));
    const found = await result?.hover(doc.offsetAt(position));
    if (!found || doc.isClosed) return undefined;
    return new vscode.Hover(
      markdown(found.markdown),
      new vscode.Range(doc.positionAt(found.start), doc.positionAt(found.end)),
    );
  }
}

const SYMBOL_KIND: Record<SymbolKindName, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  anonymous: vscode.SymbolKind.Key,
  document: vscode.SymbolKind.File,
  direct: vscode.SymbolKind.String,
  reported: vscode.SymbolKind.Event,
};

export { quoteSymbolName };

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** DocumentSymbols from the worker's symbol model, made in slices with yields so a long article never stalls. */
export async function documentSymbols(model: readonly SymbolNode[]): Promise<vscode.DocumentSymbol[]> {
  const Range = vscode.Range;
  const range = (p: Positions): vscode.Range => new Range(p[0], p[1], p[2], p[3]);
  let made = 0;
  const make = async (node: SymbolNode): Promise<vscode.DocumentSymbol> => {
    const symbol = new vscode.DocumentSymbol(
      node.name,
      node.detail,
      SYMBOL_KIND[node.kind],
      range(node.range),
      range(node.selection),
    );
    for (const child of node.children) symbol.children.push(await make(child));
    if (++made % 500 === 0) await nextTurn();
    return symbol;
  };
  const out: vscode.DocumentSymbol[] = [];
  for (const node of model) out.push(await make(node));
  return out;
}

/** Name of the one root symbol that holds speakers and quotes outside news articles. */
export const OUTLINE_ROOT = 'Who said what';

/** Whether the symbols go under one root: always when `grouped`, outside news articles when `auto`. */
export function groupsSymbols(mode: OutlineMode, languageId: string): boolean {
  return mode === 'grouped' || (mode === 'auto' && languageId !== 'news-article');
}

/**
 * One "Who said what" symbol holding all of `symbols` (its children), so other outlines keep their top level. Its
 * range is its first child's, not the union: a range over the whole article would pin that line in sticky scroll
 * over a Markdown file's own headings.
 */
export function outlineRoot(symbols: vscode.DocumentSymbol[], summary: string): vscode.DocumentSymbol | undefined {
  if (symbols.length === 0) return undefined;
  const root = new vscode.DocumentSymbol(
    OUTLINE_ROOT,
    summary,
    vscode.SymbolKind.Namespace,
    symbols[0].range,
    symbols[0].selectionRange,
  );
  root.children = symbols;
  return root;
}

export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly controller: AnalysisController) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    const mode = this.controller.settings.outline;
    if (mode === 'off' || !this.controller.isAnnotated(doc)) return undefined;
    await this.controller.analyseNow(doc);
    const result = this.controller.currentResult(doc);
    if (!result) return undefined;
    const model = await result.symbols();
    if (!model) return undefined;
    const symbols = await documentSymbols(model);
    if (!groupsSymbols(mode, doc.languageId)) return symbols;
    const root = outlineRoot(symbols, summaryOf(result.counts));
    return root ? [root] : [];
  }
}
