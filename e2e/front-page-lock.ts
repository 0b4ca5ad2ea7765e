import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const LOCK = path.join(tmpdir(), `rundblick-e2e-aufmacher-${process.env.E2E_PORT ?? 3100}`);
/** A lock this old belongs to a worker that died holding it. */
const STALE_MS = 5 * 60_000;
let held = false;

/**
 * The admin specs run two at a time, and every article published becomes the
 * front page's lead until a newer one comes. A test that publishes takes the
 * front page first and keeps it until it has checked what it needs, so
 * another test's article cannot take the lead in between. One directory per
 * test server (mkdir either creates it or fails); the spec files release it
 * in afterEach, so a failing test does not keep it.
 */
export async function takeFrontPage(): Promise<void> {
  if (held) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      held = true;
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Gives the front page back (nothing when this worker does not hold it). */
export function releaseFrontPage(): void {
  if (!held) return;
  held = false;
  rmSync(LOCK, { recursive: true, force: true });
}
