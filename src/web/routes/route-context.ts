/** What each dashboard route gets: the request, its body and URL, the deps, and (on signed-in routes) the session. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DashboardDeps } from '../dashboard-deps.ts';
import type { SignedIn } from '../sessions.ts';

export interface RouteContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly body: Buffer;
  readonly url: URL;
  readonly deps: DashboardDeps;
}

export interface SignedInContext extends RouteContext {
  readonly signedIn: SignedIn;
  /** The user's calendar date now. */
  readonly today: string;
}
