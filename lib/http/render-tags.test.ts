import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { collectRenderTags, recordRenderTags } from "../runtime";
import { fetchFromRenderer, rendererAgent, type RendererTarget } from "./relay";
import { DEFAULT_RESPONSE_CACHE_OPTIONS, toCachedResponse } from "./response-cache";
import { sendTagsAsTrailer, takeTagRequest, WANT_TAGS_HEADER } from "./render-tags";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A renderer as scripts/server/renderer.ts sets it up: a page for the front is rendered inside collectRenderTags. */
async function renderer(page: (req: IncomingMessage, res: ServerResponse) => void): Promise<RendererTarget> {
  server = createServer((req, res) => {
    if (!takeTagRequest(req)) return page(req, res);
    collectRenderTags((tags) => {
      sendTagsAsTrailer(res, tags);
      page(req, res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { port: () => port, token: "t", agent: rendererAgent(2) };
}

describe("the tags a page showed, from renderer to front", () => {
  it("arrive as a trailer with every tag recorded while the page rendered, Next's path tags left out", async () => {
    let seenHeader: string | undefined = "unset";
    const target = await renderer((req, res) => {
      seenHeader = req.headers[WANT_TAGS_HEADER] as string | undefined;
      res.writeHead(200, { "content-type": "text/html" });
      recordRenderTags(["section:politik", "_N_T_/politik/layout"]);
      res.write("<p>Teil 1</p>");
      setTimeout(() => {
        recordRenderTags(["article:12", "section:politik"]);
        res.end("<p>Teil 2</p>");
      }, 10);
    });
    const page = await fetchFromRenderer(target, "/politik", {}, 2_000);
    expect(page.body.toString()).toBe("<p>Teil 1</p><p>Teil 2</p>");
    expect(page.tags).toEqual(["section:politik", "article:12"]);
    // Next never sees the request header.
    expect(seenHeader).toBeUndefined();
    // Stored and sent with a Content-Length, the page must not announce a trailer.
    const stored = await toCachedResponse(page, DEFAULT_RESPONSE_CACHE_OPTIONS, Date.now());
    expect(page.headers.trailer).toBe("x-rundblick-tags");
    expect(stored.headers.trailer).toBeUndefined();
  });

  it("are unknown (null) for an answer with a Content-Length, which cannot carry a trailer", async () => {
    const target = await renderer((_req, res) => {
      recordRenderTags(["article:1"]);
      res.writeHead(200, { "content-type": "text/plain", "content-length": "2" });
      res.end("ok");
    });
    const page = await fetchFromRenderer(target, "/robots.txt", {}, 2_000);
    expect(page.body.toString()).toBe("ok");
    expect(page.tags).toBeNull();
  });

  it("are unknown (null) for a page that read no cached data", async () => {
    const target = await renderer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>");
      res.end("</p>");
    });
    expect((await fetchFromRenderer(target, "/suche", {}, 2_000)).tags).toBeNull();
  });
});
