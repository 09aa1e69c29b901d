// Hover text (Markdown) for quotes, speakers and places. Article text is always escaped: an article can contain
// Markdown, HTML, `$(icon)` syntax or `command:` links, and none of it may render or run.
import { COMMAND_IDS, CORRECTION_COMMAND_IDS } from './commandIds';
import { speakerTypeLabel } from './labels';
import type { Analysis, Place, Quote, Speaker } from '../core/types';
import { itemsAt, speakerById, speakerIdsOf } from './analysisQueries';
import { showInvisibles } from './invisibles';
import { confidenceReason, isUncertain } from './confidenceReason';
import { checkWording, machineSaid } from './humanCheck';

/** The commands hover links may run (the hover's MarkdownString trusts exactly these). */
export const HOVER_COMMANDS = [
  COMMAND_IDS.showPanel,
  COMMAND_IDS.nextQuote,
  CORRECTION_COMMAND_IDS.setSpeaker,
  CORRECTION_COMMAND_IDS.notQuote,
  CORRECTION_COMMAND_IDS.confirm,
] as const;

const MAX_QUOTED = 160;

/**
 * Escapes every ASCII punctuation character CommonMark could read as syntax, and flattens line breaks; bidi and
 * invisible characters show as `[U+202E]` (see invisibles.ts).
 */
export function escapeMarkdown(text: string): string {
  return showInvisibles(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'$:=@%^;,/?]/g, '\\$&');
}

/** Shortens long article text for one-line display (on a code-point boundary). */
export function truncate(text: string, max = MAX_QUOTED): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  if (/[\uDC00-\uDFFF]/.test(flat[cut] ?? '')) cut--; // don't split a surrogate pair
  return `${flat.slice(0, cut).trimEnd()}…`;
}

function commandLink(title: string, command: (typeof HOVER_COMMANDS)[number], arg: object): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))} "${escapeMarkdown(title)}")`;
}

function typeLabel(speaker: Speaker): string {
  const label = speakerTypeLabel(speaker.type);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Quotes below this get the reason in their hover, so a quote marked uncertain in the editor explains itself even
 * when `newsAnnotator.lowConfidence` is raised above its default (the hover is built in the worker, which does not
 * read settings); below the default it is called "Uncertain speaker".
 */
const UNCERTAIN_HOVER = 0.8;

const percent = (x: number): string => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;

export function quoteHover(analysis: Analysis, quote: Quote): string {
  const speaker = speakerById(analysis, quote.speakerId);
  const kind = quote.kind === 'direct' ? '$(quote) **Direct quote**' : '$(comment) **Reported speech**';
  const lines: string[] = [];
  if (quote.speaker) {
    const name = `**${escapeMarkdown(quote.speaker)}**`;
    const via =
      quote.speakerMention && quote.speakerMention.text.trim() && quote.speakerMention.text.trim() !== quote.speaker
        ? ` — via “${escapeMarkdown(quote.speakerMention.text.trim())}”`
        : '';
    lines.push(`${kind} · ${name}${via}`);
  } else {
    lines.push(`${kind} · _speaker not identified_`);
  }
  if (speaker?.type === 'anonymous') lines.push('$(eye-closed) Anonymous source: not named in the article');
  if (speaker?.type === 'document') lines.push('$(file-text) A document: the article does not say who wrote it');
  const facts = [
    quote.cue ? `Cue: “${escapeMarkdown(quote.cue.text)}”` : 'No reporting verb found',
    `Confidence: ${percent(quote.confidence)}`,
  ];
  const check = checkWording(quote);
  if (check) {
    const said = machineSaid(quote);
    facts.unshift(
      `$(${check.icon}) ${check.verb[0].toUpperCase()}${check.verb.slice(1)} by you${said ? ` (${escapeMarkdown(said)})` : ''}`,
    );
  }
  lines.push(facts.join(' · '));
  // why: a low figure alone does not tell the reader what to check
  if (isUncertain(quote, UNCERTAIN_HOVER))
    lines.push(
      `$(question) ${isUncertain(quote) ? 'Uncertain speaker' : 'Why not higher'}: ${escapeMarkdown(confidenceReason(quote))}`,
    );
  if (speaker) {
    lines.push(
      [
        commandLink('Show in panel', COMMAND_IDS.showPanel, { speakerId: speaker.id }),
        commandLink(`Next quote by ${speaker.name}`, COMMAND_IDS.nextQuote, {
          speakerId: speaker.id,
          after: quote.start,
        }),
      ].join(' · '),
    );
  }
  // Corrections from where the mark is: the commands act on the quote at this offset.
  const at = { offset: quote.start };
  const fixes = [
    commandLink('Set speaker…', CORRECTION_COMMAND_IDS.setSpeaker, at),
    commandLink('Not a quote', CORRECTION_COMMAND_IDS.notQuote, at),
  ];
  if (quote.origin !== 'human') fixes.push(commandLink('Confirm', CORRECTION_COMMAND_IDS.confirm, at));
  lines.push(fixes.join(' · '));
  return lines.join('\n\n');
}

export function speakerHover(analysis: Analysis, speaker: Speaker, mentionStart: number): string {
  const icon =
    speaker.type === 'person' ? '$(person)' : speaker.type === 'organization' ? '$(organization)' : '$(eye-closed)';
  const head = `${icon} **${escapeMarkdown(speaker.name)}**${speaker.role ? ` — ${escapeMarkdown(speaker.role)}` : ''}`;
  const quotes = analysis.quotes.filter((q) => speakerIdsOf(q).includes(speaker.id));
  const direct = quotes.filter((q) => q.kind === 'direct').length;
  const count =
    quotes.length === 0
      ? 'no quotes'
      : `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} (${direct} direct, ${quotes.length - direct} reported)`;
  const lines = [
    head,
    `${typeLabel(speaker)} · ${count} · ${speaker.mentions.length} ${speaker.mentions.length === 1 ? 'mention' : 'mentions'}`,
  ];
  const links = [commandLink('Show in panel', COMMAND_IDS.showPanel, { speakerId: speaker.id })];
  if (quotes.length > 0) {
    links.push(
      commandLink('Next quote by this speaker', COMMAND_IDS.nextQuote, { speakerId: speaker.id, after: mentionStart }),
    );
  }
  lines.push(links.join(' · '));
  return lines.join('\n\n');
}

export function placeHover(place: Place): string {
  const name = `$(location) **${escapeMarkdown(place.name)}**`;
  const facts = [
    place.kind ? capitalise(place.kind) : 'Place',
    place.country && place.country !== place.name ? place.country : undefined,
  ]
    .filter((x): x is string => Boolean(x))
    .map(escapeMarkdown);
  const written = place.text && place.text !== place.name ? ` (written “${escapeMarkdown(place.text)}”)` : '';
  return `${name}${written}\n\n${facts.join(' · ')}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The hover at `offset`: its Markdown and the span it applies to, innermost item first. */
export interface HoverAt {
  markdown: string;
  start: number;
  end: number;
}

export function hoverAt(analysis: Analysis, offset: number): HoverAt | undefined {
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
  return { markdown: sections.join('\n\n---\n\n'), start: spans[0].start, end: spans[0].end };
}
