// text.mjs - run.mjs's tests of text as typed and of pages on a phone:
// an article typed into the real editor keeps its lines through saves (a
// browser sends a textarea with CRLF), a long code line or word stays
// inside a 390 px screen, the staff's Lift and Restore are in view there,
// so is each article's row of the articles list,
// and so are the statistics' table and legible chart labels; a name's
// right-to-left override stops at the name, combining marks piled on a
// letter paint only over their own text or name, no line of details
// (a name and its handle, a queue item's header) starts with "·", and
// Reply and Report are far enough apart to tap, and a moderator's
// controls under a comment are tall enough (44 px at 320 and 360 px).
// run.mjs adds these to its suite. The webhook log fits a 360 px screen too, and a comment or
// a name in Arabic or Hebrew reads right to left, an English one left to
// right.
import { createServer } from "node:http";
import { ARTICLE, addUser, articleId, charla, check, run, STAFF_PASSWORD, staffLogin }
  from "./harness.mjs";

const PHONE = { width: 390, height: 844 };
const FFFD = "\ufffd";
const LONG_CODE = "const answer = " + "someLongIdentifier_".repeat(40) + ";";

// writeArticle types title and body into the editor as "Ed" (an editor it
// adds), publishes, then changes the title and saves again. Returns the
// article's { id, path }.
async function writeArticle(browser, srv, title, lines) {
  addUser(srv.db, "Ed", "editor");
  const ctx = await browser.newContext();
  const page = await staffLogin(ctx, srv, "Ed");
  await page.goto(srv.base + "/admin/articles/new");
  await page.fill("input[name=title]", title);
  const body = page.locator("textarea[name=body]");
  await body.click();
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press("Enter");
  }
  await page.check("input[name=published]");
  await Promise.all([page.waitForURL(/done=saved/), page.click("button[value=save]")]);
  check(!(await body.inputValue()).includes(FFFD), "no U+FFFD in the editor after a save");
  await page.fill("input[name=title]", title + ", again");
  await Promise.all([page.waitForURL(/done=saved/), page.click("button[value=save]")]);
  const typed = lines.join("\n") + "\n";
  const shown = await body.inputValue();
  check(shown === typed, "the editor shows the body as typed: " + JSON.stringify(shown));
  const id = Number(page.url().match(/\/admin\/articles\/(\d+)/)[1]);
  const path = await page.inputValue("input[name=path]");
  await ctx.close();
  return { id, path };
}

// modApi logs "Mo" (a moderator it adds) in through the JSON API and
// returns a function that sends one of the moderation calls.
async function modApi(browser, srv) {
  addUser(srv.db, "Mo", "moderator");
  const ctx = await browser.newContext();
  const r = await ctx.request.post(srv.base + "/api/v1/session",
    { data: { name: "Mo", password: STAFF_PASSWORD } });
  check(r.status() === 200, "moderator login: " + r.status());
  const csrf = (await r.json()).csrf;
  return {
    ctx,
    async post(path, data) {
      const res = await ctx.request.post(srv.base + path,
        { data, headers: { "X-CSRF-Token": csrf } });
      check(res.ok(), path + ": " + res.status() + " " + (await res.text()));
    },
  };
}

// postComment posts body (and name, if given) as a reader through the
// JSON API on the demo article; returns the comment as the API gives it.
async function postComment(srv, body, name) {
  const aid = await articleId(srv);
  const r = await fetch(`${srv.base}/api/v1/articles/${aid}/comments`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(name ? { body, name } : { body }) });
  check(r.status === 201, "comment posted: " + r.status);
  return (await r.json()).comment;
}

// A letter with combining marks piled above and below it ("zalgo"): each
// mark a different one, which a font stacks rather than overprints.
const marks = (from, to) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
const ABOVE = marks(0x300, 0x314) + marks(0x33d, 0x344);
const BELOW = marks(0x316, 0x319) + marks(0x31c, 0x333);
const ZALGO = "Z" + ABOVE + BELOW;
const ZALGO_NAME = "Z" + ABOVE.slice(0, 20) + BELOW.slice(0, 19); // a name's 40 characters

