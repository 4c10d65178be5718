/* charla staff pages: the article editor's path hint follows the title.

   Under the path field the editor reads the path an empty field gets on
   saving: "/YYYY/MM/" and a slug of the title, with "-2", "-3", ... when
   another article has or had that path. The server writes it when the
   page is made (admin_article_next_path in src/api/admin_articles.c);
   this file makes the slug again as the title is typed, by the same
   rules, so the hint follows at once, and a moment after the typing
   stops asks the server for the path a save would really take
   (POST /admin/articles/path-hint, with the form's CSRF token), which
   only it can know: which paths are taken. The date part stays the
   server's (data-prefix), which knows the site's time zone. An answer
   to a title typed over since is dropped; without one (offline, a
   session ended) the slug stays.

   The rules, as make_path applies them: ASCII letters and digits kept, in
   lower case; the accented Latin letters of FOLD become their plain
   letter; apostrophes (' and U+2019) vanish; any other run of characters
   is one hyphen, never at either end; at most SLUG_MAX characters, then
   cut at the last hyphen if that keeps more than half; "article" when
   nothing is left. tests/browser/path-hint.mjs saves titles and checks
   that the stored path is the hint that was shown.

   Without this file the hint is the one the server wrote. */
(function () {
  "use strict";
  var SLUG_MAX = 80;
  var FOLD = {};
  [["a", "\u00e0\u00e1\u00e2\u00e3\u00e4\u00c1"],
   ["c", "\u00e7\u00c7"],
   ["e", "\u00e8\u00e9\u00ea\u00eb\u00c9"],
   ["i", "\u00ec\u00ed\u00ee\u00ef\u00cd"],
   ["n", "\u00f1\u00d1"],
   ["o", "\u00f2\u00f3\u00f4\u00f5\u00f6\u00d3"],
   ["u", "\u00f9\u00fa\u00fb\u00fc\u00da\u00dc"]].forEach(function (row) {
    for (var i = 0; i < row[1].length; i++) FOLD[row[1][i]] = row[0];
  });

  function slugOf(title) {
    var slug = "", hyphen = false;
    for (var ch of title) {
      if (slug.length >= SLUG_MAX) break;
      var out = "";
      if (/^[a-z0-9]$/.test(ch)) out = ch;
      else if (/^[A-Z]$/.test(ch)) out = ch.toLowerCase();
      else if (FOLD[ch]) out = FOLD[ch];
      else if (ch === "'" || ch === "\u2019") continue;
      if (!out) {
        hyphen = true;
        continue;
      }
      if (hyphen && slug.length > 0) slug += "-";
      hyphen = false;
      if (slug.length < SLUG_MAX) slug += out;
    }
    if (slug.length === SLUG_MAX) {
      var cut = slug.lastIndexOf("-");
      if (cut > SLUG_MAX / 2) slug = slug.slice(0, cut);
    }
    return slug || "article";
  }

  var title = document.getElementById("f-title");
  var hint = document.getElementById("path-hint-path");
  if (!title || !hint || !hint.dataset.prefix) return;
  var written = hint.textContent;
  var csrf = title.form && title.form.querySelector("input[name=csrf]");
  var asked = 0, timer = 0;
  var ASK_AFTER_MS = 250;

  /* the path a save would take, suffix included, from the server */
  function ask() {
    var mine = ++asked;
    var body = new URLSearchParams();
    body.set("title", title.value);
    body.set("id", hint.dataset.article || "0");
    body.set("csrf", csrf.value);
    fetch("/admin/articles/path-hint", {
      method: "POST", body: body, credentials: "same-origin"
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (j) {
      if (j && typeof j.path === "string" && mine === asked) hint.textContent = j.path;
    }).catch(function () { /* the slug stays */ });
  }

  function follow() {
    asked++; /* an answer for an earlier title is not for this one */
    clearTimeout(timer);
    if (title.value === "") {
      hint.textContent = written;
      return;
    }
    hint.textContent = hint.dataset.prefix + slugOf(title.value);
    if (csrf && window.fetch) timer = setTimeout(ask, ASK_AFTER_MS);
  }
  title.addEventListener("input", follow);
  if (title.form) title.form.addEventListener("charla-draft-written", follow);
  /* a title the browser kept across a reload; the one the page was
     drawn with already has the server's hint */
  if (title.value !== title.defaultValue) follow();
})();
