/**
 * `npm start`: everything a fresh checkout needs to serve the site.
 *
 * 0. Settings: every environment variable is checked first
 *    (lib/runtime/settings.mjs); a bad one stops the start at once, with a
 *    German message naming it, before anything is started, migrated or built.
 * 1. Database: DATABASE_URL if set, else an embedded Postgres (PGlite, data in
 *    .data/) served on a loopback port, so the app speaks plain Postgres either way.
 * 2. Migrations (Prisma's schema engine, wasm build), then demo content once.
 * 3. `next build` when the build is missing or older than the sources.
 * 4. The server (scripts/server/server.ts: a front process with the response cache
 *    and the view-beacon fast path, and Next in a renderer process behind it) on
 *    PORT (default 3000); Ctrl-C or SIGTERM stops it all cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret";
import { bootstrapAdmin, type BootstrapResult } from "./bootstrap-admin";
import { buildIsCurrent, markBuildCurrent } from "./build-stamp";
import { dataDirFromEnv, startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations, PROJECT_ROOT } from "../db/schema-engine";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { parseSettings, settings } from "../../lib/runtime";
import { seedDemoContent } from "../../prisma/seed/seed";

const step = (message: string) => console.log(`▸ ${message}`);
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVER = path.join(PROJECT_ROOT, "scripts", "server", "server.ts");

let embedded: EmbeddedPostgres | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function main() {
  // Before anything starts: a bad setting (a TRUST_PROXY we would have to
  // guess at, a cache size that is no number …) refuses the start.
  const checked = parseSettings(process.env);
  if (!checked.ok) {
    for (const problem of checked.problems) console.error(`✘ ${problem}`);
    console.error("Der Server wurde nicht gestartet. Bitte die Einstellung korrigieren (docs/operations.md nennt alle).");
    process.exit(1);
  }
  // Pictures live beside the database's files unless PICTURES_DIR says otherwise (the seed and the server agree).
  process.env.PICTURES_DIR ??= path.join(dataDirFromEnv(checked.settings.dataDir), "pictures");
  const { port, siteUrl, adminEmail, adminPassword } = settings();

  const dataDir = dataDirFromEnv();
  let databaseUrl = settings().databaseUrl;
  // Telemetry off: the site must start on machines without internet access.
  const childEnv: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: String(port), SITE_URL: siteUrl, NODE_ENV: "production" };
  if (databaseUrl) {
    step(`Datenbank: ${redact(databaseUrl)}`);
  } else {
    step(`Keine DATABASE_URL gesetzt – starte die eingebettete Datenbank (PGlite, Daten in ${path.relative(PROJECT_ROOT, dataDir) || dataDir}) …`);
    embedded = await startEmbeddedPostgres(dataDir);
    databaseUrl = embedded.url;
    // The servers then take one connection: PGlite multiplexes every socket onto one session.
    childEnv.DATABASE_EMBEDDED = "1";
    step(`Eingebettete Datenbank bereit auf ${embedded.address}`);
  }
  childEnv.DATABASE_URL = databaseUrl;
  childEnv.AUTH_SECRET = await ensureAuthSecret(dataDir);

  step("Wende Migrationen an …");
  const applied = await applyMigrations(databaseUrl, { log: (line) => console.log(`  ${line}`) });
  step(applied.length ? `${applied.length} Migration(en) angewendet.` : "Datenbankschema ist aktuell.");

  const prisma = createPrismaClient(databaseUrl, embedded ? { poolMax: 1 } : {});
  let admin: BootstrapResult;
  try {
    const seeded = await seedDemoContent(prisma);
    step(
      seeded.created
        ? `Demo-Inhalte geladen: ${seeded.articles} Artikel in ${seeded.sections} Ressorts.`
        : "Vorhandene Inhalte gefunden – Demo-Inhalte werden nicht geladen.",
    );
    admin = await bootstrapAdmin(prisma, {
      email: adminEmail,
      password: adminPassword,
      allowGenerated: Boolean(embedded),
    });
  } finally {
    await prisma.$disconnect();
  }

  if (await buildIsCurrent()) {
    step("Build ist aktuell.");
  } else {
    step("Baue die Anwendung (next build) – das dauert beim ersten Start ein bis zwei Minuten …");
    // The build reads no content from the database, so it is the same for every database.
    const buildEnv = { ...childEnv };
    delete buildEnv.DATABASE_URL;
    delete buildEnv.REDIS_URL;
    await run(process.execPath, [NEXT_BIN, "build"], buildEnv);
    await markBuildCurrent();
  }
  if (stopping) return;

  step(`Starte den Server auf Port ${port} …`);
  server = spawn(process.execPath, ["--import", "tsx", SERVER], {
    cwd: PROJECT_ROOT,
    env: childEnv,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) console.log(`  ${line}`);
  });
  server.on("exit", (code, signal) => {
    server = undefined;
    if (!stopping) {
      console.error(`Der Server wurde unerwartet beendet (${signal ?? `Code ${code}`}).`);
      void shutdown(1);
    }
  });

  await waitForHealth(`http://127.0.0.1:${port}/api/health`);
  console.log("");
  console.log(`✔ Rundblick läuft: ${siteUrl}`);
  console.log(`  Redaktion: ${siteUrl}/admin/login`);
  if (admin.created && admin.generatedPassword) {
    console.log(`  Erstes Admin-Konto: ${admin.email} / Passwort: ${admin.generatedPassword}`);
    console.log("  (Das Passwort wird nur dieses eine Mal angezeigt.)");
  } else if (admin.created) {
    console.log(`  Erstes Admin-Konto angelegt: ${admin.email} (Passwort aus ADMIN_PASSWORD)`);
  } else {
    console.log("  Anmelden mit einem vorhandenen Konto (ADMIN_EMAIL/ADMIN_PASSWORD legen nur ein erstes Konto an).");
  }
  console.log("  Beenden mit Strg+C.");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    server = child;
    child.on("exit", (code, signal) => {
      server = undefined;
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} ${args[1] ?? ""} ist fehlgeschlagen (${signal ?? `Code ${code}`}).`));
    });
  });
}

async function waitForHealth(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!stopping) throw new Error(`Der Server antwortet nicht auf ${url}.`);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (embedded) {
    await embedded.stop();
    step("Eingebettete Datenbank geschlossen.");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: unknown) => {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
