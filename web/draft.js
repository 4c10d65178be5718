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

     - a draft equal to what is stored (nothing unsaved) or to a newer
       draft, or older than a week, is dropped;
     - a draft that differs is offered back ("Restore it" / "Discard it"),
       with a note when what is stored changed since the draft began;
     - after a refused form led to the login (the login form is marked
       data-draft-return), the draft comes back at once, with "Discard it"
       to go back to what is stored. (If the browser kept nothing after
       all, storage off or full, that login form says so.)

   Typing goes on being kept while an offer is open, and the draft on offer
   is not lost to it: the record holds what is typed now and, after it,
   the drafts not yet answered ("older"), newest first. An editor who
   types, closes the tab and comes back expects what they typed last, so
   the next load offers the newest. "Discard it" drops only the draft on
   offer: what is in the form stays (and is kept, if typed), and the draft
   before it, if any, is offered next. "Restore it" puts the draft on offer
   in the form and settles on it: what was typed while it was on offer and
   the older ones go, since the editor chose this one. So once no offer is
   open there is one draft, or none. At most MAX_DRAFTS are kept (an
   editor who keeps typing and closing the tab without answering would
   otherwise grow the record a visit at a time, into the space other forms
   need), and where storage is too full for them all, fewer: the oldest go
   first, since what was typed last is the one to keep.

   A save that lands (the page comes back as data-draft-shows="saved")
   drops the draft it sent, the older ones with it: saving answers them.
   Drafts are dropped after a week, and all of them when the staff member
   logs out: unpublished text does not stay in a shared browser. Without
   localStorage (disabled, full) this does nothing, and the forms work as
   they always did. Progressive enhancement only: every page works
   without this file. */
(function () {
  "use strict";

  var PREFIX = "charla-draft:";
  var SAVING = "charla-draft-saving";    /* sessionStorage: the key a save sent */
  var RETURNING = "charla-draft-return"; /* sessionStorage: the form to refill */
  var MAX_AGE_MS = 7 * 24 * 3600 * 1000;
  var WRITE_DELAY_MS = 400;
  var MAX_DRAFTS = 5;                    /* per form, newest first */

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

  /* entry: whether d looks like a draft as kept: a time and fields. */
  function entry(d) {
    return d && typeof d.at === "number" && d.fields && typeof d.fields === "object";
  }

  function load(key) {
    try {
      var d = JSON.parse(local.getItem(key) || "null");
      return entry(d) ? d : null;
    } catch (e) {
      return null;
    }
  }

  /* A record as a list of drafts, newest first: its own and its older. */
  function chain(d) {
    if (!d) return [];
    var older = Array.isArray(d.older) ? d.older.filter(entry) : [];
    return [{ at: d.at, base: d.base, fields: d.fields }].concat(older);
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
    /* for what follows the fields (web/path-hint.js): the text changed,
       though nobody typed */
    form.dispatchEvent(new Event("charla-draft-written"));
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

  /* Keep drafts (newest first, at most MAX_DRAFTS) as one record; when
     storage refuses it, try again without the oldest. */
  function save(list) {
    for (var n = Math.min(list.length, MAX_DRAFTS); n > 0; n--) {
      var head = list[0];
      var rec = { at: head.at, base: head.base, fields: head.fields };
      if (n > 1) rec.older = list.slice(1, n);
      try {
        local.setItem(key, JSON.stringify(rec));
        return;
      } catch (e) { /* full or refused: fewer, or nothing */ }
    }
  }

  var onPage = read();
  var stored = shows === "stored" || shows === "saved";
  var kept = chain(load(key));
  /* what was stored when the editing began; unknown on a page that
     holds values sent rather than stored ones */
  var base = stored ? print(onPage) : (kept.length ? kept[0].base : "");
  /* a week old, the same as what is stored or as a newer draft: gone */
  var seen = {};
  if (stored) seen[print(onPage)] = true;
  var drafts = kept.filter(function (d) {
    var p = print(d.fields);
    if (seen[p] || Date.now() - d.at > MAX_AGE_MS) return false;
    seen[p] = true;
    return true;
  });
  if (!drafts.length) drop(key);
  else if (drafts.length < kept.length) save(drafts);
  var draft = drafts[0] || null;

  var box = document.getElementById("draft-offer");
  var pending = null; /* drafts on offer, not yet restored or dropped */
  var timer = 0;      /* a write of what is typed, on its way */

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

  /* Offer the first of list, saying when what is stored changed since. */
  function offer(list) {
    pending = list;
    var d = list[0];
    var stale = d.base && d.base !== base;
    show(stale ? ["draft-offer-text", "draft-stale-text"] : ["draft-offer-text"], d);
  }

  /* Put d in the form; it is the one draft now (what was typed while it
     was on offer and the older ones go: the editor chose this one). */
  function restore(d) {
    clearTimeout(timer);
    timer = 0;
    write(d.fields);
    pending = null;
    base = d.base || base;
    save([d]);
    show(["draft-restored-text"], d);
  }

  var returning = session && session.getItem(RETURNING);
  if (session && returning) session.removeItem(RETURNING);
  if (draft && stored && box) {
    var stale = draft.base && draft.base !== base;
    if (returning === action && !stale) restore(draft);
    else offer(drafts);
  }

  if (box) {
    box.querySelector(".draft-restore").addEventListener("click", function () {
      if (pending) restore(pending[0]);
      form.querySelector("textarea, input:not([type=hidden])").focus();
    });
    box.querySelector(".draft-discard").addEventListener("click", function () {
      if (!pending) {
        /* a restored draft: back to what the page held when it opened,
           what is stored */
        clearTimeout(timer);
        timer = 0;
        write(onPage);
        drop(key);
        hide();
        return;
      }
      /* the draft on offer goes; what is in the form stays, and the
         draft before it, if any, is offered next */
      var rest = pending.slice(1);
      if (rest.length) offer(rest);
      else {
        pending = null;
        hide();
      }
      var now = read();
      if (print(now) !== print(onPage)) keep();
      else if (rest.length) save(rest);
      else drop(key);
    });
  }

  /* Keep what is typed, ahead of the drafts still on offer. */
  function keep() {
    clearTimeout(timer);
    timer = 0;
    if (loggingOut) return;
    var now = { at: Date.now(), base: base, fields: read() };
    save(pending ? [now].concat(pending) : [now]);
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
