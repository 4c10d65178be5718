// path-hint.mjs - run.mjs's test of the editor's path hint: as a title is
// typed, the hint under the path field shows the path the article gets when
// it is saved with the field empty (web/path-hint.js). Each title is typed,
// the hint read, the article saved, and the path the server stored must be
// the hint: the script's slug and the server's (make_path) cannot drift.
// After a preview the field is still empty, and the hint still the path.
// A title whose path another article has: the hint gets the "-2" the
// save adds, from the server, as the title is typed.
import { addUser, check, staffLogin } from "./harness.mjs";

const TITLES = [
  "Capturan a El Chapo en Sinaloa",
  "¿Quién mató a la periodista? Año de impunidad en Guerrero",
  "Mexico's cartels: the state's O’Brien speaks — again!!",
  "ÁÉÍÑÓÚÜ ç Ç àèìòù 2026",
  "💀 Balacera en Culiacán 💀",
  "   ---   ",
  "Una crónica larguísima de los años de la guerra contra el narco " +
    "en Tamaulipas, Nuevo León y Coahuila, contada por sus víctimas",
  "x".repeat(79) + " y",
];

export const pathHintTests = {
  async "the path hint follows the title and is the path a save gives"(browser, srv) {
    addUser(srv.db, "Ed", "editor");
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    const hint = page.locator("#path-hint-path");
    await page.goto(srv.base + "/admin/articles/new");
    const written = await hint.textContent();
    const prefix = await hint.getAttribute("data-prefix");
    check(/^\/\d{4}\/\d{2}\/$/.test(prefix), "the date part from the server: " + prefix);
    check(written.startsWith(prefix) && written.length > prefix.length,
      "the server's hint for the example title: " + written);
    await page.fill("#f-title", "Algo");
    check(await hint.textContent() === prefix + "algo", "follows as typed");
    await page.fill("#f-title", "");
    check(await hint.textContent() === written, "an empty title: the server's example again");

    const seen = new Set();
    for (const title of TITLES) {
      await page.goto(srv.base + "/admin/articles/new");
      await page.locator("#f-title").pressSequentially(title.slice(0, 3));
      await page.fill("#f-title", title);
      await page.fill("#f-body", "Texto.");
      const shown = await hint.textContent();
      check(!seen.has(shown), "each title its own path: " + shown);
      seen.add(shown);
      await Promise.all([page.waitForURL(/\/admin\/articles\/\d+(\?|$)/),
        page.click("button[value=save]")]);
      const saved = await page.inputValue("#f-path");
      check(saved === shown, `saved at the hinted path: "${title}" shown ${shown}, saved ${saved}`);
    }

    // a preview keeps the path field empty, so a title corrected after it
    // still gives the path (the field used to hold the first title's path)
    await page.goto(srv.base + "/admin/articles/new");
    await page.fill("#f-title", "Capturan a El Chapoo");
    await page.fill("#f-body", "Texto.");
    await page.click("button[value=preview]");
    await page.waitForSelector("#preview-h");
    check(await page.inputValue("#f-path") === "", "the preview keeps the path field empty");
    await page.fill("#f-title", "Capturan a El Chapo de nuevo");
    const hinted = await hint.textContent();
    check(hinted === prefix + "capturan-a-el-chapo-de-nuevo", "the hint follows: " + hinted);
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+(\?|$)/),
      page.click("button[value=save]")]);
    const stored = await page.inputValue("#f-path");
    check(stored === hinted, `saved after a preview at the hinted path: shown ${hinted}, saved ${stored}`);

    // the same title again: its path is taken, and the hint shows the
    // suffix the save adds, once the server answers; the article that
    // has the path sees it without one
    await page.goto(srv.base + "/admin/articles/new");
    await page.fill("#f-title", "Capturan a El Chapo de nuevo");
    await page.fill("#f-body", "Texto.");
    const taken = prefix + "capturan-a-el-chapo-de-nuevo-2";
    await page.waitForFunction((want) =>
      document.getElementById("path-hint-path").textContent === want, taken);
    await page.fill("#f-title", "Capturan a El Chapo de nuevo hoy");
    await page.waitForFunction((want) =>
      document.getElementById("path-hint-path").textContent === want,
      prefix + "capturan-a-el-chapo-de-nuevo-hoy");
    await page.fill("#f-title", "Capturan a El Chapo de nuevo");
    await page.waitForFunction((want) =>
      document.getElementById("path-hint-path").textContent === want, taken);
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+(\?|$)/),
      page.click("button[value=save]")]);
    check(await page.inputValue("#f-path") === taken, "saved where the hint said: " + taken);
    await page.fill("#f-path", "");
    await page.fill("#f-title", "Capturan a El Chapo de nuevo.");
    await page.waitForTimeout(600);
    check(await hint.textContent() === taken, "its own path is free to it: " +
      await hint.textContent());
    await ctx.close();
  },
};
