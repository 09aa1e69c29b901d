// The panel's "Sources" section as data: the audit's lines (counts by type, direct vs reported, each source's share
// of the quoted words, the gender estimate) and the facet each one filters the quote list by. Pure, no DOM.
import type { PanelAudit, PanelQuote, PanelSpeaker } from '../shared/panelProtocol';
import type { GenderEstimate } from '../shared/report/genderEstimate';
import type { SpeakerType } from '../core/types';

/** What a Sources line narrows the panel to. */
export type Facet =
  | { kind: 'type'; value: SpeakerType }
  | { kind: 'quote'; value: 'direct' | 'indirect' }
  | { kind: 'speaker'; id: string }
  | { kind: 'gender'; value: GenderEstimate };

export interface AuditItem {
  label: string;
  /** The figure shown at the line's end. */
  count: number;
  /** 0..1 when the line is drawn as a bar (a speaker's share of the quoted words). */
  share?: number;
  icon: string;
  /** Tooltip (the gender method). */
  title?: string;
  testid: string;
  facet: Facet;
}

/** Bars for the sources with most quoted words; the rest are one filter away in the list below. */
export const MAX_WORD_BARS = 8;

const GENDER_LABEL: Record<GenderEstimate, string> = {
  female: 'Women (estimated)',
  male: 'Men (estimated)',
  unknown: 'Gender unknown',
};

export function auditRows(audit: PanelAudit, showGender: boolean): AuditItem[] {
  const items: AuditItem[] = [
    {
      label: 'Named people',
      count: audit.named,
      icon: 'person',
      testid: 'audit-type',
      facet: { kind: 'type', value: 'person' },
    },
    {
      label: 'Organizations',
      count: audit.organizations,
      icon: 'organization',
      testid: 'audit-type',
      facet: { kind: 'type', value: 'organization' },
    },
    {
      label: 'Anonymous sources',
      count: audit.anonymous,
      icon: 'eye-closed',
      testid: 'audit-type',
      facet: { kind: 'type', value: 'anonymous' },
    },
    // shown only when the article has one: most articles quote people, not memos
    ...(audit.documents > 0
      ? [
          {
            label: 'Documents',
            count: audit.documents,
            icon: 'file-text',
            testid: 'audit-type',
            facet: { kind: 'type', value: 'document' } as const,
          },
        ]
      : []),
    {
      label: 'Direct quotes',
      count: audit.direct,
      icon: 'quote',
      testid: 'audit-kind',
      facet: { kind: 'quote', value: 'direct' },
    },
    {
      label: 'Reported speech',
      count: audit.reported,
      icon: 'comment',
      testid: 'audit-kind',
      facet: { kind: 'quote', value: 'indirect' },
    },
  ];
  for (const s of audit.wordsBySpeaker.slice(0, MAX_WORD_BARS)) {
    if (s.words === 0) continue;
    items.push({
      label: s.name,
      count: s.words,
      share: audit.words > 0 ? s.words / audit.words : 0,
      icon: 'symbol-text',
      testid: 'audit-words',
      facet: { kind: 'speaker', id: s.id },
    });
  }
  if (showGender) {
    for (const g of ['female', 'male', 'unknown'] as const) {
      items.push({
        label: GENDER_LABEL[g],
        count: audit.gender[g],
        icon: 'account',
        title: audit.genderMethod,
        testid: 'audit-gender',
        facet: { kind: 'gender', value: g },
      });
    }
  }
  return items.filter((i) => i.count > 0);
}

export function facetKeepsSpeaker(facet: Facet, s: PanelSpeaker): boolean {
  switch (facet.kind) {
    case 'type':
      return s.type === facet.value;
    case 'speaker':
      return s.id === facet.id;
    case 'gender':
      return s.type === 'person' && (s.gender ?? 'unknown') === facet.value;
    case 'quote':
      return true;
  }
}

export const facetKeepsQuote = (facet: Facet, q: PanelQuote): boolean =>
  facet.kind !== 'quote' || q.kind === facet.value;

/** Only "direct" / "reported" apply to quotes without a speaker. */
export const facetKeepsUnattributed = (facet: Facet): boolean => facet.kind === 'quote';

/** Places are no sources: any facet hides them. */
export const facetKeepsPlaces = (_facet: Facet): boolean => false;

/** Spoken by a screen reader and shown as the line's tooltip. */
export function auditLabel(item: AuditItem, active: boolean): string {
  const share = item.share !== undefined ? `, ${Math.round(item.share * 100)}% of quoted words` : '';
  const what =
    item.facet.kind === 'speaker'
      ? `${item.label}: ${item.count} quoted words${share}`
      : `${item.label}: ${item.count}`;
  return `${what}. ${active ? 'Filtering the quotes; activate to show all' : 'Activate to filter the quotes'}`;
}
