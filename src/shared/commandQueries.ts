// What the palette commands need to know about an analysis, computed where the analysis lives: in the worker
// (a 'command' request), or on the host as a fallback when the worker cannot answer. Pure and vscode-free, and
// every answer is small plain data, so a command on a 1 MB article never parses the whole Analysis on the host.
// The dispatcher, answerCommand, is in answerCommand.ts (the checks it runs need the core's word lists).
import type { Analysis, Span, SpeakerType } from '../core/types';
import { LineIndex, countsOf, quotesInOrder, speakerById, speakerIdsOf, stepQuote, summaryOf } from './analysisQueries';
import { toSummary, type ExportFormat } from './exporters';
import { truncate } from './hoverContent';
import { showInvisibles } from './invisibles';
import type { CheckOptions, Finding } from './checks/index';

export interface StepAnswer {
  /** The quote to select; undefined when there is none (for that speaker). */
  quote?: { start: number; end: number };
  wrapped: boolean;
  /** The speaker's name when the step was for one speaker (for "No quotes by …"). */
  speakerName?: string;
}

export interface SpeakerPick {
  id: string;
  name: string;
  type: SpeakerType;
  role?: string;
  quotes: number;
  mentions: number;
}

export interface QuotePick {
  kind: 'direct' | 'reported';
  /** Shortened for a one-line quick-pick label. */
  text: string;
  cue?: string;
  line: number;
  start: number;
  end: number;
}

export interface SpeakerQuotesAnswer {
  name: string;
  quotes: QuotePick[];
  /** Where a speaker who is never quoted is first mentioned. */
  firstMention?: { start: number; end: number };
}

export interface ExportAnswer {
  text: string;
  /** The text as UTF-8 when it came from the worker so (a long export): written to a file as is, not re-encoded. */
  bytes?: Uint8Array;
}

export interface SummaryAnswer {
  text: string;
  /** "6 quotes · 3 speakers" */
  short: string;
}

/** Each query with its answer; the protocol and the host derive their types from this one table. */
interface Queries {
  step: { query: { from: number; direction: 1 | -1; speakerId?: string }; answer: StepAnswer };
  speakers: { query: object; answer: SpeakerPick[] };
  speakerQuotes: { query: { speakerId: string }; answer: SpeakerQuotesAnswer | null };
  export: { query: { format: ExportFormat; source: string }; answer: ExportAnswer };
  summary: { query: { source: string }; answer: SummaryAnswer };
  /** The attribution checks' findings (the Problems panel), with the user's severities and word list. */
  checks: { query: { options: CheckOptions }; answer: Finding[] };
}

export type CommandKind = keyof Queries;
export type CommandQuery<K extends CommandKind = CommandKind> = K extends CommandKind
  ? { what: K } & Queries[K]['query']
  : never;
export type CommandAnswer<K extends CommandKind> = Queries[K]['answer'];

/**
 * Article text for places that render `$(icon)` syntax (quick-pick labels, descriptions, details; progress
 * titles): a backslash makes VS Code show the characters instead of an icon.
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** Article text in a quick pick or a progress title: invisible characters shown (`[U+202E]`), icons escaped. */
export function pickText(text: string): string {
  return escapeIcons(showInvisibles(text));
}

/**
 * Article text for labels shown both as plain text and with `$(icon)` rendering: symbol names appear in the
 * Outline (plain) and in Go to Symbol (VS Code prefixes its own icon and renders icons in the whole label). A
 * zero-width space after `$` shows nothing in either, where a backslash would show in the Outline. Invisible
 * characters already in the text are shown first (`[U+202E]`), so only that one stays invisible.
 */
export function breakIcons(text: string): string {
  return showInvisibles(text).replace(/\$\(/g, '$\u200b(');
}

/**
 * Article text (and file names) for notifications: VS Code makes `[label](command:…)`, `(https://…)` and
 * `(file:…)` in a message a clickable link and has no escape for it. A zero-width space between `]` and `(`
 * leaves the text as written but is no longer a link. Invisible characters already in the text are shown first
 * (`[U+202E]`), so a bidi override in a speaker's name cannot reorder the message.
 */
export function escapeLinks(text: string): string {
  return showInvisibles(text).replace(/\]\(/g, ']\u200b(');
}

const span = (s: Span): { start: number; end: number } => ({ start: s.start, end: s.end });

export function stepAnswer(analysis: Analysis, q: CommandQuery<'step'>): StepAnswer {
  const found = stepQuote(analysis, q.from, q.direction, q.speakerId);
  const speakerName = q.speakerId ? speakerById(analysis, q.speakerId)?.name : undefined;
  return { quote: found ? span(found.quote) : undefined, wrapped: found?.wrapped ?? false, speakerName };
}

/** Speakers for the quick pick: most quoted first, then by name. */
export function speakerPicks(analysis: Analysis): SpeakerPick[] {
  const quoted = new Map<string, number>();
  for (const q of analysis.quotes) for (const id of speakerIdsOf(q)) quoted.set(id, (quoted.get(id) ?? 0) + 1);
  return analysis.speakers
    .map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      role: s.role,
      quotes: quoted.get(s.id) ?? 0,
      mentions: s.mentions.length,
    }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** One speaker's quotes in text order, with their lines; null for an unknown speaker. */
export function speakerQuotes(analysis: Analysis, text: string, speakerId: string): SpeakerQuotesAnswer | null {
  const speaker = speakerById(analysis, speakerId);
  if (!speaker) return null;
  const lines = new LineIndex(text);
  const quotes = quotesInOrder(analysis, speakerId).map((q): QuotePick => ({
    kind: q.kind === 'direct' ? 'direct' : 'reported',
    text: truncate(q.text, 100),
    cue: q.cue?.text,
    line: lines.lineOf(q.start),
    start: q.start,
    end: q.end,
  }));
  const first = speaker.mentions[0];
  return { name: speaker.name, quotes, firstMention: first ? span(first) : undefined };
}

export function summaryAnswer(analysis: Analysis, text: string, source: string): SummaryAnswer {
  return { text: toSummary({ analysis, text, source }), short: summaryOf(countsOf(analysis)) };
}
