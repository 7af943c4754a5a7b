// Uses the login link at once: the form posts its token (a link preview, which runs no script, does not).

(() => {
  const form = document.getElementById('login-link-form');
  if (form) form.requestSubmit();
})();
