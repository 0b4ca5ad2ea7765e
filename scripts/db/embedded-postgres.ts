import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { settings } from "../../lib/runtime";

/** Where `npm start` keeps the embedded database (and the generated AUTH_SECRET): DATA_DIR, default `.data/` in the project. */
export function dataDirFromEnv(dataDir = settings().dataDir): string {
  return dataDir ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".data");
}

export type EmbeddedPostgres = {
  /** postgresql:// URL for any Postgres client. */
  url: string;
  /** host:port it listens on. */
  address: string;
  stop(): Promise<void>;
};

/**
 * Postgres for machines without one: PGlite (Postgres compiled to WebAssembly)
 * with its data in `dataRoot/pglite`, served over the Postgres wire protocol on
 * a free loopback port. Pass no `dataRoot` for a throwaway in-memory database.
 */
export async function startEmbeddedPostgres(dataRoot?: string, port = 0): Promise<EmbeddedPostgres> {
  let lockFile: string | undefined;
  if (dataRoot) {
    await mkdir(dataRoot, { recursive: true });
    lockFile = path.join(dataRoot, "pglite.pid");
    await takeLock(lockFile);
  }
  const db = await PGlite.create(dataRoot ? { dataDir: path.join(dataRoot, "pglite") } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
    address,
    async stop() {
      await server.stop();
      await db.close();
      if (lockFile) await rm(lockFile, { force: true });
    },
  };
}

// PGlite has one writer and no lock of its own: two launchers on one data
// directory would corrupt it.
async function takeLock(lockFile: string) {
  const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `Die eingebettete Datenbank wird schon von Prozess ${holder} benutzt (${lockFile}). Läuft Rundblick bereits?`,
    );
  }
  await writeFile(lockFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
