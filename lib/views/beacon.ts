/**
 * The view beacon's answers (contract in docs/contracts.md, "View beacon"), shared by the route
 * handler (app/api/views/route.ts) and the fast path (lib/views/fast-path.ts), so
 * both answer alike. No Next imports.
 */
import { recordView, type Reader, type ViewOutcome } from "./tracking";
import { isJsonContentType, MAX_BEACON_BYTES, parseBeacon } from "./request";

export type BeaconAnswer = {
  status: number;
  /** JSON body; none for 204. */
  body?: Record<string, string>;
  retryAfterSeconds?: number;
};

const refuse = (status: number, reason: string): BeaconAnswer => ({ status, body: { error: reason } });

export const TOO_LARGE = refuse(413, `Höchstens ${MAX_BEACON_BYTES} Bytes.`);

/** What the headers alone decide: 415 for anything but JSON, 413 for a declared size over the limit. */
export function checkBeaconHeaders(contentType: string | null | undefined, contentLength: string | null | undefined): BeaconAnswer | null {
  if (!isJsonContentType(contentType ?? null)) return refuse(415, "Erwartet wird Content-Type: application/json.");
  if (Number(contentLength) > MAX_BEACON_BYTES) return TOO_LARGE;
  return null;
}

/** The article id, or the 400 answer for a malformed body. */
export function readBeaconBody(bytes: Uint8Array): { articleId: number } | { answer: BeaconAnswer } {
  const beacon = parseBeacon(bytes);
  return beacon.ok ? { articleId: beacon.articleId } : { answer: refuse(beacon.status, beacon.reason) };
}

const UNAVAILABLE: BeaconAnswer = { status: 503, body: { error: "Aufrufe können gerade nicht gezählt werden." }, retryAfterSeconds: 5 };

function answerFor(outcome: ViewOutcome): BeaconAnswer {
  switch (outcome) {
    case "bot":
      return { status: 204 };
    case "unknown":
      return refuse(404, "Unbekannter oder nicht veröffentlichter Artikel.");
    case "dropped":
      return { status: 503, body: { status: outcome }, retryAfterSeconds: 5 };
    default:
      return { status: 202, body: { status: outcome } };
  }
}

/**
 * Counts one view (or not) and says how: 202, 204 for bots, 404, 503 when the
 * buffer is full or the list of articles cannot be loaded (database down
 * before the first load). Never throws or rejects; synchronous unless the list
 * of articles must be loaded first.
 */
export function countBeacon(articleId: number, reader: Reader): BeaconAnswer | Promise<BeaconAnswer> {
  try {
    const outcome = recordView(articleId, reader);
    return outcome instanceof Promise ? outcome.then(answerFor, () => UNAVAILABLE) : answerFor(outcome);
  } catch {
    return UNAVAILABLE;
  }
}

/** An editor's beacon: answered, never counted. */
export const IGNORED: BeaconAnswer = { status: 202, body: { status: "ignored" } };
