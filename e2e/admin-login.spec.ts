import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";

test("logged-out visitors are sent to the login page", async ({ page }) => {
  const response = await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung für die Redaktion");
});

test("a wrong password is refused with a German message, the email is kept", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("E-Mail-Adresse").fill("niemand@example.com");
  await page.getByLabel("Passwort").fill("falsches-passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist falsch.");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("niemand@example.com");
});

test("an editor logs in to the dashboard, opens the article list with one click, filters it and logs out", async ({ page, context }) => {
  await page.goto("/admin/login");
  await page.getByLabel("E-Mail-Adresse").fill(E2E_ADMIN.email);
  await page.getByLabel("Passwort").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht");
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Artikel", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/artikel$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artikel");

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  // A logged-in editor's page views are not counted.
  const beacon = await page.request.post("/api/views", { data: { articleId: 1 } });
  expect(beacon.status()).toBe(202);
  expect(await beacon.json()).toEqual({ status: "ignored" });

  await page.getByLabel("Status").selectOption("DRAFT");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);

  await expect(page.getByRole("cell", { name: "Entwurf" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Veröffentlicht" })).toHaveCount(0);

  // Hand-edited filters that no id can match show the list, not a server error.
  for (const query of ["ressort=1.5", "ressort=99999999999", "autor=-3"]) {
    const response = await page.goto(`/admin/artikel?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artikel");
  }

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});
