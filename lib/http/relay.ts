/**
 * The front server's line to the renderer processes (scripts/server/renderer.ts,
 * Next on a loopback port; one for readers, one for the newsroom): requests
 * the response cache does not answer are relayed as they come, streamed both
 * ways; cache misses are fetched whole so they can be kept. No Next imports:
 * runs in the front process.
 */
import { Agent, request, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { responseCacheKey, type UpstreamResponse } from "./response-cache";
import { relayHeaders } from "./client-address";
import { askForTags, tagsFromTrailers } from "./render-tags";
import { sendUnavailablePage } from "./unavailable-page";

/** Headers about one connection (RFC 9110, 7.6.1), never passed on. */
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "expect"];

function withoutHopHeaders<T extends IncomingHttpHeaders | OutgoingHttpHeaders>(headers: T): T {
  const copy = { ...headers };
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of [...HOP_BY_HOP, ...named]) delete copy[name];
  return copy;
}

export type RendererTarget = {
  /** The renderer's loopback port; null while it is (re)starting. */
  port(): number | null;
  /** Proves to the renderer that a request comes from this front server (lib/http/client-address.ts). */
  token: string;
  agent: Agent;
  /**
   * What a request waits for before it is sent: tag expiries passed to this
   * renderer and not yet confirmed (scripts/server/expiry-hub.ts). Null, or
   * absent: it goes at once.
   */
  applied?(): Promise<void> | null;
};

/**
 * Whether a request is the newsroom's: everything the response cache never
 * answers (admin pages, the API, server actions and other POSTs, requests
 * with an editor's session cookie, Next's assets and router requests). Every
 * other request (an anonymous GET or HEAD of a reader page, a piece, a
 * search) is a reader's.
 */
export function isNewsroomRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  return responseCacheKey(req.method, req.url, req.headers) === null;
}

/** A keep-alive pool to the renderer. */
export function rendererAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: Math.min(maxSockets, 32), scheduling: "lifo" });
}

/** Requests to the renderer that have no answer after this are given up (a stuck render, not a slow client). */
const RELAY_TIMEOUT_MS = 60_000;

/**
 * Relays one request to the renderer and its answer back, streamed. When the
 * renderer cannot be reached, the client gets the short German 503.
 */
export function relayToRenderer(target: RendererTarget, req: IncomingMessage, res: ServerResponse, retried = false): void {
  const applied = target.applied?.();
  if (applied) {
    return void applied.then(() => {
      if (!res.destroyed) relayToRenderer(target, req, res, retried);
    });
  }
  const port = target.port();
  if (port === null) return sendUnavailable(req, res);
  const headers = relayHeaders(withoutHopHeaders(req.headers), req.socket.remoteAddress, target.token);
  let clientGone = false;
  const upstream = request({ agent: target.agent, host: "127.0.0.1", port, method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopHeaders(answer.headers));
    answer.pipe(res);
    answer.on("error", () => res.destroy());
  });
  upstream.setTimeout(RELAY_TIMEOUT_MS, () => upstream.destroy(new Error(`keine Antwort nach ${RELAY_TIMEOUT_MS} ms`)));
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (clientGone) return;
    if (res.headersSent) return void res.destroy();
    // A kept-alive connection the renderer closed just as it was reused: a
    // request without a body was not taken, so it may go again, once.
    if (!retried && upstream.reusedSocket && !hasBody(req) && (error.code === "ECONNRESET" || error.message === "socket hang up")) {
      return relayToRenderer(target, req, res, true);
    }
    console.error(`Weiterleitung von ${req.method} ${req.url} an den Renderer fehlgeschlagen: ${error.message}`);
    sendUnavailable(req, res);
  });
  // The client went away before the answer was complete: stop the render's transfer too.
  res.on("close", () => {
    if (res.writableFinished) return;
    clientGone = true;
    upstream.destroy();
  });
  if (hasBody(req)) req.pipe(upstream);
  else upstream.end();
}

/** Whether the request carries a body (RFC 9112, 6.3). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers["transfer-encoding"] !== undefined || (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0");
}

/** The renderer is (re)starting or unreachable: it is usually back within seconds. */
function sendUnavailable(req: IncomingMessage, res: ServerResponse): void {
  sendUnavailablePage(req, res, "unavailable", 5);
}

/** One GET to the renderer, read whole (a page for the response cache), given up after timeoutMs. */
export async function fetchFromRenderer(target: RendererTarget, url: string, headers: IncomingHttpHeaders, timeoutMs: number): Promise<UpstreamResponse> {
  await target.applied?.();
  return new Promise<UpstreamResponse>((resolve, reject) => {
    const port = target.port();
    if (port === null) return reject(new Error("der Renderer startet gerade neu"));
    const asked = askForTags(withoutHopHeaders(headers));
    const upstream = request({ agent: target.agent, host: "127.0.0.1", port, method: "GET", path: url, headers: asked }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks), tags: tagsFromTrailers(response.trailers) }),
      );
      response.on("error", reject);
    });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error(`keine Antwort nach ${timeoutMs} ms`)));
    upstream.on("error", reject);
    upstream.end();
  });
}
