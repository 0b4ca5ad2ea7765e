import { expect, test } from "@playwright/test";
import { berlinLocal, logIn, save } from "./admin-helpers";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const READERS = 60;

test("beacons for one article: the dashboard shows it rising without a reload, and its curve on its edit page", async ({ page, request }) => {
  test.setTimeout(150_000);
  await logIn(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht");

  // A new article, out since yesterday (so it is not the front page's lead), with no views yet.
  const title = `Pegel steigt im Testhafen ${Date.now()}`;
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Test des Dashboards");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Ein Artikel der Ende-zu-Ende-Tests, dessen Leserschaft plötzlich wächst.");
  await page.getByLabel("Text (Markdown)").fill("Erster Absatz.\n\n## Zwischenzeile\n\nZweiter Absatz.");
  await page.getByLabel("Ressort").selectOption({ label: "Panorama" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByLabel("Veröffentlichung (Berliner Zeit)").fill(berlinLocal(-24 * 60));
  await save(page);
  const articleId = Number(new URL(page.url()).pathname.split("/").pop());
  expect(articleId).toBeGreaterThan(0);

  // The dashboard, open; its minute timer runs on a clock the test moves.
  await page.clock.install();
  await page.goto("/admin");
  await expect(page.getByText(/^Aktualisiert um \d\d:\d\d$/)).toBeVisible();
  const rising = page.getByRole("region", { name: "Im Kommen" });
  await expect(rising).toContainText("Im Kommen ist ein Artikel mit mindestens 20 Aufrufen seit");
  await expect(rising.getByRole("link", { name: title })).toHaveCount(0);
  await page.evaluate(() => Object.assign(window, { dashboardNotReloaded: true }));

  // Readers arrive: each a distinct visitor. The list of visible articles may need a moment to learn the new one.
  const beacon = (i: number) => request.post("/api/views", { data: { articleId }, headers: { "user-agent": `${FIREFOX} Dashboard-Leser-${i}/1.0` } });
  await expect.poll(async () => (await beacon(0)).status(), { timeout: 20_000, intervals: [1_000] }).toBe(202);
  for (const response of await Promise.all(Array.from({ length: READERS - 1 }, (_, i) => beacon(i + 1)))) expect(response.status()).toBe(202);

  // A minute passes on the page's clock: the dashboard refreshes itself (the views reach the
  // database within a few seconds, so it may take another minute or two).
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(61_000);
        return rising.getByRole("link", { name: title }).count();
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(1);
  expect(await page.evaluate(() => (window as { dashboardNotReloaded?: boolean }).dashboardNotReloaded)).toBe(true);
  const item = rising.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(item).toContainText(`${READERS} Aufrufe seit`);
  await expect(item).toContainText("zuvor kaum gelesen");
  const lastHour = page.getByRole("region", { name: "Letzte Stunde" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(lastHour).toContainText(`${READERS} Aufrufe`);
  await expect(page.getByText(/^Aktualisiert um \d\d:\d\d$/)).toBeVisible();
  // The site's chart and the numbers behind it.
  await expect(page.getByRole("img", { name: "Aufrufe pro Stunde, Gesamte Website" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Aufrufe pro Stunde im Ressort Panorama" })).toBeVisible();

  // Its edit page: the total and the curve since publication, with the numbers as a table.
  await item.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/artikel/${articleId}$`));
  const views = page.getByRole("region", { name: "Aufrufe", exact: true });
  await expect(views).toContainText(`Insgesamt ${READERS} Aufrufe`);
  const chart = views.getByRole("img", { name: /^Aufrufe pro Stunde seit Erscheinen/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(new RegExp(`^2[45] Stunden von .* zusammen ${READERS} Aufrufe; am meisten`));
  await views.getByText("Zahlen als Tabelle").click();
  const cells = await views.getByRole("table").getByRole("row").evaluateAll((rows) =>
    rows.slice(1).map((row) => Number((row.querySelector("td")?.textContent ?? "0").replace(/\./g, ""))),
  );
  expect(cells.reduce((a, b) => a + b, 0)).toBe(READERS);
  expect(cells.slice(-2).reduce((a, b) => a + b, 0)).toBe(READERS);
});
