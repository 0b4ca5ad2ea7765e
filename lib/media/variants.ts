/**
 * Which files a picture has and what they are called: pure arithmetic on the
 * picture's size and focal point, shared by the pipeline that writes them
 * (process.ts) and the pages that link to them. No sharp, no file system.
 *
 * Names: `<hash>-<variant>.<ext>` under /bilder/, e.g.
 *   3f…a9-w640.avif                the whole picture, 640 px wide
 *   3f…a9-16x9-f50-40-w1200.jpg    the 16:9 crop around the focal point (50 %, 40 %)
 * The hash is the original file's; the focal point is part of a crop's name,
 * so moving it makes new files and every name stays immutable.
 */

export const WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const FORMATS = ["avif", "webp", "jpg"] as const;
export type VariantFormat = (typeof FORMATS)[number];

export const CROP_RATIOS = { "16x9": [16, 9], "4x3": [4, 3], "1x1": [1, 1] } as const;
export type CropRatio = keyof typeof CROP_RATIOS;

/** Teasers and the share image use the 16:9 crop in every format; the other two serve structured data (JPEG, one size). */
const CROP_PLAN: Record<CropRatio, { widths: readonly number[]; formats: readonly VariantFormat[] }> = {
  "16x9": { widths: [320, 640, 960, 1200], formats: FORMATS },
  "4x3": { widths: [1200], formats: ["jpg"] },
  "1x1": { widths: [1200], formats: ["jpg"] },
};

export const MIME: Record<VariantFormat, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };

/** A point in the picture as whole percentages from the left and the top. */
export type Focus = { x: number; y: number };
export const CENTRE: Focus = { x: 50, y: 50 };

export function normaliseFocus(focus: Partial<Focus> | null | undefined): Focus {
  const clamp = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : 50);
  return { x: clamp(focus?.x), y: clamp(focus?.y) };
}

export const HASH_PATTERN = /^[0-9a-f]{32}$/;
/** Every name the server hands out; anything else is a 404 (and never a path). */
export const FILE_NAME_PATTERN = /^([0-9a-f]{32})-(w\d{1,4}|(?:16x9|4x3|1x1)-f\d{1,3}-\d{1,3}-w\d{1,4})\.(avif|webp|jpg)$/;

export type PictureRef = { hash: string; width: number; height: number; focus: Focus };

export function pictureRef(row: { hash: string; width: number; height: number; focusX: number; focusY: number }): PictureRef {
  return { hash: row.hash, width: row.width, height: row.height, focus: { x: row.focusX, y: row.focusY } };
}

/** The size everything is cut from: the upright picture, at most 1920 px wide, never enlarged. */
export function masterSize(width: number, height: number): { width: number; height: number } {
  const w = Math.min(width, WIDTHS[WIDTHS.length - 1]);
  return { width: w, height: Math.max(1, Math.round((height * w) / width)) };
}

/** Widths of the whole-picture variants: the standard widths up to the picture's own (at least one). */
export function fullWidths(width: number): number[] {
  const master = masterSize(width, 1).width;
  const fitting = WIDTHS.filter((w) => w <= master);
  return fitting.length > 0 ? [...fitting] : [master];
}

export type CropBox = { left: number; top: number; width: number; height: number };

/** The largest box of the ratio inside the master, centred on the focal point as far as the edges allow. */
export function cropBox(width: number, height: number, ratio: CropRatio, focus: Focus): CropBox {
  const master = masterSize(width, height);
  const [rw, rh] = CROP_RATIOS[ratio];
  let w = master.width;
  let h = Math.round((w * rh) / rw);
  if (h > master.height) {
    h = master.height;
    w = Math.min(master.width, Math.round((h * rw) / rh));
  }
  const centre = (size: number, box: number, pct: number) => Math.min(size - box, Math.max(0, Math.round((size * pct) / 100 - box / 2)));
  return { left: centre(master.width, w, focus.x), top: centre(master.height, h, focus.y), width: w, height: h };
}

export type CropVariant = { width: number; height: number };

