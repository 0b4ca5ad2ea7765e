/**
 * The client's address, worked out in one place for the beacon, the login
 * throttle and anything else that tells clients apart.
 *
 * With `TRUST_PROXY` (a proxy we run overwrites or appends `X-Forwarded-For`)
 * it is the entry that many hops from the right; otherwise the socket's.
 *
 * Code inside Next never sees the client's socket (server actions, route
 * handlers). The front server
 * (scripts/server/server.ts) relays requests to the renderer process
 * (scripts/server/renderer.ts) and writes the client's address into a request
 * header of its own, with a token only the two processes know. The renderer
 * keeps that address when the token matches and otherwise puts its own
 * socket's address there, so a client cannot forge it. Under plain
 * `next start` nobody strips that header, so it is read only in the renderer
 * behind the front (RENDERER_RELAY_TOKEN set), which stamps every request.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { settings } from "../runtime";

export const SOCKET_ADDRESS_HEADER = "x-rundblick-socket-address";
/** Proves a relayed request came from the front server: a random token passed to the renderer at start. */
export const RELAY_TOKEN_HEADER = "x-rundblick-relay";
function dropHeader(req: IncomingMessage, name: string): void {
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === name) raw.splice(i, 2);
  delete req.headers[name];
}

function sameToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== "string" || sent.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(token));
}

/**
 * For the renderer: before Next sees the request, the header holds the
 * client's address: the front's report when `relayToken` matches, else this
 * socket's address (any client-sent copy dropped, the raw list too).
 */
export function stampSocketAddress(req: IncomingMessage, relayToken?: string): void {
  const relayed = relayToken !== undefined && sameToken(req.headers[RELAY_TOKEN_HEADER], relayToken) ? req.headers[SOCKET_ADDRESS_HEADER] : undefined;
  dropHeader(req, RELAY_TOKEN_HEADER);
  dropHeader(req, SOCKET_ADDRESS_HEADER);
  req.headers[SOCKET_ADDRESS_HEADER] = typeof relayed === "string" && relayed ? relayed : (req.socket.remoteAddress ?? "");
}

/** For the front: the headers that tell the renderer who the client is. */
export function relayHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, relayToken: string): IncomingHttpHeaders {
  return { ...headers, [SOCKET_ADDRESS_HEADER]: socketAddress ?? "", [RELAY_TOKEN_HEADER]: relayToken };
}

/** The socket's address as the renderer recorded it, or null (plain `next start`, or no address). */
export function socketAddressFrom(headers: Headers): string | null {
  if (!settings().rendererRelayToken) return null;
  return headers.get(SOCKET_ADDRESS_HEADER) || null;
}

/**
 * The core rule: with `hops` trusted proxies (settings: TRUST_PROXY) the
 * entry of X-Forwarded-For that many from the right ("unknown" when the chain
 * is shorter); with none, the socket's address (null when not known).
 */
export function clientAddress(
  forwardedFor: string | string[] | null | undefined,
  socketAddress: string | null | undefined,
  hops: number = settings().trustProxyHops,
): string | null {
  if (hops === 0) return socketAddress || null;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] ?? "unknown";
}

/** For code that has the request's socket (the front process). */
export function clientAddressOfRequest(req: IncomingMessage): string | null {
  return clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress);
}

/**
 * For code inside Next (route handlers, server actions): null when neither a
 * trusted proxy nor the renderer's stamp says who the client is (plain
 * `next start` or `next dev` without TRUST_PROXY).
 */
export function clientAddressFromHeaders(headers: Headers): string | null {
  return clientAddress(headers.get("x-forwarded-for"), socketAddressFrom(headers));
}
