// run.mjs - browser tests in real Chromium (Debian's package) driven by
// playwright-core. Each test gets a fresh charla with the demo imported,
// on a free loopback port. Ends with "browser: N passed, M failed".
import { chromium } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const args = process.argv.slice(2);
const charla = resolve(repo, args[args.indexOf("--charla") + 1] || "build/charla");
const ARTICLE = "/2021/07/israel-refuses-to-extradite-tomas-zeron.html";

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
  });
}

function waitPort(port, ms) {
  const end = Date.now() + ms;
  return new Promise((ok, fail) => {
    const attempt = () => {
      const c = connect(port, "127.0.0.1", () => { c.end(); ok(); });
      c.on("error", () => (Date.now() > end ? fail(new Error("no server")) : setTimeout(attempt, 50)));
    };
    attempt();
  });
}

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "charla-browser-"));
  const db = join(dir, "t.db");
  const imp = spawnSync(charla, ["import", "blogger", join(repo, "demo/blogger-export.xml"), "--db", db]);
  if (imp.status !== 0) throw new Error("import failed: " + imp.stderr);
  const port = await freePort();
  const proc = spawn(charla, ["serve", "--db", db, "--listen", `127.0.0.1:${port}`,
    "--web", join(repo, "web"), "--quiet"], { stdio: "ignore" });
  await waitPort(port, 10000);
  return { base: `http://127.0.0.1:${port}`, stop() { proc.kill(); rmSync(dir, { recursive: true, force: true }); } };
}

function check(cond, msg) { if (!cond) throw new Error(msg); }

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

  async "reads well at 360 px"(browser, srv) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(srv.base + ARTICLE);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, "no horizontal scroll at 360 px (got " + width + ")");
    await ctx.close();
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let passed = 0, failed = 0;
for (const [name, fn] of Object.entries(tests)) {
  let srv = null;
  try {
    srv = await startServer();
    await fn(browser, srv);
    passed++;
    console.log("ok   " + name);
  } catch (e) {
    failed++;
    console.log("FAIL " + name + "\n     " + (e && e.stack || e));
  } finally {
    if (srv) srv.stop();
  }
}
await browser.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
