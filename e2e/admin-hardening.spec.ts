import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { berlinLocal, logIn } from "./admin-helpers";

/** Collects the browser's Content-Security-Policy complaints on a page. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("a refused save keeps every field of the editor, twice in a row", async ({ page }) => {
  const violations = cspViolations(page);
  await logIn(page);
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Titel", { exact: true }).fill(`Felder bleiben ${Date.now()}`);
  await page.getByLabel("Dachzeile").fill("Formular");
  await page.getByLabel("Text (Markdown)").fill("Ein Absatz.");
  await page.getByLabel("Ressort").selectOption({ label: "Kultur" });
  await page.getByLabel("Status").selectOption("SCHEDULED");
  const publishAt = berlinLocal(3 * 24 * 60);
  await page.getByLabel("Veröffentlichung (Berliner Zeit)").fill(publishAt);
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  // No teaser: the save is refused.
  for (let round = 1; round <= 2; round++) {
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect(page.getByText("Bitte einen Teaser eingeben.")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/artikel\/neu$/);
    await expect(page.getByLabel("Ressort"), `round ${round}`).toHaveValue(/\d+/);
    await expect(page.getByLabel("Ressort").locator("option:checked"), `round ${round}`).toHaveText("Kultur");
    await expect(page.getByLabel("Status"), `round ${round}`).toHaveValue("SCHEDULED");
    await expect(page.getByLabel("Veröffentlichung (Berliner Zeit)"), `round ${round}`).toHaveValue(publishAt);
    await expect(page.getByRole("checkbox", { name: "Tobias Reimann" }), `round ${round}`).toBeChecked();
    await expect(page.getByLabel("Dachzeile"), `round ${round}`).toHaveValue("Formular");
  }
  expect(violations).toEqual([]);
});

test("a refused new account keeps the chosen role and byline choice", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/benutzer");
  const form = page.getByRole("region", { name: "Neues Konto" });
  await form.getByLabel("Name").fill("Kurzes Passwort");
  await form.getByLabel("E-Mail-Adresse").fill(`kurz-${Date.now()}@example.com`);
  await form.getByLabel("Startpasswort").fill("kurz");
  await form.getByLabel("Rolle").selectOption("EDITOR");
  await form.getByLabel("Autorenprofil anlegen").selectOption("nein");
  for (let round = 1; round <= 2; round++) {
    await form.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(form.getByText("Mindestens 10 Zeichen.").last()).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(form.getByLabel("Rolle"), `round ${round}`).toHaveValue("EDITOR");
    await expect(form.getByLabel("Autorenprofil anlegen"), `round ${round}`).toHaveValue("nein");
    await expect(form.getByLabel("Name"), `round ${round}`).toHaveValue("Kurzes Passwort");
  }
});

test("one client trying many accounts is slowed down by its address", async ({ browser, page }) => {
  // 21 logins, each hashing a password: over a minute and a half on a busy 2-core machine.
  test.setTimeout(240_000);
  // Over IPv6 loopback (::1), so the lock hits another address than the other tests' 127.0.0.1
  // (every 127.x destination is reached from 127.0.0.1, so 127.0.0.2 would not do).
  const port = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100").port;
  const context = await browser.newContext({ baseURL: `http://[::1]:${port}` });
  const attacker = await context.newPage();
  await attacker.goto("/admin/login");
  const alert = attacker.locator("form").getByRole("alert");
  for (let i = 0; i < 20; i++) {
    await attacker.getByLabel("E-Mail-Adresse").fill(`rate-${i}-${Date.now()}@example.com`);
    await attacker.getByLabel("Passwort").fill("sommer2026!");
    await attacker.getByRole("button", { name: "Anmelden" }).click();
    await expect(alert).toHaveText("E-Mail-Adresse oder Passwort ist falsch.");
    await attacker.goto("/admin/login");
  }
  // Even the right password of a real account waits now, from this address …
  await attacker.getByLabel("E-Mail-Adresse").fill(E2E_ADMIN.email);
  await attacker.getByLabel("Passwort").fill(E2E_ADMIN.password);
  await attacker.getByRole("button", { name: "Anmelden" }).click();
  await expect(alert).toContainText("Zu viele Fehlversuche");
  await context.close();
  // … while the account itself is not locked: from another address it logs in.
  await logIn(page);
});

test("'Alle Sitzungen beenden' logs the account out everywhere", async ({ page, browser }) => {
  // An account of its own: ending the shared admin's sessions would log out the other tests.
  await logIn(page);
  await page.goto("/admin/benutzer");
  const email = `sitzungen-${Date.now()}@example.com`;
  const password = "ein-sicheres-startpasswort";
  const form = page.getByRole("region", { name: "Neues Konto" });
  await form.getByLabel("Name").fill("Sina Sitzung");
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Startpasswort").fill(password);
  await form.getByLabel("Rolle").selectOption("EDITOR");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByRole("status")).toContainText(`Konto für ${email} angelegt`);

  const pages = [];
  for (let i = 0; i < 2; i++) {
    const other = await (await browser.newContext()).newPage();
    await other.goto("/admin/login");
    await other.getByLabel("E-Mail-Adresse").fill(email);
    await other.getByLabel("Passwort").fill(password);
    await other.getByRole("button", { name: "Anmelden" }).click();
    await expect(other).toHaveURL(/\/admin$/);
    pages.push(other);
  }
  const [first, second] = pages;
  await first.getByRole("button", { name: "Alle Sitzungen beenden" }).click();
  await expect(first).toHaveURL(/\/admin\/login$/);
  await second.goto("/admin");
  await expect(second).toHaveURL(/\/admin\/login$/);
  // The admin who created the account is still logged in.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  for (const p of pages) await p.context().close();
});
