import { expect, test } from "@playwright/test";
import { logIn } from "./admin-helpers";

test.describe.configure({ mode: "serial" });

test("sections: create, reorder; delete only when unused", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/ressorts");
  const name = `Digitales ${Date.now() % 100000}`;
  const newSection = page.getByRole("region", { name: "Neues Ressort" });
  await newSection.getByLabel("Name").fill(name);
  await newSection.getByRole("button", { name: "Ressort anlegen" }).click();
  await expect(newSection.getByRole("status")).toContainText(`Ressort „${name}“ angelegt`);

  await page.reload();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(name) }) });
  await item.getByRole("button", { name: "Nach oben" }).click();
  // Last section heading, then "Neues Ressort": moved up one means third from the end.
  await expect
    .poll(async () => {
      await page.reload();
      const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
      return headings.length - headings.findIndex((h) => h.startsWith(name));
    })
    .toBe(3);

  // Politik has articles: refused with a clear message.
  const politik = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Politik/ }) });
  await politik.getByRole("button", { name: "Löschen" }).click();
  await expect(politik.getByRole("alert")).toContainText("noch");
  await expect(politik.getByRole("alert")).toContainText("Artikel und kann nicht gelöscht werden");

  await page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(name) }) }).getByRole("button", { name: "Löschen" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toHaveCount(0);
});

test("an author account writes drafts but cannot publish; a deactivated account cannot log in", async ({ page, browser }) => {
  await logIn(page);
  await page.goto("/admin/benutzer");
  const email = `autorin-${Date.now()}@example.com`;
  const form = page.getByRole("region", { name: "Neues Konto" });
  await form.getByLabel("Name").fill("Paula Probe");
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Startpasswort").fill("kurz");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByText("Mindestens 10 Zeichen.").last()).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Paula Probe");
  // Let React finish the refused submission (it resets the form) before typing again.
  await page.waitForLoadState("networkidle");
  await expect(form.getByRole("button", { name: "Konto anlegen" })).toBeEnabled();
  await form.getByLabel("Startpasswort").fill("ein-sicheres-startpasswort");
  await expect(form.getByLabel("Startpasswort")).toHaveValue("ein-sicheres-startpasswort");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByRole("status")).toContainText(`Konto für ${email} angelegt`);

  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await logIn(author, { email, password: "ein-sicheres-startpasswort" });
  // The dashboard shows an author the figures of their own articles only.
  await expect(author.getByText("Sie sehen die Zahlen Ihrer eigenen Artikel.")).toBeVisible();
  await expect(author.getByRole("img", { name: "Aufrufe pro Stunde, Ihre Artikel" })).toBeVisible();
  await expect(author.getByRole("region", { name: "Letzte 24 Stunden" })).toContainText("Keine Aufrufe in diesem Zeitraum.");
  await author.goto("/admin/artikel/neu");
  await expect(author.getByLabel("Status").locator("option")).toHaveText(["Entwurf"]);
  for (const path of ["/admin/benutzer", "/admin/ressorts", "/admin/themen", "/admin/autoren"]) {
    await author.goto(path);
    await expect(author, path).toHaveURL(/\/admin\?fehler=rechte$/);
    await expect(author.getByRole("alert").filter({ hasText: "Dafür fehlen Ihnen die Rechte." })).toBeVisible();
  }

  await page.reload();
  await page.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Deaktivieren" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: email }).getByText("deaktiviert")).toBeVisible();

  // The open session ends, and logging in again fails.
  await author.goto("/admin");
  await expect(author).toHaveURL(/\/admin\/login$/);
  await author.getByLabel("E-Mail-Adresse").fill(email);
  await author.getByLabel("Passwort").fill("ein-sicheres-startpasswort");
  await author.getByRole("button", { name: "Anmelden" }).click();
  await expect(author.locator("form").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist falsch.");
  await authorContext.close();
});
