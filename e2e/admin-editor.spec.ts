import { expect, test, type Browser } from "@playwright/test";
import { berlinLocal, createAccount, logIn, save } from "./admin-helpers";
import { articlePath, drafts } from "./content";
import { releaseFrontPage, takeFrontPage } from "./front-page-lock";

test.afterEach(releaseFrontPage);

async function publicStatus(browser: Browser, path: string): Promise<number> {
  // A fresh context: no session, no draft-mode cookie, like any reader.
  const context = await browser.newContext();
  const response = await context.request.get(path, { maxRedirects: 0 });
  await context.close();
  return response.status();
}

async function createDraft(page: import("@playwright/test").Page, title: string): Promise<string> {
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Test der Redaktion");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Ein Artikel, den die Ende-zu-Ende-Tests schreiben, veröffentlichen und wieder zurückziehen.");
  await page
    .getByLabel("Text (Markdown)")
    .fill("Der erste Absatz steht hier.\n\n## Erste Zwischenzeile\n\nMehr Text.\n\n## Zweite Zwischenzeile\n\nNoch mehr <script>alert(1)</script> Text.");
  await page.getByLabel("Ressort").selectOption({ label: "Wissen" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Themen (mit Komma getrennt)").fill("Forschung, Testthema");
  await save(page);
  return page.url();
}

test.describe.configure({ mode: "serial" });

test("an editor writes, previews and publishes an article; readers see it", async ({ page, browser }) => {
  await logIn(page);
  const title = `Forscher messen Rekordwert im Testlabor ${Date.now()}`;
  await createDraft(page, title);

  const preview = page.getByTestId("markdown-preview");
  await expect(preview.getByRole("heading", { level: 2, name: "Erste Zwischenzeile" })).toBeVisible();
  await expect(preview.locator("script")).toHaveCount(0);

  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  expect(slug).toMatch(/^forscher-messen-rekordwert-im-testlabor-\d+$/);
  const path = `/wissen/${slug}`;
  expect(await publicStatus(browser, path)).toBe(404);

  const id = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/admin/vorschau/${id}`);
  await expect(page.getByText("Vorschau für die Redaktion")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The preview lives under /admin; the public address still answers 404, to the editor too.
  expect(await publicStatus(browser, path)).toBe(404);
  expect((await page.request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  await page.getByRole("link", { name: "Vorschau beenden" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/artikel/${id}$`));

  await page.goto(`/admin/artikel/${id}`);
  await takeFrontPage();
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await save(page);
  expect(await publicStatus(browser, path)).toBe(200);

  // Readers get the page from the response cache; a logged-in editor never does.
  const readerContext = await browser.newContext();
  await readerContext.request.get(path);
  expect((await readerContext.request.get(path)).headers()["x-rundblick-cache"]).toBe("HIT");
  await readerContext.close();
  const editorAnswer = await page.request.get(path);
  expect(editorAnswer.status()).toBe(200);
  expect(editorAnswer.headers()["x-rundblick-cache"]).toBeUndefined();

  const reader = await browser.newPage();
  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("heading", { level: 2, name: "Zweite Zwischenzeile" })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("region", { name: "Aufmacher" }).getByRole("heading", { level: 2 })).toHaveText(title);
  releaseFrontPage();

  // Unpublish: readers get a 404 at once.
  await page.getByLabel("Status").selectOption("DRAFT");
  await save(page);
  expect(await publicStatus(browser, path)).toBe(404);
  await reader.close();
});

