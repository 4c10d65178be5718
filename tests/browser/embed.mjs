// embed.mjs - embed mode in real Chromium: a blog page served by a tiny
// Node server on another loopback port embeds a charla thread through
// /embed/embed.js, under a strict Content-Security-Policy (no inline
// script or style). Readers post, reply, report and see each other's
// comments; a page from an origin not on the allow list gets nothing; the
// iframe mode works; an index page shows counts; a closed discussion
// still offers Report; a Spanish widget says its errors in Spanish. A
// reader's own comment gets a Delete button while its delete window is
// open, and their comments awaiting review are listed for them alone,
// with a Delete; the report field offers the moderators' reasons, and
// "Your data" downloads and erases what the reader wrote, in English and
// Spanish. A comment or a name in Arabic or Hebrew reads right to left.
// A refused post says why right above the form's button, in view on a
// phone, as a new alert each time.
//
// Cookies: the blog (127.0.0.1:B) and charla (127.0.0.1:C) are different
// origins but the same site (ports do not count), so the reader cookie
// (SameSite=Lax over plain http) comes back with the widget's requests
// and a reader keeps one handle. Real cross-site cookies need https; see
// docs/embed.md.
//
// Run: node tests/browser/embed.mjs --charla build/charla
// Ends with "embed: N passed, M failed".
import { spawnSync } from "node:child_process";
import { createServer as createHttp, request } from "node:http";
import { check, runSuite, startCharla } from "./harness.mjs";

// dbRun runs SQL statements on the site's database in one transaction,
// each with its parameters (python3's sqlite3 module: the HTTP tests
// already need it); with bumped, the articles' versions move so caches
// drop the old threads. Throws what failed.
function dbRun(db, statements, bumped = false) {
  const all = bumped
    ? statements.concat([["UPDATE articles SET version = version + 1", []]])
    : statements;
  const r = spawnSync("python3", ["-c",
    "import json,sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n" +
    "for q, a in json.loads(sys.argv[2]): c.execute(q, a)\n" +
    "c.commit()", db, JSON.stringify(all)]);
  if (r.status !== 0) throw new Error("database change failed: " + r.stderr);
}

// setSetting writes one row of the settings table.
function setSetting(db, key, value) {
  dbRun(db, [["INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value]]]);
}

// blogPages returns the blog at self's pages by path, and the strict CSP
// they are sent with, for the charla at charlaBase.
function blogPages(self, charlaBase) {
  const csp = `default-src 'self'; script-src 'self' ${charlaBase}; ` +
    `style-src 'self' ${charlaBase}; connect-src 'self' ${charlaBase}; ` +
    `frame-src ${charlaBase}; img-src 'self'`;
  const page = (body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>A post on the blog</title><link rel="stylesheet" href="/blog.css"></head>
<body><h1>A post</h1><p>Text of the post.</p>${body}
<script src="${charlaBase}/embed/embed.js" defer></script></body></html>`;
  const pages = {
    "/post.html": page(`<div id="charla-thread" data-url="${self}/post.html" data-title="A post" data-lang="en">
<noscript><a href="${charlaBase}/embed/page?url=${encodeURIComponent(self + "/post.html")}">Comments</a></noscript></div>`),
    "/es.html": page(`<div id="charla-thread" data-url="${self}/es.html" data-title="Una nota" data-lang="es"></div>`),
    "/framed.html": page(`<div id="charla-thread" data-mode="iframe" data-url="${self}/framed.html" data-title="Framed"></div>`),
    "/index.html": page(`<ul><li><a href="/post.html">A post</a> (<span data-charla-count="${self}/post.html">?</span>)</li>
<li><a href="/none.html">None</a> (<span data-charla-count="${self}/none.html">?</span>)</li></ul>`),
    "/nota.html": page(`<div id="charla-thread" data-url="${self}/nota.html" data-title="Una nota" data-lang="es"></div>`),
  };
  return { csp, pages };
}

// the host's own hostile styles must not reach the widget
const blogCss = "body { color: rgb(255, 0, 0); font-family: monospace; } " +
  "li { color: rgb(255, 0, 0) !important; list-style: square; } p { margin: 5rem; }";

// startBlog serves a blog's static pages on a loopback port the system
// picks as it listens (a port chosen before could be taken by a run
// alongside). Its pages name blog.charlaBase, set once charla runs.
function startBlog() {
  const blog = { base: null, charlaBase: null, close: null };
  const srv = createHttp((req, res) => {
    const path = req.url.split("?")[0];
    const { csp, pages } = blogPages(blog.base, blog.charlaBase);
    if (path === "/blog.css") {
      res.writeHead(200, { "Content-Type": "text/css" });
      res.end(blogCss);
    } else if (pages[path]) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp });
      res.end(pages[path]);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  blog.close = () => srv.close();
  return new Promise((ok) => srv.listen(0, "127.0.0.1", () => {
    blog.base = `http://127.0.0.1:${srv.address().port}`;
    ok(blog);
  }));
}

// setup starts charla with the blog's origin on its embed list, the blog,
// and the same blog on a port that is not on the list; for a test named
// for the proof of work, the site asks one of every poster.
async function setup(name) {
  const [blog, evil] = [await startBlog(), await startBlog()];
  const srv = await startCharla("embed", (db) => {
    setSetting(db, "embed_origins", `https://unrelated.example\n${blog.base}`);
    if (name.includes("proof of work")) setSetting(db, "pow_bits", "12");
  });
  blog.charlaBase = evil.charlaBase = srv.base;
  return {
    base: srv.base, db: srv.db, blog, evil,
    stop() { blog.close(); evil.close(); srv.stop(); },
  };
}

// rawGet sends a request with headers a browser would not let us set.
function rawGet(url, headers) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      let body = "";
      res.on("data", (c) => { body += c; });
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

// watch records CSP violations and script errors of a page.
function watch(page) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy|Refused/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  return problems;
}

