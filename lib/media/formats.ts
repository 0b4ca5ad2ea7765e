/**
 * The picture types editors may upload, recognised by their first bytes
 * (magic numbers), never by the file name or the MIME type the browser sends.
 */
export type PictureType = "jpeg" | "png" | "webp" | "avif";

export const PICTURE_TYPES: Record<PictureType, { mime: string; ext: string; label: string }> = {
  jpeg: { mime: "image/jpeg", ext: "jpg", label: "JPEG" },
  png: { mime: "image/png", ext: "png", label: "PNG" },
  webp: { mime: "image/webp", ext: "webp", label: "WebP" },
  avif: { mime: "image/avif", ext: "avif", label: "AVIF" },
};

/** What the first bytes say: an allowed type, SVG (refused, but named), or nothing we take. */
export type Sniffed = PictureType | "svg" | null;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

export function sniffType(bytes: Uint8Array): Sniffed {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === "ftyp") {
    // ISO base media file: the major brand and the compatible brands that follow it.
    const boxSize = Math.min(bytes.length, (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]);
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.includes("avif") || brands.includes("avis")) return "avif";
    return null;
  }
  if (looksLikeSvg(bytes)) return "svg";
  return null;
}

/** SVG is XML text: a `<svg` element near the start (after a BOM, an XML declaration, comments or a doctype). */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart();
  if (!head.startsWith("<")) return false;
  return /<svg[\s>]/i.test(head);
}

/** The type a file name or a browser's MIME type claims, if it names one of ours (or SVG). */
export function claimedType(mime: string | null | undefined, fileName: string | null | undefined): Sniffed | "other" | undefined {
  const byMime = (mime ?? "").toLowerCase().split(";")[0].trim();
  const ext = (fileName ?? "").toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const fromMime: Record<string, Sniffed> = {
    "image/jpeg": "jpeg", "image/jpg": "jpeg", "image/pjpeg": "jpeg", "image/png": "png", "image/webp": "webp",
    "image/avif": "avif", "image/svg+xml": "svg",
  };
  const fromExt: Record<string, Sniffed> = { jpg: "jpeg", jpeg: "jpeg", jfif: "jpeg", png: "png", webp: "webp", avif: "avif", svg: "svg", svgz: "svg" };
  if (byMime && byMime in fromMime) return fromMime[byMime];
  if (ext && ext in fromExt) return fromExt[ext];
  // Generic types say nothing about the content.
  if (!byMime || byMime === "application/octet-stream") return ext ? "other" : undefined;
  return "other";
}
