import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { demoPhoto } from "../lib/media/demo-photo";
import { logIn, save } from "./admin-helpers";
import { releaseFrontPage, takeFrontPage } from "./front-page-lock";

test.afterEach(releaseFrontPage);

const IMMUTABLE = "public, max-age=31536000, immutable";

async function fillArticle(page: Page, title: string) {
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Bildertest");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Ein Artikel mit einem hochgeladenen Foto, geschrieben von den Ende-zu-Ende-Tests.");
  await page.getByLabel("Text (Markdown)").fill("Erster Absatz.\n\n## Am Hafen\n\nMehr Text.\n\n## Am Abend\n\nNoch mehr Text.");
  await page.getByLabel("Ressort").selectOption({ label: "Panorama" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
}

test.describe.configure({ mode: "serial" });

test("bad files get a German message in the editor", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/artikel/neu");
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  await page.getByLabel("Bild hochladen").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: svg });
  await expect(page.getByRole("alert").filter({ hasText: "SVG-Dateien werden nicht angenommen" })).toBeVisible();
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#345" } }).png().toBuffer();
  await page.getByLabel("Bild hochladen").setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: png });
  await expect(page.getByRole("alert").filter({ hasText: "gibt sich als JPEG aus, ist aber PNG" })).toBeVisible();
  await page.getByLabel("Bild hochladen").setInputFiles({ name: "notiz.txt", mimeType: "text/plain", buffer: Buffer.from("kein Bild") });
  await expect(page.getByRole("alert").filter({ hasText: "kein Bild" })).toBeVisible();
  await expect(page.getByTestId("bild-vorschau")).toHaveCount(0);
});

