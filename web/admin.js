/* charla staff pages: keyboard actions for the queue.

   Progressive enhancement only: every action is a plain form in the page
   (see src/render/page_admin.c) and works without this file. Here the
   keys select a queue item and submit its forms with form.submit():

     j / k   select the next / previous item (it takes the focus)
     a       approve
     r       remove: focuses the reason list; then a reason's number
             (1, 2, ...) removes at once, or arrows and Enter; Esc goes back
     p       purge, after a confirm() dialog
     b       ban the author for 7 days, after a confirm() dialog (an item
             without a ban form, an imported comment, says so instead)
     x       tick or untick the item's box for the bulk form above the
             list ("Approve selected", "Remove selected")
     ?       show or hide the cheat-sheet (a <details> in the page)

   The bulk form's "Select all on this page" ticks or unticks every item's
   box, and is ticked itself only while every box is (half-ticked while
   some are): without this file the server reads it as every item shown.

   After a decision the next page selects the item at the same place,
   which is the one after the item decided (that one has left the queue),
   not the first again.

   Keys typed into a text field or a list are left alone (the items' boxes
   are neither: j, k and x go on working once one was clicked). Once an
   action is on its way, further action keys (and buttons) are ignored
   until the next page comes: a key pressed twice sends one decision, not
   two. */
(function () {
  "use strict";

  var items = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  var sheet = document.getElementById("keys");
  var cur = -1;
  var sending = false; /* a form is on its way: no second action */
  var noBan = document.getElementById("keys-no-ban");
  var AT = "charla-queue-at"; /* sessionStorage: the place of the item decided */
  var all = document.getElementById("bulk-all");
  var picks = Array.prototype.slice.call(document.querySelectorAll("input.bulk-pick"));

  function remember() {
    try { if (cur >= 0) window.sessionStorage.setItem(AT, String(cur)); } catch (e) { /* no storage */ }
  }

  function select(i) {
    if (!items.length) return;
    if (i < 0) i = 0;
    if (i >= items.length) i = items.length - 1;
    if (cur >= 0 && items[cur]) items[cur].classList.remove("selected");
    if (noBan) noBan.hidden = true;
    cur = i;
    items[cur].classList.add("selected");
    items[cur].focus();
    items[cur].scrollIntoView({ block: "nearest" });
  }

  function formOf(cls) {
    return cur >= 0 && items[cur] ? items[cur].querySelector("form." + cls) : null;
  }

  function submit(form) {
    if (!form || sending) return;
    sending = true;
    remember();
    items.forEach(function (el) { el.classList.add("busy"); });
    form.submit();
  }

  /* A button pressed twice sends its form once, too; the bulk form's as
     well. */
  document.addEventListener("submit", function (ev) {
    var f = ev.target;
    var bulk = f.id === "bulk";
    if (!bulk && (!f.closest || !f.closest(".queue-item"))) return;
    if (sending) { ev.preventDefault(); return; }
    sending = true;
    var i = bulk ? -1 : items.indexOf(f.closest(".queue-item"));
    if (i >= 0) cur = i;
    remember();
    items.forEach(function (el) { el.classList.add("busy"); });
  });

  /* "Select all on this page" follows the boxes, and ticks them all. */
  function syncAll() {
    if (!all) return;
    var n = picks.filter(function (p) { return p.checked; }).length;
    all.checked = picks.length > 0 && n === picks.length;
    all.indeterminate = n > 0 && n < picks.length;
  }
  if (all) {
    all.addEventListener("change", function () {
      picks.forEach(function (p) { p.checked = all.checked; });
      all.indeterminate = false;
    });
    picks.forEach(function (p) { p.addEventListener("change", syncAll); });
    syncAll(); /* a page restored from the history keeps its boxes */
  }

  function pick() {
    var box = cur >= 0 && items[cur] ? items[cur].querySelector("input.bulk-pick") : null;
    if (!box) return;
    box.checked = !box.checked;
    syncAll();
  }

  /* Back to this page from the history: nothing is on its way any more. */
  window.addEventListener("pageshow", function (ev) {
    if (!ev.persisted) return;
    sending = false;
    items.forEach(function (el) { el.classList.remove("busy"); });
  });

  function approve() { submit(formOf("act-approve")); }

  function remove() {
    var f = formOf("act-remove");
    var s = f && f.querySelector("select[name=reason]");
    if (s) s.focus();
  }

  function purge() {
    var f = formOf("act-purge");
    var box = f && f.querySelector("input[name=confirm]");
    if (!box) return;
    if (!window.confirm(box.getAttribute("data-ask") || "Purge?")) return;
    box.checked = true;
    submit(f);
  }

  function ban() {
    var f = formOf("act-ban");
    var s = f && f.querySelector("select[name=duration]");
    if (!s) {
      if (noBan) noBan.hidden = false;
      return;
    }
    if (!window.confirm(s.getAttribute("data-ask") || "Ban?")) return;
    s.value = "7d";
    submit(f);
  }

  /* Keys inside the reason list of a remove form. */
  function reasonKey(ev, s) {
    if (/^[1-9]$/.test(ev.key)) {
      var opt = s.options[Number(ev.key)];
      ev.preventDefault();
      if (opt) { s.value = opt.value; submit(s.form); }
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (s.value) submit(s.form);
    } else if (ev.key === "Escape") {
      ev.preventDefault();
      if (cur >= 0) items[cur].focus();
    }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    var t = ev.target;
    if (t && t.matches && t.matches("form.act-remove select[name=reason]")) {
      if (sending) { ev.preventDefault(); return; }
      reasonKey(ev, t);
      return;
    }
    var box = t && t.matches && t.matches("input.bulk-pick, #bulk-all");
    if (!box && t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (ev.key === "?") {
      if (sheet) sheet.open = !sheet.open;
      ev.preventDefault();
      return;
    }
    if (!items.length) return;
    var k = ev.key;
    if (sending && /^[arpbx]$/.test(k)) { ev.preventDefault(); return; }
    if (k === "j") select(cur + 1);
    else if (k === "k") select(cur - 1);
    else if (k === "a") approve();
    else if (k === "r") remove();
    else if (k === "p") purge();
    else if (k === "b") ban();
    else if (k === "x") pick();
    else return;
    ev.preventDefault();
  });

  /* A click inside an item selects it (without moving the focus away
     from the control that was clicked). */
  document.addEventListener("click", function (ev) {
    var el = ev.target;
    while (el && el.nodeType === 1 && !el.classList.contains("queue-item")) el = el.parentNode;
    if (!el || el.nodeType !== 1) return;
    var i = items.indexOf(el);
    if (i < 0 || i === cur) return;
    if (cur >= 0) items[cur].classList.remove("selected");
    cur = i;
    el.classList.add("selected");
  });

  if (items.length) {
    document.documentElement.classList.add("keys-on");
    var at = 0;
    try {
      at = Number(window.sessionStorage.getItem(AT)) || 0;
      window.sessionStorage.removeItem(AT);
    } catch (e) { /* no storage: the first */ }
    select(at);
  }
})();
