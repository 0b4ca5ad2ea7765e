import { describe, expect, it } from "vitest";
import { HOUR_MS, hoursBetween, labelHours, seriesTotal, toHourlySeries } from "./hourly-series";

const ms = (iso: string) => new Date(iso).getTime();

describe("hourly series", () => {
  it("has one bucket per UTC hour, both ends included, minutes ignored", () => {
    const hours = hoursBetween(ms("2026-11-20T10:59:00Z"), ms("2026-11-20T13:01:00Z"));
    expect(hours.map((h) => new Date(h).toISOString())).toEqual([
      "2026-11-20T10:00:00.000Z",
      "2026-11-20T11:00:00.000Z",
      "2026-11-20T12:00:00.000Z",
      "2026-11-20T13:00:00.000Z",
    ]);
  });

  it("fills hours without rows with zero and leaves out rows outside", () => {
    const hours = hoursBetween(ms("2026-11-20T10:00:00Z"), ms("2026-11-20T13:00:00Z"));
    const series = toHourlySeries(hours, [
      { hour: new Date("2026-11-20T11:00:00Z"), views: 4 },
      { hour: new Date("2026-11-20T11:00:00Z"), views: 3 },
      { hour: new Date("2026-11-20T13:00:00Z"), views: 5 },
      { hour: new Date("2026-11-20T09:00:00Z"), views: 100 },
    ]);
    expect(series.map((p) => p.views)).toEqual([0, 7, 0, 5]);
    expect(seriesTotal(series)).toBe(12);
    expect(series[0]!.label).toBe("Fr., 20.11., 11:00");
  });

  it("labels in Berlin time: no 02:00 on the night of 29 March 2026, the 23-hour day", () => {
    const hours = hoursBetween(ms("2026-03-28T23:00:00Z"), ms("2026-03-29T22:00:00Z"));
    expect(hours).toHaveLength(24);
    const labels = labelHours(hours);
    expect(labels.slice(0, 4)).toEqual(["So., 29.03., 00:00", "So., 29.03., 01:00", "So., 29.03., 03:00", "So., 29.03., 04:00"]);
    expect(labels.filter((l) => l.startsWith("So., 29.03."))).toHaveLength(23);
    expect(new Set(labels).size).toBe(24);
  });

  it("labels both 02:00 hours of 25 October 2026, the 25-hour day, with their zone", () => {
    const hours = hoursBetween(ms("2026-10-24T22:00:00Z"), ms("2026-10-25T22:00:00Z"));
    const labels = labelHours(hours);
    expect(labels.slice(0, 5)).toEqual([
      "So., 25.10., 00:00",
      "So., 25.10., 01:00",
      "So., 25.10., 02:00 MESZ",
      "So., 25.10., 02:00 MEZ",
      "So., 25.10., 03:00",
    ]);
    expect(labels.filter((l) => l.startsWith("So., 25.10."))).toHaveLength(25);
    expect(new Set(labels).size).toBe(labels.length);
    expect(hours[3]! - hours[2]!).toBe(HOUR_MS);
  });
});
