/** The frame of every dashboard page: head (styles, the CSRF token), the navigation, sign-out. */
import { type Html, html } from '../html.ts';

export type Section = 'overview' | 'expenses' | 'downloads' | 'settings';

const sections: ReadonlyArray<[Section, string, string]> = [
  ['overview', 'Overview', '/dashboard'],
  ['expenses', 'Expenses', '/dashboard/expenses'],
  ['downloads', 'Downloads', '/dashboard/downloads'],
  ['settings', 'Settings', '/dashboard/settings'],
];

export interface SignedInPage {
  readonly title: string;
  readonly section: Section;
  readonly csrfToken: string;
  /** The session came from Telegram with theme colours: /dashboard/theme.css sets them. */
  readonly themed: boolean;
  readonly userName: string;
  readonly main: Html;
}

function head(title: string, extra: Html | string = ''): Html {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · finbot</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
${extra}
</head>`;
}

export function signedInPage(page: SignedInPage): Html {
  const nav = sections.map(
    ([section, label, href]) =>
      html`<li><a href="${href}"${section === page.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  );
  return html`<html lang="en">
${head(
  page.title,
  html`${page.themed ? html`<link rel="stylesheet" href="/dashboard/theme.css">` : ''}
<meta name="csrf-token" content="${page.csrfToken}">`,
)}
<body>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="top">
  <nav aria-label="Dashboard"><ul>${nav}</ul></nav>
  <form method="post" action="/dashboard/logout" class="sign-out">
    <input type="hidden" name="_csrf" value="${page.csrfToken}">
    <button type="submit" class="link-button">Sign out<span class="visually-hidden"> ${page.userName}</span></button>
  </form>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
</body>
</html>`;
}

/** A page for someone not signed in (a link problem, the sign-in steps), with an optional script of finbot's. */
export function plainPage(title: string, main: Html, script?: string): Html {
  return html`<html lang="en">
${head(title, script ? html`<script src="/dashboard/assets/${script}" defer></script>` : '')}
<body>
<main id="main" class="plain">
${main}
</main>
</body>
</html>`;
}

/** How to get a new way in, on each platform. */
export function howToSignIn(): Html {
  return html`<p>To open your dashboard:</p>
<ul class="ways-in">
  <li>Telegram: send <kbd>/dashboard</kbd> to the bot and tap <strong>Open dashboard</strong>.</li>
  <li>Slack: <kbd>/expense dashboard</kbd>, or send <kbd>dashboard</kbd> in your DM with finbot.</li>
  <li>Terminal: <kbd>finbot dashboard-link --user NAME</kbd>, or <kbd>dashboard</kbd> in <kbd>finbot chat</kbd>.</li>
</ul>
<p>Each link works once, within 15 minutes.</p>`;
}
