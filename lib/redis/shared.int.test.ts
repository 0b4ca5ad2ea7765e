import { afterEach, describe, expect, it } from "vitest";
import { createSharedTags } from "../cache/shared-tags.mjs";
import { LoginThrottle, loginKeys, MAX_FAILURES } from "../auth/login-throttle";
import { SharedLoginThrottle } from "../auth/shared-throttle";
import { SharedVisitorLog } from "../views/shared-visitors";
import { SharedRedis } from "./connection.mjs";
import { ready, redisInstances, TEST_REDIS_URL } from "../../test/redis";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function twoInstances() {
  const pair = redisInstances(2);
  close = pair.close;
  await ready(pair.instances);
  return pair.instances as [SharedRedis, SharedRedis];
}

describe.skipIf(!TEST_REDIS_URL)("shared through Redis (two instances, one Redis)", () => {
  it("tag expiry: B learns A's expiry before its next render, once per change", async () => {
    const [a, b] = await twoInstances();
    const manifestA = new Map<string, { stale?: number; expired?: number }>();
    const manifestB = new Map<string, { stale?: number; expired?: number }>();
    const tagsA = createSharedTags({ redis: a, manifest: manifestA });
    const tagsB = createSharedTags({ redis: b, manifest: manifestB });
    const heard: string[] = [];
    const stop = b.subscribe("tags-expired", (message) => heard.push(message));
    await new Promise((resolve) => setTimeout(resolve, 100));

    await tagsB.refresh();
    expect(manifestB.size).toBe(0);
    const expiredAt = Date.now();
    manifestA.set("article:7", { expired: expiredAt });
    manifestA.set("front", { stale: expiredAt, expired: expiredAt + 3_600_000 });
    await tagsA.publish(["article:7", "front"]);
    await tagsB.refresh();
    expect(manifestB.get("article:7")).toEqual({ expired: expiredAt });
    expect(manifestB.get("front")).toEqual({ stale: expiredAt, expired: expiredAt + 3_600_000 });
    await expect.poll(() => heard).toEqual([JSON.stringify({ tags: ["article:7", "front"] })]);

    // A later local expiry on B is not undone by the older shared time.
    manifestB.set("article:7", { expired: expiredAt + 5_000 });
    await tagsB.refresh();
    await tagsA.publish(["article:7"]);
    await tagsB.refresh();
    expect(manifestB.get("article:7")!.expired).toBe(expiredAt + 5_000);
    stop();
  });

  it("login throttle: five wrong passwords on A lock the account on B too", async () => {
    const [a, b] = await twoInstances();
    const onA = new SharedLoginThrottle(a, new LoginThrottle());
    const onB = new SharedLoginThrottle(b, new LoginThrottle());
    const keys = loginKeys("Redaktion@Example.com", "203.0.113.5");
    for (let i = 0; i < MAX_FAILURES; i++) expect((await onA.begin(keys)).allowed).toBe(true);
    const refused = await onB.begin(loginKeys("redaktion@example.com", "198.51.100.9"));
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterMs).toBeGreaterThan(14 * 60_000);
    // Another account from the same address is still allowed (20 per address).
    expect((await onB.begin(loginKeys("andere@example.com", "203.0.113.5"))).allowed).toBe(true);
  });

  it("login throttle: parallel attempts on two instances get no more guesses than the limit", async () => {
    const [a, b] = await twoInstances();
    const throttles = [new SharedLoginThrottle(a, new LoginThrottle()), new SharedLoginThrottle(b, new LoginThrottle())];
    const attempts = await Promise.all(Array.from({ length: 40 }, (_, i) => throttles[i % 2]!.begin(loginKeys("ziel@example.com", null))));
    expect(attempts.filter((x) => x.allowed)).toHaveLength(MAX_FAILURES);
  });

  it("login throttle: a right password forgives the account on every instance", async () => {
    const [a, b] = await twoInstances();
    const onA = new SharedLoginThrottle(a, new LoginThrottle());
    const onB = new SharedLoginThrottle(b, new LoginThrottle());
    const keys = loginKeys("redakteur@example.com", null);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await onA.begin(keys);
    const last = await onB.begin(keys);
    if (!last.allowed) throw new Error("refused too early");
    await onB.succeeded(last);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await onA.begin(keys)).allowed).toBe(true);
  });

  it("view dedupe: the same reader on A and then on B counts once; another reader counts", async () => {
    const [a, b] = await twoInstances();
    const logA = new SharedVisitorLog(a);
    const logB = new SharedVisitorLog(b);
    const reader = { address: "203.0.113.20", userAgent: "Mozilla/5.0 Leser" };
    expect(await logA.claim(reader, 11)).toBe(true);
    expect(await logB.claim(reader, 11)).toBe(false);
    expect(await logB.claim(reader, 12)).toBe(true);
    expect(await logB.claim({ ...reader, address: "203.0.113.21" }, 11)).toBe(true);
    // A claim taken back (the view was not buffered) may be made again.
    await logB.release(reader, 12);
    expect(await logA.claim(reader, 12)).toBe(true);
  });

  it("view dedupe: just after UTC midnight, a view from before midnight on the other instance is still a repeat", async () => {
    const [a, b] = await twoInstances();
    const midnight = Math.ceil(Date.now() / 86_400_000) * 86_400_000;
    const reader = { address: "203.0.113.30", userAgent: "Mozilla/5.0 Nachteule" };
    expect(await new SharedVisitorLog(a).claim(reader, 5, midnight - 5 * 60_000)).toBe(true);
    expect(await new SharedVisitorLog(b).claim(reader, 5, midnight + 5 * 60_000)).toBe(false);
  });

  it("without Redis: the throttle counts locally and dedupe says it cannot answer", async () => {
    const gone = new SharedRedis({ url: "redis://127.0.0.1:1", prefix: "rundblick-test:weg:" });
    try {
      const local = new LoginThrottle();
      const throttle = new SharedLoginThrottle(gone, local);
      const keys = loginKeys("lokal@example.com", null);
      for (let i = 0; i < MAX_FAILURES; i++) expect((await throttle.begin(keys)).allowed).toBe(true);
      expect((await throttle.begin(keys)).allowed).toBe(false);
      expect(local.size).toBe(1);
      expect(await new SharedVisitorLog(gone).claim({ address: "x", userAgent: "y" }, 1)).toBeNull();
    } finally {
      gone.disconnect();
    }
  });
});
