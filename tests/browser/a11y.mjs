// a11y.mjs - accessibility tests in real Chromium (Debian's package) driven
// by playwright-core: axe-core finds no serious or critical violation on the
// reader's and the staff's pages, the thread can be read and answered with
// the keyboard alone, the pages read at 320 px, and the buttons that
// remove or erase for good look apart from the ones beside them. Each
// test gets a fresh charla with the demo imported, on a free loopback
// port. Ends with "a11y: N passed, M failed".
//
// How axe gets into the page: every page sends a strict CSP
// (script-src 'self'), so page.addScriptTag (an inline <script>) is refused.
// Instead axe's source is evaluated through the DevTools protocol
// (page.evaluate -> Runtime.evaluate), which the page's CSP does not govern;
// the page keeps its CSP and its own scripts run exactly as for a reader.
//
// Screenshots at 320x640 are written under build/ (a11y-*.png), which is
// not committed: look at them after a change to the layout.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { ARTICLE, addUser, args, articleId, check, endSession, premoderate, repo, runSuite, staffLogin,
  startCharla } from "./harness.mjs";

const shots = resolve(repo, "build");
const verbose = args.includes("--verbose");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// startServer gives a test a fresh charla (as in run.mjs) with these staff
// accounts ([name, role] pairs).
function startServer(users) {
  return startCharla("a11y", (db) => {
    for (const [name, role] of users) addUser(db, name, role);
  });
}

// --- helpers ----------------------------------------------------------------

// axeCheck runs axe-core on the page as it is and fails on any serious or
// critical violation, naming the rule and the first few elements.
async function axeCheck(page, what, quiet = false) {
  await page.evaluate(AXE);
  check(await page.evaluate(() => typeof window.axe === "object"), "axe loaded in " + what);
  const res = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ["violations", "incomplete"],
  }));
  if (verbose)
    for (const v of res.incomplete)
      console.log(`     axe ${what}: needs review ${v.impact} ${v.id} (${v.nodes.length}): ` +
        v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + (n.any[0] || {}).message).join(" | "));
  const bad = res.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (verbose || (bad.length && !quiet)) {
    for (const v of res.violations)
      console.log(`     axe ${what}: ${v.impact} ${v.id} (${v.nodes.length}): ` +
        v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | "));
  }
  check(bad.length === 0, `${what}: ${bad.length} serious/critical axe violations: ` +
    bad.map((v) => v.id).join(", "));
}

async function commentId(srv, number) {
  const id = await articleId(srv);
  const t = await (await fetch(`${srv.base}/api/v1/articles/${id}/comments`)).json();
  const c = t.comments.find((c) => c.number === number);
  check(c, "comment " + number + " in the API");
  return c.id;
}

