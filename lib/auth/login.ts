import { clientAddressFromHeaders } from "../http/client-address";
import { processSingleton } from "../runtime";
import { sharedRedis } from "../redis/connection.mjs";
import { loginKeys, loginThrottle, type Throttle } from "./login-throttle";
import { SharedLoginThrottle } from "./shared-throttle";

export const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort ist falsch.";

/**
 * The address the login throttle counts per client (lib/http/client-address.ts);
 * null when it is not known (then only accounts are throttled).
 */
export function loginClientAddress(headers: Headers): string | null {
  return clientAddressFromHeaders(headers);
}

export type LoginResult = { ok: true } | { ok: false; error: string };

/**
 * One login attempt under the throttle: counted before `verify` (the password
 * check, which throws when it fails) runs, so parallel attempts get no more
 * guesses than sequential ones.
 */
export async function throttledLogin(
  email: string,
  address: string | null,
  verify: () => Promise<unknown>,
  throttle: Throttle = processThrottle(),
): Promise<LoginResult> {
  const attempt = await throttle.begin(loginKeys(email, address));
  if (!attempt.allowed) {
    return { ok: false, error: `Zu viele Fehlversuche. Bitte in ${Math.ceil(attempt.retryAfterMs / 60_000)} Minuten erneut versuchen.` };
  }
  try {
    await verify();
  } catch {
    return { ok: false, error: WRONG_CREDENTIALS };
  }
  await throttle.succeeded(attempt);
  return { ok: true };
}

/** With REDIS_URL, the throttle every instance shares; without, this process's. */
function processThrottle(): Throttle {
  const redis = sharedRedis();
  if (!redis) return loginThrottle;
  return processSingleton("sharedLoginThrottle", () => new SharedLoginThrottle(redis, loginThrottle));
}
