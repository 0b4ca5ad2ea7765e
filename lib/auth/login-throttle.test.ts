import { describe, expect, it } from "vitest";
import { LoginThrottle, loginKeys, MAX_ADDRESS_FAILURES, MAX_FAILURES, MAX_KEYS, WINDOW_MS } from "./login-throttle";

/** Fails `n` attempts with these keys (counted on begin, never taken back). */
function fail(throttle: LoginThrottle, keys: ReturnType<typeof loginKeys>, n = 1) {
  for (let i = 0; i < n; i++) expect(throttle.begin(keys).allowed).toBe(true);
}

describe("LoginThrottle", () => {
  it("refuses after five failures for an account and forgives after the window", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    const keys = loginKeys("a@b.de", "1.2.3.4");
    fail(throttle, keys, MAX_FAILURES);
    expect(throttle.retryAfter(keys)).toBe(WINDOW_MS);
    expect(throttle.begin(keys)).toEqual({ allowed: false, retryAfterMs: WINDOW_MS });
    expect(throttle.retryAfter(loginKeys("other@b.de", null))).toBe(0);
    now += WINDOW_MS + 1;
    expect(throttle.retryAfter(keys)).toBe(0);
  });

  it("throttles one address trying many accounts", () => {
    const throttle = new LoginThrottle(() => 5_000);
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) fail(throttle, loginKeys(`opfer${i}@b.de`, "203.0.113.7"));
    expect(throttle.begin(loginKeys("neu@b.de", "203.0.113.7")).allowed).toBe(false);
    expect(throttle.begin(loginKeys("neu@b.de", "198.51.100.1")).allowed).toBe(true);
  });

  it("a success clears the account's failures and takes back its own count only", () => {
    const throttle = new LoginThrottle();
    const keys = loginKeys("a@b.de", "1.2.3.4");
    fail(throttle, keys, MAX_FAILURES - 1);
    const attempt = throttle.begin(keys);
    if (!attempt.allowed) throw new Error("should be allowed");
    throttle.succeeded(attempt);
    expect(throttle.retryAfter(loginKeys("a@b.de", null))).toBe(0);
    // The address keeps its four earlier failures: 16 more lock it.
    for (let i = 0; i < MAX_ADDRESS_FAILURES - MAX_FAILURES + 1; i++) fail(throttle, loginKeys(`x${i}@b.de`, "1.2.3.4"));
    expect(throttle.begin(loginKeys("y@b.de", "1.2.3.4")).allowed).toBe(false);
  });

  it("counts parallel attempts before any is verified: 200 at once get five guesses", () => {
    const throttle = new LoginThrottle();
    const started = Array.from({ length: 200 }, () => throttle.begin(loginKeys("chefin@b.de", null)));
    expect(started.filter((a) => a.allowed)).toHaveLength(MAX_FAILURES);
  });

  it("stays bounded without forgetting a real account's recent failures when flooded with made-up ones", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    const victim = loginKeys("chefin@rundblick.example", null);
    fail(throttle, victim, MAX_FAILURES - 2);
    // More made-up accounts than the table holds, one failure each, a little later.
    for (let i = 0; i <= MAX_KEYS + 10; i++) {
      if (i % 1000 === 0) now += 1;
      fail(throttle, loginKeys(`erfunden-${i}@example.com`, null));
    }
    expect(throttle.size).toBeLessThanOrEqual(MAX_KEYS);
    // The account's three failures are still known: two more lock it.
    fail(throttle, victim, 2);
    expect(throttle.begin(victim).allowed).toBe(false);
  });
});
