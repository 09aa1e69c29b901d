// The panel's model (a ReadyState), built in the analysis worker from an analysis; the messages it travels in are
// in panelProtocol.ts. Apart from them because building it needs the report's gender estimate and with it the core's
// word lists: the extension host, which only parses the webview's messages, does not load those (they cost ~10 ms
// of its startup).
import type { Analysis } from '../core/types';
import type { Orphan } from './annotations/apply';
import { countsOf, LineIndex, quotesInOrder, speakerIdsOf } from './analysisQueries';
import { speakerTints } from './decorationPlan';
import { groupPlaces } from './exporters';
import { genderCounts, sourceTypes, summarizeArticle } from './report/articleSummary';
import { estimateGender, GENDER_METHOD } from './report/genderEstimate';
import { machineSaid } from './humanCheck';
import type { PanelAudit, PanelOrphan, PanelQuote, PanelSpeaker, ReadyState } from './panelProtocol';

const ORPHAN_WHAT: Record<Orphan['annotation']['kind'], string> = {
  setSpeaker: 'Set speaker',
  notQuote: 'Not a quote',
  addQuote: 'Added quote',
  changeExtent: 'Changed extent',
  markPlace: 'Marked place',
  markPerson: 'Marked person',
  notPlace: 'Not a place',
  notPerson: 'Not a person',
  confirm: 'Confirmed',
};

export function panelOrphan(o: Orphan): PanelOrphan {
  const a = o.annotation;
  const speaker = a.kind === 'setSpeaker' || a.kind === 'addQuote' ? a.speaker?.name : undefined;
  return {
    id: a.id,
    what: `${ORPHAN_WHAT[a.kind]}${speaker ? `: ${speaker}` : ''}`,
    text: a.target.exact,
    reason: o.reason,
  };
}

/** Adds how a person checked the quote, when one did (the webview has no speaker names per quote to compare). */
function withCheck(q: Analysis['quotes'][number], row: PanelQuote): PanelQuote {
  if (q.check) row.check = q.check;
  const said = machineSaid(q);
  if (said) row.machineSaid = said;
  return row;
}

export function buildPanelState(
  analysis: Analysis,
  text: string,
  fileName: string,
  version: number,
  tints = speakerTints(analysis),
  orphans: readonly Orphan[] = [],
): ReadyState {
  const lines = new LineIndex(text);
  const toQuote = (q: Analysis['quotes'][number]): PanelQuote =>
    withCheck(q, {
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      cue: q.cue?.text ?? null,
      via: q.speakerMention && q.speakerMention.text !== q.speaker ? q.speakerMention.text : null,
      confidence: q.confidence,
      line: lines.lineOf(q.start),
      origin: q.origin ?? 'machine',
    });
  const ordered = quotesInOrder(analysis);
  // Grouped in one pass: a long article has thousands of quotes and hundreds of speakers.
  const bySpeaker = new Map<string, PanelQuote[]>();
  for (const q of ordered) {
    for (const id of speakerIdsOf(q)) {
      let list = bySpeaker.get(id);
      if (!list) bySpeaker.set(id, (list = []));
      list.push(toQuote(q));
    }
  }
  const speakers: PanelSpeaker[] = analysis.speakers
    .map((s) => {
      const quotes = bySpeaker.get(s.id) ?? [];
      const firstMention = [...s.mentions].sort((a, b) => a.start - b.start)[0];
      return {
        id: s.id,
        name: s.name,
        type: s.type,
        role: s.role ?? null,
        ...(s.type === 'person' ? { gender: estimateGender(s) } : {}),
        tint: tints.get(s.id) ?? null,
        mentions: s.mentions.length,
        first: firstMention
          ? { start: firstMention.start, end: firstMention.end }
          : quotes[0]
            ? { start: quotes[0].start, end: quotes[0].end }
            : null,
        quotes,
      };
    })
    .sort((a, b) => b.quotes.length - a.quotes.length || (a.first?.start ?? 0) - (b.first?.start ?? 0));
  return {
    status: 'ready',
    fileName,
    version,
    counts: countsOf(analysis),
    speakers,
    unattributed: ordered.filter((q) => !q.speakerId).map(toQuote),
    audit: buildAudit(analysis),
    places: groupPlaces(analysis).map((p) => ({
      name: p.name,
      kind: p.kind ?? null,
      country: p.country ?? null,
      count: p.count,
      start: p.first.start,
      end: p.first.end,
    })),
    orphans: orphans.map(panelOrphan),
  };
}

export function buildAudit(analysis: Analysis): PanelAudit {
  const summary = summarizeArticle(analysis);
  const types = sourceTypes(summary.sources);
  return {
    sources: summary.sources.length,
    named: types.person,
    organizations: types.organization,
    anonymous: types.anonymous,
    documents: types.document,
    direct: summary.direct,
    reported: summary.reported,
    words: summary.words,
    wordsBySpeaker: summary.sources.map((s) => ({ id: s.id, name: s.name, words: s.words })),
    gender: genderCounts(summary.sources),
    genderMethod: GENDER_METHOD,
  };
}
