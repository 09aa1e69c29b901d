// "Who said what" as JSON, CSV, Markdown and a plain-text summary. Pure functions of (analysis, text, source name).
import type { Analysis, HumanCheck, Quote, Speaker } from '../core/types';
import { checkWording, machineSaid } from './humanCheck';
import { showInvisibles } from './invisibles';
import { displayQuote } from './quoteMarks';
import { countsOf, LineIndex, quotesInOrder, speakerById, speakerIdsOf } from './analysisQueries';
import { plural, speakerDetails } from './labels';

export type ExportFormat = 'json' | 'csv' | 'markdown';

export interface ExportInput {
  analysis: Analysis;
  /** The analysed text (for line numbers). */
  text: string;
  /** File name or URI shown in the export. */
  source: string;
}

interface QuoteRow {
  speaker: string | null;
  speakerId: string | null;
  speakerType: Speaker['type'] | null;
  role: string | null;
  kind: 'direct' | 'reported';
  text: string;
  via: string | null;
  cue: string | null;
  confidence: number;
  /** 'human' when a person corrected, added or confirmed it. */
  origin: Quote['origin'];
  /** confirmed, corrected or added, when a person checked it (see Quote.check). */
  check: HumanCheck | null;
  /** Whom the machine had named before a person's correction. */
  machineSpeaker: string | null;
  line: number;
  start: number;
  end: number;
}

function quoteRows({ analysis, text }: ExportInput): QuoteRow[] {
  const lines = new LineIndex(text);
  return quotesInOrder(analysis).map((q: Quote) => {
    const speaker = speakerById(analysis, q.speakerId);
    return {
      speaker: q.speaker,
      speakerId: q.speakerId,
      speakerType: speaker?.type ?? null,
      role: speaker?.role ?? null,
      kind: q.kind === 'direct' ? 'direct' : 'reported',
      text: q.text,
      via: q.speakerMention?.text ?? null,
      cue: q.cue?.text ?? null,
      confidence: Math.round(q.confidence * 100) / 100,
      origin: q.origin ?? 'machine',
      check: q.origin === 'human' ? (q.check ?? null) : null,
      machineSpeaker: q.machineSpeaker ?? null,
      line: lines.lineOf(q.start),
      start: q.start,
      end: q.end,
    };
  });
}

