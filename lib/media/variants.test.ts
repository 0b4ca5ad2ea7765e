import { describe, expect, it } from "vitest";
import { CENTRE, FILE_NAME_PATTERN, cropBox, cropWidths, fullSources, fullWidths, structuredDataCrops, teaserSources, variantNames } from "./variants";

const hash = "0123456789abcdef0123456789abcdef";

describe("picture variants", () => {
  it("uses the standard widths up to the picture's own, never enlarging", () => {
    expect(fullWidths(6000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(fullWidths(1000)).toEqual([320, 640, 960]);
    expect(fullWidths(250)).toEqual([250]);
  });

  it("cuts crops of the exact ratio around the focal point, inside the picture", () => {
    // 6000 × 4000 becomes a 1920 × 1280 master.
    expect(cropBox(6000, 4000, "16x9", CENTRE)).toEqual({ left: 0, top: 100, width: 1920, height: 1080 });
    expect(cropBox(6000, 4000, "1x1", { x: 0, y: 50 })).toEqual({ left: 0, top: 0, width: 1280, height: 1280 });
    expect(cropBox(6000, 4000, "1x1", { x: 100, y: 50 })).toEqual({ left: 640, top: 0, width: 1280, height: 1280 });
    expect(cropBox(6000, 4000, "4x3", { x: 75, y: 50 }).width).toBe(1707);
    expect(cropWidths({ width: 6000, height: 4000 }, "16x9").map((v) => v.width)).toEqual([320, 640, 960, 1200]);
  });

  it("names every file so the server accepts it, with the focal point in the crops' names", () => {
    const names = variantNames({ hash, width: 3000, height: 2000, focus: { x: 30, y: 60 } });
    expect(names.length).toBe(5 * 3 + 4 * 3 + 2);
    for (const name of names) expect(name).toMatch(FILE_NAME_PATTERN);
    expect(names).toContain(`${hash}-16x9-f30-60-w1200.jpg`);
    expect(names).toContain(`${hash}-1x1-f30-60-w1200.jpg`);
  });

  it("builds srcsets for pages and the three crops for structured data", () => {
    const ref = { hash, width: 4000, height: 3000, focus: CENTRE };
    const full = fullSources(ref);
    expect(full.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(full.sources[0].srcSet).toContain(`/bilder/${hash}-w1920.avif 1920w`);
    expect([full.width, full.height]).toEqual([1920, 1440]);
    const teaser = teaserSources(ref, 640);
    expect(teaser.jpegSrcSet).toBe(`/bilder/${hash}-16x9-f50-50-w320.jpg 320w, /bilder/${hash}-16x9-f50-50-w640.jpg 640w`);
    expect(structuredDataCrops(ref).map((c) => [c.ratio, c.width, c.height])).toEqual([
      ["16x9", 1200, 675],
      ["4x3", 1200, 900],
      ["1x1", 1200, 1200],
    ]);
  });

  it("refuses names that are not ours", () => {
    for (const bad of ["../etc/passwd", `${hash}-original.jpg`, `${hash}-w640.png`, `${hash}-w640.jpg/..`, `${hash.toUpperCase()}-w640.jpg`]) {
      expect(bad).not.toMatch(FILE_NAME_PATTERN);
    }
  });
});
