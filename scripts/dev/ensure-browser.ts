// Makes sure the end-to-end tests have a Chromium: Debian's (/usr/bin/chromium),
// else Playwright's own if it was downloaded, else installs Debian's package when
// running as root. Otherwise it explains what to do and fails.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function main() {
  if (existsSync(SYSTEM_CHROMIUM)) return console.log(`Browser: ${SYSTEM_CHROMIUM}`);
  const bundled = playwrightChromium();
  if (bundled) return console.log(`Browser: ${bundled}`);

  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Kein Chromium gefunden – installiere Debians Paket chromium (apt-get) …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
    if (existsSync(SYSTEM_CHROMIUM)) return console.log(`Browser: ${SYSTEM_CHROMIUM}`);
  }

  console.error(
    [
      "Für die End-to-End-Tests wird Chromium gebraucht, es wurde aber keins gefunden.",
      "Installieren Sie eins, dann `npm test` erneut:",
      "  Debian/Ubuntu:  sudo apt-get install chromium",
      "  mit Internet:   npx playwright install chromium",
    ].join("\n"),
  );
  process.exit(1);
}

main();
