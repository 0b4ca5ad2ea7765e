import { expect, test, type Page } from "@playwright/test";
import { logIn } from "./admin-helpers";
import { expectNoAxeViolations } from "./axe";
import { releaseFrontPage, takeFrontPage } from "./front-page-lock";

test.afterEach(releaseFrontPage);
test.describe.configure({ mode: "serial" });

/** The entries on a reader's page, top to bottom, as their text. */
async function entryTexts(page: Page): Promise<string[]> {
  return page.locator("#liveticker-eintraege > li .prose").allInnerTexts();
}

async function publish(page: Page, text: string, options: { headline?: string; keyboard?: boolean } = {}) {
  const field = page.getByLabel("Eintrag", { exact: true });
  await field.fill(text);
  if (options.headline) await page.getByLabel("Überschrift des Eintrags").fill(options.headline);
  if (options.keyboard) {
    await field.focus();
    await page.keyboard.press("Control+Enter");
  } else {
    await page.getByRole("button", { name: "Eintrag veröffentlichen" }).click();
  }
  await expect(page.getByRole("status").filter({ hasText: "Eintrag veröffentlicht" })).toBeVisible();
  // The form starts empty again, the cursor still in "Eintrag".
  await expect(field).toHaveValue("");
  await expect(field).toBeFocused();
  await expect(page.locator("#eintraege ~ ol > li > p").getByText(text, { exact: true })).toBeVisible();
}

