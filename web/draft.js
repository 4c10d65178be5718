/* charla staff pages: nothing an editor writes is lost to a session that
   ends while they write.

   A staff session ends after 12 hours idle, and a form sent after that is
   refused (no write without a live session and its CSRF token): the server
   answers the login form and cannot keep the text, since it must never
   echo what a form sent into a page (a page on another site can make a
   browser send a form). So the browser keeps it. A form marked data-draft
   (the article editor and the screening settings; admin_draft_attrs in
   src/render/page_admin.c) is copied into
   localStorage as it is typed, under "charla-draft:" + the form's action,
   with the time and a fingerprint of what the page held when the editing
   began (what was stored). When the page opens:

     - a draft equal to what is stored is dropped (nothing unsaved);
     - a draft that differs is offered back ("Restore it" / "Discard it"),
       with a note when what is stored changed since the draft began;
     - after a refused form led to the login (the login form is marked
       data-draft-return), the draft comes back at once, with "Discard it"
       to go back to what is stored. (If the browser kept nothing after
       all, storage off or full, that login form says so.)

   A save that lands (the page comes back as data-draft-shows="saved")
   drops the draft it sent. Drafts are dropped after a week, and all of
   them when the staff member logs out: unpublished text does not stay in
   a shared browser. Without localStorage (disabled, full) this does
   nothing, and the forms work as they always did. Progressive
   enhancement only: every page works without this file. */