test("an editor uploads a photo, publishes, and readers get its variants, share image and structured data", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await logIn(page);
  const title = `Abendlicht über dem Testhafen ${Date.now()}`;
  await fillArticle(page, title);

  // Upload through the file picker: a 2400 × 1600 photo made for the test.
  const photo = await demoPhoto(2400, 1600, { hue: 20 });
  await page.getByLabel("Bild hochladen").setInputFiles({ name: "testhafen.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByTestId("bild-vorschau")).toBeVisible({ timeout: 60_000 });
  // The focal point: a click on the right third of the picture.
  const preview = page.getByRole("button", { name: /Fokuspunkt setzen/ });
  const box = (await preview.boundingBox())!;
  await preview.click({ position: { x: box.width * 0.75, y: box.height * 0.5 } });
  await expect(page.getByText(/Fokuspunkt 75 % \/ 50 %/)).toBeVisible();

  // Publishing without alt text and credit is refused, and nothing is saved.
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText(/Alternativtext\): ohne ihn wird ein Artikel mit Bild nicht veröffentlicht/)).toBeVisible();
  await expect(page.getByText(/Bitte den Bildnachweis angeben/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/artikel\/neu$/);
  // The picture stays chosen.
  await expect(page.getByTestId("bild-vorschau")).toBeVisible();

  await page.getByLabel("Alternativtext (Bildbeschreibung)").fill("Ein Hafenbecken im Abendlicht, dahinter sanfte Hügel");
  await page.getByLabel("Bildnachweis").fill("Rundblick-Testfoto");
  await page.getByLabel("Bildunterschrift (optional)").fill("Der Testhafen am Abend.");
  await takeFrontPage();
  await save(page);
  // (Next keeps the page before hidden: look only at what is shown.)
  await expect(page.getByRole("button", { name: /Fokuspunkt setzen, jetzt 75 %/ })).toBeVisible();
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  const path = `/panorama/${slug}`;

  // A reader's view.
  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(path);
  const figure = reader.locator("article figure").first();
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", "Ein Hafenbecken im Abendlicht, dahinter sanfte Hügel");
  await expect(img).toHaveAttribute("fetchpriority", "high");
  await expect(img).toHaveAttribute("loading", "eager");
  await expect(img).toHaveAttribute("width", "1920");
  await expect(img).toHaveAttribute("height", "1280");
  await expect(figure.locator("figcaption")).toHaveText("Der Testhafen am Abend. Foto: Rundblick-Testfoto");
  const avif = await figure.locator('source[type="image/avif"]').getAttribute("srcset");
  const webp = await figure.locator('source[type="image/webp"]').getAttribute("srcset");
  const hash = /\/bilder\/([0-9a-f]{32})-w320\.avif 320w/.exec(avif ?? "")?.[1];
  expect(hash, avif ?? "").toBeTruthy();
  for (const width of [320, 640, 960, 1280, 1920]) {
    expect(avif).toContain(`/bilder/${hash}-w${width}.avif ${width}w`);
    expect(webp).toContain(`/bilder/${hash}-w${width}.webp ${width}w`);
    expect(await img.getAttribute("srcset")).toContain(`/bilder/${hash}-w${width}.jpg ${width}w`);
  }
  // The browser really loaded one of them.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

  // Served with their type and a year-long immutable cache.
  for (const [name, type] of [[`${hash}-w640.avif`, "image/avif"], [`${hash}-w640.webp`, "image/webp"], [`${hash}-w1920.jpg`, "image/jpeg"]]) {
    const response = await context.request.get(`/bilder/${name}`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["cache-control"]).toBe(IMMUTABLE);
  }
  const served = await context.request.get(`/bilder/${hash}-w1920.jpg`);
  const meta = await sharp(await served.body()).metadata();
  expect([meta.width, meta.height, meta.exif]).toEqual([1920, 1280, undefined]);
  // Only names the pipeline makes: no original, no paths.
  for (const bad of [`${hash}-original.jpg`, "..%2F..%2Fpackage.json", `${"0".repeat(32)}-w640.jpg`]) {
    expect((await context.request.get(`/bilder/${bad}`)).status(), bad).toBe(404);
  }

  // The share image is the picture's 16:9 crop around the focal point.
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBe(new URL(`/bilder/${hash}-16x9-f75-50-w1200.jpg`, baseURL).toString());
  const share = await context.request.get(new URL(ogImage!).pathname);
  expect(share.headers()["content-type"]).toBe("image/jpeg");
  const shareMeta = await sharp(await share.body()).metadata();
  expect([shareMeta.width, shareMeta.height]).toEqual([1200, 675]);

  // JSON-LD: the three crops Google asks for.
  const scripts = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const ld = scripts.flatMap((s) => JSON.parse(s) as Record<string, unknown>[]).find((d) => d["@type"] === "NewsArticle")!;
  const images = ld.image as string[];
  expect(images.map((u) => new URL(u).pathname)).toEqual([
    `/bilder/${hash}-16x9-f75-50-w1200.jpg`,
    `/bilder/${hash}-4x3-f75-50-w1200.jpg`,
    `/bilder/${hash}-1x1-f75-50-w1200.jpg`,
  ]);
  for (const [url, size] of images.map((u, i) => [u, [[1200, 675], [1200, 900], [1200, 1200]][i]] as const)) {
    const response = await context.request.get(new URL(url).pathname);
    expect(response.headers()["cache-control"]).toBe(IMMUTABLE);
    const m = await sharp(await response.body()).metadata();
    expect([m.width, m.height]).toEqual(size);
  }

  // The front page leads with it: its picture at high priority, the others lazy,
  // and "Beliebteste Artikel" beside it on a wide screen.
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.goto("/");
  const lead = reader.getByRole("region", { name: "Aufmacher" });
  await expect(lead.getByRole("heading", { name: title })).toBeVisible();
  const leadImg = lead.locator("img");
  await expect(leadImg).toHaveAttribute("fetchpriority", "high");
  expect(await leadImg.getAttribute("srcset")).toContain(`/bilder/${hash}-16x9-f75-50-w640.jpg 640w`);
  const lazy = reader.locator('main img[loading="lazy"]');
  expect(await lazy.count()).toBeGreaterThan(4);
  expect(await reader.locator('main img[fetchpriority="high"]').count()).toBe(1);
  const mostRead = (await reader.locator("#beliebteste-artikel").boundingBox())!;
  const leadBox = (await lead.boundingBox())!;
  expect(mostRead.x).toBeGreaterThan(leadBox.x + leadBox.width - 1);
  expect(mostRead.y).toBeLessThan(leadBox.y + leadBox.height);
  releaseFrontPage();
  await context.close();

  // The picture is in the library for the next article.
  await page.goto("/admin/bilder");
  await page.getByLabel("Suchen").fill("Hafenbecken");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Foto: Rundblick-Testfoto" }).filter({ visible: true })).toHaveCount(1);
});
