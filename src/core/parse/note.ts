/** Splits the note off an expense message: "250 groceries - big basket", "coffee 180 (with Ravi)", "… note: trek". */
import { tidy } from './text-tools.ts';

/** Longest note kept; the rest of a pasted paragraph is of no use in a one-line expense. */
const maxNoteLength = 200;

const noteForms: ReadonlyArray<RegExp> = [
  /(?<!\w)notes?\s*[:\-–—]\s*(.*)$/i,
  // " - " only after an amount or date: in "groceries - 250" the number after the dash is the amount.
  /(?<=\d.*)\s+[-–—]+\s+(.*)$/,
  // Brackets last, so a note after " - " keeps its own brackets.
  /\(([^()]*)\)|\(([^()]*)$/,
];

/** The text without its note, and the note (null when there is none). */
export function splitNote(text: string): { rest: string; note: string | null } {
  let rest = tidy(text);
  const notes: string[] = [];
  for (const form of noteForms) {
    const match = form.exec(rest);
    if (!match) continue;
    const note = tidy(match[1] ?? match[2] ?? '');
    if (note) notes.push(note);
    rest = tidy(`${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`);
  }
  const note = notes.join('; ').slice(0, maxNoteLength).trim();
  return { rest, note: note === '' ? null : note };
}
