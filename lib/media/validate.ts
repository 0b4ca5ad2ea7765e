import sharp from "sharp";
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, PictureError, messages } from "./errors";
import { PICTURE_TYPES, claimedType, sniffType, type PictureType } from "./formats";

export type ValidPicture = {
  type: PictureType;
  /** Width and height as readers see them, after the EXIF orientation. */
  width: number;
  height: number;
};

const MIN_WIDTH = 200;
const MIN_HEIGHT = 100;

/**
 * Checks an uploaded file before anything is stored: size, type by content,
 * what the sender claimed, and the image header (dimensions, pixel limit).
 * Throws a PictureError with a German message.
 */
export async function validatePicture(bytes: Uint8Array, claimed?: { mime?: string | null; fileName?: string | null }): Promise<ValidPicture> {
  if (bytes.length === 0) throw new PictureError(messages.empty, 400);
  if (bytes.length > MAX_UPLOAD_BYTES) throw new PictureError(messages.tooLarge, 413);
  const sniffed = sniffType(bytes);
  const claim = claimedType(claimed?.mime, claimed?.fileName);
  if (sniffed === "svg" || claim === "svg") throw new PictureError(messages.svg, 415);
  if (sniffed === null) {
    if (claim && claim !== "other") throw new PictureError(messages.liesNotImage(PICTURE_TYPES[claim].label), 415);
    throw new PictureError(messages.notImage, 415);
  }
  if (claim && claim !== sniffed) {
    const claimedLabel = claim === "other" ? "eine andere Datei" : PICTURE_TYPES[claim].label;
    throw new PictureError(messages.lies(claimedLabel, PICTURE_TYPES[sniffed].label), 415);
  }

  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    // Only the header is read here (no pixels are decoded), so the pixel
    // limit is checked below with the declared size in the message; the
    // decode in process.ts enforces it again.
    meta = await sharp(bytes, { limitInputPixels: false, failOn: "error" }).metadata();
  } catch {
    throw new PictureError(messages.broken, 422);
  }
  // The header must say the same as the first bytes (AVIF is HEIF with AV1 inside).
  const decoderFormat = meta.format === "heif" ? (meta.compression === "av1" ? "avif" : "heif") : meta.format;
  if (decoderFormat !== sniffed) throw new PictureError(messages.liesNotImage(PICTURE_TYPES[sniffed].label), 415);
  const { width, height } = meta;
  if (!width || !height) throw new PictureError(messages.broken, 422);
  // A decompression bomb declares huge dimensions in a small file: refuse before decoding.
  if (width * height > MAX_INPUT_PIXELS) throw new PictureError(messages.bomb(Math.round((width * height) / 1e6)), 413);
  // EXIF orientations 5 to 8 turn the picture by 90°.
  const turned = (meta.orientation ?? 1) >= 5;
  const shown = turned ? { width: height, height: width } : { width, height };
  if (shown.width < MIN_WIDTH || shown.height < MIN_HEIGHT) throw new PictureError(messages.tooSmall, 422);
  return { type: sniffed, ...shown };
}
