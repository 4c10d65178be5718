// run.mjs - browser tests in real Chromium (Debian's package) driven by
// playwright-core. Each test gets a fresh charla with the demo imported,
// on a free loopback port. Ends with "browser: N passed, M failed".
import { ARTICLE, addUser, articleId, charla, check, premoderate, run, runSuite, staffLogin,
  startCharla } from "./harness.mjs";
import { previewTests } from "./preview.mjs";
import { pathHintTests } from "./path-hint.mjs";
import { textTests } from "./text.mjs";

const tests = {
  async "reads the demo thread"(browser, srv) {
    const page = await browser.newPage();
    await page.goto(srv.base + ARTICLE);
    check((await page.locator("li.comment").count()) === 33, "33 comments in the page");
    const tomb = await page.locator('[id="c1.1"] .tombstone').textContent();
    check(tomb.includes("Removed by a moderator"), "tombstone shown");
    await page.close();
  },

  async "posts a reply in place with JavaScript"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.goto(srv.base + ARTICLE);
    await page.locator('[id="c1.2"] a.reply').click();
    check(await page.locator("#reply-form").isVisible(), "reply form opened in place");
    check(page.url().indexOf("reply=") < 0, "no page load for the reply form");
    await page.locator("#reply-form textarea").fill("Reply with <script>alert(1)</script> from the browser");
    await Promise.all([page.waitForEvent("load"), page.locator("#reply-form button").click()]);
    await page.waitForSelector('[id="c1.2.1"]');
    const text = await page.locator('[id="c1.2.1"] .text').textContent();
    check(text.includes("<script>alert(1)</script>"), "reply shown as text");
    check(dialogs.length === 0, "no script ran");
    await ctx.close();
  },

  async "deletes a comment just posted"(browser, srv) {
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await browser.newContext({ javaScriptEnabled });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      const text = `My own street by mistake, ${javaScriptEnabled ? "with" : "without"} JS`;
      await page.locator("form.comment-form:not(#reply-form) textarea").fill(text);
      await Promise.all([page.waitForURL(/posted=\d+/),
                         page.locator("form.comment-form:not(#reply-form) button").click()]);
      const notice = page.locator("p.notice a[href$='/delete']");
      check(await notice.isVisible(), "the author's notice, JS " + javaScriptEnabled);
      await Promise.all([page.waitForURL(/\/delete$/), notice.click()]);
      await Promise.all([page.waitForURL(/\/delete$/), page.locator("form.comment-form button").click()]);
      check((await page.locator("p.notice").textContent()).includes("deleted"), "deleted");
      await page.goto(srv.base + ARTICLE);
      check((await page.content()).indexOf(text) < 0, "the text is gone");
      check(await page.getByText("Deleted by its author").count() >= 1, "a tombstone");
      await ctx.close();
    }
  },

  async "a held comment says it awaits review"(browser, srv) {
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await browser.newContext({ javaScriptEnabled });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      await page.locator("form.comment-form:not(#reply-form) textarea")
        .fill("I will find you and cut your head off, rat");
      await Promise.all([page.waitForURL(/review=\d+/),
                         page.locator("form.comment-form:not(#reply-form) button").click()]);
      await page.waitForLoadState("load");
      check((await page.innerText("body")).includes("Your comment is awaiting review."),
            "the review notice, JS " + javaScriptEnabled + " at " + page.url());
      await ctx.close();
    }
  },

  async "posts and replies without JavaScript"(browser, srv) {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    await page.locator('[id="c2"] a.reply').click();
    await page.waitForURL(/reply=2/);
    await page.locator("#reply-form textarea").fill("No-JS reply to 1:32 about Israel");
    await Promise.all([page.waitForURL(/#c2\.5$/), page.locator("#reply-form button").click()]);
    check(await page.locator('[id="c2.5"]').count() === 1, "reply present");
    const ref = page.locator('[id="c2.5"] a.ref');
    check((await ref.getAttribute("href")) === "#c2.3", "time reference linked");
    await ctx.close();
  },

  async "staff post and reply with JavaScript, badged"(browser, srv) {
    addUser(srv.db, "Kathi", "moderator");
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    await page.goto(srv.base + ARTICLE);
    const main = page.locator("form.comment-form:not(#reply-form)");
    await main.locator("textarea").fill("Language please, everyone.");
    await Promise.all([page.waitForURL(/posted=\d+.*#c\d+$/), main.locator("button").click()]);
    const n = page.url().split("#c")[1];
    const mine = page.locator(`[id="c${n}"]`);
    await mine.waitFor();
    check((await mine.locator(".badge").count()) === 1, "the staff badge on #" + n);
    await mine.locator("a.reply").first().click();
    await page.locator("#reply-form textarea").fill("And that goes for replies too.");
    await Promise.all([page.waitForURL(new RegExp(`#c${n}\\.1$`)),
                       page.locator("#reply-form button[type=submit]").click()]);
    const reply = page.locator(`[id="c${n}.1"]`);
    await reply.waitFor();
    check((await reply.locator(".badge").count()) === 1, "the staff badge on the reply");
    check((await page.locator(".form-error").count()) === 0, "no error");
    await ctx.close();
  },

  async "the reply form is the same with and without JavaScript"(browser, srv) {
    const form = async (javaScriptEnabled) => {
      const ctx = await browser.newContext({ javaScriptEnabled, locale: "es-MX" });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      await page.locator('[id="c1.2"] a.reply').click();
      const f = page.locator("#reply-form");
      await f.waitFor();
      const out = {
        heading: (await f.locator("h3").textContent()).trim(),
        button: (await f.locator("button[type=submit]").textContent()).trim(),
        cancel: (await f.locator("a.cancel").count()) === 1 ?
          (await f.locator("a.cancel").textContent()).trim() : null,
      };
      return { ctx, page, out };
    };
    const plain = await form(false);
    await plain.ctx.close();
    const js = await form(true);
    check(plain.out.heading === "Responder a #1.2", "no-JS heading: " + plain.out.heading);
    for (const k of ["heading", "button", "cancel"])
      check(js.out[k] === plain.out[k], `${k}: "${js.out[k]}" with JS, "${plain.out[k]}" without`);
    check(js.page.url().indexOf("reply=") < 0, "opened in place");
    await js.page.locator("#reply-form a.cancel").click();
    check((await js.page.locator("#reply-form").count()) === 0, "Cancel closes it");
    check(await js.page.evaluate(() => document.activeElement.matches('[id="c1.2"] a.reply')),
          "the focus goes back to the Reply link");
    await js.ctx.close();
  },

  async "a reader erases their comments from /me"(browser, srv) {
    for (const [locale, word] of [["en-US", "erase"], ["es-MX", "borrar"]]) {
      const ctx = await browser.newContext({ locale });
      const page = await ctx.newPage();
      await page.goto(srv.base + ARTICLE);
      const text = `Mine to erase, in ${locale}`;
      await page.locator("form.comment-form:not(#reply-form) textarea").fill(text);
      await Promise.all([page.waitForURL(/posted=\d+/),
                         page.locator("form.comment-form:not(#reply-form) button").click()]);
      await Promise.all([page.waitForURL(/\/me$/), page.locator("p.notice a[href='/me']").click()]);
      check((await page.locator("kbd").textContent()) === word, "the word to type, " + locale);
      await page.locator("input[name=confirm]").fill(word);
      await Promise.all([page.waitForURL(/\/me\/erase$/),
                         page.locator("form[action='/me/erase'] button").click()]);
      const notice = await page.locator("p.notice").textContent();
      check(/\b1\b/.test(notice), "erased, " + locale + ": " + (await page.innerText("main")));
      await page.goto(srv.base + ARTICLE);
      check((await page.content()).indexOf(text) < 0, "the text is gone, " + locale);
      await ctx.close();
    }
  },

  async "the report, delete and /me pages look like the comment form"(browser, srv) {
    // the discussion's font (not the article's serif) and the comment
    // form's fields and buttons, on every page a reader reaches from it
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const form = page.locator("form.comment-form:not(#reply-form)");
    await form.locator("textarea").fill("A comment to look at its pages");
    await Promise.all([page.waitForURL(/posted=\d+/), form.locator("button").click()]);
    const id = page.url().match(/posted=(\d+)/)[1];
    const look = (loc) => loc.evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.padding,
              s.borderRadius].join(" | ");
    });
    const font = (sel) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).fontFamily);
    const button = await look(form.locator("button"));
    const text = await font("form.comment-form:not(#reply-form) p.privacy");
    check(!/serif/.test(text.replace(/sans-serif/g, "")), "the form is not serif: " + text);
    for (const path of [`/comments/${id}/report`, `/comments/${id}/delete`, "/me"]) {
      await page.goto(srv.base + path);
      for (const sel of ["main h1", "main p"])
        check(await font(sel) === text, `${path}: ${sel} in the discussion's font: ${await font(sel)}`);
      // "Erase all my comments" is outlined apart on purpose (a11y.mjs)
      const b = page.locator("main button:not(.destructive)");
      check(await b.count() >= 1, path + ": a button");
      for (let i = 0; i < await b.count(); i++) {
        const got = await look(b.nth(i));
        check(got === button, `${path}: button ${i} as the comment form's: ${got} / ${button}`);
      }
    }
    await ctx.close();
  },

  async "follows a link to a comment on another page"(browser) {
    // a discussion of two pages: 13 demo comments and 37 more fill page 1
    const srv = await startCharla("browser-pages", (db) => {
      for (const k of ["raid_comments_per_min", "raid_readers_per_min"])
        run(charla, ["setting", "set", k, "0", "--db", db]);
    });
    try {
      const id = await articleId(srv);
      const post = async (body) => {
        const r = await fetch(`${srv.base}/api/v1/articles/${id}/comments`, {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ body }),
        });
        check(r.status === 201, "posted: " + r.status);
      };
      for (let i = 0; i < 37; i++) await post(`Filler comment ${i}.`);
      await post("As #3 said, the money talks.");
      const page = await browser.newPage();
      // a link to #51 (a feed's, say) opened on page 1 lands on page 2
      await page.goto(srv.base + ARTICLE + "#c51");
      await page.waitForURL(/\?page=2#c51$/);
      check(await page.locator('[id="c51"]').isVisible(), "#51 shown");
      // its reference to #3 leads back to page 1, where #3 is
      await Promise.all([page.waitForURL(/\.html#c3$/),
                         page.locator('[id="c51"] a.ref').click()]);
      await page.waitForSelector('[id="c3"]');
      check(await page.locator('[id="c3"]').isVisible(), "#3 shown");
      // and again, after coming back to page 2
      await page.goBack();
      await page.waitForURL(/\?page=2/);
      await Promise.all([page.waitForURL(/\.html#c3$/),
                         page.locator('[id="c51"] a.ref').click()]);
      // a comment that is nowhere: the discussion, and no loop
      await page.goto(srv.base + ARTICLE + "?page=2#c999");
      await page.waitForURL(/#comments$/);
      await page.waitForTimeout(300);
      check(/#comments$/.test(page.url()), "stays: " + page.url());
      await page.close();
    } finally {
      srv.stop();
    }
  },

  async "a refused post says why right above its button, and says it aloud"(browser, srv) {
    // on a phone the form's heading is off the screen by the time its
    // button is pressed: the refusal must be where the reader looks
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    for (const which of ["main", "reply"]) {
      if (which === "reply") await page.locator('[id="c1.2"] a.reply').click();
      const sel = which === "main" ? "form.comment-form:not(#reply-form)" : "#reply-form";
      const form = page.locator(sel);
      await form.locator("textarea").fill("A fine comment");
      await form.locator("input[name=name]").fill("\u200b"); // shows nothing: 422
      for (const time of [1, 2]) {
        const answer = page.waitForResponse((r) => r.request().method() === "POST");
        await form.locator("button[type=submit]").click();
        check((await answer).status() === 422, `${which}: refused`);
        await page.waitForFunction((s) => {
          const b = document.querySelector(s + " button[type=submit]");
          return document.querySelector(s + " .form-error") && !b.disabled;
        }, sel);
        check(await form.locator(".form-error").count() === 1, `${which}: one refusal, try ${time}`);
        const where = await page.evaluate((s) => {
          const f = document.querySelector(s);
          const err = f.querySelector(".form-error");
          const h = f.querySelector("h3");
          const button = f.querySelector("button[type=submit]");
          const r = err.getBoundingClientRect();
          return {
            role: err.getAttribute("role"),
            afterHeading: !!(h.compareDocumentPosition(err) & Node.DOCUMENT_POSITION_FOLLOWING),
            beforeButton: err.nextElementSibling === button.parentNode &&
              button.parentNode.classList.contains("actions"),
            inView: r.top >= 0 && r.bottom <= window.innerHeight,
            text: err.textContent,
          };
        }, sel);
        check(where.role === "alert", `${which}: announced (role ${where.role})`);
        check(where.afterHeading, `${which}: not above the form's heading`);
        check(where.beforeButton, `${which}: right above the button's row`);
        check(where.inView, `${which}: in view on a phone, try ${time}`);
        check(where.text.includes("shows nothing"), `${which}: says why: ${where.text}`);
      }
    }
    await ctx.close();
  },

  async "reads well at 360 px"(browser, srv) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, "no horizontal scroll at 360 px (got " + width + ")");
    await ctx.close();
  },

  async "a reader finds their comments on /me, on a phone, by keyboard"(browser, srv) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const form = page.locator("form.comment-form:not(#reply-form)");
    const text = "Mine, with a long word " + "x".repeat(120);
    await form.locator("textarea").fill(text);
    await Promise.all([page.waitForURL(/posted=\d+/), form.locator("button").click()]);
    const id = page.url().match(/posted=(\d+)/)[1];
    await page.goto(srv.base + "/me");
    const item = page.locator("li.my-comment");
    check(await item.count() === 1, "one comment listed");
    check((await item.locator(".my-state").textContent()) === "Published", "its state");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, "no horizontal scroll at 360 px (got " + width + ")");
    // the keyboard reaches the comment's link, then its delete link
    const focused = () => page.evaluate(() => document.activeElement.getAttribute("href"));
    let seen = [];
    for (let i = 0; i < 30 && !seen.includes(`/comments/${id}/delete`); i++) {
      await page.keyboard.press("Tab");
      seen.push(await focused());
    }
    check(seen.some((h) => h && h.includes("#c")), "the comment's link by Tab: " + seen);
    check(seen.includes(`/comments/${id}/delete`), "the delete link by Tab: " + seen);
    const box = await page.locator(`a[href="/comments/${id}/delete"]`).boundingBox();
    check(box.height >= 24, "a thumb-sized delete link: " + box.height);
    await Promise.all([page.waitForURL(/\/delete$/), page.keyboard.press("Enter")]);
    await page.locator("form.comment-form button").focus();
    await page.keyboard.press("Enter");
    await page.locator("p.notice").waitFor();
    await page.goto(srv.base + "/me");
    check((await item.locator(".my-state").textContent()) === "Deleted by you", "deleted");
    check((await page.content()).indexOf("x".repeat(120)) < 0, "its text is gone");
    await ctx.close();
  },
};

