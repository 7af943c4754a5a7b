/** The apology a user gets when the model could not answer: short, and naming what still works. */
import type { Run } from './run.ts';

export const runFailedText =
  'Sorry, I couldn\'t answer that question just now. Everything you recorded is saved, and quick answers still work: try "summary", "this month" or "list".';

/** An extraction that failed records nothing; the parser's question still lets the user say it plainly. */
export function runFailedReply(run: Run): string {
  if (run.mode !== 'extract_expense') return runFailedText;
  const lines = ["I couldn't read that just now, so I didn't record anything."];
  if (run.clarifyingQuestion) lines.push(run.clarifyingQuestion);
  return lines.join('\n');
}
