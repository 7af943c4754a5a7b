/** The port that draws a digest's chart; the core only knows it gets a PNG back (or nothing for an empty week). */
import type { User } from '../domain/user.ts';
import type { WeeklyDigest } from './weekly-digest.ts';

export interface DigestChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface DigestChartRenderer {
  /** A bar chart of the week's category sums; undefined when there is nothing to draw. */
  render(digest: WeeklyDigest, user: Pick<User, 'locale'>): Promise<DigestChart | undefined>;
}
