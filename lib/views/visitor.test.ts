import { describe, expect, it } from "vitest";
import { REPEAT_WINDOW_MS, VisitorLog } from "./visitor";

describe("visitor log", () => {
  it("counts a visitor once per article within 30 minutes", () => {
    const log = new VisitorLog();
    const t = Date.UTC(2026, 10, 25, 10);
    const a = log.visitorIds("203.0.113.5", "Firefox", t);
    expect(log.seenRecently(a, 1, t)).toBe(false);
    log.remember(a[0], 1, t);
    expect(log.seenRecently(a, 1, t + REPEAT_WINDOW_MS - 1)).toBe(true);
    expect(log.seenRecently(a, 2, t + 1000)).toBe(false);
    expect(log.seenRecently(a, 1, t + REPEAT_WINDOW_MS)).toBe(false);
  });

  it("checks yesterday's pseudonym too in the first 30 minutes of a UTC day", () => {
    const log = new VisitorLog();
    const midnight = Date.UTC(2026, 10, 26);
    const before = log.visitorIds("203.0.113.5", "Firefox", midnight - 60_000);
    expect(before).toHaveLength(1);
    log.remember(before[0], 1, midnight - 60_000);
    const after = log.visitorIds("203.0.113.5", "Firefox", midnight + 60_000);
    expect(after).toEqual([expect.not.stringMatching(before[0]), before[0]]);
    expect(log.seenRecently(after, 1, midnight + 60_000)).toBe(true);
    expect(log.visitorIds("203.0.113.5", "Firefox", midnight + REPEAT_WINDOW_MS)).toHaveLength(1);
    // A day without beacons in between: nothing to carry over.
    expect(log.visitorIds("203.0.113.5", "Firefox", midnight + 2 * 86_400_000 + 60_000)).toHaveLength(1);
  });

  it("tells visitors apart by address and user agent, with a salt that changes daily", () => {
    const log = new VisitorLog();
    const t = Date.UTC(2026, 10, 25, 10);
    const a = log.visitorId("203.0.113.5", "Firefox", t);
    expect(log.visitorId("203.0.113.5", "Firefox", t + 1000)).toBe(a);
    expect(log.visitorId("203.0.113.6", "Firefox", t)).not.toBe(a);
    expect(log.visitorId("203.0.113.5", "Chrome", t)).not.toBe(a);
    expect(log.visitorId("203.0.113.5", "Firefox", t + 86_400_000)).not.toBe(a);
    expect(a).not.toContain("203.0.113.5");
  });

  it("forgets entries after the window and stays under its cap", () => {
    const log = new VisitorLog({ maxEntries: 3 });
    const t = 1_000_000;
    const count = (id: string, at: number) => {
      if (!log.seenRecently([id], 1, at)) log.remember(id, 1, at);
    };
    for (let i = 0; i < 5; i++) count(`v${i}`, t + i);
    expect(log.size).toBeLessThanOrEqual(3);
    count("late", t + REPEAT_WINDOW_MS + 10);
    expect(log.size).toBe(1);
  });
});