// fillQueue makes the demo article pre-moderated (through the editor's
// form), posts a reply and a comment with a very long word, and reports a
// visible comment with a long reason: the queue then shows every kind of
// item (pending with a parent, pending, reported).
async function fillQueue(browser, srv) {
  await premoderate(browser, srv);
  const id = await articleId(srv);
  const posts = [
    { body: "A queued reply to #1.2 about 11:15, long enough to wrap over a few lines on a phone.", parent: "1.2", name: "Lupita" },
    { body: "Unbroken: " + "x".repeat(300) + " and https://example.org/" + "a/".repeat(80) },
  ];
  for (const p of posts) {
    const r = await fetch(`${srv.base}/api/v1/articles/${id}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(p),
    });
    check(r.status === 202 || r.status === 201, "queued post: " + r.status);
  }
  const cid = await commentId(srv, "3");
  const r = await fetch(`${srv.base}/comments/${cid}/report`, {
    method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "reason=" + encodeURIComponent("spam " + "y".repeat(150)), redirect: "manual",
  });
  check(r.status < 400, "report posted: " + r.status);
}

// tabUntil presses Tab until pred(activeElement) holds (at most max times);
// returns the list of what took the focus on the way (a short description
// per stop) and fails if pred never held.
async function tabUntil(page, pred, max, what) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const d = await page.evaluate(pred);
    stops.push(d.desc);
    if (d.ok) return stops;
  }
  throw new Error(what + " not reached in " + max + " tabs: " + stops.slice(-8).join(", "));
}

// focusDesc describes the focused element in the page: what it is and which
// comment it belongs to ("num c1", "reply c1.2", "textarea body-new"...).
const describe = () => {
  const el = document.activeElement;
  const li = el && el.closest && el.closest("li.comment");
  const cls = el.className && typeof el.className === "string" ? el.className.split(" ")[0] : "";
  const cs = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), cls, id: el.id, comment: li ? li.id : "",
    inForm: !!(el.closest && el.closest("form.comment-form")),
    formId: el.closest && el.closest("form") ? el.closest("form").id : "",
    outline: cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2,
    text: (el.textContent || "").trim().slice(0, 30),
  };
};

// buttonLook gives what tells a button apart, as the browser paints it:
// its colours, its border and the contrast of its text on its background.
function buttonLook(locator) {
  return locator.evaluate((e) => {
    const s = getComputedStyle(e);
    const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => {
        v /= 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(s.color), lum(s.backgroundColor)].sort((a, b) => b - a);
    return { color: s.color, background: s.backgroundColor, borderColor: s.borderTopColor,
      border: parseFloat(s.borderTopWidth), borderStyle: s.borderTopStyle,
      contrast: (hi + 0.05) / (lo + 0.05) };
  });
}

// apart is the distance in px between two boxes (0 if they touch or overlap).
function apart(a, b) {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}

// destructiveApart checks that button (one that removes or erases) is
// outlined where keep (the button that keeps or sends) is filled: a 2 px
// border, another background, text at 4.5:1 or more, and a focus ring
// when the keyboard reaches it from from (the control before it).
async function destructiveApart(page, button, keep, from, what) {
  const [b, k] = [await buttonLook(button), await buttonLook(keep)];
  check(b.border >= 2 && b.borderStyle === "solid", `${what}: a border of 2 px: ${JSON.stringify(b)}`);
  check(b.background !== k.background, `${what}: not filled like ${await keep.textContent()}: ` +
    `${b.background} / ${k.background}`);
  check(b.contrast >= 4.5, `${what}: text at ${b.contrast.toFixed(2)}:1`);
  check(k.contrast >= 4.5, `${what}: the other button's text at ${k.contrast.toFixed(2)}:1`);
  await from.focus();
  await page.keyboard.press("Tab");
  const ring = await button.evaluate((e) => {
    const s = getComputedStyle(e);
    return document.activeElement === e && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  });
  check(ring, what + ": a focus ring from the keyboard");
}

// --- the tests --------------------------------------------------------------

const tests = {
  async "axe: the check itself catches a violation"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + "/");
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "faint";
      p.style.color = "#eee"; // set from the test (CDP), not the page: CSP allows it
      document.querySelector("main").appendChild(p);
      const b = document.createElement("button");
      document.querySelector("main").appendChild(b);
    });
    let caught = "";
    try { await axeCheck(page, "planted", true); } catch (e) { caught = e.message; }
    check(caught.includes("color-contrast") && caught.includes("button-name"),
      "a planted low-contrast text and unnamed button are reported: " + caught);
    await page.close();
  },

  async "axe: the front page"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + "/");
    await axeCheck(page, "front page");
    await page.close();
  },

  async "axe: the article page with its thread"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    await axeCheck(page, "article");
    // a permalink's target is highlighted; the skip link shows when focused
    await page.goto(srv.base + ARTICLE + "#c1.3");
    await page.keyboard.press("Tab");
    await axeCheck(page, "article with a target and the skip link shown");
    await page.goto(srv.base + ARTICLE + "?thread=1#comments");
    await axeCheck(page, "one conversation");
    await page.close();
  },

  async "axe: the article page as a moderator sees it"(browser, srv) {
    await fillQueue(browser, srv);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    await page.goto(srv.base + ARTICLE);
    check(await page.locator("li.held-staff").count() >= 1, "held comments in place");
    await page.evaluate(() => document.querySelectorAll("details.mod-tools")
      .forEach((d) => { d.open = true; }));
    await axeCheck(page, "article with the moderation controls open");
    await ctx.close();
    // on a phone, the controls and a held comment's long words fit
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const small = await staffLogin(phone, srv, "Kathi");
    await small.goto(srv.base + ARTICLE);
    await small.evaluate(() => document.querySelectorAll("details.mod-tools")
      .forEach((d) => { d.open = true; }));
    await fits(small, 320, "article as a moderator");
    await phone.close();
  },

  async "axe: the article page with a reply form open (?reply=1.3)"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE + "?reply=1.3#c1.3");
    check(await page.locator("#reply-form").count() === 1, "reply form shown");
    await axeCheck(page, "reply form");
    await page.close();
  },

  async "axe: the article page with a reply form opened by the script"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    await page.locator('[id="c1.2"] a.reply').click();
    check(await page.locator("#reply-form").isVisible(), "reply form opened in place");
    await axeCheck(page, "reply form in place");
    await page.close();
  },

  async "axe: the article page in Spanish"(browser, srv) {
    const ctx = await browser.newContext({ locale: "es-MX", extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    check(await page.evaluate(() => document.documentElement.lang === "es" &&
      document.querySelector("a.skip").textContent === "Saltar a la discusión"), "the page is in Spanish");
    await axeCheck(page, "article (es)");
    await ctx.close();
  },

  async "axe: the report page"(browser, srv) {
    const id = await commentId(srv, "1.2");
    const page = await browser.newPage();
    await page.goto(`${srv.base}/comments/${id}/report`);
    await axeCheck(page, "report page");
    await page.fill("#reason", "spam");
    await Promise.all([page.waitForLoadState("load"), page.click("form.comment-form button")]);
    await axeCheck(page, "report page, done");
    await page.close();
  },

  async "axe: the staff login page"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + "/admin/login");
    await axeCheck(page, "login");
    await page.fill("#login-name", "nobody");
    await page.fill("#login-password", "wrong-password");
    await Promise.all([page.waitForLoadState("load"), page.click("form.login button")]);
    await axeCheck(page, "login with an error");
    await page.close();
  },

  async "axe: the moderation queue and the audit log"(browser, srv) {
    await fillQueue(browser, srv);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    check(await page.locator(".queue-item").count() >= 3, "items in the queue");
    await axeCheck(page, "queue");
    const item = page.locator(".queue-item").first();
    await Promise.all([page.waitForURL(/done=approved/), item.locator("form.act-approve button").click()]);
    await axeCheck(page, "queue after an action");
    await page.goto(srv.base + "/admin/log");
    check(await page.locator("table.log tbody tr").count() >= 1, "the log has rows");
    await axeCheck(page, "audit log");
    // a removal to restore and a ban to lift, posted as the forms would
    await page.goto(srv.base + "/admin/queue");
    const csrf = await page.locator("input[name=csrf]").first().getAttribute("value");
    const ids = await page.locator(".queue-item").evaluateAll((els) => els.map((e) => e.dataset.id));
    check(ids.length >= 2, "two items left");
    await ctx.request.post(srv.base + "/admin/queue/" + ids[0] + "/remove", { form: { csrf, reason: "spam" } });
    await ctx.request.post(srv.base + "/admin/queue/" + ids[1] + "/ban", { form: { csrf, duration: "7d" } });
    await page.goto(srv.base + "/admin/log");
    check(await page.locator("form.restore button").count() >= 1, "the log offers Restore");
    await axeCheck(page, "audit log with a removal to restore");
    await page.goto(srv.base + "/admin/bans");
    check(await page.locator("form.lift button").count() === 1, "one ban to lift");
    await axeCheck(page, "bans in force");
    await page.goto(srv.base + "/admin/queue?why=nothing-matches");
    await axeCheck(page, "empty queue");
    await page.goto(srv.base + "/admin/screening");
    await axeCheck(page, "screening settings");
    await page.fill("#f-hold_threshold", "2");
    await Promise.all([page.waitForLoadState("load"), page.click("form.screening-form button")]);
    check(await page.locator(".form-error, [role=alert]").count() >= 1, "the refusal is shown");
    await axeCheck(page, "screening settings with an error");
    await page.goto(srv.base + "/admin/screening");
    await page.fill("#f-hold_threshold", "0.8");
    await page.evaluate(() => { document.querySelector("input[name=base]").value = "stale"; });
    await Promise.all([page.waitForLoadState("load"), page.click("form.screening-form button")]);
    check(await page.locator(".stored-now").count() === 1, "a stale save shows what is stored");
    await axeCheck(page, "screening settings refused as stale");
    await page.goto(srv.base + "/admin/screening");
    await page.fill("#f-try", "I know where he lives, we will cut his head off");
    await page.fill("#f-try-name", "Lupita 81 1234 5678");
    await Promise.all([page.waitForLoadState("load"), page.click("form.try-form button")]);
    check(await page.locator(".try-result mark").count() >= 1, "the tried comment's words are marked");
    check(await page.locator(".try-parts dd").count() === 2, "the comment's verdict and the name's");
    await axeCheck(page, "a comment tried on the screening page");
    await ctx.close();
  },

  async "axe: the article editor offering a draft back, and the login after a session ended"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles/new");
    await axeCheck(page, "article editor");
    await page.fill("#f-title", "Un borrador");
    await page.fill("#f-body", "Texto sin guardar.");
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("charla-draft:")));
    await page.goto(srv.base + "/admin/articles");
    await page.goto(srv.base + "/admin/articles/new");
    check(await page.locator("#draft-offer").isVisible(), "the draft is offered");
    await axeCheck(page, "article editor offering a draft");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-title") === "Un borrador", "restored");
    await axeCheck(page, "article editor with a draft restored");
    await endSession(ctx, page, srv);
    await Promise.all([page.waitForLoadState("load"), page.click("button[value=save]")]);
    check(await page.locator("form.login").count() === 1, "the login form");
    await axeCheck(page, "login after the session ended");
    await ctx.close();
  },

  async "keyboard: tabbing reaches permalinks, reply links and the form in order"(browser, srv) {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    // walk the whole page once, recording every focus stop
    const stops = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      const d = await page.evaluate(describe);
      if (d.tag === "body") break;
      stops.push(d);
      if (d.cls === "lang") break;
    }
    const idx = (f) => stops.findIndex(f);
    check(stops.length > 0 && stops[0].cls === "skip", "the skip link comes first, got " + JSON.stringify(stops[0]));
    const firstNum = idx((s) => s.cls === "num");
    const firstReply = idx((s) => s.cls === "reply");
    const textarea = idx((s) => s.tag === "textarea" && s.inForm);
    check(firstNum > 0 && firstReply > firstNum, "a comment's permalink before its reply link");
    check(stops[firstNum].comment === stops[firstReply].comment || stops[firstReply].comment === "c1.2",
      "the first reply link belongs to the first answerable comment");
    check(textarea > firstReply, "the comment form after the thread");
    // every visible comment's permalink is reached, in thread order
    const nums = stops.filter((s) => s.cls === "num").map((s) => s.comment);
    const order = await page.locator("li.comment").evaluateAll((els) => els.map((e) => e.id));
    check(JSON.stringify(nums) === JSON.stringify(order), "permalinks in thread order");
    // within each comment: permalink, then its links, then reply and report
    for (const c of order) {
      const mine = stops.map((s, i) => [s, i]).filter(([s]) => s.comment === c);
      const n = mine.find(([s]) => s.cls === "num");
      const r = mine.find(([s]) => s.cls === "reply");
      if (r) check(n[1] < r[1], "permalink before reply in " + c);
    }
    // the form: body, name, then the button
    const body = idx((s) => s.id === "body-new");
    const name = idx((s) => s.id === "name-new");
    const button = idx((s) => s.tag === "button" && s.inForm);
    check(body >= 0 && name === body + 1 && button === name + 1, "form fields in order");
    // focus is always visible
    const invisible = stops.filter((s) => !s.outline);
    check(invisible.length === 0, "focus outline on every stop, missing on " +
      invisible.slice(0, 3).map((s) => s.tag + "." + s.cls + " " + s.text).join(", "));
    await ctx.close();
  },

  async "keyboard: the skip link goes to the discussion"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(describe);
    check(skip.cls === "skip" && skip.text === "Skip to the discussion", "skip link focused: " + JSON.stringify(skip));
    check(await page.locator("a.skip").evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.top >= 0;
    }), "the skip link is visible when focused");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#comments$/);
    check(await page.evaluate(() => document.activeElement.id === "comments"), "the discussion takes the focus");
    check(await page.locator("#comments-h").evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    }), "the discussion heading is in view");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(describe);
    check(next.cls === "num" && next.comment === "c1", "Tab then reaches comment 1: " + JSON.stringify(next));
    // not shown until focused
    await page.goto(srv.base + "/");
    check(await page.locator("a.skip").count() === 0, "no skip link on the front page");
    await page.close();
  },

  async "keyboard: following a reply link with the script"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    const stops = await tabUntil(page, () => {
      const el = document.activeElement;
      return { ok: el.matches("a.reply") && el.closest("li").id === "c1.2", desc: el.className };
    }, 80, "reply link of 1.2");
    check(stops.length > 3, "the reply link is reached by Tab");
    await page.keyboard.press("Enter");
    const d = await page.evaluate(describe);
    check(d.tag === "textarea" && d.formId === "reply-form" && d.comment === "c1.2",
      "the reply form's text takes the focus: " + JSON.stringify(d));
    check(await page.evaluate(() => {
      const ta = document.activeElement;
      return ta.labels.length === 1 && ta.labels[0].textContent.length > 0;
    }), "the reply text is labelled");
    check(await page.evaluate(() => {
      const ta = document.activeElement;
      const hint = document.getElementById(ta.getAttribute("aria-describedby"));
      return hint && hint.closest("form") === ta.form;
    }), "the reply text is described by its own form's hint");
    await page.keyboard.type("Thanks for the update, written without a mouse.");
    await page.keyboard.press("Tab");
    check((await page.evaluate(describe)).formId === "reply-form", "name field of the reply form next");
    await page.keyboard.press("Tab");
    const btn = await page.evaluate(describe);
    check(btn.tag === "button" && btn.formId === "reply-form", "then its button");
    await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
    await page.waitForSelector('[id="c1.2.1"]');
    await page.close();
  },

  async "keyboard: following a reply link without the script"(browser, srv) {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    await tabUntil(page, () => {
      const el = document.activeElement;
      return { ok: el.matches("a.reply") && el.closest("li").id === "c1.3", desc: el.className };
    }, 80, "reply link of 1.3");
    await Promise.all([page.waitForURL(/reply=1\.3/), page.keyboard.press("Enter")]);
    const d = await page.evaluate(describe);
    check(d.tag === "textarea" && d.formId === "reply-form" && d.comment === "c1.3",
      "the reply form's text has the focus: " + JSON.stringify(d));
    check(d.outline, "the focus is visible");
    check(await page.evaluate(() => {
      const top = document.getElementById("c1.3").getBoundingClientRect().top;
      const ta = document.activeElement.getBoundingClientRect();
      return top >= 0 && ta.bottom <= window.innerHeight;
    }), "the comment answered and the reply text are both in view");
    await page.keyboard.type("Answered without JavaScript");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const btn = await page.evaluate(describe);
    check(btn.tag === "button" && btn.formId === "reply-form", "Tab, Tab reaches the button");
    await Promise.all([page.waitForURL(/#c1\.3\.\d+$/), page.keyboard.press("Enter")]);
    await ctx.close();
  },

  async "320 px: the article page"(browser, srv) {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    // a long word and a long link in a reply to a deep comment
    const id = await articleId(srv);
    const r = await fetch(`${srv.base}/api/v1/articles/${id}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ parent: "1.3", body: "Long: " + "w".repeat(200) +
        " https://example.org/" + "seg/".repeat(60) + " `" + "code".repeat(40) + "`", name: "N".repeat(40) }),
    });
    check(r.status === 201, "long comment posted: " + r.status);
    await page.goto(srv.base + ARTICLE);
    await fits(page, 320, "article");
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "a11y-article-320-top.png") });
    await page.locator("#comments-h").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("comments-h").scrollIntoView());
    await page.screenshot({ path: join(shots, "a11y-article-320-thread.png") });
    await page.evaluate(() => document.getElementById("c1.3").scrollIntoView());
    await page.screenshot({ path: join(shots, "a11y-article-320-long.png") });
    await page.screenshot({ path: join(shots, "a11y-article-320-full.png"), fullPage: true });
    await page.goto(srv.base + ARTICLE + "?reply=1.3#c1.3");
    await fits(page, 320, "reply form");
    await page.evaluate(() => document.getElementById("reply-form").scrollIntoView());
    await page.screenshot({ path: join(shots, "a11y-article-320-reply.png") });
    await ctx.close();
  },

  async "the buttons that remove or erase look apart, in the queue and on /me"(browser, srv) {
    // a reader's "Erase all my comments" next to "Download my comments"
    for (const locale of ["en-US", "es-MX"]) {
      const ctx = await browser.newContext({ locale });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      const form = page.locator("form.comment-form:not(#reply-form)");
      await form.locator("textarea").fill("Mine, to see the erase button");
      await Promise.all([page.waitForURL(/posted=\d+/), form.locator("button").click()]);
      await page.goto(srv.base + "/me");
      await destructiveApart(page, page.locator("form[action='/me/erase'] button"),
        page.locator("form[action='/me/export'] button"), page.locator("input[name=confirm]"),
        "/me " + locale);
      await axeCheck(page, "/me " + locale);
      await ctx.close();
    }
    // Remove, Purge, Ban and Remove selected are outlined, Approve filled,
    // and a little apart from it, on a phone and on a desktop
    await fillQueue(browser, srv);
    for (const width of [320, 1000]) {
      const ctx = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await staffLogin(ctx, srv, "Kathi");
      await page.goto(srv.base + "/admin/queue");
      const item = page.locator(".queue-item").filter({ has: page.locator("form.act-ban") }).first();
      const approve = item.locator("form.act-approve button");
      for (const form of ["act-remove", "act-purge", "act-ban"])
        await destructiveApart(page, item.locator(`form.${form} button`), approve,
          item.locator(`form.${form} select, form.${form} input[type=checkbox]`).first(),
          `${width} px, ${form}`);
      const gap = apart(await approve.boundingBox(), await item.locator("form.act-remove").boundingBox());
      check(gap >= 12, `${width} px: Approve and Remove ${gap} px apart`);
      const bulk = page.locator("form.bulk");
      const all = bulk.locator("button[value=approve]");
      await destructiveApart(page, bulk.locator("button[value=remove]"), all,
        bulk.locator("select"), `${width} px, Remove selected`);
      const bulkGap = apart(await all.boundingBox(), await bulk.locator("button[value=remove]").boundingBox());
      check(bulkGap >= 12, `${width} px: Approve selected and Remove selected ${bulkGap} px apart`);
      await axeCheck(page, `queue at ${width} px`);
      await ctx.close();
    }
  },

  async "320 px: the moderation queue"(browser, srv) {
    await fillQueue(browser, srv);
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await staffLogin(ctx, srv, "Kathi");
    await page.goto(srv.base + "/admin/queue"); // no item selected by the script's first focus jump
    check(await page.locator(".queue-item").count() >= 3, "items in the queue");
    await fits(page, 320, "queue");
    // a finger's size: each drop-down, and the buttons and fields in a
    // row with one, at least 44 px tall
    const small = await page.evaluate(() => {
      const out = [];
      for (const sel of document.querySelectorAll("main select")) {
        const row = sel.closest("form, p, fieldset") || sel.parentNode;
        for (const el of [sel, ...row.querySelectorAll("button, input:not([type=checkbox]):not([type=hidden])")]) {
          const h = el.getBoundingClientRect().height;
          if (h < 44) out.push(`${el.tagName.toLowerCase()}[name=${el.name}] ${h.toFixed(1)} px`);
        }
      }
      return { selects: document.querySelectorAll("main select").length, out };
    });
    check(small.selects >= 5, "the filters', an item's and the bulk form's drop-downs: " + small.selects);
    check(small.out.length === 0, "under 44 px on a phone: " + small.out.join(", "));
    mkdirSync(shots, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, "a11y-queue-320-top.png") });
    await page.evaluate(() => document.querySelector(".queue-item").scrollIntoView());
    await page.screenshot({ path: join(shots, "a11y-queue-320-item.png") });
    await page.screenshot({ path: join(shots, "a11y-queue-320-full.png"), fullPage: true });
    await ctx.close();
  },
};

// fits checks that the page does not scroll sideways and that no comment
// text (nor anything in it) sticks out of its box.
async function fits(page, width, what) {
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  check(sw <= width, `${what}: no horizontal scroll at ${width} px (got ${sw})`);
  const over = await page.evaluate((width) => {
    const out = [];
    for (const box of document.querySelectorAll(".text, .tombstone, .screen-text, .report-reasons, header, footer, form")) {
      const r = box.getBoundingClientRect();
      if (box.scrollWidth > box.clientWidth + 1 || r.right > width + 0.5 || r.left < -0.5)
        out.push(box.className || box.tagName);
      for (const el of box.querySelectorAll("*")) {
        const e = el.getBoundingClientRect();
        if (e.width && (e.right > r.right + 1 || e.left < r.left - 1))
          out.push((box.className || box.tagName) + " > " + el.tagName.toLowerCase());
      }
    }
    return out;
  }, width);
  check(over.length === 0, `${what}: text overflows its box: ` + [...new Set(over)].slice(0, 5).join(", "));
}

const needsStaff = (name) => /queue|login|audit|moderator/.test(name);

const only = args.filter((a, i) => a !== "--charla" && args[i - 1] !== "--charla" && !a.startsWith("--"));
const chosen = Object.fromEntries(Object.entries(tests).filter(([name]) =>
  !only.length || only.some((o) => name.includes(o))));
await runSuite("a11y", chosen, (name) =>
  startServer(needsStaff(name) ? [["Ed", "editor"], ["Kathi", "moderator"]] : []));