// inView: once the page is scrolled down to it (only down: a reader on a
// phone does not know that a table scrolls sideways), the locator is
// visible and lies inside the viewport's width.
async function inView(page, locator, what) {
  await locator.evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 100));
  check(await locator.isVisible(), what + " visible");
  const box = await locator.boundingBox();
  const width = page.viewportSize().width;
  check(box && box.x >= 0 && box.x + box.width <= width,
    `${what} within the ${width} px screen: ${JSON.stringify(box)}`);
}

// dotsStartingLines: in each element sel matches, the "·" separators
// that begin a line, each given with the text around it. A dot begins a
// line when it stands lower than the last letter before it.
function dotsStartingLines(page, sel) {
  return page.evaluate((sel) => {
    const found = [];
    for (const box of document.querySelectorAll(sel)) {
      const chars = [];
      const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode())
        for (let i = 0; i < n.data.length; i++) chars.push([n, i]);
      const rect = ([n, i]) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect();
      };
      chars.forEach(([n, i], k) => {
        if (n.data[i] !== "\u00b7") return;
        let j = k - 1;
        while (j >= 0 && /\s/.test(chars[j][0].data[chars[j][1]])) j--;
        if (j < 0) return;
        const dot = rect(chars[k]), before = rect(chars[j]);
        if (dot.top >= before.bottom - 2)
          found.push(box.textContent.replace(/\s+/g, " ").trim().slice(0, 80));
      });
    }
    return found;
  }, sel);
}

