import { afterEach, describe, expect, it, vi } from "vitest";
import { announceTagExpiry, onTagExpiry } from "../runtime";
import { CdnPurger, cdnKey, expireHereAndPurge, purgeTargets, type PurgeTarget } from ".";

/** A target that records what it was asked to purge. */
function recordingTarget(maxTagsPerCall = 100): PurgeTarget & { calls: string[][] } {
  const calls: string[][] = [];
  return { name: "recorder", maxTagsPerCall, calls, purge: async (tags) => void calls.push(tags) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("CdnPurger", () => {
  it("collects a window's expiries into one purge, without duplicates", async () => {
    vi.useFakeTimers();
    const target = recordingTarget();
    const purger = new CdnPurger([target], { windowMs: 150 });
    purger.expire(["article:1", "front"]);
    purger.expire(["front", "section:politik"]);
    await vi.advanceTimersByTimeAsync(100);
    expect(target.calls).toEqual([]);
    purger.expire(["article:1"]);
    await vi.advanceTimersByTimeAsync(60);
    expect(target.calls).toEqual([["article:1", "front", "section:politik"]]);
    purger.expire(["article:2"]);
    await vi.advanceTimersByTimeAsync(150);
    expect(target.calls).toEqual([["article:1", "front", "section:politik"], ["article:2"]]);
  });

  it("sends every tag to every target, split as each takes them", async () => {
    const [small, large] = [recordingTarget(2), recordingTarget(10)];
    const purger = new CdnPurger([small, large], { windowMs: 5 });
    purger.expire(["a", "b", "c", "d", "e"]);
    await purger.close();
    expect(small.calls).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(large.calls).toEqual([["a", "b", "c", "d", "e"]]);
  });

  it("sends what is pending at shutdown at once and waits for it", async () => {
    let release = () => undefined as void;
    const target = recordingTarget();
    const slow: PurgeTarget = {
      ...target,
      purge: (tags) =>
        new Promise((resolve) => {
          target.calls.push(tags);
          release = () => resolve();
        }),
    };
    const purger = new CdnPurger([slow], { windowMs: 60_000 });
    purger.expire(["front"]);
    let closed = false;
    const closing = purger.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(target.calls).toEqual([["front"]]);
    expect(closed).toBe(false);
    release();
    await closing;
    expect(closed).toBe(true);
  });

  it("keeps a thrown error (not a PurgeFailed) from reaching the caller", async () => {
    const log: string[] = [];
    const broken: PurgeTarget = { name: "kaputt", maxTagsPerCall: 10, purge: () => Promise.reject(new TypeError("boom")) };
    const purger = new CdnPurger([broken], { windowMs: 1, retryDelaysMs: [1], log: (m) => log.push(m) });
    purger.expire(["front"]);
    await expect(purger.close()).resolves.toBeUndefined();
    expect(log).toEqual(["[cdn] kaputt: Purge von 1 Tag(s) nach 2 Versuch(en) fehlgeschlagen: boom (front)"]);
  });
});

describe("cdnKey", () => {
  it("keeps our tags as they are and encodes what a header could not carry", () => {
    expect(cdnKey("article:12")).toBe("article:12");
    expect(cdnKey("_N_T_/politik/page")).toBe("_N_T_/politik/page");
    expect(cdnKey("tag:über")).toBe("tag%3A%C3%BCber");
    expect(cdnKey("a b,c")).toBe("a%20b%2Cc");
  });
});

describe("configuration", () => {
  it("makes one target per Varnish node, plus Fastly and Cloudflare when set", () => {
    expect(purgeTargets({ varnishUrls: [], fastly: null, cloudflare: null })).toEqual([]);
    const names = purgeTargets({
      varnishUrls: ["http://10.0.0.1:6081", "http://10.0.0.2:6081"],
      fastly: { serviceId: "s", apiToken: "t" },
      cloudflare: { zoneId: "z", apiToken: "t" },
    }).map((target) => target.name);
    expect(names).toEqual(["varnish http://10.0.0.1:6081", "varnish http://10.0.0.2:6081", "fastly", "cloudflare"]);
  });
});

describe("expireHereAndPurge", () => {
  it("announces first (the response cache drops its entries), then queues the purge, leaving out admin paths", () => {
    const order: string[] = [];
    const stop = onTagExpiry((tags) => order.push(`announced ${tags.join(" ")}`));
    try {
      const expire = expireHereAndPurge({ expire: (tags) => void order.push(`purge ${tags.join(" ")}`) });
      expire(["article:1", "_N_T_/admin/artikel"]);
      expect(order).toEqual(["announced article:1 _N_T_/admin/artikel", "purge article:1 untagged-pages"]);
    } finally {
      stop();
    }
  });

  it("without a CDN is the plain announcement", () => {
    expect(expireHereAndPurge(null)).toBe(announceTagExpiry);
  });
});
