/**
 * Does the model's reply speak of changing the user's data? Such a reply is not passed on: whether anything was
 * added, changed or deleted is said by finbot's own account, so a reply cannot claim a deletion that is only
 * proposed, nor "nothing changed" after a change. Plain answers ("you spent ₹300 on food") do not match.
 */

const verbs =
  'delete|remove|erase|wipe|clear|edit|update|change|modify|correct|adjust|add|record|log|save|restore|undo|revert';

const claims: ReadonlyArray<RegExp> = [
  // Done: words that only ever describe a change.
  /\b(?:deleted|removed|erased|wiped|purged|edited|modified|restored|undone|reverted|re-?categori[sz]ed)\b/i,
  // Done, by someone: "I've updated", "has been added", "was changed", "is now recorded".
  /\b(?:i|i've|we|we've)\s+(?:have\s+)?(?:just\s+|now\s+|also\s+)?(?:changed|updated|corrected|adjusted|added|recorded|logged|saved|cleared|set)\b/i,
  /\b(?:has|have|was|were|is|are)\s+(?:been\s+|now\s+)?(?:changed|updated|corrected|adjusted|added|recorded|logged|saved|cleared)\b/i,
  // About to be done: "I'll delete", "going to remove", "deleting them now".
  new RegExp(
    `\\b(?:will|i'll|shall|going\\s+to|gonna|let\\s+me|i\\s+can)\\s+(?:now\\s+|also\\s+)?(?:${verbs})\\b`,
    'i',
  ),
  /\b(?:deleting|removing|erasing|wiping|editing|modifying|restoring|reverting)\b/i,
  // None done.
  /\bno\s+changes?\b|\bnothing\s+(?:was\s+|has\s+been\s+|has\s+|got\s+)?(?:changed|deleted|removed|added|modified|touched|updated)\b/i,
  // The proposal and its confirmation are finbot's to describe.
  /\b(?:confirm(?:ed|ation)?|proposed|proposal)\b/i,
];

/** Words that describe spending as often as changes; they count only where the run touched the user's data. */
const everydayWords =
  /\b(?:added|adding|recorded|logged|saved|changed|updated|set|moved|cleared|corrected|adjusted|fixed)\b/i;

/** `touchedData`: the run added, proposed or tried a change, so any word of changing is a claim about it. */
export function claimsChange(text: string, touchedData: boolean): boolean {
  return claims.some((pattern) => pattern.test(text)) || (touchedData && everydayWords.test(text));
}
