import { expect, type Page, test } from "@playwright/test";
import { articlePath, drafts, published } from "./content";

// Several full page loads per test (forms without JavaScript): allow for a busy machine.
test.describe.configure({ timeout: 90_000 });

function headerSearch(page: Page) {
  return page.getByRole("search", { name: "Website-Suche" });
}

function resultList(page: Page) {
  return page.getByRole("list", { name: "Suchergebnisse" });
}

test("a reader searches from an article's header and opens a result", async ({ page }) => {
  const start = published[3];
  const target = published[7];
  await page.goto(articlePath(start));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(start.title);

  // The headline as a phrase finds its article.
  await headerSearch(page).getByLabel("Suche", { exact: true }).fill(`"${target.title}"`);
  await headerSearch(page).getByRole("button", { name: "Suchen" }).click();

  await expect(page).toHaveURL(/\/suche\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche");
  await expect(page.getByRole("status")).toContainText(/\d+ Treffer für „/);
  // The search's one URL has the query in lower case (canonicalSearchHref, lib/search/query.ts).
  await expect(page.getByLabel("Suchbegriff", { exact: true })).toHaveValue(`"${target.title}"`.toLocaleLowerCase("de-DE"));
  await resultList(page).getByRole("link", { name: target.title }).click();

  await expect(page).toHaveURL(new RegExp(`${articlePath(target)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.title);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search and its filters work as plain forms", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page).getByLabel("Suche", { exact: true }).fill("Bundestag");
    await headerSearch(page).getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/suche\?q=bundestag$/);
    const all = Number((await page.getByRole("status").textContent())?.match(/^(\d+) Treffer/)?.[1]);
    expect(all).toBeGreaterThan(1);
    await expect(resultList(page).locator("mark").first()).toHaveText(/^Bundestag/);

    const form = page.getByRole("search", { name: "Artikel suchen" });
    await form.getByLabel("Ressort", { exact: true }).selectOption({ label: "Sport" });
    await form.getByLabel("Zeitraum").selectOption({ label: "Letzte 24 Stunden" });
    await form.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/ressort=sport&zeitraum=24h/);
    await expect(form.getByLabel("Ressort", { exact: true })).toHaveValue("sport");
    await expect(form.getByLabel("Zeitraum")).toHaveValue("24h");
    await expect(page.getByRole("status")).toContainText("(im Ressort Sport, in den letzten 24 Stunden)");
  });

  test("many hits come in numbered pages", async ({ page }) => {
    await page.goto("/suche?q=Jahr");
    await expect(resultList(page).getByRole("listitem")).toHaveCount(20);
    await page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: "Seite 2" }).click();
    await expect(page).toHaveURL(/\/suche\?q=jahr&seite=2$/);
    await expect(page.getByRole("status")).toContainText("Seite 2 von");
    await expect(resultList(page).getByRole("listitem").first()).toBeVisible();
  });
});

test("an empty search shows the form and tips, no result list, and is not indexed", async ({ page }) => {
  const response = await page.goto("/suche");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche");
  for (const label of ["Suchbegriff", "Ressort", "Zeitraum"]) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  await expect(page.getByText("Ein Minus schließt ein Wort aus")).toBeVisible();
  await expect(resultList(page)).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("every spelling of a search lands on its one URL (308)", async ({ page, request }) => {
  const response = await request.get("/suche?seite=1&q=++Deutsche+++BAHN&utm_source=x", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/suche\?q=deutsche\+bahn$/);
  await page.goto("/suche?q=Deutsche%20Bahn");
  await expect(page).toHaveURL(/\/suche\?q=deutsche\+bahn$/);
});

test("drafts are not found", async ({ page }) => {
  const draft = drafts[0];
  await page.goto(`/suche?q=${encodeURIComponent(`"${draft.title}"`)}`);
  await expect(page.getByRole("link", { name: draft.title })).toHaveCount(0);
});

test("bad input answers 200 with the search page, never an error", async ({ page }) => {
  const queries = [
    "x".repeat(5000),
    '"Bundestag',
    'Bundestag" "',
    "-",
    "or",
    "Bahn\u0000\u0007\u001b[0m",
    "😀🎉👩‍👩‍👧",
    "'; DROP TABLE \"Article\"; --",
    "' OR '1'='1",
    "!&|():*<->\\",
    "<script>alert(1)</script>",
  ];
  for (const query of queries) {
    const response = await page.goto(`/suche?q=${encodeURIComponent(query)}&ressort=%27&zeitraum=%00&seite=-1`);
    const label = JSON.stringify(query.slice(0, 30));
    expect(response?.status(), label).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), label).toHaveText("Suche");
    await expect(page.getByRole("status"), label).toBeVisible();
    await expect(page.getByText("Da ist etwas schiefgegangen"), label).toHaveCount(0);
  }
  // The query is shown as text, not run as markup.
  await expect(page.getByRole("status")).toContainText("<script>alert(1)</script>");
  // The articles are still there.
  await page.goto(articlePath(published[0]));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(published[0].title);
});
