import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { slugify } from "../lib/slug";
import { expectNoAxeViolations } from "./axe";
import { logIn } from "./admin-helpers";
import { releaseFrontPage, takeFrontPage } from "./front-page-lock";

test.afterEach(releaseFrontPage);

/** The newsroom's pages, checked by axe (WCAG 2.2 A/AA) in light and dark mode. */
const adminPages = ["/admin", "/admin/artikel", "/admin/artikel/neu", "/admin/ressorts", "/admin/themen", "/admin/autoren", "/admin/benutzer", "/admin/bilder"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("axe finds nothing on the login page, also with an error shown", async ({ page }) => {
      await page.goto("/admin/login");
      await expectNoAxeViolations(page);
      await page.getByLabel("E-Mail-Adresse").fill("niemand@example.com");
      await page.getByLabel("Passwort").fill("falsch-falsch-falsch");
      await page.getByRole("button", { name: "Anmelden" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "falsch" })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("axe finds nothing on the admin pages, the editor and the preview", async ({ page }) => {
      test.setTimeout(180_000);
      await logIn(page);
      for (const path of adminPages) {
        await test.step(path, async () => {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
      await test.step("an article's edit page and its preview", async () => {
        await page.goto("/admin/artikel");
        const edit = page.getByRole("main").getByRole("link").filter({ hasNotText: "Neuer Artikel" }).first();
        await edit.click();
        await expect(page).toHaveURL(/\/admin\/artikel\/\d+/);
        await expectNoAxeViolations(page);
        const id = /\/admin\/artikel\/(\d+)/.exec(page.url())![1];
        await page.goto(`/admin/vorschau/${id}`);
        await expectNoAxeViolations(page);
      });
      await test.step("the editor after a refused save", async () => {
        await page.goto("/admin/artikel/neu");
        await page.getByRole("button", { name: "Speichern", exact: true }).click();
        await expect(page.getByRole("alert").filter({ hasText: "nichts gespeichert" })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no admin page scrolls sideways: the header wraps, wide tables scroll in their own box", async ({ page }) => {
    await logIn(page);
    for (const path of adminPages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.viewport);
    }
  });
});

/** Presses Tab until `target` has the focus; fails after `max` presses (a trap or an unreachable control). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached with ${max} presses of Tab: ${target}`);
}

test("keyboard only: log in, write an article and publish it", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Tastatur allein bringt den Text ins Blatt ${Date.now()}`;

  await page.goto("/admin/login");
  await tabTo(page, page.getByLabel("E-Mail-Adresse"));
  await page.keyboard.type(E2E_ADMIN.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Passwort")).toBeFocused();
  await page.keyboard.type(E2E_ADMIN.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin$/);

  await tabTo(page, page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Neuer Artikel" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/artikel\/neu$/);

  await tabTo(page, page.getByLabel("Dachzeile", { exact: true }));
  await page.keyboard.type("Barrierefreiheit");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Titel", { exact: true })).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Teaser", { exact: true })).toBeFocused();
  await page.keyboard.type("Eine Redakteurin schreibt und veröffentlicht einen Artikel, ohne die Maus zu berühren.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Text (Markdown)", { exact: true })).toBeFocused();
  await page.keyboard.type("## Ohne Maus\n\nJedes Feld ist mit der Tabulatortaste erreichbar, jede Auswahl mit den Pfeiltasten.");

  await tabTo(page, page.getByLabel("Ressort", { exact: true }));
  await page.keyboard.type("Wissen");
  await expect(page.getByLabel("Ressort", { exact: true })).toHaveValue(/\d+/);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Status", { exact: true })).toBeFocused();
  await page.keyboard.type("Veröffentlicht");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("PUBLISHED");

  await tabTo(page, page.getByRole("group", { name: "Autorinnen und Autoren" }).getByRole("checkbox").first());
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Autorinnen und Autoren" }).getByRole("checkbox").first()).toBeChecked();

  await tabTo(page, page.getByRole("button", { name: "Speichern", exact: true }));
  // It becomes the front page's lead: not while another test checks its own there.
  await takeFrontPage();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.searchParams.has("gespeichert"));
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();

  // The reader sees it.
  const response = await page.goto(`/wissen/${slugify(title)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});
