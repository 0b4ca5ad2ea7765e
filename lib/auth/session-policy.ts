import "server-only";
import { db } from "../db";

/**
 * Editors' sessions end after SESSION_IDLE_MS without a request, and in any
 * case SESSION_ABSOLUTE_SECONDS after the login.
 *
 * The absolute lifetime is better-auth's own: a session expires
 * `expiresIn` after it was created, and its refresh is turned off, so using
 * it never moves that end (lib/auth/better-auth.ts). The idle timeout is
 * kept here, on the server: every request that looks the session up marks it
 * used (at most every TOUCH_EVERY_MS, one UPDATE), and a session unused for
 * longer than the idle time is deleted. Nothing depends on the browser
 * sending a refreshed cookie, which a Server Component could not set.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;
export const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionRow = { id: string; updatedAt: Date | string };

/** True while the session may be used (and marks it used); false when it idled out (it is deleted). */
export async function keepSessionAlive(session: SessionRow, now = new Date()): Promise<boolean> {
  const lastUsed = new Date(session.updatedAt).getTime();
  if (now.getTime() - lastUsed > SESSION_IDLE_MS) {
    await db.session.deleteMany({ where: { id: session.id } });
    return false;
  }
  if (now.getTime() - lastUsed > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  }
  return true;
}
