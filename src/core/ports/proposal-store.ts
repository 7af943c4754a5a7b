/** What the store keeps of change proposals: made by a run, decided once by their user. */
import type { ChangeProposal, NewChangeProposal } from '../domain/change-proposal.ts';

export interface ProposalStore {
  /** Saves the proposal, or returns the one already saved under its source key (a retried run). */
  saveProposal(proposal: NewChangeProposal): Promise<ChangeProposal>;
  /** The user's proposal by id; undefined for another user's or an unknown id. */
  findProposal(userId: number, id: number): Promise<ChangeProposal | undefined>;
  /** The user's latest proposal still open and not expired at `now`. */
  latestOpenProposal(userId: number, now: string): Promise<ChangeProposal | undefined>;
  /**
   * Marks an open, unexpired proposal of the user's decided; true only for the one call that did, so a second
   * confirm (a double tap, a redelivery) changes nothing.
   */
  decideProposal(userId: number, id: number, decision: 'confirmed' | 'cancelled', now: string): Promise<boolean>;
}
