/**
 * Pictures in the database and the storage together: taking an upload in
 * (validate, process, store the files, then the row), moving a focal point,
 * and the library editors pick from. No Next imports: the seed and the bench
 * use the same code. App code passes the app's Prisma client.
 */
import type { Prisma, PrismaClient } from "../db/generated/prisma/client";
import { PictureError, messages } from "./errors";
import { PICTURE_TYPES, type PictureType } from "./formats";
import { pictureHash, renderCrops, renderPicture, type PictureFile } from "./process";
import { processingQueue } from "./queue";
import { pictureStorage, putAll, type PictureStorage } from "./storage";
import { validatePicture, type ValidPicture } from "./validate";
import { fullName, fullWidths, normaliseFocus, originalName, pictureRef, pictureUrl, variantNames, type Focus } from "./variants";

export { pictureRef };

type Db = PrismaClient | Prisma.TransactionClient;

export const pictureSelect = {
  id: true,
  hash: true,
  width: true,
  height: true,
  type: true,
  bytes: true,
  fileName: true,
  alt: true,
  credit: true,
  caption: true,
  focusX: true,
  focusY: true,
  createdAt: true,
} satisfies Prisma.PictureSelect;

export type PictureRow = Prisma.PictureGetPayload<{ select: typeof pictureSelect }>;


/** What the editor gets back after an upload or from the library (JSON). */
export type PictureSummary = {
  id: number;
  width: number;
  height: number;
  alt: string;
  credit: string;
  caption: string;
  focusX: number;
  focusY: number;
  fileName: string;
  /** A small whole-picture variant for the editor's preview. */
  previewUrl: string;
  createdAt: string;
};

export function summarise(row: PictureRow): PictureSummary {
  // The editor's preview: the 640 px JPEG (or the largest there is).
  const widths = fullWidths(row.width);
  const previewWidth = widths.find((w) => w >= 640) ?? widths[widths.length - 1];
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    alt: row.alt,
    credit: row.credit,
    caption: row.caption,
    focusX: row.focusX,
    focusY: row.focusY,
    fileName: row.fileName,
    previewUrl: pictureUrl(fullName(row.hash, previewWidth, "jpg")),
    createdAt: row.createdAt.toISOString(),
  };
}

export type Prepared = ValidPicture & { hash: string; bytes: number; files: PictureFile[] };

/**
 * Validates and processes an original (in the processing queue) into the
 * files to store: the original itself (never served) and every variant.
 * Nothing is written yet.
 */
export async function preparePicture(original: Uint8Array, claimed?: { mime?: string | null; fileName?: string | null }, focus?: Focus): Promise<Prepared> {
  const valid = await validatePicture(original, claimed);
  const hash = pictureHash(original);
  const files = await processingQueue.run(() => renderPicture(original, { hash, width: valid.width, height: valid.height, focus: normaliseFocus(focus) }));
  files.unshift({ name: originalName(hash, PICTURE_TYPES[valid.type].ext), data: Buffer.from(original) });
  return { ...valid, hash, bytes: original.length, files };
}

export type IngestOptions = {
  mime?: string | null;
  fileName?: string | null;
  uploaderId?: string | null;
  storage?: PictureStorage;
};

/**
 * An upload, start to end: refused with a PictureError (German, nothing
 * stored) or stored files plus one row. The same photo uploaded twice is
 * one picture (same hash), its files written again if any went missing.
 */
export async function ingestPicture(db: Db, original: Uint8Array, options: IngestOptions = {}): Promise<PictureRow> {
  const storage = options.storage ?? pictureStorage();
  const valid = await validatePicture(original, options);
  const hash = pictureHash(original);
  const existing = await db.picture.findUnique({ where: { hash }, select: pictureSelect });
  if (existing && (await hasAllFiles(storage, existing))) return existing;

  const focus = existing ? { x: existing.focusX, y: existing.focusY } : normaliseFocus(null);
  const files = await processingQueue.run(() => renderPicture(original, { hash, width: valid.width, height: valid.height, focus }));
  files.unshift({ name: originalName(hash, PICTURE_TYPES[valid.type].ext), data: Buffer.from(original) });
  await putAll(storage, files);
  if (existing) return existing;
  try {
    return await db.picture.create({
      data: {
        hash,
        width: valid.width,
        height: valid.height,
        type: valid.type,
        bytes: original.length,
        fileName: (options.fileName ?? "").slice(0, 200),
        uploaderId: options.uploaderId ?? null,
      },
      select: pictureSelect,
    });
  } catch (error) {
    // The same photo, uploaded at the same moment by someone else: theirs is ours.
    const again = await db.picture.findUnique({ where: { hash }, select: pictureSelect });
    if (again) return again;
    throw error;
  }
}

async function hasAllFiles(storage: PictureStorage, row: PictureRow): Promise<boolean> {
  const names = [originalName(row.hash, PICTURE_TYPES[row.type as PictureType]?.ext ?? "bin"), ...variantNames(pictureRef(row))];
  for (const name of names) if (!(await storage.exists(name))) return false;
  return true;
}

/**
 * Moves a picture's focal point: the crops are cut again from the original
 * (new names, since the point is part of them; the old files stay for pages
 * still cached with them), then the row changes.
 */
export async function refocusPicture(db: Db, id: number, focus: Focus, storage: PictureStorage = pictureStorage()): Promise<PictureRow | null> {
  const row = await db.picture.findUnique({ where: { id }, select: pictureSelect });
  if (!row) return null;
  const next = normaliseFocus(focus);
  if (row.focusX === next.x && row.focusY === next.y) return row;
  const original = await storage.get(originalName(row.hash, PICTURE_TYPES[row.type as PictureType]?.ext ?? "bin"));
  if (!original) throw new PictureError(messages.broken, 422);
  const files = await processingQueue.run(() => renderCrops(original, { hash: row.hash, width: row.width, height: row.height, focus: next }));
  await putAll(storage, files);
  return db.picture.update({ where: { id }, data: { focusX: next.x, focusY: next.y }, select: pictureSelect });
}

export const LIBRARY_PAGE_SIZE = 24;

/** The library: newest first, optionally only pictures whose alt text, credit, caption or file name contain `query`. */
export async function listPictures(db: Db, query = "", page = 1): Promise<{ items: PictureRow[]; total: number; page: number; pageCount: number }> {
  const q = query.trim().slice(0, 100);
  const where: Prisma.PictureWhereInput = q
    ? {
        OR: [
          { alt: { contains: q, mode: "insensitive" } },
          { credit: { contains: q, mode: "insensitive" } },
          { caption: { contains: q, mode: "insensitive" } },
          { fileName: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const safePage = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  const [total, items] = await Promise.all([
    db.picture.count({ where }),
    db.picture.findMany({ where, select: pictureSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (safePage - 1) * LIBRARY_PAGE_SIZE, take: LIBRARY_PAGE_SIZE }),
  ]);
  return { items, total, page: safePage, pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}
