/**
 * `npm run admin:password -- <email>`: a new password for an existing account
 * (forgotten password, handover), and every session of that account ends.
 * The password comes from ADMIN_PASSWORD (at least 10 characters) or is
 * generated and printed once. Database: DATABASE_URL, else the embedded one in
 * DATA_DIR (default .data), which must not be in use by a running `npm start`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client";
import { resetPassword } from "./bootstrap-admin";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { PROJECT_ROOT } from "./schema-engine";

async function main() {
  const email = process.argv[2];
  if (!email || process.argv.length > 3 || email.startsWith("-")) {
    throw new Error("Aufruf: npm run admin:password -- <E-Mail-Adresse>   (neues Passwort aus ADMIN_PASSWORD oder erzeugt)");
  }
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = process.env.DATA_DIR ?? path.join(PROJECT_ROOT, ".data");
    if (!existsSync(dataDir)) throw new Error(`Keine eingebettete Datenbank in ${dataDir} (und keine DATABASE_URL): zuerst npm start.`);
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  const prisma = createPrismaClient(url);
  try {
    const result = await resetPassword(prisma, email, process.env.ADMIN_PASSWORD || undefined);
    console.log(`Neues Passwort für ${result.email} gesetzt; ${result.endedSessions} Sitzung(en) beendet.`);
    if (result.generatedPassword) console.log(`Passwort: ${result.generatedPassword}  (wird nur dieses eine Mal angezeigt)`);
    if (!result.active) console.log("Hinweis: Das Konto ist deaktiviert; ein Admin kann es unter /admin/benutzer wieder aktivieren.");
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
