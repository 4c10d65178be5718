// preview.mjs - run.mjs's test of the editor's preview: the demo article
// previewed in the editor looks as its page shows it to readers, in
// screenshots (the same markup, in the reader stylesheet's type and
// measure, not the staff pages' sans-serif), and on a phone it opens in
// view, below the long form. run.mjs adds them to its suite.
import { inflateSync } from "node:zlib";
import { ARTICLE, addUser, articleId, check, staffLogin } from "./harness.mjs";

const DESKTOP = { width: 1280, height: 900 };

// pngRows decodes a screenshot (8-bit RGB or RGBA, not interlaced, as
// Chromium writes them) into its rows of pixels, each a Buffer.
function pngRows(png) {
  let width = 0, height = 0, bpp = 0;
  const idat = [];
  for (let i = 8; i < png.length;) {
    const n = png.readUInt32BE(i), type = png.toString("latin1", i + 4, i + 8);
    const data = png.subarray(i + 8, i + 8 + n);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      check(data[8] === 8 && (data[9] === 2 || data[9] === 6) && data[12] === 0,
        "an 8-bit RGB(A) screenshot");
      bpp = data[9] === 6 ? 4 : 3;
    } else if (type === "IDAT") {
      idat.push(data);
    }
    i += 12 + n;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp, rows = [];
  let prev = Buffer.alloc(stride);
  for (let y = 0, o = 0; y < height; y++, o += stride + 1) {
    const filter = raw[o], line = Buffer.from(raw.subarray(o + 1, o + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp] : 0, b = prev[x], c = x >= bpp ? prev[x - bpp] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + p) & 255;
    }
    rows.push(line);
    prev = line;
  }
  return rows;
}

// looks: the article element's screenshot and the type it is set in.
async function looks(locator) {
  const style = await locator.evaluate((e) => {
    const s = (q) => {
      const c = getComputedStyle(e.querySelector(q));
      return `${c.fontFamily} ${c.fontSize}/${c.lineHeight}`;
    };
    return { h1: s("h1"), meta: s(".meta"), body: s(".body p") };
  });
  return { rows: pngRows(await locator.screenshot()), box: await locator.boundingBox(), style };
}

export const previewTests = {
  async "the editor's preview looks as the article's page"(browser, srv) {
    addUser(srv.db, "Ed", "editor");
    const ctx = await browser.newContext({ viewport: DESKTOP });
    const reader = await ctx.newPage();
    await reader.goto(srv.base + ARTICLE);
    const want = await looks(reader.locator("article.post"));

    const page = await staffLogin(ctx, srv, "Ed");
    await page.goto(srv.base + "/admin/articles/" + (await articleId(srv)));
    await Promise.all([page.waitForLoadState("load"), page.click("button[value=preview]")]);
    const preview = page.locator(".preview article.post");
    await preview.waitFor();
    const got = await looks(preview);

    check(got.style.body.startsWith("Georgia"), "the body in the reader's serif: " + got.style.body);
    check(JSON.stringify(got.style) === JSON.stringify(want.style),
      `the same type: ${JSON.stringify(got.style)} vs ${JSON.stringify(want.style)}`);
    check(got.rows.length === want.rows.length && got.rows[0].length === want.rows[0].length,
      `the same size: ${JSON.stringify(got.box)} vs ${JSON.stringify(want.box)}`);
    // the two pages put the article at different fractions of a pixel
    // (what is above it differs), so a line of text may land one pixel
    // higher or lower; anything else (another font, size or width, a
    // missing line) changes most rows
    const h = want.rows.length;
    let off = 0;
    got.rows.forEach((row, y) => {
      const near = [y - 1, y, y + 1].filter((k) => k >= 0 && k < h);
      if (!near.some((k) => row.equals(want.rows[k]))) off++;
    });
    check(off <= h / 100, `the preview's pixels are the page's: ${off} of ${h} rows differ`);
    await ctx.close();
  },

  async "on a phone the preview opens in view"(browser, srv) {
    // below the editor's long form: landing at the top again, a phone
    // would show the form as if nothing had happened
    addUser(srv.db, "Ed", "editor");
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await staffLogin(ctx, srv, "Ed");
    for (const path of ["/admin/articles/" + (await articleId(srv)), "/admin/articles/new"]) {
      await page.goto(srv.base + path);
      await page.fill("input[name=title]", "A title to preview");
      await Promise.all([page.waitForLoadState("load"), page.click("button[value=preview]")]);
      const heading = page.locator("#preview-h");
      await heading.waitFor();
      const box = await heading.boundingBox();
      check(box && box.y >= 0 && box.y < 844, `${path}: the preview's heading in view: ${JSON.stringify(box)}`);
      check(await page.inputValue("input[name=title]") === "A title to preview", path + ": the form kept");
    }
    await ctx.close();
  },
};
