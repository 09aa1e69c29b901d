// Set Speaker…: "this quote is Maria Lopez's". The speaker is one of the article's or a new name with its type.
import { corrections as c } from '../../shared/annotations';
import { article, correct, targetQuote, type CorrectionCommand } from './context';
import { pickSpeaker } from './pickSpeaker';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const setSpeaker: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.setSpeaker,
  async run(deps, args) {
    const a = await article(deps, args);
    const quote = a && targetQuote(a);
    if (!a || !quote) return false;
    const speaker = await pickSpeaker(a.analysis, args, 'Set Speaker');
    if (!speaker) return false;
    // The words naming the speaker stay the quote's mention only while the speaker stays the same.
    const mention = quote.speaker === speaker.name ? (quote.speakerMention ?? undefined) : undefined;
    return correct(deps, a, (s) => c.setSpeaker(s, a.text, quote, speaker, mention), `speaker set to ${speaker.name}`);
  },
};
