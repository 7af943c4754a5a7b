/**
 * Answers to a proposal: the buttons' "confirm proposal 12" / "cancel proposal 12", and a bare yes or no, which
 * goes to the user's latest open proposal.
 */
import type { Intent } from './intent.ts';

const byId = /^(confirm|cancel)\s+proposal\s+#?(\d{1,9})$/i;
const yes =
  /^(?:y|yes|yeah|yep|yup|ya|yes\s+please|sure|ok|okay|confirm|confirmed|go\s+ahead|do\s+it|approve|approved|👍|✅)$/i;
const no = /^(?:n|no|nope|nah|no\s+thanks|cancel|don'?t|do\s+not|stop|reject|abort|keep\s+(?:it|them)|👎|❌)$/i;

/** `text` is tidied and without end punctuation. */
export function parseProposalAnswer(text: string): Intent | undefined {
  const button = byId.exec(text);
  if (button) {
    const decision = button[1]?.toLowerCase() === 'confirm' ? 'confirmed' : 'cancelled';
    return { kind: 'decide_proposal', decision, proposalId: Number(button[2]) };
  }
  if (yes.test(text)) return { kind: 'decide_proposal', decision: 'confirmed', proposalId: null };
  if (no.test(text)) return { kind: 'decide_proposal', decision: 'cancelled', proposalId: null };
  return undefined;
}
