/**
 * The client's socket address for code inside Next, which never sees the
 * client's socket (server actions, route handlers). The front server
 * (scripts/server/server.ts) relays requests to the renderer process
 * (scripts/server/renderer.ts) and writes the client's address into a request
 * header of its own, with a token only the two processes know. The renderer
 * keeps that address when the token matches and otherwise puts its own
 * socket's address there, so a client cannot forge it. Under plain
 * `next start` nobody strips that header, so it is read only when this
 * process's server has announced that it writes it.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

export const SOCKET_ADDRESS_HEADER = "x-rundblick-socket-address";
/** Proves a relayed request came from the front server: a random token passed to the renderer at start. */
export const RELAY_TOKEN_HEADER = "x-rundblick-relay";
const STAMPED = Symbol.for("rundblick.socketAddressStamped");

type Flagged = { [STAMPED]?: boolean };

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
  (globalThis as Flagged)[STAMPED] = true;
  const relayed = relayToken !== undefined && sameToken(req.headers[RELAY_TOKEN_HEADER], relayToken) ? req.headers[SOCKET_ADDRESS_HEADER] : undefined;
  dropHeader(req, RELAY_TOKEN_HEADER);
  dropHeader(req, SOCKET_ADDRESS_HEADER);
  req.headers[SOCKET_ADDRESS_HEADER] = typeof relayed === "string" && relayed ? relayed : (req.socket.remoteAddress ?? "");
}

/** For the front: the headers that tell the renderer who the client is. */
export function relayHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, relayToken: string): IncomingHttpHeaders {
  return { ...headers, [SOCKET_ADDRESS_HEADER]: socketAddress ?? "", [RELAY_TOKEN_HEADER]: relayToken };
}

/** The socket's address as the project's server recorded it, or null (plain `next start`, or no address). */
export function socketAddressFrom(headers: Headers): string | null {
  if ((globalThis as Flagged)[STAMPED] !== true) return null;
  return headers.get(SOCKET_ADDRESS_HEADER) || null;
}