export const textTests = {
  async "an article typed with a code fence keeps its lines through saves"(browser, srv) {
    const art = await writeArticle(browser, srv, "Typed in the editor", [
      "First line.", "Second line.", "", "```", "let x = 1;", "```", "",
      "After the code."]);
    const page = await browser.newPage();
    await page.goto(srv.base + art.path);
    const text = await page.locator("article .body").innerText();
    check(!text.includes(FFFD), "no U+FFFD on the article: " + JSON.stringify(text));
    check(await page.locator("article .body pre code").count() === 1, "one code block");
    check((await page.locator("article .body pre").innerText()).trim() === "let x = 1;",
      "the code block closes after its line");
    check(await page.locator("article .body p", { hasText: "After the code." }).count() === 1,
      "the text after the fence is a paragraph");
    await page.close();
  },

  async "a long code line and a long word stay inside a phone's width"(browser, srv) {
    const art = await writeArticle(browser, srv, "Wide things", [
      "A code line longer than any phone:", "", "```", LONG_CODE, "```", "",
      "And a URL: https://example.org/" + "x".repeat(200)]);
    const word = "a".repeat(300);
    const r = await fetch(`${srv.base}/api/v1/articles/${art.id}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: "Look: " + word }) });
    check(r.status === 201, "comment posted: " + r.status);
    const ctx = await browser.newContext({ viewport: PHONE });
    const page = await ctx.newPage();
    await page.goto(srv.base + art.path);
    check(await page.locator("li.comment .text", { hasText: word }).count() === 1, "comment shown");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE.width, `no sideways scroll at ${PHONE.width} px (page is ${width} px)`);
    const pre = await page.locator("article .body pre").evaluate((e) =>
      ({ scroll: e.scrollWidth, client: e.clientWidth }));
    check(pre.scroll > pre.client, "the code block scrolls inside itself");
    await ctx.close();
  },

  async "on a phone Lift and Restore are in view"(browser, srv) {
    const mod = await modApi(browser, srv);
    const aid = await articleId(srv);
    const thread = await (await fetch(`${srv.base}/api/v1/articles/${aid}/comments`)).json();
    const by = Object.fromEntries(thread.comments.map((c) => [c.number, c]));
    await mod.post(`/api/v1/mod/comments/${by["3"].id}/remove`, { reason: "spam" });
    // a ban needs a comment a reader posted here (not an imported one)
    const posted = await fetch(`${srv.base}/api/v1/articles/${aid}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: "A reader who will be banned." }) });
    check(posted.status === 201, "reader's comment: " + posted.status);
    const cid = (await posted.json()).comment.id;
    await mod.post("/api/v1/mod/bans", { comment: cid, duration: "1d" });
    await mod.ctx.close();
    const ctx = await browser.newContext({ viewport: PHONE });
    const page = await staffLogin(ctx, srv, "Mo");
    await page.goto(srv.base + "/admin/bans");
    await inView(page, page.locator("table.bans tbody tr").first().locator("button"), "Lift");
    let width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE.width, `bans: no sideways scroll (page is ${width} px)`);
    await page.goto(srv.base + "/admin/log");
    await inView(page, page.locator("table.log form button").first(), "Restore");
    width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE.width, `log: no sideways scroll (page is ${width} px)`);
    await ctx.close();
  },

  async "on a phone the articles list fits"(browser, srv) {
    addUser(srv.db, "Ed", "editor");
    for (const lang of ["en", "es"]) {
      const ctx = await browser.newContext({ viewport: PHONE, locale: lang });
      const page = await staffLogin(ctx, srv, "Ed");
      await page.goto(srv.base + "/admin/articles");
      const wrap = await page.locator(".table-wrap").evaluate((e) =>
        ({ scroll: e.scrollWidth, client: e.clientWidth }));
      check(wrap.scroll <= wrap.client + 1,
        `${lang}: the table fits, nothing to scroll to: ${JSON.stringify(wrap)}`);
      // each value with its heading, the comments' count in view
      const count = page.locator("table.articles tbody tr").first().locator("td").last();
      await inView(page, count, `${lang}: the comments' count`);
      const label = await count.evaluate((e) => getComputedStyle(e, "::before").content);
      check(label === (lang === "es" ? '"Comentarios: "' : '"Comments: "'),
        `${lang}: the count says what it counts: ${label}`);
      await ctx.close();
    }
  },

  async "a right-to-left comment reads right to left"(browser, srv) {
    const aid = await articleId(srv);
    const posted = {};
    for (const [key, body, name] of [
      ["rtl", "هذا تعليق باللغة العربية عن المقال، شكرا لكم.", "דוד לוי"],
      ["ltr", "An English comment about the article, thank you.", "Lupita"]]) {
      const r = await fetch(`${srv.base}/api/v1/articles/${aid}/comments`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ body, name }) });
      check(r.status === 201, `${key} comment published: ${r.status}`);
      posted[key] = (await r.json()).comment.number;
    }
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    const dir = (sel) => page.locator(sel).evaluate((e) => getComputedStyle(e).direction);
    for (const [key, number] of Object.entries(posted)) {
      check(await dir(`[id="c${number}"] .text`) === key, `the ${key} comment's text`);
      check(await dir(`[id="c${number}"] .name`) === key, `the ${key} comment's name`);
    }
    const form = page.locator("form.comment-form:not(#reply-form)");
    await form.locator("textarea").fill("שלום לכולם, תגובה בעברית.");
    check(await form.locator("textarea").evaluate((e) => getComputedStyle(e).direction) === "rtl",
      "the text typed in Hebrew");
    await form.locator("textarea").fill("Hello, a comment in English.");
    check(await form.locator("textarea").evaluate((e) => getComputedStyle(e).direction) === "ltr",
      "the text typed in English");
    await page.close();
  },

  async "on a phone the webhook log fits"(browser, srv) {
    const hook = createServer((req, res) => { req.resume(); res.writeHead(204); res.end(); });
    await new Promise((ok) => hook.listen(0, "127.0.0.1", ok));
    try {
      run(charla, ["setting", "set", "webhook_url",
        `http://127.0.0.1:${hook.address().port}/hook`, "--db", srv.db]);
      const mod = await modApi(browser, srv);
      await mod.ctx.close();
      const aid = await articleId(srv);
      const r = await fetch(`${srv.base}/api/v1/articles/${aid}/comments`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ body: "I will find you and cut your head off, you rat" }) });
      check(r.status === 202, "held, so the webhook is called: " + r.status);
      const phone = { width: 360, height: 740 };
      for (const lang of ["en", "es"]) {
        const ctx = await browser.newContext({ viewport: phone, locale: lang });
        const page = await staffLogin(ctx, srv, "Mo");
        for (let i = 0; i < 50; i++) { // the log entry follows the delivery
          await page.goto(srv.base + "/admin/webhooks");
          if (await page.locator("table.webhooks tbody tr").count() > 0) break;
          await page.waitForTimeout(100);
        }
        check(await page.locator("table.webhooks tbody tr").count() >= 1, lang + ": a delivery");
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        check(width <= phone.width, `${lang}: no sideways scroll (page is ${width} px)`);
        await inView(page, page.locator("table.webhooks tbody td").last(), lang + ": Attempts");
        await ctx.close();
      }
    } finally {
      hook.close();
    }
  },

  async "on a phone the statistics fit and their labels are legible"(browser, srv) {
    const mod = await modApi(browser, srv);
    const aid = await articleId(srv);
    const thread = await (await fetch(`${srv.base}/api/v1/articles/${aid}/comments`)).json();
    await mod.post(`/api/v1/mod/comments/${thread.comments[2].id}/remove`, { reason: "spam" });
    await mod.ctx.close();
    for (const lang of ["en", "es"]) {
      const ctx = await browser.newContext({ viewport: PHONE, locale: lang });
      const page = await staffLogin(ctx, srv, "Mo");
      await page.goto(srv.base + "/admin/stats");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= PHONE.width, `${lang}: no sideways scroll (page is ${width} px)`);
      const wrap = await page.locator(".table-wrap").evaluate((e) =>
        ({ scroll: e.scrollWidth, client: e.clientWidth }));
      check(wrap.scroll <= wrap.client + 1, `${lang}: the table fits, nothing to scroll to: ${JSON.stringify(wrap)}`);
      await inView(page, page.locator("table.stats thead th").last(), `${lang}: the median's heading`);
      const small = await page.locator("svg.chart text.tick").evaluateAll((ts) =>
        ts.map((t) => t.getBoundingClientRect().height).filter((h) => h < 10));
      check(small.length === 0, `${lang}: chart labels at least 10 px high: ${small.join(", ")}`);
      const clipped = await page.locator("svg.chart").evaluateAll((svgs) => svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")].map((t) => [t.textContent, t.getBoundingClientRect()])
          .filter(([, r]) => r.left < box.left - 0.5 || r.right > box.right + 0.5 ||
            r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5).map(([s]) => s);
      }));
      check(clipped.length === 0, `${lang}: chart labels inside their chart: ${clipped.join(", ")}`);
      await ctx.close();
    }
  },

  async "a right-to-left override in a name does not turn the handle around"(browser, srv) {
    const c = await postComment(srv, "Signed with a reversed name.", "\u202eevil name");
    const ctx = await browser.newContext({ viewport: PHONE });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const author = page.locator(`[id="c${c.number}"] .author`);
    const name = await author.locator(".name").boundingBox();
    const handle = await author.locator(".handle").boundingBox();
    check(handle.x >= name.x + name.width - 1,
      `the handle after the name: name ${JSON.stringify(name)}, handle ${JSON.stringify(handle)}`);
    // the handle's characters left to right, as it is written
    const xs = await author.locator(".handle").evaluate((e) => {
      const r = document.createRange();
      return [...e.firstChild.data].map((_, i) => {
        r.setStart(e.firstChild, i);
        r.setEnd(e.firstChild, i + 1);
        return r.getBoundingClientRect().x;
      });
    });
    check(xs.every((x, i) => i === 0 || x > xs[i - 1]), "the handle reads left to right: " + xs.join(", "));
    await ctx.close();
  },

  async "combining marks piled on a letter paint only over their own text and name"(browser, srv) {
    const c = await postComment(srv, (ZALGO + " ").repeat(8), ZALGO_NAME);
    const ctx = await browser.newContext({ viewport: PHONE });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const li = page.locator(`[id="c${c.number}"]`);
    await li.scrollIntoViewIfNeeded();
    // the pixels of a part with the other part shown and hidden: the same
    // if nothing of the other reaches into it
    const alone = async (part, other) => {
      const clip = await li.locator(part).boundingBox();
      const shown = await page.screenshot({ clip });
      await li.locator(other).evaluate((e) => { e.style.visibility = "hidden"; });
      const hidden = await page.screenshot({ clip });
      await li.locator(other).evaluate((e) => { e.style.visibility = ""; });
      return shown.equals(hidden);
    };
    check(await alone("header", ".text"), "the text paints nothing over the header");
    check(await alone(".text", ".author .name"), "the name paints nothing over the text");
    await ctx.close();
  },

  async "on a phone no line of details starts with a dot"(browser, srv) {
    // a name of a few words, and the queue's header with the article's
    // long title: at every width from 280 to 480 px the lines wrap at a
    // different word, and never just before a " · "
    await postComment(srv, "Signed with a long name.", "Lupita de la Cruz Hernández");
    addUser(srv.db, "Kathi", "moderator");
    const held = await postComment(srv, "Reported until held.", "María José");
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${srv.base}/api/v1/comments/${held.id}/report`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason: "spam" }) });
      check(r.status === 201, "reported: " + r.status);
    }
    const ctx = await browser.newContext({ viewport: PHONE });
    const reader = await ctx.newPage();
    await reader.goto(srv.base + ARTICLE);
    const staff = await staffLogin(ctx, srv, "Kathi");
    check(await staff.locator(".queue-item header").count() >= 1, "an item in the queue");
    for (let width = 280; width <= 480; width += 4) {
      for (const [page, sel] of [[reader, "li.comment header, p.meta"], [staff, ".queue-item header"]]) {
        await page.setViewportSize({ width, height: 844 });
        const bad = await dotsStartingLines(page, sel);
        check(bad.length === 0, `${width} px: a line starts with "·" in ${sel}: ${bad[0]}`);
      }
    }
    await ctx.close();
  },

  async "on a phone Reply and Report are apart and tall enough to tap"(browser, srv) {
    for (const lang of ["en", "es"]) {
      const ctx = await browser.newContext({ viewport: PHONE, locale: lang });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      const foot = page.locator('[id="c1.2"] footer');
      const reply = await foot.locator("a.reply").boundingBox();
      const report = await foot.locator("a.report").boundingBox();
      check(reply.height >= 24 && report.height >= 24,
        `${lang}: links at least 24 px tall: ${reply.height}, ${report.height}`);
      const gap = report.x - (reply.x + reply.width);
      check(gap >= 16, `${lang}: at least 16 px between Reply and Report: ${gap}`);
      await ctx.close();
    }
  },

  async "on a phone a moderator's controls under a comment are tall enough to tap"(browser, srv) {
    // the browser's own form controls are 13 px type and 19-21 px tall;
    // on the article page they are a moderator's Approve, Remove and Ban:
    // on a phone a finger's size, 44 px, as the queue's
    addUser(srv.db, "Mo", "moderator");
    const posted = await fetch(`${srv.base}/api/v1/articles/${await articleId(srv)}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: "I will find you and cut your head off, you rat" }) });
    check(posted.status === 202, "held: " + posted.status);
    const number = (await posted.json()).comment.number;
    for (const [lang, width] of [["en", 320], ["es", 360]]) {
      const ctx = await browser.newContext({ viewport: { width, height: 740 }, locale: lang });
      const page = await staffLogin(ctx, srv, "Mo");
      await page.goto(srv.base + ARTICLE);
      const tools = page.locator(`[id="c${number}"] details.mod-tools`);
      check(await tools.getAttribute("open") !== null, `${lang}: open on a held comment`);
      const controls = await tools.locator("button, select, input:not([type=hidden])").evaluateAll((els) =>
        els.map((e) => ({ what: (e.textContent || e.name).trim().slice(0, 20),
          height: e.getBoundingClientRect().height, font: parseFloat(getComputedStyle(e).fontSize) })));
      check(controls.length >= 6, `${lang}: approve, remove, redact and ban: ${controls.length}`);
      const small = controls.filter((c) => c.height < 44 || c.font < 14);
      check(small.length === 0,
        `${lang}, ${width} px: at least 44 px tall in the page's type: ${JSON.stringify(small)}`);
      const approve = tools.locator("form.mod-approve button");
      const fill = await approve.evaluate((e) => getComputedStyle(e).backgroundColor);
      check(fill !== "rgb(255, 255, 255)", `${lang}: Approve filled, as in the queue: ${fill}`);
      await ctx.close();
    }
  },
};
