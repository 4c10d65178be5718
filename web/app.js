/* charla progressive enhancement. Every page works without this file:
   it only (1) opens reply forms in place instead of reloading the page,
   (2) shows a small card with the preview of a referenced comment,
   (3) posts comments with fetch and jumps to the new permalink, and
   (4) follows a link to a comment this page does not show to the page
   that does. */
(function () {
  "use strict";

  function closest(el, sel) {
    while (el && el.nodeType === 1) {
      if (el.matches(sel)) return el;
      el = el.parentNode;
    }
    return null;
  }

  /* (1) reply in place: clone the main form under the comment. */
  document.addEventListener("click", function (ev) {
    var link = closest(ev.target, "a.reply[data-reply]");
    if (!link) return;
    var main = document.querySelector("form.comment-form:not(#reply-form)");
    if (!main) return;
    ev.preventDefault();
    var old = document.getElementById("reply-form");
    if (old) old.parentNode.removeChild(old);
    var number = link.getAttribute("data-reply");
    var form = main.cloneNode(true);
    form.id = "reply-form";
    /* the words of the server's reply form, which the main form carries
       in the page's language */
    var h = form.querySelector("h3");
    if (h) h.textContent = (main.getAttribute("data-reply-heading") || link.textContent) + " #" + number;
    var submit = form.querySelector("button[type=submit]");
    if (submit && main.getAttribute("data-reply-submit"))
      submit.textContent = main.getAttribute("data-reply-submit");
    if (submit && main.getAttribute("data-cancel")) {
      var cancel = document.createElement("a");
      cancel.className = "cancel";
      cancel.href = window.location.pathname + window.location.search + "#c" + number;
      cancel.textContent = main.getAttribute("data-cancel");
      submit.parentNode.appendChild(document.createTextNode(" "));
      submit.parentNode.appendChild(cancel);
      cancel.addEventListener("click", function (e) {
        e.preventDefault();
        form.parentNode.removeChild(form);
        link.focus();
      });
    }
    var parent = document.createElement("input");
    parent.type = "hidden";
    parent.name = "parent";
    parent.value = number;
    form.appendChild(parent);
    form.querySelectorAll("[id]").forEach(function (el) { el.id = el.id + "-r"; });
    form.querySelectorAll("label[for]").forEach(function (el) {
      el.setAttribute("for", el.getAttribute("for") + "-r");
    });
    /* the hint under the text is the clone's own, not the main form's */
    form.querySelectorAll("[aria-describedby]").forEach(function (el) {
      el.setAttribute("aria-describedby", el.getAttribute("aria-describedby") + "-r");
    });
    /* a main form's error message does not belong to the reply */
    var err = form.querySelector(".form-error");
    if (err) err.parentNode.removeChild(err);
    form.querySelectorAll("[autofocus]").forEach(function (el) { el.removeAttribute("autofocus"); });
    var li = closest(link, "li.comment");
    li.appendChild(form);
    var ta = form.querySelector("textarea");
    if (ta) { ta.value = ""; ta.focus(); }
  });

  /* (2) reference cards from the title attribute. */
  var card = null;
  function hideCard() { if (card) { card.remove(); card = null; } }
  function showCard(a) {
    hideCard();
    var text = a.getAttribute("title");
    if (!text) return;
    card = document.createElement("div");
    card.className = "ref-card";
    card.dir = "auto"; /* a quoted comment in Arabic reads right to left */
    card.setAttribute("role", "tooltip");
    card.textContent = text;
    var r = a.getBoundingClientRect();
    card.style.left = (window.scrollX + r.left) + "px";
    card.style.top = (window.scrollY + r.bottom + 4) + "px";
    document.body.appendChild(card);
  }
  document.addEventListener("mouseover", function (ev) {
    var a = closest(ev.target, "a.ref");
    if (a) showCard(a); else if (!closest(ev.target, ".ref-card")) hideCard();
  });
  document.addEventListener("focusin", function (ev) {
    var a = closest(ev.target, "a.ref");
    if (a) showCard(a); else hideCard();
  });

  /* Proof of work, when the site asks for it (docs/security.md): find a
     NONCE such that SHA-256("CHALLENGE:NONCE") starts with `bits` zero
     bits, trying 256 nonces per round. */
  function solvePow(challenge, bits) {
    var enc = new TextEncoder();
    function zeroBits(buf) {
      var b = new Uint8Array(buf), n = 0;
      for (var i = 0; i < b.length; i++) {
        if (b[i] === 0) { n += 8; continue; }
        for (var k = 7; k >= 0 && !(b[i] & (1 << k)); k--) n++;
        break;
      }
      return n;
    }
    function round(start) {
      var tries = [];
      for (var i = 0; i < 256; i++)
        tries.push(crypto.subtle.digest("SHA-256", enc.encode(challenge + ":" + (start + i))));
      return Promise.all(tries).then(function (hs) {
        for (var i = 0; i < hs.length; i++)
          if (zeroBits(hs[i]) >= bits) return challenge + ":" + (start + i);
        return round(start + 256);
      });
    }
    return round(0);
  }

  /* postComment sends the JSON post; on "pow_required" it solves a fresh
     challenge and sends it once more. Resolves to {status, json}. */
  function postComment(article, data, csrf, pow) {
    var headers = { "Content-Type": "application/json" };
    /* staff: the session's token, which the form carries (the API reads
       it from this header) */
    if (csrf) headers["X-CSRF-Token"] = csrf;
    if (pow) headers["X-Charla-PoW"] = pow;
    return fetch("/api/v1/articles/" + article + "/comments", {
      method: "POST",
      headers: headers,
      credentials: "same-origin",
      body: JSON.stringify(data)
    }).then(function (res) {
      return res.json().then(function (j) { return { status: res.status, json: j }; });
    }).then(function (r) {
      if (pow || r.status !== 403 || !r.json.error || r.json.error.code !== "pow_required")
        return r;
      return fetch("/api/v1/pow?article=" + article, { credentials: "same-origin" })
        .then(function (res) { return res.json(); })
        .then(function (c) { return solvePow(c.challenge, c.bits); })
        .then(function (s) { return postComment(article, data, csrf, s); });
    });
  }

  /* (4) "#c271" names a comment; on a discussion of several pages it may
     be on another one (a reference, a feed's link). The server knows
     which: "?c=271" redirects there. The number asked for is kept for
     the page the server sends back: if that page lacks it too (removed
     since), the reader stays there instead of bouncing. */
  var FIND = "charla-find";
  function findComment(clicked) {
    var m = /^#c(\d+(?:\.\d+)*)$/.exec(window.location.hash);
    var tried = null;
    try { tried = window.sessionStorage.getItem(FIND); } catch (e) { return; }
    if (!m || document.getElementById("c" + m[1]) ||
        !document.getElementById("comments") || (!clicked && tried === m[1])) {
      if (tried) window.sessionStorage.removeItem(FIND);
      return;
    }
    window.sessionStorage.setItem(FIND, m[1]);
    window.location.replace(window.location.pathname + "?c=" + m[1] + window.location.hash);
  }
  window.addEventListener("hashchange", function () { findComment(true); });
  findComment(false);

  /* (3) post with fetch; on any failure fall back to a normal submit. */
  document.addEventListener("submit", function (ev) {
    var form = closest(ev.target, "form.comment-form");
    if (!form || !window.fetch) return;
    var m = /\/articles\/(\d+)\/comments$/.exec(form.getAttribute("action") || "");
    if (!m) return;
    ev.preventDefault();
    var data = { body: form.elements.body.value };
    if (form.elements.name && form.elements.name.value) data.name = form.elements.name.value;
    if (form.elements.parent) data.parent = form.elements.parent.value;
    var button = form.querySelector("button");
    if (button) button.disabled = true;
    var csrf = form.elements.csrf ? form.elements.csrf.value : null;
    postComment(m[1], data, csrf, null).then(function (r) {
      if (r.status === 201 || r.status === 202) {
        var n = r.json.comment && r.json.comment.number;
        var to = window.location.pathname;
        /* a discussion of several pages (or a reply past those a page
           shows) may not show the comment on this page: its
           conversation's view always does */
        if (r.status === 201 && n && (document.querySelector("nav.pages, li.more-replies") ||
                                      /[?&]thread=/.test(window.location.search)))
          to += "?thread=" + encodeURIComponent(n.split(".")[0]);
        /* the author's notice, with the link to delete it */
        var id = r.status === 201 && r.json.comment && r.json.comment.id;
        if (id) to += (to.indexOf("?") < 0 ? "?" : "&") + "posted=" + encodeURIComponent(id);
        /* held: the notice that it awaits review, as the form's answer has */
        var held = r.status === 202 && r.json.comment && r.json.comment.id;
        if (held) to += (to.indexOf("?") < 0 ? "?" : "&") + "review=" + encodeURIComponent(held);
        /* a held comment is not in the page: the discussion, where the
           notice stands */
        var at = r.status === 202 ? "#comments" : n ? "#c" + n : "";
        if (to !== window.location.pathname + window.location.search) {
          window.location.replace(to + at);
          return;
        }
        /* the same document: a new fragment alone would not reload it */
        window.location.hash = "";
        window.location.replace(to + at);
        window.location.reload();
        return;
      }
      var msg = (r.json.error && r.json.error.message) || "Error";
      /* the refusal goes right above the button that was pressed, where
         the eye is (on a phone the form's top is off the screen by then),
         and is announced: a new alert each time, so a second refusal in
         the same words is heard too (a live region's text that does not
         change is not read again) */
      var old = form.querySelector(".form-error");
      if (old) old.parentNode.removeChild(old);
      var p = document.createElement("p");
      p.className = "form-error";
      p.setAttribute("role", "alert");
      p.textContent = msg;
      var actions = button && button.parentNode !== form ? button.parentNode : button;
      if (actions) actions.parentNode.insertBefore(p, actions);
      else form.appendChild(p);
      if (p.scrollIntoView) p.scrollIntoView({ block: "nearest" });
      if (button) button.disabled = false;
    }).catch(function () { form.submit(); });
  });
})();
