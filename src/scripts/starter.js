// The only script a page runs before the visitor acts. It is inline (no request; its hash is in
// the CSP, computed from this file by src/lib/inline-script.ts) and does six small things:
// - marks <html data-js> before first paint where the page's module scripts can run, so that
//   what only works with them (the finder's form) shows with the page instead of shifting it later;
// - sets the theme before first paint, and keeps the theme button in step;
// - opens the search dialog on a click of the search button, `/`, Ctrl+K or ⌘K;
// - loads the search script only then (or when the button gets focus), by cloning the <template>
//   that holds its <script> tag: scripts in a template do not run, and a clone of one does;
// - shows the copy-link buttons (src/components/CopyLink.astro) where the clipboard can be
//   written, in place of their plain links, and copies the absolute address on a click;
// - once the page has loaded, registers the service worker (src/scripts/service-worker.ts) that
//   keeps visited pages, the finder and search working offline. Its address and scope come from
//   <html data-service-worker data-scope> (base path included), set only in a production build.
(function () {
  var root = document.documentElement;
  if ('noModule' in HTMLScriptElement.prototype) root.dataset.js = '';
  var systemDark = matchMedia('(prefers-color-scheme: dark)');

  function storedTheme() {
    try {
      return localStorage.getItem('theme');
    } catch (e) {
      // Storage refused: no stored choice, so the system decides.
    }
  }
  function showTheme(theme) {
    root.dataset.theme = theme;
    var button = document.querySelector('[data-theme-toggle]');
    if (button) button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  function toggleTheme() {
    var theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', theme);
    } catch (e) {
      // Storage refused (private mode, policy): the choice lasts for this page only.
    }
    showTheme(theme);
  }

  function loadSearch() {
    var template = document.querySelector('template[data-search-script]');
    if (!template) return;
    template.remove();
    document.body.append(template.content.cloneNode(true));
  }
  var clipboard = navigator.clipboard;
  /** Shows the button of a <copy-link> in place of its plain link, or the link again. */
  function showCopyButton(element, shown) {
    var fallback = element.querySelector('a[data-fallback]');
    element.querySelector('button').hidden = !shown;
    if (fallback) fallback.hidden = shown;
  }
  function copyLink(element) {
    var url = new URL(element.dataset.href, location).href;
    var status = element.querySelector('[role="status"]');
    status.textContent = '';
    clipboard.writeText(url).then(
      function () {
        status.textContent = 'Link copied.';
      },
      function () {
        status.textContent = 'Copying was refused; the link is ' + url;
        showCopyButton(element, false);
      },
    );
  }

  function openSearch() {
    var dialog = document.querySelector('dialog[data-search]');
    if (!dialog) return;
    loadSearch();
    if (!dialog.open) dialog.showModal();
    var field = dialog.querySelector('input');
    field.focus();
    field.select();
  }

  showTheme(storedTheme() || (systemDark.matches ? 'dark' : 'light'));
  systemDark.addEventListener('change', function (event) {
    if (!storedTheme()) showTheme(event.matches ? 'dark' : 'light');
  });
  document.addEventListener('DOMContentLoaded', function () {
    showTheme(root.dataset.theme);
    // Only over https or on localhost; elsewhere the plain link is the way to share.
    if (clipboard && clipboard.writeText)
      document.querySelectorAll('copy-link').forEach(function (element) {
        showCopyButton(element, true);
      });
  });

  document.addEventListener('focusin', function (event) {
    if (event.target.closest('[data-open-search]')) loadSearch();
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.closest('[data-open-search]')) openSearch();
    else if (target.closest('[data-theme-toggle]')) toggleTheme();
    else if (target.closest('copy-link button')) copyLink(target.closest('copy-link'));
    else if (target.closest('[data-close-search]') || target.matches('dialog[data-search]')) target.closest('dialog').close();
  });
  var worker = root.dataset.serviceWorker;
  if (worker && 'serviceWorker' in navigator) {
    addEventListener('load', function () {
      var workers = navigator.serviceWorker;
      // The browser checks the worker itself on each visit, never from its HTTP cache: a new build is found at once.
      workers.register(worker, { scope: root.dataset.scope, updateViaCache: 'none' }).then(
        function () {
          // This page loaded before the worker controlled it, so the worker has not kept it: ask it
          // to. `ready` settles once the registration has an active worker.
          if (!workers.controller)
            workers.ready.then(function (registration) {
              registration.active.postMessage({ type: 'CACHE_PAGE', url: location.href });
            });
        },
        function () {
          // No worker (private mode, storage refused, file:// copy): the site works online as before.
        },
      );
    });
  }

  document.addEventListener('keydown', function (event) {
    var typing = event.target.closest && event.target.closest('input, textarea, select, [contenteditable]');
    var modifier = event.ctrlKey || event.metaKey;
    if ((modifier && (event.key === 'k' || event.key === 'K')) || (event.key === '/' && !typing && !modifier && !event.altKey)) {
      event.preventDefault();
      openSearch();
    }
  });
})();
