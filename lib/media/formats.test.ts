import { describe, expect, it } from "vitest";
import { claimedType, sniffType } from "./formats";
import { SVG, jpeg, png, pngDeclaring } from "./test-images";
import sharp from "sharp";

describe("picture types by their first bytes", () => {
  it("knows JPEG, PNG, WebP and AVIF", async () => {
    const base = sharp({ create: { width: 64, height: 64, channels: 3, background: "#888" } });
    expect(sniffType(await jpeg(64, 64))).toBe("jpeg");
    expect(sniffType(await png(64, 64))).toBe("png");
    expect(sniffType(await base.clone().webp().toBuffer())).toBe("webp");
    expect(sniffType(await base.clone().avif().toBuffer())).toBe("avif");
    expect(sniffType(pngDeclaring(10, 10))).toBe("png");
  });

  it("names SVG and refuses anything else", () => {
    expect(sniffType(SVG)).toBe("svg");
    expect(sniffType(Buffer.from("  <svg viewBox='0 0 1 1'></svg>"))).toBe("svg");
    expect(sniffType(Buffer.from("Hallo, ich bin ein Text."))).toBeNull();
    expect(sniffType(Buffer.from("GIF89a......"))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it("reads what the sender claims from the MIME type, else the file name", () => {
    expect(claimedType("image/jpeg", "x.png")).toBe("jpeg");
    expect(claimedType("application/octet-stream", "foto.PNG")).toBe("png");
    expect(claimedType("", "bild.svg")).toBe("svg");
    expect(claimedType("text/plain", "notiz.txt")).toBe("other");
    expect(claimedType(null, null)).toBeUndefined();
  });
});
