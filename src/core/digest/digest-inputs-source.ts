/** The port that reads digest inputs for many users at once (a page of a fan-out or an operator's overview). */
import type { DigestInputs } from './assemble-digest.ts';
import type { DigestWeek } from './digest-week.ts';

export interface DigestInputsSource {
  /** Inputs of each user with spending that week or the week before; users absent from the map spent nothing. */
  digestInputs(userIds: ReadonlyArray<number>, week: DigestWeek): Promise<Map<number, DigestInputs>>;
}
