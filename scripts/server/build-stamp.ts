import { createHash } from "node:crypto";
import { settings } from "../../lib/runtime";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../db/schema-engine";
import { securityHeaderRoutes } from "../../lib/http/security-headers";

// Everything `next build` compiles. A change in any of these makes the build stale.
const INPUTS = ["app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(PROJECT_ROOT, ".next", "rundblick-build-stamp");

async function* files(entry: string): AsyncGenerator<string> {
  const full = path.join(PROJECT_ROOT, entry);
  if (!existsSync(full)) return;
  const dirents = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!dirents) {
    yield entry;
    return;
  }
  for (const dirent of dirents.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(dirent.name)) continue;
    const child = path.join(entry, dirent.name);
    if (dirent.isDirectory()) yield* files(child);
    else if (dirent.isFile()) yield child;
  }
}

/**
 * A hash over the build's inputs (paths and contents), and the security
 * headers next.config.ts bakes into the build (they depend on SITE_URL's
 * scheme: HSTS only for https).
 */
export async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(securityHeaderRoutes({ siteUrl: settings().siteUrl }))).update("\0");
  for (const input of INPUTS) {
    for await (const file of files(input)) {
      hash.update(file).update("\0").update(await readFile(path.join(PROJECT_ROOT, file))).update("\0");
    }
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) return false;
  const stamp = await readFile(STAMP, "utf8").catch(() => "");
  return stamp === (await sourceHash());
}

export async function markBuildCurrent(): Promise<void> {
  await writeFile(STAMP, await sourceHash());
}
