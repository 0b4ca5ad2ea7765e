/**
 * The background jobs of the front process (scripts/server/server.ts), which
 * owns them all: the view jobs (lib/views/tracking.ts: the buffer's flush,
 * the ranking windows, the rollup) and the database probe that lets the
 * response cache answer a quick 503 while the database is down, and the
 * expiry of scheduled articles at their time (lib/articles/scheduled.ts):
 * `expireTags` expires the tags once in this process (response cache, CDN
 * purge) and in every renderer's "use cache" entries, without a renderer
 * announcing them back (scripts/server/expiry-hub.ts). The renderers run none
 * (instrumentation.ts).
 */
import { startScheduledExpiry } from "../../lib/articles/scheduled";
import type { DatabaseAvailability } from "../../lib/db/availability";
import { startJob } from "../../lib/runtime";
import { startViewJobs } from "../../lib/views/tracking";

export function startFrontJobs(database: DatabaseAvailability, expireTags: (tags: string[]) => void): void {
  startViewJobs();
  startScheduledExpiry(expireTags);
  startJob("database:probe", () => {
    database.start();
    return () => database.stop();
  });
}