export function cropWidths(ref: Pick<PictureRef, "width" | "height">, ratio: CropRatio): CropVariant[] {
  const box = cropBox(ref.width, ref.height, ratio, CENTRE);
  const [rw, rh] = CROP_RATIOS[ratio];
  const fitting = CROP_PLAN[ratio].widths.filter((w) => w <= box.width);
  const widths = fitting.length > 0 ? fitting : [box.width];
  return widths.map((w) => ({ width: w, height: Math.round((w * rh) / rw) }));
}

export function cropFormats(ratio: CropRatio): readonly VariantFormat[] {
  return CROP_PLAN[ratio].formats;
}

export function fullName(hash: string, width: number, format: VariantFormat): string {
  return `${hash}-w${width}.${format}`;
}

export function cropName(hash: string, ratio: CropRatio, focus: Focus, width: number, format: VariantFormat): string {
  return `${hash}-${ratio}-f${focus.x}-${focus.y}-w${width}.${format}`;
}

export function originalName(hash: string, ext: string): string {
  return `${hash}-original.${ext}`;
}

/** Every file name a picture's variants have (the original is not served). */
export function variantNames(ref: PictureRef): string[] {
  const names: string[] = [];
  for (const w of fullWidths(ref.width)) for (const f of FORMATS) names.push(fullName(ref.hash, w, f));
  for (const ratio of Object.keys(CROP_RATIOS) as CropRatio[]) {
    for (const { width } of cropWidths(ref, ratio)) for (const f of cropFormats(ratio)) names.push(cropName(ref.hash, ratio, ref.focus, width, f));
  }
  return names;
}

export const PICTURE_URL_PREFIX = "/bilder/";
export const pictureUrl = (name: string) => `${PICTURE_URL_PREFIX}${name}`;

export type PictureSources = {
  /** One srcset per format, best first: AVIF, WebP, then JPEG (also the fallback src). */
  sources: { type: string; srcSet: string }[];
  jpegSrcSet: string;
  src: string;
  width: number;
  height: number;
};

/** The whole picture, for the article page. */
export function fullSources(ref: PictureRef): PictureSources {
  const widths = fullWidths(ref.width);
  const srcSet = (f: VariantFormat) => widths.map((w) => `${pictureUrl(fullName(ref.hash, w, f))} ${w}w`).join(", ");
  const master = masterSize(ref.width, ref.height);
  // The plain <img> fallback (browsers without srcset): a middle size.
  const fallback = widths.filter((w) => w <= 960).pop() ?? widths[0];
  return {
    sources: (["avif", "webp"] as const).map((f) => ({ type: MIME[f], srcSet: srcSet(f) })),
    jpegSrcSet: srcSet("jpg"),
    src: pictureUrl(fullName(ref.hash, fallback, "jpg")),
    width: master.width,
    height: master.height,
  };
}

/** The 16:9 crop, for teasers; `maxWidth` leaves out sizes a slot never needs. */
export function teaserSources(ref: PictureRef, maxWidth = 1200): PictureSources {
  const all = cropWidths(ref, "16x9");
  const widths = all.filter((v) => v.width <= maxWidth);
  const used = widths.length > 0 ? widths : [all[0]];
  const srcSet = (f: VariantFormat) => used.map((v) => `${pictureUrl(cropName(ref.hash, "16x9", ref.focus, v.width, f))} ${v.width}w`).join(", ");
  const fallback = used[Math.min(1, used.length - 1)];
  return {
    sources: (["avif", "webp"] as const).map((f) => ({ type: MIME[f], srcSet: srcSet(f) })),
    src: pictureUrl(cropName(ref.hash, "16x9", ref.focus, fallback.width, "jpg")),
    jpegSrcSet: srcSet("jpg"),
    width: fallback.width,
    height: fallback.height,
  };
}

/** The three crops Google asks for in article structured data (largest JPEG of each). */
export function structuredDataCrops(ref: PictureRef): { ratio: CropRatio; url: string; width: number; height: number }[] {
  return (Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => {
    const sizes = cropWidths(ref, ratio);
    const largest = sizes[sizes.length - 1];
    return { ratio, url: pictureUrl(cropName(ref.hash, ratio, ref.focus, largest.width, "jpg")), width: largest.width, height: largest.height };
  });
}
