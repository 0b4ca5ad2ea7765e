import { describe, expect, it } from "vitest";
import { compareTrends, lastHourStart, trendComparison, trendingRule, trendOf, TRENDING_FACTOR, TRENDING_MIN_VIEWS } from "./trending";

// 14:30 UTC: the last hour runs from 13:00, one and a half hours so far.
const now = new Date("2026-11-20T14:30:00Z");
const longAgo = new Date("2026-11-01T08:00:00Z");

describe("Im Kommen", () => {
  it("starts the last hour at the full hour before the current one", () => {
    expect(lastHourStart(now).toISOString()).toBe("2026-11-20T13:00:00.000Z");
    expect(lastHourStart(new Date("2026-11-20T14:00:00Z")).toISOString()).toBe("2026-11-20T13:00:00.000Z");
  });

  it("compares the last hour with the article's usual views in the same span", () => {
    // 230 views in the 23 hours before: 10 an hour, 15 in one and a half hours.
    const trend = trendOf({ lastHour: 45, before: 230, publishedAt: longAgo }, now);
    expect(trend.baselineHours).toBe(23);
    expect(trend.usualPerHour).toBe(10);
    expect(trend.expected).toBe(15);
    expect(trend.factor).toBe(3);
    expect(trend.excess).toBe(30);
    expect(trend.trending).toBe(true);
    expect(trendOf({ lastHour: 44, before: 230, publishedAt: longAgo }, now).trending).toBe(false);
  });

  it("leaves out steady articles, however many readers they have", () => {
    expect(trendOf({ lastHour: 1_600, before: 23_000, publishedAt: longAgo }, now).trending).toBe(false);
  });

  it(`needs at least ${TRENDING_MIN_VIEWS} views in the last hour`, () => {
    expect(trendOf({ lastHour: TRENDING_MIN_VIEWS - 1, before: 0, publishedAt: longAgo }, now).trending).toBe(false);
    expect(trendOf({ lastHour: TRENDING_MIN_VIEWS, before: 0, publishedAt: longAgo }, now).trending).toBe(true);
  });

  it("takes an article published within the last hour as new: no factor, the minimum decides", () => {
    const trend = trendOf({ lastHour: 25, before: 0, publishedAt: new Date("2026-11-20T14:10:00Z") }, now);
    expect(trend).toMatchObject({ baselineHours: 0, expected: 0, factor: null, excess: 25, trending: true });
  });

  it("measures a young article's usual rate since it appeared, so a fading debut is not rising", () => {
    // Out since 10:20: the hours 10, 11 and 12 before the last hour, 1,500 views in them.
    const fading = trendOf({ lastHour: 400, before: 1_500, publishedAt: new Date("2026-11-20T10:20:00Z") }, now);
    expect(fading.baselineHours).toBe(3);
    expect(fading.usualPerHour).toBe(500);
    expect(fading.trending).toBe(false);
  });

  it(`puts more extra readers first (factor ${TRENDING_FACTOR} or more either way)`, () => {
    const a = { articleId: 1, lastHour: 100, trend: { excess: 90 } };
    const b = { articleId: 2, lastHour: 400, trend: { excess: 300 } };
    const c = { articleId: 3, lastHour: 90, trend: { excess: 90 } };
    expect([a, b, c].sort(compareTrends).map((x) => x.articleId)).toEqual([2, 1, 3]);
  });

  it("says the rule in one German sentence with the start of the last hour", () => {
    const text = trendingRule(now, (d) => `${String(d.getUTCHours() + 1).padStart(2, "0")}:00`);
    expect(text).toContain("mindestens 20 Aufrufen seit 14:00 Uhr");
    expect(text).toContain("3-mal so viele");
    expect(text.match(/\./g)?.length).toBe(1);
  });

  it("says an article was hardly read before instead of an absurd factor", () => {
    // 4 views in the 23 hours before: about 0.26 expected in one and a half hours.
    const risen = trendOf({ lastHour: 1_050, before: 4, publishedAt: longAgo }, now);
    expect(risen.factor).toBeGreaterThan(1_000);
    expect(trendComparison(risen)).toBe("zuvor kaum gelesen");
    expect(trendComparison(trendOf({ lastHour: 60, before: 0, publishedAt: longAgo }, now))).toBe("zuvor kaum gelesen");
    expect(trendComparison(trendOf({ lastHour: 60, before: 0, publishedAt: new Date("2026-11-20T13:40:00Z") }, now))).toBe("neu erschienen");
  });

  it("rounds large factors and keeps one decimal below ten", () => {
    // 10 an hour, 15 expected.
    expect(trendComparison(trendOf({ lastHour: 50, before: 230, publishedAt: longAgo }, now))).toBe("3,3-mal so viele wie üblich (sonst etwa 15)");
    // 1 an hour, 1.5 expected: 400 / 1.5 = 266.7.
    expect(trendComparison(trendOf({ lastHour: 400, before: 23, publishedAt: longAgo }, now))).toBe("267-mal so viele wie üblich (sonst etwa 2)");
  });
});
