/** Parsing a view beacon: what POST /api/views accepts, with German reasons for what it refuses. */
import { z } from "zod";
import { readCappedBody } from "../http/capped-body";

export const MAX_BEACON_BYTES = 1024;

const beaconSchema = z.strictObject({
  articleId: z.number().int().positive().max(2_147_483_647),
});

export type BeaconParse =
  | { ok: true; articleId: number }
  | { ok: false; status: 400; reason: string };

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Reads at most MAX_BEACON_BYTES + 1 bytes, so an oversized body is never buffered whole (null). */
export function readLimited(body: ReadableStream<Uint8Array> | null, limit = MAX_BEACON_BYTES): Promise<Uint8Array | null> {
  return readCappedBody(body, limit);
}

export function parseBeacon(bytes: Uint8Array): BeaconParse {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, status: 400, reason: "Der Inhalt ist kein gültiges JSON." };
  }
  const parsed = beaconSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 400, reason: 'Erwartet wird {"articleId": <positive ganze Zahl>} und nichts sonst.' };
  }
  return { ok: true, articleId: parsed.data.articleId };
}
