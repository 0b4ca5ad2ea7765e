import sharp from "sharp";

/**
 * A photo-like test picture made here, not taken from anywhere: a sky-to-field
 * gradient with a sun and gentle hills (an SVG we write ourselves, rasterised
 * by sharp), plus Gaussian grain so that encoders work as hard as on a real
 * photo. Deterministic for a given size and seed colour.
 */
export async function demoPhoto(width: number, height: number, options: { hue?: number; format?: "jpeg" | "png" } = {}): Promise<Buffer> {
  const hue = options.hue ?? 205;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 800" preserveAspectRatio="none">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},70%,80%)"/>
    </linearGradient>
    <linearGradient id="land" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${(hue + 200) % 360},45%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 160) % 360},50%,22%)"/>
    </linearGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#sky)"/>
  <circle cx="880" cy="230" r="90" fill="hsl(45,95%,75%)" opacity="0.9"/>
  <path d="M0 560 C 200 470 380 520 560 500 S 900 430 1200 520 L1200 800 L0 800 Z" fill="url(#land)"/>
  <path d="M0 650 C 260 600 520 690 760 640 S 1050 600 1200 660 L1200 800 L0 800 Z" fill="hsl(${(hue + 180) % 360},40%,18%)" opacity="0.85"/>
</svg>`;
  const base = await sharp(Buffer.from(svg)).resize(width, height).removeAlpha().raw().toBuffer();
  const grain = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 14 } } })
    .raw()
    .toBuffer();
  const pixels = Buffer.alloc(base.length);
  for (let i = 0; i < base.length; i++) pixels[i] = Math.max(0, Math.min(255, base[i] + grain[i] - 128));
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return options.format === "png" ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}
