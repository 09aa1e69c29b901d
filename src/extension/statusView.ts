// What the status bar item says about the active article. No `vscode` import, so the unit tests read it directly.
import { checkedSummary, summaryOf } from '../shared/analysisQueries';
import { isStale, type DocState } from './analysisState';

export interface StatusView {
  text: string;
  tooltip: string;
  /** Read out by screen readers: no icon names. */
  label: string;
  /** The item takes the error background: the current version failed to analyse. */
  error: boolean;
}

/**
 * `slow`: a re-analysis has run long enough to deserve a spinner (big files); `highlightsOn`: the highlights toggle.
 * e.g. a failed edit over a good result: "$(error) 3 quotes · 2 speakers · 1 place (stale)", on an error background.
 */
export function statusView(
  s: DocState | undefined,
  { slow, highlightsOn }: { slow: boolean; highlightsOn: boolean },
): StatusView {
  const failure = `the analysis failed (${s?.message ?? 'unknown error'})`;
  if (s?.result && isStale(s)) {
    // The current version failed: the last good counts and highlights stay, said to be stale.
    const summary = summaryOf(s.result.counts);
    return {
      text: `$(error) ${summary} (stale)`,
      tooltip: `News Annotator: ${failure}. Showing the last good result: ${summary}. See the News Annotator output for details.`,
      label: `News Annotator: the analysis failed; showing the last good result, ${summary}`,
      error: true,
    };
  }
  if (s?.result) {
    // A closed eye tells why nothing is highlighted while the counts are still known; the spinner, that a long
    // re-analysis is under way (not shown for the few milliseconds an ordinary article takes). A coder working
    // through an article sees how far they are: "12 quotes · 9 checked".
    const summary = checkedSummary(s.result.counts) ?? summaryOf(s.result.counts);
    return {
      text: `$(${slow ? 'sync~spin' : highlightsOn ? 'quote' : 'eye-closed'}) ${summary}`,
      tooltip: `News Annotator: ${summary}${s.status === 'pending' ? ' (updating…)' : ''}. Click to show who said what.`,
      // Read out without the icon, and saying why nothing is highlighted when highlights are off.
      label: `News Annotator: ${summary}${highlightsOn ? '' : ', highlights off'}`,
      error: false,
    };
  }
  if (s?.status === 'error') {
    return {
      text: '$(error) analysis failed',
      tooltip: `News Annotator: ${failure}. See the News Annotator output for details.`,
      label: `News Annotator: ${failure}`,
      error: true,
    };
  }
  if (s?.status === 'declined' || s?.status === 'skipped') {
    return {
      text: '$(quote) not analysed',
      tooltip: s.message ?? '',
      label: `News Annotator: not analysed. ${s.message ?? ''}`,
      error: false,
    };
  }
  return {
    text: '$(sync~spin) Analysing…',
    tooltip: 'News Annotator is analysing this article',
    label: 'News Annotator: analysing this article',
    error: false,
  };
}
