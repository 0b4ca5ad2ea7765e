import "server-only";
import { getCurrentUser } from "../auth/session";
import { hasSessionCookie } from "../auth/session-cookie";
import { checkBeaconHeaders, countBeacon, IGNORED, readBeaconBody, TOO_LARGE, type BeaconAnswer } from "./beacon";
import { readLimited } from "./request";
import { clientAddressFromHeaders } from "../http/client-address";
import { UNKNOWN_ADDRESS } from "./tracking";

export const NO_STORE_HEADERS = { "Cache-Control": "no-store" };

export function beaconResponse({ status, body, retryAfterSeconds }: BeaconAnswer): Response {
  const headers = { ...NO_STORE_HEADERS, ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}) };
  return body ? Response.json(body, { status, headers }) : new Response(null, { status, headers });
}

/**
 * The view beacon as Next's route handler answers it (contract in
 * docs/contracts.md, "View beacon"). Behind `npm start`, scripts/server/server.ts
 * answers beacons without a session cookie itself (./fast-path.ts) and hands
 * only the rest to the route, whose counted views go back to the front's
 * buffer (forwardViewsTo in ./tracking.ts).
 */
export async function answerBeaconRequest(request: Request): Promise<Response> {
  const refused = checkBeaconHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
  if (refused) return beaconResponse(refused);
  const bytes = await readLimited(request.body);
  if (!bytes) return beaconResponse(TOO_LARGE);
  const beacon = readBeaconBody(bytes);
  if ("answer" in beacon) return beaconResponse(beacon.answer);

  // Logged-in editors are not counted; readers carry no session cookie and skip the lookup.
  if (hasSessionCookie(request.headers) && (await getCurrentUser())) return beaconResponse(IGNORED);

  const userAgent = request.headers.get("user-agent") ?? "";
  const address = clientAddressFromHeaders(request.headers) ?? UNKNOWN_ADDRESS;
  return beaconResponse(await countBeacon(beacon.articleId, { userAgent, address }));
}
