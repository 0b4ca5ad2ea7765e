import { describe, expect, it } from "vitest";
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from "./login-throttle";

describe("LoginThrottle", () => {
  it("refuses after five failures and forgives after the window", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    const keys = ["email:a@b.de", "ip:1.2.3.4"];
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure(keys);
    expect(throttle.retryAfter(keys)).toBe(0);
    throttle.recordFailure(keys);
    expect(throttle.retryAfter(keys)).toBe(WINDOW_MS);
    expect(throttle.retryAfter(["ip:1.2.3.4"])).toBeGreaterThan(0);
    expect(throttle.retryAfter(["email:other@b.de"])).toBe(0);
    now += WINDOW_MS + 1;
    expect(throttle.retryAfter(keys)).toBe(0);
  });

  it("clears an account's failures on success", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES; i++) throttle.recordFailure(["email:a@b.de"]);
    throttle.recordSuccess(["email:a@b.de"]);
    expect(throttle.retryAfter(["email:a@b.de"])).toBe(0);
  });
});