// --- staff pages (admin) -------------------------------------------------

// queueFive makes the demo article pre-moderated through the editor form
// and posts five comments as five readers; returns the article id.
async function queueFive(browser, srv, javaScriptEnabled) {
  addUser(srv.db, "Ed", "editor");
  addUser(srv.db, "Kathi", "moderator");
  await premoderate(browser, srv, { javaScriptEnabled });
  const id = await articleId(srv);
  for (let i = 1; i <= 5; i++) {
    const r = await fetch(`${srv.base}/api/v1/articles/${id}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: `Queued comment ${i} about 11:15` }),
    });
    check(r.status === 202 || r.status === 201, "comment " + i + " posted: " + r.status);
  }
  return id;
}

async function queueCount(page) {
  return page.locator(".queue-item").count();
}

async function tombstoneShown(browser, srv, number, reason) {
  const page = await browser.newPage();
  await page.goto(srv.base + ARTICLE);
  const t = await page.locator(`[id="c${number}"] .tombstone`).textContent();
  check(t.includes("Removed by a moderator") && t.includes(reason),
    "tombstone with its reason: " + t);
  await page.close();
}

// A comment removed from the queue before any reader saw it (held or
// pending since it was posted) leaves no trace in the thread.
async function leftNoTrace(browser, srv, number) {
  const page = await browser.newPage();
  await page.goto(srv.base + ARTICLE);
  check(await page.locator('[id="c1"]').count() === 1, "the thread is there");
  check(await page.locator(`[id="c${number}"]`).count() === 0,
    "removed before any reader saw it: no trace of #" + number);
  await page.close();
}

const adminTests = {
  async "clears the queue with the keyboard only"(browser, srv) {
    await queueFive(browser, srv, true);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.accept(); });
    check(await queueCount(page) === 5, "five items in the queue");
    check(await page.locator(".queue-item").first().evaluate((el) =>
      el.classList.contains("selected") && document.activeElement === el), "first item selected");
    await page.keyboard.press("j");
    check(await page.locator(".queue-item").nth(1).evaluate((el) =>
      el.classList.contains("selected") && document.activeElement === el), "j selects the next");
    await page.keyboard.press("k");
    check(await page.locator(".queue-item").first().evaluate((el) =>
      el.classList.contains("selected")), "k selects the previous");
    await page.keyboard.press("?");
    check(await page.locator("#keys").evaluate((el) => el.open), "? opens the cheat-sheet");
    await page.keyboard.press("?");
    check(!(await page.locator("#keys").evaluate((el) => el.open)), "? closes it");

    await Promise.all([page.waitForURL(/done=approved/), page.keyboard.press("a")]);
    check(await queueCount(page) === 4, "approved: four left");

    const removed = (await page.locator(".queue-item .num").first().textContent()).slice(1);
    await page.keyboard.press("r");
    check(await page.evaluate(() => document.activeElement.name === "reason"), "r focuses the reasons");
    await Promise.all([page.waitForURL(/done=removed/), page.keyboard.press("3")]);
    check(await queueCount(page) === 3, "removed: three left");

    await Promise.all([page.waitForURL(/done=purged/), page.keyboard.press("p")]);
    check(dialogs.length === 1, "purge asked first");
    check(await queueCount(page) === 2, "purged: two left");

    await Promise.all([page.waitForURL(/done=banned/), page.keyboard.press("b")]);
    check(dialogs.length === 2, "ban asked first");
    await Promise.all([page.waitForURL(/done=approved/), page.keyboard.press("a")]);
    check(await queueCount(page) === 1, "one left");

    await page.keyboard.press("r");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/done=removed/), page.keyboard.press("Enter")]);
    check(await queueCount(page) === 0, "queue cleared");
    check((await page.locator(".queue-count").textContent()).includes("Nothing"), "empty message");
    await ctx.close();
    await leftNoTrace(browser, srv, removed);
  },

  async "after a decision the next item is selected, not the first"(browser, srv) {
    await queueFive(browser, srv, true);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    const nums = await page.locator(".queue-item .num").allTextContents();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await Promise.all([page.waitForURL(/done=approved/), page.keyboard.press("a")]);
    const selected = await page.locator(".queue-item.selected .num").textContent();
    check(selected === nums[3], "the one after the approved: " + selected + " of " + nums.join(" "));
    check(await page.locator(".queue-item.selected").evaluate((el) => document.activeElement === el),
      "and it has the focus");
    // an item that cannot be banned (as an imported comment) says so on b
    check(await page.locator("#keys-no-ban").isHidden(), "no note before");
    await page.locator(".queue-item.selected form.act-ban").evaluate((f) => f.remove());
    await page.keyboard.press("b");
    check(await page.locator("#keys-no-ban").isVisible(), "b says the author cannot be banned");
    check(page.url().includes("done=approved"), "and sends nothing");
    await page.keyboard.press("j");
    check(await page.locator("#keys-no-ban").isHidden(), "the note goes with the selection");
    await ctx.close();
  },

  async "sends one decision for a key pressed twice"(browser, srv) {
    await queueFive(browser, srv, true);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    // the answer comes late, as on a slow line: the second press lands
    // while the first decision is on its way
    const posts = [];
    await page.route("**/admin/queue/*/*", async (route) => {
      if (route.request().method() === "POST") {
        posts.push(route.request().url());
        await new Promise((r) => setTimeout(r, 400));
      }
      await route.continue();
    });
    await Promise.all([page.waitForURL(/done=approved/), (async () => {
      await page.keyboard.press("a");
      await page.keyboard.press("a");
      await page.keyboard.press("r");
      await page.keyboard.press("1");
    })()]);
    check(posts.length === 1, "one POST: " + posts.join(" "));
    check(/\/admin\/queue\?/.test(page.url()), "back on the queue: " + page.url());
    check(await queueCount(page) === 4, "four left");
    // the script works again on the new page
    await page.keyboard.press("a");
    await page.waitForFunction(() => document.querySelectorAll(".queue-item").length === 3);
    check(posts.length === 2, "a second decision: " + posts.length);
    await ctx.close();
  },

  async "clears the queue without JavaScript"(browser, srv) {
    await queueFive(browser, srv, false);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await staffLogin(ctx, srv, "Kathi");
    check(await queueCount(page) === 5, "five items in the queue");
    const item = () => page.locator(".queue-item").first();
    await Promise.all([page.waitForURL(/done=approved/), item().locator("form.act-approve button").click()]);
    const removed = (await item().locator(".num").textContent()).slice(1);
    await item().locator("form.act-remove select").selectOption("spam");
    await Promise.all([page.waitForURL(/done=removed/), item().locator("form.act-remove button").click()]);
    await item().locator("form.act-purge input[name=confirm]").check();
    await Promise.all([page.waitForURL(/done=purged/), item().locator("form.act-purge button").click()]);
    await item().locator("form.act-ban select").selectOption("1d");
    await Promise.all([page.waitForURL(/done=banned/), item().locator("form.act-ban button").click()]);
    check(await queueCount(page) === 2, "a ban keeps the comment in the queue");
    for (let i = 0; i < 2; i++)
      await Promise.all([page.waitForURL(/done=approved/), item().locator("form.act-approve button").click()]);
    check(await queueCount(page) === 0, "queue cleared");
    await page.goto(srv.base + "/admin/log");
    check(await page.locator("table.log tbody tr").count() >= 6, "the log has every action");
    await ctx.close();
    await leftNoTrace(browser, srv, removed);
  },

  async "approves two ticked comments at once, and removes the rest"(browser, srv) {
    await queueFive(browser, srv, true);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    const nums = await page.locator(".queue-item .num").allTextContents();
    const picked = () => page.locator(".queue-item input.bulk-pick").evaluateAll(
      (els) => els.map((e) => e.checked));
    // x ticks the selected item's box, j moves on, x again untick
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await page.keyboard.press("x");
    check(JSON.stringify(await picked()) === "[true,false,false,false,false]",
      "x ticks and unticks: " + JSON.stringify(await picked()));
    // a click ticks the second; select-all is half-ticked meanwhile
    await page.locator(".queue-item").nth(1).locator("input.bulk-pick").check();
    check(await page.locator("#bulk-all").evaluate((el) => el.indeterminate && !el.checked),
      "select all shows some are ticked");
    await Promise.all([page.waitForURL(/done=bulk-approved/),
      page.locator("form.bulk button[value=approve]").click()]);
    check(/done=bulk-approved&n=2&skipped=0&failed=0$/.test(page.url()), "counts: " + page.url());
    check((await page.locator(".flash").textContent()) === "2 approved.", "the notice");
    check(await queueCount(page) === 3, "three left");
    const left = await page.locator(".queue-item .num").allTextContents();
    check(JSON.stringify(left) === JSON.stringify(nums.slice(2)), "the first two went: " + left.join(" "));
    // select all on this page ticks every box; remove them with a reason
    await page.locator("#bulk-all").check();
    check(JSON.stringify(await picked()) === "[true,true,true]", "all ticked");
    await page.locator("#bulk-reason").selectOption("spam");
    await Promise.all([page.waitForURL(/done=bulk-removed/),
      page.locator("form.bulk button[value=remove]").click()]);
    check((await page.locator(".flash").textContent()) === "3 removed.", "removed");
    check(await queueCount(page) === 0, "queue cleared");
    await page.goto(srv.base + "/admin/log");
    check(await page.locator("table.log tbody tr.log-approve").count() === 2, "two approvals logged");
    check(await page.locator("table.log tbody tr.log-remove").count() === 3, "three removals logged");
    await ctx.close();
    await leftNoTrace(browser, srv, left[0].slice(1));
  },

  async "selects all on a page without JavaScript"(browser, srv) {
    await queueFive(browser, srv, false);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await staffLogin(ctx, srv, "Kathi");
    check(await queueCount(page) === 5, "five items in the queue");
    await page.locator("#bulk-all").check();
    await Promise.all([page.waitForURL(/done=bulk-approved/),
      page.locator("form.bulk button[value=approve]").click()]);
    check((await page.locator(".flash").textContent()) === "5 approved.", "the notice");
    check(await queueCount(page) === 0, "queue cleared");
    await ctx.close();
  },

  async "removes a comment and approves a held one from the thread"(browser, srv) {
    addUser(srv.db, "Kathi", "moderator");
    const id = await articleId(srv);
    const threat = "I will find you and cut your head off, you rat";
    const r = await fetch(`${srv.base}/api/v1/articles/${id}/comments`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: threat }),
    });
    check(r.status === 202, "the threat is held: " + r.status);
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");

    // the queue's link lands on the held comment, in its place
    const num = (await page.locator(".queue-item .num").first().textContent()).slice(1);
    await Promise.all([page.waitForURL(new RegExp(`#c${num}$`)),
      page.locator(".queue-item .num").first().click()]);
    const held = page.locator(`[id="c${num}"]`);
    check(await held.isVisible(), "the held comment is on the page");
    check((await held.locator(".held-mark").textContent()).includes("Held for review"), "marked");
    check((await held.textContent()).includes(threat), "with its text");
    check(await held.locator(".screen-text").count() === 0 &&
      (await held.textContent()).split("you rat").length === 2,
      "its text once, not again beside the marks");
    check(await held.locator(".screen-words mark").count() >= 1, "its marked words");

    // remove #10 from the thread: back on it, with the notice
    const ten = page.locator('[id="c10"]');
    await ten.locator("details.mod-tools summary").click();
    await ten.locator("form.mod-remove select").selectOption("threat");
    await Promise.all([page.waitForURL(/done=removed#c10$/),
      ten.locator("form.mod-remove button").click()]);
    check((await page.locator(".thread > .notice[role=status]").textContent()).includes("Removed."),
      "the notice");
    check((await page.locator('[id="c10"] .tombstone').textContent()).includes("threat"),
      "the tombstone");

    // approve the held one from the thread
    await Promise.all([page.waitForURL(new RegExp(`done=approved#c${num}$`)),
      page.locator(`[id="c${num}"] form.mod-approve button`).click()]);
    check(await page.locator(`[id="c${num}"] .held-mark`).count() === 0, "no longer held");
    await ctx.close();

    // a reader sees the outcome and none of the controls
    const reader = await browser.newPage();
    await reader.goto(srv.base + ARTICLE);
    check(await reader.locator(".mod-tools, .held-mark").count() === 0, "no controls for readers");
    check((await reader.locator(`[id="c${num}"]`).textContent()).includes(threat), "approved");
    await reader.close();
    await tombstoneShown(browser, srv, "10", "threat");
  },
};
Object.assign(tests, adminTests);
Object.assign(tests, textTests);
Object.assign(tests, previewTests);
Object.assign(tests, pathHintTests);

await runSuite("browser", tests, () => startCharla("browser"));
