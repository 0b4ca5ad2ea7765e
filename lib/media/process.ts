import { createHash } from "node:crypto";
import sharp from "sharp";
import { MAX_INPUT_PIXELS, PictureError, messages } from "./errors";
import {
  CROP_RATIOS,
  FORMATS,
  cropBox,
  cropFormats,
  cropName,
  cropWidths,
  fullName,
  fullWidths,
  masterSize,
  type CropRatio,
  type Focus,
  type VariantFormat,
} from "./variants";

export type PictureFile = { name: string; data: Buffer };

/** The content hash that names a picture's files: the first 128 bits of the original's SHA-256. */
export function pictureHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

type Master = { data: Buffer; width: number; height: number; channels: 3 };

/**
 * Decodes the original once: EXIF orientation applied (`rotate()`), colour
 * made sRGB, transparency laid on white, scaled down to at most 1920 px wide.
 * Every variant is cut from these raw pixels, so the large photo is decoded
 * a single time. Nothing of the original's metadata (EXIF, GPS, XMP, ICC)
 * travels on: sharp writes none unless asked to.
 */
async function decodeMaster(original: Uint8Array, width: number, height: number): Promise<Master> {
  const size = masterSize(width, height);
  try {
    const { data, info } = await sharp(original, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", sequentialRead: true })
      .rotate()
      .resize({ width: size.width, height: size.height, fit: "fill" })
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: 3 };
  } catch {
    throw new PictureError(messages.broken, 422);
  }
}

function encode(image: ReturnType<typeof sharp>, format: VariantFormat): Promise<Buffer> {
  switch (format) {
    case "avif":
      return image.avif({ quality: 52, effort: 2 }).toBuffer();
    case "webp":
      return image.webp({ quality: 76, effort: 4 }).toBuffer();
    case "jpg":
      return image.jpeg({ quality: 80, mozjpeg: true, progressive: true }).toBuffer();
  }
}

const fromMaster = (master: Master) => sharp(master.data, { raw: { width: master.width, height: master.height, channels: master.channels } });

async function cropFiles(master: Master, hash: string, size: { width: number; height: number }, focus: Focus): Promise<PictureFile[]> {
  const files: PictureFile[] = [];
  for (const ratio of Object.keys(CROP_RATIOS) as CropRatio[]) {
    const box = cropBox(size.width, size.height, ratio, focus);
    for (const variant of cropWidths(size, ratio)) {
      for (const format of cropFormats(ratio)) {
        const image = fromMaster(master).extract(box).resize({ width: variant.width, height: variant.height, fit: "fill" });
        files.push({ name: cropName(hash, ratio, focus, variant.width, format), data: await encode(image, format) });
      }
    }
  }
  return files;
}

/**
 * Every variant of a picture: the whole picture at the standard widths (not
 * enlarged) in AVIF, WebP and JPEG, and the 16:9, 4:3 and 1:1 crops around
 * the focal point. `width` and `height` are the upright size (validate.ts).
 */
export async function renderPicture(
  original: Uint8Array,
  picture: { hash: string; width: number; height: number; focus: Focus },
): Promise<PictureFile[]> {
  const master = await decodeMaster(original, picture.width, picture.height);
  const files: PictureFile[] = [];
  for (const width of fullWidths(picture.width)) {
    const height = Math.max(1, Math.round((master.height * width) / master.width));
    for (const format of FORMATS) {
      const image = width === master.width ? fromMaster(master) : fromMaster(master).resize({ width, height, fit: "fill" });
      files.push({ name: fullName(picture.hash, width, format), data: await encode(image, format) });
    }
  }
  files.push(...(await cropFiles(master, picture.hash, picture, picture.focus)));
  return files;
}

/** Only the crops, for a new focal point. */
export async function renderCrops(
  original: Uint8Array,
  picture: { hash: string; width: number; height: number; focus: Focus },
): Promise<PictureFile[]> {
  const master = await decodeMaster(original, picture.width, picture.height);
  return cropFiles(master, picture.hash, picture, picture.focus);
}
