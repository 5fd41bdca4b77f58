// The only script a page runs before the visitor acts. It is inline (no request; its hash is in
// the CSP, computed from this file by src/lib/inline-script.ts) and does four small things:
// - marks <html data-js> before first paint where the page's module scripts can run, so that
//   what only works with them (the finder's form) shows with the page instead of shifting it later;
// - sets the theme before first paint, and keeps the theme button in step;
// - opens the search dialog on a click of the search button, `/`, Ctrl+K or ⌘K;
// - loads the search script only then (or when the button gets focus), by cloning the <template>
//   that holds its <script> tag: scripts in a template do not run, and a clone of one does.
(function () {
  var root = document.documentElement;
  if ('noModule' in HTMLScriptElement.prototype) root.dataset.js = '';
  var systemDark = matchMedia('(prefers-color-scheme: dark)');

  function storedTheme() {
    try {
      return localStorage.getItem('theme');
    } catch (e) {
      return null;
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
  });

  document.addEventListener('focusin', function (event) {
    if (event.target.closest('[data-open-search]')) loadSearch();
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.closest('[data-open-search]')) openSearch();
    else if (target.closest('[data-theme-toggle]')) toggleTheme();
    else if (target.closest('[data-close-search]') || target.matches('dialog[data-search]')) target.closest('dialog').close();
  });
  document.addEventListener('keydown', function (event) {
    var typing = event.target.closest && event.target.closest('input, textarea, select, [contenteditable]');
    var modifier = event.ctrlKey || event.metaKey;
    if ((modifier && (event.key === 'k' || event.key === 'K')) || (event.key === '/' && !typing && !modifier && !event.altKey)) {
      event.preventDefault();
      openSearch();
    }
  });
})();
