import { expect, test } from "@playwright/test";
import { slugify } from "../lib/slug";
import { expectNoAxeViolations } from "./axe";
import { articlePath, published } from "./content";

/**
 * axe-core (WCAG 2.2 A/AA) on every reader page type, in light and in dark
 * mode: no violations. Then the phone header and the printed article.
 */
const article = published[0];
const author = article.authors[0];
const topic = article.tags[0];

const readerPages: { name: string; path: string; status?: number }[] = [
  { name: "front page", path: "/" },
  { name: "section", path: `/${article.section}` },
  { name: "article", path: articlePath(article) },
  { name: "author", path: `/autor/${author}` },
  { name: "topic", path: `/thema/${slugify(topic)}` },
  { name: "search results", path: "/suche?q=Bahn" },
  { name: "empty search", path: "/suche" },
  { name: "not found", path: "/gibt-es-nicht/auch-nicht", status: 404 },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const { name, path, status = 200 } of readerPages) {
      test(`axe finds nothing on the ${name}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("dark mode follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(articlePath(article));
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).not.toBe("rgb(255, 255, 255)");
  const headline = page.getByRole("heading", { level: 1 });
  const ink = await headline.evaluate((el) => getComputedStyle(el).color);
  expect(ink).not.toBe("rgb(27, 27, 27)");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the header is one row of name and search button, the sections one scrolling row", async ({ page }) => {
    await page.goto("/");
    const name = page.getByRole("link", { name: "Rundblick", exact: true }).first();
    const search = page.getByRole("banner").getByRole("link", { name: "Suche" });
    await expect(search).toBeVisible();
    await expect(page.getByRole("search", { name: "Website-Suche" })).toBeHidden();
    const [nameBox, searchBox] = [await name.boundingBox(), await search.boundingBox()];
    // One row: the two overlap vertically.
    expect(Math.abs(nameBox!.y + nameBox!.height / 2 - (searchBox!.y + searchBox!.height / 2))).toBeLessThan(12);

    const sections = page.getByRole("navigation", { name: "Ressorts", exact: true }).getByRole("list");
    const links = sections.getByRole("link");
    const tops = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    const overflow = await sections.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    // The news starts within the first screen's upper third.
    const main = await page.locator("main").boundingBox();
    expect(main!.y).toBeLessThan(844 / 3);

    await search.click();
    await expect(page).toHaveURL(/\/suche$/);
    await expect(page.getByLabel("Suchbegriff")).toBeVisible();
  });
});

test("an article prints as the article: no navigation, no boxes, with its address", async ({ page }) => {
  await page.goto(articlePath(article));
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(`Online: `)).toBeVisible();
  await expect(page.getByText(`Online: `)).toContainText(articlePath(article));
  // Found with hidden elements included, so a missing element fails rather than passes.
  for (const hidden of [
    page.getByRole("banner", { includeHidden: true }),
    page.getByRole("contentinfo", { includeHidden: true }),
    page.getByRole("navigation", { name: "Brotkrumen", includeHidden: true }),
    page.getByRole("complementary", { includeHidden: true }),
  ]) {
    expect(await hidden.count()).toBeGreaterThan(0);
    for (const element of await hidden.all()) await expect(element).toBeHidden();
  }
  // Paper is light even when the screen is dark.
  const ink = await page.getByRole("heading", { level: 1 }).evaluate((el) => getComputedStyle(el).color);
  expect(ink).toBe("rgb(0, 0, 0)");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
