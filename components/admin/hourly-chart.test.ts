import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hoursBetween, toHourlySeries } from "@/lib/popularity/hourly-series";
import { axisLabels, HourlyChart, HourlyTable, niceCeiling } from "./hourly-chart";

const hours = hoursBetween(new Date("2026-10-24T13:00:00Z"), new Date("2026-10-26T12:00:00Z"));
const points = toHourlySeries(hours, [
  { hour: new Date("2026-10-25T00:00:00Z"), views: 5 },
  { hour: new Date("2026-10-25T01:00:00Z"), views: 1234 },
  { hour: new Date("2026-10-26T12:00:00Z"), views: 40 },
]);

describe("hourly chart", () => {
  it("scales to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 10, 11, 180, 201, 4_900, 5_001].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 200, 500, 5_000, 10_000]);
  });

  it("is an SVG image with a title, a description with the figures, one bar per hour with views and the current hour hatched", () => {
    expect(points).toHaveLength(48);
    const html = renderToStaticMarkup(createElement(HourlyChart, { id: "probe", title: "Aufrufe pro Stunde", points }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="probe-titel" aria-describedby="probe-beschreibung"');
    expect(html).toContain("<title id=\"probe-titel\">Aufrufe pro Stunde</title>");
    expect(html).toContain("48 Stunden von Sa., 24.10., 15:00 bis Mo., 26.10., 13:00 (Berliner Zeit), zusammen 1.279 Aufrufe; am meisten 1.234 um So., 25.10., 02:00 MEZ.");
    expect(html.match(/<rect x=/g)).toHaveLength(3);
    expect(html).toContain('fill="url(#probe-laufend)"');
    // The scale and the peak as numbers.
    expect(html).toContain(">2.000</text>");
    expect(html).toContain(">1.234</text>");
    expect(html).not.toContain("style=");
  });

  it("labels every sixth Berlin hour, the day at midnight, each hour once across the clock change", () => {
    expect(axisLabels(points).map((l) => l.text)).toEqual(["18", "25.10.", "06", "12", "18", "26.10.", "06", "12"]);
  });

  it("draws a line for a month of hours", () => {
    const month = toHourlySeries(hoursBetween(Date.UTC(2026, 9, 1), Date.UTC(2026, 9, 30, 23)), [{ hour: new Date(Date.UTC(2026, 9, 3)), views: 9 }]);
    const html = renderToStaticMarkup(createElement(HourlyChart, { id: "monat", title: "Monat", points: month }));
    expect(month).toHaveLength(720);
    expect(html).not.toContain("<rect x=");
    expect(html.match(/<path d="M/g)).toHaveLength(2);
    expect(axisLabels(month).length).toBeLessThanOrEqual(8);
  });

  it("puts the numbers in a table, one row per hour", () => {
    const html = renderToStaticMarkup(createElement(HourlyTable, { caption: "Zahlen", hours: points, columns: [{ name: "Aufrufe", points }] }));
    expect(html.match(/<tr>/g)).toHaveLength(49);
    expect(html).toContain('<th scope="row" class="py-1 pr-3 font-normal">So., 25.10., 02:00 MESZ</th><td class="py-1 pr-3 text-right">5</td>');
    expect(html).toContain('<th scope="row" class="py-1 pr-3 font-normal">So., 25.10., 02:00 MEZ</th><td class="py-1 pr-3 text-right">1.234</td>');
  });
});
