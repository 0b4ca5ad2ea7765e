import { describe, expect, it } from "vitest";
import { ogText, renderOgPng } from "./og-image";

describe("share images", () => {
  it("drop emoji (they would be fetched from a CDN) and keep umlauts and punctuation", () => {
    expect(ogText("Grüße & „Tschüss“ 🚀👍🏽  <b>")).toBe("Grüße & „Tschüss“ <b>");
    expect(ogText("Fahnen 🇩🇪 und 1️⃣ Tor")).toBe("Fahnen und 1 Tor");
    expect(ogText("Familie 👨‍👩‍👧 ❤️ Straße")).toBe("Familie Straße");
  });

  it("render a 1200×630 PNG offline from the local fonts", async () => {
    const png = Buffer.from(await renderOgPng({ kicker: "Prüfung", headline: "Größe & <Maß> – „Test“ 🚀 </script>", section: "Wissen" }));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
