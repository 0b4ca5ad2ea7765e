import { expect, test } from "@playwright/test";
import { subheadings } from "../lib/articles/markdown";
import { articlePath, drafts, published, scheduled } from "./content";

test("a reader goes from the front page to a section, an article and its author", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Rundblick", exact: true })).toBeVisible();
  const lead = published[0];
  await expect(page.getByRole("region", { name: "Aufmacher" }).getByRole("heading", { level: 2 })).toHaveText(lead.title);

  await page.getByRole("navigation", { name: "Ressorts", exact: true }).getByRole("link", { name: "Politik" }).click();
  await expect(page).toHaveURL(/\/politik$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politik");

  const newestPolitik = published.find((a) => a.section === "politik")!;
  // .first(): the article list; the "Beliebteste Artikel" box may link the same article further down.
  await page.getByRole("link", { name: newestPolitik.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${articlePath(newestPolitik)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newestPolitik.title);
  // Next keeps earlier pages mounted but hidden after client navigation; look at what is shown.
  await expect(page.getByText(newestPolitik.teaser).filter({ visible: true })).toBeVisible();
  for (const heading of subheadings(newestPolitik.body)) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  await page.getByRole("link", { name: "Lena Hartmann" }).first().click();
  await expect(page).toHaveURL(/\/autor\/lena-hartmann$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lena Hartmann");
});

test("the Politik section has a second page with numbered links", async ({ page }) => {
  await page.goto("/politik");
  await page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: "Seite 2" }).click();
  await expect(page).toHaveURL(/\/politik\?seite=2$/);
  await expect(page.getByText("Seite 2 von 2")).toBeVisible();
  const oldestPolitik = published.filter((a) => a.section === "politik").at(-1)!;
  await expect(page.getByRole("link", { name: oldestPolitik.title }).first()).toBeVisible();
});

test("a malformed page number shows page 1, a page past the end is a 404", async ({ page }) => {
  const malformed = await page.goto("/politik?seite=abc");
  expect(malformed?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politik");
  const tooFar = await page.goto("/politik?seite=99");
  expect(tooFar?.status()).toBe(404);
});

test("unknown addresses answer with the German 404 page", async ({ page }) => {
  for (const path of ["/gibt-es-nicht", "/politik/gibt-es-nicht", "/autor/niemand", "/thema/nichts", "/a/b/c", "/politik/%C3%A4%20%3Cx%3E"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Seite nicht gefunden");
  }
});

test("drafts and scheduled articles are not visible to readers", async ({ page }) => {
  for (const article of [...drafts, ...scheduled]) {
    const response = await page.goto(articlePath(article));
    expect(response?.status(), article.title).toBe(404);
  }
  await page.goto("/");
  for (const article of [...drafts, ...scheduled]) {
    await expect(page.getByText(article.title)).toHaveCount(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an article is complete and readable", async ({ page }) => {
    const article = published[3];
    const response = await page.goto(articlePath(article));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toContain("s-maxage=");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page.getByText(article.kicker, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(article.teaser)).toBeVisible();
    for (const heading of subheadings(article.body)) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    await expect(page.locator("time").first()).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}, \d\d:\d\d Uhr$/u);
    await expect(page.getByRole("link", { name: article.tags[0], exact: true })).toBeVisible();
  });

  test('"Mehr aus <Ressort>" comes from the section\'s shared piece: four other articles, never the page\'s own', async ({ page }) => {
    const sectionArticles = published.filter((a) => a.section === "politik");
    // The newest (in the piece, hidden on its own page) and an older one (not in it: the piece's fifth is hidden instead).
    for (const article of [sectionArticles[0]!, sectionArticles[sectionArticles.length - 1]!]) {
      await page.goto(articlePath(article));
      const box = page.getByRole("complementary", { name: "Mehr aus Politik" });
      const teasers = box.getByRole("listitem").filter({ visible: true });
      await expect(teasers).toHaveCount(4);
      await expect(box.getByRole("link", { name: article.title })).toHaveCount(0);
      const shown = await teasers.getByRole("heading").allTextContents();
      const expected = sectionArticles.filter((a) => a.title !== article.title).slice(0, 4).map((a) => a.title);
      expect(shown.map((t) => t.trim())).toEqual(expected);
    }
  });
});

test("reader pages come as documents: no client runtime, JSON-LD kept, the beacon counts the view", async ({ page, request }) => {
  const path = articlePath(published[1]);
  const html = await (await request.get(path)).text();
  expect(html).toContain('<script type="application/ld+json">');
  expect(html).toContain('src="/beacon.js"');
  expect(html).not.toMatch(/<script[^>]*\/_next\//);
  expect(html).not.toMatch(/<link[^>]*(modulepreload|as="script")/);
  expect(html).not.toContain("self.__next_f");
  expect(html.match(/<script\b/g)?.length).toBeLessThanOrEqual(3);

  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  // 202: counted (a malformed body would get a 400; sendBeacon's body is not visible to the test).
  const beacon = page.waitForResponse((r) => r.url().endsWith("/api/views") && r.request().method() === "POST");
  await page.goto(path);
  expect((await beacon).status()).toBe(202);
  expect(scripts.map((url) => new URL(url).pathname)).toEqual(["/beacon.js"]);
});

test("pages other than articles send no view", async ({ page }) => {
  let sent = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/views")) sent++;
  });
  await page.goto("/politik");
  await page.waitForLoadState("load");
  await page.waitForTimeout(2_500);
  expect(sent).toBe(0);
});
