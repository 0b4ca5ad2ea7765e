import { describe, expect, it } from "vitest";
import {
  chooseWindow,
  compareRanked,
  parseWindowParam,
  windowStart,
  mostReadRedirect,
  type MostReadWindow,
  type RankedRow,
} from "./rank";

const at = (iso: string) => new Date(iso);

describe("ranking order", () => {
  it("puts more views first, then the newer article, then the higher id", () => {
    const rows: RankedRow[] = [
      { articleId: 1, views: 10, publishedAt: at("2026-11-20T08:00:00Z") },
      { articleId: 2, views: 30, publishedAt: at("2026-11-01T08:00:00Z") },
      { articleId: 3, views: 10, publishedAt: at("2026-11-24T08:00:00Z") },
      { articleId: 4, views: 10, publishedAt: at("2026-11-24T08:00:00Z") },
    ];
    expect([...rows].sort(compareRanked).map((r) => r.articleId)).toEqual([2, 4, 3, 1]);
  });
});

describe("window fallback", () => {
  const lists: Record<MostReadWindow, number[]> = { "1h": [1], "24h": [1, 2], "7d": [1, 2, 3, 4], "30d": [1, 2, 3, 4, 5] };
  const load = async (w: MostReadWindow) => ({ items: lists[w] });

  it("keeps the requested window when it has at least three articles", async () => {
    const choice = await chooseWindow("7d", load);
    expect(choice).toMatchObject({ requested: "7d", shown: "7d", fellBack: false });
  });

  it("moves to the next longer window until three articles have views", async () => {
    expect(await chooseWindow("24h", load)).toMatchObject({ requested: "24h", shown: "7d", fellBack: true });
    expect(await chooseWindow("1h", load)).toMatchObject({ shown: "7d", fellBack: true, result: { items: [1, 2, 3, 4] } });
  });

  it("shows the longest window whatever it holds", async () => {
    const sparse = async (w: MostReadWindow) => ({ items: w === "30d" ? [9] : [] });
    expect(await chooseWindow("24h", sparse)).toMatchObject({ shown: "30d", fellBack: true, result: { items: [9] } });
  });
});

describe("window parameter", () => {
  it("accepts the four windows and defaults to 24 hours", () => {
    expect(parseWindowParam("7d")).toBe("7d");
    expect(parseWindowParam("1h")).toBe("1h");
    expect(parseWindowParam(undefined)).toBe("24h");
    expect(parseWindowParam("365d")).toBe("24h");
    expect(parseWindowParam(["7d", "30d"])).toBe("24h");
  });

  it("sends old ?beliebt= links to the window's list on the same page, keeping other parameters", () => {
    const at = (path: string) => mostReadRedirect(new URL(path, "http://localhost"));
    expect(at("/?beliebt=7d")).toBe("/#beliebt-7d");
    expect(at("/?beliebt=1h")).toBe("/#beliebt-1h");
    expect(at("/politik?seite=2&beliebt=30d")).toBe("/politik?seite=2#beliebt-30d");
    expect(at("/politik/wahl?beliebt=unsinn")).toBe("/politik/wahl#beliebt-24h");
    expect(at("/politik?seite=2")).toBeNull();
  });

  it("starts the window at a whole hour, including the current hour", () => {
    expect(windowStart("1h", at("2026-11-25T10:20:00Z")).toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(windowStart("24h", at("2026-11-25T10:20:00Z")).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });
});
