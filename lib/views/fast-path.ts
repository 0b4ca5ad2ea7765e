/**
 * The beacon's fast path: `POST /api/views` answered straight on the Node
 * HTTP server (scripts/server/server.ts), before Next's router, which alone costs
 * about a millisecond of CPU per request and caps a 2-core machine near
 * 1,000 beacons/s. Same answers as the route handler (lib/views/beacon.ts),
 * same buffer (lib/views/tracking.ts, one per process).
 *
 * Beacons with a session cookie go to Next (the route handler checks the
 * session so editors are not counted), as does everything else.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { cookieHeaderHasSession } from "../auth/session-cookie";
import { checkBeaconHeaders, countBeacon, readBeaconBody, TOO_LARGE, type BeaconAnswer } from "./beacon";
import { MAX_BEACON_BYTES } from "./request";
import { clientAddressOfRequest } from "../http/client-address";
import { settings } from "../runtime";
import { flushViews, UNKNOWN_ADDRESS, viewStats } from "./tracking";

export const BEACON_PATH = "/api/views";

function send(res: ServerResponse, { status, body, retryAfterSeconds }: BeaconAnswer, close = false): void {
  if (res.headersSent) return;
  const headers: OutgoingHttpHeaders = { "cache-control": "no-store" };
  const payload = body ? JSON.stringify(body) : undefined;
  if (payload) {
    headers["content-type"] = "application/json";
    headers["content-length"] = Buffer.byteLength(payload);
  }
  if (retryAfterSeconds) headers["retry-after"] = String(retryAfterSeconds);
  // An unread or oversized body is not worth draining: end the connection.
  if (close) headers.connection = "close";
  res.writeHead(status, headers);
  res.end(payload);
}

/** A beacon this path answers: POST to the beacon path without a session cookie. */
function isFastBeacon(req: IncomingMessage): boolean {
  if (req.method !== "POST" || (req.url !== BEACON_PATH && !req.url?.startsWith(`${BEACON_PATH}?`))) return false;
  return !cookieHeaderHasSession(req.headers.cookie);
}

/** Answers 415/413 from the headers alone; true when it did. */
function refuseByHeaders(req: IncomingMessage, res: ServerResponse): boolean {
  const refused = checkBeaconHeaders(req.headers["content-type"], req.headers["content-length"]);
  if (refused) send(res, refused, true);
  return refused !== null;
}

/**
 * For `Expect: 100-continue`: true when the beacon was refused by its headers
 * (the client then never sends the body); otherwise the caller sends
 * `100 Continue` and handles the request as usual.
 */
export function refuseBeaconBeforeBody(req: IncomingMessage, res: ServerResponse): boolean {
  return isFastBeacon(req) && refuseByHeaders(req, res);
}

/** `GET /api/views` with VIEWS_STATS=1: this process's buffer counters (`?flush=1` writes first), for bench/views.ts. */
function answerStats(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" || !settings().viewsStats) return false;
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== BEACON_PATH) return false;
  const flushed = url.searchParams.get("flush") === "1" ? flushViews() : Promise.resolve(true);
  void flushed.then(() => {
    const body = JSON.stringify(viewStats());
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  return true;
}

/** True when the request is a beacon this path answers (or the bench's counters); false leaves it to Next. */
export function handleBeacon(req: IncomingMessage, res: ServerResponse): boolean {
  if (answerStats(req, res)) return true;
  if (!isFastBeacon(req)) return false;
  if (refuseByHeaders(req, res)) return true;
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    if (size > MAX_BEACON_BYTES) return;
    size += chunk.length;
    if (size > MAX_BEACON_BYTES) send(res, TOO_LARGE, true);
    else chunks.push(chunk);
  });
  req.on("error", () => res.destroy());
  req.on("end", () => {
    if (size > MAX_BEACON_BYTES) return;
    const beacon = readBeaconBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    if ("answer" in beacon) return send(res, beacon.answer);
    const reader = { userAgent: req.headers["user-agent"] ?? "", address: clientAddressOfRequest(req) ?? UNKNOWN_ADDRESS };
    const answer = countBeacon(beacon.articleId, reader);
    if (answer instanceof Promise) void answer.then((a) => send(res, a));
    else send(res, answer);
  });
  return true;
}
