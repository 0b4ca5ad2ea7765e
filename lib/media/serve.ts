import type { IncomingMessage, ServerResponse } from "node:http";
import { FILE_NAME_PATTERN, MIME, PICTURE_URL_PREFIX, type VariantFormat } from "./variants";
import type { PictureStorage } from "./storage";

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The file a /bilder/ path names, or null: only names the pipeline makes, so no path ever reaches the disk. */
export function pictureFileOf(pathname: string): { name: string; type: string } | null {
  if (!pathname.startsWith(PICTURE_URL_PREFIX)) return null;
  const name = pathname.slice(PICTURE_URL_PREFIX.length);
  const match = FILE_NAME_PATTERN.exec(name);
  if (!match) return null;
  return { name, type: MIME[match[3] as VariantFormat] };
}

const baseHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Cross-Origin-Resource-Policy": "same-site",
};

/**
 * Serves /bilder/<hash>-<variant>.<ext> in the front process (no Next): the
 * file with its type and a year-long immutable cache (names never change
 * their bytes), 404 for any other name, 405 for anything but GET/HEAD.
 * Returns false for requests outside /bilder/.
 */
export function handlePictureRequest(req: IncomingMessage, res: ServerResponse, storage: PictureStorage): boolean {
  const url = req.url ?? "/";
  if (!url.startsWith(PICTURE_URL_PREFIX)) return false;
  const pathname = url.split("?")[0];
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...baseHeaders, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("Methode nicht erlaubt");
    return true;
  }
  const file = pictureFileOf(pathname);
  const notFound = () => {
    if (res.headersSent) return;
    res.writeHead(404, { ...baseHeaders, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" });
    res.end("Bild nicht gefunden");
  };
  if (!file) {
    notFound();
    return true;
  }
  storage.open(file.name).then(
    (opened) => {
      if (!opened) return notFound();
      res.writeHead(200, { ...baseHeaders, "Content-Type": file.type, "Content-Length": opened.size, "Cache-Control": IMMUTABLE });
      if (req.method === "HEAD") {
        opened.stream.destroy();
        res.end();
        return;
      }
      opened.stream.on("error", () => res.destroy());
      opened.stream.pipe(res);
    },
    () => notFound(),
  );
  return true;
}

/** The same for a Next route handler (a fallback where the front process does not run, e.g. `next dev`). */
export async function pictureResponse(pathname: string, storage: PictureStorage): Promise<Response> {
  const file = pictureFileOf(pathname);
  const data = file ? await storage.get(file.name) : null;
  if (!file || !data) {
    return new Response("Bild nicht gefunden", { status: 404, headers: { ...baseHeaders, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" } });
  }
  return new Response(new Uint8Array(data), { headers: { ...baseHeaders, "Content-Type": file.type, "Cache-Control": IMMUTABLE } });
}
