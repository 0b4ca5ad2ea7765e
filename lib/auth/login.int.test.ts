import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getAuth } from "./better-auth";
import { credentialAccount } from "./credentials";
import { LoginThrottle, MAX_ADDRESS_FAILURES, MAX_FAILURES, WINDOW_MS } from "./login-throttle";
import { throttledLogin, WRONG_CREDENTIALS } from "./login";

const EMAIL = "chefin@rundblick.example";
const PASSWORD = "das-richtige-passwort";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  const id = randomUUID();
  await db.user.create({ data: { id, email: EMAIL, name: "Chefin", role: "ADMIN", emailVerified: true } });
  await db.account.create({ data: { ...(await credentialAccount(id, PASSWORD)), userId: id } });
});

/** The real password check, counting how often it runs. */
function countingSignIn() {
  const counter = { calls: 0 };
  const signIn = (password: string) => async () => {
    counter.calls++;
    await getAuth().api.signInEmail({ body: { email: EMAIL, password }, headers: new Headers() });
  };
  return { counter, signIn };
}

describe("throttledLogin (real better-auth, real database)", () => {
  it("gives 200 parallel attempts no more password checks than five sequential ones", async () => {
    let now = Date.now();
    const throttle = new LoginThrottle(() => now);
    const { counter, signIn } = countingSignIn();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => throttledLogin(EMAIL, null, signIn(`falsches-passwort-${i}`), throttle)),
    );
    expect(counter.calls).toBe(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.error === WRONG_CREDENTIALS)).toHaveLength(MAX_FAILURES);
    // Even the right password waits now, without being checked.
    const locked = await throttledLogin(EMAIL, null, signIn(PASSWORD), throttle);
    expect(locked).toEqual({ ok: false, error: expect.stringMatching(/^Zu viele Fehlversuche/) });
    expect(counter.calls).toBe(MAX_FAILURES);
    now += WINDOW_MS + 1;
    expect(await throttledLogin(EMAIL, null, signIn(PASSWORD), throttle)).toEqual({ ok: true });
  });

  it("slows one address trying one password on many accounts", async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      const result = await throttledLogin(`konto-${i}@example.com`, "203.0.113.7", async () => {
        throw new Error("unknown account");
      }, throttle);
      expect(result).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    const { counter, signIn } = countingSignIn();
    expect((await throttledLogin(EMAIL, "203.0.113.7", signIn(PASSWORD), throttle)).ok).toBe(false);
    expect(counter.calls).toBe(0);
    expect(await throttledLogin(EMAIL, "198.51.100.1", signIn(PASSWORD), throttle)).toEqual({ ok: true });
  });
});
