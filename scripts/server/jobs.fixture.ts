/**
 * Child process for scripts/server/jobs.test.ts: starts the background jobs
 * the way one of the processes does, prints the names of the jobs running,
 * and exits.
 * Usage: node --conditions=react-server --import tsx scripts/server/jobs.fixture.ts front|renderer|next-alone
 */
import { DatabaseAvailability } from "../../lib/db/availability";
import { runningJobs, stopJobs } from "../../lib/runtime";
import { register } from "../../instrumentation";
import { startFrontJobs } from "./front-jobs";

async function main() {
  if (process.argv[2] === "front") {
    startFrontJobs(new DatabaseAvailability(async () => undefined), () => undefined);
  } else {
    // What Next does in the renderer (behind the front: RENDERER_RELAY_TOKEN set) and when it runs alone.
    process.env.NEXT_RUNTIME = "nodejs";
    await register();
  }
  console.log(JSON.stringify(runningJobs()));
  stopJobs();
  process.exit(0);
}

void main();
