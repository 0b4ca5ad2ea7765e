import { getCurrentUser } from "@/lib/session";
import { hasSessionCookie } from "@/lib/session-cookie";
import { flushViews, recordView, viewStats } from "@/lib/views";
import { isJsonContentType, MAX_BEACON_BYTES, parseBeacon, readLimited } from "@/lib/views-request";

const noStore = { "Cache-Control": "no-store" };

function refuse(status: number, reason: string) {
  return Response.json({ error: reason }, { status, headers: noStore });
}

/** The view beacon (contract in DESIGN.md, "Public contracts"). */
export async function POST(request: Request) {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return refuse(415, "Erwartet wird Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_BEACON_BYTES) return refuse(413, `Höchstens ${MAX_BEACON_BYTES} Bytes.`);
  const bytes = await readLimited(request.body);
  if (!bytes) return refuse(413, `Höchstens ${MAX_BEACON_BYTES} Bytes.`);
  const beacon = parseBeacon(bytes);
  if (!beacon.ok) return refuse(beacon.status, beacon.reason);

  // Logged-in editors are not counted; readers carry no session cookie and skip the lookup.
  if (hasSessionCookie(request.headers) && (await getCurrentUser())) {
    return Response.json({ status: "ignored" }, { status: 202, headers: noStore });
  }

  const outcome = await recordView(beacon.articleId, request.headers);
  switch (outcome) {
    case "bot":
      return new Response(null, { status: 204, headers: noStore });
    case "unknown":
      return refuse(404, "Unbekannter oder nicht veröffentlichter Artikel.");
    case "dropped":
      return Response.json({ status: outcome }, { status: 503, headers: { ...noStore, "Retry-After": "5" } });
    default:
      return Response.json({ status: outcome }, { status: 202, headers: noStore });
  }
}

/**
 * Buffer counters for bench/views.ts, only when the server runs with
 * VIEWS_STATS=1; `?flush=1` writes the buffer first.
 */
export async function GET(request: Request) {
  if (process.env.VIEWS_STATS !== "1") return refuse(405, "Nur POST.");
  if (new URL(request.url).searchParams.get("flush") === "1") await flushViews();
  return Response.json(viewStats(), { headers: noStore });
}
