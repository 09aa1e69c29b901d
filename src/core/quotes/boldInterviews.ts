/**
 * Web interviews copied as Markdown set each question in bold on a paragraph of its own and the answer below it as
 * plain text, with no label and no quotation marks:
 *
 *   **Why did you open a second shop?**
 *
 *   Because the queue went round the block. We had no choice.
 *
 * The bold question is the interviewer's turn and the plain paragraphs up to the next bold one are the answer (whose
 * they are comes from the article, as for "Q:" and "A:": attribution/interviewTurns.ts). After the last question only
 * one paragraph answers: what follows is the writer's own closing ("The shop opens on Friday."). A bold paragraph that
 * asks nothing ("**Early years**") is a subheading: it ends an answer and is no turn.
 *
 * An explainer sets its questions in bold too ("**What changes on Monday?** ¶ The new fares apply …"): the writer
 * answers, in the third person. An interview asks someone ("How did you start?") who answers of themselves ("I had
 * no money"): some question says "you" and at least half of the answers say "I", "my", "we" or "our".
 */
import type { Doc } from '../text/document';
import type { InterviewRole } from './quoteSpans';
import { FIRST_PERSON_WORDS, SECOND_PERSON_WORDS } from '../lexicon/functionWords';

export interface BoldTurn {
  label: string;
  role: InterviewRole;
  /** Where the turn's words start and end (document offsets), inside the bold marks. */
  start: number;
  end: number;
}

/** A paragraph wholly in bold: "**…**" or "__…__", the words inside as group 2. */
const BOLD_PARAGRAPH = /^[ \t]*(\*\*|__)(?=\S)([^\n]*?\S)\1[ \t]*$/;
/** A question ends on its question mark, perhaps inside a closing quotation mark. */
const ASKS = /\?["'”’]?$/;

interface Paragraph {
  start: number;
  end: number;
}

/** The interview turns of an article whose questions are bold paragraphs; empty when it has none. */
export function boldInterviewTurns(doc: Doc): BoldTurn[] {
  const bolds = paragraphsOf(doc).map((p) => ({ ...p, bold: BOLD_PARAGRAPH.exec(doc.text.slice(p.start, p.end)) }));
  let lastQuestion = -1;
  bolds.forEach((p, i) => {
    if (p.bold && ASKS.test(p.bold[2])) lastQuestion = i;
  });
  const turns: BoldTurn[] = [];
  let answering = false;
  for (let i = 0; i <= lastQuestion + 1 && i < bolds.length; i++) {
    const { start, end, bold } = bolds[i];
    if (bold) {
      const from = start + bold.index + bold[0].indexOf(bold[2]);
      answering = ASKS.test(bold[2]);
      if (answering) turns.push({ label: 'Q', role: 'question', start: from, end: from + bold[2].length });
    } else if (answering) turns.push({ label: 'A', role: 'answer', start, end });
  }
  return asksSomeone(doc.text, turns) ? turns : [];
}

/** Some question addresses "you" and at least half of the answers speak in the first person. */
function asksSomeone(text: string, turns: BoldTurn[]): boolean {
  const uses = (t: BoldTurn, list: ReadonlySet<string>): boolean =>
    text
      .slice(t.start, t.end)
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      .some((w) => list.has(w.replace(/’/g, "'")));
  const answers = turns.filter((t) => t.role === 'answer');
  const personal = answers.filter((t) => uses(t, FIRST_PERSON_WORDS)).length;
  return turns.some((t) => t.role === 'question' && uses(t, SECOND_PERSON_WORDS)) && 2 * personal >= answers.length;
}

/** Each paragraph's span, without the spaces that end it. */
function paragraphsOf(doc: Doc): Paragraph[] {
  const { lines, text } = doc;
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].paragraphStart) continue;
    let last = i;
    while (last + 1 < lines.length && !lines[last + 1].paragraphStart) last++;
    let end = lines[last].end;
    while (end > lines[i].start && /\s/.test(text[end - 1])) end--;
    if (end > lines[i].start) out.push({ start: lines[i].start, end });
  }
  return out;
}
