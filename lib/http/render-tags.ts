/**
 * How the renderer tells the front which cache tags a page showed: the front
 * asks for them with a request header, the renderer sends them as an HTTP
 * trailer after the page (they are complete only once the page is), and the
 * front's response cache keeps the page under them (lib/http/response-cache.ts).
 * The tags come from lib/runtime/render-tags.mjs.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const WANT_TAGS_HEADER = "x-rundblick-want-tags";
export const TAGS_TRAILER = "x-rundblick-tags";

/** For the renderer: whether the front asked for this request's tags (the header is removed before Next sees it). */
export function takeTagRequest(req: IncomingMessage): boolean {
  const wanted = req.headers[WANT_TAGS_HEADER] === "1";
  delete req.headers[WANT_TAGS_HEADER];
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === WANT_TAGS_HEADER) raw.splice(i, 2);
  return wanted;
}

/**
 * For the renderer: sends `tags` (as they stand when the page ends) as a
 * trailer. Trailers need chunked transfer: an answer with a Content-Length
 * (a static file, a redirect) goes without, and the front treats its tags as
 * unknown.
 */
export function sendTagsAsTrailer(res: ServerResponse, tags: ReadonlySet<string>): void {
  const writeHead = res.writeHead;
  let trailing = false;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const headers = args.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg)) as Record<string, unknown> | undefined;
    const sized = this.getHeader("content-length") !== undefined || Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "content-length");
    if (!sized && !this.headersSent) {
      this.setHeader("trailer", TAGS_TRAILER);
      trailing = true;
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
  const end = res.end;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (trailing) this.addTrailers({ [TAGS_TRAILER]: [...tags].join(" ") });
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}

/** For the front: the request header that asks for the tags. */
export function askForTags(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return { ...headers, [WANT_TAGS_HEADER]: "1" };
}

/** For the front: the tags from the answer's trailers, or null when it sent none (then any expiry drops the page). */
export function tagsFromTrailers(trailers: NodeJS.Dict<string>): string[] | null {
  const raw = trailers[TAGS_TRAILER];
  if (typeof raw !== "string") return null;
  const tags = raw.split(" ").filter(Boolean);
  // A page that read no cached data at all may read the database directly: it has no tags to go by.
  return tags.length > 0 ? tags : null;
}
