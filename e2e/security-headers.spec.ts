import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { articlePath, published } from "./content";

function expectCommonHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self'"]) {
    expect(csp, `${path}: ${directive}`).toContain(directive);
  }
  // No per-request nonce: the same policy for every request, so cached pages stay valid.
  expect(csp, path).not.toContain("nonce-");
  // The test server runs on http: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  return csp;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const article = articlePath(published[0]);
  for (const path of ["/", article, "/politik", "/suche?q=Bahn", "/feed.xml", "/sitemap.xml", "/robots.txt", "/api/health", "/favicon.ico", "/gibt-es-nicht"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    const csp = expectCommonHeaders(response, path);
    expect(csp, path).toContain("frame-ancestors 'self'");
  }
  // A static file from the build.
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expectCommonHeaders(await request.get(asset!), asset!);

  const login = await request.get("/admin/login");
  const adminCsp = expectCommonHeaders(login, "/admin/login");
  expect(adminCsp).toContain("frame-ancestors 'none'");
  expect(login.headers()["x-frame-options"]).toBe("DENY");
});

/** The browser's CSP complaints while a page loads and runs. */
async function visitWithoutViolations(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(violations, path).toEqual([]);
}

test("reader pages work under the policy (no violations, scripts run)", async ({ page }) => {
  await visitWithoutViolations(page, "/");
  await visitWithoutViolations(page, articlePath(published[0]));
  // Links are plain links; following one loads the next page whole.
  await page.goto("/");
  await page.getByRole("navigation").first().getByRole("link", { name: "Sport" }).first().click();
  await expect(page).toHaveURL(/\/sport$/);
});