export function toJson(input: ExportInput): string {
  const { analysis, source } = input;
  const counts = countsOf(analysis);
  const lines = new LineIndex(input.text);
  const doc = {
    source,
    counts,
    speakers: analysis.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      role: s.role ?? null,
      quoteCount: s.quoteCount,
      mentions: s.mentions.length,
    })),
    quotes: quoteRows(input),
    places: analysis.places.map((p) => ({
      name: p.name,
      text: p.text,
      kind: p.kind ?? null,
      country: p.country ?? null,
      line: lines.lineOf(p.start),
      start: p.start,
      end: p.end,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** RFC 4180 cell; a leading = + - @ (or tab/CR) is prefixed with ' so spreadsheets never run article text as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(input: ExportInput): string {
  const header = [
    'speaker',
    'speaker_type',
    'role',
    'kind',
    'quote',
    'via',
    'cue',
    'confidence',
    'line',
    'start',
    'end',
    'origin',
    'check',
    'machine_speaker',
  ];
  const rows = quoteRows(input).map((r) =>
    [
      r.speaker,
      r.speakerType,
      r.role,
      r.kind,
      r.text,
      r.via,
      r.cue,
      r.confidence,
      r.line,
      r.start,
      r.end,
      r.origin,
      r.check,
      r.machineSpeaker,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * Escapes Markdown syntax in article text (block starts included) while keeping it readable; bidi controls and
 * invisible characters are shown as `[U+202E]` (see shared/invisibles), never obeyed by the preview.
 */
export function markdownText(text: string): string {
  return showInvisibles(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]<>#|!~]/g, '\\$&')
    .replace(/^([+-]|\d+[.)])(\s)/, '\\$1$2');
}

/** "- “…” — _direct, said, via “he”, line 3, corrected by a person (the machine said “Bell”)_" */
function markdownQuoteLine({ r, q }: { r: QuoteRow; q: Quote }): string {
  const marks = markdownText(displayQuote(r.text, r.kind === 'direct' ? 'direct' : 'indirect'));
  const via = r.via && r.via !== r.speaker ? `, via “${markdownText(r.via)}”` : '';
  const check = checkWording(q);
  const said = machineSaid(q);
  const checked = check ? `, ${check.verb} by a person${said ? ` (${markdownText(said)})` : ''}` : '';
  return `- ${marks} — _${r.kind}${r.cue ? `, ${markdownText(r.cue)}` : ''}${via}, line ${r.line}${checked}_`;
}

export function toMarkdown(input: ExportInput): string {
  const { analysis, source } = input;
  const c = countsOf(analysis);
  const rows = quoteRows(input);
  // rows follow quotesInOrder: the i-th row is the i-th quote, whose speakers may be several ("X and Y agreed")
  const ordered = quotesInOrder(analysis);
  const out: string[] = [
    `# Who said what — ${markdownText(source)}`,
    '',
    `${plural(c.quotes, 'quote', 'quotes')} (${c.direct} direct, ${c.reported} reported) · ${plural(c.speakers, 'speaker', 'speakers')}` +
      `${c.anonymous > 0 ? ` (${c.anonymous} anonymous)` : ''} · ${plural(c.places, 'place', 'places')}`,
    '',
  ];
  const pairs = rows.map((r, i) => ({ r, q: ordered[i] }));
  const speakers = [...analysis.speakers].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  for (const s of speakers) {
    const own = pairs.filter((p) => speakerIdsOf(p.q).includes(s.id));
    out.push(
      `## ${markdownText(s.name)}`,
      '',
      `_${markdownText(speakerDetails(s).join(', '))} · ${plural(own.length, 'quote')}_`,
      '',
    );
    out.push(...own.map(markdownQuoteLine));
    if (own.length > 0) out.push('');
  }
  const orphans = pairs.filter((p) => !p.r.speakerId);
  if (orphans.length > 0) out.push('## Unattributed', '', ...orphans.map(markdownQuoteLine), '');
  if (analysis.places.length > 0) {
    out.push('## Places', '');
    for (const p of groupPlaces(analysis)) {
      const facts = [p.kind, p.country].filter(Boolean).map((x) => markdownText(String(x)));
      out.push(
        `- ${markdownText(p.name)}${facts.length ? ` (${facts.join(', ')})` : ''}${p.count > 1 ? ` × ${p.count}` : ''}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

export interface PlaceGroup {
  name: string;
  kind?: string;
  country?: string;
  count: number;
  first: { start: number; end: number };
}

/** Places by canonical name, in order of first mention. */
export function groupPlaces(analysis: Analysis): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const p of [...analysis.places].sort((a, b) => a.start - b.start)) {
    const key = p.name.toLowerCase();
    const g = groups.get(key);
    if (g) g.count++;
    else
      groups.set(key, {
        name: p.name,
        kind: p.kind,
        country: p.country,
        count: 1,
        first: { start: p.start, end: p.end },
      });
  }
  return [...groups.values()];
}

/** Plain-text summary for the clipboard. */
export function toSummary(input: ExportInput): string {
  const { analysis, source } = input;
  const c = countsOf(analysis);
  const lines = [
    `${source}: ${plural(c.quotes, 'quote', 'quotes')} (${c.direct} direct, ${c.reported} reported) · ${plural(c.speakers, 'speaker', 'speakers')}` +
      ` · ${plural(c.places, 'place', 'places')}`,
  ];
  const speakers = [...analysis.speakers].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  for (const s of speakers) {
    const extra = speakerDetails(s, { person: false }).join(', ');
    lines.push(`- ${s.name}${extra ? ` (${extra})` : ''}: ${plural(s.quoteCount, 'quote', 'quotes')}`);
  }
  const unattributed = analysis.quotes.filter((q) => !q.speakerId).length;
  if (unattributed > 0) lines.push(`- unattributed: ${plural(unattributed, 'quote', 'quotes')}`);
  const places = groupPlaces(analysis);
  if (places.length > 0) lines.push(`Places: ${places.map((p) => p.name).join(', ')}`);
  return lines.join('\n');
}

export function render(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'json':
      return toJson(input);
    case 'csv':
      return toCsv(input);
    case 'markdown':
      return toMarkdown(input);
  }
}
