// harness.mjs - what the browser suites (run.mjs, embed.mjs, hostile.mjs,
// a11y.mjs, drafts.mjs) share, so that each suite file holds only its own
// checks: the charla binary named by --charla, a fresh charla with the demo
// imported on a free loopback port, staff accounts and their login, Debian's
// Chromium, and the loop that runs a suite's tests and ends with the line
// "<suite>: N passed, M failed" that scripts/test.sh reads.
import { chromium } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const args = process.argv.slice(2);
const charlaAt = args.indexOf("--charla");
export const charla = resolve(repo, charlaAt >= 0 ? args[charlaAt + 1] : "build/charla");

// The demo's article with the 33-comment thread.
export const ARTICLE = "/2021/07/israel-refuses-to-extradite-tomas-zeron.html";
export const STAFF_PASSWORD = "pw-long-enough";

export function check(cond, msg) { if (!cond) throw new Error(msg); }

export function freePort() {
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

// run runs a command to its end (input, if given, on its stdin) and throws
// with its stderr if it fails.
export function run(cmd, argv, input) {
  const r = spawnSync(cmd, argv, { input, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv[0]} failed: ${r.stderr}`);
}

// addUser adds a staff account with STAFF_PASSWORD to the database db.
export function addUser(db, name, role) {
  run(charla, ["user", "add", name, "--role", role, "--db", db], STAFF_PASSWORD + "\n");
}

// startCharla imports the demo into a new database in a temporary folder
// named after the suite, lets prepare(db) change it (settings, users)
// before the server starts, and serves it on a free loopback port.
// Returns { base, db, stop }; stop() ends the server and removes the folder.
export async function startCharla(suite, prepare = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), `charla-${suite}-`));
  const db = join(dir, "t.db");
  run(charla, ["import", "blogger", join(repo, "demo/blogger-export.xml"), "--db", db]);
  prepare(db);
  const port = await freePort();
  const proc = spawn(charla, ["serve", "--db", db, "--listen", `127.0.0.1:${port}`,
    "--web", join(repo, "web"), "--quiet"], { stdio: "ignore", cwd: repo });
  await waitPort(port, 30000); // returns as soon as charla listens
  return {
    base: `http://127.0.0.1:${port}`,
    db,
    stop() { proc.kill(); rmSync(dir, { recursive: true, force: true }); },
  };
}

// launchChromium starts Debian's Chromium ($CHROMIUM if set), headless.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// staffLogin logs the account name in through the login form in a new page
// of ctx and returns that page, on the moderation queue.
export async function staffLogin(ctx, srv, name) {
  const page = await ctx.newPage();
  await page.goto(srv.base + "/admin/login");
  await page.fill("#login-name", name);
  await page.fill("#login-password", STAFF_PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/queue$/), page.click("form.login button")]);
  return page;
}

// endSession ends ctx's staff session as its expiry would: the session is
// deleted in the store (a logout sent from outside the browser with the
// session's cookie and the CSRF token in page), and page does not know.
export async function endSession(ctx, page, srv) {
  const cookie = (await ctx.cookies()).find((c) => c.name === "charla_session");
  const csrf = await page.locator("input[name=csrf]").first().inputValue();
  const r = await fetch(srv.base + "/admin/logout", {
    method: "POST", redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded",
      Cookie: `charla_session=${cookie.value}` },
    body: `csrf=${csrf}`,
  });
  check(r.status === 303, "session ended: " + r.status);
}

// articleId is the id of the first article the API lists (the demo has one).
export async function articleId(srv) {
  const arts = await (await fetch(srv.base + "/api/v1/articles")).json();
  return arts.articles[0].id;
}

// premoderate makes the demo article pre-moderated through the editor's
// form, as the editor "Ed" (who must exist), in a context made with
// contextOptions.
export async function premoderate(browser, srv, contextOptions = {}) {
  const ctx = await browser.newContext(contextOptions);
  const page = await staffLogin(ctx, srv, "Ed");
  await page.goto(srv.base + "/admin/articles");
  await Promise.all([page.waitForURL(/\/admin\/articles\/\d+$/), page.click("table.articles a")]);
  await page.check('input[name=discussion][value="1"]');
  await Promise.all([page.waitForURL(/done=saved/), page.click("button[value=save]")]);
  await ctx.close();
}

// finish prints the summary line scripts/test.sh reads and exits, with 1
// if anything failed.
export function finish(suite, passed, failed) {
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// runSuite runs each of tests (name -> async fn(browser, env)) in one
// Chromium, each with a fresh env from await setup(name) that is stopped
// afterwards; prints "ok" or "FAIL" a test, then finishes.
export async function runSuite(suite, tests, setup) {
  const browser = await launchChromium();
  let passed = 0, failed = 0;
  for (const [name, fn] of Object.entries(tests)) {
    let env = null;
    try {
      env = await setup(name);
      await fn(browser, env);
      passed++;
      console.log("ok   " + name);
    } catch (e) {
      failed++;
      const reason = String(e && e.message || e).split("\n")[0].slice(0, 300);
      console.log("FAIL " + name + ": " + reason + "\n     " + (e && e.stack || e));
    } finally {
      if (env) env.stop();
    }
  }
  await browser.close();
  finish(suite, passed, failed);
}
