/** A chat user and the settings that shape every reply: zone, currency, locale, week start. */
import type { Weekday } from '../time/period.ts';

export type Platform = 'telegram' | 'slack' | 'cli' | 'http';

export interface UserSettings {
  readonly timeZone: string;
  readonly currency: string;
  readonly locale: string;
  readonly weekStart: Weekday;
  readonly digestEnabled: boolean;
}

export interface User extends UserSettings {
  readonly id: number;
  readonly platform: Platform;
  readonly platformUserId: string;
  readonly displayName: string | null;
  readonly createdAt: string;
}

export interface NewUser extends UserSettings {
  readonly platform: Platform;
  readonly platformUserId: string;
  readonly displayName: string | null;
}
