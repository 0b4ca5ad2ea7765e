/**
 * POST /api/bilder: the raw file as the request body (the editor sends it
 * with XMLHttpRequest for the progress bar), its name in `X-Dateiname`
 * (URI-encoded), its type in Content-Type. Answers JSON: the picture (201)
 * or `{ error }` with a German message. Kept free of Next so the integration
 * tests drive it with real requests.
 */
import type { PrismaClient } from "../db/generated/prisma/client";
import { MAX_UPLOAD_BYTES, PictureError, messages } from "./errors";
import { ingestPicture, listPictures, pictureSelect, summarise } from "./library";
import type { PictureStorage } from "./storage";
import { readCappedBody } from "../http/capped-body";
import { parseId } from "../ids";

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });

/**
 * The body, at most `max` bytes: refused by its Content-Length before a
 * byte is read, or as soon as the bytes that arrive pass the limit. A body
 * that breaks off (the client went away, or fewer bytes than announced) is
 * an interrupted upload.
 */
export async function readUpload(request: Request, max = MAX_UPLOAD_BYTES): Promise<Uint8Array> {
  const header = request.headers.get("content-length");
  const declared = header === null ? null : Number(header);
  if (declared !== null && (!Number.isSafeInteger(declared) || declared < 0)) throw new PictureError(messages.interrupted, 400);
  if (declared !== null && declared > max) throw new PictureError(messages.tooLarge, 413);
  if (!request.body) throw new PictureError(messages.empty, 400);
  let body: Uint8Array | null;
  try {
    body = await readCappedBody(request.body, max);
  } catch {
    throw new PictureError(messages.interrupted, 400);
  }
  if (body === null) throw new PictureError(messages.tooLarge, 413);
  if (declared !== null && body.byteLength !== declared) throw new PictureError(messages.interrupted, 400);
  return body;
}

/** A browser says where a request comes from; one from another site is refused. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === (request.headers.get("host") ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

function fileNameOf(request: Request): string | null {
  const raw = request.headers.get("x-dateiname");
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}

export type UploadContext = {
  db: PrismaClient;
  /** The logged-in editor's id, or null. */
  userId: (request: Request) => Promise<string | null>;
  storage?: PictureStorage;
};

export async function handleUpload(request: Request, context: UploadContext): Promise<Response> {
  const userId = await context.userId(request);
  if (!userId) return json({ error: "Bitte melden Sie sich an, um Bilder hochzuladen." }, 401);
  if (!isSameOrigin(request)) return json({ error: "Hochladen ist nur aus der Redaktion dieser Website möglich." }, 403);
  try {
    const body = await readUpload(request);
    const row = await ingestPicture(context.db, body, {
      mime: request.headers.get("content-type"),
      fileName: fileNameOf(request),
      uploaderId: userId,
      storage: context.storage,
    });
    return json(summarise(row), 201);
  } catch (error) {
    if (error instanceof PictureError) return json({ error: error.message }, error.status);
    console.error("Bild-Upload fehlgeschlagen:", error);
    return json({ error: "Das Bild konnte nicht gespeichert werden. Bitte noch einmal versuchen." }, 500);
  }
}

/** GET /api/bilder?q=&seite=: the library for the editor's picker. */
export async function handleLibrary(request: Request, context: UploadContext): Promise<Response> {
  const userId = await context.userId(request);
  if (!userId) return json({ error: "Bitte melden Sie sich an." }, 401);
  const url = new URL(request.url);
  const id = url.searchParams.get("id");
  if (id !== null) {
    // One picture by id (the editor after a refused save): a list of one or none.
    const pictureId = parseId(id);
    const row = pictureId ? await context.db.picture.findUnique({ where: { id: pictureId }, select: pictureSelect }) : null;
    return json({ items: row ? [summarise(row)] : [], total: row ? 1 : 0, page: 1, pageCount: 1 });
  }
  const page = Number(url.searchParams.get("seite") ?? "1");
  const result = await listPictures(context.db, url.searchParams.get("q") ?? "", page);
  return json({ ...result, items: result.items.map(summarise) });
}