test("a scheduled article appears once its time has come; a slug change redirects", async ({ page, browser }) => {
  await logIn(page);
  const title = `Neue Messstation geht bald in Betrieb ${Date.now()}`;
  await createDraft(page, title);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  const path = `/wissen/${slug}`;

  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByLabel("Veröffentlichung (Berliner Zeit)").fill(berlinLocal(120));
  await save(page);
  expect(await publicStatus(browser, path)).toBe(404);

  await page.getByLabel("Veröffentlichung (Berliner Zeit)").fill(berlinLocal(-1));
  await save(page);
  expect(await publicStatus(browser, path)).toBe(200);

  await page.getByLabel("Adresse (Slug)").fill(`${slug}-neu`);
  await save(page);
  const context = await browser.newContext();
  const moved = await context.request.get(path, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toContain(`${path}-neu`);
  await context.close();
  expect(await publicStatus(browser, `${path}-neu`)).toBe(200);

  // A new draft may not take the old address: its redirect keeps working.
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Titel", { exact: true }).fill("Ein anderer Artikel");
  await page.getByLabel("Teaser").fill("Er möchte die alte Adresse haben.");
  await page.getByLabel("Text (Markdown)").fill("Text.");
  await page.getByLabel("Ressort").selectOption({ label: "Wissen" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Adresse (Slug)").fill(slug);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText(/Diese frühere Adresse leitet auf „Neue Messstation geht bald in Betrieb \d+“ weiter/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/artikel\/neu$/);
  const still = await browser.newContext();
  expect((await still.request.get(path, { maxRedirects: 0 })).status()).toBe(308);
  await still.close();
});

test("an earlier version can be restored, as a new version", async ({ page }) => {
  await logIn(page);
  const title = `Ursprünglicher Titel ${Date.now()}`;
  await createDraft(page, title);
  await page.getByLabel("Titel", { exact: true }).fill(`${title} – geändert`);
  await save(page);
  await expect(page.getByText("Version 2 ·")).toBeVisible();
  await page.getByRole("button", { name: "Version 1 wiederherstellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert (Version 3)" })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
});

test("of two editors on the same article, the second save is refused", async ({ browser }) => {
  const first = await browser.newPage();
  await logIn(first);
  await createDraft(first, `Zwei Redakteure, ein Artikel ${Date.now()}`);
  const url = first.url().split("?")[0];

  const second = await browser.newPage();
  await logIn(second);
  await second.goto(url);

  await first.getByLabel("Teaser").fill("Die erste Redakteurin war schneller und hat diesen Teaser gespeichert, bevor die zweite fertig war.");
  await save(first);

  await second.getByLabel("Teaser").fill("Diese Änderung darf die erste nicht überschreiben.");
  await second.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(second.locator("form").getByRole("alert")).toContainText("inzwischen");
  await expect(second.getByLabel("Teaser")).toHaveValue("Diese Änderung darf die erste nicht überschreiben.");

  await first.reload();
  await expect(first.getByLabel("Teaser")).toHaveValue(/erste Redakteurin war schneller/);
  await first.close();
  await second.close();
});

test("invalid input is refused field by field and nothing is saved", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Titel", { exact: true }).fill("Ein Titel ohne alles andere");
  await page.getByLabel("Adresse (Slug)").fill("Ungültig mit Leerzeichen");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Bitte einen Teaser eingeben.")).toBeVisible();
  await expect(page.getByText("Bitte ein Ressort wählen.")).toBeVisible();
  await expect(page.getByText(/Nur Kleinbuchstaben/)).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Ein Titel ohne alles andere");
  await expect(page).toHaveURL(/\/admin\/artikel\/neu$/);
});

test("without a session, admin pages and replayed server actions are refused", async ({ page, browser }) => {
  await logIn(page);
  const url = await createDraft(page, `Angriffsziel ${Date.now()}`);
  const editUrl = url.split("?")[0];
  await page.goto(editUrl);

  // Capture a real save request, then replay it without cookies and from a foreign origin.
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByLabel("Teaser").fill("Dieser Teaser wurde von der angemeldeten Redakteurin gespeichert und darf so bleiben.").then(() =>
      page.getByRole("button", { name: "Speichern", exact: true }).click(),
    ),
  ]);
  const body = request.postDataBuffer()!;
  const headers = { ...request.headers() };
  delete headers["cookie"];

  const anonymous = await browser.newContext();
  for (const path of ["/admin", "/admin/artikel/neu", new URL(editUrl).pathname]) {
    const response = await anonymous.request.get(path, { maxRedirects: 0 });
    expect([303, 307, 308], path).toContain(response.status());
    expect(response.headers()["location"], path).toContain("/admin/login");
  }
  // No session cookie at all: the proxy turns the request away before the action runs.
  const replay = await anonymous.request.post(new URL(editUrl).pathname, { headers, data: body, maxRedirects: 0 });
  expect(replay.status()).toBe(307);
  expect(replay.headers()["location"]).toContain("/admin/login");
  // A forged session cookie passes the proxy; the action's own session check refuses it.
  const forged = await anonymous.request.post(new URL(editUrl).pathname, {
    headers: { ...headers, cookie: "better-auth.session_token=erfunden.ungueltig" },
    data: body,
    maxRedirects: 0,
  });
  expect(forged.headers()["x-action-redirect"] ?? "").toContain("/admin/login");
  // A foreign Origin is refused by Next's server-action origin check.
  const foreign = await anonymous.request.post(new URL(editUrl).pathname, {
    headers: { ...headers, cookie: "better-auth.session_token=erfunden.ungueltig", origin: "https://boese.example" },
    data: body,
    maxRedirects: 0,
  });
  expect(foreign.status(), await foreign.text().then((t) => t.slice(0, 200))).toBeGreaterThanOrEqual(400);
  await anonymous.close();

  await page.goto(editUrl);
  await expect(page.getByLabel("Teaser")).toHaveValue(/angemeldeten Redakteurin/);
});

test("an author previews only their own drafts, and no public address shows a draft to anyone", async ({ page, browser }) => {
  await logIn(page);
  const email = `vorschau-${Date.now()}@example.com`;
  await createAccount(page, { name: "Vera Vorschau", email, password: "ein-sicheres-startpasswort" });

  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await logIn(author, { email, password: "ein-sicheres-startpasswort" });
  const title = `Eigener Entwurf der Autorin ${Date.now()}`;
  await author.goto("/admin/artikel/neu");
  await author.getByLabel("Dachzeile").fill("Vorschau");
  await author.getByLabel("Titel", { exact: true }).fill(title);
  await author.getByLabel("Teaser").fill("Ein Entwurf, den nur die Autorin und die Redaktion sehen dürfen.");
  await author.getByLabel("Text (Markdown)").fill("Noch nicht fertig.");
  await author.getByLabel("Ressort").selectOption({ label: "Wissen" });
  await author.getByRole("checkbox", { name: "Vera Vorschau" }).check();
  await save(author);
  const id = new URL(author.url()).pathname.split("/").pop();
  const ownPath = `/wissen/${await author.getByLabel("Adresse (Slug)").inputValue()}`;

  // Her own draft in the preview: yes.
  await author.goto(`/admin/vorschau/${id}`);
  await expect(author.getByRole("heading", { level: 1 })).toHaveText(title);
  // Another author's draft at its public address, after opening a preview: no.
  const othersDraft = articlePath(drafts[0]!);
  expect((await author.request.get(othersDraft, { maxRedirects: 0 })).status()).toBe(404);
  expect((await author.request.get(ownPath, { maxRedirects: 0 })).status()).toBe(404);
  await author.goto(othersDraft);
  await expect(author.getByRole("heading", { level: 1 })).not.toHaveText(drafts[0]!.title);
  await authorContext.close();
});
