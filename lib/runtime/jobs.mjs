// @ts-check
// Background jobs (the view buffer's flush, the hourly rollup, the ranking
// windows' move, the database probe): each runs in the process that owns it,
// once. Starting a job twice in one process is a mistake in the caller and
// throws; runningJobs() tells tests and operators which process runs what.
import { processSingleton } from "./process-state.mjs";

/** @returns {Map<string, () => void>} name → stop */
const jobs = () => processSingleton("backgroundJobs", () => new Map());

/**
 * Starts a job: `start` sets up its timers and returns the function that stops them.
 * @param {string} name
 * @param {() => () => void} start
 */
export function startJob(name, start) {
  if (jobs().has(name)) throw new Error(`Die Hintergrundaufgabe „${name}“ läuft in diesem Prozess schon.`);
  jobs().set(name, start());
}

/**
 * A job that runs `run` every `everyMs` (first after `firstAfterMs`); a
 * failure is logged and the next run comes as planned. Timers do not keep the
 * process alive.
 * @param {string} name
 * @param {{ everyMs: number, firstAfterMs?: number, label: string, run: () => Promise<unknown> }} options
 */
export function startRepeatingJob(name, { everyMs, firstAfterMs = everyMs, label, run }) {
  startJob(name, () => {
    const once = () => {
      run().catch((/** @type {unknown} */ error) =>
        console.warn(`[${name}] ${label} fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`),
      );
    };
    /** @type {NodeJS.Timeout | undefined} */
    let interval;
    const first = setTimeout(() => {
      once();
      interval = setInterval(once, everyMs);
      interval.unref();
    }, firstAfterMs);
    first.unref();
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  });
}

/** The names of the jobs running in this process. */
export function runningJobs() {
  return [...jobs().keys()].sort();
}

/** Stops every job of this process (tests; a server stops them as it ends). */
export function stopJobs() {
  for (const stop of jobs().values()) stop();
  jobs().clear();
}
