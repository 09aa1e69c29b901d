// Not a Quote: the machine's quote at the cursor is no quote (it stays hidden after re-analysis).
import { corrections as c } from '../../shared/annotations';
import { article, correct, targetQuote, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const notQuote: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.notQuote,
  async run(deps, args) {
    const a = await article(deps, args);
    const quote = a && targetQuote(a);
    if (!a || !quote) return false;
    return correct(deps, a, (s) => c.notQuote(s, a.text, quote), 'marked as not a quote');
  },
};
