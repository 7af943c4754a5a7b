/** Pages around signing in: the link's own page, a link that cannot be used, signed out, the Mini App's loader. */
import { type Html, html } from '../html.ts';
import { howToSignIn, plainPage } from './layout.ts';

/** The link's page: a form that uses the link (its script sends it at once), so a link preview cannot use it up. */
export function loginLinkPage(token: string): Html {
  return plainPage(
    'Sign in',
    html`<h1>finbot dashboard</h1>
<form method="post" action="/dashboard/login" id="login-link-form">
  <input type="hidden" name="token" value="${token}">
  <button type="submit" class="primary">Open my dashboard</button>
</form>`,
    'login-link.js',
  );
}

const linkProblems = {
  used: ['This link has already been used', 'Each dashboard link signs in once.'],
  expired: ['This link has expired', 'Dashboard links work for 15 minutes.'],
  unknown: ['This link is not valid', 'It may have been copied incompletely.'],
} as const;

export function linkProblemPage(problem: keyof typeof linkProblems): Html {
  const [title, why] = linkProblems[problem];
  return plainPage(title, html`<h1>${title}</h1><p>${why} Ask finbot for a new one.</p>${howToSignIn()}`);
}

export function notSignedInPage(): Html {
  return plainPage('Sign in', html`<h1>You are not signed in</h1>${howToSignIn()}`);
}

export function signedOutPage(): Html {
  return plainPage(
    'Signed out',
    html`<h1>You have signed out</h1><p>This browser no longer opens your dashboard.</p>${howToSignIn()}`,
  );
}

export function tooManyAttemptsPage(seconds: number): Html {
  return plainPage(
    'Too many attempts',
    html`<h1>Too many attempts</h1><p>Please wait ${seconds} seconds, then try again.</p>`,
  );
}

/** Opened by Telegram's Mini App button: its script sends Telegram's initData (from the URL fragment) to sign in. */
export function telegramLoaderPage(): Html {
  return plainPage(
    'Opening',
    html`<h1>finbot dashboard</h1>
<p id="telegram-status" role="status">Signing you in with Telegram…</p>
<noscript><p>The dashboard needs JavaScript to sign in from Telegram.</p></noscript>`,
    'telegram-login.js',
  );
}

export function telegramRefusedPage(): Html {
  return plainPage(
    'Not signed in',
    html`<h1>Telegram did not sign you in</h1><p>Close this window and tap <strong>Open dashboard</strong> in the chat again.</p>`,
  );
}
