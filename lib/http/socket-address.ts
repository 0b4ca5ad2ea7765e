/**
 * The client's socket address for code inside Next, which never sees the
 * socket (server actions, route handlers). The project's own server
 * (scripts/server/server.ts) writes it into a request header of its own for
 * every request it hands to Next, replacing any copy the client sent. Under
 * plain `next start` nobody strips that header, so it is read only when this
 * process's server has announced that it writes it.
 */
import type { IncomingMessage } from "node:http";

export const SOCKET_ADDRESS_HEADER = "x-rundblick-socket-address";
const STAMPED = Symbol.for("rundblick.socketAddressStamped");

type Flagged = { [STAMPED]?: boolean };

/** For scripts/server/server.ts: overwrite the header with the socket's address before Next sees the request. */
export function stampSocketAddress(req: IncomingMessage): void {
  (globalThis as Flagged)[STAMPED] = true;
  // Drop every client-sent copy (the raw list too), then set ours.
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === SOCKET_ADDRESS_HEADER) raw.splice(i, 2);
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
}

/** The socket's address as the project's server recorded it, or null (plain `next start`, or no address). */
export function socketAddressFrom(headers: Headers): string | null {
  if ((globalThis as Flagged)[STAMPED] !== true) return null;
  return headers.get(SOCKET_ADDRESS_HEADER) || null;
}