(function () {
  "use strict";

  var PREFIX = "charla-draft:";
  var SAVING = "charla-draft-saving";    /* sessionStorage: the key a save sent */
  var RETURNING = "charla-draft-return"; /* sessionStorage: the form to refill */
  var MAX_AGE_MS = 7 * 24 * 3600 * 1000;
  var WRITE_DELAY_MS = 400;

  function storage(kind) {
    try {
      var s = window[kind];
      var probe = PREFIX + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  }
  var local = storage("localStorage");
  var session = storage("sessionStorage");

  /* The login form a refused form led to: refill that form after it; or,
     when this browser kept nothing for it after all, say so. */
  var login = document.querySelector("form.login[data-draft-return]");
  var next = login && login.querySelector("input[name=next]");
  if (next) {
    if (local && local.getItem(PREFIX + next.value) !== null) {
      if (session) session.setItem(RETURNING, next.value);
    } else {
      var lost = document.querySelector(".draft-lost");
      if (lost) lost.hidden = false;
    }
  }
  if (!local) return;

  function load(key) {
    try {
      var d = JSON.parse(local.getItem(key) || "null");
      return d && typeof d.at === "number" && d.fields ? d : null;
    } catch (e) {
      return null;
    }
  }

  function drop(key) {
    try { local.removeItem(key); } catch (e) { /* nothing to do */ }
  }

  function draftKeys() {
    var keys = [];
    for (var i = 0; i < local.length; i++) {
      var k = local.key(i);
      if (k && k.indexOf(PREFIX) === 0) keys.push(k);
    }
    return keys;
  }

  /* Old drafts go; so does every draft at a deliberate logout. */
  draftKeys().forEach(function (k) {
    var d = load(k);
    if (!d || Date.now() - d.at > MAX_AGE_MS) drop(k);
  });
  var loggingOut = false; /* nothing is kept after this */
  document.addEventListener("submit", function (ev) {
    if (ev.target.matches && ev.target.matches("form.logout")) {
      loggingOut = true;
      draftKeys().forEach(drop);
      if (session) session.removeItem(RETURNING);
    }
  });

  var form = document.querySelector("form[data-draft]");
  if (!form) return;
  var action = form.getAttribute("action");
  var key = PREFIX + action;
  var shows = form.getAttribute("data-draft-shows");

  /* The fields a draft keeps: what the editor types and picks, never
     the buttons nor the hidden ones (the CSRF token), but for those the
     form names in data-draft-keep (the screening form's "base": restored
     over settings saved since, the save is refused as stale and shows
     them, instead of quietly undoing them). */
  var keepHidden = (form.getAttribute("data-draft-keep") || "").split(" ");
  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      if (!el.name) return false;
      if (el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
      if (el.tagName !== "INPUT") return false;
      if (el.type === "hidden") return keepHidden.indexOf(el.name) >= 0;
      return !/^(password|submit|button|reset|image|file)$/.test(el.type);
    });
  }

  function read() {
    var out = {};
    fields().forEach(function (el) {
      if (el.type === "radio") {
        if (el.checked) out[el.name] = el.value;
      } else if (el.type === "checkbox") {
        out[el.name] = el.checked;
      } else {
        out[el.name] = el.value;
      }
    });
    return out;
  }

  function write(values) {
    fields().forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(values, el.name)) return;
      var v = values[el.name];
      if (el.type === "radio") el.checked = el.value === v;
      else if (el.type === "checkbox") el.checked = v === true;
      else el.value = String(v);
    });
  }

  /* A fingerprint of a form's values (FNV-1a over their JSON). */
  function print(values) {
    var s = JSON.stringify(values), h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16) + ":" + s.length;
  }

  /* A save that landed: drop the draft it sent (a new article's is kept
     under ".../new", and the page is now the article's own). */
  if (session) {
    var sent = session.getItem(SAVING);
    session.removeItem(SAVING);
    if (sent && shows === "saved") drop(sent);
  }

  var onPage = read();
  var stored = shows === "stored" || shows === "saved";
  var draft = load(key);
  /* what was stored when the editing began; unknown on a page that
     holds values sent rather than stored ones */
  var base = stored ? print(onPage) : (draft ? draft.base : "");
  if (draft && stored && print(draft.fields) === print(onPage)) {
    drop(key);
    draft = null;
  }

  var box = document.getElementById("draft-offer");
  var pending = null; /* a draft offered and not yet restored or dropped */

  function when(ms) {
    var lang = document.documentElement.lang || undefined;
    try {
      return new Date(ms).toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
    } catch (e) {
      return new Date(ms).toLocaleString();
    }
  }

  function show(which, d) {
    if (!box) return;
    ["draft-offer-text", "draft-stale-text", "draft-restored-text"].forEach(function (c) {
      var p = box.querySelector("." + c);
      if (!p) return;
      if (!p.hasAttribute("data-template")) p.setAttribute("data-template", p.textContent);
      p.textContent = p.getAttribute("data-template").replace("{time}", when(d.at));
      p.hidden = which.indexOf(c) < 0;
    });
    box.querySelector(".draft-restore").hidden = which.indexOf("draft-restored-text") >= 0;
    box.hidden = false;
  }

  function hide() { if (box) box.hidden = true; }

  function restore(d) {
    write(d.fields);
    pending = null;
    base = d.base || base;
    show(["draft-restored-text"], d);
  }

  var returning = session && session.getItem(RETURNING);
  if (session && returning) session.removeItem(RETURNING);
  if (draft && stored && box) {
    var stale = draft.base && draft.base !== base;
    if (returning === action && !stale) {
      restore(draft);
    } else {
      pending = draft;
      show(stale ? ["draft-offer-text", "draft-stale-text"] : ["draft-offer-text"], draft);
    }
  }

  if (box) {
    box.querySelector(".draft-restore").addEventListener("click", function () {
      if (pending) restore(pending);
      form.querySelector("textarea, input:not([type=hidden])").focus();
    });
    box.querySelector(".draft-discard").addEventListener("click", function () {
      /* back to what the page held when it opened: what is stored */
      write(onPage);
      pending = null;
      drop(key);
      hide();
    });
  }

  /* Keep what is typed. A draft still on offer is not overwritten: the
     editor has not said whether it matters. NEEDSWORK: so what is typed
     before answering the offer is not kept; keeping both would need a
     second draft and a second offer. */
  var timer = 0;
  function keep() {
    clearTimeout(timer);
    timer = 0;
    if (pending || loggingOut) return;
    try {
      local.setItem(key, JSON.stringify({ at: Date.now(), base: base, fields: read() }));
    } catch (e) { /* full or refused: the form still works */ }
  }
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(keep, WRITE_DELAY_MS);
  }
  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  window.addEventListener("pagehide", function () { if (timer) keep(); });

  form.addEventListener("submit", function (ev) {
    keep();
    /* every submit saves but the article editor's preview */
    var b = ev.submitter;
    var preview = b && b.name === "op" && b.value === "preview";
    if (session && !preview) session.setItem(SAVING, key);
  });
})();
