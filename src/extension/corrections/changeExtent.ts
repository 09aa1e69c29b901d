// Change Quote Extent: the quote overlapping the selection now covers exactly the selection.
import * as notify from '../notify';
import { corrections as c } from '../../shared/annotations';
import { article, correct, selection, targetQuote, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const changeExtent: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.changeQuoteExtent,
  async run(deps, args) {
    const a = await article(deps, args);
    const range = a && selection(a);
    if (!a || !range) return false;
    const quote = targetQuote({ ...a, offset: args?.offset ?? range.start, range });
    if (!quote) return false;
    if (quote.start === range.start && quote.end === range.end) {
      void notify.info('News Annotator: the quote already covers exactly the selection.');
      return false;
    }
    return correct(deps, a, (s) => c.changeExtent(s, a.text, quote, range), 'quote extent changed');
  },
};