test("an editor runs a Liveticker; an open page follows it without a reload; it ends", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await logIn(page);
  await page.getByRole("link", { name: "Neuer Liveticker" }).click();
  await expect(page).toHaveURL(/\/admin\/liveticker\/neu$/);
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Liveticker" })).toBeVisible();
  const title = `Liveticker Sturmtief ${Date.now()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Alle Entwicklungen zum Sturmtief im Liveticker.");
  await page.getByLabel("Ressort", { exact: true }).selectOption({ label: "Panorama" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
  await takeFrontPage();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/liveticker\/\d+$/);
  const path = await page.getByRole("link", { name: "Zur Leserseite" }).getAttribute("href");
  expect(path).toMatch(/^\/panorama\/liveticker-sturmtief-\d+$/);

  // Bad input: an empty entry is refused at the field, nothing published.
  await page.getByRole("button", { name: "Eintrag veröffentlichen" }).click();
  await expect(page.locator("#eintrag-body-fehler")).toHaveText(/Bitte einen Text/);
  await expect(page.getByLabel("Eintrag", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // A reader opens the page before any entry.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(path!);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator("#liveticker-status").getByText("LIVE", { exact: true })).toBeVisible();
  await expect(reader.getByText("Noch keine Einträge.")).toBeVisible();
  expect(await reader.locator('script[src="/liveticker.js"]').count()).toBe(1);

  await expectNoAxeViolations(page);
  await publish(page, "Erster Eintrag: Der Sturm erreicht die Küste.");
  await publish(page, "Zweiter Eintrag: Bahnverkehr im Norden eingestellt.", { keyboard: true });
  await publish(page, "Dritter Eintrag: Die Feuerwehr meldet 200 Einsätze.", { headline: "Viele Einsätze" });
  const publishedAt = Date.now();

  // Without a reload, newest first, within 20 s.
  await expect
    .poll(() => entryTexts(reader), { timeout: 20_000, intervals: [500] })
    .toEqual([
      "Dritter Eintrag: Die Feuerwehr meldet 200 Einsätze.",
      "Zweiter Eintrag: Bahnverkehr im Norden eingestellt.",
      "Erster Eintrag: Der Sturm erreicht die Küste.",
    ]);
  expect(Date.now() - publishedAt).toBeLessThan(20_000);
  await expect(reader.getByRole("heading", { level: 3, name: "Viele Einsätze" })).toBeVisible();
  await expect(reader.getByText("Noch keine Einträge.")).toHaveCount(0);

  // An edit and a deletion reach the open page too.
  const second = page.locator("#eintraege ~ ol > li").filter({ hasText: "Zweiter Eintrag" });
  await second.getByText("Bearbeiten").click();
  await second.getByLabel("Text ändern").fill("Zweiter Eintrag: Bahnverkehr im ganzen Norden eingestellt.");
  await second.getByRole("button", { name: "Änderung speichern" }).click();
  await expect(page.locator("#eintraege ~ ol > li").filter({ hasText: "im ganzen Norden" })).toBeVisible();
  const first = page.locator("#eintraege ~ ol > li").filter({ hasText: "Erster Eintrag" });
  await first.getByRole("button", { name: /löschen$/ }).click();
  await first.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.locator("#eintraege ~ ol > li").filter({ hasText: "Erster Eintrag" })).toHaveCount(0);
  await expect
    .poll(() => entryTexts(reader), { timeout: 20_000, intervals: [500] })
    .toEqual(["Dritter Eintrag: Die Feuerwehr meldet 200 Einsätze.", "Zweiter Eintrag: Bahnverkehr im ganzen Norden eingestellt."]);
  await expect(reader.locator("#liveticker-eintraege").getByText("Aktualisiert")).toBeVisible();

  // Without JavaScript the page lists every entry.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(path!);
  expect(await entryTexts(noScript)).toEqual([
    "Dritter Eintrag: Die Feuerwehr meldet 200 Einsätze.",
    "Zweiter Eintrag: Bahnverkehr im ganzen Norden eingestellt.",
  ]);
  // Each entry has its date and time in Berlin time and a permalink.
  const time = noScript.locator("#liveticker-eintraege > li").first().locator("a time");
  await expect(time).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}, \d{2}:\d{2} Uhr$/u);
  const anchor = await noScript.locator("#liveticker-eintraege > li").first().getAttribute("id");
  expect(await noScript.locator("#liveticker-eintraege > li").first().locator("a").first().getAttribute("href")).toBe(`#${anchor}`);
  // JSON-LD: a LiveBlogPosting with the entries, newest first.
  const ld = (await noScript.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) => {
    const parsed = JSON.parse(t) as unknown;
    return Array.isArray(parsed) ? parsed : [parsed];
  }) as { "@type": string; liveBlogUpdate?: { headline: string; articleBody: string }[]; coverageStartTime?: string }[];
  const blog = ld.find((item) => item["@type"] === "LiveBlogPosting");
  expect(blog?.coverageStartTime).toBeTruthy();
  expect(blog?.liveBlogUpdate?.map((u) => u.articleBody)).toEqual([
    "Dritter Eintrag: Die Feuerwehr meldet 200 Einsätze.",
    "Zweiter Eintrag: Bahnverkehr im ganzen Norden eingestellt.",
  ]);
  expect(blog?.liveBlogUpdate?.[0].headline).toBe("Viele Einsätze");

  // The teaser on the section page carries the LIVE label.
  await noScript.goto("/panorama");
  const teaser = noScript.locator("article").filter({ hasText: title });
  await expect(teaser.getByText("LIVE", { exact: true })).toBeVisible();

  // Accessibility: the ticker page in light and dark mode.
  const axeContext = await browser.newContext();
  const axePage = await axeContext.newPage();
  for (const colorScheme of ["light", "dark"] as const) {
    await axePage.emulateMedia({ colorScheme });
    await axePage.goto(path!);
    await expectNoAxeViolations(axePage);
  }
  await axeContext.close();
  await expectNoAxeViolations(page);

  // Ending, with a closing entry: open pages stop, new pages carry no script and say it has ended.
  await page.getByLabel("Schlusseintrag (optional)").fill("Damit beenden wir unseren Liveticker.");
  await page.getByRole("button", { name: "Liveticker beenden" }).click();
  await expect(page.getByText(/Dieser Liveticker ist beendet; neue Einträge/)).toBeVisible();
  // The open page hears of the end at its next poll (every 15 s) and stops; under a full test run's load give it two polls.
  await expect(reader.locator("#liveticker-status"), await reader.locator("#liveticker-hinweis").innerText()).toHaveText(/beendet/, { timeout: 35_000 });
  await noScript.goto(path!);
  await expect(noScript.locator("#liveticker-status")).toHaveText(/Dieser Liveticker ist beendet/);
  expect(await noScript.locator('script[src="/liveticker.js"]').count()).toBe(0);
  await expect(noScript.locator("#liveticker-status").getByText("LIVE", { exact: true })).toHaveCount(0);
  expect((await entryTexts(noScript))[0]).toBe("Damit beenden wir unseren Liveticker.");
  const ended = (await noScript.locator('script[type="application/ld+json"]').allTextContents()).join("");
  expect(ended).toContain("coverageEndTime");
  await noScript.goto("/panorama");
  await expect(noScript.locator("article").filter({ hasText: title }).getByText(/Liveticker, beendet am/)).toBeVisible();

  // Reopened, it takes entries again.
  await page.getByRole("button", { name: "Liveticker wieder öffnen" }).click();
  await expect(page.getByRole("button", { name: "Eintrag veröffentlichen" })).toBeVisible();
  await plain.close();
  await readerContext.close();
});

