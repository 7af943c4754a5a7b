/** "and the week before?", "the month before that", "before that": a follow-up moving the last period back. */
import type { PeriodShift } from '../domain/spending-question.ts';

export interface ShiftReading {
  readonly shift: PeriodShift | undefined;
  readonly rest: string;
}

const unitBefore =
  /(?<!\w)(?:the\s+)?(day|week|month)\s+(?:before|prior)(?:\s+(?:that|then))?(?!\s+(?:yesterday|last))(?!\w)/iu;
const sameBefore =
  /(?<!\w)(?:the\s+one\s+before(?:\s+that)?|the\s+(?:previous|prior)\s+one|before\s+that|the\s+period\s+before(?:\s+that)?)(?!\w)/iu;

export function readShift(text: string): ShiftReading {
  for (const pattern of [unitBefore, sameBefore]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const unit = (match[1] ?? 'same').toLowerCase() as PeriodShift;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { shift: unit, rest: rest.replace(/\s+/g, ' ').trim() };
  }
  return { shift: undefined, rest: text };
}
