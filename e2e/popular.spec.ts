import { expect, test, type Page, type Request } from "@playwright/test";
import { articlePath, published } from "./content";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

function isBeacon(request: Request) {
  return request.method() === "POST" && new URL(request.url()).pathname === "/api/views";
}

/** The article id a beacon carries (Chromium hides beacon bodies from request events, not from routes). */
async function captureBeaconIds(page: Page): Promise<number[]> {
  const ids: number[] = [];
  await page.route("**/api/views", async (route) => {
    const body = route.request().postDataBuffer();
    if (body) ids.push(JSON.parse(body.toString("utf8")).articleId);
    await route.continue();
  });
  return ids;
}

test("visiting an article sends exactly one view beacon, which is counted", async ({ page }) => {
  const beacons: Request[] = [];
  page.on("request", (request) => {
    if (isBeacon(request)) beacons.push(request);
  });
  const ids = await captureBeaconIds(page);
  const article = published[7]!;
  await page.goto(articlePath(article));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect.poll(() => beacons.length).toBe(1);
  const response = await beacons[0]!.response();
  expect(response?.status()).toBe(202);
  expect(ids).toEqual([expect.any(Number)]);
  // Nothing more follows: not on scrolling, not later.
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1500);
  expect(beacons).toHaveLength(1);
});

test("after a flush, the article given the most views leads the box on the front page", async ({ page, request }) => {
  test.setTimeout(150_000);
  // An older article, far down any seeded ranking.
  const article = published.at(-3)!;
  const ids = await captureBeaconIds(page);
  await page.goto(articlePath(article));
  await expect.poll(() => ids.length).toBe(1);
  const articleId = ids[0];

  // More readers than the whole seeded history gives any article, each a distinct visitor.
  const readers = 600;
  for (let start = 0; start < readers; start += 50) {
    const batch = Array.from({ length: 50 }, (_, i) =>
      request.post("/api/views", { data: { articleId }, headers: { "user-agent": `${FIREFOX} E2E-Leser-${start + i}/1.0` } }),
    );
    for (const response of await Promise.all(batch)) expect(response.status()).toBe(202);
  }
  // The buffer is written every few seconds; the ranking is cached for about a minute.
  await page.waitForTimeout(4_000);
  const box = page.getByRole("complementary", { name: /Beliebteste Artikel/ });
  await expect
    .poll(
      async () => {
        // An old link to the one-hour list: redirected to the list on the page.
        await page.goto("/?beliebt=1h");
        return box.locator("#beliebt-1h").getByRole("listitem").first().getByRole("link").textContent();
      },
      { timeout: 120_000, intervals: [2_000, 5_000] },
    )
    .toBe(article.title);
  await expect(page).toHaveURL(/\/#beliebt-1h$/);
  await expect(box.locator("#beliebt-1h")).toBeVisible();
  await expect(box.locator("#beliebt-24h")).toBeHidden();
  await expect(box.locator("#beliebt-1h").getByText(/^Stand: \d\d:\d\d Uhr$/)).toBeVisible();
});

test("the box switches windows with plain links, without JavaScript and without a request", async ({ browser }) => {
  // Three cold renders; slow on the embedded database while the other tests load the server.
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const box = page.getByRole("complementary", { name: /Beliebteste Artikel/ });
  const day = box.getByRole("region", { name: "Meistgelesen in den letzten 24 Stunden" });
  const week = box.getByRole("region", { name: "Meistgelesen in den letzten 7 Tagen" });
  await expect(day.getByRole("listitem")).not.toHaveCount(0);
  await expect(week).toBeHidden();
  // No page request: the lists are in the page (a font for the newly shown list may load).
  let requests = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document") requests++;
  });
  await box.getByRole("link", { name: "7 Tage" }).click();
  await expect(page).toHaveURL(/\/#beliebt-7d$/);
  await expect(week.getByRole("listitem")).not.toHaveCount(0);
  await expect(day).toBeHidden();
  expect(requests).toBe(0);
  await box.getByRole("link", { name: "24 Std." }).click();
  await expect(day).toBeVisible();
  await expect(week).toBeHidden();
  await page.goto("/politik");
  await expect(
    page.getByRole("complementary", { name: /Beliebteste Artikel in Politik/ }).getByRole("region", { name: /24 Stunden/ }).getByRole("listitem"),
  ).not.toHaveCount(0);
  await context.close();
});
