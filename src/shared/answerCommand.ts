// Answers a palette command's question (commandQueries.ts) about an analysis: in the worker, and on the host only
// as a fallback, which loads this module on first use. Apart from commandQueries.ts because the attribution checks
// need the core's word lists, ~10 ms of the extension host's startup that most sessions never need there.
import type { Analysis } from '../core/types';
import { runChecks } from './checks/index';
import {
  speakerPicks,
  speakerQuotes,
  stepAnswer,
  summaryAnswer,
  type CommandAnswer,
  type CommandKind,
  type CommandQuery,
} from './commandQueries';
import { render } from './exporters';

/** Answers one command query about `analysis` of `text`. */
export function answerCommand<K extends CommandKind>(
  analysis: Analysis,
  text: string,
  query: CommandQuery<K>,
): CommandAnswer<K> {
  // One cast at the end: TypeScript cannot narrow K from the switch on `what`.
  const q = query as CommandQuery;
  const answer = ((): CommandAnswer<CommandKind> => {
    switch (q.what) {
      case 'step':
        return stepAnswer(analysis, q);
      case 'speakers':
        return speakerPicks(analysis);
      case 'speakerQuotes':
        return speakerQuotes(analysis, text, q.speakerId);
      case 'export':
        return { text: render(q.format, { analysis, text, source: q.source }) };
      case 'summary':
        return summaryAnswer(analysis, text, q.source);
      case 'checks':
        return runChecks(text, analysis, q.options);
    }
  })();
  return answer as CommandAnswer<K>;
}
