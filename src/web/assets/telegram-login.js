// Opened by Telegram's Mini App button: sends Telegram's signed initData (and theme colours) to start a session.
// Telegram puts them in the URL fragment (tgWebAppData, tgWebAppThemeParams); telegram-web-app.js, when a page
// has loaded it, offers the same as Telegram.WebApp, so the page works without Telegram's script.

(() => {
  const status = document.getElementById('telegram-status');
  const say = (message) => {
    if (status) status.textContent = message;
  };
  const fragment = new URLSearchParams(location.hash.slice(1));
  const webApp = window.Telegram?.WebApp;
  const initData = webApp?.initData || fragment.get('tgWebAppData') || '';
  let themeParams = webApp?.themeParams;
  if (!themeParams) {
    try {
      themeParams = JSON.parse(fragment.get('tgWebAppThemeParams') || 'null');
    } catch {
      themeParams = null;
    }
  }
  if (!initData) {
    say('Open this page with the “Open dashboard” button in your chat with the bot.');
    return;
  }
  fetch('/dashboard/telegram/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ initData, themeParams }),
    credentials: 'same-origin',
  })
    .then((response) => {
      if (response.status === 204) {
        location.replace('/dashboard');
        return;
      }
      say('Telegram did not sign you in. Close this window and tap “Open dashboard” in the chat again.');
    })
    .catch(() => say('The dashboard could not be reached. Check your connection and try again.'));
})();
