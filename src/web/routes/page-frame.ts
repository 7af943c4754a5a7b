/** The signed-in page frame's fields for a route's page. */
import type { Html } from '../html.ts';
import type { Section, SignedInPage } from '../pages/layout.ts';
import type { SignedInContext } from './route-context.ts';

export function pageFrame(ctx: SignedInContext, section: Section, title: string, main: Html): SignedInPage {
  const { user, session } = ctx.signedIn;
  return {
    title,
    section,
    csrfToken: session.csrfToken,
    themed: session.theme !== null,
    userName: user.displayName ?? user.platformUserId,
    main,
  };
}
