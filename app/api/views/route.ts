import { getCurrentUser } from "@/lib/session";
import { hasSessionCookie } from "@/lib/session-cookie";
import { flushViews, viewStats } from "@/lib/views";
import { checkBeaconHeaders, countBeacon, IGNORED, readBeaconBody, TOO_LARGE, type BeaconAnswer } from "@/lib/views-beacon";
import { readLimited } from "@/lib/views-request";
import { clientAddress } from "@/lib/views-visitor";

const noStore = { "Cache-Control": "no-store" };

function respond({ status, body, retryAfterSeconds }: BeaconAnswer): Response {
  const headers = { ...noStore, ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}) };
  return body ? Response.json(body, { status, headers }) : new Response(null, { status, headers });
}

/**
 * The view beacon (contract in DESIGN.md, "Public contracts"). Behind
 * `npm start`, scripts/server.ts answers beacons without a session cookie
 * itself (lib/views-http.ts) and hands only the rest to this handler.
 */
export async function POST(request: Request) {
  const refused = checkBeaconHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
  if (refused) return respond(refused);
  const bytes = await readLimited(request.body);
  if (!bytes) return respond(TOO_LARGE);
  const beacon = readBeaconBody(bytes);
  if ("answer" in beacon) return respond(beacon.answer);

  // Logged-in editors are not counted; readers carry no session cookie and skip the lookup.
  if (hasSessionCookie(request.headers) && (await getCurrentUser())) return respond(IGNORED);

  const userAgent = request.headers.get("user-agent") ?? "";
  return respond(await countBeacon(beacon.articleId, { userAgent, address: clientAddress(request.headers.get("x-forwarded-for")) }));
}

/**
 * Buffer counters for bench/views.ts, only when the server runs with
 * VIEWS_STATS=1; `?flush=1` writes the buffer first.
 */
export async function GET(request: Request) {
  if (process.env.VIEWS_STATS !== "1") return respond({ status: 405, body: { error: "Nur POST." } });
  if (new URL(request.url).searchParams.get("flush") === "1") await flushViews();
  return Response.json(viewStats(), { headers: noStore });
}
