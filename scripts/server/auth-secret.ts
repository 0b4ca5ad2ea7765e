import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { settings } from "../../lib/runtime";

/**
 * The secret that signs admin session cookies: AUTH_SECRET if set, else one
 * generated once and kept in the data directory, so sessions survive restarts.
 */
export async function ensureAuthSecret(dataDir: string): Promise<string> {
  const configured = settings().authSecret;
  if (configured) return configured;
  const file = path.join(dataDir, "auth-secret");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
