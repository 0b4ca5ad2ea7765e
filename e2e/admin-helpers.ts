import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";

/** Logs in through the form (as the test server's first admin unless told otherwise). */
export async function logIn(page: Page, account: { email: string; password: string } = E2E_ADMIN) {
  await page.goto("/admin/login");
  await page.getByLabel("E-Mail-Adresse").fill(account.email);
  await page.getByLabel("Passwort").fill(account.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** Creates an account (role Autor/in, with an author profile) as the logged-in admin. */
export async function createAccount(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/admin/benutzer");
  const form = page.getByRole("region", { name: "Neues Konto" });
  await form.getByLabel("Name").fill(account.name);
  await form.getByLabel("E-Mail-Adresse").fill(account.email);
  await form.getByLabel("Startpasswort").fill(account.password);
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByRole("status")).toContainText(`Konto für ${account.email} angelegt`);
}

/** Berlin wall time as a datetime-local value, `minutes` from now. */
export function berlinLocal(minutes: number): string {
  const date = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Saves the editor form and waits until the saved version is shown. */
export async function save(page: Page) {
  const before = page.url();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL((url) => url.toString() !== before && url.searchParams.has("gespeichert"));
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
}
