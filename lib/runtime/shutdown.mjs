// @ts-check
// Work that must finish before this process ends (the view buffer's last
// write). The servers (scripts/server/server.ts and renderer.ts) stop on
// SIGTERM/SIGINT by closing their sockets and then awaiting
// exitAfterShutdownHooks(); nothing here replaces process.exit, so an exit is
// exactly where it is written.
import { processSingleton } from "./process-state.mjs";

/** @typedef {() => Promise<unknown> | unknown} ShutdownHook */

/** Below the launcher's 10-second hard kill of the server. */
export const SHUTDOWN_DEADLINE_MS = 7_000;

/** @returns {Map<string, ShutdownHook>} */
const hooks = () => processSingleton("shutdownHooks", () => new Map());

/**
 * Runs `hook` when the process shuts down; one hook per name (a second
 * registration replaces the first). Returns the function that removes it.
 * @param {string} name
 * @param {ShutdownHook} hook
 * @returns {() => void}
 */
export function onShutdown(name, hook) {
  hooks().set(name, hook);
  return () => {
    if (hooks().get(name) === hook) hooks().delete(name);
  };
}

/** @returns {string[]} */
export function shutdownHookNames() {
  return [...hooks().keys()];
}

/**
 * Runs every hook at once and waits until all have settled or the deadline
 * has passed; a failing or hanging hook is logged, never thrown.
 * @param {number} [deadlineMs]
 * @returns {Promise<void>}
 */
export async function runShutdownHooks(deadlineMs = SHUTDOWN_DEADLINE_MS) {
  const running = [...hooks()].map(([name, hook]) =>
    Promise.resolve()
      .then(hook)
      .catch((/** @type {unknown} */ error) => console.error(`Beim Beenden ist „${name}“ fehlgeschlagen:`, error)),
  );
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("deadline"), deadlineMs);
  });
  const outcome = await Promise.race([Promise.all(running).then(() => "done"), deadline]);
  clearTimeout(timer);
  if (outcome === "deadline") console.error(`Beim Beenden: nach ${deadlineMs} ms nicht alles abgeschlossen (${shutdownHookNames().join(", ")}).`);
}

/**
 * Runs the shutdown hooks, then ends the process with `code`.
 * @param {number} code
 * @returns {Promise<never>}
 */
export async function exitAfterShutdownHooks(code) {
  await runShutdownHooks();
  return process.exit(code);
}
