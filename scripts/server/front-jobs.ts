/**
 * The background jobs of the front process (scripts/server/server.ts), which
 * owns them all: the view jobs (lib/views/tracking.ts: the buffer's flush,
 * the ranking windows, the rollup) and the database probe that lets the
 * response cache answer a quick 503 while the database is down. The renderer
 * runs none (instrumentation.ts).
 */
import type { DatabaseAvailability } from "../../lib/db/availability";
import { startJob } from "../../lib/runtime";
import { startViewJobs } from "../../lib/views/tracking";

export function startFrontJobs(database: DatabaseAvailability): void {
  startViewJobs();
  startJob("database:probe", () => {
    database.start();
    return () => database.stop();
  });
}
