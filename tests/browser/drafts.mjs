// drafts.mjs - an editor's text survives the end of the staff session, in
// real Chromium: web/draft.js keeps the article editor's fields (and the
// screening settings') in localStorage while they are typed, the refused save answers the login
// form saying so, and after the login the editor holds the text again; a
// save drops the draft, as does a logout. A draft left behind is offered
// back (or discarded) when the editor opens again; what is typed while it
// is on offer is kept too, and offered first the next time.
//
//   node tests/browser/drafts.mjs [--charla build/charla]
//
// Ends with "drafts: N passed, M failed".
import { addUser, check, endSession, runSuite, staffLogin, startCharla } from "./harness.mjs";

const TITLE = "Los desaparecidos de Tierra Blanca";
// a long body, with accents, quotes and markup that must stay text
const BODY = Array.from({ length: 400 }, (_, i) =>
  `Párrafo ${i}: la fiscalía "no sabe" <b>nada</b> & nadie responde.`).join("\n\n");

// drafts lists what the page's origin keeps in localStorage for drafts.
async function drafts(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("charla-draft:")));
}

// typeArticle fills the editor and waits until the draft is kept.
async function typeArticle(page, title, body) {
  await page.fill("#f-title", title);
  await page.fill("#f-body", body);
  await page.locator("#f-body").press("End");
  await page.keyboard.type(" Fin.");
  await page.waitForFunction((t) => Object.keys(localStorage).some((k) =>
    k.startsWith("charla-draft:") && localStorage.getItem(k).includes(t)), " Fin.");
}

async function logIn(page, name = "Ed") {
  await page.fill("#login-name", name);
  await page.fill("#login-password", "pw-long-enough");
  await Promise.all([page.waitForNavigation(), page.click("form.login button")]);
}

