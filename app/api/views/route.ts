import { settings } from "@/lib/runtime";
import { flushViews, viewStats, answerBeaconRequest, beaconResponse, NO_STORE_HEADERS } from "@/lib/views";

/** The view beacon (lib/views/route-handler.ts). */
export async function POST(request: Request) {
  return answerBeaconRequest(request);
}

/**
 * Buffer counters for bench/views.ts, only when the server runs with
 * VIEWS_STATS=1; `?flush=1` writes the buffer first. Under `npm start` the
 * front process answers this itself (lib/views/fast-path.ts): its buffer
 * counts the views.
 */
export async function GET(request: Request) {
  if (!settings().viewsStats) return beaconResponse({ status: 405, body: { error: "Nur POST." } });
  if (new URL(request.url).searchParams.get("flush") === "1") await flushViews();
  return Response.json(viewStats(), { headers: NO_STORE_HEADERS });
}