const T = "#charla-thread";

const MAIN = `${T} form.comment-form:not(#reply-form)`;

// readerToken is the reader cookie charla gave the browser context ctx.
async function readerToken(ctx) {
  const c = (await ctx.cookies()).find((k) => k.name === "charla_reader");
  return c ? c.value : null;
}

// differentReaders checks that two comments' handles differ, as two
// readers' do. A handle is 15 bits of a keyed hash of the reader's random
// token, so two readers share one in 1 of 32768 runs; then their tokens
// (tokenA, tokenB) are what must differ.
function differentReaders(handleA, handleB, tokenA, tokenB, msg) {
  if (handleA !== handleB) return;
  check(tokenA && tokenB && tokenA !== tokenB, `${msg}: ${handleA} for both, and the same token`);
}

// post fills the textarea of the form sel and submits it.
async function post(page, sel, text) {
  await page.locator(`${sel} textarea`).fill(text);
  await page.locator(`${sel} button[type=submit]`).click();
}

const tests = {
  async "a reader posts and replies; a second reader sees both (strict CSP)"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    check((await page.locator(`${T} h2`).textContent()).includes("Discussion"), "heading");
    await post(page, MAIN, "First from the blog: the extradition story matters.");
    await page.waitForSelector(`${T} [id="c1"]`);
    const handle1 = await page.locator(`${T} [id="c1"] .handle`).textContent();
    check(/^[0-9A-Z]{3}$/.test(handle1), "a handle: " + handle1);
    await page.locator(`${T} [id="c1"] button.reply`).click();
    check(await page.locator(`${T} #reply-form`).isVisible(), "reply form in place");
    await post(page, `${T} #reply-form`, "Agreed with #1, and <script>alert(1)</script> stays text.");
    await page.waitForSelector(`${T} [id="c1.1"]`);
    check((await page.locator(`${T} [id="c1.1"] .handle`).textContent()) === handle1,
      "same handle for the same reader (cookie kept)");
    const ref = page.locator(`${T} [id="c1.1"] a.ref`);
    check((await ref.getAttribute("href")) === "#c1", "reference linked");
    await ref.hover();
    await page.waitForSelector(`${T} .ref-card`);
    check((await page.locator(`${T} .ref-card`).textContent()).includes("First from the blog"),
      "preview card");
    await ref.click();
    check(await page.locator(`${T} [id="c1"]`).evaluate((e) => e.classList.contains("target")),
      "reference jumps to the comment");
    check(page.url().endsWith("#c1"), "the host page's address is the permalink");
    // the host's styles stay out, the widget's stay in
    const color = await page.locator(`${T} [id="c1"] .text p`).evaluate((e) => getComputedStyle(e).color);
    check(color !== "rgb(255, 0, 0)", "host styles do not reach the widget: " + color);
    const hostP = await page.locator("body > p").evaluate((e) => getComputedStyle(e).marginTop);
    check(hostP === "80px", "the widget's styles do not reach the host: " + hostP);
    check(problems.length === 0, "no CSP violations or errors: " + problems.join("; "));
    const token1 = await readerToken(ctx);
    await ctx.close();

    const ctx2 = await browser.newContext();
    const page2 = await ctx2.newPage();
    await page2.goto(env.blog.base + "/post.html");
    await page2.waitForSelector(`${T} [id="c1.1"]`);
    check((await page2.locator(`${T} [id="c1"] .text`).textContent()).includes("First from the blog"), "sees 1");
    check((await page2.locator(`${T} [id="c1.1"] .text`).textContent()).includes("<script>alert(1)</script>"),
      "sees 1.1 as text");
    await post(page2, MAIN, "A second reader joins.");
    await page2.waitForSelector(`${T} [id="c2"]`);
    differentReaders(handle1, await page2.locator(`${T} [id="c2"] .handle`).textContent(),
      token1, await readerToken(ctx2), "another handle");
    // the same thread on charla's own page
    const own = await ctx2.newPage();
    await own.goto(`${env.base}/embed/page?url=${encodeURIComponent(env.blog.base + "/post.html")}`);
    check((await own.locator("li.comment").count()) === 3, "three comments on charla's page");
    await ctx2.close();
  },

  async "report, awaiting review and tombstones"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A fair comment about the article and its sources.");
    await page.waitForSelector(`${T} [id="c1"]`);
    await post(page, MAIN, "I will find you and cut your head off, you rat");
    await page.locator(`${T} p.notice[role=status]`, { hasText: "review" }).waitFor();
    const review = await page.locator(`${T} p.notice[role=status]`).textContent();
    check(review.includes("awaiting review"), "awaiting-review notice");
    check(review.includes("The automatic screening held it."),
      "the notice says why, as the answer to the post does: " + review);
    check((await page.locator(`${T} li.comment`).count()) === 1, "held comment not shown");
    // a second reader reports comment 1
    const ctx2 = await browser.newContext();
    const p2 = await ctx2.newPage();
    await p2.goto(env.blog.base + "/post.html");
    await p2.locator(`${T} [id="c1"] button.report`).click();
    await p2.locator(`${T} form.report-form input`).fill("off topic");
    await p2.locator(`${T} form.report-form button`).click();
    await p2.waitForSelector(`${T} [id="c1"] + p.notice, ${T} [id="c1"] p.notice`);
    await ctx2.close();
    // the author deletes comment 1 through the API (CORS, DELETE)
    const status = await page.evaluate(async (base) => {
      const t = await (await fetch(base + "/embed/thread.json?url=" + encodeURIComponent(location.href),
        { credentials: "include" })).json();
      const r = await fetch(base + "/api/v1/comments/" + t.comments[0].id,
        { method: "DELETE", credentials: "include" });
      return r.status;
    }, env.base);
    check(status === 200, "author deleted the comment: " + status);
    await page.reload();
    await page.waitForSelector(`${T} [id="c1"].gone`);
    check((await page.locator(`${T} [id="c1"] .tombstone`).textContent()).includes("Deleted by its author"),
      "tombstone keeps number 1");
    await ctx.close();
  },

  async "a right-to-left comment reads right to left in the widget"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    const dir = (sel) => page.locator(sel).evaluate((e) => getComputedStyle(e).direction);
    await page.locator(`${MAIN} input[name=name]`).fill("דוד לוי");
    check(await dir(`${MAIN} input[name=name]`) === "rtl", "the name typed in Hebrew");
    await post(page, MAIN, "هذا تعليق باللغة العربية عن المقال، شكرا لكم.");
    await page.waitForSelector(`${T} [id="c1"]`);
    await page.locator(`${MAIN} input[name=name]`).fill("Lupita");
    await post(page, MAIN, "An English comment about the article, thank you.");
    await page.waitForSelector(`${T} [id="c2"]`);
    for (const [n, want] of [["1", "rtl"], ["2", "ltr"]]) {
      check(await dir(`${T} [id="c${n}"] .text`) === want, `comment ${n}'s text is ${want}`);
      check(await dir(`${T} [id="c${n}"] .name`) === want, `comment ${n}'s name is ${want}`);
    }
    await page.locator(`${MAIN} textarea`).fill("שלום לכולם, תגובה בעברית.");
    check(await dir(`${MAIN} textarea`) === "rtl", "the text typed in Hebrew");
    await page.locator(`${MAIN} textarea`).fill("Hello, a comment in English.");
    check(await dir(`${MAIN} textarea`) === "ltr", "the text typed in English");
    await ctx.close();
  },

  async "a reader deletes their own comment within the window, from the widget"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "My comment, which I will take back.");
    await page.waitForSelector(`${T} [id="c1"] button.delete`);
    const notice = `${T} p.notice[role=status]`;
    const said = await page.locator(notice).textContent();
    check(said === "Your comment is published. You can delete it within 15 minutes. " +
      "To download or erase everything you post here, see Your data.", "notice: " + said);
    check(await page.locator(notice).isVisible(), "notice shown");
    // a second reader gets no Delete on it, and the author none on theirs
    const ctx2 = await browser.newContext();
    const p2 = await ctx2.newPage();
    await p2.goto(env.blog.base + "/post.html");
    await p2.waitForSelector(`${T} [id="c1"] button.report`);
    await post(p2, MAIN, "Another reader's comment.");
    await p2.waitForSelector(`${T} [id="c2"] button.delete`);
    check(await p2.locator(`${T} [id="c1"] button.delete`).count() === 0, "not the other reader's");
    await ctx2.close();
    await page.reload();
    await page.waitForSelector(`${T} [id="c1"] button.delete`);
    check(await page.locator(`${T} [id="c2"] button.delete`).count() === 0, "not on another's comment");
    check(!(await page.locator(notice).isVisible()), "the notice is for the post only");
    // delete: a confirmation, then the tombstone
    await page.locator(`${T} [id="c1"] button.delete`).click();
    check((await page.locator(`${T} form.delete-form .hint`).textContent()).includes("cannot be undone"),
      "says what deleting does");
    await page.locator(`${T} form.delete-form button[type=submit]`).click();
    await page.waitForSelector(`${T} [id="c1"].gone`);
    check((await page.locator(`${T} [id="c1"] .tombstone`).textContent()) === "Deleted by its author",
      "tombstone");
    check((await page.locator(notice).textContent()) === "Your comment was deleted.", "deleted notice");
    check(await page.locator(`${T} button.delete`).count() === 0, "no Delete left");
    check(problems.length === 0, "no CSP violations or errors: " + problems.join("; "));
    // after the window, no Delete
    await post(page, MAIN, "A comment older than the window.");
    await page.waitForSelector(`${T} [id="c3"] button.delete`);
    dbRun(env.db, [["UPDATE comments SET created = created - 16 * 60 WHERE number = '3'", []]]);
    // the widget still offers it; the server says it is too late
    await page.locator(`${T} [id="c3"] button.delete`).click();
    await page.locator(`${T} form.delete-form button[type=submit]`).click();
    await page.waitForSelector(`${T} form.delete-form p.form-error:not([hidden])`);
    const late = await page.locator(`${T} form.delete-form p.form-error`).textContent();
    check(late.includes("within 15 minutes"), "too late: " + late);
    check(await page.locator(`${T} [id="c3"] button.delete`).count() === 0, "Delete gone");
    await page.reload();
    await page.waitForSelector(`${T} [id="c3"] button.report`);
    await page.waitForLoadState("networkidle");
    check(await page.locator(`${T} [id="c3"] button.delete`).count() === 0, "window closed");
    await ctx.close();
  },

  async "a reader deletes their own comment awaiting review, from the widget"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A comment everyone can read.");
    await page.waitForSelector(`${T} [id="c1"]`);
    const threat = "I will find you and cut your head off, you rat <img src=x>";
    await post(page, MAIN, threat);
    await page.locator(`${T} p.notice[role=status]`, { hasText: "review" }).waitFor();
    const item = `${T} section.held li.held-item`;
    await page.waitForSelector(`${item} button.delete`);
    check((await page.locator(`${T} section.held h3`).textContent()) === "Awaiting review", "heading");
    check((await page.locator(`${item} .excerpt`).textContent()) === threat, "its text, as text");
    check(await page.locator(`${item} img`).count() === 0, "no markup from the text");
    check((await page.locator(`${T} li.comment`).count()) === 1, "not in the thread");
    // another reader sees no such list
    const ctx2 = await browser.newContext();
    const p2 = await ctx2.newPage();
    await p2.goto(env.blog.base + "/post.html");
    await p2.waitForSelector(`${T} [id="c1"]`);
    await p2.waitForLoadState("networkidle");
    check(await p2.locator(`${T} li.held-item`).count() === 0, "not another reader's");
    check(!(await p2.locator(`${T} section.held`).isVisible()), "no list for them");
    await ctx2.close();
    // after a reload it is still there; Delete asks first, then it goes
    await page.reload();
    await page.waitForSelector(`${item} button.delete`);
    await page.locator(`${item} button.delete`).click();
    const hint = await page.locator(`${item} form.delete-form .hint`).textContent();
    check(hint.includes("cannot be undone"), "asks to confirm");
    check(hint.includes("without a trace"), "and says it leaves no tombstone: " + hint);
    await page.locator(`${item} form.delete-form button[type=submit]`).click();
    await page.locator(`${T} p.notice[role=status]`, { hasText: "deleted" }).waitFor();
    check(await page.locator(item).count() === 0, "gone from the list");
    check(!(await page.locator(`${T} section.held`).isVisible()), "the empty list is hidden");
    await page.reload();
    await page.waitForSelector(`${T} [id="c1"] button.delete`);
    await page.waitForLoadState("networkidle");
    check(await page.locator(item).count() === 0, "still gone after a reload");
    check((await page.locator(T).textContent()).indexOf("head off") < 0, "its text nowhere");
    check((await page.locator(`${T} li.comment`).count()) === 1, "withdrawn: no tombstone either");

    // the published one, held after readers saw it (as reports hold it):
    // its Delete says its place stays, and so it does
    dbRun(env.db, [["UPDATE comments SET status = 2 WHERE number = '1'", []]], true);
    await page.reload();
    await page.waitForSelector(`${item} button.delete`);
    await page.locator(`${item} button.delete`).click();
    const seenHint = await page.locator(`${item} form.delete-form .hint`).textContent();
    check(seenHint.includes("Deleted by its author") && !seenHint.includes("without a trace"),
      "readers saw it: its place stays: " + seenHint);
    await page.locator(`${item} form.delete-form button[type=submit]`).click();
    await page.locator(`${T} p.notice[role=status]`, { hasText: "deleted" }).waitFor();
    await page.waitForSelector(`${T} [id="c1"] .tombstone`);
    check((await page.locator(`${T} [id="c1"] .tombstone`).textContent()).includes("Deleted by its author"),
      "a tombstone where readers read it");
    check(problems.length === 0, "no CSP violations or errors: " + problems.join("; "));
    await ctx.close();
  },

  async "a reader downloads and erases their comments from the widget"(browser, env) {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "My first words on the story.");
    await page.waitForSelector(`${T} [id="c1"]`);
    const handle = await page.locator(`${T} [id="c1"] .handle`).textContent();
    const token = await readerToken(ctx);
    await post(page, MAIN, "My second words on the story.");
    await page.waitForSelector(`${T} [id="c2"]`);
    // the link in the notice opens it, as the one below the thread does
    await page.locator(`${T} p.notice button.me-open`).click();
    check(await page.locator(`${T} .me-panel`).isVisible(), "panel open");
    const [download] = await Promise.all([page.waitForEvent("download"),
      page.locator(`${T} form.me-export button[type=submit]`).click()]);
    check(download.suggestedFilename() === "my-comments.json", "file name");
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    const data = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    check(data.count === 2 && data.comments[1].body === "My second words on the story.",
      "export: " + JSON.stringify(data));
    // erase: the word first
    await page.locator(`${T} form.me-erase input`).fill("yes");
    await page.locator(`${T} form.me-erase button[type=submit]`).click();
    await page.waitForSelector(`${T} form.me-erase p.form-error:not([hidden])`);
    check((await page.locator(`${T} form.me-erase p.form-error`).textContent()).startsWith("Nothing was erased"),
      "not confirmed");
    await page.locator(`${T} form.me-erase input`).fill("erase");
    await page.locator(`${T} form.me-erase button[type=submit]`).click();
    await page.waitForSelector(`${T} [id="c2"].gone`);
    const said = await page.locator(`${T} p.notice[role=status]`).textContent();
    check(said.startsWith("Done: 2 comments erased"), "erased: " + said);
    for (const n of ["1", "2"])
      check((await page.locator(`${T} [id="c${n}"] .tombstone`).textContent()) === "Deleted by its author",
        "tombstone " + n);
    check((await page.locator(T).textContent()).indexOf("words on the story") < 0, "text gone");
    // the token went with it: a new post gets a new handle
    await post(page, MAIN, "Back again, as someone new.");
    await page.waitForSelector(`${T} [id="c3"]`);
    differentReaders(handle, await page.locator(`${T} [id="c3"] .handle`).textContent(),
      token, await readerToken(ctx), "new handle");
    check(problems.length === 0, "no CSP violations or errors: " + problems.join("; "));
    await ctx.close();
  },

  async "the report field offers the moderators' reasons"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A comment someone will report.");
    await page.waitForSelector(`${T} [id="c1"]`);
    await page.locator(`${T} [id="c1"] button.report`).click();
    const input = page.locator(`${T} form.report-form input`);
    const options = await input.evaluate((e) => e.list ? [...e.list.options].map((o) => o.value) : []);
    check(JSON.stringify(options) === JSON.stringify(["threat", "doxxing", "hate", "insult", "spam", "off-topic"]),
      "reasons: " + options.join(", "));
    await input.fill(options[0]);
    await page.locator(`${T} form.report-form button`).click();
    await page.waitForSelector(`${T} [id="c1"] p.notice`);
    await ctx.close();
  },

  async "in Spanish: the author's notice, Delete and the report's reasons"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/nota.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "Gracias por la nota, muy clara.");
    await page.waitForSelector(`${T} [id="c1"] button.delete`);
    const said = await page.locator(`${T} p.notice[role=status]`).textContent();
    check(said.startsWith("Tu comentario está publicado. Puedes borrarlo durante 15 minutos. ") &&
      said.endsWith("Tus datos."), "aviso: " + said);
    check((await page.locator(`${T} [id="c1"] button.delete`).textContent()) === "Borrar", "Borrar");
    check((await page.locator(`${T} p.me button`).textContent()) === "Tus datos", "Tus datos");
    await page.locator(`${T} [id="c1"] button.report`).click();
    const options = await page.locator(`${T} form.report-form input`).evaluate(
      (e) => e.list ? [...e.list.options].map((o) => o.value) : []);
    check(options.includes("amenaza") && options.includes("fuera de tema"), "motivos: " + options.join(", "));
    await page.locator(`${T} [id="c1"] button.delete`).click();
    // no answer: said in Spanish, and the comment stays
    await page.route("**/api/v1/comments/**", (route) => route.abort());
    await page.locator(`${T} form.delete-form button[type=submit]`).click();
    await page.waitForSelector(`${T} form.delete-form p.form-error:not([hidden])`);
    const failed = await page.locator(`${T} form.delete-form p.form-error`).textContent();
    check(failed === "No se pudo conectar con el servidor. Inténtalo de nuevo.", "sin respuesta: " + failed);
    await page.unroute("**/api/v1/comments/**");
    await page.locator(`${T} form.delete-form button[type=submit]`).click();
    await page.waitForSelector(`${T} [id="c1"].gone`);
    check((await page.locator(`${T} p.notice[role=status]`).textContent()) === "Tu comentario fue borrado.",
      "borrado");
    // a held comment: the answer to the post is in Spanish too
    await post(page, MAIN, "Te voy a encontrar y te voy a cortar la cabeza, rata");
    await page.locator(`${T} p.notice[role=status]`, { hasText: "revisión" }).waitFor();
    const held = await page.locator(`${T} p.notice[role=status]`).textContent();
    check(held.includes("Lo retuvo el filtro automático."), "retenido: " + held);
    // listed for its author, in Spanish
    await page.waitForSelector(`${T} section.held li.held-item button.delete`);
    check((await page.locator(`${T} section.held h3`).textContent()) === "En espera de revisión",
      "en espera: " + await page.locator(`${T} section.held h3`).textContent());
    check((await page.locator(`${T} section.held button.delete`).textContent()) === "Borrar", "Borrar");
    await ctx.close();
  },

  async "a held comment with a reply keeps its place"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A comment a moderator will look at again.");
    await page.waitForSelector(`${T} [id="c1"]`);
    await page.locator(`${T} [id="c1"] button.reply`).click();
    await post(page, `${T} #reply-form`, "A reply to it.");
    await page.waitForSelector(`${T} [id="c1.1"]`);
    // a moderator's hold, written straight into the database
    dbRun(env.db, [["UPDATE comments SET status = 2 WHERE number = '1'", []]], true);
    await page.reload();
    await page.waitForSelector(`${T} [id="c1.1"]`);
    check(await page.locator(`${T} [id="c1"].gone`).count() === 1, "#1 keeps its place");
    check((await page.locator(`${T} [id="c1"] .tombstone`).textContent()).includes("Awaiting review"),
      "as awaiting review");
    check((await page.locator(`${T}`).textContent()).indexOf("look at again") < 0, "without its text");
    // a moderator's reason of their own words (here with a right-to-left
    // override) never reaches readers: it shows as "other", in its <bdi>
    dbRun(env.db, [["UPDATE comments SET status = 3, reason = ? WHERE number = '1.1'",
      ["spam\u202e ok"]]], true);
    await page.reload();
    await page.waitForSelector(`${T} [id="c1.1"].gone`);
    const bdi = await page.locator(`${T} [id="c1.1"] .tombstone bdi`).textContent();
    check(bdi === "other", "the reason in its own <bdi>, as other: " + bdi);
    await ctx.close();
  },

  async "a closed discussion offers Report and no Reply"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A comment made before the discussion closed.");
    await page.waitForSelector(`${T} [id="c1"]`);
    dbRun(env.db, [["UPDATE articles SET discussion = 2, version = version + 1 WHERE path LIKE '/x/%'", []]]);
    await page.reload();
    await page.waitForSelector(`${T} [id="c1"]`);
    check(await page.locator(`${T} form.comment-form`).count() === 0, "no form");
    check(await page.locator(`${T} button.reply`).count() === 0, "no Reply");
    check(await page.locator(`${T} [id="c1"] button.report`).count() === 1, "Report kept");
    await page.locator(`${T} [id="c1"] button.report`).click();
    await page.locator(`${T} form.report-form input`).fill("off topic");
    await page.locator(`${T} form.report-form button`).click();
    await page.waitForSelector(`${T} [id="c1"] p.notice`);
    check((await page.locator(`${T} [id="c1"] p.notice`).textContent()).includes("Thank"),
      "reported: " + await page.locator(`${T} [id="c1"] p.notice`).textContent());
    await ctx.close();
  },

  async "a Spanish widget says in Spanish that a post or a report failed"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/es.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "Un comentario sobre la nota.");
    await page.waitForSelector(`${T} [id="c1"]`);
    const error = `${MAIN} p.form-error`;
    // no answer at all, then an answer without a message of its own: one
    // handler that changes its answer (an unroute racing a new route can
    // leave the first in place)
    let answer = "abort";
    const cors = { "Access-Control-Allow-Origin": env.blog.base, "Access-Control-Allow-Credentials": "true" };
    await page.route("**/embed/comments?**", (route) => {
      // a CORS preflight, if the browser sends one again, is let through
      // as charla would answer it: only the post itself fails
      if (route.request().method() === "OPTIONS") {
        return route.fulfill({ status: 204, headers: { ...cors,
          "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "Content-Type" } });
      }
      return answer === "abort" ? route.abort()
        : route.fulfill({ status: 502, contentType: "application/json", body: "{}", headers: cors });
    });
    await post(page, MAIN, "Otro comentario que no llega.");
    await page.waitForSelector(`${error}:not([hidden])`);
    let said = await page.locator(error).textContent();
    check(said === "No se pudo conectar con el servidor. Inténtalo de nuevo.", "unreachable: " + said);
    answer = "502";
    // on a loaded machine the first retries can still meet the aborted
    // route, and the proof of work before each post can take many seconds
    // on two busy cores: send it again, up to five times, waiting up to
    // 30 s for each, before reading the words
    for (let tries = 0; tries < 5; tries++) {
      await page.locator(`${MAIN} button[type=submit]:not([disabled])`).click();
      const shown = await page.locator(error, { hasText: "El servidor" })
        .waitFor({ timeout: 30000 }).then(() => true, () => false);
      if (shown) break;
    }
    said = await page.locator(error).textContent();
    check(said === "El servidor no pudo responder. Inténtalo de nuevo en un momento.", "no message: " + said);
    // a report that cannot be sent
    await page.route("**/embed/report?**", (route) => route.abort());
    await page.locator(`${T} [id="c1"] button.report`).click();
    check((await page.locator(`${T} [id="c1"] button.report`).textContent()) === "Reportar", "Spanish widget");
    await page.locator(`${T} form.report-form input`).fill("spam");
    await page.locator(`${T} form.report-form button`).click();
    await page.waitForSelector(`${T} form.report-form p.form-error:not([hidden])`);
    said = await page.locator(`${T} form.report-form p.form-error`).textContent();
    check(said === "No se pudo conectar con el servidor. Inténtalo de nuevo.", "report unreachable: " + said);
    // a second failure in the same words is a new alert, the only one,
    // right above the button, so that it is heard again
    await page.evaluate(() => {
      window.firstReportRefusal = document.querySelector("#charla-thread").shadowRoot
        .querySelector("form.report-form .form-error");
    });
    await page.locator(`${T} form.report-form button`).click();
    await page.waitForFunction(() => {
      const f = document.querySelector("#charla-thread").shadowRoot.querySelector("form.report-form");
      const err = f.querySelector(".form-error");
      return err && err !== window.firstReportRefusal && !f.querySelector("button").disabled;
    });
    const again = await page.evaluate(() => {
      const f = document.querySelector("#charla-thread").shadowRoot.querySelector("form.report-form");
      const err = f.querySelector(".form-error");
      return { n: f.querySelectorAll(".form-error").length, role: err.getAttribute("role"),
        beforeButton: err.nextElementSibling === f.querySelector("button").parentNode };
    });
    check(again.n === 1 && again.role === "alert" && again.beforeButton,
      "report refused again: " + JSON.stringify(again));
    await ctx.close();
  },

  async "a refused post says why right above its button, and says it aloud"(browser, env) {
    // on a phone the form's heading is off the screen by the time its
    // button is pressed: the refusal must be where the reader looks, and
    // a second one in the same words must be announced again
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await page.waitForSelector(`${T} form.comment-form`);
    await post(page, MAIN, "A comment to reply to.");
    await page.waitForSelector(`${T} [id="c1"]`);
    for (const which of ["main", "reply"]) {
      if (which === "reply") await page.locator(`${T} [id="c1"] button.reply`).click();
      const sel = which === "main" ? "form.comment-form:not(#reply-form):not(.delete-form)" : "#reply-form";
      const form = page.locator(`${T} ${sel}`);
      await form.locator("textarea").fill("A fine comment");
      await form.locator("input[name=name]").fill("\u200b"); // shows nothing: 422
      for (const time of [1, 2]) {
        const answer = page.waitForResponse((r) => r.request().method() === "POST");
        await form.locator("button[type=submit]").click();
        check((await answer).status() === 422, `${which}: refused`);
        await page.waitForFunction((s) => {
          const f = document.querySelector("#charla-thread").shadowRoot.querySelector(s);
          const err = f.querySelector(".form-error:not([hidden])");
          return err && err !== window.lastRefusal && !f.querySelector("button[type=submit]").disabled;
        }, sel);
        check(await form.locator(".form-error").count() === 1, `${which}: one refusal, try ${time}`);
        const where = await page.evaluate((s) => {
          const f = document.querySelector("#charla-thread").shadowRoot.querySelector(s);
          const err = f.querySelector(".form-error");
          const h = f.querySelector("h3");
          const button = f.querySelector("button[type=submit]");
          const r = err.getBoundingClientRect();
          const fresh = err !== window.lastRefusal;
          window.lastRefusal = err;
          return {
            role: err.getAttribute("role"),
            afterHeading: !!(h.compareDocumentPosition(err) & Node.DOCUMENT_POSITION_FOLLOWING),
            beforeButton: err.nextElementSibling === button.parentNode &&
              button.parentNode.classList.contains("actions"),
            inView: r.top >= 0 && r.bottom <= window.innerHeight,
            fresh,
            text: err.textContent,
          };
        }, sel);
        check(where.role === "alert", `${which}: announced (role ${where.role})`);
        check(where.fresh, `${which}: a new alert, try ${time}`);
        check(where.afterHeading, `${which}: not above the form's heading`);
        check(where.beforeButton, `${which}: right above the button's row`);
        check(where.inView, `${which}: in view on a phone, try ${time}`);
        check(where.text.includes("shows nothing"), `${which}: says why: ${where.text}`);
      }
    }
    await ctx.close();
  },

  async "a page from an origin not on the list gets nothing"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const answers = [];
    page.on("response", (r) => { if (r.url().includes("/embed/thread.json")) answers.push(r.status()); });
    await page.goto(env.evil.base + "/post.html");
    await page.waitForLoadState("networkidle");
    check((await page.locator(`${T} li.comment, ${T} form`).count()) === 0, "nothing rendered");
    const r = await rawGet(`${env.base}/embed/thread.json?url=${encodeURIComponent(env.evil.base + "/post.html")}`,
      { Origin: env.evil.base });
    check(r.status === 403, "server refused: " + r.status);
    check(!r.headers["access-control-allow-origin"], "no CORS headers");
    check(!r.body.includes("comments"), "no data");
    const r2 = await rawGet(`${env.base}/embed/thread.json?url=${encodeURIComponent(env.blog.base + "/post.html")}`,
      { Origin: env.evil.base });
    check(r2.status === 403 && !r2.headers["access-control-allow-origin"], "not even for a listed URL");
    await ctx.close();
  },

  async "iframe mode"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/framed.html");
    const frame = page.frameLocator(`${T} iframe`);
    await frame.locator("#charla-thread form.comment-form textarea").fill("Posted inside the frame.");
    await frame.locator("#charla-thread form.comment-form button[type=submit]").click();
    await frame.locator('#charla-thread [id="c1"]').waitFor();
    const handle = await frame.locator('#charla-thread [id="c1"] .handle').textContent();
    await frame.locator('#charla-thread [id="c1"] button.reply').click();
    await frame.locator("#charla-thread #reply-form textarea").fill("A reply in the frame to #1.");
    await frame.locator("#charla-thread #reply-form button[type=submit]").click();
    await frame.locator('#charla-thread [id="c1.1"]').waitFor();
    check((await frame.locator('#charla-thread [id="c1.1"] .handle').textContent()) === handle, "same handle");
    await page.waitForFunction(() => Number(document.querySelector("#charla-thread iframe").height) > 300);
    check(problems.length === 0, "no CSP violations: " + problems.join("; "));
    await ctx.close();
  },

  async "a site that asks a proof of work: the widget works it, in the page and in a frame"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(env.blog.base + "/post.html");
    await post(page, MAIN, "Posted from the page once the work was done.");
    await page.waitForSelector(`${T} [id="c1"]`);
    check(!(await page.locator(`${T} form.comment-form .form-error`).first().isVisible()), "no refusal shown");
    await page.goto(env.blog.base + "/framed.html");
    const frame = page.frameLocator(`${T} iframe`);
    await frame.locator("#charla-thread form.comment-form textarea").fill("Posted inside the frame with the work done.");
    await frame.locator("#charla-thread form.comment-form button[type=submit]").click();
    await frame.locator('#charla-thread [id="c1"]').waitFor();
    check(problems.length === 0, "no CSP violations or errors: " + problems.join("; "));
    await ctx.close();
    // the site does ask it: a post without the proof is refused
    const url = encodeURIComponent(env.blog.base + "/post.html");
    const t = await (await fetch(`${env.base}/embed/thread.json?url=${url}`)).json();
    const r = await fetch(`${env.base}/embed/comments?article=${t.article.id}`, {
      method: "POST", headers: { "Content-Type": "application/json", Origin: env.blog.base },
      body: JSON.stringify({ body: "Sent by a script with no work done." }) });
    const j = await r.json();
    check(r.status === 403 && j.error.code === "pow_required", "no proof, no post: " + r.status);
  },

  async "counts on an index page"(browser, env) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await post(page, MAIN, "One comment to count, about the story.");
    await page.waitForSelector(`${T} [id="c1"]`);
    await page.goto(env.blog.base + "/index.html");
    const first = page.locator("[data-charla-count]").first();
    await page.waitForFunction(() => document.querySelector("[data-charla-count]").textContent !== "?");
    check((await first.textContent()) === "1", "count of the post: " + (await first.textContent()));
    await ctx.close();
  },

  async "without JavaScript the noscript link leads to a working page"(browser, env) {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(env.blog.base + "/post.html");
    await Promise.all([page.waitForURL(/\/x\//), page.locator("noscript a, a:has-text('Comments')").first().click()]);
    await page.locator("form.comment-form textarea").fill("Posted without JavaScript.");
    await Promise.all([page.waitForURL(/#c1$/), page.locator("form.comment-form button").click()]);
    check((await page.locator('[id="c1"] .text').textContent()).includes("without JavaScript"), "posted");
    await ctx.close();
  },
};

await runSuite("embed", tests, setup);