const tests = {
  async "a long article written as the session ends comes back after the login"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles/new");
    check(await page.locator("#draft-offer").isHidden(), "no offer on a fresh form");
    await typeArticle(page, TITLE, BODY);
    await endSession(ctx, page, srv);

    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.click("button[value=save]");
    check((await answer).status() === 401, "the save is refused");
    await page.waitForSelector("form.login");
    const alert = await page.locator(".form-error").first().innerText();
    check(alert.includes("session ended") && alert.includes("kept in this browser"),
      "says the text is kept: " + alert);
    check(await page.locator(".draft-lost").isHidden(), "and it was");
    check((await page.content()).indexOf("Párrafo 399") < 0, "the page holds none of it");

    await logIn(page);
    check(page.url() === srv.base + "/admin/articles/new", "back in the editor: " + page.url());
    check(await page.inputValue("#f-title") === TITLE, "the title is back");
    check((await page.locator("#path-hint-path").textContent())
      .endsWith("/los-desaparecidos-de-tierra-blanca"), "the path hint follows it");
    check(await page.inputValue("#f-body") === BODY + " Fin.", "the whole body is back");
    check(await page.locator(".draft-restored-text").isVisible(), "and it says so");

    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+\?done=saved$/),
      page.click("button[value=save]")]);
    check((await drafts(page)).length === 0, "saved: the draft is dropped");
    const saved = await page.inputValue("#f-body");
    check(saved === BODY + " Fin.", "the stored text: " + saved.length + " " + saved.slice(-80));
    check(await page.locator("#draft-offer").isHidden(), "nothing offered");
    await page.reload();
    check(await page.locator("#draft-offer").isHidden(), "nor after a reload");
    await ctx.close();
  },

  async "a draft left behind is offered back, or discarded"(browser, srv) {
    const ctx = await browser.newContext({ locale: "es-MX" });
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles");
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+$/), page.click("table.articles a")]);
    const editor = page.url();
    const stored = await page.inputValue("#f-body");
    await typeArticle(page, "Un título nuevo", stored + "\n\nUna adición.");
    await page.goto(srv.base + "/admin/queue");
    await page.goto(editor);
    check(await page.locator("#draft-offer").isVisible(), "offered");
    check((await page.locator(".draft-offer-text").innerText()).includes("Este navegador conserva"),
      "in Spanish");
    check(await page.inputValue("#f-body") === stored, "the stored text until asked");
    await page.click(".draft-discard");
    check(await page.locator("#draft-offer").isHidden(), "discarded");
    check((await drafts(page)).length === 0, "the draft is gone");
    await page.reload();
    check(await page.locator("#draft-offer").isHidden(), "not offered again");

    await typeArticle(page, "Otro título", stored + "\n\nOtra adición.");
    // meanwhile another editor saves the article
    const other = await browser.newContext();
    const p2 = await staffLogin(other, srv, "Ed");
    await p2.goto(editor);
    await p2.fill("#f-title", "Cambiado por otra persona");
    await Promise.all([p2.waitForURL(/done=saved/), p2.click("button[value=save]")]);
    await other.close();
    await page.goto(editor);
    check(await page.locator(".draft-stale-text").isVisible(), "says the article changed since");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-title") === "Otro título", "restored on request");
    check((await page.locator("#path-hint-path").textContent()).endsWith("/otro-titulo"),
      "the path hint follows the restored title");
    check((await page.inputValue("#f-body")).endsWith("Otra adición. Fin."), "the body too");
    check(await page.locator(".draft-restored-text").isVisible(), "says it is back");

    // a logout leaves no unpublished text in the browser
    check((await drafts(page)).length === 1, "still kept before the logout");
    // typed just before: the logout wins over the write on its way
    await page.locator("#f-body").press("End");
    await page.keyboard.type(" Y");
    await Promise.all([page.waitForURL(/\/admin\/login$/), page.click("form.logout button")]);
    check((await drafts(page)).length === 0, "a logout drops every draft");
    await ctx.close();
  },

  async "what is typed while a draft is on offer is kept, and the draft on offer too"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles");
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+$/), page.click("table.articles a")]);
    const editor = page.url();
    const storedTitle = await page.inputValue("#f-title");
    const keptHas = (t) => page.waitForFunction((t) => Object.keys(localStorage).some((k) =>
      k.startsWith("charla-draft:") && localStorage.getItem(k).includes(t)), t);
    // typeTitle types a title while the offer is open and waits until it is kept
    const typeTitle = async (t) => {
      check(await page.locator(".draft-offer-text").isVisible(), "on offer before typing " + t);
      await page.fill("#f-title", t);
      await keptHas(t);
    };
    // reopen leaves the editor and comes back, as after closing the tab
    const reopen = async () => {
      await page.goto(srv.base + "/admin/queue");
      await page.goto(editor);
    };
    const offered = async (what) => {
      check(await page.locator(".draft-offer-text").isVisible(), what + ": offered");
      check(await page.inputValue("#f-title") === storedTitle, what + ": the stored text until asked");
    };

    await page.fill("#f-title", "Primer borrador");
    await keptHas("Primer borrador");
    await reopen();
    await offered("a draft left behind");
    await typeTitle("Escrito con la oferta abierta");
    await page.reload();
    await offered("typed, then the tab closed");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-title") === "Escrito con la oferta abierta",
      "the typing is what comes back: " + await page.inputValue("#f-title"));
    check((await drafts(page)).length === 1, "one draft, under the form's key");

    // closed twice with the offer open: the newest first, then the one before
    await reopen();
    await offered("the restored draft, left behind");
    await typeTitle("Otra vez con la oferta abierta");
    await page.reload();
    await offered("the newest");
    await page.click(".draft-discard");
    await offered("discarded the newest, the one before");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-title") === "Escrito con la oferta abierta",
      "the draft that was on offer was not lost: " + await page.inputValue("#f-title"));

    // Discard on this page drops the draft on offer, not what is typed
    await reopen();
    await typeTitle("Cuarto");
    await page.click(".draft-discard");
    check(await page.locator("#draft-offer").isHidden(), "nothing more on offer");
    check(await page.inputValue("#f-title") === "Cuarto", "the typing stays in the form");
    await page.reload();
    await offered("the typing, after the discard");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-title") === "Cuarto", "and comes back");
    await page.click(".draft-discard");
    check(await page.inputValue("#f-title") === storedTitle, "back to the stored text");
    check((await drafts(page)).length === 0, "no draft left");
    await page.reload();
    check(await page.locator("#draft-offer").isHidden(), "not offered again");
    await ctx.close();
  },

  async "a form keeps at most five drafts, the newest"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles");
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+$/), page.click("table.articles a")]);
    const editor = page.url();
    const record = () => page.evaluate(() => {
      const k = Object.keys(localStorage).find((k) => k.startsWith("charla-draft:"));
      return k ? JSON.parse(localStorage.getItem(k)) : null;
    });
    // seven visits, each typing with the last draft still on offer
    for (let i = 1; i <= 7; i++) {
      await page.fill("#f-title", "Visita " + i);
      await page.waitForFunction((t) => Object.keys(localStorage).some((k) =>
        k.startsWith("charla-draft:") && localStorage.getItem(k).includes(t)), "Visita " + i);
      await page.goto(srv.base + "/admin/queue");
      await page.goto(editor);
    }
    const r = await record();
    const titles = [r.fields.title].concat((r.older || []).map((d) => d.fields.title));
    check(titles.length === 5, "five drafts kept: " + titles.join(", "));
    check(titles.join(",") === "Visita 7,Visita 6,Visita 5,Visita 4,Visita 3",
      "the newest, newest first: " + titles.join(", "));
    await ctx.close();
  },

  async "the screening lists come back too, and a draft over a newer save is refused as stale"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Kathi");
    await page.goto(srv.base + "/admin/screening");
    const words = "chayotero\nvendepatrias\nzopilote";
    await page.fill("#f-banned_words", words);
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("charla-draft:")));
    await endSession(ctx, page, srv);
    await Promise.all([page.waitForNavigation(), page.click("form.screening-form button")]);
    check((await page.locator(".form-error").first().innerText()).includes("kept in this browser"), "says so");
    await logIn(page, "Kathi");
    check(page.url() === srv.base + "/admin/screening", "back on the settings: " + page.url());
    check(await page.inputValue("#f-banned_words") === words, "the lists are back");
    await Promise.all([page.waitForURL(/done=saved/), page.click("form.screening-form button")]);
    check(await page.inputValue("#f-banned_words") === words, "and saved");
    check((await drafts(page)).length === 0, "the draft is dropped");

    // a draft begun before another moderator's save: restored, its save is
    // refused as stale (the base it kept), showing what is stored now
    await page.fill("#f-suspect_words", "carroñero");
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("charla-draft:")));
    await page.goto(srv.base + "/admin/queue");
    const other = await browser.newContext();
    const p2 = await staffLogin(other, srv, "Kathi");
    await p2.goto(srv.base + "/admin/screening");
    await p2.fill("#f-hold_threshold", "0.9");
    await Promise.all([p2.waitForURL(/done=saved/), p2.click("form.screening-form button")]);
    await other.close();
    await page.goto(srv.base + "/admin/screening");
    check(await page.locator(".draft-stale-text").isVisible(), "says the settings changed since");
    await page.click(".draft-restore");
    check(await page.inputValue("#f-suspect_words") === "carroñero", "restored");
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.click("form.screening-form button");
    check((await answer).status() === 409, "refused as stale, not saved over the other");
    await page.waitForSelector(".stored-now");
    check(await page.inputValue("#f-suspect_words") === "carroñero", "the text still in the form");
    await Promise.all([page.waitForURL(/done=saved/), page.click("form.screening-form button")]);
    check(await page.inputValue("#f-hold_threshold") === "0.9", "the other's change kept");
    check(await page.inputValue("#f-suspect_words") === "carroñero", "and this one saved");
    check((await drafts(page)).length === 0, "the draft is dropped");
    await ctx.close();
  },

  async "an article saved meanwhile by another editor is not saved over"(browser, srv) {
    const ctx = await browser.newContext();
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles");
    await Promise.all([page.waitForURL(/\/admin\/articles\/\d+$/), page.click("table.articles a")]);
    const editor = page.url();
    const other = await browser.newContext();
    const p2 = await staffLogin(other, srv, "Ed");
    await p2.goto(editor);
    await page.fill("#f-title", "Título de esta pestaña");
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("charla-draft:")));
    await p2.fill("#f-body", "El texto de la otra pestaña.");
    await Promise.all([p2.waitForURL(/done=saved/), p2.click("button[value=save]")]);
    await other.close();

    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.click("button[value=save]");
    check((await answer).status() === 409, "refused, not saved over the other");
    await page.waitForSelector(".stored-now");
    check((await page.locator(".form-error").first().innerText()).includes("This article was saved after this page was opened"),
      "says why");
    check((await page.locator(".stored-now").innerText()).includes("El texto de la otra pestaña."),
      "shows what is stored now");
    check(await page.inputValue("#f-title") === "Título de esta pestaña", "the title still in the form");
    check((await drafts(page)).length === 1, "and still kept in the browser");
    await Promise.all([page.waitForURL(/done=saved/), page.click("button[value=save]")]);
    check(await page.inputValue("#f-title") === "Título de esta pestaña", "saved again, knowingly");
    check((await drafts(page)).length === 0, "the draft is dropped");
    await ctx.close();
  },

  async "a browser whose storage is full says it kept nothing"(browser, srv) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException("full", "QuotaExceededError"); };
    });
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles/new");
    await page.fill("#f-title", TITLE);
    await page.fill("#f-body", "Lo que no cabe.");
    await endSession(ctx, page, srv);
    await Promise.all([page.waitForNavigation(), page.click("button[value=save]")]);
    check(await page.locator(".draft-lost").isVisible(), "says the text was not kept");
    await ctx.close();
  },

  async "without JavaScript the editor says so before, and the refusal after"(browser, srv) {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles/new");
    check((await page.innerText("main")).includes("Without JavaScript, what you type here is lost"),
      "the editor warns before anything is typed");
    await page.fill("#f-title", TITLE);
    await page.fill("#f-body", BODY);
    await endSession(ctx, page, srv);
    await Promise.all([page.waitForNavigation(), page.click("button[value=save]")]);
    const alert = await page.locator(".form-error").first().innerText();
    check(alert.includes("nothing was stored") &&
      alert.includes("Without JavaScript the browser cannot keep it"), "says so: " + alert);
    await ctx.close();
  },
};

await runSuite("drafts", tests, () => startCharla("drafts", (db) => {
  addUser(db, "Ed", "editor");
  addUser(db, "Kathi", "moderator");
}));
