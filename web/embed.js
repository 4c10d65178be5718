/* embed.js - charla's discussion on a page of another site.

   The host page has <div id="charla-thread"></div> and loads this file
   from the charla server. Optional attributes on the div: data-url (the
   page's canonical URL; default: <link rel="canonical">, else the address
   without #fragment), data-title, data-lang, data-mode="iframe".
   Elements with data-charla-count="<url>" get that page's comment count.

   Hand-written, no dependencies, no build step. It talks only to the
   server it came from. It renders into a shadow root with the stylesheet
   /embed/embed.css linked inside, so it needs no inline script or style
   and works under a strict Content-Security-Policy. Server HTML (comment
   bodies, rendered from Markdown with raw HTML off) is the only markup
   inserted as HTML; everything else is built as text nodes.

   In iframe mode the host gets an iframe of /embed/thread, a page of the
   charla origin that runs this same file (data-frame="1") and posts its
   height to the host page. See docs/embed.md. */
(function () {
  "use strict";
  var me = document.currentScript;
  var base = new URL(me ? me.src : "/embed/embed.js", location.href).origin;
  var enc = encodeURIComponent;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  /* what a reader wrote (a comment, a name) takes the direction of its
     own first letters: Arabic or Hebrew reads right to left */
  function readerText(e) {
    e.dir = "auto";
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c != null) parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function api(path, body, method) {
    var o = { credentials: "include", cache: "no-cache" };
    if (method) o.method = method;
    if (body) {
      o.method = "POST";
      o.headers = { "Content-Type": "application/json" };
      o.body = JSON.stringify(body);
    }
    return fetch(base + path, o).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, json: j }; });
    });
  }

  /* Proof of work (docs/security.md): a NONCE such that
     SHA-256("CHALLENGE:NONCE") starts with `bits` zero bits. A host page
     loads this file only, so it has its own solver (app.js has one). */
  function leadingZeros(digest) {
    var b = new Uint8Array(digest), n = 0;
    for (var i = 0; i < b.length; i++) {
      if (b[i] !== 0) return n + Math.clz32(b[i]) - 24;
      n += 8;
    }
    return n;
  }
  function workProof(challenge, bits) {
    var te = new TextEncoder();
    function from(first) {
      var batch = [];
      for (var k = 0; k < 256; k++)
        batch.push(crypto.subtle.digest("SHA-256", te.encode(challenge + ":" + (first + k))));
      return Promise.all(batch).then(function (ds) {
        for (var k = 0; k < ds.length; k++)
          if (leadingZeros(ds[k]) >= bits) return challenge + ":" + (first + k);
        return from(first + 256);
      });
    }
    return from(0);
  }
  /* Posts body; refused "pow_required", works a fresh challenge and
     posts again. No crypto.subtle (a page not on https): the refusal. */
  function postWithProof(path, body, articleId) {
    return api(path, body).then(function (r) {
      var code = r.json.error && r.json.error.code;
      if (r.status !== 403 || code !== "pow_required" || body.pow ||
          !(window.crypto && crypto.subtle))
        return r;
      return api("/api/v1/pow?article=" + articleId).then(function (c) {
        if (c.status !== 200) return r;
        return workProof(c.json.challenge, c.json.bits).then(function (proof) {
          var again = { pow: proof };
          for (var k in body) if (Object.prototype.hasOwnProperty.call(body, k)) again[k] = body[k];
          return api(path, again);
        });
      });
    });
  }

  /* Counts for index pages: <a data-charla-count="https://blog/x">. */
  var countEls = document.querySelectorAll("[data-charla-count]");
  if (countEls.length) {
    var q = [];
    countEls.forEach(function (e) { q.push("url=" + enc(e.getAttribute("data-charla-count"))); });
    fetch(base + "/api/v1/counts?" + q.slice(0, 50).join("&")).then(function (r) {
      return r.json();
    }).then(function (j) {
      countEls.forEach(function (e) {
        var n = j.counts && j.counts[e.getAttribute("data-charla-count")];
        if (n != null) e.textContent = String(n);
      });
    }).catch(function () {});
  }

  var host = document.getElementById("charla-thread");
  if (!host || host.charla) return;
  host.charla = true;
  var d = host.dataset;
  var canon = document.querySelector('link[rel="canonical"]');
  var url = new URL(d.url || (canon && canon.href) || location.href, location.href);
  url.hash = "";
  url = url.href;
  var title = d.title || document.title;
  var lang = d.lang || document.documentElement.lang || "";
  var inFrame = d.frame === "1";

  if (d.mode === "iframe" && !inFrame) {
    var f = el("iframe");
    f.src = base + "/embed/thread?url=" + enc(url) + "&title=" + enc(title) +
      (lang ? "&lang=" + enc(lang) : "");
    f.title = title;
    f.width = "100%";
    f.height = "600";
    f.style.border = "0";
    f.style.width = "100%";
    window.addEventListener("message", function (ev) {
      if (ev.origin === base && ev.source === f.contentWindow &&
          ev.data && ev.data.charla === "height")
        f.height = String(Math.ceil(ev.data.h) + 2);
    });
    host.textContent = "";
    host.appendChild(f);
    return;
  }

  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = el("link");
  css.rel = "stylesheet";
  css.href = base + "/embed/embed.css";
  var box = el("div", "charla");
  if (lang) box.lang = lang;
  add(root, css, box);

  var data = null, msg = {}, notice = null, card = null, reviewed = false;
  /* the reader's own comments they may still delete: id -> the time (ms)
     the window closes, from /embed/mine (the cached thread is the same
     for everyone); held: their comments awaiting review, which are not in
     the thread ({id, excerpt, left}); posted: the id of the comment just
     published, whose notice stands; deleted: the notice that a deletion
     went through */
  var own = {}, held = [], posted = 0, deleted = false, ownTimer = 0;

  function tellHeight() {
    if (inFrame && window.parent !== window)
      window.parent.postMessage({ charla: "height", h: document.documentElement.scrollHeight }, "*");
  }
  if (inFrame && window.ResizeObserver) new ResizeObserver(tellHeight).observe(box);

  function load(then) {
    return api("/embed/thread.json?url=" + enc(url) + "&title=" + enc(title) +
      (lang ? "&lang=" + enc(lang) : "")).then(function (r) {
      if (r.status !== 200) throw new Error(r.json.error ? r.json.error.message : "error");
      data = r.json;
      msg = data.embed.msg;
      render();
      loadMine();
      if (then) then();
    });
  }

  function loadMine() {
    return api("/embed/mine?article=" + data.article.id).then(function (r) {
      if (r.status !== 200) return;
      own = {};
      held = r.json.held || [];
      r.json.mine.concat(held).forEach(function (m) {
        if (m.left > 0) own[m.id] = Date.now() + m.left * 1000;
      });
      showHeld();
      markOwn();
    }).catch(function () {});
  }

  /* "Awaiting review": the reader's own comments a moderator has not
     published, each by its excerpt (text from the reader, set as text) */
  function showHeld() {
    var sec = root.querySelector("section.held");
    if (!sec) return;
    sec.textContent = "";
    sec.hidden = !held.length;
    if (!held.length) return;
    var ul = el("ul");
    held.forEach(function (h) {
      var li = el("li", "held-item");
      li.dataset.id = h.id;
      if (h.seen) li.dataset.seen = "1";
      ul.appendChild(add(li, readerText(el("p", "excerpt", h.excerpt))));
    });
    add(sec, el("h3", null, msg.held_heading), el("p", "hint", msg.held_hint), ul);
  }

  /* a Delete button on each of the reader's comments (published or
     awaiting review) whose window is open; it goes when the window
     closes */
  function markOwn() {
    var now = Date.now(), next = 0;
    clearTimeout(ownTimer);
    root.querySelectorAll("li.comment:not(.gone), li.held-item").forEach(function (li) {
      var art = li.querySelector("article") || li, until = own[li.dataset.id];
      var b = art.querySelector("button.delete");
      if (!until || until <= now) {
        if (b) b.remove();
        var f = li.querySelector("form.delete-form");
        if (f) f.remove();
        return;
      }
      if (!next || until < next) next = until;
      if (b) return;
      var foot = art.querySelector("footer");
      if (!foot) foot = add(art, el("footer")).lastChild;
      b = el("button", "delete", msg.delete);
      b.type = "button";
      add(foot, foot.firstChild ? " " : null, b);
    });
    if (next) ownTimer = setTimeout(markOwn, next - now + 100);
    tellHeight();
  }

  /* A refusal goes right above the button that was pressed (in the p
     actions of form f), where the eye is: on a phone the form's heading is
     off the screen by then. It is announced as a new alert each time, so
     that a second refusal in the same words is heard too (a live region
     whose text does not change is not read again). */
  function refuse(f, actions, text) {
    unrefuse(f);
    var p = el("p", "form-error", text);
    p.setAttribute("role", "alert");
    f.insertBefore(p, actions);
    p.scrollIntoView({ block: "nearest" });
    tellHeight();
  }
  function unrefuse(f) {
    var old = f.querySelector(".form-error");
    if (old) old.remove();
  }

  function deleteForm(li) {
    var old = li.querySelector("form.delete-form");
    if (old) { old.remove(); tellHeight(); return; }
    var f = el("form", "comment-form delete-form");
    var b = el("button", "destructive", msg.delete_submit);
    b.type = "submit";
    var cancel = el("button", "cancel", msg.cancel);
    cancel.type = "button";
    cancel.addEventListener("click", function () { f.remove(); tellHeight(); });
    /* one awaiting review leaves no "Deleted by its author" behind,
       unless readers saw it before it was held */
    var hint = li.classList.contains("held-item") && !li.dataset.seen
      ? msg.delete_hint_held : msg.delete_hint;
    var acts = add(el("p", "actions"), b, " ", cancel);
    add(f, el("p", "hint", hint), acts);
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      b.disabled = true;
      var failed = function (text) {
        refuse(f, acts, text);
        b.disabled = false;
      };
      api("/api/v1/comments/" + li.dataset.id, null, "DELETE").then(function (r) {
        if (r.status === 200) {
          delete own[li.dataset.id];
          held = held.filter(function (h) { return String(h.id) !== li.dataset.id; });
          reviewed = false;
          posted = 0;
          deleted = true;
          return load();
        }
        var e = r.json.error || {};
        if (e.code === "too_late") {
          /* the window closed: no Delete left, the reason stays shown */
          delete own[li.dataset.id];
          var d = li.querySelector("button.delete");
          if (d) d.remove();
          b.remove();
        }
        failed(e.code === "too_late" ? msg.too_late : e.message || msg.server_error);
      }).catch(function () { failed(msg.unreachable); });
    });
    var art = li.querySelector("article");
    if (art) art.after(f); else li.appendChild(f);
    b.focus();
    tellHeight();
  }

  function colour(handle) {
    var s = 0;
    for (var i = 0; i < handle.length; i++) s += handle.charCodeAt(i);
    return s % 8;
  }

  function author(c) {
    var a = c.author;
    if (a.staff)
      return add(el("span", "author staff"), readerText(el("span", "name", a.name)), " ",
        el("span", "badge", msg.staff));
    if (a.imported) {
      if (!a.name) return el("span", "author imported", msg.anon_imported);
      return add(el("span", "author imported"), readerText(el("span", "name", a.name)), " ",
        el("span", "unverified", "(" + msg.unverified + ")"));
    }
    if (!a.handle) return null;
    /* a no-break space before the dot keeps it with the name, as on the
       page: on a phone no line starts with "·" */
    return add(el("span", "author reader h" + colour(a.handle)),
      a.name ? readerText(el("span", "name", a.name)) : null, a.name ? "\u00a0· " : msg.anon + " ",
      el("span", "handle", a.handle));
  }

  /* a default removal reason in the site's language; others as typed */
  function reasonText(r) {
    var t = msg.reasons;
    return t && Object.prototype.hasOwnProperty.call(t, r) ? t[r] : r;
  }

  /* a moderator's reason is isolated, as the pages do with <bdi>, so a
     right-to-left reason cannot reorder the words around it */
  function tombstone(c) {
    if (c.status === "removed" && c.reason) {
      var p = el("p", "tombstone", msg.removed + ": ");
      p.appendChild(el("bdi", null, reasonText(c.reason)));
      return p;
    }
    var t = c.status === "removed" ? msg.removed
      : c.status === "deleted" ? msg.deleted
      : c.status === "awaiting_review" ? msg.held : msg.purged;
    return el("p", "tombstone", t);
  }

  function numLink(n, cls, label) {
    var a = el("a", cls, label);
    a.href = "#c" + n;
    return a;
  }

  function comment(c) {
    var depth = c.number.split(".").length - 1;
    var gone = c.status !== "visible";
    var li = el("li", "comment d" + Math.min(depth, 4) + (gone ? " gone" : ""));
    li.id = "c" + c.number;
    li.dataset.id = c.id;
    var art = el("article");
    art.setAttribute("aria-label", "#" + c.number);
    var num = numLink(c.number, "num", "#" + c.number);
    num.title = msg.permalink;
    var time = el("time", null, data.embed.times[c.number] || c.created);
    time.dateTime = c.created;
    var head = add(el("header"), num, " ", gone ? null : author(c), " ", time);
    if (depth > 4 && c.parent)
      add(head, " ", add(el("span", "in-reply", msg.in_reply + " "), numLink(c.parent, null, "#" + c.parent)));
    add(art, head);
    if (gone) {
      add(art, tombstone(c));
    } else {
      var text = readerText(el("div", "text"));
      text.innerHTML = c.html; /* server-rendered, raw HTML off */
      add(art, text);
      /* a closed discussion takes no replies, but is still reported */
      var reply = null;
      if (data.embed.discussion !== 2) {
        reply = el("button", "reply", msg.reply);
        reply.type = "button";
        reply.dataset.reply = c.number;
      }
      var report = el("button", "report", msg.report);
      report.type = "button";
      add(art, add(el("footer"), reply, reply ? " " : null, report));
    }
    return add(li, art);
  }

  function form(parent) {
    var f = el("form", "comment-form");
    var id = parent ? "reply" : "new";
    if (parent) f.id = "reply-form";
    add(f, el("h3", null, parent ? msg.form_reply + " #" + parent : msg.form));
    if (data.embed.discussion === 1) add(f, el("p", "notice", msg.premod));
    var lb = el("label", null, msg.body);
    lb.htmlFor = "body-" + id;
    var ta = readerText(el("textarea"));
    ta.id = "body-" + id;
    ta.name = "body";
    ta.rows = 5;
    ta.maxLength = 5000;
    ta.required = true;
    ta.setAttribute("aria-describedby", "hint-" + id);
    var hint = el("p", "hint", msg.hint);
    hint.id = "hint-" + id;
    var ln = el("label", null, msg.name);
    ln.htmlFor = "name-" + id;
    var name = readerText(el("input"));
    name.id = "name-" + id;
    name.name = "name";
    name.maxLength = 160; /* UTF-16 units: the server counts what shows */
    name.autocomplete = "nickname";
    var submit = el("button", null, parent ? msg.submit_reply : msg.submit);
    submit.type = "submit";
    var actions = add(el("p", "actions"), submit);
    if (parent) {
      var cancel = el("button", "cancel", msg.cancel);
      cancel.type = "button";
      cancel.addEventListener("click", function () { f.remove(); tellHeight(); });
      add(actions, " ", cancel);
    }
    add(f, lb, ta, hint, ln, name, actions, el("p", "privacy", msg.privacy));
    function refused(text) {
      submit.disabled = false;
      refuse(f, actions, text);
    }
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var body = { body: ta.value };
      if (name.value) body.name = name.value;
      if (parent) body.parent = parent;
      submit.disabled = true;
      storageAccess().then(function () {
        return postWithProof("/embed/comments?article=" + data.article.id +
            (lang ? "&lang=" + enc(lang) : ""), body, data.article.id);
      }).then(function (r) {
        if (r.status === 201 || r.status === 202) {
          posted = r.status === 201 && r.json.comment ? r.json.comment.id : 0;
          deleted = false;
          /* held: the answer says why, in the words the site's pages use */
          reviewed = r.status === 202 && (r.json.message || msg.review);
          var n = r.json.comment && r.json.comment.number;
          return load(function () { if (!reviewed && n) go(n); });
        }
        refused((r.json.error && r.json.error.message) || msg.server_error);
      }).catch(function () { refused(msg.unreachable); });
    });
    return f;
  }

  /* In the iframe, ask for the first-party cookie (Safari, Firefox) on
     the click that posts; elsewhere, or if refused, nothing changes. */
  function storageAccess() {
    if (!inFrame || !document.requestStorageAccess) return Promise.resolve();
    return document.hasStorageAccess().then(function (has) {
      return has || document.requestStorageAccess();
    }).catch(function () {});
  }

  function reportForm(li) {
    var old = li.querySelector("form.report-form");
    if (old) { old.remove(); tellHeight(); return; }
    var f = el("form", "comment-form report-form");
    var lb = el("label", null, msg.report_reason);
    var input = el("input");
    input.name = "reason";
    input.maxLength = 200;
    input.required = true;
    input.autocomplete = "off";
    lb.htmlFor = input.id = "reason-" + li.dataset.id;
    /* the moderators' reasons, as the report page offers them */
    var list = el("datalist");
    list.id = input.id + "-list";
    (msg.report_reasons || []).forEach(function (t) {
      var o = el("option");
      o.value = t;
      list.appendChild(o);
    });
    input.setAttribute("list", list.id);
    f.appendChild(list);
    var b = el("button", null, msg.report_submit);
    b.type = "submit";
    var acts = add(el("p", "actions"), b);
    add(f, lb, input, acts);
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      b.disabled = true;
      api("/embed/report?comment=" + li.dataset.id, { reason: input.value }).then(function (r) {
        if (r.status === 201 || r.status === 409) {
          f.replaceWith(el("p", "notice", msg.report_thanks));
          return;
        }
        b.disabled = false;
        refuse(f, acts, (r.json.error && r.json.error.message) || msg.server_error);
      }).catch(function () {
        b.disabled = false;
        refuse(f, acts, msg.unreachable);
      });
    });
    li.querySelector("article").after(f);
    input.focus();
    tellHeight();
  }

  function render() {
    var cs = data.comments, n = data.embed.visible;
    box.textContent = "";
    card = null;
    var h = add(el("h2", null, msg.heading + " "),
      el("span", "count", "(" + (n === 1 ? msg.one : msg.many.replace("%d", n)) + ")"));
    var sec = add(el("section", "thread"), h);
    sec.setAttribute("aria-label", msg.heading);
    /* the author's notice, in the words of the article page's */
    var said = reviewed || (deleted ? msg.delete_done : "");
    notice = el("p", "notice", said || msg.review);
    if (!said && posted) {
      said = true;
      notice.textContent = [msg.posted, msg.posted_can, msg.posted_delete,
        msg.posted_window, msg.data_before, ""].join(" ");
      add(notice, meButton(), msg.data_after);
    }
    notice.setAttribute("role", "status");
    notice.hidden = !said;
    var ol = el("ol", "comments");
    cs.forEach(function (c) { ol.appendChild(comment(c)); });
    var mineHeld = el("section", "held");
    mineHeld.setAttribute("aria-label", msg.held_heading);
    add(sec, notice, ol, mineHeld, data.embed.discussion === 2 ? el("p", "notice", msg.closed) : form(null),
      add(el("p", "me"), meButton()));
    box.appendChild(sec);
    showHeld(); /* the last known list, until /embed/mine answers */
    tellHeight();
  }

  /* "Your data": /me on charla's own address may not see this widget's
     cookie (another site's partition), so export and erasure are here */
  function meButton() {
    var b = el("button", "me-open", msg.me);
    b.type = "button";
    return b;
  }

  function mePanel() {
    var old = root.querySelector(".me-panel");
    if (old) { old.remove(); tellHeight(); return; }
    var q = lang ? "?lang=" + enc(lang) : "";
    var panel = add(el("section", "me-panel"), el("h3", null, msg.me), el("p", "hint", msg.me_intro));
    var ex = el("form", "comment-form me-export");
    var exb = el("button", null, msg.me_export_button);
    exb.type = "submit";
    var exacts = add(el("p", "actions"), exb);
    add(ex, el("h4", null, msg.me_export_heading), el("p", null, msg.me_export_text), exacts);
    ex.addEventListener("submit", function (ev) {
      ev.preventDefault();
      unrefuse(ex);
      api("/embed/me/export" + q).then(function (r) {
        if (r.status !== 200) {
          refuse(ex, exacts, (r.json.error && r.json.error.message) || msg.server_error);
          return;
        }
        var a = el("a");
        a.href = URL.createObjectURL(new Blob([JSON.stringify(r.json, null, 2)],
          { type: "application/json" }));
        a.download = "my-comments.json";
        panel.appendChild(a);
        a.click();
        a.remove();
      }).catch(function () {
        refuse(ex, exacts, msg.unreachable);
      });
    });
    var er = el("form", "comment-form me-erase");
    var input = el("input");
    input.name = "confirm";
    input.required = true;
    input.autocomplete = "off";
    input.id = "me-confirm";
    var lb = add(el("label", null, msg.me_confirm_before + " "), el("kbd", null, msg.me_confirm_word),
      " " + msg.me_confirm_after);
    lb.htmlFor = input.id;
    var erb = el("button", "destructive", msg.me_erase_button);
    erb.type = "submit";
    var eracts = add(el("p", "actions"), erb);
    add(er, el("h4", null, msg.me_erase_heading), el("p", null, msg.me_erase_text), lb, input,
      eracts);
    er.addEventListener("submit", function (ev) {
      ev.preventDefault();
      erb.disabled = true;
      api("/embed/me/erase" + q, { confirm: input.value }).then(function (r) {
        if (r.status === 200) {
          own = {};
          held = [];
          posted = 0;
          deleted = false;
          reviewed = r.json.message; /* the notice that stands: "Done: …" */
          return load();
        }
        erb.disabled = false;
        refuse(er, eracts, (r.json.error && r.json.error.message) || msg.server_error);
      }).catch(function () {
        erb.disabled = false;
        refuse(er, eracts, msg.unreachable);
      });
    });
    add(panel, ex, er);
    root.querySelector("p.me").after(panel);
    panel.scrollIntoView({ block: "nearest" });
    tellHeight();
  }

  function go(n) {
    var li = root.getElementById("c" + n);
    if (!li) return;
    var old = root.querySelector("li.target");
    if (old) old.classList.remove("target");
    li.classList.add("target");
    li.scrollIntoView({ block: "center" });
    if (!inFrame && history.replaceState) history.replaceState(null, "", "#c" + n);
  }

  function hideCard() { if (card) { card.remove(); card = null; } }
  function showCard(a) {
    hideCard();
    if (!a.title) return;
    card = readerText(el("div", "ref-card", a.title));
    card.setAttribute("role", "tooltip");
    var r = a.getBoundingClientRect(), b = box.getBoundingClientRect();
    card.style.left = (r.left - b.left) + "px";
    card.style.top = (r.bottom - b.top + 4) + "px";
    box.appendChild(card);
  }

  function up(t, sel) { return t && t.closest ? t.closest(sel) : null; }

  box.addEventListener("click", function (ev) {
    var t = ev.target, a = up(t, "a[href^='#c']"), li = up(t, "li.comment, li.held-item");
    if (a) {
      ev.preventDefault();
      go(a.getAttribute("href").slice(2));
    } else if (up(t, "button.reply")) {
      var old = root.getElementById("reply-form");
      if (old) old.remove();
      var f = form(t.dataset.reply);
      li.appendChild(f);
      f.querySelector("textarea").focus();
      tellHeight();
    } else if (up(t, "button.report")) {
      reportForm(li);
    } else if (up(t, "button.delete")) {
      deleteForm(li);
    } else if (up(t, "button.me-open")) {
      mePanel();
    }
  });
  box.addEventListener("mouseover", function (ev) {
    var a = up(ev.target, "a.ref");
    if (a) showCard(a); else if (!up(ev.target, ".ref-card")) hideCard();
  });
  box.addEventListener("focusin", function (ev) {
    var a = up(ev.target, "a.ref");
    if (a) showCard(a); else hideCard();
  });

  load(function () {
    var m = /^#c([0-9.]+)$/.exec(location.hash);
    if (m && !inFrame) go(m[1]);
  }).catch(function () { box.textContent = ""; });
})();
