// The only script a page runs before the visitor acts. It is inline (no request; its hash is in
// the CSP, computed from this file by src/site/inline-script.ts) and does these small things:
// - marks <html data-js> before first paint where the page's module scripts can run, so that
//   what only works with them (the finder's form, the theme menu) shows with the page instead of
//   shifting it later; and <html data-copy> where the clipboard can be written, so that CSS shows
//   the copy buttons in place of their plain links (src/site/styles/site-base.css);
// - sets the theme before first paint from the visitor's choice (system, light or dark), follows
//   the system while the choice is "system", and keeps the theme menu in step;
// - turns the header's Search link into the opener of the search dialog, as do `/`, Ctrl+K and ⌘K;
// - loads the search script only then (or when a search field or the Search link gets focus, or
//   as the page opens where it has a query to search), by cloning the <template> that holds its
//   <script> tag: scripts in a template do not run, and a clone of one does;
// - copies, on a click of a copy button, the absolute address of a <copy-link>
//   (src/site/components/CopyLink.astro) or the text of a <copy-code> (src/site/components/CopyCode.astro);
// - once the page has loaded, registers the service worker (src/site/client/service-worker.ts) that
//   keeps visited pages, the finder and search working offline. Its address and scope come from
//   <html data-service-worker data-scope> (base path included), set only in a production build.
(function (page) {
  var root = page.documentElement;
  var data = root.dataset;
  if ('noModule' in HTMLScriptElement.prototype) data.js = '';
  var clipboard = navigator.clipboard;
  // Only over https or on localhost (and every browser that has it can write text); elsewhere the
  // plain link or selectable text does the job.
  if (clipboard) data.copy = '';
  var systemDark = matchMedia('(prefers-color-scheme: dark)');
  var chosen;
  try {
    chosen = localStorage.theme;
  } catch (e) {
    // Storage refused: no stored choice, so the system decides.
  }
  function showTheme() {
    data.theme =
      chosen == 'light' || chosen == 'dark' ? chosen : systemDark.matches ? 'dark' : 'light';
  }
  showTheme();
  // Ignored while a theme is chosen: showTheme keeps the choice.
  systemDark.addEventListener('change', showTheme);

  function loadSearch() {
    var template = page.querySelector('template[data-search-script]');
    if (template) {
      template.remove();
      page.body.append(template.content.cloneNode(true));
    }
  }
  function openSearch(event) {
    var dialog = page.querySelector('dialog[data-search]');
    if (!dialog) return;
    event.preventDefault();
    loadSearch();
    if (!dialog.open) dialog.showModal();
    var field = dialog.querySelector('input');
    field.focus();
    field.select();
  }

  page.addEventListener('DOMContentLoaded', function () {
    var menu = page.querySelector('[data-theme-choice]');
    if (menu) menu.value = data.theme == chosen ? chosen : 'system';
    // The search page given a query (/search/?q=…) and the 404 page search as they open; elsewhere
    // a query in the address loads a script that finds nothing to search.
    if (/[?&]q=./.test(location.search) || page.querySelector('[data-query-from-path]'))
      loadSearch();
  });
  page.addEventListener('change', function (event) {
    var menu = event.target;
    if (!menu.matches('[data-theme-choice]')) return;
    chosen = menu.value;
    try {
      if (chosen == 'system') localStorage.removeItem('theme');
      else localStorage.theme = chosen;
    } catch (e) {
      // Storage refused (private mode, policy): the choice lasts for this page only.
    }
    showTheme();
  });
  page.addEventListener('focusin', function (event) {
    if (event.target.closest('[data-open-search],search-panel')) loadSearch();
  });
  page.addEventListener('click', function (event) {
    var target = event.target;
    var box = target.closest('copy-link,copy-code');
    if (target.closest('[data-open-search]')) openSearch(event);
    else if (box && target.closest('button')) {
      var href = box.dataset.href;
      var text = href ? new URL(href, location).href : box.querySelector('code').textContent.trim();
      var status = box.querySelector('[role=status]');
      status.textContent = '';
      clipboard.writeText(text).then(
        function () {
          status.textContent = href ? 'Link copied.' : 'Copied.';
        },
        function () {
          status.textContent = 'Copying was refused' + (href ? '; the link is ' + text : '.');
          // Copy buttons give way to the plain links and text they stand for.
          delete data.copy;
        },
      );
      // A click on a dialog itself, not on its content, is a click on its backdrop: it closes.
    } else if (target.closest('[data-close-search]') || target.matches('dialog'))
      target.closest('dialog').close();
  });
  var worker = data.serviceWorker;
  if (worker && 'serviceWorker' in navigator) {
    addEventListener('load', function () {
      var workers = navigator.serviceWorker;
      // The browser checks the worker itself on each visit, never from its HTTP cache: a new build is found at once.
      workers.register(worker, { scope: data.scope, updateViaCache: 'none' }).then(
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

  page.addEventListener('keydown', function (event) {
    var typing = event.target.closest('input,textarea,select,[contenteditable]');
    var modifier = event.ctrlKey || event.metaKey;
    if (
      (modifier && /^k$/i.test(event.key)) ||
      (event.key == '/' && !typing && !modifier && !event.altKey)
    )
      openSearch(event);
  });
})(document);
