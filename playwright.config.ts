import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The first admin account of the test server (see scripts/server/bootstrap-admin.ts).
export const E2E_ADMIN = { email: "redaktion@example.com", password: "e2e-geheimes-passwort" };
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium where installed (no browser download on machines without
// internet); otherwise Playwright's own.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const browserUse = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: systemChromium,
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: [
    // Reader-facing specs expect the demo content as seeded; the admin specs
    // publish and move articles, so they run after them.
    { name: "site", testIgnore: /(admin-.*|outage|instances|varnish|newsroom|reader-renderers)\.spec\.ts/, use: browserUse },
    // Editor journeys are long (log in, write, save several times): more room per test.
    { name: "admin", testMatch: /admin-.*\.spec\.ts/, dependencies: ["site"], timeout: 90_000, use: browserUse },
    // A second server whose database connection is cut for 30 s; last, so it competes with nothing.
    { name: "outage", testMatch: /outage\.spec\.ts/, dependencies: ["admin"], use: browserUse },
    // Two more servers on one database and one Redis (skipped without TEST_REDIS_URL); last as well.
    { name: "instances", testMatch: /instances\.spec\.ts/, dependencies: ["outage"], timeout: 120_000, use: browserUse },
    // One more server behind a real varnishd (skipped without TEST_DATABASE_URL or varnishd); last too.
    { name: "varnish", testMatch: /varnish\.spec\.ts/, dependencies: ["instances"], timeout: 120_000, use: browserUse },
    // More servers: one whose readers' renderer is stopped while an editor works, one with two readers' renderers
    // (skipped without TEST_DATABASE_URL); last too.
    { name: "newsroom", testMatch: /(newsroom|reader-renderers)\.spec\.ts/, dependencies: ["varnish"], timeout: 120_000, use: browserUse },
  ],
  webServer: {
    // The real launcher (`npm start`) against a fresh database; it builds when needed.
    command: "npx tsx scripts/dev/e2e-server.ts",
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), SITE_URL: baseURL, ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
