import "server-only";
import { db } from "../db";
import { listPictures, pictureSelect, summarise, type PictureSummary } from "../media/library";
import { parseId } from "../ids";

export type LibraryEntry = PictureSummary & { articles: number; uploader: string | null };

/** The picture library page: newest first, searchable by alt text, credit, caption and file name. */
export async function listPictureLibrary(query: string, page: number) {
  const result = await listPictures(db, query, page);
  const ids = result.items.map((p) => p.id);
  const [usage, uploaders] = await Promise.all([
    db.article.groupBy({ by: ["pictureId"], where: { pictureId: { in: ids } }, _count: { _all: true } }),
    db.picture.findMany({ where: { id: { in: ids } }, select: { id: true, uploader: { select: { name: true } } } }),
  ]);
  const used = new Map(usage.map((u) => [u.pictureId, u._count._all]));
  const by = new Map(uploaders.map((u) => [u.id, u.uploader?.name ?? null]));
  const items: LibraryEntry[] = result.items.map((row) => ({ ...summarise(row), articles: used.get(row.id) ?? 0, uploader: by.get(row.id) ?? null }));
  return { ...result, items };
}

/** One picture for a new article started from the library (`/admin/artikel/neu?bild=<id>`). */
export async function pictureForEditor(id: number): Promise<PictureSummary | null> {
  if (!parseId(id)) return null;
  const row = await db.picture.findUnique({ where: { id }, select: pictureSelect });
  return row ? summarise(row) : null;
}