test("the quick entry form works with the keyboard alone", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/liveticker/neu");
  await page.getByLabel("Titel", { exact: true }).fill(`Tastatur-Ticker ${Date.now()}`);
  await page.getByLabel("Teaser").fill("Ein Liveticker, der nur mit der Tastatur bedient wird.");
  await page.getByLabel("Ressort", { exact: true }).selectOption({ label: "Sport" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/liveticker\/\d+$/);

  // From the page's start, Tab reaches "Eintrag"; typing and Ctrl+Enter publish; Tab reaches the button, Enter publishes.
  const field = page.getByLabel("Eintrag", { exact: true });
  for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
  await page.keyboard.type("Anpfiff im Stadion.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Eintrag veröffentlicht" })).toBeVisible();
  await expect(field).toBeFocused();
  await page.keyboard.type("Erste Chance für die Gäste.");
  const button = page.getByRole("button", { name: "Eintrag veröffentlichen" });
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#eintraege ~ ol > li")).toHaveCount(2);
  await expect(page.locator("#eintraege ~ ol > li").first()).toContainText("Erste Chance für die Gäste.");
});

test("a reader further down gets a '2 neue Einträge' button and a count in the tab title instead of a jump", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto("/admin/liveticker/neu");
  const title = `Liveticker Wahlabend ${Date.now()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Der Wahlabend im Liveticker.");
  await page.getByLabel("Ressort", { exact: true }).selectOption({ label: "Politik" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
  await takeFrontPage();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/liveticker\/\d+$/);
  const path = await page.getByRole("link", { name: "Zur Leserseite" }).getAttribute("href");
  await publish(page, "18:00 Uhr: Die Wahllokale schließen.");

  const context = await browser.newContext({ viewport: { width: 1000, height: 400 } });
  const reader = await context.newPage();
  await reader.goto(path!);
  const documentTitle = await reader.title();
  // Reading further down: the list's top is out of sight.
  await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await publish(page, "18:01 Uhr: Erste Prognose.");
  await publish(page, "18:05 Uhr: Hochrechnung.");

  const button = reader.getByRole("button", { name: "2 neue Einträge" });
  await expect(button).toBeAttached({ timeout: 20_000 });
  await expect(reader.locator("#liveticker-hinweis")).toHaveAttribute("aria-live", "polite");
  expect(await reader.title()).toBe(`(2) ${documentTitle}`);
  expect(await entryTexts(reader)).toEqual(["18:00 Uhr: Die Wahllokale schließen."]);
  await button.click();
  expect(await entryTexts(reader)).toEqual(["18:05 Uhr: Hochrechnung.", "18:01 Uhr: Erste Prognose.", "18:00 Uhr: Die Wahllokale schließen."]);
  await expect(reader.locator("#liveticker-eintraege > li").first()).toBeFocused();
  await expect(reader.locator("#liveticker-eintraege > li").first()).toBeInViewport();
  expect(await reader.title()).toBe(documentTitle);
  await context.close();
});
